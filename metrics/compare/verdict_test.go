package compare_test

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics/compare"
)

func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		key      string
		dir      compare.Direction
		min, max float64
	}{
		{"units", compare.Neither, 0, math.Inf(1)},
		{"density", compare.HigherBetter, 0, 1},
		{"fragmentation", compare.LowerBetter, 0, 1},
		{"ei_agency", compare.HigherBetter, -1, 1},
		{"ei_level", compare.Neither, -1, 1},
		{"gaps_horizontal", compare.LowerBetter, 0, math.Inf(1)},
		{"multi_party_share", compare.HigherBetter, 0, 1},
		{"key_player_fragmentation", compare.LowerBetter, 0, 1},
	} {
		m, ok := compare.Describe(tc.key)
		if !ok || m.Direction != tc.dir || m.Min != tc.min || m.Max != tc.max {
			t.Errorf("Describe(%s) = %+v, %v; want %v %v..%v", tc.key, m, ok, tc.dir, tc.min, tc.max)
		}
	}
	for _, key := range compare.Measures {
		if _, ok := compare.Describe(key); !ok {
			t.Errorf("measure %s has no description", key)
		}
	}
	if _, ok := compare.Describe("nonsense"); ok {
		t.Error("Describe(nonsense) ok")
	}
	for _, d := range []compare.Direction{compare.Neither, compare.HigherBetter, compare.LowerBetter} {
		b, _ := d.MarshalText()
		var back compare.Direction
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("%v: round trip %v, %v", d, back, err)
		}
	}
}

func TestBetterClear(t *testing.T) {
	density, _ := compare.Describe("density")
	gaps, _ := compare.Describe("gaps_vertical")
	ei, _ := compare.Describe("ei_agency")
	units, _ := compare.Describe("units")
	for _, tc := range []struct {
		m             compare.Measure
		diff          float64
		better, clear int
	}{
		{density, 0.2, 1, 1}, {density, -0.2, -1, -1}, {density, 0.03, 1, 0}, {density, 0, 0, 0},
		{gaps, 1, -1, -1}, {gaps, -2, 1, 1}, {gaps, 0.5, -1, 0},
		{ei, 0.08, 1, 0}, {ei, 0.1, 1, 1}, {ei, math.NaN(), 0, 0},
		{units, 10, 0, 0},
	} {
		if got := tc.m.Direction.Better(tc.diff); got != tc.better {
			t.Errorf("%s Better(%v) = %d, want %d", tc.m.Key, tc.diff, got, tc.better)
		}
		if got := tc.m.Clear(tc.diff); got != tc.clear {
			t.Errorf("%s Clear(%v) = %d, want %d", tc.m.Key, tc.diff, got, tc.clear)
		}
	}
}

// TestVerdictsRegion judges the six municipalities of examples/region:
// Myrstad, with 13 horizontal gaps, the longest paths and the most
// siloed agencies, is the least coordinated; Storsand, small and dense,
// the most.
func TestVerdictsRegion(t *testing.T) {
	ds, err := importers.Load(filepath.Join("..", "..", "examples", "region"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := compare.Municipalities(n, compare.Options{})
	want := map[string]string{
		"Brattøy":  "near_median",
		"Granmo":   "mostly_better",
		"Havvik":   "near_median",
		"Lysdal":   "near_median",
		"Myrstad":  "least_coordinated most_fragmented most_gaps most_dependent most_siloed",
		"Storsand": "most_coordinated",
	}
	for _, r := range c.Municipalities {
		var got []string
		for _, v := range r.Verdicts {
			got = append(got, v.String())
		}
		if g := strings.Join(got, " "); g != want[r.Name] {
			t.Errorf("%s: %q, want %q", r.Name, g, want[r.Name])
		}
	}
	// Myrstad's gaps rank last: 1 = fewest.
	k := c.Measure("gaps_horizontal")
	for _, r := range c.Municipalities {
		if r.Name == "Myrstad" && r.Rank[k] != 6 {
			t.Errorf("Myrstad horizontal gaps rank %d, want 6 (the most gaps)", r.Rank[k])
		}
	}
}

// TestVerdictsFew: a region of two municipalities is not judged.
func TestVerdictsFew(t *testing.T) {
	c := compare.Municipalities(compareDataset(t), compare.Options{})
	for _, r := range c.Municipalities {
		if len(r.Verdicts) != 0 {
			t.Errorf("%s: verdicts %v in a region of two", r.Name, r.Verdicts)
		}
	}
}
