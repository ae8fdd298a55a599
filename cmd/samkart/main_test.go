package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/graph/graphtest"
)

// TestMain runs the test binary as `samkart __layout` when asked to, so
// that the commands' layouts run in a child process as samkart's do.
func TestMain(m *testing.M) {
	if draw.IsChild(os.Args) {
		os.Exit(serveLayout()) // as main: Graphviz's code from the user's cache
	}
	if len(os.Args) >= 2 && os.Args[1] == samkartChild {
		// samkart itself, as main runs it (see runChild).
		os.Args = append(os.Args[:1], os.Args[2:]...)
		main()
	}
	os.Exit(m.Run())
}

// TestGolden runs each testdata/NAME.args (one argument per line, run from
// this folder) and compares standard output with NAME.stdout and standard
// error plus the exit status with NAME.stderr.
func TestGolden(t *testing.T) {
	cases, err := filepath.Glob("testdata/*.args")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no testdata/*.args")
	}
	for _, file := range cases {
		name := strings.TrimSuffix(filepath.Base(file), ".args")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var args []string
			for _, line := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
				if line != "" {
					args = append(args, line)
				}
			}
			stdout, stderr, code := runArgs(t, args...)
			graphtest.Golden(t, "testdata/"+name+".stdout", []byte(stdout))
			graphtest.Golden(t, "testdata/"+name+".stderr", []byte(stderr+fmt.Sprintf("[exit %d]\n", code)))
		})
	}
}

// testRenderer is samkart's renderer without a cache folder, so that the
// tests leave the user's cache alone.
func testRenderer() *draw.Renderer {
	r := newRenderer(nil)
	r.Cache = ""
	return r
}

// runArgs runs samkart in-process with an English locale.
func runArgs(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "LANG" {
			return "en_US.UTF-8"
		}
		return ""
	}, renderer: testRenderer()}
	code = run(context.Background(), args, e)
	return out.String(), errb.String(), code
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"nosuchcommand"}, 2},
		{[]string{"summary", "--format", "xml"}, 2},
		{[]string{"summary", "--nosuchflag"}, 2},
		{[]string{"summary", "a", "b"}, 2},
		{[]string{"summary", "testdata/no-such-folder"}, 2},
		{[]string{"help"}, 0},
		{[]string{"summary", "--help"}, 0},
		{[]string{"version"}, 0},
	} {
		_, stderr, code := runArgs(t, tc.args...)
		if code != tc.code {
			t.Errorf("samkart %s: exit %d, want %d; stderr:\n%s", strings.Join(tc.args, " "), code, tc.code, stderr)
		}
	}
}

func TestInitThenValidate(t *testing.T) {
	for _, lang := range []string{"nb", "en"} {
		dir := filepath.Join(t.TempDir(), "ny")
		if _, stderr, code := runArgs(t, "init", "--lang", lang, dir); code != 0 {
			t.Fatalf("init --lang %s: exit %d: %s", lang, code, stderr)
		}
		stdout, stderr, code := runArgs(t, "validate", dir)
		if code != 0 {
			t.Fatalf("validate of the %s template: exit %d:\n%s", lang, code, stderr)
		}
		if !strings.Contains(stdout, "10 units, 14 contacts, 2 meetings, 1 municipality, 3 expected ties; 15 ties in the network; 0 warnings") {
			t.Errorf("validate of the %s template: %s", lang, stdout)
		}
		if _, _, code := runArgs(t, "init", dir); code != 2 {
			t.Errorf("init over an existing template: exit %d, want 2", code)
		}
	}
}

// TestInitExcel reads the bokmål template as Norwegian Excel would: a
// byte order mark, then CRLF lines of cells split at ';' (none quoted),
// dates as dd.mm.yyyy and weights with a decimal comma.
func TestInitExcel(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mal")
	if _, stderr, code := runArgs(t, "mal", "--lang", "nb", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	header := map[string]string{
		"enheter.csv":   "enhet_id;navn;etat;nivå;kommune;region;overordnet",
		"kontakter.csv": "fra;til;dato;type;formell;vekt",
		"møter.csv":     "møte;enhet;dato;type;formell",
		"kommuner.csv":  "kommune;region;program;innbyggere",
		"forventet.csv": "a;b;min_vekt;kommune",
	}
	date := regexp.MustCompile(`^[0-3][0-9]\.[01][0-9]\.20[0-9][0-9]$`)
	var commas int
	for name, want := range header {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("\uFEFF")) {
			t.Errorf("%s: no byte order mark", name)
		}
		text := strings.TrimPrefix(string(b), "\uFEFF")
		if !strings.HasSuffix(text, "\r\n") || strings.Contains(strings.ReplaceAll(text, "\r\n", ""), "\n") {
			t.Errorf("%s: lines do not all end in CRLF", name)
		}
		lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
		if lines[0] != want {
			t.Errorf("%s: header %q, want %q", name, lines[0], want)
		}
		cols := strings.Split(lines[0], ";")
		for i, line := range lines[1:] {
			cells := strings.Split(line, ";")
			if len(cells) != len(cols) || strings.Contains(line, `"`) {
				t.Errorf("%s:%d: %d cells, want %d: %q", name, i+2, len(cells), len(cols), line)
				continue
			}
			for j, c := range cells {
				switch cols[j] {
				case "dato":
					if !date.MatchString(c) {
						t.Errorf("%s:%d: date %q", name, i+2, c)
					}
				case "vekt":
					if strings.Contains(c, ".") {
						t.Errorf("%s:%d: weight %q with a decimal point", name, i+2, c)
					}
					if strings.Contains(c, ",") {
						commas++
					}
				}
			}
		}
		if name == "kontakter.csv" && (len(lines)-1 < 10 || len(lines)-1 > 20) {
			t.Errorf("%s: %d example rows, want 10 to 20", name, len(lines)-1)
		}
	}
	if commas == 0 {
		t.Error("no weight with a decimal comma in the template")
	}
	// The list beside it names every agency, level and kind with every
	// spelling the vocabulary accepts.
	b, err := os.ReadFile(filepath.Join(dir, "LES-MEG.txt"))
	if err != nil {
		t.Fatal(err)
	}
	list := strings.Join(strings.Fields(string(b)), " ")
	var terms []graph.Term
	terms = append(append(append(terms, graph.AgencyTerms()...), graph.LevelTerms()...), graph.KindTerms()...)
	for _, term := range terms {
		if !strings.Contains(list, term.Label.NB) {
			t.Errorf("LES-MEG.txt lacks %q", term.Label.NB)
		}
		for _, w := range term.Words {
			if !strings.Contains(list, " "+w+",") && !strings.Contains(list, " "+w+" ") && !strings.Contains(list, " "+w+";") {
				t.Errorf("LES-MEG.txt lacks the word %q of %s", w, term.Key)
			}
		}
	}
}

func TestWindowFlag(t *testing.T) {
	for _, tc := range []struct {
		in       string
		from, to string
		bad      bool
	}{
		{in: "2011-01-01..2011-06-30", from: "2011-01-01", to: "2011-06-30T23:59"},
		{in: "2011..", from: "2011-01-01"},
		{in: "..2011-06", to: "2011-06-30T23:59"},
		{in: "01.03.2011..31.03.2011", from: "2011-03-01", to: "2011-03-31T23:59"},
		{in: "2011-06-01..2011-01-01", bad: true},
		{in: "2011-02-30..", bad: true},
		{in: "2011", from: "2011-01-01", to: "2011-12-31T23:59"},
		{in: "2011-13", bad: true},
		{in: "..", bad: true},
	} {
		var v windowValue
		err := v.Set(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("--window %s: accepted, want an error", tc.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("--window %s: %v", tc.in, err)
			continue
		}
		if got := v.w.From.String(); got != tc.from {
			t.Errorf("--window %s: from %q, want %q", tc.in, got, tc.from)
		}
		if got := v.w.To.String(); got != tc.to {
			t.Errorf("--window %s: to %q, want %q", tc.in, got, tc.to)
		}
	}
}

// TestCSVInjection checks that a unit named like a spreadsheet formula
// (=HYPERLINK(…), -2+3) stays text in every CSV table, plain and for
// Excel (OWASP CSV injection), while numbers, negative ones included,
// are written as they are.
func TestCSVInjection(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("units.csv", "id,name,agency,municipality,level\n"+
		"\"=HYPERLINK(\"\"http://x\"\")\",\"=HYPERLINK(\"\"http://x\"\")\",@nav,+Fjordvik,4\n"+
		"B,-2+3,bolig,+Fjordvik,5\nC,C,-helse,+Fjordvik,5\nD,D,nav,+Fjordvik,5\n")
	write("contacts.csv", "from,to,weight\n\"=HYPERLINK(\"\"http://x\"\")\",B,2\nB,C,1\nC,D,1\n")
	for _, args := range [][]string{
		{"metrics", "--format", "csv", "--permutations", "0", dir},
		{"metrics", "--format", "csv", "--excel", "--permutations", "0", dir},
		{"gaps", "--format", "csv", dir},
		{"gaps", "--format", "csv", "--excel", dir},
		{"summary", "--format", "csv", dir},
		{"summary", "--format", "csv", "--excel", dir},
		{"compare", "--format", "csv", "--excel", dir},
	} {
		stdout, stderr, code := runArgs(t, args...)
		if code != 0 {
			t.Fatalf("samkart %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
		if args[0] == "metrics" && (!strings.Contains(stdout, "HYPERLINK") || !strings.Contains(stdout, "'-2+3")) {
			t.Errorf("samkart %s: a unit is missing from the output", strings.Join(args, " "))
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\uFEFF")))
		r.FieldsPerRecord = -1
		if slices.Contains(args, "--excel") {
			r.Comma = ';'
		}
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("samkart %s: %v", strings.Join(args, " "), err)
		}
		negative := false
		for _, row := range rows {
			for _, cell := range row {
				if cell == "" || !strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					continue
				}
				if _, err := strconv.ParseFloat(strings.Replace(cell, ",", ".", 1), 64); err != nil || cell[0] != '-' {
					t.Errorf("samkart %s: a cell starts with %q: %q", strings.Join(args, " "), cell[0], cell)
				}
				negative = true
			}
		}
		if args[0] == "metrics" && !negative {
			t.Errorf("samkart %s: no negative number (an E-I index) in the output", strings.Join(args, " "))
		}
	}
}

// TestExportRoundTrip exports an example in every format and reads it
// back with --from: the same units and ties.
func TestExportRoundTrip(t *testing.T) {
	want, _, _ := runArgs(t, "summary", "--format", "json", "../../examples/krackhardt")
	for _, f := range []string{"graphml", "gexf", "pajek", "dl", "json"} {
		out := filepath.Join(t.TempDir(), "k."+f)
		if _, stderr, code := runArgs(t, "export", "--format", f, "-o", out, "../../examples/krackhardt"); code != 0 {
			t.Fatalf("export %s: exit %d: %s", f, code, stderr)
		}
		got, stderr, code := runArgs(t, "summary", "--format", "json", "--from", f, out)
		if code != 0 {
			t.Fatalf("summary --from %s: exit %d: %s", f, code, stderr)
		}
		for _, key := range []string{`"units": 21`, `"ties": 145`} {
			if !strings.Contains(want, key) || !strings.Contains(got, key) {
				t.Errorf("--from %s: %s missing", f, key)
			}
		}
	}
	if _, _, code := runArgs(t, "summary", "--from", "graphml", "testdata/help.args"); code != 2 {
		t.Errorf("--from graphml on a text file: exit %d, want 2", code)
	}
}

// TestDocListsCommands keeps the package documentation's command list in
// step with the command table.
func TestDocListsCommands(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commands {
		line := fmt.Sprintf("//\t%-10s %s\n", c.Name, c.Short.EN)
		if !strings.Contains(string(doc), line) {
			t.Errorf("doc.go lacks the line %q", line)
		}
	}
}

// TestExcelCSV checks the Excel dialect across the several tables of one
// output: a single byte order mark, ';' and decimal commas throughout.
func TestExcelCSV(t *testing.T) {
	stdout, stderr, code := runArgs(t, "metrics", "--format", "csv", "--excel", "../../examples/kommune")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "\uFEFF") || strings.Count(stdout, "\uFEFF") != 1 {
		t.Errorf("want exactly one byte order mark, at the start")
	}
	var headers int
	for _, line := range strings.Split(stdout, "\r\n") {
		if strings.HasPrefix(line, "id;name;") || strings.HasPrefix(strings.TrimPrefix(line, "\uFEFF"), "municipality;") {
			headers++
		}
		if strings.HasPrefix(line, "FJV-BOL;") && !strings.Contains(line, ";0,") {
			t.Errorf("no decimal comma in %q", line)
		}
	}
	if headers < 2 {
		t.Errorf("want the network and unit tables both with ';', found %d such headers", headers)
	}
}
