package render

import (
	"sort"
	"strconv"
	"strings"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/iterator"
)

// A diagram is built as a small graph of its own (dgraph) and written as
// DOT by gonum's encoding/dot through the view types below: dotGraph is
// the root graph (dot.Attributers for the graph, node and edge defaults,
// dot.Structurer for the subgraphs), dotNode and dotEdge carry their
// attributes (encoding.Attributer), and dotSub is a subgraph, a cluster or
// a rank=same group, whose members are listed by ID only, so that every
// node's attributes are written once, at the root.

// attrs is an ordered attribute list; the order is the order in the DOT.
type attrs []encoding.Attribute

func (a *attrs) set(key, value string) {
	for i := range *a {
		if (*a)[i].Key == key {
			(*a)[i].Value = value
			return
		}
	}
	*a = append(*a, encoding.Attribute{Key: key, Value: value})
}

func (a attrs) get(key string) string {
	for _, x := range a {
		if x.Key == key {
			return x.Value
		}
	}
	return ""
}

func (a attrs) Attributes() []encoding.Attribute { return a }

// dgraph is a diagram before it is written: undirected, without multiple
// edges.
type dgraph struct {
	name              string
	graph, node, edge attrs
	nodes             []*dnode
	edges             map[[2]int64]*dedge
	adj               map[int64][]int64 // sorted when written
	subs              []*dsub
	ids               map[string]bool // DOT IDs in use
}

type dnode struct {
	id    int64
	key   string // what the DOT ID was made from
	dotID string
	attrs attrs
}

type dedge struct {
	a, b  int64 // a < b
	attrs attrs
}

type dsub struct {
	name    string
	attrs   attrs
	members []int64
	subs    []*dsub
}

func newDgraph(name string) *dgraph {
	return &dgraph{name: name, edges: make(map[[2]int64]*dedge), adj: make(map[int64][]int64), ids: make(map[string]bool)}
}

// addNode adds a node whose DOT ID is derived from key: the key itself,
// quoted, when it is plain text, else a made-up ID. Keys are unique within
// a dataset; the made-up IDs are made unique too.
func (g *dgraph) addNode(key string, a attrs) *dnode {
	id := dotID(key)
	for i := 2; id == "" || g.ids[id]; i++ {
		id = `"_n` + strconv.Itoa(len(g.nodes)) + "_" + strconv.Itoa(i) + `"`
	}
	g.ids[id] = true
	n := &dnode{id: int64(len(g.nodes)), key: key, dotID: id, attrs: a}
	g.nodes = append(g.nodes, n)
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

// addEdge adds the edge a–b, or returns the existing one.
func (g *dgraph) addEdge(a, b int64, at attrs) *dedge {
	if a > b {
		a, b = b, a
	}
	k := [2]int64{a, b}
	if e, ok := g.edges[k]; ok {
		return e
	}
	e := &dedge{a: a, b: b, attrs: at}
	g.edges[k] = e
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
	return e
}

// merge adds the nodes, edges and subgraphs of h to g, inside a cluster
// with attributes a; node attributes that h sets as defaults are copied to
// its nodes, since g's defaults differ.
func (g *dgraph) merge(h *dgraph, name string, a attrs) {
	ids := make([]int64, len(h.nodes))
	for i, n := range h.nodes {
		var na attrs
		for _, x := range h.node {
			if n.attrs.get(x.Key) == "" {
				na.set(x.Key, x.Value)
			}
		}
		na = append(na, n.attrs...)
		ids[i] = g.addNode(n.key, na).id
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
		var ea attrs
		for _, x := range h.edge {
			if h.edges[k].attrs.get(x.Key) == "" {
				ea.set(x.Key, x.Value)
			}
		}
		g.addEdge(ids[k[0]], ids[k[1]], append(ea, h.edges[k].attrs...))
	}
	var remap func(s *dsub) *dsub
	remap = func(s *dsub) *dsub {
		// Not name's prefix: a subgraph called cluster… is a cluster.
		t := &dsub{name: strings.TrimPrefix(name, "cluster_") + "_" + s.name, attrs: s.attrs}
		for _, m := range s.members {
			t.members = append(t.members, ids[m])
		}
		for _, c := range s.subs {
			t.subs = append(t.subs, remap(c))
		}
		return t
	}
	c := &dsub{name: name, attrs: a, members: ids}
	for _, s := range h.subs {
		c.subs = append(c.subs, remap(s))
	}
	g.subs = append(g.subs, c)
}

// marshal writes g as DOT with gonum's encoder.
func (g *dgraph) marshal() ([]byte, error) {
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
type dotGraph struct{ g *dgraph }

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

func (d dotGraph) DOTID() string { return d.g.name }

func (d dotGraph) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return d.g.graph, d.g.node, d.g.edge
}

func (d dotGraph) Structure() []dot.Graph {
	out := make([]dot.Graph, len(d.g.subs))
	for i, s := range d.g.subs {
		out[i] = dotSub{d.g, s}
	}
	return out
}

func (d dotGraph) Node(id int64) gonum.Node {
	if id < 0 || id >= int64(len(d.g.nodes)) {
		return nil
	}
	return dotNode{d.g.nodes[id]}
}

func (d dotGraph) Nodes() gonum.Nodes {
	ns := make([]gonum.Node, len(d.g.nodes))
	for i, n := range d.g.nodes {
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
		ns[i] = dotNode{d.g.nodes[v]}
	}
	return iterator.NewOrderedNodes(ns)
}

func (d dotGraph) HasEdgeBetween(x, y int64) bool { return d.edge(x, y) != nil }

func (d dotGraph) Edge(u, v int64) gonum.Edge {
	e := d.edge(u, v)
	if e == nil {
		return nil
	}
	return dotEdge{from: dotNode{d.g.nodes[u]}, to: dotNode{d.g.nodes[v]}, e: e}
}

func (d dotGraph) edge(u, v int64) *dedge {
	if u > v {
		u, v = v, u
	}
	return d.g.edges[[2]int64{u, v}]
}

type dotNode struct{ n *dnode }

func (n dotNode) ID() int64                        { return n.n.id }
func (n dotNode) DOTID() string                    { return n.n.dotID }
func (n dotNode) Attributes() []encoding.Attribute { return n.n.attrs }

// bareNode is a node as a member of a subgraph: its ID without attributes.
type bareNode struct{ n *dnode }

func (n bareNode) ID() int64     { return n.n.id }
func (n bareNode) DOTID() string { return n.n.dotID }

type dotEdge struct {
	from, to dotNode
	e        *dedge
}

func (e dotEdge) From() gonum.Node                 { return e.from }
func (e dotEdge) To() gonum.Node                   { return e.to }
func (e dotEdge) ReversedEdge() gonum.Edge         { return dotEdge{e.to, e.from, e.e} }
func (e dotEdge) Attributes() []encoding.Attribute { return e.e.attrs }

// dotSub is a subgraph as gonum sees it: its members and nested
// subgraphs, no edges.
type dotSub struct {
	g *dgraph
	s *dsub
}

func (d dotSub) DOTID() string { return d.s.name }

func (d dotSub) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return d.s.attrs, nil, nil
}

func (d dotSub) Structure() []dot.Graph {
	out := make([]dot.Graph, len(d.s.subs))
	for i, s := range d.s.subs {
		out[i] = dotSub{d.g, s}
	}
	return out
}

func (d dotSub) Node(id int64) gonum.Node {
	for _, m := range d.s.members {
		if m == id {
			return bareNode{d.g.nodes[id]}
		}
	}
	return nil
}

func (d dotSub) Nodes() gonum.Nodes {
	ns := make([]gonum.Node, len(d.s.members))
	for i, m := range d.s.members {
		ns[i] = bareNode{d.g.nodes[m]}
	}
	return iterator.NewOrderedNodes(ns)
}

func (d dotSub) From(int64) gonum.Nodes           { return gonum.Empty }
func (d dotSub) HasEdgeBetween(int64, int64) bool { return false }
func (d dotSub) Edge(int64, int64) gonum.Edge     { return nil }
