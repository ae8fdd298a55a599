package metrics

import (
	"context"
	"math"
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
	for name, nw := range approxGraphs(t) {
		exact := Betweenness(nw)
		bad := 0
		for seed := uint64(0); seed < runs; seed++ {
			got, err := BetweennessApprox(context.Background(), nw, eps, delta, seed)
			if err != nil {
				t.Fatal(err)
			}
			for v := range got {
				if math.Abs(got[v]-exact[v]) > eps {
					bad++
					break
				}
			}
		}
		t.Logf("%s: %d of %d runs off", name, bad, runs)
		if float64(bad)/runs > delta {
			t.Errorf("%s: %d of %d runs off by more than %g", name, bad, runs, eps)
		}
	}
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
