package metrics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

func TestSuiteGolden(t *testing.T) {
	for _, name := range []string{"krackhardt-advice", "lazega-friendship", "padgett-marriage"} {
		t.Run(name, func(t *testing.T) {
			r := Compute(referenceNetwork(t, name), Options{Seed: 1})
			golden(t, filepath.Join("testdata", "golden_suite_"+name+".json"), indentJSON(t, r))
			var b bytes.Buffer
			for _, tb := range r.Tables() {
				fmt.Fprintf(&b, "== %s (%d columns, %d rows)\n", tb.Name, len(tb.Columns), len(tb.Rows))
				for _, row := range tb.Rows {
					if len(row) != len(tb.Columns) {
						t.Errorf("table %s: row of %d cells for %d columns", tb.Name, len(row), len(tb.Columns))
					}
				}
			}
			golden(t, filepath.Join("testdata", "golden_suite_"+name+".tables"), b.Bytes())
		})
	}
}

// TestSuiteAgainstReference checks the values the suite reports against
// the reference files, through the JSON a user sees.
func TestSuiteAgainstReference(t *testing.T) {
	for _, name := range []string{"lazega-advice", "padgett-marriage", "synthetic-isolates", "emon-all"} {
		t.Run(name, func(t *testing.T) {
			ref := readPathsRef(t, name)
			n := referenceNetwork(t, name)
			var out struct {
				Network map[string]any   `json:"network"`
				Units   []map[string]any `json:"units"`
				Munis   []map[string]any `json:"municipalities"`
			}
			if err := json.Unmarshal(indentJSON(t, Compute(n, Options{Seed: 1})), &out); err != nil {
				t.Fatal(err)
			}
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
			check("network", out.Network, netRef)
			if len(out.Units) != len(ref.Units) {
				t.Fatalf("%d units, reference %d", len(out.Units), len(ref.Units))
			}
			for i, u := range out.Units {
				id := u["id"].(string)
				if i > 0 && out.Units[i-1]["id"].(string) >= id {
					t.Errorf("units not sorted by id at %s", id)
				}
				check(id, u, ref.Units[id])
			}
			for _, m := range out.Munis {
				name := m["municipality"].(string)
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
				check("municipality "+name, m, w)
			}
			if len(out.Munis) != len(ref.Munis) {
				t.Errorf("%d municipalities, reference %d", len(out.Munis), len(ref.Munis))
			}
		})
	}
}

// TestSuiteEdgeCases runs the suite where measures are undefined: the
// output must be valid JSON with null there, and nothing may panic.
func TestSuiteEdgeCases(t *testing.T) {
	tests := []struct {
		name  string
		nn    int
		edges [][3]float64
		null  []string // keys that must be null in the network object
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
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				Network map[string]any   `json:"network"`
				Units   []map[string]any `json:"units"`
			}
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatalf("%v in %s", err, b)
			}
			for _, k := range tt.null {
				if v, ok := out.Network[k]; !ok || v != nil {
					t.Errorf("network %s = %v, want null", k, v)
				}
			}
			if len(out.Units) != tt.nn {
				t.Fatalf("%d units, want %d", len(out.Units), tt.nn)
			}
			for _, u := range out.Units {
				// Units without an agency, level or municipality column.
				for _, k := range []string{"agency", "level", "municipality"} {
					if u[k] != nil {
						t.Errorf("unit %v: %s = %v, want null", u["id"], k, u[k])
					}
				}
				if u["degree"].(float64) == 0 && (u["constraint"] != nil || u["effective_size"] != nil) {
					t.Errorf("isolate %v: constraint %v, effective size %v, want null", u["id"], u["constraint"], u["effective_size"])
				}
			}
			for _, tb := range r.Tables() {
				for _, row := range tb.Rows {
					if len(row) != len(tb.Columns) {
						t.Errorf("table %s: row of %d cells for %d columns", tb.Name, len(row), len(tb.Columns))
					}
				}
			}
		})
	}
}

// TestConventionsComplete checks that every measure key of the JSON output
// has a convention.
func TestConventionsComplete(t *testing.T) {
	have := map[string]bool{}
	for _, c := range Conventions() {
		if have[c.Key] {
			t.Errorf("convention %s twice", c.Key)
		}
		have[c.Key] = true
		if c.Definition.NB == "" || c.Definition.EN == "" {
			t.Errorf("convention %s lacks a definition", c.Key)
		}
	}
	for _, c := range append(append([]Column{}, unitColumns...), networkColumns...) {
		if !have[c.Key] {
			t.Errorf("measure %s has no convention", c.Key)
		}
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

// TestWriteJSON checks that the streaming writer gives what a json.Encoder
// with SetIndent("", "  ") gives.
func TestWriteJSON(t *testing.T) {
	for _, name := range []string{"lazega-cowork", "synthetic-isolates"} {
		r := Compute(referenceNetwork(t, name), Options{Seed: 3})
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: WriteJSON differs from json.Encoder (%d and %d bytes)", name, got.Len(), want.Len())
		}
	}
}

// TestJSONKeysAsColumns checks that a unit's and the network's JSON keys
// are the keys of the table columns, in their order.
func TestJSONKeysAsColumns(t *testing.T) {
	tags := func(v any) []string {
		var out []string
		rt := reflect.TypeOf(v)
		for i := range rt.NumField() {
			out = append(out, strings.Split(rt.Field(i).Tag.Get("json"), ",")[0])
		}
		return out
	}
	keys := func(cols []Column) []string {
		var out []string
		for _, c := range cols {
			out = append(out, c.Key)
		}
		return out
	}
	unit := tags(unitJSON{})
	for _, tc := range []struct {
		name      string
		got, want []string
	}{
		{"unit identity", unit[:5], keys((&Result{net: edgeNet(t, 0, nil), Units: &UnitMeasures{}}).UnitsTable().Columns[:5])},
		{"unit measures", unit[5 : len(unit)-1], keys(unitColumns)},
		{"brokerage", tags(BrokerRoles{}), keys(brokerColumns)},
		{"network", tags(networkJSON{}), keys(networkColumns)},
	} {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s: JSON keys %v, columns %v", tc.name, tc.got, tc.want)
		}
	}
}
