package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestRenderOut writes diagrams to files, the format chosen by --format or
// by the file's extension.
func TestRenderOut(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args  []string
		file  string
		magic string
	}{
		{[]string{"--view", "agencies"}, "heat.svg", "<?xml"},
		{[]string{"--view", "agencies"}, "heat.PNG", "\x89PNG\r\n"},
		{[]string{"--view", "ego", "--unit", "FJV-FLY"}, "ego.gv", "strict graph ego {"},
		{[]string{"--view", "ego", "--unit", "FJV-FLY", "-f", "dot"}, "ego.txt", "strict graph ego {"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			args := append([]string{"render", "../../examples/kommune", "-o", path}, tc.args...)
			stdout, stderr, code := runArgs(t, args...)
			if code != 0 || stdout != "" || stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte(tc.magic)) {
				t.Errorf("%s starts %q; want %q", tc.file, b[:min(len(b), 20)], tc.magic)
			}
		})
	}
	// Nothing but the diagrams was left behind (no temporary files).
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != "ego.gv ego.txt heat.PNG heat.svg" {
		t.Errorf("folder holds %s", got)
	}
}

// TestRenderRefusesInput does not overwrite a dataset's file.
func TestRenderRefusesInput(t *testing.T) {
	dir := t.TempDir()
	units := filepath.Join(dir, "units.csv")
	if err := os.WriteFile(units, []byte("id,name\na,A\nb,B\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runArgs(t, "render", dir, "--view", "agencies", "-f", "svg", "-o", units)
	if code != 2 || !strings.Contains(stderr, "input file") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(units); string(b) != "id,name\na,A\nb,B\n" {
		t.Errorf("units.csv was changed: %q", b)
	}
}

// TestEnumFlags checks the flags whose names come from their types: a
// word that is none of them is refused with the list, which is the one
// help shows.
func TestEnumFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"render", "--size", "area"}, `invalid argument "area" for "--size" flag: want one of screen, a4, a4-landscape, slide`},
		{[]string{"render", "--size-by", "area"}, `invalid argument "area" for "--size-by" flag: want one of betweenness, degree, strength`},
		{[]string{"render", "--aggregate", "all"}, `invalid argument "all" for "--aggregate" flag: want one of auto, none, agency, municipality, agency-all`},
		{[]string{"render", "-f", "gv"}, `invalid argument "gv" for "-f, --format" flag: want one of svg, png, dot`},
		{[]string{"render", "--lang", "de"}, `invalid argument "de" for "--lang" flag: want one of nb, en`},
		{[]string{"summary", "--lang", "svensk"}, `invalid argument "svensk" for "--lang" flag: want one of nb, en`},
		{[]string{"init", "--lang", ""}, `invalid argument "" for "--lang" flag: want one of nb, en`},
		{[]string{"summary", "-f", "xml"}, `invalid argument "xml" for "-f, --format" flag: want one of text, json, csv`},
		{[]string{"summary", "--from", "csv"}, `invalid argument "csv" for "--from" flag: want one of graphml, gexf, pajek, dl, json`},
		{[]string{"summary", "--meeting-weight", "half"}, `invalid argument "half" for "--meeting-weight" flag: want one of newman, one`},
		{[]string{"export", "-f", "csv"}, `invalid argument "csv" for "-f, --format" flag: want one of graphml, gexf, pajek, dl, json`},
		{[]string{"export", "--partition", "unit"}, `invalid argument "unit" for "--partition" flag: want one of municipality, agency, level`},
		{[]string{"compare", "--by", "county"}, `invalid argument "county" for "--by" flag: want one of municipality, region`},
		{[]string{"render", "--by", "region"}, `invalid argument "region" for "--by" flag: want one of agency, level`},
	} {
		_, stderr, code := runArgs(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	// In bokmål, pflag's errors and the values' reasons are said in
	// bokmål too.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"render", "--view", "nettverk"}, "samkart render: ugyldig verdi \"nettverk\" for --view: må være en av network, levels, agencies, gaps, ego, compare, ratings\nKjør 'samkart hjelp render' for bruk.\n"},
		{[]string{"metrics", "--permutations", "x"}, `ugyldig verdi "x" for --permutations: må være et heltall`},
		{[]string{"metrics", "--fargar"}, "samkart metrics: ukjent flagg: --fargar\n"},
		{[]string{"metrics", "--seed", "-1"}, `ugyldig verdi "-1" for --seed: må være et heltall, 0 eller mer`},
		{[]string{"metrics", "-z"}, `ukjent kort flagg "z" i -z`},
		{[]string{"gaps", "--until"}, "flagget --until trenger en verdi"},
		{[]string{"summary", "--window", "2012..2011"}, `ugyldig verdi "2012..2011" for --window: "2012..2011": FRA er etter TIL`},
		{[]string{"summary", "--frequency-weights", "ukentlig"}, `"ukentlig": forventet ORD=N, som daglig=200`},
		{[]string{"export", "-f", "csv"}, `ugyldig verdi "csv" for -f, --format: må være en av graphml, gexf, pajek, dl, json`},
	} {
		_, stderr, code := runArgs(t, append([]string{tc.args[0], "--lang", "nb"}, tc.args[1:]...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	// Names are read in any case, and --lang takes the names and locale
	// strings of bokmål: each writes bokmål.
	for _, l := range []string{"NB", "no", "norsk", "nb-NO", "no_NO.UTF-8"} {
		stdout, _, code := runArgs(t, "summary", "../../examples/kommune", "--lang", l)
		if code != 0 || !strings.Contains(stdout, "Datasett: kommune") {
			t.Errorf("--lang %s: exit %d, %q", l, code, stdout)
		}
	}
	// --from names the format it reads; -f JSON writes JSON.
	stdout, _, code := runArgs(t, "summary", "--from", "GraphML", "../../graph/encoding/graphml/testdata/small.graphml", "-f", "JSON")
	if code != 0 || !strings.HasPrefix(stdout, "{\n") {
		t.Errorf("--from GraphML -f JSON: exit %d, %q", code, stdout)
	}
}

// TestRenderSize: --size names the medium; a size measure given to it
// still works, with a note that it is now --size-by.
func TestRenderSize(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "a4.svg")
	_, stderr, code := runArgs(t, "render", "../../examples/kommune", "--view", "levels", "--size", "a4-landscape", "-o", out)
	if code != 0 || stderr != "" {
		t.Fatalf("--size a4-landscape: exit %d, %q", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// Sized for the page: 774 points wide at most, 460 high.
	if m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(b); m == nil {
		t.Error("no size on the SVG")
	} else if w, _ := strconv.ParseFloat(string(m[1]), 64); w > 774.05 {
		t.Errorf("width %s pt", m[1])
	}
	_, stderr, code = runArgs(t, "render", "../../examples/kommune", "--size", "degree", "-o", filepath.Join(dir, "d.svg"))
	if code != 0 || !strings.Contains(stderr, "--size degree: the size measure is now --size-by") {
		t.Errorf("--size degree: exit %d, %q", code, stderr)
	}
	_, stderr, code = runArgs(t, "render", "../../examples/kommune", "--size", "degree", "--size-by", "strength", "-o", filepath.Join(dir, "e.svg"))
	if code != 2 || !strings.Contains(stderr, "the size measure is now --size-by") {
		t.Errorf("--size degree --size-by strength: exit %d, %q", code, stderr)
	}
}

// TestRenderTerminal: an image is not written to a terminal without -o,
// as curl does not write binary output there; the null device is no
// terminal.
func TestRenderTerminal(t *testing.T) {
	tty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	defer tty.Close()
	for _, format := range []string{"svg", "png"} {
		var errb bytes.Buffer
		e := &env{stdout: tty, stderr: &errb, getenv: func(string) string { return "" }, renderer: testRenderer()}
		code := run(context.Background(), []string{"render", "../../examples/kommune", "-f", format}, e)
		if code != 2 || !strings.Contains(errb.String(), "not writing an image ("+strings.ToUpper(format)+") to the terminal: use -o FILE") {
			t.Errorf("%s to a terminal: exit %d, %q", format, code, errb.String())
		}
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	var errb bytes.Buffer
	e := &env{stdout: null, stderr: &errb, getenv: func(string) string { return "" }, renderer: testRenderer()}
	if code := run(context.Background(), []string{"render", "../../examples/kommune", "--view", "agencies"}, e); code != 0 {
		t.Errorf("to %s: exit %d, %q", os.DevNull, code, errb.String())
	}
}
