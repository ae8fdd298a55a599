package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// privateWords are what must not appear in pseudonymised output: the ids
// and names of the units below municipal leadership in units.csv (except
// a name that is its agency's own) and every name in parentheses of those.
func privateWords(t *testing.T, units string) []string {
	t.Helper()
	f, err := os.Open(units)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	paren := regexp.MustCompile(`\s*\(([^()]*)\)`)
	var words []string
	for _, r := range rows[1:] { // id,name,agency,level,…
		if l, _ := strconv.Atoi(r[3]); l >= 1 && l <= 3 {
			continue
		}
		for _, m := range paren.FindAllStringSubmatch(r[1], -1) {
			words = append(words, m[1])
		}
		words = append(words, r[0])
		if n := strings.TrimSpace(paren.ReplaceAllString(r[1], "")); !strings.EqualFold(n, r[2]) {
			words = append(words, n)
		}
	}
	return words
}

// TestPseudonymiseEveryCommand runs every command that writes something
// with --pseudonymise on examples/kommune, in both languages, and looks
// for every private word in every output.
func TestPseudonymiseEveryCommand(t *testing.T) {
	const ds = "../../examples/kommune"
	words := privateWords(t, filepath.Join(ds, "units.csv"))
	if len(words) < 40 {
		t.Fatalf("only %d words to look for", len(words))
	}
	for _, lang := range []string{"nb", "en"} {
		dir := t.TempDir()
		var runs [][]string
		for _, f := range []string{"text", "json", "csv"} {
			runs = append(runs, []string{"metrics", "--format", f}, []string{"gaps", "--format", f},
				[]string{"diff", "--window", "2010", "--against", "2011", "--format", f},
				[]string{"qap", "--x", "same-agency", "--permutations", "20", "--format", f},
				[]string{"compare", "--format", f}, []string{"summary", "--format", f})
		}
		runs = append(runs, []string{"validate"}, []string{"report", "-o", filepath.Join(dir, "report")},
			[]string{"render", "--view", "ego", "--unit", "nav-5-1", "-o", filepath.Join(dir, "ego.svg")})
		for _, v := range []string{"network", "levels", "agencies", "gaps"} {
			runs = append(runs, []string{"render", "--view", v, "-o", filepath.Join(dir, v+".svg")})
			if v != "agencies" {
				runs = append(runs, []string{"render", "--view", v, "--format", "dot", "-o", filepath.Join(dir, v+".dot")})
			}
		}
		var outputs []string
		for _, r := range runs {
			stdout, stderr, code := runArgs(t, append(r, ds, "--pseudonymise", "--lang", lang)...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", r, code, stderr)
			}
			outputs = append(outputs, stdout, stderr)
		}
		for _, f := range []string{"graphml", "gexf", "pajek", "dl", "json"} {
			args := []string{"export", ds, "--pseudonymise", "--format", f, "-o", filepath.Join(dir, "export."+f)}
			if f != "pajek" && f != "dl" {
				args = append(args, "--with-metrics")
			}
			stdout, stderr, code := runArgs(t, args...)
			if code != 0 {
				t.Fatalf("export %s: exit %d: %s", f, code, stderr)
			}
			outputs = append(outputs, stdout, stderr)
		}
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				outputs = append(outputs, string(b))
			}
			return nil
		})
		all := strings.Join(outputs, "\n")
		for _, w := range words {
			if strings.Contains(all, w) {
				t.Errorf("--lang %s: %q appears in the output", lang, w)
			}
		}
		if !strings.Contains(all, "nav-5-1") {
			t.Errorf("--lang %s: no code in the output", lang)
		}
	}
}

func TestPseudonymiseStableAndKey(t *testing.T) {
	const ds = "../../examples/kommune"
	dir := t.TempDir()
	key := func(name string, args ...string) string {
		p := filepath.Join(dir, name)
		_, stderr, code := runArgs(t, append([]string{"metrics", ds, "--pseudonymise", "--key", p, "--format", "csv"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("key mode %v, want 0600", fi.Mode().Perm())
		}
		b, _ := os.ReadFile(p)
		return string(b)
	}
	a, b, c := key("a.csv"), key("b.csv"), key("c.csv", "--seed", "7")
	if a != b {
		t.Error("the same seed gave different keys")
	}
	if a == c {
		t.Error("another seed gave the same numbering")
	}
	if !strings.Contains(a, "FJV-RUS-BO2,Booppfølger (Åse Lien)") || !strings.HasPrefix(a, "code,new_id,id,name\n") {
		t.Errorf("key:\n%s", a)
	}
	// A name that would run as a formula in a spreadsheet stays text.
	formula := t.TempDir()
	os.WriteFile(filepath.Join(formula, "units.csv"), []byte("id,name,agency,level,municipality\n"+
		"-2+3,\"=HYPERLINK(\"\"http://x\"\")\",nav,5,Fjordvik\nB,Boligkontoret,bolig,4,Fjordvik\n"), 0o644)
	os.WriteFile(filepath.Join(formula, "contacts.csv"), []byte("from,to\n-2+3,B\n"), 0o644)
	p := filepath.Join(dir, "formula.csv")
	if _, stderr, code := runArgs(t, "summary", formula, "--pseudonymise", "--key", p); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if k, _ := os.ReadFile(p); !strings.Contains(string(k), ",'-2+3,\"'=HYPERLINK(\"\"http://x\"\")\"\n") {
		t.Errorf("key with formulas:\n%s", k)
	}

	// A key needs --pseudonymise and is never written over an input.
	if _, _, code := runArgs(t, "summary", ds, "--key", filepath.Join(dir, "k.csv")); code != 2 {
		t.Errorf("--key without --pseudonymise: exit %d, want 2", code)
	}
	if _, _, code := runArgs(t, "summary", ds, "--pseudonymise", "--key", filepath.Join(ds, "units.csv")); code != 2 {
		t.Errorf("--key over units.csv: exit %d, want 2", code)
	}
}

// TestPersonsFile checks that a name in persons.csv leaves every name,
// leaders' too.
func TestPersonsFile(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "contacts.csv", "meetings.csv"} {
		b, err := os.ReadFile(filepath.Join("../../examples/kommune", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "personer.csv"), []byte("navn\nKommunalsjef\n"), 0o644)
	stdout, stderr, code := runArgs(t, "metrics", dir, "--pseudonymise", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stdout, "Kommunalsjef") || !strings.Contains(stdout, "Rådmannen i Fjordvik") {
		t.Errorf("persons.csv not applied:\n%s", stdout)
	}
}
