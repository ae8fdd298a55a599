package metrics

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

// networkValues returns m keyed as the reference files (and the output)
// name the measures: counts as float64, NaN as nil.
func networkValues(m *NetworkMeasures) map[string]any {
	return refValues(map[string]float64{"units": float64(m.Units), "ties": float64(m.Ties), "weight": m.Weight,
		"arcs": float64(m.Arcs), "density": m.Density, "components": float64(m.Components),
		"isolates": float64(m.Isolates), "cut_points": float64(m.CutPoints), "fragmentation": m.Fragmentation,
		"distance_fragmentation": m.DistanceFragmentation, "degree_centralization": m.DegreeCentralization,
		"betweenness_centralization": m.BetweennessCentralization, "transitivity": m.Transitivity,
		"average_clustering": m.AverageClustering, "agency_modularity": m.AgencyModularity}, nil)
}

// unitValues returns the measures of node v as networkValues does.
func unitValues(u *UnitMeasures, v int) map[string]any {
	return refValues(map[string]float64{"degree": float64(u.Degree[v]), "strength": u.Strength[v],
		"betweenness": u.Betweenness[v], "betweenness_weighted": u.BetweennessWeighted[v],
		"closeness": u.Closeness[v], "harmonic": u.Harmonic[v], "eigenvector": u.Eigenvector[v],
		"pagerank": u.PageRank[v], "constraint": u.Constraint[v], "effective_size": u.EffectiveSize[v],
		"fragmentation_if_removed": u.FragmentationIfRemoved[v], "community": float64(u.Community[v])},
		map[string]any{"cut_point": u.CutPoint[v]})
}

func refValues(nums map[string]float64, other map[string]any) map[string]any {
	out := make(map[string]any, len(nums)+len(other))
	for k, x := range nums {
		if math.IsNaN(x) {
			out[k] = nil
		} else {
			out[k] = x
		}
	}
	for k, x := range other {
		out[k] = x
	}
	return out
}

// TestSuiteAgainstReference checks the values the suite reports against
// the reference files, by the keys the output gives them.
func TestSuiteAgainstReference(t *testing.T) {
	for _, name := range []string{"lazega-advice", "padgett-marriage", "synthetic-isolates", "emon-all"} {
		t.Run(name, func(t *testing.T) {
			ref := readPathsRef(t, name)
			n := referenceNetwork(t, name)
			r := Compute(n, Options{Seed: 1})
			check := func(where string, got map[string]any, want map[string]any) {
				for k, w := range want {
					g, ok := got[k]
					if !ok {
						continue // a reference-only value, e.g. betweenness_networkx
					}
					switch w := w.(type) {
					case float64:
						gf, ok := g.(float64)
						if !ok || math.Abs(gf-w) > 1e-9*math.Max(1, math.Abs(w)) {
							t.Errorf("%s: %s = %v, want %v", where, k, g, w)
						}
					case nil:
						if g != nil {
							t.Errorf("%s: %s = %v, want null", where, k, g)
						}
					case bool:
						if g != w {
							t.Errorf("%s: %s = %v, want %v", where, k, g, w)
						}
					}
				}
			}
			netRef := map[string]any{}
			for k, v := range ref.Network {
				if v == nil {
					netRef[k] = nil
				} else {
					netRef[k] = *v
				}
			}
			check("network", networkValues(r.Network), netRef)
			units := r.Net().Units()
			if len(units) != len(ref.Units) {
				t.Fatalf("%d units, reference %d", len(units), len(ref.Units))
			}
			for v, u := range units {
				if v > 0 && units[v-1].Key >= u.Key {
					t.Errorf("units not sorted by id at %s", u.Key)
				}
				check(u.Key, unitValues(r.Units, v), ref.Units[u.Key])
			}
			for _, m := range r.Municipalities {
				name := m.Name
				sub := ref.Munis[name]
				if sub == nil {
					t.Errorf("municipality %s not in the reference", name)
					continue
				}
				w := map[string]any{}
				for k, v := range sub.Network {
					if v == nil {
						w[k] = nil
					} else {
						w[k] = *v
					}
				}
				check("municipality "+name, networkValues(m.Network), w)
			}
			if len(r.Municipalities) != len(ref.Munis) {
				t.Errorf("%d municipalities, reference %d", len(r.Municipalities), len(ref.Munis))
			}
		})
	}
}

// TestSuiteEdgeCases runs the suite where measures are undefined: they
// must be NaN there, and nothing may panic.
func TestSuiteEdgeCases(t *testing.T) {
	tests := []struct {
		name  string
		nn    int
		edges [][3]float64
		null  []string // network measures that must be undefined
	}{
		{"empty", 0, nil, []string{"density", "fragmentation", "distance_fragmentation", "degree_centralization",
			"betweenness_centralization", "average_clustering", "agency_modularity"}},
		{"single unit", 1, nil, []string{"density", "fragmentation", "distance_fragmentation", "degree_centralization"}},
		{"two isolates", 2, nil, []string{"degree_centralization", "betweenness_centralization", "agency_modularity"}},
		{"isolate beside a triangle", 4, [][3]float64{{0, 1, 1}, {1, 2, 2}, {2, 0, 1}}, nil},
		{"dyads", 4, [][3]float64{{0, 1, 1}, {2, 3, 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compute(edgeNet(t, tt.nn, tt.edges), Options{Seed: 1})
			net := networkValues(r.Network)
			for _, k := range tt.null {
				if v, ok := net[k]; !ok || v != nil {
					t.Errorf("network %s = %v, want undefined", k, v)
				}
			}
			if r.Net().Len() != tt.nn || len(r.Units.Degree) != tt.nn {
				t.Fatalf("%d units, want %d", len(r.Units.Degree), tt.nn)
			}
			for v := range tt.nn {
				u := unitValues(r.Units, v)
				if u["degree"].(float64) == 0 && (u["constraint"] != nil || u["effective_size"] != nil) {
					t.Errorf("isolate %d: constraint %v, effective size %v, want undefined", v, u["constraint"], u["effective_size"])
				}
			}
		})
	}
}

func ExampleCompute() {
	ds := graph.NewDataset("example")
	for _, u := range []graph.Unit{
		{Key: "nav", Name: "NAV", Agency: "nav", Municipality: "Alfa"},
		{Key: "bolig", Name: "Boligkontoret", Agency: "bolig", Municipality: "Alfa"},
		{Key: "helse", Name: "Helse og omsorg", Agency: "helse", Municipality: "Alfa"},
		{Key: "hb", Name: "Husbanken Øst", Agency: "husbanken"},
	} {
		ds.AddUnit(u)
	}
	ds.Contacts = []graph.Contact{
		{From: 0, To: 1, Weight: 2, Date: graph.NoDate},
		{From: 1, To: 2, Weight: 1, Date: graph.NoDate},
		{From: 3, To: 1, Weight: 1, Date: graph.NoDate},
	}
	n, _ := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	r := Compute(n, Options{Seed: 1})
	for v, u := range n.Units() {
		fmt.Printf("%-5s degree %d betweenness %.3f cut point %v\n", u.Key, r.Units.Degree[v], r.Units.Betweenness[v], r.Units.CutPoint[v])
	}
	fmt.Printf("fragmentation %.3f, E-I by agency %.0f\n", r.Network.Fragmentation, r.EI.Agency.Index)
	fmt.Println(strings.Join([]string{r.Municipalities[0].Name, r.Municipalities[0].KeyPlayers[0].Keys[0]}, ": key player "))
	// Output:
	// bolig degree 3 betweenness 1.000 cut point true
	// hb    degree 1 betweenness 0.000 cut point false
	// helse degree 1 betweenness 0.000 cut point false
	// nav   degree 1 betweenness 0.000 cut point false
	// fragmentation 0.000, E-I by agency 1
	// Alfa: key player bolig
}

// TestSuiteStructureAgainstReference checks the structure measures and
// E-I tests Compute gathers against the reference files, for the whole
// network and every municipality, with a --by column (parent).
func TestSuiteStructureAgainstReference(t *testing.T) {
	for _, name := range []string{"region", "lazega-advice", "krackhardt-friendship"} {
		t.Run(name, func(t *testing.T) {
			var st refStructure
			var pt refPermutation
			readReferenceJSON(t, "structure", name, &st)
			readReferenceJSON(t, "permutation", name, &pt)
			n := structureNetwork(t, name)
			by := ""
			if _, ok := pt.EI["parent"]; ok {
				by = "parent"
			}
			r := Compute(n, Options{Seed: 1, Permutations: refPermutations, By: by, Directed: true})
			checkSuiteStructure(t, name, n, r.Units, r.Structure, &st)
			if r.Permutations != refPermutations {
				t.Errorf("%d permutations, want %d", r.Permutations, refPermutations)
			}
			wantBy := []string{"agency", "level", "municipality"}
			if by != "" {
				wantBy = append(wantBy, by)
			}
			if len(r.EITests) != len(wantBy) {
				t.Fatalf("%d E-I tests, want %v", len(r.EITests), wantBy)
			}
			for i, e := range r.EITests {
				if e.By != wantBy[i] {
					t.Errorf("E-I test %d by %s, want %s", i, e.By, wantBy[i])
				}
				want, ok := pt.EI[e.By]
				if !ok {
					continue // no municipality column
				}
				checkEIObserved(t, name+"/"+e.By, e, want)
				checkPermutation(t, name+"/"+e.By, e.Permutation, want.Permutation, pt.Permutations)
				for _, g := range e.Groups {
					checkPermutation(t, name+"/"+e.By+"/"+g.Group, g.Permutation, want.Groups[g.Group].Permutation, pt.Permutations)
				}
			}
			if (r.By != nil) != (by != "") || (r.BlocksBy != nil) != (by != "") {
				t.Errorf("by %q: partition %v, blocks %v", by, r.By, r.BlocksBy)
			}
			for _, m := range r.Municipalities {
				sub := st.Municipalities[m.Name]
				if sub == nil {
					t.Errorf("municipality %s not in the reference", m.Name)
					continue
				}
				s := m.Structure
				if s.Cliques != sub.Network.Cliques.Count || s.LargestClique != sub.Network.Cliques.Largest ||
					!nearRef(s.Reciprocity, sub.Network.Reciprocity) {
					t.Errorf("%s/%s: cliques %d, largest %d, reciprocity %v; want %+v", name, m.Name,
						s.Cliques, s.LargestClique, s.Reciprocity, sub.Network)
				}
				if len(m.EITests) != len(wantBy)-1 {
					t.Errorf("%s/%s: %d E-I tests, want %d", name, m.Name, len(m.EITests), len(wantBy)-1)
				}
			}
		})
	}
}

// checkSuiteStructure compares the structure measures of u and s with
// the reference file.
func checkSuiteStructure(t *testing.T, where string, n *graph.Network, u *UnitMeasures, s *StructureMeasures, ref *refStructure) {
	t.Helper()
	if s.Cliques != ref.Network.Cliques.Count || s.LargestClique != ref.Network.Cliques.Largest || !nearRef(s.Reciprocity, ref.Network.Reciprocity) {
		t.Errorf("%s: cliques %d, largest %d, reciprocity %v; want %+v", where, s.Cliques, s.LargestClique, s.Reciprocity, ref.Network)
	}
	if u.Directed == nil || len(u.Composition) < 2 {
		t.Fatalf("%s: directed paths %v, %d compositions", where, u.Directed != nil, len(u.Composition))
	}
	for key, want := range ref.Units {
		v, _ := n.Lookup(key)
		if u.Core[v] != want.Core || u.Cliques[v] != want.Cliques || u.Direction.InDegree[v] != want.InDegree ||
			u.Direction.OutDegree[v] != want.OutDegree || u.Ego.Size[v] != want.EgoSize || u.Ego.Ties[v] != want.EgoTies {
			t.Errorf("%s: %s: core %d, cliques %d, in %d, out %d, ego %d/%d; want %+v", where, key, u.Core[v], u.Cliques[v],
				u.Direction.InDegree[v], u.Direction.OutDegree[v], u.Ego.Size[v], u.Ego.Ties[v], want)
		}
		for _, c := range []struct {
			name string
			got  float64
			want *float64
		}{
			{"in_strength", u.Direction.InStrength[v], &want.InStrength},
			{"out_strength", u.Direction.OutStrength[v], &want.OutStrength},
			{"betweenness_directed", u.Directed.Betweenness[v], &want.Betweenness},
			{"closeness_directed", u.Directed.Closeness[v], &want.Closeness},
			{"closeness_out_directed", u.Directed.OutCloseness[v], &want.OutCloseness},
			{"ego_density", u.Ego.Density[v], want.EgoDensity},
			{"ego_constraint", u.Ego.Constraint[v], want.EgoConstraint},
			{"ego_effective_size", u.Ego.EffectiveSize[v], want.EgoEffective},
			{"blau agency", u.Composition[0].Blau[v], want.Composition["agency"].Blau},
			{"blau level", u.Composition[1].Blau[v], want.Composition["level"].Blau},
		} {
			if !nearRef(c.got, c.want) {
				t.Errorf("%s: %s of %s = %.17g, want %s", where, c.name, key, c.got, fmtRef(c.want))
			}
		}
	}
}
