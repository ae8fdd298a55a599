package compare_test

import (
	"fmt"
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics/compare"
)

// compareDataset builds three municipalities in two regions:
//
//   - A1 (region a, programme, population 1000): NAV, the housing office
//     (level 4) and the leadership (level 3), all at one meeting, and one
//     informal phone call from NAV to the housing office: a triangle.
//   - A2 (region a, not in a programme, population 2000): NAV and the
//     property department (level 4), the leadership (level 3); only NAV
//     and the leadership are tied, by one formal contact.
//   - B1 (region b, programme, population 500): a lone NAV office.
func compareDataset(t testing.TB) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("cmp")
	add := func(key, agency string, level graph.Level, mun string) int32 {
		i, ok := ds.AddUnit(graph.Unit{Key: key, Name: key + " name", Agency: agency, AgencyLabel: agency, Level: level, Municipality: mun})
		if !ok {
			t.Fatalf("duplicate %s", key)
		}
		return i
	}
	a1nav := add("a1-nav", "nav", 4, "A1")
	a1bol := add("a1-bol", "bolig", 4, "A1")
	a1led := add("a1-led", "ledelse", 3, "A1")
	a2nav := add("a2-nav", "nav", 4, "A2")
	add("a2-eie", "eiendom", 4, "A2")
	a2led := add("a2-led", "ledelse", 3, "A2")
	add("b1-nav", "nav", 4, "B1")
	day := graph.DateOf(time.Date(2011, 3, 1, 0, 0, 0, 0, time.UTC))
	ds.Contacts = []graph.Contact{
		{From: a1nav, To: a1bol, Weight: 1, Date: day, Kind: ds.Kind("phone"), Formal: false},
		{From: a2nav, To: a2led, Weight: 1, Date: day, Kind: ds.Kind("meeting"), Formal: true},
	}
	ds.Meetings = []graph.Meeting{{Key: "m1", Units: []int32{a1nav, a1bol, a1led}, Date: day, Kind: ds.Kind("meeting"), Formal: true}}
	ds.Municipalities = []graph.Municipality{
		{Name: "A1", Region: "a", Programme: graph.Yes, Numbers: []graph.Num{{Name: "population", Value: 1000}}},
		{Name: "A2", Region: "a", Programme: graph.No, Numbers: []graph.Num{{Name: "population", Value: 2000}}},
		{Name: "B1", Region: "b", Programme: graph.Yes, Numbers: []graph.Num{{Name: "population", Value: 500}}},
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCompare(t *testing.T) {
	n := compareDataset(t)
	c := compare.Municipalities(n, compare.Options{Regions: true})
	nan := math.NaN()
	third := 1.0 / 3
	// want[municipality] = the measures in Measures order.
	want := map[string][]float64{
		//    units ties density frag  dfrag deg.c  EI ag EI lv gapsH gapsV inf   3+    kpF
		"A1": {3, 3, 1, 0, 0, 0, 1, third, 0, 0, 0.25, 0.75, 0},
		"A2": {3, 1, third, 2. / 3, 2. / 3, 0.5, 1, 1, 1, 1, 0, 0, 1},
		"B1": {1, 0, nan, nan, nan, nan, nan, nan, 0, 0, nan, nan, nan},
	}
	wantRank := map[string][]int{
		// 1 = best: the lowest fragmentation and gaps rank 1; measures
		// with no direction rank the highest 1.
		"A1": {1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1},
		"A2": {1, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2},
		"B1": {1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0},
	}
	wantKey := map[string]string{"A1": "a1-bol", "A2": "a2-led", "B1": ""}
	if len(c.Municipalities) != 3 {
		t.Fatalf("%d rows, want 3", len(c.Municipalities))
	}
	for i, name := range []string{"A1", "A2", "B1"} {
		r := c.Municipalities[i]
		if r.Name != name {
			t.Fatalf("row %d is %s, want %s", i, r.Name, name)
		}
		for k, m := range c.Measures {
			if !cmpSame(r.Values[k], want[name][k]) {
				t.Errorf("%s %s = %v, want %v", name, m, r.Values[k], want[name][k])
			}
			if r.Rank[k] != wantRank[name][k] {
				t.Errorf("%s %s rank = %d, want %d", name, m, r.Rank[k], wantRank[name][k])
			}
		}
		if r.KeyPlayer != wantKey[name] {
			t.Errorf("%s key player %q, want %q", name, r.KeyPlayer, wantKey[name])
		}
	}
	a1 := c.Municipalities[0]
	if d := a1.DiffMedian[c.Measure("density")]; math.Abs(d-third) > 1e-12 {
		t.Errorf("A1 density − median = %v, want 1/3", d)
	}
	if d := a1.DiffMedian[c.Measure("ties")]; d != 1 {
		t.Errorf("A1 ties − median = %v, want 1", d)
	}
	if len(c.Regions) != 2 || c.Regions[0].Name != "a" || c.Regions[1].Name != "b" {
		t.Fatalf("regions %+v", c.Regions)
	}
	ra := c.Regions[0]
	if ra.Municipalities != 2 || ra.Programmes != 1 || ra.Columns[0] != 3000 {
		t.Errorf("region a: %d municipalities, %d in programme, population %v", ra.Municipalities, ra.Programmes, ra.Columns[0])
	}
	if m := ra.Median[c.Measure("density")]; math.Abs(m-2./3) > 1e-12 {
		t.Errorf("region a median density %v, want 2/3", m)
	}
	// The region's own network: A1 and A2 together, 6 units and 4 ties.
	if u, ti := ra.Values[c.Measure("units")], ra.Values[c.Measure("ties")]; u != 6 || ti != 4 {
		t.Errorf("region a network: %v units, %v ties; want 6, 4", u, ti)
	}
	if g := ra.Values[c.Measure("gaps_horizontal")]; g != 1 {
		t.Errorf("region a horizontal gaps %v, want 1", g)
	}
}

func cmpSame(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 1e-12
}

func TestCompareProgrammeOnly(t *testing.T) {
	c := compare.Municipalities(compareDataset(t), compare.Options{ProgrammeOnly: true})
	var names []string
	for _, r := range c.Municipalities {
		names = append(names, r.Name)
	}
	if got := strings.Join(names, ","); got != "A1,B1" {
		t.Errorf("programme only: %s, want A1,B1", got)
	}
	// Region a now holds A1 alone: every defined measure ranks 1 and
	// equals the median.
	for k, r := range c.Municipalities[0].Rank {
		if !math.IsNaN(c.Municipalities[0].Values[k]) && (r != 1 || c.Municipalities[0].DiffMedian[k] != 0) {
			t.Errorf("%s: rank %d, diff %v; want 1 and 0", c.Measures[k], r, c.Municipalities[0].DiffMedian[k])
		}
	}
	// Without Regions the region rows have no network measures.
	if !math.IsNaN(c.Regions[0].Values[0]) {
		t.Errorf("region values computed without Options.Regions")
	}
}

func TestCompareEmpty(t *testing.T) {
	for _, n := range []*graph.Network{nil, cmpBuild(t, graph.NewDataset("empty"))} {
		c := compare.Municipalities(n, compare.Options{Regions: true})
		if len(c.Municipalities) != 0 || len(c.Regions) != 0 {
			t.Errorf("empty network: %d rows", len(c.Municipalities))
		}
	}
	// Units without a municipality give nothing to compare.
	ds := graph.NewDataset("state")
	ds.AddUnit(graph.Unit{Key: "hb", Agency: "husbanken", Level: 1})
	if c := compare.Municipalities(cmpBuild(t, ds), compare.Options{}); len(c.Municipalities) != 0 {
		t.Errorf("state units only: %d rows", len(c.Municipalities))
	}
}

// TestCompareWhole checks that the gaps of a network built with a scope
// filter are counted on the whole network when given: the scoped one lacks
// Husbanken's regional units, so Strandvik's Husbanken gap (see the gaps
// example, ../gaps/testdata) is counted only then.
func TestCompareWhole(t *testing.T) {
	dir := filepath.Join("..", "gaps", "testdata", "fjordvik")
	ds, err := importers.Source{Files: graph.Files{Units: filepath.Join(dir, "units.csv"),
		Contacts: filepath.Join(dir, "contacts.csv"), Meetings: filepath.Join(dir, "meetings.csv"),
		Municipalities: filepath.Join(dir, "municipalities.csv")}}.Load()
	if err != nil {
		t.Fatal(err)
	}
	whole := cmpBuild(t, ds)
	scoped, err := graph.Build(ds, graph.BuildOptions{Filter: graph.Filter{Scope: "Strandvik"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opt  compare.Options
		want float64
	}{{compare.Options{}, 0}, {compare.Options{Whole: whole}, 1}} {
		c := compare.Municipalities(scoped, tc.opt)
		if len(c.Municipalities) != 1 || c.Municipalities[0].Values[c.Measure("gaps_vertical")] != tc.want {
			t.Errorf("Whole %v: %+v, want %v vertical gaps", tc.opt.Whole != nil, c.Municipalities, tc.want)
		}
	}
}

func cmpBuild(t testing.TB, ds *graph.Dataset) *graph.Network {
	t.Helper()
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func ExampleMunicipalities() {
	ds := graph.NewDataset("example")
	for _, u := range []graph.Unit{
		{Key: "v-nav", Agency: "nav", Level: 4, Municipality: "Vik"},
		{Key: "v-bol", Agency: "bolig", Level: 4, Municipality: "Vik"},
		{Key: "s-nav", Agency: "nav", Level: 4, Municipality: "Sund"},
		{Key: "s-bol", Agency: "bolig", Level: 4, Municipality: "Sund"},
		{Key: "s-eie", Agency: "eiendom", Level: 4, Municipality: "Sund"},
	} {
		ds.AddUnit(u)
	}
	ds.Contacts = []graph.Contact{{From: 0, To: 1, Weight: 1}, {From: 2, To: 3, Weight: 1}}
	n, _ := graph.Build(ds, graph.BuildOptions{})
	c := compare.Municipalities(n, compare.Options{})
	d := c.Measure("density")
	for _, r := range c.Municipalities {
		fmt.Printf("%s: density %.3f, rank %d, %+.3f from the median\n", r.Name, r.Values[d], r.Rank[d], r.DiffMedian[d])
	}
	// Output:
	// Sund: density 0.333, rank 2, -0.333 from the median
	// Vik: density 1.000, rank 1, +0.333 from the median
}
