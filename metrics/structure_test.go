package metrics

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// exampleDatasets are reference datasets from the repository's examples.
var exampleDatasets = []string{"region", "kommune"}

// structureDatasets are the datasets with structure and permutation
// references.
func structureDatasets() []string {
	return append(append(append([]string{}, mitDatasets...), gplDatasets...), exampleDatasets...)
}

// structureNetwork loads a reference dataset: the examples from
// ../examples, the others as referenceNetwork does.
func structureNetwork(t testing.TB, name string) *graph.Network {
	t.Helper()
	for _, e := range exampleDatasets {
		if name == e {
			ds, err := importers.Load(filepath.Join("..", "examples", name))
			if err != nil {
				t.Fatal(err)
			}
			n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	return referenceNetwork(t, name)
}

// readReferenceJSON reads testdata/reference/<dir>/<name>.json, skipping
// the test when it is absent.
func readReferenceJSON(t *testing.T, dir, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "reference", dir, name+".json"))
	if err != nil {
		t.Skipf("no %s reference for %s: %v", dir, name, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// refStructure is a structure/<dataset>.json file (generate_structure.py).
type refStructure struct {
	Network struct {
		Cliques struct {
			Count, Largest int
		}
		Reciprocity *float64
		Arcs        int
	}
	Units map[string]struct {
		Core, Cliques int
		InDegree      int      `json:"in_degree"`
		OutDegree     int      `json:"out_degree"`
		InStrength    float64  `json:"in_strength"`
		OutStrength   float64  `json:"out_strength"`
		Betweenness   float64  `json:"betweenness_directed"`
		Closeness     float64  `json:"closeness_directed"`
		OutCloseness  float64  `json:"closeness_out_directed"`
		EgoSize       int      `json:"ego_size"`
		EgoTies       int      `json:"ego_ties"`
		EgoDensity    *float64 `json:"ego_density"`
		EgoConstraint *float64 `json:"ego_constraint"`
		EgoEffective  *float64 `json:"ego_effective_size"`
		Composition   map[string]struct {
			Known  int
			Counts map[string]int
			Blau   *float64
		}
	}
	Municipalities map[string]*refStructure
}

func TestStructureReference(t *testing.T) {
	for _, name := range structureDatasets() {
		t.Run(name, func(t *testing.T) {
			var ref refStructure
			readReferenceJSON(t, "structure", name, &ref)
			n := structureNetwork(t, name)
			checkStructure(t, name, n, &ref)
			for m, sub := range ref.Municipalities {
				checkStructure(t, name+"/"+m, n.Induced(func(u *graph.Unit) bool { return u.Municipality == m }), sub)
			}
		})
	}
}

func checkStructure(t *testing.T, where string, n *graph.Network, ref *refStructure) {
	t.Helper()
	core, cl, dir, dp, eg := CoreNumber(n), Cliques(n), Direction(n), DirectedPaths(n), Ego(n)
	if cl.Count != ref.Network.Cliques.Count || cl.Largest != ref.Network.Cliques.Largest {
		t.Errorf("%s: cliques %d, largest %d; want %d, %d", where, cl.Count, cl.Largest,
			ref.Network.Cliques.Count, ref.Network.Cliques.Largest)
	}
	if !nearRef(dir.Reciprocity, ref.Network.Reciprocity) {
		t.Errorf("%s: reciprocity %v, want %v", where, dir.Reciprocity, fmtRef(ref.Network.Reciprocity))
	}
	if len(n.Arcs()) != ref.Network.Arcs {
		t.Errorf("%s: %d arcs, want %d", where, len(n.Arcs()), ref.Network.Arcs)
	}
	if len(ref.Units) != n.Len() {
		t.Fatalf("%s: %d units, reference has %d", where, n.Len(), len(ref.Units))
	}
	for key, want := range ref.Units {
		v, ok := n.Lookup(key)
		if !ok {
			t.Fatalf("%s: unit %s missing", where, key)
		}
		ints := []struct {
			name      string
			got, want int
		}{
			{"core", core[v], want.Core}, {"cliques", cl.Of[v], want.Cliques},
			{"in_degree", dir.InDegree[v], want.InDegree}, {"out_degree", dir.OutDegree[v], want.OutDegree},
			{"ego_size", eg.Size[v], want.EgoSize}, {"ego_ties", eg.Ties[v], want.EgoTies},
		}
		for _, c := range ints {
			if c.got != c.want {
				t.Errorf("%s: %s of %s = %d, want %d", where, c.name, key, c.got, c.want)
			}
		}
		floats := []struct {
			name string
			got  float64
			want *float64
		}{
			{"in_strength", dir.InStrength[v], &want.InStrength}, {"out_strength", dir.OutStrength[v], &want.OutStrength},
			{"betweenness_directed", dp.Betweenness[v], &want.Betweenness},
			{"closeness_directed", dp.Closeness[v], &want.Closeness},
			{"closeness_out_directed", dp.OutCloseness[v], &want.OutCloseness},
			{"ego_density", eg.Density[v], want.EgoDensity},
			{"ego_constraint", eg.Constraint[v], want.EgoConstraint},
			{"ego_effective_size", eg.EffectiveSize[v], want.EgoEffective},
		}
		for _, c := range floats {
			if !nearRef(c.got, c.want) {
				t.Errorf("%s: %s of %s = %.17g, want %s", where, c.name, key, c.got, fmtRef(c.want))
			}
		}
	}
	checkComposition(t, where, n, ref)
}

func checkComposition(t *testing.T, where string, n *graph.Network, ref *refStructure) {
	t.Helper()
	comps := map[string]*Composition{}
	for key, want := range ref.Units {
		v, _ := n.Lookup(key)
		for col, w := range want.Composition {
			c := comps[col]
			if c == nil {
				c = EgoComposition(n, PartitionByColumn(n, col))
				comps[col] = c
			}
			if c.Known[v] != w.Known {
				t.Errorf("%s: %s contacts of %s with known %s = %d, want %d", where, key, key, col, c.Known[v], w.Known)
			}
			got := map[string]int{}
			for _, gc := range c.Counts[v] {
				got[c.Partition.Groups[gc.Group]] = gc.Contacts
			}
			if len(got) != len(w.Counts) {
				t.Errorf("%s: %s composition of %s = %v, want %v", where, col, key, got, w.Counts)
			}
			for g, k := range w.Counts {
				if got[g] != k {
					t.Errorf("%s: %s contacts of %s in %s = %d, want %d", where, col, key, g, got[g], k)
				}
				if gi := groupPos(c.Partition, g); w.Known > 0 && math.Abs(c.Share(v, gi)-float64(k)/float64(w.Known)) > 1e-15 {
					t.Errorf("%s: %s share of %s in %s = %v", where, col, key, g, c.Share(v, gi))
				}
			}
			if !nearRef(c.Blau[v], w.Blau) {
				t.Errorf("%s: Blau index of %s by %s = %.17g, want %s", where, key, col, c.Blau[v], fmtRef(w.Blau))
			}
		}
	}
}

func groupPos(p Partition, g string) int {
	for i, x := range p.Groups {
		if x == g {
			return i
		}
	}
	return -1
}
