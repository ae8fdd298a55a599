package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// adjacency is the simple undirected graph in CSR form: v's neighbours
// are nbr[off[v]:off[v+1]] and, for weighted searches, length[k] is the
// distance 1/weight of the tie to nbr[k].
type adjacency struct {
	off, nbr []int32
	length   []float64
}

// simpleAdjacency returns the CSR of the ties of positive weight (the
// simple graph, see the package documentation), sharing the network's
// arrays when every tie qualifies.
func simpleAdjacency(n *graph.Network, lengths bool) adjacency {
	off, nbr, tie := n.CSR()
	ties := n.Ties()
	ok := true
	for i := range ties {
		if !(ties[i].Weight > 0) || math.IsInf(ties[i].Weight, 1) {
			ok = false
			break
		}
	}
	a := adjacency{off: off, nbr: nbr}
	if !ok {
		nn := n.Len()
		a.off = make([]int32, nn+1)
		a.nbr = make([]int32, 0, len(nbr))
		keep := make([]int32, 0, len(nbr))
		for v := 0; v < nn; v++ {
			for k := off[v]; k < off[v+1]; k++ {
				w := ties[tie[k]].Weight
				if w > 0 && !math.IsInf(w, 1) {
					a.nbr = append(a.nbr, nbr[k])
					keep = append(keep, tie[k])
				}
			}
			a.off[v+1] = int32(len(a.nbr))
		}
		tie = keep
	}
	if lengths {
		a.length = make([]float64, len(a.nbr))
		for k, t := range tie[:len(a.nbr)] {
			a.length[k] = 1 / ties[t].Weight
		}
	}
	return a
}

func (a adjacency) len() int { return len(a.off) - 1 }

// minLength returns the length of the shortest tie, +Inf without ties.
func (a adjacency) minLength() float64 {
	m := math.Inf(1)
	for _, l := range a.length {
		m = math.Min(m, l)
	}
	return m
}

// hops searches breadth first from s and returns the units reached in
// the order found, s first, with hop[v] their numbers of steps; hop must
// be −1 for every unit on entry, and the caller resets the reached ones.
// queue is reused for the result.
func (a adjacency) hops(s int32, hop, queue []int32) []int32 {
	queue = append(queue[:0], s)
	hop[s] = 0
	for h := 0; h < len(queue); h++ {
		v := queue[h]
		for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
			if hop[w] < 0 {
				hop[w] = hop[v] + 1
				queue = append(queue, w)
			}
		}
	}
	return queue
}
