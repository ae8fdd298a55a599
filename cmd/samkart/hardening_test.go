package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestInputErrorsExit2 runs commands on the datasets the importers refuse
// (weights of 1e308 that would overflow, a UTF-8 file with a Windows-1252
// row, parent cycles): exit 2, with the file, line and column of each
// problem.
func TestInputErrorsExit2(t *testing.T) {
	for _, tc := range []struct {
		dir  string
		want []string
	}{
		{"overflow", []string{`overflow/contacts.csv:2:5: weight "1e308": too large`, `overflow/contacts.csv:3:5: weight "1e308": too large`}},
		{"mixed-encoding", []string{`mixed-encoding/contacts.csv:5:1: from "HØ": not valid UTF-8 like the rest of the file`, "(the file mixes encodings)",
			`mixed-encoding/units.csv:4:5: name "Boligkontoret på Tårnåsen"`}},
		{"parent-cycle", []string{`parent-cycle/units.csv:2:11: 3 units are each other's parents in a cycle: "A" → "B" → "C" → "A"`,
			`parent-cycle/units.csv:8:11: 2 units are each other's parents in a cycle: "G" → "H" → "G"`}},
	} {
		for _, cmd := range []string{"validate", "summary", "metrics", "gaps"} {
			_, stderr, code := runArgs(t, cmd, filepath.Join("../../importers/testdata/bad", tc.dir))
			if code != 2 {
				t.Errorf("%s %s: exit %d, want 2", cmd, tc.dir, code)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("%s %s: no %q in\n%s", cmd, tc.dir, w, stderr)
				}
			}
		}
	}
}

// TestHugeFileOfWrongKind gives summary a 2 GB file (sparse: a CSV header
// and row, then zeros) as each exchange format, by --from and by its
// extension: exit 2 with a sentence, allocating a bounded amount.
func TestHugeFileOfWrongKind(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ format, ext string }{
		{"graphml", ".graphml"}, {"gexf", ".gexf"}, {"pajek", ".net"}, {"dl", ".dl"}, {"json", ".json"},
	} {
		path := filepath.Join(dir, "huge"+tc.ext)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString("from,to,date,kind\nNAV-BODØ,BOLIG-BODØ,2011-09-14,møte\n")
		if err := f.Truncate(2 << 30); err != nil {
			t.Skipf("no sparse 2 GB file here: %v", err)
		}
		f.Close()
		for _, args := range [][]string{{"summary", "--from", tc.format, path}, {"summary", path}} {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, stderr, code := runArgs(t, args...)
			runtime.ReadMemStats(&after)
			name := strings.Join(args, " ")
			if code != 2 || !strings.HasPrefix(stderr, "samkart: "+path+":") {
				t.Errorf("%s: exit %d, want 2 and the file's position; stderr:\n%s", name, code, stderr)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
				t.Errorf("%s: allocated %d MiB", name, alloc>>20)
			}
		}
		os.Remove(path)
	}
}
