package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// Constraint returns Burt's constraint of every unit in the simple graph,
// indexed by node ID:
//
//	c(u) = Σ_{v∈N(u)} ( p_uv + Σ_{w∈N(u)∩N(v)} p_uw·p_wv )²,  p_uv = 1/deg(u)
//
// (with unit tie weights the proportional tie strength p_uv is 1/deg(u)).
// It is NaN for units without ties, where it is undefined. It matches
// NetworkX 2.8.8 constraint(G) (Burt 1992, Structural Holes).
func Constraint(n *graph.Network) []float64 {
	c, _ := holes(n)
	return c
}

// EffectiveSize returns Burt's effective size of every unit in the simple
// graph, indexed by node ID: deg(u) − 2·t(u)/deg(u), where t(u) is the
// number of ties among u's neighbours (Borgatti 1997's simplification for
// undirected unweighted graphs). It is NaN for units without ties. It
// matches NetworkX 2.8.8 effective_size(G).
func EffectiveSize(n *graph.Network) []float64 {
	_, e := holes(n)
	return e
}

// holes computes constraint and effective size in one pass over the
// two-paths u–w–v with v a neighbour of u: O(Σ deg²).
func holes(n *graph.Network) (constraint, effective []float64) {
	nn := n.Len()
	a := simpleAdjacency(n, false)
	constraint = make([]float64, nn)
	effective = make([]float64, nn)
	mark := make([]int32, nn) // u+1 when the unit is a neighbour of u
	acc := make([]float64, nn)
	for u := 0; u < nn; u++ {
		nu := a.nbr[a.off[u]:a.off[u+1]]
		du := float64(len(nu))
		if len(nu) == 0 {
			constraint[u], effective[u] = math.NaN(), math.NaN()
			continue
		}
		for _, v := range nu {
			mark[v] = int32(u + 1)
		}
		pairs := 0 // ordered pairs of adjacent neighbours: 2·t(u)
		for _, w := range nu {
			nw := a.nbr[a.off[w]:a.off[w+1]]
			pw := 1 / du * (1 / float64(len(nw))) // p_uw·p_wv
			for _, v := range nw {
				if mark[v] == int32(u+1) {
					acc[v] += pw
					pairs++
				}
			}
		}
		p := 1 / du
		s := 0.0
		for _, v := range nu {
			x := p + acc[v]
			s += x * x
			acc[v] = 0
		}
		constraint[u] = s
		effective[u] = du - float64(pairs)/du
	}
	return constraint, effective
}

// triangles returns, for every unit of a, the number of ties among its
// neighbours (the triangles through it).
func triangles(a adjacency) []int64 {
	nn := a.len()
	t := make([]int64, nn)
	mark := make([]int32, nn)
	for u := 0; u < nn; u++ {
		nu := a.nbr[a.off[u]:a.off[u+1]]
		for _, v := range nu {
			mark[v] = int32(u + 1)
		}
		// Ordered pairs of adjacent neighbours count each tie twice.
		c := int64(0)
		for _, w := range nu {
			for _, v := range a.nbr[a.off[w]:a.off[w+1]] {
				if mark[v] == int32(u+1) {
					c++
				}
			}
		}
		t[u] = c / 2
	}
	return t
}
