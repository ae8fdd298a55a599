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
