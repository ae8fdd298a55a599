package importers

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

// TestFileSystemErrors checks that what a user can fix about reaching the
// files is a *graph.InputError saying it in words.
func TestFileSystemErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	units := write("ok/units.csv", "id\nA\nB\n")
	write("ok/contacts.csv", "from,to\nA,B\n")
	os.Symlink("loop", filepath.Join(dir, "loop"))
	os.MkdirAll(filepath.Join(dir, "folder.csv"), 0o755)
	locked := write("locked/units.csv", "id\nA\n")
	os.Chmod(locked, 0)
	canRead := false
	if f, err := os.Open(locked); err == nil { // root reads anything
		canRead = true
		f.Close()
	}
	for _, tc := range []struct {
		name string
		src  Source
		want *graph.Problem
		text string
	}{
		{"missing folder", Source{Dir: filepath.Join(dir, "nothing")}, ErrNoSuchFile, "nothing: does not exist; want the name of a file or folder that exists"},
		{"missing file", Source{Files: graph.Files{Units: units, Contacts: filepath.Join(dir, "nothing.csv")}}, ErrNoSuchFile, "nothing.csv: does not exist"},
		{"link loop folder", Source{Dir: filepath.Join(dir, "loop")}, ErrLinkLoop, "loop: is a symbolic link that leads back to itself"},
		{"link loop file", Source{Files: graph.Files{Units: filepath.Join(dir, "loop")}}, ErrLinkLoop, "loop: is a symbolic link that leads back to itself"},
		{"folder as file", Source{Files: graph.Files{Units: units, Contacts: filepath.Join(dir, "folder.csv")}}, ErrIsFolder, "folder.csv: is a folder, not a file"},
		{"unreadable", Source{Dir: filepath.Join(dir, "locked")}, ErrNoPermission, "units.csv: cannot be read: permission denied"},
		{"unreadable in FS", Source{FS: os.DirFS(dir), Dir: "locked"}, ErrNoPermission, "units.csv: cannot be read: permission denied"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == ErrNoPermission && canRead {
				t.Skip("this user reads files without permission")
			}
			_, err := tc.src.Load()
			var e *graph.InputError
			if !errors.As(err, &e) || !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("got %v (%T); want a *graph.InputError saying %q", err, err, tc.text)
			}
			if nb := inLang(err, graph.NB); nb == err.Error() {
				t.Errorf("the message is the same in bokmål: %s", nb)
			}
		})
	}
	if _, err := (Source{Dir: filepath.Join(dir, "nothing")}).Load(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing folder: %v is not fs.ErrNotExist", err)
	}
}

// TestParentCycles checks cycles of parents of 3 and 5 000 units, and
// that the check is linear (a chain of 200 000 units).
func TestParentCycles(t *testing.T) {
	for _, tc := range []struct {
		n, chain int
		want     string
	}{
		{3, 0, `units.csv:2:4: 3 units are each other's parents in a cycle: "U0" → "U1" → "U2" → "U0"`},
		{5000, 0, `units.csv:2:4: 5000 units are each other's parents in a cycle: "U0" → "U1" → "U2" → "U3" → "U4" → "U5" → "U6" → "U7" → "U8" → "U9" → … → "U0"`},
		{2, 200000, `units.csv:2:4: 2 units are each other's parents in a cycle: "U0" → "U1" → "U0"`},
	} {
		var b strings.Builder
		b.WriteString("id,parent\n")
		for i := range tc.n {
			fmt.Fprintf(&b, "U%d,U%d\n", i, (i+1)%tc.n)
		}
		for i := range tc.chain { // a long chain up into the cycle
			p := fmt.Sprintf("C%d", i+1)
			if i+1 == tc.chain {
				p = "U0"
			}
			fmt.Fprintf(&b, "C%d,%s\n", i, p)
		}
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "units.csv"), []byte(b.String()), 0o644)
		_, err := Load(dir)
		if !errors.Is(err, ErrParentCycle) || !strings.Contains(err.Error(), tc.want) || strings.Count(err.Error(), "\n") != 0 {
			t.Errorf("%d units in a cycle: got\n%.500v\nwant one error saying\n%s", tc.n, err, tc.want)
		}
	}
}

// TestSeveralFolders checks that folders read as one dataset equal the
// same files in one folder: examples/region split into one folder per
// municipality, with the state and regional units in each.
func TestSeveralFolders(t *testing.T) {
	whole, err := Load("../examples/region")
	if err != nil {
		t.Fatal(err)
	}
	top := t.TempDir()
	dirs := splitByMunicipality(t, "../examples/region", top)
	if len(dirs) < 3 {
		t.Fatalf("split into %d folders", len(dirs))
	}
	for _, src := range []Source{{Dirs: dirs}, {Dir: top}, {FS: os.DirFS(top), Dir: "."}} {
		ds, err := src.Load()
		if err != nil {
			t.Fatalf("%+v: %v", src, err)
		}
		for _, tc := range []struct {
			what      string
			got, want int
		}{
			{"units", len(ds.Units), len(whole.Units)},
			{"contacts", len(ds.Contacts), len(whole.Contacts)},
			{"meetings", len(ds.Meetings), len(whole.Meetings)},
			{"municipalities", len(ds.Municipalities), len(whole.Municipalities)},
			{"warnings", len(ds.Warnings), len(whole.Warnings)},
			{"parts", len(ds.Parts), len(dirs)},
		} {
			if tc.got != tc.want {
				t.Errorf("%+v: %d %s; want %d", src, tc.got, tc.what, tc.want)
			}
		}
		n1, err := graph.Build(ds, graph.BuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		n2, _ := graph.Build(whole, graph.BuildOptions{})
		if got, want := tieList(n1), tieList(n2); got != want {
			t.Errorf("%+v: the ties differ from the whole dataset's", src)
		}
		nn, err := src.LoadNetwork(graph.BuildOptions{})
		if err != nil || tieList(nn) != tieList(n2) {
			t.Errorf("%+v: LoadNetwork's ties differ from the whole dataset's (%v)", src, err)
		}
	}
}

// tieList writes a network's ties by unit keys, in a stable order.
func tieList(n *graph.Network) string {
	var lines []string
	for _, t := range n.Ties() {
		a, b := n.Unit(int64(t.A)).Key, n.Unit(int64(t.B)).Key
		if a > b {
			a, b = b, a
		}
		lines = append(lines, fmt.Sprintf("%s %s %.12g %d %d", a, b, t.Weight, t.Contacts, t.Meetings))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// splitByMunicipality writes the dataset in src as one folder per
// municipality under dst and returns the folders: each holds its
// municipality's units and the units of none (state and region), the
// contacts whose first unit with a municipality is its own, the meetings
// whose first such participant is, and all of municipalities.csv.
func splitByMunicipality(t *testing.T, src, dst string) []string {
	t.Helper()
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(src, name))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	units := read("units.csv")
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
	out := make(map[string]map[string][][]string) // municipality → file → records
	for _, m := range muns {
		out[m] = make(map[string][][]string)
	}
	add := func(m, file string, header, rec []string) {
		if out[m][file] == nil {
			out[m][file] = [][]string{header}
		}
		out[m][file] = append(out[m][file], rec)
	}
	owner := func(ids ...string) string {
		for _, id := range ids {
			if m := mun[id]; m != "" {
				return m
			}
		}
		return muns[0]
	}
	for _, r := range units[1:] {
		for _, m := range muns {
			if mun[r[0]] == "" || mun[r[0]] == m {
				add(m, "units.csv", units[0], r)
			}
		}
	}
	if c := read("contacts.csv"); c != nil {
		for _, r := range c[1:] {
			add(owner(r[col(c, "from")], r[col(c, "to")]), "contacts.csv", c[0], r)
		}
	}
	if mt := read("meetings.csv"); mt != nil {
		ids := make(map[string][]string)
		for _, r := range mt[1:] {
			ids[r[0]] = append(ids[r[0]], r[col(mt, "unit")])
		}
		for _, r := range mt[1:] {
			add(owner(ids[r[0]]...), "meetings.csv", mt[0], r)
		}
	}
	for _, file := range []string{"municipalities.csv", "expected.csv"} {
		if recs := read(file); recs != nil {
			for _, m := range muns {
				out[m][file] = recs
			}
		}
	}
	var dirs []string
	for _, m := range muns {
		dir := filepath.Join(dst, m)
		os.MkdirAll(dir, 0o755)
		for file, recs := range out[m] {
			var b strings.Builder
			w := csv.NewWriter(&b)
			w.WriteAll(recs)
			if err := os.WriteFile(filepath.Join(dir, file), []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		dirs = append(dirs, dir)
	}
	sort.Strings(dirs)
	return dirs
}
