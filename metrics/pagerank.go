package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// The PageRank damping factor and convergence bounds: iteration stops when
// the L1 change is below n·pagerankTol.
const (
	pagerankAlpha   = 0.85
	pagerankTol     = 1e-15
	pagerankMaxIter = 10000
)

// PageRank returns the PageRank of every unit on the weighted undirected
// network, indexed by node ID: the stationary distribution of the random
// walk that follows a tie with probability proportional to its weight with
// probability α = 0.85 and jumps to a uniformly chosen unit otherwise;
// units without ties (dangling) jump uniformly. It matches NetworkX 2.8.8
// pagerank(G, alpha=0.85, weight="weight") and igraph's PRPACK, power
// iteration from the uniform vector until the L1 change is below n·1e-15.
// The values sum to 1.
//
// gonum's network.PageRank is not used: it needs a directed graph, starts
// from a random vector and stops at a coarse tolerance.
func PageRank(n *graph.Network) []float64 {
	nn := n.Len()
	x := make([]float64, nn)
	if nn == 0 {
		return x
	}
	off, nbr, tie := n.CSR()
	ties := n.Ties()
	// Row v of the transition matrix: p(v→w) = w(v,w) / strength(v). As
	// the graph is undirected, new x[w] = α·Σ_{v~w} x[v]·w(v,w)/s(v) + …,
	// so keep x[v]/s(v) per unit and gather along w's row.
	inv := make([]float64, nn)
	wt := make([]float64, len(nbr))
	var dangling []int32
	for v := 0; v < nn; v++ {
		s := 0.0
		for k := off[v]; k < off[v+1]; k++ {
			w := ties[tie[k]].Weight
			if !(w > 0) || math.IsInf(w, 1) {
				w = 0 // not a tie of the simple graph
			}
			wt[k] = w
			s += w
		}
		if s > 0 {
			inv[v] = 1 / s
		} else {
			dangling = append(dangling, int32(v))
		}
	}
	last := make([]float64, nn)
	scaled := make([]float64, nn)
	for i := range x {
		x[i] = 1 / float64(nn)
	}
	jump := (1 - pagerankAlpha) / float64(nn)
	limit := float64(nn) * pagerankTol
	for range pagerankMaxIter {
		x, last = last, x
		d := 0.0
		for _, v := range dangling {
			d += last[v]
		}
		for v := range last {
			scaled[v] = last[v] * inv[v]
		}
		base := pagerankAlpha*d/float64(nn) + jump
		diff := 0.0
		for w := range x {
			s := 0.0
			for k := off[w]; k < off[w+1]; k++ {
				s += scaled[nbr[k]] * wt[k]
			}
			x[w] = pagerankAlpha*s + base
			diff += math.Abs(x[w] - last[w])
		}
		if diff < limit {
			break
		}
	}
	return x
}
