package graph

import (
	"math"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// weightMode says what a view reports as an edge's weight.
type weightMode uint8

const (
	modeWeight   weightMode = iota // the tie weight
	modeSimple                     // 1 for every tie
	modeDistance                   // 1/weight, for shortest paths
)

// undirectedView presents a Network to gonum's algorithms without copying
// it into a map-based graph.
type undirectedView struct {
	n    *Network
	mode weightMode
}

// Undirected is what the undirected views offer: both gonum's Undirected
// and WeightedUndirected, so that any of gonum's algorithms accept them.
type Undirected interface {
	gonum.Undirected
	gonum.WeightedUndirected
}

var (
	_ Undirected     = undirectedView{}
	_ gonum.Directed = directedView{}
)

// Weighted returns the undirected network with tie weights, for gonum.
func (n *Network) Weighted() Undirected { return undirectedView{n, modeWeight} }

// Simple returns the undirected network with every tie of weight 1, for
// unweighted measures.
func (n *Network) Simple() Undirected { return undirectedView{n, modeSimple} }

// Distances returns the undirected network with each tie's weight replaced
// by the distance 1/weight, for gonum's shortest-path functions.
func (n *Network) Distances() Undirected { return undirectedView{n, modeDistance} }

func newNode(id int) gonum.Node { return simple.Node(id) }

func (v undirectedView) has(id int64) bool { return id >= 0 && id < int64(len(v.n.units)) }

func (v undirectedView) Node(id int64) gonum.Node {
	if !v.has(id) {
		return nil
	}
	return simple.Node(id)
}

func (v undirectedView) Nodes() gonum.Nodes {
	if len(v.n.units) == 0 {
		return gonum.Empty
	}
	return iterator.NewImplicitNodes(0, len(v.n.units), newNode)
}

func (v undirectedView) From(id int64) gonum.Nodes {
	if !v.has(id) {
		return gonum.Empty
	}
	nb, _ := v.n.Neighbors(id)
	if len(nb) == 0 {
		return gonum.Empty
	}
	return &idNodes{ids: nb, pos: -1}
}

func (v undirectedView) HasEdgeBetween(x, y int64) bool { return v.n.TieBetween(x, y) != nil }

func (v undirectedView) weight(t *Tie) float64 {
	switch v.mode {
	case modeSimple:
		return 1
	case modeDistance:
		return 1 / t.Weight
	}
	return t.Weight
}

func (v undirectedView) WeightedEdge(u, w int64) gonum.WeightedEdge {
	t := v.n.TieBetween(u, w)
	if t == nil {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(w), W: v.weight(t)}
}

func (v undirectedView) WeightedEdgeBetween(x, y int64) gonum.WeightedEdge {
	return v.WeightedEdge(x, y)
}

func (v undirectedView) Edge(u, w int64) gonum.Edge {
	if e := v.WeightedEdge(u, w); e != nil {
		return e
	}
	return nil
}

func (v undirectedView) EdgeBetween(x, y int64) gonum.Edge { return v.Edge(x, y) }

// Weight returns the weight of the tie between x and y. A node's weight to
// itself is 0; an absent tie has weight 0, or +Inf in the distance view.
func (v undirectedView) Weight(x, y int64) (float64, bool) {
	if x == y && v.has(x) {
		return 0, true
	}
	if t := v.n.TieBetween(x, y); t != nil {
		return v.weight(t), true
	}
	if v.mode == modeDistance {
		return math.Inf(1), false
	}
	return 0, false
}

// directedView presents the initiative arcs to gonum.
type directedView struct{ n *Network }

// Initiative returns the directed initiative graph: an arc from → to for
// every pair where from contacted to, weighted by the number of contacts.
func (n *Network) Initiative() gonum.Directed { return directedView{n} }

func (v directedView) Node(id int64) gonum.Node { return undirectedView{n: v.n}.Node(id) }
func (v directedView) Nodes() gonum.Nodes       { return undirectedView{n: v.n}.Nodes() }
func (v directedView) HasEdgeBetween(x, y int64) bool {
	return v.HasEdgeFromTo(x, y) || v.HasEdgeFromTo(y, x)
}

func (v directedView) arc(u, w int64) *Arc {
	if u < 0 || int(u) >= len(v.n.units) {
		return nil
	}
	for _, a := range v.n.Out(u) {
		if int64(v.n.arcs[a].To) == w {
			return &v.n.arcs[a]
		}
	}
	return nil
}

func (v directedView) HasEdgeFromTo(u, w int64) bool { return v.arc(u, w) != nil }

func (v directedView) Edge(u, w int64) gonum.Edge {
	a := v.arc(u, w)
	if a == nil {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(w), W: float64(a.Contacts)}
}

func (v directedView) From(id int64) gonum.Nodes {
	if id < 0 || int(id) >= len(v.n.units) {
		return gonum.Empty
	}
	return v.ends(v.n.Out(id), func(a *Arc) int32 { return a.To })
}

func (v directedView) To(id int64) gonum.Nodes {
	if id < 0 || int(id) >= len(v.n.units) {
		return gonum.Empty
	}
	return v.ends(v.n.In(id), func(a *Arc) int32 { return a.From })
}

func (v directedView) ends(arcs []int32, end func(*Arc) int32) gonum.Nodes {
	if len(arcs) == 0 {
		return gonum.Empty
	}
	ids := make([]int32, len(arcs))
	for i, a := range arcs {
		ids[i] = end(&v.n.arcs[a])
	}
	return &idNodes{ids: ids, pos: -1}
}

// idNodes iterates over a slice of node IDs.
type idNodes struct {
	ids []int32
	pos int
}

func (it *idNodes) Len() int {
	if it.pos >= len(it.ids) {
		return 0
	}
	if it.pos < 0 {
		return len(it.ids)
	}
	return len(it.ids) - it.pos - 1
}

func (it *idNodes) Next() bool {
	if it.pos < len(it.ids) {
		it.pos++
	}
	return it.pos < len(it.ids)
}

func (it *idNodes) Node() gonum.Node {
	if it.pos < 0 || it.pos >= len(it.ids) {
		return nil
	}
	return simple.Node(it.ids[it.pos])
}

func (it *idNodes) Reset() { it.pos = -1 }
