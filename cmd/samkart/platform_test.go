package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/samkart/samkart/graph"
)

// samkartChild is the argument that makes the test binary samkart itself,
// main and all, for the tests that need a process of its own: signals,
// and Graphviz started once per process.
const samkartChild = "__samkart"

// childCmd returns the command that runs samkart args in dir, with an
// English locale and a cache folder of the test's.
func childCmd(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, append([]string{samkartChild}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES=", "XDG_CACHE_HOME="+t.TempDir())
	return cmd
}

// copyDataset copies the example dataset name into a new folder called
// base and returns its path.
func copyDataset(t *testing.T, name, base string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), base)
	src := filepath.Join("..", "..", "examples", name)
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// bigDataset writes a dataset whose metrics take some seconds: 3 000
// units, 18 000 contacts, mostly between near neighbours.
func bigDataset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	var u, c bytes.Buffer
	u.WriteString("id,name,agency,level,municipality\n")
	agencies := []string{"NAV", "eiendom", "helse og omsorg", "flyktningtjenesten", "boligkontor"}
	const n = 3000
	for i := range n {
		fmt.Fprintf(&u, "U%d,Unit %d,%s,%d,M%d\n", i, i, agencies[i%5], 3+i%3, i%20)
	}
	c.WriteString("from,to,date,weight\n")
	for k := range 6 * n {
		a := rng.IntN(n)
		b := (a + 1 + rng.IntN(50)) % n
		if rng.IntN(10) == 0 {
			b = rng.IntN(n)
		}
		if a != b {
			fmt.Fprintf(&c, "U%d,U%d,2011-0%d-1%d,1\n", a, b, 1+k%9, k%9)
		}
	}
	os.WriteFile(filepath.Join(dir, "units.csv"), u.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "contacts.csv"), c.Bytes(), 0o644)
	return dir
}

// TestInterrupt sends SIGINT or SIGTERM to samkart once it has read the
// dataset and is computing: it exits with 130 and says so in one line,
// leaves no temporary file and does not touch the target.
func TestInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to another process on Windows")
	}
	dir := bigDataset(t)
	for _, tc := range []struct {
		sig  syscall.Signal
		args []string
	}{
		{syscall.SIGINT, []string{"metrics", "-q", "-f", "json", "-o", "target"}},
		{syscall.SIGTERM, []string{"metrics", "-q", "-f", "csv", "-o", "target"}},
		{syscall.SIGINT, []string{"export", "--with-metrics", "-o", "target"}},
		{syscall.SIGTERM, []string{"export", "--with-metrics", "-o", "target"}},
		{syscall.SIGTERM, []string{"report", "-q", "-o", "report"}},
		{syscall.SIGINT, []string{"render", "-o", "target.svg"}},
	} {
		name := fmt.Sprintf("%v %s", tc.sig, tc.args[0])
		target := filepath.Join(dir, "target")
		os.WriteFile(target, []byte("old"), 0o644)
		cmd := childCmd(t, dir, tc.args...)
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// samkart says it read the dataset of its folder before computing.
		br := bufio.NewReader(stderr)
		first, _ := br.ReadString('\n')
		if !strings.Contains(first, "reading the dataset in the current folder") {
			t.Errorf("%s: first line %q", name, first)
		}
		cmd.Process.Signal(tc.sig)
		rest, _ := io.ReadAll(br)
		cmd.Wait()
		if code := cmd.ProcessState.ExitCode(); code != 130 {
			t.Errorf("%s: exit %d, want 130; stderr:\n%s", name, code, rest)
		}
		if lines := strings.Split(strings.TrimSpace(string(rest)), "\n"); lines[len(lines)-1] != "samkart: interrupted" {
			t.Errorf("%s: stderr %q; want it to end with samkart: interrupted", name, rest)
		}
		if b, _ := os.ReadFile(target); string(b) != "old" {
			t.Errorf("%s: the target was changed", name)
		}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && strings.Contains(d.Name(), ".tmp") {
				t.Errorf("%s: temporary file %s left", name, p)
			}
			return nil
		})
	}
}

// TestCurrentFolder runs the commands without a DATASET in a folder that
// holds one, with a bokmål file name, and in one that does not.
func TestCurrentFolder(t *testing.T) {
	mine := copyDataset(t, "krackhardt", "mine")
	if err := os.Rename(filepath.Join(mine, "units.csv"), filepath.Join(mine, "enheter.csv")); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	for _, tc := range []struct {
		dir          string
		args         []string
		code         int
		stdout       string // a substring, or "" for none
		stderr       string
		notStdout    string
		reportBanner bool
	}{
		{mine, []string{"validate"}, 0, "ok: mine: 21 units", "reading the dataset in the current folder (mine)", "", false},
		{mine, []string{"sjekk", "--lang", "nb"}, 0, "ok: mine: 21 enheter", "leser datasettet i denne mappen (mine)", "", false},
		{mine, []string{"summary"}, 0, "Dataset: mine", "", "Example data", false},
		{empty, []string{"validate"}, 2, "", "no dataset folder given, and the current folder has no units.csv", "", false},
		{empty, []string{"sjekk", "--lang", "no"}, 2, "", "samkart sjekk MAPPE", "", false},
		{empty, []string{"summary"}, 0, "Example data: Fjordvik", "using the built-in example", "", false},
		{empty, []string{"sammendrag", "--lang", "nb"}, 0, "Eksempeldata: Fjordvik", "bruker det innebygde eksempelet", "", false},
		{empty, []string{"summary", "-f", "json"}, 0, `"units": 31`, "using the built-in example", "Example data", false},
	} {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, workDir: tc.dir, getenv: func(string) string { return "" }}
		code := run(context.Background(), tc.args, e)
		name := fmt.Sprintf("%s in %s", tc.args, filepath.Base(tc.dir))
		if code != tc.code || !strings.Contains(out.String(), tc.stdout) || !strings.Contains(errb.String(), tc.stderr) ||
			(tc.notStdout != "" && strings.Contains(out.String(), tc.notStdout)) {
			t.Errorf("%s: exit %d\nstdout:\n%s\nstderr:\n%s", name, code, out.String(), errb.String())
		}
	}
}

// TestReportBanner checks that a report of the built-in example says so
// at the top of its page, and a report of real data does not.
func TestReportBanner(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		banner string
	}{
		{[]string{"report", "-q", "--lang", "nb"}, "Eksempeldata: Fjordvik"},
		{[]string{"report", "-q", "--lang", "en"}, "Example data: Fjordvik"},
		{[]string{"report", "-q", "../../examples/krackhardt"}, ""},
	} {
		out := filepath.Join(t.TempDir(), "r")
		stdout, stderr, code := runArgs(t, append(tc.args, "-o", out)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.args, code, stderr)
		}
		if strings.TrimSpace(stdout) != filepath.Join(out, "index.html") {
			t.Errorf("%s: stdout %q", tc.args, stdout)
		}
		page, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(page, []byte(`<p class="banner" role="note">`))
		switch {
		case tc.banner == "" && i >= 0:
			t.Errorf("%s: a banner on a report of real data", tc.args)
		case tc.banner != "" && (i < 0 || !bytes.Contains(page[i:i+200], []byte(tc.banner))):
			t.Errorf("%s: no banner %q", tc.args, tc.banner)
		case tc.banner != "" && i > bytes.Index(page, []byte("<h1>")):
			t.Errorf("%s: the banner is below the title", tc.args)
		}
	}
}

// TestFolderArgument runs samkart FOLDER as dropping a folder on the
// program does: the report goes into FOLDER/samkart-report (or
// samkart-rapport), and when not started from a terminal samkart opens it
// and waits for Enter.
func TestFolderArgument(t *testing.T) {
	for _, tc := range []struct {
		lang   string
		alone  bool
		folder string
	}{
		{"en_GB.UTF-8", false, "samkart-report"},
		{"nb_NO.UTF-8", true, "samkart-rapport"},
		{"en_US.UTF-8", true, "samkart-report"},
	} {
		dir := copyDataset(t, "krackhardt", "data")
		var out, errb bytes.Buffer
		var opened []string
		e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("\n"), alone: tc.alone,
			getenv:   func(k string) string { return map[string]string{"LANG": tc.lang}[k] },
			openFile: func(p string) error { opened = append(opened, p); return nil }}
		code := run(context.Background(), []string{dir}, e)
		index := filepath.Join(dir, tc.folder, "index.html")
		if code != 0 || strings.TrimSpace(out.String()) != index {
			t.Fatalf("%s: exit %d, stdout %q, want %s\n%s", tc.lang, code, out.String(), index, errb.String())
		}
		if _, err := os.Stat(index); err != nil {
			t.Error(err)
		}
		prompt := map[bool]string{true: "Trykk Enter", false: "Press Enter"}[tc.folder == "samkart-rapport"]
		switch {
		case tc.alone && (len(opened) != 1 || opened[0] != index):
			t.Errorf("%s: opened %q, want %s", tc.lang, opened, index)
		case tc.alone && !strings.Contains(errb.String(), prompt):
			t.Errorf("%s: no %q in %q", tc.lang, prompt, errb.String())
		case !tc.alone && (len(opened) != 0 || strings.Contains(errb.String(), "Enter")):
			t.Errorf("%s: from a terminal: opened %q, stderr %q", tc.lang, opened, errb.String())
		}
	}
	// A folder without a dataset: the error, and the window waits.
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, stdin: strings.NewReader("\n"), alone: true, getenv: func(string) string { return "" },
		openFile: func(p string) error { t.Errorf("opened %s", p); return nil }}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644)
	if code := run(context.Background(), []string{other}, e); code != 2 || !strings.Contains(errb.String(), "units.csv") || !strings.Contains(errb.String(), "Press Enter") {
		t.Errorf("folder without a dataset: exit %d, stderr %q", code, errb.String())
	}
	// An empty folder: the template, which validate accepts.
	empty := t.TempDir()
	errb.Reset()
	e.stdin = strings.NewReader("\n")
	if code := run(context.Background(), []string{empty}, e); code != 0 || !strings.Contains(errb.String(), "Press Enter") {
		t.Errorf("empty folder: exit %d, stderr %q", code, errb.String())
	}
	if _, stderr, code := runArgs(t, "validate", empty); code != 0 {
		t.Errorf("the template from an empty folder: exit %d: %s", code, stderr)
	}
	// Started alone without a folder: what to do, and the window waits.
	errb.Reset()
	e.stdin = strings.NewReader("\n")
	if code := run(context.Background(), nil, e); code != 2 || !strings.Contains(errb.String(), "Drop the folder") || !strings.Contains(errb.String(), "Press Enter") {
		t.Errorf("no arguments: exit %d, stderr %q", code, errb.String())
	}
}

// TestAliases runs each bokmål command name as its command.
func TestAliases(t *testing.T) {
	for c, names := range aliases {
		for _, a := range names {
			if got := lookup(a); got != c {
				t.Errorf("%s: command %v, want %s", a, got, c.Name)
			}
			if got := lookup(strings.ToUpper(a)); got != c {
				t.Errorf("%s: not found in upper case", a)
			}
		}
	}
	for _, c := range commands {
		if len(aliases[c]) == 0 {
			t.Errorf("%s has no bokmål name", c.Name)
		}
	}
	want, _, _ := runArgs(t, "validate", "../../examples/krackhardt")
	got, _, code := runArgs(t, "sjekk", "../../examples/krackhardt")
	if code != 0 || got != want {
		t.Errorf("sjekk: exit %d, %q; want %q", code, got, want)
	}
	help, _, _ := runArgs(t, "hjelp", "rapport")
	if !strings.HasPrefix(help, "usage: samkart report") {
		t.Errorf("hjelp rapport: %q", help)
	}
}

// TestLangOfLocale maps locale names, as Windows and the environment
// write them, to the language samkart writes.
func TestLangOfLocale(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want graph.Lang
	}{
		{"nb-NO", graph.NB}, {"nn-NO", graph.NB}, {"no", graph.NB}, {"nb_NO.UTF-8", graph.NB},
		{"no_NO.UTF-8", graph.NB}, {"se-NO", graph.NB}, {"smj-NO", graph.NB}, {"sma-NO", graph.NB},
		{"en-US", graph.EN}, {"en-GB", graph.EN}, {"en-NO", graph.EN}, {"C.UTF-8", graph.EN},
		{"se-SE", ""}, {"sv-SE", ""}, {"de-DE", ""}, {"", ""}, {"fi-FI", ""},
	} {
		if got := langOfLocale(tc.in); got != tc.want {
			t.Errorf("langOfLocale(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tc := range []struct {
		getenv func(string) string
		sys    graph.Lang
		want   graph.Lang
	}{
		{env(), graph.NB, graph.NB},                                   // Windows: the locale
		{env(), "", graph.EN},                                         // nothing known
		{env("LANG", "nb_NO.UTF-8"), graph.EN, graph.NB},              // the environment first
		{env("LANG", "de_DE.UTF-8"), graph.NB, graph.EN},              // set, but neither language
		{env("LC_ALL", "en_US.UTF-8", "LANG", "nb_NO"), "", graph.EN}, // LC_ALL before LANG
		{env("LC_MESSAGES", "no_NO", "LANG", "en_US"), "", graph.NB},  // LC_MESSAGES before LANG
	} {
		if got := localeLang(tc.getenv, tc.sys); got != tc.want {
			t.Errorf("localeLang(…, %q) = %q, want %q", tc.sys, got, tc.want)
		}
	}
}

// TestNeutralise checks that what would steer a terminal is written as
// visible escapes, and everything else is left alone.
func TestNeutralise(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Rådmann Øst\n\tNAV", "Rådmann Øst\n\tNAV"},
		{"\x1b]0;owned\x07NAV", `\x1b]0;owned\x07NAV`},
		{"\x1b[2J\x1b[31mred", `\x1b[2J\x1b[31mred`},
		{"abc\u202egnp.exe", `abc\u202egnp.exe`},
		{"a\u2066b\u2069c\u200f", `a\u2066b\u2069c\u200f`},
		{"cr\rlf", `cr\x0dlf`},
		{"c1\u009bx", `c1\u009bx`},
		{"bad\xffutf8", `bad\xffutf8`},
		{"del\x7f", `del\x7f`},
		{"ok \ufffd", "ok \ufffd"},
	} {
		if got := neutralise(tc.in); got != tc.want {
			t.Errorf("neutralise(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Through run: an escape in a folder's name never reaches the terminal.
	_, stderr, code := runArgs(t, "summary", "no-such-\x1b]0;x\x07\u202eNAV")
	if code != 2 || strings.ContainsAny(stderr, "\x1b\x07\u202e") || !strings.Contains(stderr, `no-such-\x1b]0;x\x07\u202eNAV: does not exist`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestSystemErrors checks that the system's errors come out as sentences
// with exit 2, in both languages.
func TestSystemErrors(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links and permissions differ on Windows")
	}
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop")
	os.Symlink(loop, loop)
	file := filepath.Join(dir, "file.csv")
	os.WriteFile(file, []byte("id\nA\n"), 0o644)
	for _, tc := range []struct {
		args []string
		en   string
		nb   string
	}{
		{[]string{"summary", filepath.Join(dir, "missing")}, dir + "/missing: does not exist; want the name of a file or folder that exists", dir + "/missing: finnes ikke"},
		{[]string{"summary", loop}, loop + ": is a symbolic link that leads back to itself", loop + ": er en symbolsk lenke som fører tilbake til seg selv"},
		{[]string{"summary", "--units", dir}, dir + ": is a folder, not a file; want a CSV file", dir + ": er en mappe, ikke en fil"},
		{[]string{"summary", "--units", file + "/x"}, file + "/x: does not exist", file + "/x: finnes ikke"},
		{[]string{"export", "-o", filepath.Join(dir, "no", "x.graphml"), "../../examples/krackhardt"}, "the folder " + dir + "/no does not exist", "mappen " + dir + "/no finnes ikke"},
		{[]string{"summary", "--from", "graphml", filepath.Join(dir, "none.graphml")}, dir + "/none.graphml: does not exist", "finnes ikke"},
	} {
		_, stderr, code := runArgs(t, tc.args...)
		if code != 2 || !strings.HasPrefix(stderr, "samkart: "+tc.en) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.en)
		}
		var out, errb bytes.Buffer
		run(context.Background(), tc.args, &env{stdout: &out, stderr: &errb, getenv: func(k string) string {
			return map[string]string{"LANG": "nb_NO.UTF-8"}[k]
		}})
		if stderr := errb.String(); !strings.Contains(stderr, tc.nb) {
			t.Errorf("%q --lang nb: stderr %q; want %q", tc.args, stderr, tc.nb)
		}
	}
}

// TestDrawNothingStartsNoGraphviz runs the commands that draw nothing in
// a process each, with a cache folder of their own: none compiles
// Graphviz, so the folder is never even made; render does make it.
func TestDrawNothingStartsNoGraphviz(t *testing.T) {
	for _, args := range [][]string{
		{"version"}, {"validate", "examples/krackhardt"}, {"summary"}, {"metrics", "-q", "examples/krackhardt"},
		{"gaps"}, {"compare", "examples/region"}, {"export", "examples/krackhardt"},
		{"render", "-f", "dot"},
	} {
		cmd := childCmd(t, "../..", args...)
		cache := strings.TrimPrefix(cmd.Env[len(cmd.Env)-1], "XDG_CACHE_HOME=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", args, err, out)
		}
		if _, err := os.Stat(filepath.Join(cache, "samkart")); err == nil {
			t.Errorf("%s started Graphviz", args)
		}
	}
	cmd := childCmd(t, "../..", "render", "-o", filepath.Join(t.TempDir(), "n.svg"), "examples/krackhardt")
	cache := strings.TrimPrefix(cmd.Env[len(cmd.Env)-1], "XDG_CACHE_HOME=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	if fi, err := os.Stat(filepath.Join(cache, "samkart")); err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o700) {
		t.Errorf("render: cache folder %v, %v; want one of mode 0700", fi, err)
	}
}
