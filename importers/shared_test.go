package importers

import (
	"os"
	"path/filepath"
	"testing"
)

// The real datasets live beside the repository, not in it (some are under
// the GPL). Tests that need them skip when they are absent, as on a fresh
// clone.
const sharedData = "../../shared/data"

// benchDir is where the synthetic M and L datasets are (bench/README.md):
// $SAMKART_BENCH, or ../bench relative to the repository root.
func benchDir() string {
	if d := os.Getenv("SAMKART_BENCH"); d != "" {
		return d
	}
	return "../../bench"
}

func skipUnless(t testing.TB, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is absent", path)
	}
}

// TestSharedData loads every real dataset without error.
func TestSharedData(t *testing.T) {
	skipUnless(t, sharedData)
	dirs, _ := filepath.Glob(filepath.Join(sharedData, "*"))
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		ds, err := Load(dir)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		if len(ds.Units) == 0 || len(ds.Contacts) == 0 {
			t.Errorf("%s: %d units, %d contacts", dir, len(ds.Units), len(ds.Contacts))
		}
	}
	if n == 0 {
		t.Errorf("no datasets in %s", sharedData)
	}
}

// TestBenchExcel checks that the Norwegian-Excel copy of the M dataset
// (Windows-1252, ";", dd.mm.yyyy, bokmål) gives the same units and contacts
// as the UTF-8 original.
func TestBenchExcel(t *testing.T) {
	dir := filepath.Join(benchDir(), "M")
	skipUnless(t, filepath.Join(dir, "excel", "contacts.csv"))
	if testing.Short() {
		t.Skip("short")
	}
	orig, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	excel, err := Load(filepath.Join(dir, "excel"))
	if err != nil {
		t.Fatal(err)
	}
	if len(orig.Units) != len(excel.Units) {
		t.Fatalf("%d units; want %d", len(excel.Units), len(orig.Units))
	}
	for i := range orig.Units {
		a, b := orig.Units[i], excel.Units[i]
		if a.Key != b.Key || a.Name != b.Name || a.Agency != b.Agency || a.Level != b.Level ||
			a.Municipality != b.Municipality || a.Region != b.Region || a.Parent != b.Parent {
			t.Fatalf("unit %d: %+v; want %+v", i, b, a)
		}
	}
	if len(orig.Contacts) != len(excel.Contacts) {
		t.Fatalf("%d contacts; want %d", len(excel.Contacts), len(orig.Contacts))
	}
	for i := range orig.Contacts {
		a, b := orig.Contacts[i], excel.Contacts[i]
		ka, kb := orig.KindName(a.Kind), excel.KindName(b.Kind)
		a.Kind, b.Kind = 0, 0
		if a != b || ka != kb {
			t.Fatalf("contact %d: %+v %s; want %+v %s", i, b, kb, a, ka)
		}
	}
}
