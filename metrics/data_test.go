package metrics

import (
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// The test data of the package, every dataset folder read with
// importers.Load:
//
//   - the reference datasets, whose measures testdata/reference holds as
//     NetworkX, igraph and R computed them (referenceNetwork);
//   - the generated national-scale benchmark datasets, when present
//     (package benchdata);
//   - networks written as literals (literalNet).

// The reference datasets: mitDatasets are copied into testdata/data;
// gplDatasets, under a licence the repository does not take, are read
// from the shared data folder beside the checkout when it is there.
var (
	mitDatasets = []string{"krackhardt-advice", "krackhardt-friendship", "krackhardt-reports",
		"lazega-advice", "lazega-cowork", "lazega-friendship", "padgett-business", "padgett-marriage",
		"synthetic-floatpaths", "synthetic-isolates", "synthetic-pair", "synthetic-single"}
	gplDatasets = []string{"emon-all", "emon-cheyenne", "emon-hurrfrederic", "emon-lakepomona",
		"emon-mtsi", "emon-mtsthelens", "emon-texas", "emon-wichita", "knoke-information", "knoke-money"}
)

// referenceDatasets lists every reference dataset, present or not.
func referenceDatasets() []string {
	return append(append([]string{}, mitDatasets...), gplDatasets...)
}

// referenceDir returns the folder of a reference dataset, or "" when it is
// absent.
func referenceDir(name string) string {
	for _, d := range []string{filepath.Join("testdata", "data", name), filepath.Join("..", "..", "shared", "data", name)} {
		if _, err := os.Stat(filepath.Join(d, "units.csv")); err == nil {
			return d
		}
	}
	return ""
}

// referenceNetwork loads and builds a reference dataset, skipping the test
// when it is absent.
func referenceNetwork(tb testing.TB, name string) *graph.Network {
	tb.Helper()
	dir := referenceDir(name)
	if dir == "" {
		tb.Skipf("%s: dataset not found", name)
	}
	return loadNetwork(tb, graph.Files{}, dir)
}

// loadNetwork reads the dataset in folder dir, or the files f names when
// dir is "", and builds its network.
func loadNetwork(tb testing.TB, f graph.Files, dir string) *graph.Network {
	tb.Helper()
	ds, err := importers.Source{Dir: dir, Files: f}.Load()
	if err != nil {
		tb.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// nearRef reports whether got is within 1e-9 of want, relative when
// |want| > 1; a nil want (null in the reference) means undefined, matched
// by NaN.
func nearRef(got float64, want *float64) bool {
	if want == nil {
		return math.IsNaN(got)
	}
	return math.Abs(got-*want) <= 1e-9*math.Max(1, math.Abs(*want))
}

// fmtRef formats a reference value for a message.
func fmtRef(p *float64) string {
	if p == nil {
		return "null"
	}
	return strconv.FormatFloat(*p, 'g', 17, 64)
}

// unitSpec describes a unit of a network written as a literal.
type unitSpec struct {
	key, agency  string
	level        int
	municipality string
}

// arcSpec is a contact from → to of the given weight (0 means 1).
type arcSpec struct {
	from, to string
	w        float64
}

// literalNet builds a network from units and contacts written as literals.
func literalNet(tb testing.TB, units []unitSpec, arcs []arcSpec) *graph.Network {
	tb.Helper()
	ds := graph.NewDataset("test")
	for _, u := range units {
		if _, ok := ds.AddUnit(graph.Unit{Key: u.key, Name: u.key, Agency: u.agency, AgencyLabel: u.agency,
			Level: graph.Level(u.level), Municipality: u.municipality}); !ok {
			tb.Fatalf("duplicate unit %s", u.key)
		}
	}
	for _, a := range arcs {
		from, ok1 := ds.Lookup(a.from)
		to, ok2 := ds.Lookup(a.to)
		if !ok1 || !ok2 {
			tb.Fatalf("arc %s→%s: unknown unit", a.from, a.to)
		}
		w := a.w
		if w == 0 {
			w = 1
		}
		ds.Contacts = append(ds.Contacts, graph.Contact{From: from, To: to, Weight: w, Date: graph.NoDate})
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// plainUnits returns k units without attributes, keyed uaa, uab, … in
// node order, for structural tests.
func plainUnits(k int) []unitSpec {
	us := make([]unitSpec, k)
	for i := range us {
		us[i] = unitSpec{key: "u" + string(rune('a'+i/26)) + string(rune('a'+i%26))}
	}
	return us
}

// plainArcs turns pairs of indices into plainUnits into contacts.
func plainArcs(pairs ...[2]int) []arcSpec {
	us := plainUnits(1000)
	arcs := make([]arcSpec, len(pairs))
	for i, p := range pairs {
		arcs[i] = arcSpec{from: us[p[0]].key, to: us[p[1]].key}
	}
	return arcs
}
