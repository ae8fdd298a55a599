package text

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/samkart/samkart/graph/graphtest"
	"io"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// TestMetricsGolden pins the JSON of `samkart metrics` and the shape of
// its tables on three reference datasets.
func TestMetricsGolden(t *testing.T) {
	for _, name := range []string{"krackhardt-advice", "lazega-friendship", "padgett-marriage"} {
		t.Run(name, func(t *testing.T) {
			r := metrics.Compute(referenceNetwork(t, name), metrics.Options{Seed: 1})
			var js bytes.Buffer
			if err := WriteMetricsJSON(&js, r, Suppression{}); err != nil {
				t.Fatal(err)
			}
			graphtest.Golden(t, filepath.Join("testdata", "metrics_"+name+".json"), js.Bytes())
			var b bytes.Buffer
			for _, tb := range MetricsTables(r) {
				fmt.Fprintf(&b, "== %s (%d columns, %d rows)\n", tb.Name, len(tb.Columns), len(tb.Rows))
				for _, row := range tb.Rows {
					if len(row) != len(tb.Columns) {
						t.Errorf("table %s: row of %d cells for %d columns", tb.Name, len(row), len(tb.Columns))
					}
				}
			}
			graphtest.Golden(t, filepath.Join("testdata", "metrics_"+name+".tables"), b.Bytes())
		})
	}
}

// edgeNet returns nn units u0, u1, … without agency, level or
// municipality, tied by edges {a, b, weight}.
func edgeNet(t *testing.T, nn int, edges [][3]float64) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("edges")
	for i := range nn {
		ds.AddUnit(graph.Unit{Key: fmt.Sprintf("u%d", i)})
	}
	for _, e := range edges {
		ds.Contacts = append(ds.Contacts, graph.Contact{From: int32(e[0]), To: int32(e[1]), Weight: e[2], Date: graph.NoDate})
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestMetricsUndefined writes the suite where measures are undefined: the
// JSON must be valid with null there and the tables whole.
func TestMetricsUndefined(t *testing.T) {
	tests := []struct {
		name  string
		nn    int
		edges [][3]float64
		null  []string // keys that must be null in the network object
	}{
		{"empty", 0, nil, []string{"density", "fragmentation", "distance_fragmentation", "degree_centralization",
			"betweenness_centralization", "average_clustering", "agency_modularity"}},
		{"single unit", 1, nil, []string{"density", "fragmentation", "distance_fragmentation", "degree_centralization"}},
		{"isolate beside a triangle", 4, [][3]float64{{0, 1, 1}, {1, 2, 2}, {2, 0, 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := metrics.Compute(edgeNet(t, tt.nn, tt.edges), metrics.Options{Seed: 1})
			b, err := json.Marshal(metricsDoc{r: r})
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
			for _, tb := range MetricsTables(r) {
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
	cols := append(append(append([]Column{}, unitColumns...), networkColumns...), unitStructureColumns...)
	for _, c := range append(append(cols, networkStructureColumns...), eiTestColumns[:4]...) {
		if !have[c.Key] {
			t.Errorf("measure %s has no convention", c.Key)
		}
	}
}

// TestWriteMetricsJSON checks that the streaming writer gives what a
// json.Encoder with SetIndent("", "  ") gives.
func TestWriteMetricsJSON(t *testing.T) {
	for _, name := range []string{"lazega-cowork", "synthetic-isolates"} {
		r := metrics.Compute(referenceNetwork(t, name), metrics.Options{Seed: 3})
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(metricsDoc{r: r}); err != nil {
			t.Fatal(err)
		}
		if err := WriteMetricsJSON(&got, r, Suppression{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: WriteMetricsJSON differs from json.Encoder (%d and %d bytes)", name, got.Len(), want.Len())
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
		{"unit identity", unit[:5], keys(unitIdentity)},
		{"unit measures", unit[5 : len(unit)-2], keys(unitColumns)},
		{"brokerage", tags(brokerJSON{}), keys(brokerColumns)},
		{"unit structure", tags(unitStructureJSON{})[:len(unitStructureColumns)], keys(unitStructureColumns)},
		{"network", tags(networkJSON{}), keys(networkColumns)},
	} {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s: JSON keys %v, columns %v", tc.name, tc.got, tc.want)
		}
	}
}

// nationalShape returns a generated network of the size of the national
// L dataset's units (356 municipalities of 74 units, 26 344 in all), each
// municipality a ring with chords to the unit five steps on, of three
// agencies and two levels; no tie crosses municipalities, so that Compute
// is quick and the benchmark measures what follows it.
func nationalShape(tb testing.TB) *graph.Network {
	tb.Helper()
	const munis, per = 356, 74
	ds := graph.NewDataset("national-shape")
	agencies := []string{"nav", "bolig", "helse"}
	for m := range munis {
		for i := range per {
			k := fmt.Sprintf("m%03d-u%02d", m, i)
			ds.AddUnit(graph.Unit{Key: k, Name: "Enhet " + k, Agency: agencies[i%3], AgencyLabel: agencies[i%3],
				Level: graph.Level(4 + i%2), Municipality: fmt.Sprintf("Kommune %03d", m)})
		}
	}
	for m := range munis {
		at := func(i int) int32 { id, _ := ds.Lookup(fmt.Sprintf("m%03d-u%02d", m, i%per)); return id }
		for i := range per {
			ds.Contacts = append(ds.Contacts,
				graph.Contact{From: at(i), To: at(i + 1), Weight: float64(1 + i%4), Date: graph.NoDate},
				graph.Contact{From: at(i), To: at(i + 5), Weight: 1, Date: graph.NoDate})
		}
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// BenchmarkMetricsJSON streams the JSON of `samkart metrics` for a network
// of national size (see nationalShape) with WriteMetricsJSON.
func BenchmarkMetricsJSON(b *testing.B) {
	r := metrics.Compute(nationalShape(b), metrics.Options{Seed: 1})
	var size countingWriter
	if err := WriteMetricsJSON(&size, r, Suppression{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := WriteMetricsJSON(io.Discard, r, Suppression{}); err != nil {
			b.Fatal(err)
		}
	}
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// TestMetricsByDirected writes the suite with a --by column, the directed
// measures and no permutation test: the column's key follows agency and
// level wherever they are keys, the directed measures are in every unit,
// the tests are null and the tables whole.
func TestMetricsByDirected(t *testing.T) {
	n := referenceNetwork(t, "krackhardt-friendship")
	r := metrics.Compute(n, metrics.Options{Seed: 1, By: "parent", Directed: true, Permutations: -1})
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	if err := enc.Encode(metricsDoc{r: r}); err != nil {
		t.Fatal(err)
	}
	if err := WriteMetricsJSON(&got, r, Suppression{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("WriteMetricsJSON differs from json.Encoder")
	}
	var doc struct {
		Network struct {
			EIIndex map[string]map[string]any `json:"ei_index"`
		}
		Units  []map[string]any
		Groups struct {
			EIIndex map[string]map[string]any `json:"ei_index"`
			Blocks  map[string]any
		}
	}
	if err := json.Unmarshal(got.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if _, ok := doc.Network.EIIndex["parent"]; !ok {
		t.Errorf("network.ei_index has no parent: %v", doc.Network.EIIndex)
	}
	for _, by := range []string{"agency", "level", "municipality", "parent"} {
		e, ok := doc.Groups.EIIndex[by]
		if !ok || e["permutation"] != nil {
			t.Errorf("groups.ei_index.%s = %v, want an index without permutation", by, e)
		}
	}
	if _, ok := doc.Groups.Blocks["parent"]; !ok {
		t.Errorf("no blocks by parent")
	}
	for _, u := range doc.Units {
		for _, k := range []string{"betweenness_directed", "closeness_directed", "closeness_out_directed", "core", "ego_density"} {
			if _, ok := u[k]; !ok {
				t.Errorf("unit %v has no %s", u["id"], k)
			}
		}
		c := u["composition"].(map[string]any)
		if _, ok := c["parent"]; !ok || len(c) != 3 {
			t.Errorf("unit %v: composition %v", u["id"], c)
		}
	}
	names := map[string]bool{}
	for _, tb := range MetricsTables(r) {
		names[tb.Name] = true
		for _, row := range tb.Rows {
			if len(row) != len(tb.Columns) {
				t.Errorf("table %s: row of %d cells for %d columns", tb.Name, len(row), len(tb.Columns))
			}
		}
	}
	for _, name := range []string{"ei_index_parent", "blocks_parent", "ego_composition"} {
		if !names[name] {
			t.Errorf("no table %s", name)
		}
	}
}

// TestQAPConventionsComplete checks that every value of the qap JSON and
// tables has a convention, and no convention is left without a value.
func TestQAPConventionsComplete(t *testing.T) {
	have := map[string]bool{}
	for _, c := range QAPConventions() {
		if have[c.Key] {
			t.Errorf("convention %s twice", c.Key)
		}
		have[c.Key] = true
		if c.Definition.NB == "" || c.Definition.EN == "" {
			t.Errorf("convention %s lacks a definition", c.Key)
		}
	}
	perm := metrics.Permutation{Permutations: 10, Mean: 0.1, SD: 0.2, PGE: 0.3, PLE: 0.7}
	r := &QAPResult{Y: "ties", X: []string{"same-agency", "expected"}, Units: 4, Permutations: 10,
		Correlations: []*metrics.QAPCorrelation{{Y: "ties", X: "same-agency", Pairs: 6, Correlation: 0.5, Permutation: perm}},
		Regression: &metrics.QAPRegression{Y: "ties", Pairs: 6, RSquared: 0.4, AdjRSquared: 0.3,
			Coefficients: []metrics.QAPCoefficient{{Name: "(intercept)", Estimate: 1, T: 2, Permutation: perm, PAbs: 0.5}}}}
	var b bytes.Buffer
	if err := WriteQAPJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Pairs        any
		Mode         any
		Correlations []map[string]any
		Regression   map[string]any
		Conventions  map[string]any
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	// Names, and the permutation summary's parts in the tables, need none.
	skip := map[string]bool{"y": true, "x": true, "name": true, "coefficients": true}
	for _, c := range eiTestColumns[4:] {
		skip[c.Key] = true
	}
	used := map[string]bool{"pairs": true, "mode": true}
	for _, m := range []map[string]any{doc.Correlations[0], doc.Regression, doc.Regression["coefficients"].([]any)[0].(map[string]any)} {
		for k := range m {
			used[k] = !skip[k]
		}
	}
	for _, tb := range QAPTables(r) {
		for _, c := range tb.Columns {
			if !skip[c.Key] {
				used[c.Key] = true
			}
		}
	}
	for k, u := range used {
		if !u {
			delete(used, k)
		}
	}
	for k := range used {
		if !have[k] {
			t.Errorf("qap value %s has no convention", k)
		}
		if doc.Conventions[k] == nil {
			t.Errorf("qap JSON conventions lack %s", k)
		}
	}
	for k := range have {
		if !used[k] {
			t.Errorf("convention %s names no qap value", k)
		}
	}
}
