package metrics

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph"
)

// pathsRef is the part of a reference file this package's path,
// centrality and cohesion measures are checked against.
type pathsRef struct {
	Network map[string]*float64       `json:"network"`
	Units   map[string]map[string]any `json:"units"`
	Munis   map[string]*pathsRef      `json:"municipalities"`
}

func readPathsRef(t *testing.T, name string) *pathsRef {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "reference", name+".json"))
	if err != nil {
		t.Skipf("no reference for %s: %v", name, err)
	}
	var r pathsRef
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

func TestPathReference(t *testing.T) {
	for _, name := range referenceDatasets() {
		t.Run(name, func(t *testing.T) {
			ref := readPathsRef(t, name)
			n := referenceNetwork(t, name)
			checkPathsRef(t, name, n, ref)
			for m, sub := range ref.Munis {
				checkPathsRef(t, name+"/"+m, n.Induced(func(u *graph.Unit) bool { return u.Municipality == m }), sub)
			}
		})
	}
}

func checkPathsRef(t *testing.T, where string, n *graph.Network, ref *pathsRef) {
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
			if !nearRef(got[id], wp) {
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
		if !nearRef(g, w) {
			t.Errorf("%s: network %s = %.17g, want %v", where, k, g, fmtRef(w))
		}
	}
}
