package main

import (
	"bytes"
	"os"
	"path/filepath"
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
		{[]string{"render", "--size", "area"}, `invalid argument "area" for "--size" flag: want one of betweenness, degree, strength`},
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
