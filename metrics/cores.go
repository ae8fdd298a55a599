package metrics

import "github.com/samkart/samkart/graph"

// CoreNumber returns the k-core number of every unit of the simple graph,
// indexed by node ID: the largest k such that the unit belongs to a
// subgraph in which every unit has at least k ties (the k-core). Isolates
// have core number 0. It matches NetworkX 2.8.8 core_number(G), computed
// with Batagelj and Zaversnik's O(m) bucket algorithm (Batagelj, V. &
// Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of
// networks. arXiv:cs/0310049).
func CoreNumber(n *graph.Network) []int {
	core, _ := coreNumber(simpleAdjacency(n, false))
	return core
}

// coreNumber peels the units of a in order of their current degree, kept
// in buckets of equal degree inside one array (vert) with each unit's
// position (pos) and each bucket's start (bin). The order in which units
// are peeled, also returned, is a degeneracy ordering: each unit has at
// most its core number of neighbours later in it.
func coreNumber(a adjacency) (core []int, order []int32) {
	nn := a.len()
	deg := make([]int, nn)
	maxDeg := 0
	for v := range nn {
		deg[v] = int(a.off[v+1] - a.off[v])
		maxDeg = max(maxDeg, deg[v])
	}
	bin := make([]int, maxDeg+1)
	for _, d := range deg {
		bin[d]++
	}
	start := 0
	for d, c := range bin {
		bin[d] = start
		start += c
	}
	pos := make([]int, nn)
	vert := make([]int32, nn)
	for v, d := range deg {
		pos[v] = bin[d]
		vert[pos[v]] = int32(v)
		bin[d]++
	}
	for d := maxDeg; d > 0; d-- {
		bin[d] = bin[d-1]
	}
	bin[0] = 0
	for i := range nn {
		v := vert[i]
		for _, u := range a.nbr[a.off[v]:a.off[v+1]] {
			if deg[u] > deg[v] {
				// Move u to the front of its bucket, then shrink the
				// bucket past it: u's degree drops by one.
				du, pu := deg[u], pos[u]
				pw := bin[du]
				w := vert[pw]
				if u != w {
					pos[u], pos[w] = pw, pu
					vert[pu], vert[pw] = w, u
				}
				bin[du]++
				deg[u]--
			}
		}
	}
	return deg, vert
}
