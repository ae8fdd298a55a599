package metrics

import (
	"context"
	"math"
	"runtime"
	"testing"

	"github.com/samkart/samkart/graph"
)

func TestBetweennessSample(t *testing.T) {
	for _, c := range []struct {
		vd   int
		eps  float64
		want int
	}{
		{2, 0.1, 281},
		{10, 0.05, 1722},
	} {
		if got := BetweennessSample(c.vd, c.eps, 0.01); got != c.want {
			t.Errorf("BetweennessSample(%d, %g) = %d, want %d", c.vd, c.eps, got, c.want)
		}
	}
}

// TestBetweennessApproxGuarantee checks the guarantee empirically: over
// many seeds the share of runs with any unit off by more than eps stays
// below delta.
func TestBetweennessApproxGuarantee(t *testing.T) {
	const eps, delta, runs = 0.05, 0.1, 40
	for _, weighted := range []bool{false, true} {
		for name, nw := range approxGraphs(t) {
			exact, approx := Betweenness(nw), BetweennessApprox
			if weighted {
				exact, approx = BetweennessWeighted(nw), BetweennessWeightedApprox
			}
			bad, worst := 0, 0.0
			for seed := uint64(0); seed < runs; seed++ {
				got, err := approx(context.Background(), nw, eps, delta, seed)
				if err != nil {
					t.Fatal(err)
				}
				off := 0.0
				for v := range got {
					off = math.Max(off, math.Abs(got[v]-exact[v]))
				}
				worst = math.Max(worst, off)
				if off > eps {
					bad++
				}
			}
			t.Logf("%s weighted=%v: %d of %d runs off, largest error %.4f", name, weighted, bad, runs, worst)
			if float64(bad)/runs > delta {
				t.Errorf("%s weighted=%v: %d of %d runs off by more than %g", name, weighted, bad, runs, eps)
			}
		}
	}
}

// TestBetweennessApproxUniform checks that the bidirectional searches draw
// the shortest paths uniformly: on a grid, where pairs have many shortest
// paths, a large sample comes close to the exact values.
func TestBetweennessApproxUniform(t *testing.T) {
	nw := gridNetwork(t, 7, 7, func(i, j int) float64 { return 1 })
	for _, weighted := range []bool{false, true} {
		exact, approx := Betweenness(nw), BetweennessApprox
		if weighted {
			exact, approx = BetweennessWeighted(nw), BetweennessWeightedApprox
		}
		got, err := approx(context.Background(), nw, 0.01, 0.01, 5)
		if err != nil {
			t.Fatal(err)
		}
		for v := range got {
			if math.Abs(got[v]-exact[v]) > 0.01 {
				t.Errorf("weighted=%v unit %d: %.4f, exact %.4f", weighted, v, got[v], exact[v])
			}
		}
	}
}

// gridNetwork is an r×c grid whose tie from (i,j) rightwards or downwards
// has weight w(i,j).
func gridNetwork(t *testing.T, r, c int, w func(i, j int) float64) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("grid")
	for i := range r * c {
		ds.AddUnit(graph.Unit{Key: plantedKey(i)})
	}
	for i := range r {
		for j := range c {
			v := int32(i*c + j)
			if j+1 < c {
				ds.Contacts = append(ds.Contacts, graph.Contact{From: v, To: v + 1, Weight: w(i, j), Date: graph.NoDate})
			}
			if i+1 < r {
				ds.Contacts = append(ds.Contacts, graph.Contact{From: v, To: v + int32(c), Weight: w(i, j), Date: graph.NoDate})
			}
		}
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func approxGraphs(t *testing.T) map[string]*graph.Network {
	t.Helper()
	out := map[string]*graph.Network{"planted 2000": planted(2000, 50, 4, 1, 7)}
	for _, name := range []string{"krackhardt-advice", "lazega-cowork", "padgett-marriage"} {
		if referenceDir(name) != "" {
			out[name] = referenceNetwork(t, name)
		}
	}
	return out
}

func TestBetweennessApproxDeterministic(t *testing.T) {
	nw := planted(500, 25, 4, 1, 3)
	a, _ := BetweennessApprox(context.Background(), nw, 0.05, 0.01, 9)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b, _ := BetweennessApprox(context.Background(), nw, 0.05, 0.01, 9)
	exact := Betweenness(nw)
	var sa, se float64
	for v := range a {
		if a[v] != b[v] {
			t.Fatalf("unit %d: %v then %v with the same seed", v, a[v], b[v])
		}
		sa, se = sa+a[v], se+exact[v]
	}
	if math.Abs(sa-se) > 0.1*se {
		t.Errorf("sum of estimates %g, exact %g", sa, se)
	}
}

func BenchmarkBetweennessApprox(b *testing.B) {
	nw := planted(2000, 50, 4, 1, 7)
	for b.Loop() {
		if _, err := BetweennessApprox(context.Background(), nw, 0.01, 0.01, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPathsApprox checks sampled harmonic centrality against its bound
// and that small networks keep exact closeness.
func TestPathsApprox(t *testing.T) {
	nw := planted(2000, 50, 4, 1, 7)
	exact := Paths(nw, PathOptions{})
	for _, c := range []struct {
		eps     float64
		sources int
	}{{0.1, 646}, {0.05, 2000}} {
		pm, m, err := PathsApprox(context.Background(), nw, PathOptions{}, c.eps, 0.99, 1)
		if err != nil {
			t.Fatal(err)
		}
		if m.Sources != c.sources || m.Samples == 0 || m.SamplesWeighted != 0 || pm.BetweennessWeighted != nil {
			t.Errorf("eps %g: %+v", c.eps, m)
		}
		worst := 0.0
		for v := range pm.Harmonic {
			worst = math.Max(worst, math.Abs(pm.Harmonic[v]-exact.Harmonic[v])/1999)
			if c.sources == 2000 && (pm.Harmonic[v] != exact.Harmonic[v] || pm.Closeness[v] != exact.Closeness[v]) {
				t.Fatalf("eps %g unit %d: not exact", c.eps, v)
			}
		}
		if worst > c.eps {
			t.Errorf("eps %g: harmonic off by %g", c.eps, worst)
		}
	}
}

// TestComputeApprox checks that Compute samples the whole network's path
// measures when asked, and the measures resting on them follow.
func TestComputeApprox(t *testing.T) {
	nw := planted(2000, 50, 4, 1, 7)
	exact := Compute(nw, Options{Seed: 1, Permutations: -1})
	got := Compute(nw, Options{Seed: 1, Permutations: -1, Approx: 0.01})
	if exact.PathMethod != nil {
		t.Errorf("exact run has a path method %+v", exact.PathMethod)
	}
	m := got.PathMethod
	if m == nil || m.Eps != 0.01 || m.Confidence != DefaultConfidence || m.Samples == 0 || m.SamplesWeighted == 0 {
		t.Fatalf("path method %+v", m)
	}
	for v := range got.Units.Betweenness {
		if d := math.Abs(got.Units.Betweenness[v] - exact.Units.Betweenness[v]); d > 0.01 {
			t.Errorf("unit %d: betweenness off by %g", v, d)
		}
		if d := math.Abs(got.Units.BetweennessWeighted[v] - exact.Units.BetweennessWeighted[v]); d > 0.01 {
			t.Errorf("unit %d: weighted betweenness off by %g", v, d)
		}
	}
	if d := math.Abs(got.Network.BetweennessCentralization - exact.Network.BetweennessCentralization); d > 0.02 || d == 0 {
		t.Errorf("betweenness centralization %g, exact %g", got.Network.BetweennessCentralization, exact.Network.BetweennessCentralization)
	}
}

func BenchmarkBetweennessWeightedApprox(b *testing.B) {
	nw := planted(2000, 50, 4, 1, 7)
	for b.Loop() {
		if _, err := BetweennessWeightedApprox(context.Background(), nw, 0.01, 0.01, 1); err != nil {
			b.Fatal(err)
		}
	}
}
