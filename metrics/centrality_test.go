package metrics

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// mitDatasetsP are copied into testdata/data; gplDatasetsP are read from
// ../../shared/data when present.
var (
	mitDatasetsP = []string{"krackhardt-advice", "krackhardt-friendship", "krackhardt-reports",
		"lazega-advice", "lazega-cowork", "lazega-friendship", "padgett-business", "padgett-marriage",
		"synthetic-floatpaths", "synthetic-isolates", "synthetic-pair", "synthetic-single"}
	gplDatasetsP = []string{"emon-all", "emon-cheyenne", "emon-hurrfrederic", "emon-lakepomona",
		"emon-mtsi", "emon-mtsthelens", "emon-texas", "emon-wichita", "knoke-information", "knoke-money"}
)

// datasetDirP returns the folder of a reference dataset, or "" when it is
// absent (the GPL data live outside the repository).
func datasetDirP(name string) string {
	for _, d := range []string{filepath.Join("testdata", "data", name), filepath.Join("..", "..", "shared", "data", name)} {
		if _, err := os.Stat(filepath.Join(d, "units.csv")); err == nil {
			return d
		}
	}
	return ""
}

// loadTestDatasetP reads a dataset folder.
func loadTestDatasetP(dir string) (*graph.Dataset, error) {
	return importers.Load(dir)
}

// testNetworkP loads and builds a reference dataset, skipping the test
// when it is absent.
func testNetworkP(t testing.TB, name string) *graph.Network {
	t.Helper()
	dir := datasetDirP(name)
	if dir == "" {
		t.Skipf("%s: dataset not found", name)
	}
	ds, err := loadTestDatasetP(dir)
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// refNetworkP is the part of a reference file this package's path,
// centrality and cohesion measures are checked against.
type refNetworkP struct {
	Network map[string]*float64       `json:"network"`
	Units   map[string]map[string]any `json:"units"`
	Munis   map[string]*refNetworkP   `json:"municipalities"`
}

func readReferenceP(t *testing.T, name string) *refNetworkP {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "reference", name+".json"))
	if err != nil {
		t.Skipf("no reference for %s: %v", name, err)
	}
	var r refNetworkP
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// nearRefP reports whether got is within 1e-9 of want, relative when |want| > 1;
// NaN matches a null (nil) reference.
func nearRefP(got float64, want *float64) bool {
	if want == nil {
		return math.IsNaN(got)
	}
	return math.Abs(got-*want) <= 1e-9*math.Max(1, math.Abs(*want))
}

func TestPathReference(t *testing.T) {
	for _, name := range append(append([]string{}, mitDatasetsP...), gplDatasetsP...) {
		t.Run(name, func(t *testing.T) {
			ref := readReferenceP(t, name)
			n := testNetworkP(t, name)
			checkReferenceP(t, name, n, ref)
			for m, sub := range ref.Munis {
				checkReferenceP(t, name+"/"+m, n.Induced(func(u *graph.Unit) bool { return u.Municipality == m }), sub)
			}
		})
	}
}

func checkReferenceP(t *testing.T, where string, n *graph.Network, ref *refNetworkP) {
	t.Helper()
	pm := Paths(n, PathOptions{Weighted: true})
	cut := CutPoints(n)
	con, eff := holes(n)
	unitFloat := map[string][]float64{
		"strength":                 Strength(n),
		"betweenness":              pm.Betweenness,
		"betweenness_weighted":     pm.BetweennessWeighted,
		"closeness":                pm.Closeness,
		"harmonic":                 pm.Harmonic,
		"eigenvector":              Eigenvector(n),
		"pagerank":                 PageRank(n),
		"constraint":               con,
		"effective_size":           eff,
		"fragmentation_if_removed": cut.FragmentationIfRemoved,
	}
	deg := Degree(n)
	if len(ref.Units) != n.Len() {
		t.Errorf("%s: %d units, reference has %d", where, n.Len(), len(ref.Units))
	}
	for key, want := range ref.Units {
		id, ok := n.Lookup(key)
		if !ok {
			t.Errorf("%s: unit %s missing", where, key)
			continue
		}
		for measure, got := range unitFloat {
			w, _ := want[measure].(float64)
			wp := &w
			if want[measure] == nil {
				wp = nil
			}
			if !nearRefP(got[id], wp) {
				t.Errorf("%s: %s of %s = %.17g, want %v", where, measure, key, got[id], want[measure])
			}
		}
		if d, _ := want["degree"].(float64); int(d) != deg[id] {
			t.Errorf("%s: degree of %s = %d, want %v", where, key, deg[id], d)
		}
		if c, _ := want["cut_point"].(bool); c != cut.CutPoint[id] {
			t.Errorf("%s: cut_point of %s = %v, want %v", where, key, cut.CutPoint[id], c)
		}
	}
	nm := CohesionWith(n, pm)
	got := map[string]float64{
		"units": float64(nm.Units), "ties": float64(nm.Ties), "weight": nm.Weight, "arcs": float64(nm.Arcs),
		"isolates": float64(nm.Isolates), "components": float64(nm.Components), "cut_points": float64(nm.CutPoints),
		"density": nm.Density, "fragmentation": nm.Fragmentation, "distance_fragmentation": nm.DistanceFragmentation,
		"degree_centralization": nm.DegreeCentralization, "betweenness_centralization": nm.BetweennessCentralization,
		"transitivity": nm.Transitivity, "average_clustering": nm.AverageClustering,
		"agency_modularity": nm.AgencyModularity,
	}
	for k, g := range got {
		w, ok := ref.Network[k]
		if !ok {
			t.Errorf("%s: network measure %s not in reference", where, k)
			continue
		}
		if !nearRefP(g, w) {
			t.Errorf("%s: network %s = %.17g, want %v", where, k, g, fmtRefP(w))
		}
	}
}

func fmtRefP(p *float64) string {
	if p == nil {
		return "null"
	}
	return strconv.FormatFloat(*p, 'g', 17, 64)
}
