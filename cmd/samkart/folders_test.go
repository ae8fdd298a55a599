package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestSeveralFolders checks that every analysis command reads several
// DATASET folders, and a folder of them, as one dataset: compare over one
// folder per municipality of examples/region gives the rows it gives over
// the same data in one folder.
func TestSeveralFolders(t *testing.T) {
	top := t.TempDir()
	dirs := splitRegion(t, "../../examples/region", top)
	for _, format := range []string{"csv", "text"} {
		want, stderr, code := runArgs(t, "compare", "--format", format, "../../examples/region")
		if code != 0 {
			t.Fatalf("compare examples/region: exit %d: %s", code, stderr)
		}
		for _, args := range [][]string{dirs, {top}} {
			got, stderr, code := runArgs(t, append([]string{"compare", "--format", format}, args...)...)
			if code != 0 || got != want {
				t.Errorf("compare --format %s over %d folders: exit %d, %s\ngot\n%s\nwant\n%s", format, len(args), code, stderr, got, want)
			}
		}
	}
	for _, cmd := range []string{"validate", "summary", "metrics", "gaps"} {
		if _, stderr, code := runArgs(t, append([]string{cmd}, dirs...)...); code != 0 {
			t.Errorf("%s over %d folders: exit %d: %s", cmd, len(dirs), code, stderr)
		}
	}
}

// splitRegion writes the dataset in src as one folder per municipality
// under dst and returns the folders: each holds its municipality's units
// and those of none (state and region), the contacts and meetings whose
// first unit with a municipality is its own, and all of
// municipalities.csv.
func splitRegion(t *testing.T, src, dst string) []string {
	t.Helper()
	read := func(name string) [][]string {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	units, contacts, meetings := read("units.csv"), read("contacts.csv"), read("meetings.csv")
	col := func(recs [][]string, name string) int { return slices.Index(recs[0], name) }
	mun := make(map[string]string)
	var muns []string
	for _, r := range units[1:] {
		m := r[col(units, "municipality")]
		mun[r[0]] = m
		if m != "" && !slices.Contains(muns, m) {
			muns = append(muns, m)
		}
	}
	owner := func(ids ...string) string {
		for _, id := range ids {
			if m := mun[id]; m != "" {
				return m
			}
		}
		return muns[0]
	}
	files := make(map[string]map[string][][]string)
	for _, m := range muns {
		files[m] = map[string][][]string{
			"units.csv": {units[0]}, "contacts.csv": {contacts[0]}, "meetings.csv": {meetings[0]},
			"municipalities.csv": read("municipalities.csv"),
		}
	}
	for _, r := range units[1:] {
		for _, m := range muns {
			if mun[r[0]] == "" || mun[r[0]] == m {
				files[m]["units.csv"] = append(files[m]["units.csv"], r)
			}
		}
	}
	for _, r := range contacts[1:] {
		m := owner(r[col(contacts, "from")], r[col(contacts, "to")])
		files[m]["contacts.csv"] = append(files[m]["contacts.csv"], r)
	}
	participants := make(map[string][]string)
	for _, r := range meetings[1:] {
		participants[r[0]] = append(participants[r[0]], r[col(meetings, "unit")])
	}
	for _, r := range meetings[1:] {
		m := owner(participants[r[0]]...)
		files[m]["meetings.csv"] = append(files[m]["meetings.csv"], r)
	}
	var dirs []string
	for _, m := range muns {
		dir := filepath.Join(dst, m)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, recs := range files[m] {
			var b strings.Builder
			w := csv.NewWriter(&b)
			w.WriteAll(recs)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		dirs = append(dirs, dir)
	}
	sort.Strings(dirs)
	return dirs
}
