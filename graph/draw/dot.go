package draw

import (
	"sort"
	"strconv"
	"strings"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/iterator"
)

// A diagram is built as a Graph and written as DOT by gonum's encoding/dot
// through the view types at the end of this file: dotGraph is the root
// graph (dot.Attributers for the graph, node and edge defaults,
// dot.Structurer for the subgraphs), dotNode and dotEdge carry their
// attributes (encoding.Attributer), and dotSub is a subgraph, a cluster or
// a rank=same group, whose members are listed by ID only, so that every
// node's attributes are written once, at the root.

// Attrs is an ordered list of DOT attributes; the order is the order in
// the DOT. Values are written as given: quote text with Quote, or write
// an HTML-like label as <...>.
type Attrs []encoding.Attribute

// Set sets key to value, in its place when key is set already, else at
// the end.
func (a *Attrs) Set(key, value string) {
	for i := range *a {
		if (*a)[i].Key == key {
			(*a)[i].Value = value
			return
		}
	}
	*a = append(*a, encoding.Attribute{Key: key, Value: value})
}

// Get returns the value of key, "" when it is not set.
func (a Attrs) Get(key string) string {
	for _, x := range a {
		if x.Key == key {
			return x.Value
		}
	}
	return ""
}

// Attributes returns a as gonum's encoder reads it.
func (a Attrs) Attributes() []encoding.Attribute { return a }

// Graph is a styled diagram before it is written as DOT: undirected,
// without multiple edges, its nodes numbered from 0 in the order added.
type Graph struct {
	Name string
	// Attrs are the graph's attributes; NodeAttrs and EdgeAttrs the
	// defaults of its nodes and edges.
	Attrs, NodeAttrs, EdgeAttrs Attrs
	Nodes                       []*Node
	// Subgraphs are clusters (named cluster…) and other groups, such as
	// rank=same rows.
	Subgraphs []*Subgraph

	edges map[[2]int64]*Edge
	adj   map[int64][]int64 // sorted when written
	ids   map[string]bool   // DOT IDs in use
}

// Node is a node of a Graph.
type Node struct {
	ID    int64  // its index in Graph.Nodes
	Key   string // what its DOT ID was made from
	Attrs Attrs
	dotID string
}

// Edge is the edge between the nodes A and B of a Graph, A < B.
type Edge struct {
	A, B  int64
	Attrs Attrs
}

// Subgraph is a group of nodes of a Graph, listed by ID, with subgraphs
// of its own.
type Subgraph struct {
	Name      string
	Attrs     Attrs
	Members   []int64
	Subgraphs []*Subgraph
}

// NewGraph returns an empty graph called name.
func NewGraph(name string) *Graph {
	return &Graph{Name: name, edges: make(map[[2]int64]*Edge), adj: make(map[int64][]int64), ids: make(map[string]bool)}
}

// AddNode adds a node whose DOT ID is derived from key: the key itself,
// quoted, when it is plain text, else a made-up ID. Keys should be unique
// (the views use unit keys); the made-up IDs are made unique too.
func (g *Graph) AddNode(key string, a Attrs) *Node {
	id := dotID(key)
	for i := 2; id == "" || g.ids[id]; i++ {
		id = `"_n` + strconv.Itoa(len(g.Nodes)) + "_" + strconv.Itoa(i) + `"`
	}
	g.ids[id] = true
	n := &Node{ID: int64(len(g.Nodes)), Key: key, dotID: id, Attrs: a}
	g.Nodes = append(g.Nodes, n)
	return n
}

// dotID quotes key as a DOT ID when it holds nothing that needs escaping,
// and returns "" otherwise.
func dotID(key string) string {
	if key == "" || len(key) > 200 {
		return ""
	}
	for _, r := range key {
		if r < ' ' || r == '"' || r == '\\' || r == 0x7f || r == 0xFFFD {
			return ""
		}
	}
	return `"` + key + `"`
}

// AddEdge adds the edge a–b with attributes at, or returns the existing
// one as it is.
func (g *Graph) AddEdge(a, b int64, at Attrs) *Edge {
	if a > b {
		a, b = b, a
	}
	k := [2]int64{a, b}
	if e, ok := g.edges[k]; ok {
		return e
	}
	e := &Edge{A: a, B: b, Attrs: at}
	g.edges[k] = e
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
	return e
}

// Edge returns the edge a–b, or nil.
func (g *Graph) Edge(a, b int64) *Edge {
	if a > b {
		a, b = b, a
	}
	return g.edges[[2]int64{a, b}]
}

// NumEdges returns the number of edges.
func (g *Graph) NumEdges() int { return len(g.edges) }

// Merge adds the nodes, edges and subgraphs of h to g, inside a cluster
// called name with attributes a; node and edge attributes that h sets as
// defaults are copied to its nodes and edges, since g's defaults differ.
func (g *Graph) Merge(h *Graph, name string, a Attrs) {
	ids := make([]int64, len(h.Nodes))
	for i, n := range h.Nodes {
		var na Attrs
		for _, x := range h.NodeAttrs {
			if n.Attrs.Get(x.Key) == "" {
				na.Set(x.Key, x.Value)
			}
		}
		na = append(na, n.Attrs...)
		ids[i] = g.AddNode(n.Key, na).ID
	}
	keys := make([][2]int64, 0, len(h.edges))
	for k := range h.edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		var ea Attrs
		for _, x := range h.EdgeAttrs {
			if h.edges[k].Attrs.Get(x.Key) == "" {
				ea.Set(x.Key, x.Value)
			}
		}
		g.AddEdge(ids[k[0]], ids[k[1]], append(ea, h.edges[k].Attrs...))
	}
	var remap func(s *Subgraph) *Subgraph
	remap = func(s *Subgraph) *Subgraph {
		// Not name's prefix: a subgraph called cluster… is a cluster.
		t := &Subgraph{Name: strings.TrimPrefix(name, "cluster_") + "_" + s.Name, Attrs: s.Attrs}
		for _, m := range s.Members {
			t.Members = append(t.Members, ids[m])
		}
		for _, c := range s.Subgraphs {
			t.Subgraphs = append(t.Subgraphs, remap(c))
		}
		return t
	}
	c := &Subgraph{Name: name, Attrs: a, Members: ids}
	for _, s := range h.Subgraphs {
		c.Subgraphs = append(c.Subgraphs, remap(s))
	}
	g.Subgraphs = append(g.Subgraphs, c)
}

// Marshal writes g as DOT with gonum's encoder.
func (g *Graph) Marshal() ([]byte, error) {
	for _, nb := range g.adj {
		sort.Slice(nb, func(i, j int) bool { return nb[i] < nb[j] })
	}
	b, err := dot.Marshal(dotGraph{g}, "", "", "\t")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// dotGraph is the root graph as gonum sees it.
type dotGraph struct{ g *Graph }

var (
	_ gonum.Graph         = dotGraph{}
	_ dot.Graph           = dotGraph{}
	_ dot.Attributers     = dotGraph{}
	_ dot.Structurer      = dotGraph{}
	_ encoding.Attributer = dotNode{}
	_ encoding.Attributer = dotEdge{}
	_ dot.Graph           = dotSub{}
	_ dot.Attributers     = dotSub{}
	_ dot.Structurer      = dotSub{}
)

func (d dotGraph) DOTID() string { return d.g.Name }

func (d dotGraph) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return d.g.Attrs, d.g.NodeAttrs, d.g.EdgeAttrs
}

func (d dotGraph) Structure() []dot.Graph {
	out := make([]dot.Graph, len(d.g.Subgraphs))
	for i, s := range d.g.Subgraphs {
		out[i] = dotSub{d.g, s}
	}
	return out
}

func (d dotGraph) Node(id int64) gonum.Node {
	if id < 0 || id >= int64(len(d.g.Nodes)) {
		return nil
	}
	return dotNode{d.g.Nodes[id]}
}

func (d dotGraph) Nodes() gonum.Nodes {
	ns := make([]gonum.Node, len(d.g.Nodes))
	for i, n := range d.g.Nodes {
		ns[i] = dotNode{n}
	}
	return iterator.NewOrderedNodes(ns)
}

func (d dotGraph) From(id int64) gonum.Nodes {
	nb := d.g.adj[id]
	if len(nb) == 0 {
		return gonum.Empty
	}
	ns := make([]gonum.Node, len(nb))
	for i, v := range nb {
		ns[i] = dotNode{d.g.Nodes[v]}
	}
	return iterator.NewOrderedNodes(ns)
}

func (d dotGraph) HasEdgeBetween(x, y int64) bool { return d.edge(x, y) != nil }

func (d dotGraph) Edge(u, v int64) gonum.Edge {
	e := d.edge(u, v)
	if e == nil {
		return nil
	}
	return dotEdge{from: dotNode{d.g.Nodes[u]}, to: dotNode{d.g.Nodes[v]}, e: e}
}

func (d dotGraph) edge(u, v int64) *Edge {
	if u > v {
		u, v = v, u
	}
	return d.g.edges[[2]int64{u, v}]
}

type dotNode struct{ n *Node }

func (n dotNode) ID() int64                        { return n.n.ID }
func (n dotNode) DOTID() string                    { return n.n.dotID }
func (n dotNode) Attributes() []encoding.Attribute { return n.n.Attrs }

// bareNode is a node as a member of a subgraph: its ID without attributes.
type bareNode struct{ n *Node }

func (n bareNode) ID() int64     { return n.n.ID }
func (n bareNode) DOTID() string { return n.n.dotID }

type dotEdge struct {
	from, to dotNode
	e        *Edge
}

func (e dotEdge) From() gonum.Node                 { return e.from }
func (e dotEdge) To() gonum.Node                   { return e.to }
func (e dotEdge) ReversedEdge() gonum.Edge         { return dotEdge{e.to, e.from, e.e} }
func (e dotEdge) Attributes() []encoding.Attribute { return e.e.Attrs }

// dotSub is a subgraph as gonum sees it: its members and nested
// subgraphs, no edges.
type dotSub struct {
	g *Graph
	s *Subgraph
}

func (d dotSub) DOTID() string { return d.s.Name }

func (d dotSub) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return d.s.Attrs, nil, nil
}

func (d dotSub) Structure() []dot.Graph {
	out := make([]dot.Graph, len(d.s.Subgraphs))
	for i, s := range d.s.Subgraphs {
		out[i] = dotSub{d.g, s}
	}
	return out
}

func (d dotSub) Node(id int64) gonum.Node {
	for _, m := range d.s.Members {
		if m == id {
			return bareNode{d.g.Nodes[id]}
		}
	}
	return nil
}

func (d dotSub) Nodes() gonum.Nodes {
	ns := make([]gonum.Node, len(d.s.Members))
	for i, m := range d.s.Members {
		ns[i] = bareNode{d.g.Nodes[m]}
	}
	return iterator.NewOrderedNodes(ns)
}

func (d dotSub) From(int64) gonum.Nodes           { return gonum.Empty }
func (d dotSub) HasEdgeBetween(int64, int64) bool { return false }
func (d dotSub) Edge(int64, int64) gonum.Edge     { return nil }
