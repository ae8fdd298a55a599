package graph

import (
	"sort"
	"sync"
)

// BuildOptions select what goes into a Network.
type BuildOptions struct {
	Window     Window   // contacts and meetings outside it are left out
	Filter     Filter   // units it rejects are left out, with their ties
	Relation   Relation // contacts and meetings of other kinds are left out
	Projection Projection
	Combine    Combine // how a survey's answers make ties
}

// Network is the collaboration network built from a Dataset: the units as
// nodes with dense IDs 0..n−1 in the order of their keys, the undirected
// ties in compressed sparse row form, and the directed initiative arcs.
//
// Views for gonum's algorithms: Weighted (tie weights), Simple (weight 1),
// Distances (1/weight) and Initiative (directed).
type Network struct {
	Data    *Dataset
	Options BuildOptions

	units []*Unit
	keys  map[string]int32
	ties  []Tie // sorted by (A, B)
	arcs  []Arc // sorted by (From, To)

	// CSR adjacency: node i's neighbours are nbr[off[i]:off[i+1]], in
	// increasing order, and tieOf[k] is the index in ties of nbr[k]'s tie.
	off, nbr, tieOf []int32
	// CSR of the arcs out of and into each node, as indices into arcs.
	outOff, outArc, inOff, inArc []int32

	survey []SurveyRound // the survey's rounds in the window, nil without a survey

	contactStats ContactStats
	statsOnce    *sync.Once // for a subgraph: counts contactStats from Data
}

// index builds the key map and the CSR arrays from units, ties and arcs.
func (n *Network) index() {
	nn := len(n.units)
	n.keys = make(map[string]int32, nn)
	for i, u := range n.units {
		n.keys[u.Key] = int32(i)
	}
	n.off = make([]int32, nn+1)
	for _, t := range n.ties {
		n.off[t.A+1]++
		n.off[t.B+1]++
	}
	for i := 0; i < nn; i++ {
		n.off[i+1] += n.off[i]
	}
	n.nbr = make([]int32, 2*len(n.ties))
	n.tieOf = make([]int32, 2*len(n.ties))
	fill := append([]int32(nil), n.off[:nn]...)
	// Ties are sorted by (A, B), so each node's neighbours come out sorted:
	// first those below it (as B of an earlier A), then those above.
	for i, t := range n.ties {
		n.nbr[fill[t.A]], n.tieOf[fill[t.A]] = t.B, int32(i)
		fill[t.A]++
		n.nbr[fill[t.B]], n.tieOf[fill[t.B]] = t.A, int32(i)
		fill[t.B]++
	}
	for i := 0; i < nn; i++ {
		sortAdj(n.nbr[n.off[i]:n.off[i+1]], n.tieOf[n.off[i]:n.off[i+1]])
	}
	n.outOff, n.outArc = arcIndex(nn, n.arcs, func(a *Arc) int32 { return a.From })
	n.inOff, n.inArc = arcIndex(nn, n.arcs, func(a *Arc) int32 { return a.To })
}

func sortAdj(nbr, tie []int32) {
	for i := 1; i < len(nbr); i++ {
		if nbr[i] < nbr[i-1] {
			sort.Sort(adjSorter{nbr, tie})
			return
		}
	}
}

type adjSorter struct{ nbr, tie []int32 }

func (s adjSorter) Len() int           { return len(s.nbr) }
func (s adjSorter) Less(i, j int) bool { return s.nbr[i] < s.nbr[j] }
func (s adjSorter) Swap(i, j int) {
	s.nbr[i], s.nbr[j] = s.nbr[j], s.nbr[i]
	s.tie[i], s.tie[j] = s.tie[j], s.tie[i]
}

func arcIndex(nn int, arcs []Arc, end func(*Arc) int32) (off, idx []int32) {
	off = make([]int32, nn+1)
	for i := range arcs {
		off[end(&arcs[i])+1]++
	}
	for i := 0; i < nn; i++ {
		off[i+1] += off[i]
	}
	idx = make([]int32, len(arcs))
	fill := append([]int32(nil), off[:nn]...)
	for i := range arcs {
		e := end(&arcs[i])
		idx[fill[e]] = int32(i)
		fill[e]++
	}
	return off, idx
}

// Len returns the number of units (nodes).
func (n *Network) Len() int { return len(n.units) }

// Unit returns the unit of node id.
func (n *Network) Unit(id int64) *Unit { return n.units[id] }

// Units returns the units in node ID order, which is the order of their
// keys. The slice is shared; do not modify it.
func (n *Network) Units() []*Unit { return n.units }

// Lookup returns the node ID of the unit with the given key.
func (n *Network) Lookup(key string) (int64, bool) {
	i, ok := n.keys[key]
	return int64(i), ok
}

// Ties returns the undirected ties sorted by (A, B). The slice is shared;
// do not modify it.
func (n *Network) Ties() []Tie { return n.ties }

// Arcs returns the initiative arcs sorted by (From, To). The slice is
// shared; do not modify it.
func (n *Network) Arcs() []Arc { return n.arcs }

// Degree returns the number of ties of node id.
func (n *Network) Degree(id int64) int { return int(n.off[id+1] - n.off[id]) }

// Neighbors returns the neighbours of node id in increasing order and, at
// the same positions, the indices of the ties to them in Ties. The slices
// are shared; do not modify them.
func (n *Network) Neighbors(id int64) (nodes, ties []int32) {
	lo, hi := n.off[id], n.off[id+1]
	return n.nbr[lo:hi], n.tieOf[lo:hi]
}

// TieBetween returns the tie between nodes a and b, or nil.
func (n *Network) TieBetween(a, b int64) *Tie {
	if a == b || a < 0 || b < 0 || int(a) >= len(n.units) || int(b) >= len(n.units) {
		return nil
	}
	nb, ti := n.Neighbors(a)
	k := sort.Search(len(nb), func(i int) bool { return int64(nb[i]) >= b })
	if k < len(nb) && int64(nb[k]) == b {
		return &n.ties[ti[k]]
	}
	return nil
}

// Out returns the indices in Arcs of the arcs from node id.
func (n *Network) Out(id int64) []int32 { return n.outArc[n.outOff[id]:n.outOff[id+1]] }

// In returns the indices in Arcs of the arcs to node id.
func (n *Network) In(id int64) []int32 { return n.inArc[n.inOff[id]:n.inOff[id+1]] }

// CSR returns the adjacency in compressed sparse row form: node i's
// neighbours are nbr[off[i]:off[i+1]], sorted, and tie[k] indexes Ties for
// nbr[k]. Measures that walk the graph many times use it directly. The
// slices are shared; do not modify them.
func (n *Network) CSR() (off, nbr, tie []int32) { return n.off, n.nbr, n.tieOf }
