package metrics

import (
	"math"
	"testing"
)

// ringAdjacency is a ring of nn units, unit i tied to i+1, every tie of
// length 1 but the one between the last unit and the first, of length long.
func ringAdjacency(nn int, long float64) adjacency {
	a := adjacency{off: make([]int32, nn+1)}
	for u := range nn {
		prev, next := (u+nn-1)%nn, (u+1)%nn
		lp, ln := 1.0, 1.0
		if u == 0 {
			lp = long
		}
		if u == nn-1 {
			ln = long
		}
		if prev > next {
			prev, next, lp, ln = next, prev, ln, lp
		}
		a.nbr = append(a.nbr, int32(prev), int32(next))
		a.length = append(a.length, lp, ln)
		a.off[u+1] = int32(len(a.nbr))
	}
	return a
}

// TestLocalUseless checks the search for shorter routes of any number of
// ties near each end: in a ring of six, the long tie is beaten by the
// five-tie route the other way round, which the two- and three-step tests
// cannot see, unless the search may settle too few units to find it.
func TestLocalUseless(t *testing.T) {
	margin := func(l float64) float64 { return 2 * eqTol * math.Max(100, l) }
	for _, tc := range []struct {
		name   string
		long   float64
		budget int
		drop   bool
	}{
		{"beaten", 10, 200, true},
		{"equal", 5, 200, false},
		{"budget too small", 10, 4, false},
		{"budget just enough", 10, 5, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ringAdjacency(6, tc.long)
			r := rows{start: a.off[:6], end: a.off[1:], nbr: a.nbr, length: a.length}
			drop := localUseless(r, margin, tc.budget)
			for u := range 6 {
				for k := r.start[u]; k < r.end[u]; k++ {
					v := r.nbr[k]
					long := u+int(v) == 5 && (u == 0 || v == 0)
					if want := long && tc.drop; drop[k] != want {
						t.Errorf("tie %d–%d: dropped %v, want %v", u, v, drop[k], want)
					}
				}
			}
		})
	}
	// The cheaper tests leave the long tie for the local search.
	r, _ := usefulRows(ringAdjacency(6, 10))
	if got := r.end[0] - r.start[0]; got != 1 {
		t.Errorf("unit 0 keeps %d ties, want 1", got)
	}
}
