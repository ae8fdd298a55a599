package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBokmal reads what samkart writes in bokmål — the text output of
// every analysis command, samkart help and each command's help, and the
// report with the words of its diagrams — and fails on English words, a
// decimal point in a number or an ISO date in the prose. The detector is
// a list of common English words that are not also Norwegian (englishWords);
// what may stay as it is is left out first: flag names and their values
// (--window 2011-01-01..2011-06-30), ids (FJV-BOL, agency:nav), file names,
// keys of JSON and CSV (snake_case), commands (samkart help gaps), the
// titles of cited works (<cite>) and code (<code>).
func TestBokmal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every command in bokmål")
	}
	var outputs []struct{ name, text string }
	add := func(name, text string) { outputs = append(outputs, struct{ name, text string }{name, text}) }
	for _, ds := range []string{"kommune", "region"} {
		dir := filepath.Join("..", "..", "examples", ds)
		for _, args := range [][]string{
			{"validate", dir}, {"summary", dir}, {"gaps", dir}, {"compare", dir},
			{"compare", "--by", "region", dir}, {"metrics", "-q", dir},
			{"diff", dir, "--window", "2010", "--against", "2011"},
		} {
			stdout, stderr, code := runArgs(t, append(args, "--lang", "nb")...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			add(ds+" "+strings.Join(args[:len(args)-1], " "), stdout+stderr)
		}
		out := filepath.Join(t.TempDir(), "report")
		if _, stderr, code := runArgs(t, "report", dir, "--lang", "nb", "-q", "-o", out); code != 0 {
			t.Fatalf("report: exit %d: %s", code, stderr)
		}
		page, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		add(ds+" report", pageText(string(page)))
	}
	help, _, _ := runArgs(t, "help", "--lang", "nb")
	add("help", help)
	for _, c := range commands {
		stdout, _, _ := runArgs(t, "help", c.Name, "--lang", "nb")
		add("help "+c.Name, stdout)
	}
	for _, o := range outputs {
		for i, line := range withoutReferences(strings.Split(o.text, "\n")) {
			for _, p := range bokmalProblems(line) {
				t.Errorf("%s:%d: %s in %q", o.name, i+1, p, strings.TrimSpace(line))
			}
		}
	}
}

// englishWords are common English words that are not also bokmål words
// (so not "at", "by", "for", "to", "per", "plan", "region", "median").
var englishWords = toSet(`the and of in on is are was were be been with without from this that these those
which than each every only into its it will would should when where what there their they you your has have
had does do if but also more most less one two three between after before within about across or not none
yes no true false default see use using read write shows gives gained lost weakened strengthened opened closed
horizontal vertical units ties contacts meetings agency level municipality municipalities rank share weight
degree density key player usage flags string int gap gaps programme fading silent days day`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	decimalPoint = regexp.MustCompile(`(^|[^\w.])\d+\.\d+($|[^\w.])`)
	isoDate      = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	// verbatim are the stretches left as they are: quoted text (JSON
	// keys, values), commands with their arguments, tool and format
	// names with their versions or functions.
	verbatim = regexp.MustCompile("\"[^\"]*\"|`[^`]*`|«[^»]*»|\\(standard: [^)]*\\)|samkart( [a-z]+)+|" +
		"(NetworkX|igraph|sna|UCINET|GEXF|Pajek|DL|GraphML)( [0-9.]+)?( [^ ,;)]+)?")
	// listItem is the first word or words of a line of a list of values
	// or commands ("  network   enhetene …", "  ties, ties-binary  …",
	// "  sjekk   validate   …"), which are the values as typed.
	listItem = regexp.MustCompile(`^(\s+)\pL[\pL-]*((, | {2,})[a-z][a-z-]*)*( {2,}|\t)`)
)

// bokmalProblems lists what is not bokmål in one line of output.
func bokmalProblems(line string) []string {
	line = verbatim.ReplaceAllString(line, " ")
	line = listItem.ReplaceAllString(line, "${1} ")
	var problems []string
	var words []string
	flagValue := false
	for _, tok := range strings.Fields(line) {
		tok = strings.TrimLeft(tok, "([")
		if flagValue && !strings.HasPrefix(tok, "-") {
			flagValue = false
			continue // the value of a flag, as typed
		}
		flagValue = strings.HasPrefix(tok, "--") && !strings.Contains(tok, "=")
		if strings.HasPrefix(tok, "-") || strings.ContainsAny(tok, "_=/\\:@<>") || strings.Contains(tok, "..") ||
			regexp.MustCompile(`\.(csv|html|svg|png|dot|gv|net|clu|json|txt)\b`).MatchString(tok) {
			continue // a flag, an id, a path or a file name
		}
		if isoDate.MatchString(tok) {
			problems = append(problems, "ISO date "+tok)
		}
		w := strings.Trim(tok, "()[]{},.;:!?«»'…")
		if w == strings.ToUpper(w) || regexp.MustCompile(`\d`).MatchString(w) {
			continue // a placeholder, an abbreviation or an id
		}
		if englishWords[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	if len(words) > 0 {
		problems = append(problems, "English "+strings.Join(words, " "))
	}
	if m := decimalPoint.FindString(line); m != "" {
		problems = append(problems, "decimal point "+strings.TrimSpace(m))
	}
	return problems
}

// withoutReferences drops the key and the reference of each line of the
// definitions table of samkart metrics: the measure's key and the cited
// tool or work.
func withoutReferences(lines []string) []string {
	ref := -1
	for i, line := range lines {
		switch {
		case strings.HasPrefix(line, "mål ") && strings.Contains(line, "referanse"):
			ref = len([]rune(line[:strings.Index(line, "referanse")]))
			lines[i] = ""
		case ref >= 0 && line == "":
			ref = -1
		case ref >= 0:
			r := []rune(line)
			if len(r) > ref {
				r = r[:ref]
			}
			if f := strings.Fields(string(r)); len(f) > 0 {
				lines[i] = strings.Join(f[1:], " ")
			}
		}
	}
	return lines
}

// pageText returns the words a reader of the report sees: the text of
// the page and of its diagrams, without the CSS, the titles of cited
// works and code (file names).
func pageText(page string) string {
	for _, re := range []string{`(?s)<style>.*?</style>`, `(?s)<cite>.*?</cite>`, `(?s)<code>.*?</code>`,
		`(?s)<head>.*?</head>`} {
		page = regexp.MustCompile(re).ReplaceAllString(page, " ")
	}
	page = regexp.MustCompile(`(?s)<[^>]*>`).ReplaceAllString(page, "\n")
	return html.UnescapeString(page)
}

func TestBokmalProblems(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int
	}{
		{"Tetthet 0,255 og fragmentering 0,000", 0},
		{"formidler 1 kontaktveier mellom ulike etater", 0},
		{"relays 1 contact path between different agencies", 1},
		{"tetthet 0.161", 1},
		{"ingen siden 2011-02-09", 1},
		{"      --window FRA..TIL   bare kontakter datert FRA..TIL (2011-01-01..2011-06-30, 2011)", 0},
		{"samkart's rules, see samkart help gaps", 1},
		{"Reglene beskrives av samkart help gaps.", 0},
		{"les fra units.csv eller FJV-BOL-S1; agency:flyktning", 0},
		{"NetworkX 2.8.8 density og GEXF 1.2", 0},
	} {
		if got := bokmalProblems(tc.line); len(got) != tc.want {
			t.Errorf("%q: %v, want %d problems", tc.line, got, tc.want)
		}
	}
}

// TestExcelBokmal: the comparison for Norwegian Excel in bokmål has
// bokmål headers, ja/nei and the verdicts in words.
func TestExcelBokmal(t *testing.T) {
	stdout, stderr, code := runArgs(t, "compare", "../../examples/region", "--format", "csv", "--excel", "--lang", "nb")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimPrefix(stdout, "\uFEFF"), "\r\n")
	for _, want := range []string{"kommune;region;program;", ";tetthet;", ";E-I-indeks etter etat;", ";vurdering;",
		";tetthet (rang, 1 = best);", ";enheter (rang, 1 = høyest);"} {
		if !strings.Contains(";"+lines[0]+";", want) {
			t.Errorf("header lacks %q: %s", want, lines[0])
		}
	}
	body := strings.Join(lines[1:], "\n")
	if strings.Contains(body, "true") || strings.Contains(body, "false") || !strings.Contains(body, ";ja;") || !strings.Contains(body, ";nei;") {
		t.Errorf("want ja/nei for the programme, got %s", body)
	}
	if !strings.Contains(body, "Minst samordnet i regionen") {
		t.Errorf("no verdict in words for Myrstad: %s", body)
	}
}
