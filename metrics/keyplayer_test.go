package metrics

import (
	"math"
	"reflect"
	"testing"

	"github.com/samkart/samkart/graph"
)

// starOfStars: hub 0 tied to sub-hubs 1, 2, 3, each with three leaves.
func starOfStars(t testing.TB) *graph.Network {
	pairs := [][2]int{{0, 1}, {0, 2}, {0, 3}}
	leaf := 4
	for hub := 1; hub <= 3; hub++ {
		for k := 0; k < 3; k++ {
			pairs = append(pairs, [2]int{hub, leaf})
			leaf++
		}
	}
	return literalNet(t, plainUnits(13), plainArcs(pairs...))
}

func TestKeyPlayers(t *testing.T) {
	path := literalNet(t, plainUnits(5), plainArcs([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 3}, [2]int{3, 4}))
	tests := []struct {
		name  string
		n     *graph.Network
		k     int
		units []int64
		f     float64
	}{
		// Without the hub: three stars of 4 among 12 units.
		{"star of stars, k=1", starOfStars(t), 1, []int64{0}, 1 - 36.0/132},
		// Two sub-hubs beat the hub and a sub-hub: a star of 5 and six isolates.
		{"star of stars, k=2", starOfStars(t), 2, []int64{1, 2}, 1 - 20.0/110},
		{"star of stars, k=3", starOfStars(t), 3, []int64{1, 2, 3}, 1},
		{"path, k=1", path, 1, []int64{2}, 1 - 4.0/12},
		{"two stars, k=2", literalNet(t, plainUnits(8), plainArcs([2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4},
			[2]int{4, 5}, [2]int{4, 6}, [2]int{4, 7})), 2, []int64{0, 4}, 1},
		{"k=0", path, 0, []int64{}, 0},
		// Greedy takes 2, then 0 (all choices tie), and {0, 2, 3} leaves
		// only isolates.
		{"k capped at n−2", path, 9, []int64{0, 2, 3}, 1},
		// A cycle cannot be split by one removal: every F is 0 and every
		// unit cuts two ties, so the smallest node ID wins.
		{"cycle", literalNet(t, plainUnits(4), plainArcs([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 3}, [2]int{3, 0})), 1, []int64{0}, 0},
		// Only the clique's member 3 splits off the pendant 4.
		{"clique plus pendant", literalNet(t, plainUnits(5), plainArcs([2]int{0, 1}, [2]int{0, 2}, [2]int{1, 2},
			[2]int{2, 3}, [2]int{1, 3}, [2]int{0, 3}, [2]int{3, 4})), 1, []int64{3}, 1 - 6.0/12},
	}
	for _, tt := range tests {
		got := KeyPlayers(tt.n, tt.k, 42)
		if !reflect.DeepEqual(got.Units, tt.units) || math.Abs(got.Fragmentation-tt.f) > 1e-12 {
			t.Errorf("%s: %v F=%v, want %v F=%v", tt.name, got.Units, got.Fragmentation, tt.units, tt.f)
		}
		if got.Method != KeyPlayerMethod || got.Seed != 42 || len(got.Keys) != len(got.Units) {
			t.Errorf("%s: %+v", tt.name, got)
		}
	}
}

func TestKeyPlayersTieBreak(t *testing.T) {
	// Wheel: hub 0 and rim 1..5. No single removal splits it; the hub cuts
	// the most ties.
	pairs := [][2]int{{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 1}}
	for i := 1; i <= 5; i++ {
		pairs = append(pairs, [2]int{0, i})
	}
	pairs[0], pairs[9] = pairs[9], pairs[0]
	us := plainUnits(6)
	us[0].key = "z" // the hub gets the largest node ID
	arcs := plainArcs(pairs...)
	for i := range arcs {
		if arcs[i].from == plainUnits(1)[0].key {
			arcs[i].from = "z"
		}
		if arcs[i].to == plainUnits(1)[0].key {
			arcs[i].to = "z"
		}
	}
	n := literalNet(t, us, arcs)
	got := KeyPlayers(n, 1, 0)
	if len(got.Keys) != 1 || got.Keys[0] != "z" || got.Fragmentation != 0 {
		t.Errorf("%+v, want the hub z", got)
	}
}

// TestKeyPlayersBruteForce checks that greedy + swap finds the best F on
// the small reference networks, against an exhaustive search.
func TestKeyPlayersBruteForce(t *testing.T) {
	for _, name := range []string{"krackhardt-reports", "padgett-marriage", "padgett-business"} {
		n := referenceNetwork(t, name)
		for k := 1; k <= 3; k++ {
			got := KeyPlayers(n, k, 1)
			best := bruteKPP(n, k)
			if math.Abs(got.Fragmentation-best) > 1e-12 {
				t.Errorf("%s k=%d: %v F=%v, exhaustive best %v", name, k, got.Keys, got.Fragmentation, best)
			}
		}
	}
}

func bruteKPP(n *graph.Network, k int) float64 {
	f := newFragEval(n)
	best := math.Inf(-1)
	var rec func(start, left int)
	rec = func(start, left int) {
		if left == 0 {
			best = math.Max(best, f.eval())
			return
		}
		for v := start; v < n.Len(); v++ {
			f.remove(int32(v))
			rec(v+1, left-1)
			f.restore(int32(v))
		}
	}
	rec(0, k)
	return best
}

func TestKeyPlayersEdgeCases(t *testing.T) {
	for _, n := range []*graph.Network{literalNet(t, nil, nil), literalNet(t, plainUnits(1), nil), literalNet(t, plainUnits(2), nil)} {
		for _, k := range []int{-1, 0, 1, 3} {
			got := KeyPlayers(n, k, 0)
			if len(got.Units) != 0 {
				t.Errorf("%d units, k=%d: %+v", n.Len(), k, got)
			}
			if n.Len() < 2 && !math.IsNaN(got.Fragmentation) || n.Len() == 2 && got.Fragmentation != 1 {
				t.Errorf("%d units, k=%d: F=%v", n.Len(), k, got.Fragmentation)
			}
		}
	}
}

// BenchmarkKeyPlayers searches k = 1..3 on a generated network of the size
// of a large municipality (540 units).
func BenchmarkKeyPlayers(b *testing.B) {
	n := planted(540, 60, 12, 1, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := 1; k <= 3; k++ {
			KeyPlayers(n, k, 1)
		}
	}
}
