package metrics

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/samkart/samkart/graph"
)

// DirectionMeasures are the measures of the initiative graph: an arc
// from → to wherever a contact row has that from and to. They follow the
// order in which contacts were recorded; for data recorded once per pair
// without noting who took the initiative they describe only that order.
// Meetings have no direction and add no arcs. Slices are indexed by node
// ID.
type DirectionMeasures struct {
	// InDegree and OutDegree count the distinct units that contacted the
	// unit and that it contacted (NetworkX 2.8.8 DiGraph in_degree() and
	// out_degree()).
	InDegree, OutDegree []int
	// InStrength and OutStrength sum the weights of the contacts received
	// and made (DiGraph in_degree(weight="weight"), out_degree(...), the
	// arc weight being the sum of its contacts' weights).
	InStrength, OutStrength []float64
	// Reciprocity is the share of arcs whose reverse arc exists too:
	// 2·mutual pairs / arcs (NetworkX 2.8.8 overall_reciprocity); NaN
	// without arcs, where NetworkX raises an error.
	Reciprocity float64
}

// Direction returns the degree, strength and reciprocity measures of the
// initiative graph of n.
func Direction(n *graph.Network) *DirectionMeasures {
	nn := n.Len()
	d := &DirectionMeasures{InDegree: make([]int, nn), OutDegree: make([]int, nn),
		InStrength: make([]float64, nn), OutStrength: make([]float64, nn)}
	arcs := n.Arcs()
	for v := range nn {
		for _, k := range n.Out(int64(v)) {
			d.OutDegree[v]++
			d.OutStrength[v] += arcs[k].Weight
		}
		for _, k := range n.In(int64(v)) {
			d.InDegree[v]++
			d.InStrength[v] += arcs[k].Weight
		}
	}
	d.Reciprocity = math.NaN()
	if len(arcs) > 0 {
		mutual := 0 // arcs whose reverse exists: twice the mutual pairs
		for _, t := range n.Ties() {
			if hasArc(n, t.A, t.B) && hasArc(n, t.B, t.A) {
				mutual += 2
			}
		}
		d.Reciprocity = float64(mutual) / float64(len(arcs))
	}
	return d
}

// hasArc reports whether the initiative graph has the arc from → to.
func hasArc(n *graph.Network, from, to int32) bool {
	arcs := n.Arcs()
	for _, k := range n.Out(int64(from)) {
		if arcs[k].To == to {
			return true
		}
	}
	return false
}

// DirectedPathMeasures are the shortest-path measures of the initiative
// graph (hops along arcs), indexed by node ID.
type DirectedPathMeasures struct {
	// Betweenness is Σ_{s≠v≠t} σ_st(v)/σ_st over ordered pairs, times
	// 1/((n−1)(n−2)) (no further factor: each ordered pair counts once);
	// all 0 for n ≤ 2. It matches NetworkX 2.8.8
	// betweenness_centrality(D, normalized=True) on the DiGraph.
	Betweenness []float64
	// Closeness is the closeness of the paths into the unit, as NetworkX
	// 2.8.8 closeness_centrality(D) computes it for a DiGraph (distances
	// from every other unit to v): (r−1)/Σd · (r−1)/(n−1), r the units
	// that reach v (v included); 0 when none does.
	Closeness []float64
	// OutCloseness is the same over the paths out of the unit:
	// closeness_centrality(D.reverse()).
	OutCloseness []float64
}

// DirectedPaths computes betweenness and in- and out-closeness on the
// initiative graph of n with one breadth-first search per unit along the
// arcs and one against them. Like Paths, it spreads sources over a fixed
// number of lanes summed in a fixed order, so results do not depend on the
// number of cores.
func DirectedPaths(n *graph.Network) *DirectedPathMeasures {
	nn := n.Len()
	pm := &DirectedPathMeasures{Betweenness: make([]float64, nn),
		Closeness: make([]float64, nn), OutCloseness: make([]float64, nn)}
	if nn == 0 {
		return pm
	}
	out, in := arcAdjacency(n)
	nl := min(pathLanes, nn)
	sums := make([][]float64, nl)
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), nl) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := newPathScratch(nn, false, math.Inf(1))
			hop := make([]int32, nn)
			for i := range hop {
				hop[i] = -1
			}
			queue := make([]int32, 0, nn)
			for {
				l := int(next.Add(1)) - 1
				if l >= nl {
					return
				}
				bc := make([]float64, nn)
				for s := l; s < nn; s += nl {
					reach, dist, _ := sc.bfs(out, int32(s), bc)
					pm.OutCloseness[s] = closeness(reach, dist, nn)
					reach, dist = hopsFrom(in, int32(s), hop, queue)
					pm.Closeness[s] = closeness(reach, dist, nn)
				}
				sums[l] = bc
			}
		}()
	}
	wg.Wait()
	scale := 1.0
	if nn > 2 {
		scale = 1 / (float64(nn-1) * float64(nn-2))
	}
	for _, bc := range sums {
		for v, x := range bc {
			pm.Betweenness[v] += x
		}
	}
	for v := range pm.Betweenness {
		pm.Betweenness[v] *= scale
	}
	return pm
}

// hopsFrom runs a breadth-first search from s on a and returns the
// number of units reached (s included) and the sum of their hop
// distances; hop must be all −1 and is left so.
func hopsFrom(a adjacency, s int32, hop, queue []int32) (reach int, total int64) {
	q := append(queue[:0], s)
	hop[s] = 0
	for head := 0; head < len(q); head++ {
		v := q[head]
		total += int64(hop[v])
		for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
			if hop[w] < 0 {
				hop[w] = hop[v] + 1
				q = append(q, w)
			}
		}
	}
	for _, v := range q {
		hop[v] = -1
	}
	return len(q), total
}

// arcAdjacency returns the initiative graph as adjacency lists along the
// arcs (out) and against them (in), each sorted by node ID.
func arcAdjacency(n *graph.Network) (out, in adjacency) {
	nn := n.Len()
	arcs := n.Arcs()
	out = adjacency{off: make([]int32, nn+1), nbr: make([]int32, 0, len(arcs))}
	in = adjacency{off: make([]int32, nn+1), nbr: make([]int32, 0, len(arcs))}
	for v := range nn {
		// Arcs are sorted by (From, To), so both lists come out sorted.
		for _, k := range n.Out(int64(v)) {
			out.nbr = append(out.nbr, arcs[k].To)
		}
		out.off[v+1] = int32(len(out.nbr))
		for _, k := range n.In(int64(v)) {
			in.nbr = append(in.nbr, arcs[k].From)
		}
		in.off[v+1] = int32(len(in.nbr))
	}
	return out, in
}
