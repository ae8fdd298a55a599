package metrics

import (
	"runtime"
	"slices"
	"testing"
	"time"
)

// TestEstimatePaths checks the extrapolation with a fake clock that
// advances 100 ms a call: every batch of searches seems to take 100 ms.
func TestEstimatePaths(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	nw := planted(500, 25, 4, 1, 3)
	var now time.Duration
	clock := func() time.Duration { now += 100 * time.Millisecond; return now }
	e := EstimatePaths(nw, 1, clock)
	// Three batches of 2, 4 and 8 searches reach 250 ms: 300 ms / 14.
	// The breadth-first searches of the exact measures run in batches of
	// 64 sources.
	per := 300 * time.Millisecond / 14
	bfs := per / 64
	// Leaves need no weighted search of their own.
	base, _ := usefulRows(simpleAdjacency(nw, true))
	searched := 0
	for _, k := range foldLeaves(base) {
		searched += b2i(k >= 0)
	}
	if searched == 500 {
		t.Fatal("no leaves: the estimate's leaf count is not tested")
	}
	want := PathEstimate{Units: 500, Exact: 100*time.Millisecond + 500*bfs + time.Duration(searched)*per, ExactUnweighted: 500 * bfs, Pair: per, PairWeighted: per,
		Source: per, SourceExact: bfs, Setup: 100 * time.Millisecond, VD: e.VD, VDWeighted: e.VDWeighted}
	if *e != want {
		t.Errorf("estimate\n%+v, want\n%+v", *e, want)
	}
	if e.VD < 3 || e.VDWeighted < e.VD {
		t.Errorf("vertex diameter bounds %d, %d", e.VD, e.VDWeighted)
	}
	r, rw := BetweennessSample(e.VD, 0.05*498/500, 0.01), BetweennessSample(e.VDWeighted, 0.05*498/500, 0.01)
	if got, want := e.Approx(0.05, 0.99), 100*time.Millisecond+time.Duration(r+rw)*per+500*bfs; got != want {
		t.Errorf("Approx(0.05) = %v, want %v", got, want)
	}
	u := *e
	u.Unweighted = true
	if got, want := u.Approx(0.05, 0.99), 100*time.Millisecond+time.Duration(r)*per+500*bfs; got != want || u.Time() != 500*bfs {
		t.Errorf("unweighted: Approx(0.05) = %v, want %v; Time %v", got, want, u.Time())
	}
	for _, c := range []struct {
		budget time.Duration
		eps    float64
		ok     bool
	}{
		{1000 * time.Hour, 0.001, true},
		{e.Approx(0.02, 0.99), 0.02, true},
		{e.Approx(0.02, 0.99) - 1, 0.03, true},
		{time.Millisecond, 0.1, false},
	} {
		if eps, ok := e.Fit(c.budget, 0.99); eps != c.eps || ok != c.ok {
			t.Errorf("Fit(%v) = %g, %v, want %g, %v", c.budget, eps, ok, c.eps, c.ok)
		}
	}
}

// TestLaneStretch checks that the estimate's batches are runs of one
// lane's sources, as Paths takes them, and that a lane too short for a
// batch gives none.
func TestLaneStretch(t *testing.T) {
	const nn = 1000
	lo := newLaneOrder(nn)
	for _, tc := range []struct {
		x, width int
		lane     int // the lane the batch comes from; −1: none
		first    int // its first source's index in the lane
	}{
		{0, 8, 0, 0},
		{5, 8, 0, 5},
		{lo.start[1] - 1, 8, 0, lo.start[1] - lo.start[0] - 8}, // moved back to fit
		{lo.start[3] + 2, 4, 3, 2},
		{lo.start[15], 64, -1, 0}, // the last lane holds 7 sources of 1000
	} {
		got := lo.stretch(tc.x, tc.width)
		if tc.lane < 0 {
			if got != nil {
				t.Errorf("stretch(%d, %d) = %v, want nil", tc.x, tc.width, got)
			}
			continue
		}
		lane := laneSources(tc.lane, pathLanes, nn)
		if want := lane[tc.first : tc.first+tc.width]; !slices.Equal(got, want) {
			t.Errorf("stretch(%d, %d) = %v, want %v", tc.x, tc.width, got, want)
		}
	}
}
