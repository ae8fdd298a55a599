package metrics

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// refQAP holds the QAP tests of a permutation/<dataset>.json file: sna's
// observed values and 100 000-permutation p-values (generate_qap.R).
type refQAP struct {
	Correlations []struct {
		Y, X, Mode     string
		Municipality   string // a plan test over one municipality's units (metrics/compare)
		Testval        float64
		PGE            float64 `json:"pgreq_tol"`
		PLE            float64 `json:"pleeq_tol"`
		Mean, SD, Reps float64
	}
	Regressions []struct {
		Y            string
		X            []string
		Mode         string
		Coefficients []float64
		Tstat        []float64
		PGE          []float64 `json:"pgreq_tol"`
		PLE          []float64 `json:"pleeq_tol"`
		PAbs         []float64 `json:"pgreqabs_tol"`
		Mean, SD     []float64
		RSquared     float64 `json:"r_squared"`
		AdjRSquared  float64 `json:"adj_r_squared"`
		N, Reps      float64
	}
}

func near(got, want float64) bool { return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want)) }

func TestQAPReference(t *testing.T) {
	for _, name := range structureDatasets() {
		t.Run(name, func(t *testing.T) {
			var ref refPermutation
			readReferenceJSON(t, "permutation", name, &ref)
			if ref.QAP == nil {
				t.Skip("no QAP reference")
			}
			n := structureNetwork(t, name)
			rel := func(name string) *Relation {
				r, err := RelationNamed(n, name)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			for _, c := range ref.QAP.Correlations {
				if c.Municipality != "" || c.X == "expected" {
					continue // the expected relation is metrics/compare's, and tested there
				}
				opt := QAPOptions{PermutationOptions{Permutations: refPermutations, Seed: 1}, c.Mode == "digraph"}
				got, err := QAPCorrelate(rel(c.Y), rel(c.X), opt)
				if err != nil {
					t.Fatal(err)
				}
				where := fmt.Sprintf("%s: gcor(%s, %s)", name, c.Y, c.X)
				if !near(got.Correlation, c.Testval) {
					t.Errorf("%s = %.17g, sna %.17g", where, got.Correlation, c.Testval)
				}
				checkPermutation(t, where, got.Permutation, refPermSummary{Permutations: int(c.Reps),
					Mean: &c.Mean, SD: &c.SD, PGE: &c.PGE, PLE: &c.PLE}, int(c.Reps))
			}
			for _, r := range ref.QAP.Regressions {
				if slices.Contains(r.X, "expected") {
					continue
				}
				xs := make([]*Relation, len(r.X))
				for i, x := range r.X {
					xs[i] = rel(x)
				}
				opt := QAPOptions{PermutationOptions{Permutations: refPermutations, Seed: 1}, r.Mode == "digraph"}
				got, err := QAPRegress(rel(r.Y), xs, opt)
				if err != nil {
					t.Fatal(err)
				}
				where := fmt.Sprintf("%s: netlm(%s ~ %v)", name, r.Y, r.X)
				if got.Pairs != int(r.N) || !near(got.RSquared, r.RSquared) || !near(got.AdjRSquared, r.AdjRSquared) {
					t.Errorf("%s: %d pairs, R² %.17g, adjusted %.17g; sna %v, %.17g, %.17g", where, got.Pairs,
						got.RSquared, got.AdjRSquared, r.N, r.RSquared, r.AdjRSquared)
				}
				for k, c := range got.Coefficients {
					w := fmt.Sprintf("%s: %s", where, c.Name)
					if !near(c.Estimate, r.Coefficients[k]) || !near(c.T, r.Tstat[k]) {
						t.Errorf("%s: estimate %.17g, t %.17g; sna %.17g, %.17g", w, c.Estimate, c.T, r.Coefficients[k], r.Tstat[k])
					}
					checkPermutation(t, w, c.Permutation, refPermSummary{Permutations: int(r.Reps),
						Mean: &r.Mean[k], SD: &r.SD[k], PGE: &r.PGE[k], PLE: &r.PLE[k]}, int(r.Reps))
					if math.Abs(c.PAbs-r.PAbs[k]) > 0.01 {
						t.Errorf("%s: p(|t| ≥ |t_obs|) = %.4f, reference %.4f", w, c.PAbs, r.PAbs[k])
					}
				}
			}
		})
	}
}

// denseOf returns r as an n×n matrix through At.
func denseOf(r *Relation) [][]float64 {
	m := make([][]float64, r.Len())
	for i := range m {
		m[i] = make([]float64, r.Len())
		for j := range m[i] {
			m[i][j] = r.At(int32(i), int32(j))
		}
	}
	return m
}

// testRelations returns relations over n units in every form: sparse
// (symmetric and not), block (with a missing group) and dense.
func testRelations(n int, r *rand.Rand) []*Relation {
	var cells []Cell
	for range 3 * n {
		i, j := int32(r.IntN(n)), int32(r.IntN(n))
		cells = append(cells, Cell{i, j, float64(1 + r.IntN(3))})
	}
	var sym []Cell
	for _, c := range cells[:n] {
		sym = append(sym, c, Cell{c.J, c.I, c.Value})
	}
	group := make([]int32, n)
	for i := range group {
		group[i] = int32(r.IntN(4)) - 1
	}
	blocks := [][]float64{{1, 2, 0}, {2, 0, 5}, {0, 5, 3}}
	asym := [][]float64{{1, 2, 0}, {0, 0, 5}, {7, 5, 3}}
	dense := make([][]float64, n)
	for i := range dense {
		dense[i] = make([]float64, n)
		for j := range dense[i] {
			dense[i][j] = r.Float64()
		}
	}
	return []*Relation{NewRelation("sparse", n, cells), NewRelation("symmetric", n, sym),
		NewBlockRelation("block", group, blocks), NewBlockRelation("asymmetric block", group, asym),
		SameGroup(Partition{Name: "g", Groups: []string{"0", "1", "2"}, Of: group}),
		NewDenseRelation("dense", dense)}
}

// TestPermutedCross checks every pairing of relation forms against a
// brute-force sum over the permuted cells.
func TestPermutedCross(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 23
	rels := testRelations(n, r)
	sc := newQAPScratch(n)
	for trial := range 5 {
		if trial > 0 {
			shuffle(sc.perm, rand.NewPCG(uint64(trial), 9))
			sc.invert()
		}
		for _, a := range rels {
			for _, b := range rels {
				da, db := denseOf(a), denseOf(b)
				want := 0.0
				for i := range n {
					for j := range n {
						if i != j {
							want += da[i][j] * db[sc.perm[i]][sc.perm[j]]
						}
					}
				}
				if got := permutedCross(a, b, sc); math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
					t.Errorf("trial %d: cross(%s, %s) = %v, want %v", trial, a.Name, b.Name, got, want)
				}
			}
		}
	}
	for _, c := range []struct {
		name string
		want bool
	}{{"sparse", false}, {"symmetric", true}, {"block", true}, {"asymmetric block", false}, {"same-g", true}, {"dense", false}} {
		for _, rel := range rels {
			if rel.Name == c.name && rel.Symmetric != c.want {
				t.Errorf("%s: Symmetric = %v", c.name, rel.Symmetric)
			}
		}
	}
}

func TestRelationSums(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, rel := range testRelations(17, r) {
		d := denseOf(rel)
		var s, ss float64
		for i := range d {
			for j := range d {
				s += d[i][j]
				ss += d[i][j] * d[i][j]
			}
		}
		gs, gss := rel.sums()
		if math.Abs(gs-s) > 1e-12*math.Max(1, s) || math.Abs(gss-ss) > 1e-12*math.Max(1, ss) {
			t.Errorf("%s: sums %v %v, want %v %v", rel.Name, gs, gss, s, ss)
		}
	}
}

func TestNewRelation(t *testing.T) {
	r := NewRelation("r", 3, []Cell{{0, 1, 2}, {2, 0, 1}, {0, 1, 3}, {1, 1, 9}, {2, 1, 0}})
	want := [][]float64{{0, 5, 0}, {0, 0, 0}, {1, 0, 0}}
	for i := range 3 {
		for j := range 3 {
			if got := r.At(int32(i), int32(j)); got != want[i][j] {
				t.Errorf("At(%d, %d) = %v, want %v", i, j, got, want[i][j])
			}
		}
	}
	if r.Symmetric {
		t.Error("asymmetric relation reported symmetric")
	}
	defer func() {
		if recover() == nil {
			t.Error("a cell outside the units did not panic")
		}
	}()
	NewRelation("r", 2, []Cell{{0, 2, 1}})
}

// TestQAPCorrelateHand checks a correlation by hand: y is the path
// 0–1–2–3 and x is 1 within the groups {0, 1} and {2, 3}; over the pairs
// 01 02 03 12 13 23, y = (1,0,0,1,0,1) and x = (1,0,0,0,0,1). A permutation
// puts x's groups on {01|23}, {02|13} or {03|12}, each with probability
// 1/3, giving 2, 0 or 1 ties within groups: only the first is as high as
// observed.
func TestQAPCorrelateHand(t *testing.T) {
	y := NewRelation("y", 4, []Cell{{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 1, 1}, {2, 3, 1}, {3, 2, 1}})
	x := SameGroup(Partition{Name: "g", Groups: []string{"a", "b"}, Of: []int32{0, 0, 1, 1}})
	yv := []float64{1, 0, 0, 1, 0, 1}
	xv := []float64{1, 0, 0, 0, 0, 1}
	want := pearson(yv, xv)
	for _, directed := range []bool{false, true} {
		got, err := QAPCorrelate(y, x, QAPOptions{PermutationOptions{Permutations: 2000, Seed: 5}, directed})
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got.Correlation-want) > 1e-15 {
			t.Errorf("directed %v: r = %v, want %v", directed, got.Correlation, want)
		}
		if wantPairs := map[bool]int{false: 6, true: 12}[directed]; got.Pairs != wantPairs {
			t.Errorf("directed %v: %d pairs", directed, got.Pairs)
		}
		if math.Abs(got.Permutation.PGE-1.0/3) > 0.04 || got.Permutation.PLE != 1 {
			t.Errorf("directed %v: p_ge %v, p_le %v; want about 1/3 and 1", directed, got.Permutation.PGE, got.Permutation.PLE)
		}
	}
}

func pearson(a, b []float64) float64 {
	var ma, mb float64
	for i := range a {
		ma += a[i] / float64(len(a))
		mb += b[i] / float64(len(a))
	}
	var sab, saa, sbb float64
	for i := range a {
		sab += (a[i] - ma) * (b[i] - mb)
		saa += (a[i] - ma) * (a[i] - ma)
		sbb += (b[i] - mb) * (b[i] - mb)
	}
	return sab / math.Sqrt(saa*sbb)
}

func TestQAPErrors(t *testing.T) {
	n := structureNetwork(t, "krackhardt-advice")
	arcs, _ := RelationNamed(n, "arcs")
	ties, _ := RelationNamed(n, "ties")
	agency, _ := RelationNamed(n, "same-agency")
	if _, err := QAPCorrelate(arcs, agency, QAPOptions{}); err == nil {
		t.Error("a directed relation passed the undirected test")
	}
	if _, err := QAPRegress(ties, []*Relation{agency, agency}, QAPOptions{}); !errors.Is(err, ErrCollinear) {
		t.Errorf("collinear predictors: %v", err)
	}
	for _, name := range []string{"nonsense", "kind:", "same-", "same-nosuchcolumn"} {
		if _, err := RelationNamed(n, name); err == nil {
			t.Errorf("RelationNamed(%q) did not fail", name)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("relations over different units did not panic")
		}
	}()
	QAPCorrelate(ties, NewRelation("small", 3, nil), QAPOptions{})
}

// TestQAPDirectedMode checks that for symmetric relations the directed
// test gives the same correlations, coefficients and p-values, and
// t-values larger by √((2N − k)/(N − k)).
func TestQAPDirectedMode(t *testing.T) {
	n := structureNetwork(t, "lazega-friendship")
	y, _ := RelationNamed(n, "ties")
	x1, _ := RelationNamed(n, "same-agency")
	x2, _ := RelationNamed(n, "same-municipality")
	opt := QAPOptions{PermutationOptions: PermutationOptions{Permutations: 500, Seed: 11}}
	u, _ := QAPRegress(y, []*Relation{x1, x2}, opt)
	opt.Directed = true
	d, _ := QAPRegress(y, []*Relation{x1, x2}, opt)
	nn, k := float64(u.Pairs), 3.0
	ratio := math.Sqrt((2*nn - k) / (nn - k))
	for i := range u.Coefficients {
		cu, cd := u.Coefficients[i], d.Coefficients[i]
		if !near(cu.Estimate, cd.Estimate) || !near(cd.T, cu.T*ratio) || cu.Permutation.PGE != cd.Permutation.PGE ||
			cu.PAbs != cd.PAbs {
			t.Errorf("%s: undirected %+v, directed %+v", cu.Name, cu, cd)
		}
	}
	if !near(u.RSquared, d.RSquared) {
		t.Errorf("R² %v and %v", u.RSquared, d.RSquared)
	}
}

func TestQAPDeterministic(t *testing.T) {
	n := structureNetwork(t, "lazega-advice")
	y, _ := RelationNamed(n, "ties")
	x1, _ := RelationNamed(n, "same-agency")
	x2, _ := RelationNamed(n, "same-level")
	opt := QAPOptions{PermutationOptions: PermutationOptions{Permutations: 1000, Seed: 8}}
	prev := runtime.GOMAXPROCS(1)
	c1, _ := QAPCorrelate(y, x1, opt)
	r1, _ := QAPRegress(y, []*Relation{x1, x2}, opt)
	runtime.GOMAXPROCS(max(prev, 4))
	c2, _ := QAPCorrelate(y, x1, opt)
	r2, _ := QAPRegress(y, []*Relation{x1, x2}, opt)
	runtime.GOMAXPROCS(prev)
	if fmt.Sprint(*c1) != fmt.Sprint(*c2) || fmt.Sprint(*r1) != fmt.Sprint(*r2) {
		t.Errorf("one core: %v %v\nseveral: %v %v", *c1, *r1, *c2, *r2)
	}
}
