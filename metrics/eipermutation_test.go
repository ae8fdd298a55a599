package metrics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// refPermutation is a permutation/<dataset>.json file
// (generate_permutation.py).
type refPermutation struct {
	Permutations int
	EI           map[string]refEITest
	QAP          *refQAP
}

type refEITest struct {
	Index, Expected, Min, Max, Rescaled *float64
	Internal, External                  int
	Permutation                         refPermSummary
	Groups                              map[string]struct {
		Units, Internal, External int
		Index                     *float64
		Permutation               refPermSummary
	}
}

type refPermSummary struct {
	Permutations int
	Mean, SD     *float64
	PGE          *float64 `json:"p_ge"`
	PLE          *float64 `json:"p_le"`
}

// refPermutations is the number of permutations the tests draw to compare
// with the 100 000 of the reference: the p-values of both are then within
// 0.0016 (one standard deviation) of the true ones.
const refPermutations = 100000

func TestEIPermutationReference(t *testing.T) {
	for _, name := range structureDatasets() {
		t.Run(name, func(t *testing.T) {
			var ref refPermutation
			readReferenceJSON(t, "permutation", name, &ref)
			n := structureNetwork(t, name)
			for col, want := range ref.EI {
				p := PartitionByColumn(n, col)
				got := EIPermutationTest(n, p, PermutationOptions{Permutations: refPermutations, Seed: 1})
				where := name + "/" + col
				checkEIObserved(t, where, got, want)
				checkPermutation(t, where, got.Permutation, want.Permutation, ref.Permutations)
				if len(got.Groups) != len(want.Groups) {
					t.Errorf("%s: %d groups, want %d", where, len(got.Groups), len(want.Groups))
				}
				for _, g := range got.Groups {
					w := want.Groups[g.Group]
					if g.Units != w.Units || g.Internal != w.Internal || g.External != w.External || !nearRef(g.Index, w.Index) {
						t.Errorf("%s/%s: units %d, internal %d, external %d, index %v; want %+v",
							where, g.Group, g.Units, g.Internal, g.External, g.Index, w)
					}
					checkPermutation(t, where+"/"+g.Group, g.Permutation, w.Permutation, ref.Permutations)
				}
			}
		})
	}
}

func checkEIObserved(t *testing.T, where string, got *EITest, want refEITest) {
	t.Helper()
	if got.Internal != want.Internal || got.External != want.External {
		t.Errorf("%s: internal %d, external %d; want %d, %d", where, got.Internal, got.External, want.Internal, want.External)
	}
	for _, c := range []struct {
		name string
		got  float64
		want *float64
	}{
		{"index", got.Index, want.Index}, {"expected", got.Expected, want.Expected},
		{"min", got.Min, want.Min}, {"max", got.Max, want.Max}, {"rescaled", got.Rescaled, want.Rescaled},
	} {
		if !nearRef(c.got, c.want) {
			t.Errorf("%s: %s = %.17g, want %s", where, c.name, c.got, fmtRef(c.want))
		}
	}
}

// checkPermutation compares a permutation summary with a reference drawn
// independently: p-values within 0.01, the mean within four standard
// errors of the difference of two sample means and the standard deviation
// within 6% (the distributions of small groups are lumpy and heavy-tailed:
// their sd differs by up to 3% between runs of 400 000 permutations).
func checkPermutation(t *testing.T, where string, got Permutation, want refPermSummary, total int) {
	t.Helper()
	if want.Permutations == 0 || want.Mean == nil {
		if got.Permutations != 0 && want.Permutations != 0 {
			t.Errorf("%s: %d permutations defined, reference none", where, got.Permutations)
		}
		return
	}
	if math.Abs(float64(got.Permutations)/refPermutations-float64(want.Permutations)/float64(total)) > 0.01 {
		t.Errorf("%s: defined in %d of %d permutations, reference %d of %d", where, got.Permutations,
			refPermutations, want.Permutations, total)
	}
	sd := *want.SD
	se := sd*math.Sqrt(1/float64(got.Permutations)+1/float64(want.Permutations)) + 1e-12
	if math.Abs(got.Mean-*want.Mean) > 4*se {
		t.Errorf("%s: mean %.6f, reference %.6f (se %.2g)", where, got.Mean, *want.Mean, se)
	}
	if math.Abs(got.SD-sd) > 0.06*sd+1e-12 {
		t.Errorf("%s: sd %.6f, reference %.6f", where, got.SD, sd)
	}
	for _, c := range []struct {
		name string
		got  float64
		want *float64
	}{{"p_ge", got.PGE, want.PGE}, {"p_le", got.PLE, want.PLE}} {
		if c.want == nil {
			if !math.IsNaN(c.got) {
				t.Errorf("%s: %s = %v, want null", where, c.name, c.got)
			}
			continue
		}
		if math.Abs(c.got-*c.want) > 0.01 {
			t.Errorf("%s: %s = %.4f, reference %.4f", where, c.name, c.got, *c.want)
		}
	}
}

// TestEIPermutationObserved checks that the observed indices are
// EIIndex's.
func TestEIPermutationObserved(t *testing.T) {
	for _, name := range []string{"krackhardt-advice", "lazega-cowork", "synthetic-floatpaths", "region"} {
		n := structureNetwork(t, name)
		for _, by := range []Attribute{ByAgency, ByLevel, ByMunicipality} {
			want := EIIndex(n, by)
			got := EIPermutationTest(n, PartitionBy(n, by), PermutationOptions{Permutations: 10})
			if !sameFloat(got.Index, want.Index) || got.Internal != want.Internal || got.External != want.External {
				t.Errorf("%s/%s: %v %d %d, EIIndex %v %d %d", name, by, got.Index, got.Internal, got.External,
					want.Index, want.Internal, want.External)
			}
			for g, wg := range want.Groups {
				gg := got.Groups[g]
				if gg.Group != wg.Group || gg.Units != wg.Units || !sameFloat(gg.Index, wg.Index) ||
					gg.Internal != wg.Internal || gg.External != wg.External {
					t.Errorf("%s/%s: group %+v, EIIndex %+v", name, by, gg, wg)
				}
			}
		}
	}
}

func sameFloat(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

// TestEIPermutationExpectation checks the whole-network mean against the
// exact expectation, within four standard errors.
func TestEIPermutationExpectation(t *testing.T) {
	for _, name := range structureDatasets() {
		n := structureNetwork(t, name)
		for _, col := range []string{"agency", "level", "municipality", "parent"} {
			p := PartitionByColumn(n, col)
			res := EIPermutationTest(n, p, PermutationOptions{Seed: 7})
			if res.Permutation.Permutations == 0 {
				continue
			}
			if res.Permutation.Permutations != DefaultPermutations {
				t.Errorf("%s/%s: %d permutations", name, col, res.Permutation.Permutations)
			}
			se := res.Permutation.SD / math.Sqrt(float64(res.Permutation.Permutations))
			if d := math.Abs(res.Permutation.Mean - res.Expected); d > 4*se+1e-12 {
				t.Errorf("%s/%s: permutation mean %.6f, expected %.6f (se %.2g)", name, col,
					res.Permutation.Mean, res.Expected, se)
			}
		}
	}
}

func TestExpectedEI(t *testing.T) {
	for _, c := range []struct {
		sizes []int
		want  float64
	}{
		{[]int{2, 2}, 1.0 / 3},                 // 4 same-group pairs of 12 ordered ones
		{[]int{1, 1, 1}, 1},                    // no pair can be internal
		{[]int{5}, -1},                         // every pair is internal
		{[]int{3, 1}, 0},                       // 6 of 12
		{[]int{10, 20, 30}, 1 - 2*1340.0/3540}, // (90+380+870) same-group pairs of 60·59
		{[]int{1}, math.NaN()},                 // fewer than two units
		{nil, math.NaN()},
	} {
		if got := ExpectedEI(c.sizes); !sameFloat(got, c.want) && math.Abs(got-c.want) > 1e-15 {
			t.Errorf("ExpectedEI(%v) = %v, want %v", c.sizes, got, c.want)
		}
	}
}

// TestEIRescaled checks Min, Max and Rescaled on a hand-made network:
// groups {a, b, c} and {d, e}, ties a–b, a–d, b–e, c–d.
func TestEIRescaled(t *testing.T) {
	n := literalNet(t, []unitSpec{{key: "a", agency: "x"}, {key: "b", agency: "x"}, {key: "c", agency: "x"},
		{key: "d", agency: "y"}, {key: "e", agency: "y"}},
		[]arcSpec{{from: "a", to: "b"}, {from: "a", to: "d"}, {from: "b", to: "e"}, {from: "c", to: "d"}})
	res := EIPermutationTest(n, PartitionBy(n, ByAgency), PermutationOptions{Permutations: 100, Seed: 3})
	// 4 ties, 1 internal: E-I = 0.5. Internal pairs 3 + 1 = 4, external 6:
	// min (4 − 8)/4 = −1, max (8 − 4)/4 = 1, rescaled = 0.5.
	// Expected: 1 − 2·(6 + 2)/20 = 0.2.
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"index", res.Index, 0.5}, {"min", res.Min, -1}, {"max", res.Max, 1}, {"rescaled", res.Rescaled, 0.5},
		{"expected", res.Expected, 0.2}} {
		if math.Abs(c.got-c.want) > 1e-15 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	// With 5 ties of 6 possible external pairs, min is (5 − 8)/5.
	n = literalNet(t, []unitSpec{{key: "a", agency: "x"}, {key: "b", agency: "x"}, {key: "c", agency: "x"},
		{key: "d", agency: "y"}, {key: "e", agency: "y"}},
		[]arcSpec{{from: "a", to: "b"}, {from: "a", to: "d"}, {from: "b", to: "e"}, {from: "c", to: "d"}, {from: "c", to: "e"}})
	res = EIPermutationTest(n, PartitionBy(n, ByAgency), PermutationOptions{Permutations: 100})
	if want := -3.0 / 5; math.Abs(res.Min-want) > 1e-15 || res.Max != 1 {
		t.Errorf("min %v max %v, want %v and 1", res.Min, res.Max, want)
	}
	if want := 2*(0.6-res.Min)/(1-res.Min) - 1; math.Abs(res.Rescaled-want) > 1e-15 {
		t.Errorf("rescaled %v, want %v", res.Rescaled, want)
	}
}

// TestEIPermutationDeterministic checks that a seed gives the same result
// on one core and on several, and another seed another result.
func TestEIPermutationDeterministic(t *testing.T) {
	n := structureNetwork(t, "lazega-advice")
	p := PartitionBy(n, ByMunicipality)
	opt := PermutationOptions{Permutations: 3000, Seed: 42}
	prev := runtime.GOMAXPROCS(1)
	one := fmt.Sprintf("%+v", *EIPermutationTest(n, p, opt))
	runtime.GOMAXPROCS(max(prev, 4))
	many := fmt.Sprintf("%+v", *EIPermutationTest(n, p, opt))
	runtime.GOMAXPROCS(prev)
	if one != many {
		t.Errorf("one core:\n%s\nseveral:\n%s", one, many)
	}
	opt.Seed++
	if other := fmt.Sprintf("%+v", *EIPermutationTest(n, p, opt)); other == one {
		t.Error("seeds 42 and 43 give the same result")
	}
}

// TestEIPermutationEdgeCases covers networks where nothing or only some
// groups can be tested.
func TestEIPermutationEdgeCases(t *testing.T) {
	n := literalNet(t, []unitSpec{{key: "a", agency: "x"}, {key: "b"}, {key: "c", agency: "y"}},
		[]arcSpec{{from: "a", to: "b"}})
	res := EIPermutationTest(n, PartitionBy(n, ByAgency), PermutationOptions{Permutations: 50})
	if !math.IsNaN(res.Index) || res.Permutation.Permutations != 0 || !math.IsNaN(res.Permutation.PGE) ||
		!math.IsNaN(res.Min) || !math.IsNaN(res.Rescaled) || res.Expected != 1 {
		t.Errorf("no qualifying tie: %+v", res)
	}
	// One tie between the two labelled units: always external.
	n = literalNet(t, []unitSpec{{key: "a", agency: "x"}, {key: "b"}, {key: "c", agency: "y"}},
		[]arcSpec{{from: "a", to: "c"}, {from: "a", to: "b"}})
	res = EIPermutationTest(n, PartitionBy(n, ByAgency), PermutationOptions{Permutations: 50})
	want := Permutation{Permutations: 50, Mean: 1, SD: 0, PGE: 1, PLE: 1}
	if res.Index != 1 || res.Permutation != want {
		t.Errorf("one external tie: index %v, permutation %+v", res.Index, res.Permutation)
	}
	if res.Min != 1 || res.Max != 1 || !math.IsNaN(res.Rescaled) {
		t.Errorf("min %v, max %v, rescaled %v; want 1, 1, NaN", res.Min, res.Max, res.Rescaled)
	}
}

// TestEIWideCount checks the bit-sliced count of many labellings against
// counting them one at a time, with hubs whose partners need several
// planes and groups up to wideGroups, some units without a group.
func TestEIWideCount(t *testing.T) {
	for _, tc := range []struct {
		seed          uint64
		units, groups int
	}{{1, 30, 1}, {2, 120, 3}, {3, 300, 9}, {4, 200, wideGroups}} {
		n := randomNet(t, tc.seed, tc.units, tc.units*6)
		r := rand.New(rand.NewPCG(tc.seed, 0))
		p := Partition{Name: "test", Of: make([]int32, tc.units)}
		for g := range tc.groups {
			p.Groups = append(p.Groups, fmt.Sprint(g))
		}
		for v := range p.Of {
			p.Of[v] = int32(r.IntN(tc.groups+1)) - 1
		}
		ec := newEICounter(n, p)
		w := newEIWide(ec)
		g := tc.groups
		for _, labellings := range []int{1, 37, 64} {
			lab := append([]int32(nil), ec.labels...)
			labs := make([][]int32, labellings)
			w.reset()
			for k := range labellings {
				r.Shuffle(len(lab), func(i, j int) { lab[i], lab[j] = lab[j], lab[i] })
				labs[k] = append([]int32(nil), lab...)
				w.mark(ec, k, lab)
			}
			in, ex, il := make([]int32, 64*g), make([]int32, 64*g), make([]int, 64)
			w.count(ec, labellings, in, ex, il)
			for k, lab := range labs {
				in1, ex1 := make([]int32, g), make([]int32, g)
				il1 := ec.count(lab, in1, ex1)
				if il[k] != il1 || !slices.Equal(in[k*g:(k+1)*g], in1) || !slices.Equal(ex[k*g:(k+1)*g], ex1) {
					t.Fatalf("seed %d, labelling %d of %d: internal %d %v, external %v; one at a time %d %v, %v",
						tc.seed, k, labellings, il[k], in[k*g:(k+1)*g], ex[k*g:(k+1)*g], il1, in1, ex1)
				}
			}
		}
	}
}
