package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestMain runs the test binary as `samkart __layout` when asked to, so
// that the commands' layouts run in a child process as samkart's do.
func TestMain(m *testing.M) {
	if len(os.Args) == 2 && os.Args[1] == layoutCommand {
		os.Exit(serveLayout())
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
			checkGolden(t, "testdata/"+name+".stdout", stdout)
			checkGolden(t, "testdata/"+name+".stderr", stderr+fmt.Sprintf("[exit %d]\n", code))
		})
	}
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
	}, renderer: childRenderer()}
	code = run(context.Background(), args, e)
	return out.String(), errb.String(), code
}

// checkGolden compares got with the golden file; a missing golden file is
// empty. On mismatch it writes path.got for inspection.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if got != string(want) {
		os.WriteFile(path+".got", []byte(got), 0o644)
		t.Errorf("%s differs from the golden file (wrote %s.got; rerun with -update to accept):\n%s",
			path, path, firstDiff(string(want), got))
	} else {
		os.Remove(path + ".got")
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\nwant %q\ngot  %q", i+1, a, b)
		}
	}
	return ""
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
		{[]string{"summary", "testdata/no-such-folder"}, 1},
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
		if !strings.Contains(stdout, "2 units, 2 contacts, 1 meeting, 2 municipalities") {
			t.Errorf("validate of the %s template: %s", lang, stdout)
		}
		if _, _, code := runArgs(t, "init", dir); code != 2 {
			t.Errorf("init over an existing template: exit %d, want 2", code)
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
// stays text in every CSV table (OWASP CSV injection).
func TestCSVInjection(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("units.csv", "id,name,agency,municipality\n"+
		"\"=HYPERLINK(\"\"http://x\"\")\",\"=HYPERLINK(\"\"http://x\"\")\",@nav,+Fjordvik\nB,-B,bolig,+Fjordvik\n")
	write("contacts.csv", "from,to,weight\n\"=HYPERLINK(\"\"http://x\"\")\",B,2\n")
	for _, args := range [][]string{
		{"metrics", "--format", "csv", dir},
		{"metrics", "--format", "csv", "--excel", dir},
		{"gaps", "--format", "csv", dir},
		{"summary", "--format", "csv", dir},
		{"compare", "--format", "csv", "--excel", dir},
	} {
		stdout, stderr, code := runArgs(t, args...)
		if code != 0 {
			t.Fatalf("samkart %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
		if !strings.Contains(stdout, "HYPERLINK") && args[0] == "metrics" {
			t.Errorf("samkart %s: the unit is missing from the output", strings.Join(args, " "))
		}
		for _, sep := range []string{",", ";", "\n"} {
			for _, bad := range []string{"=", "@", "+"} {
				if strings.Contains(stdout, sep+bad) || strings.Contains(stdout, sep+"\""+bad) {
					t.Errorf("samkart %s: a cell starts with %q:\n%s", strings.Join(args, " "), bad, stdout)
				}
			}
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
