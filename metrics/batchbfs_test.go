package metrics

import (
	"math"
	"testing"
)

// TestBatchBFS checks batched searches against one search per source on a
// network with several components and isolated units: the same reach,
// distance sums and harmonic sums, bit for bit, and the same dependencies
// up to rounding, whatever the batch width and the order of the sources.
func TestBatchBFS(t *testing.T) {
	n := randomNet(t, 3, 1500, 2500)
	a := simpleAdjacency(n, false)
	nn := a.len()
	want := make([]float64, nn)
	wantRes := make([]batchResult, nn)
	sc := newPathScratch(nn, false, 0)
	for s := range nn {
		r := &wantRes[s]
		r.reach, r.totDist, r.harm = sc.bfs(a, int32(s), want)
	}
	for _, width := range []int{1, 7, 64} {
		bs := newBatchScratch(nn, width)
		got := make([]float64, nn)
		res := make([]batchResult, width)
		// Sources from both ends towards the middle, so that a batch mixes
		// components.
		var order []int32
		for i, j := 0, nn-1; i <= j; i, j = i+1, j-1 {
			order = append(order, int32(i))
			if i != j {
				order = append(order, int32(j))
			}
		}
		for first := 0; first < nn; first += width {
			srcs := order[first:min(nn, first+width)]
			bs.bfs(a, srcs, got, res)
			for j, s := range srcs {
				if res[j] != wantRes[s] {
					t.Fatalf("width %d: source %d gives %+v, want %+v", width, s, res[j], wantRes[s])
				}
			}
		}
		for v := range got {
			if math.Abs(got[v]-want[v]) > 1e-12*want[v] {
				t.Errorf("width %d: dependencies of %d = %.17g, want %.17g", width, v, got[v], want[v])
			}
		}
	}
}
