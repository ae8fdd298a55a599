package metrics

import "github.com/samkart/samkart/graph"

// Degree returns the number of ties of every unit (the degree in the
// simple graph U), indexed by node ID. It matches NetworkX G.degree().
func Degree(n *graph.Network) []int {
	d := make([]int, n.Len())
	a := simpleAdjacency(n, false)
	for v := range d {
		d[v] = int(a.off[v+1] - a.off[v])
	}
	return d
}

// Strength returns the sum of the tie weights of every unit, indexed by
// node ID. It matches NetworkX G.degree(weight="weight") and igraph
// strength(weights="weight").
func Strength(n *graph.Network) []float64 {
	s := make([]float64, n.Len())
	off, _, tie := n.CSR()
	ties := n.Ties()
	for v := range s {
		for k := off[v]; k < off[v+1]; k++ {
			s[v] += ties[tie[k]].Weight
		}
	}
	return s
}

// Betweenness returns the shortest-path betweenness of every unit in the
// simple graph, indexed by node ID:
//
//	b(v) = Σ_{s<t, s≠v≠t} σ_st(v)/σ_st · 2/((n−1)(n−2))
//
// where σ_st is the number of shortest paths between s and t and σ_st(v)
// the number of them through v; no scaling for n ≤ 2. It matches NetworkX
// 2.8.8 betweenness_centrality(G, normalized=True). Brandes' algorithm
// (2001) on the CSR arrays; gonum's network.Betweenness is not used because
// it counts ordered pairs and leaves out units with zero betweenness.
func Betweenness(n *graph.Network) []float64 { return Paths(n, PathOptions{}).Betweenness }

// BetweennessWeighted is Betweenness on shortest paths with distance
// 1/weight, matching NetworkX 2.8.8 betweenness_centrality(G,
// weight="distance", normalized=True) with distance = 1/weight, except that
// path lengths equal within a relative 1e-12 count as equal (see Paths),
// which agrees with exact rational arithmetic where NetworkX's float
// comparison may not.
func BetweennessWeighted(n *graph.Network) []float64 {
	return Paths(n, PathOptions{Weighted: true}).BetweennessWeighted
}

// Closeness returns the closeness centrality of every unit in the simple
// graph with Wasserman and Faust's correction for disconnected graphs:
//
//	c(v) = (r−1)/Σ_u d(v,u) · (r−1)/(n−1)
//
// where r is the number of units v reaches (itself included) and the sum
// runs over them; 0 when v reaches no one. It matches NetworkX 2.8.8
// closeness_centrality(G, wf_improved=True). gonum's network.Closeness
// lacks the (r−1)/(n−1) factor.
func Closeness(n *graph.Network) []float64 { return Paths(n, PathOptions{}).Closeness }

// Harmonic returns the harmonic centrality Σ_{u≠v} 1/d(v,u) of every unit
// in the simple graph (1/∞ = 0), not normalised. It matches NetworkX 2.8.8
// harmonic_centrality(G).
func Harmonic(n *graph.Network) []float64 { return Paths(n, PathOptions{}).Harmonic }
