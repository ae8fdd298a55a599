package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// ComponentsResult describes the connected components of the simple graph.
type ComponentsResult struct {
	Of    []int // node ID → component index, numbered in order of the smallest node ID
	Sizes []int // units per component
}

// Components returns the connected components of the simple graph.
func Components(n *graph.Network) *ComponentsResult {
	return components(simpleAdjacency(n, false))
}

func components(a adjacency) *ComponentsResult {
	nn := a.len()
	c := &ComponentsResult{Of: make([]int, nn), Sizes: []int{}}
	for i := range c.Of {
		c.Of[i] = -1
	}
	queue := make([]int32, 0, nn)
	for s := 0; s < nn; s++ {
		if c.Of[s] >= 0 {
			continue
		}
		k := len(c.Sizes)
		c.Of[s] = k
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			v := queue[head]
			for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
				if c.Of[w] < 0 {
					c.Of[w] = k
					queue = append(queue, w)
				}
			}
		}
		c.Sizes = append(c.Sizes, len(queue))
	}
	return c
}

// Fragmentation returns Borgatti's fragmentation of the simple graph:
//
//	F = 1 − Σ_k s_k(s_k−1) / (n(n−1))
//
// the share of ordered pairs of distinct units that cannot reach each
// other, where s_k are the component sizes. It is NaN for fewer than two
// units. (Borgatti 2006, "Identifying sets of key players in a social
// network"; the reference is the exact rational value.)
func Fragmentation(n *graph.Network) float64 {
	return fragmentation(Components(n).Sizes, n.Len())
}

func fragmentation(sizes []int, nn int) float64 {
	if nn < 2 {
		return math.NaN()
	}
	var same int64
	for _, s := range sizes {
		same += int64(s) * int64(s-1)
	}
	return fragmentationOf(same, nn)
}

// fragmentationOf returns 1 − same/(n(n−1)) for the count same of ordered
// reachable pairs.
func fragmentationOf(same int64, nn int) float64 {
	if nn < 2 {
		return math.NaN()
	}
	return 1 - float64(same)/(float64(nn)*float64(nn-1))
}

// DistanceFragmentation returns Borgatti's distance-weighted fragmentation
// of the simple graph:
//
//	DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n−1)),  1/∞ = 0
//
// over hop distances. It is NaN for fewer than two units. It costs one
// breadth-first search per unit; Paths gives it along with the other
// path measures.
func DistanceFragmentation(n *graph.Network) float64 {
	return Paths(n, PathOptions{}).DistanceFragmentation
}

// CutPointsResult is the articulation structure of the simple graph.
type CutPointsResult struct {
	// CutPoint[v] reports whether removing v splits its component (an
	// articulation point, as NetworkX articulation_points).
	CutPoint []bool
	// FragmentationIfRemoved[v] is Fragmentation of the network without v
	// (n−1 units): the loss of reach if the unit leaves. NaN when fewer
	// than two units would remain.
	FragmentationIfRemoved []float64
}

// CutPoints finds the articulation points of the simple graph and the
// fragmentation of the network without each unit, in time linear in the
// size of the network: one depth-first search (Hopcroft and Tarjan 1973)
// gives, for every unit v, the sizes of the pieces its component falls
// into when v is removed (the subtrees of the children c with low(c) ≥
// disc(v), and the rest), so
//
//	Σ s(s−1) without v = Σ s(s−1) − c_v(c_v−1) + Σ_pieces p(p−1)
//
// where c_v is the size of v's component.
func CutPoints(n *graph.Network) *CutPointsResult {
	return cutPoints(simpleAdjacency(n, false))
}

func cutPoints(a adjacency) *CutPointsResult {
	nn := a.len()
	r := &CutPointsResult{CutPoint: make([]bool, nn), FragmentationIfRemoved: make([]float64, nn)}
	if nn == 0 {
		return r
	}
	comp := components(a)
	var same int64
	for _, s := range comp.Sizes {
		same += int64(s) * int64(s-1)
	}
	// pieces[v] accumulates Σ p(p−1) over the separated child subtrees,
	// sep[v] their total size.
	pieces := make([]int64, nn)
	sep := make([]int64, nn)
	disc := make([]int32, nn) // 0 = not visited; otherwise order+1
	low := make([]int32, nn)
	size := make([]int32, nn)
	parent := make([]int32, nn)
	children := make([]int32, nn)
	edge := make([]int32, nn) // next adjacency index to look at
	stack := make([]int32, 0, 64)
	time := int32(0)
	for root := 0; root < nn; root++ {
		if disc[root] != 0 {
			continue
		}
		time++
		disc[root], low[root], size[root], parent[root] = time, time, 1, -1
		edge[root] = a.off[root]
		stack = append(stack[:0], int32(root))
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			if k := edge[v]; k < a.off[v+1] {
				edge[v]++
				w := a.nbr[k]
				if disc[w] == 0 {
					time++
					disc[w], low[w], size[w], parent[w] = time, time, 1, v
					edge[w] = a.off[w]
					children[v]++
					stack = append(stack, w)
				} else if w != parent[v] && disc[w] < low[v] {
					low[v] = disc[w]
				}
				continue
			}
			stack = stack[:len(stack)-1]
			p := parent[v]
			if p < 0 {
				continue
			}
			size[p] += size[v]
			if low[v] < low[p] {
				low[p] = low[v]
			}
			if low[v] >= disc[p] {
				// v's subtree hangs on p alone: it becomes a piece of its
				// own when p goes.
				s := int64(size[v])
				pieces[p] += s * (s - 1)
				sep[p] += s
				if parent[p] >= 0 {
					r.CutPoint[p] = true
				}
			}
		}
		if children[root] >= 2 {
			r.CutPoint[root] = true
		}
	}
	for v := 0; v < nn; v++ {
		cv := int64(comp.Sizes[comp.Of[v]])
		rest := cv - 1 - sep[v] // the piece holding v's DFS parent; 0 for a root
		s := same - cv*(cv-1) + pieces[v] + rest*(rest-1)
		r.FragmentationIfRemoved[v] = fragmentationOf(s, nn-1)
	}
	return r
}
