package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// eigenTol and eigenMaxIter bound the power iterations of Eigenvector:
// iteration stops when the L1 change of the unit vector is below
// n·eigenTol. NetworkX's default tolerance (1e-6) leaves errors far above
// 1e-9; the reference values use 1e-14.
const (
	eigenTol     = 1e-15
	eigenMaxIter = 100000
)

// Eigenvector returns the eigenvector centrality of every unit in the
// simple graph, indexed by node ID: the principal eigenvector of the
// adjacency matrix A with Euclidean norm 1. It matches NetworkX 2.8.8
// eigenvector_centrality(G) converged tightly: the same power iteration
// x ← (A+I)x / ‖(A+I)x‖ from the uniform vector, which on a disconnected
// graph puts the weight on the components with the largest eigenvalue and
// spreads it among those as the uniform start does. The iteration stops
// when the L1 change falls below n·1e-15 (NetworkX's default is n·1e-6);
// if it has not converged after 100 000 iterations the last vector is
// returned. Every unit is 1/√n when there are no ties.
//
// Shifting by I keeps the iteration from oscillating on bipartite graphs,
// as in NetworkX. Each step costs one pass over the ties.
func Eigenvector(n *graph.Network) []float64 {
	nn := n.Len()
	x := make([]float64, nn)
	if nn == 0 {
		return x
	}
	a := simpleAdjacency(n, false)
	last := make([]float64, nn)
	for i := range x {
		x[i] = 1 / float64(nn)
	}
	limit := float64(nn) * eigenTol
	for range eigenMaxIter {
		x, last = last, x
		// y = (A+I)·last; the adjacency is symmetric, so gather per row.
		for v := range x {
			s := last[v]
			for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
				s += last[w]
			}
			x[v] = s
		}
		norm := euclid(x)
		if norm == 0 {
			norm = 1
		}
		diff := 0.0
		for v := range x {
			x[v] /= norm
			diff += math.Abs(x[v] - last[v])
		}
		if diff < limit {
			break
		}
	}
	return x
}

// euclid returns the Euclidean norm of x without overflow or underflow,
// as math.Hypot does for two values.
func euclid(x []float64) float64 {
	scale := 0.0
	for _, v := range x {
		if a := math.Abs(v); a > scale {
			scale = a
		}
	}
	if scale == 0 || math.IsInf(scale, 1) {
		return scale
	}
	sum := 0.0
	for _, v := range x {
		r := v / scale
		sum += r * r
	}
	return scale * math.Sqrt(sum)
}
