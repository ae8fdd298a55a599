package views

import (
	"math"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// pinned is a picture of pinned nodes and straight edges, in points with
// y pointing down; marshal flips it for Graphviz.
type pinned struct {
	w, h  float64
	nodes []pnode
	edges []pedge
}

type pnode struct {
	x, y  float64 // centre
	Attrs draw.Attrs
}

type pedge struct {
	a, b  int
	Attrs draw.Attrs
}

func (p *pinned) add(x, y float64, a draw.Attrs) int {
	p.nodes = append(p.nodes, pnode{x: x, y: y, Attrs: a})
	p.w = math.Max(p.w, x)
	p.h = math.Max(p.h, y)
	return len(p.nodes) - 1
}

// text adds a one-line label of width w (points) at x (its left edge when
// align is 'l', its right edge for 'r', its centre otherwise) and vertical
// centre y. It is an HTML-like label in a fixed-size cell, the one way to
// align a node's text left or right that gonum's encoder passes through.
func (p *pinned) text(x, y, w float64, s string, size float64, bold bool, align byte, color string) int {
	h := size * 1.5
	cx, just := x, "CENTER"
	switch align {
	case 'l':
		cx, just = x+w/2, "LEFT"
	case 'r':
		cx, just = x-w/2, "RIGHT"
	}
	face := "Helvetica"
	if bold {
		face = "Helvetica-Bold"
	}
	if color == "" {
		color = textColor
	}
	var a draw.Attrs
	a.Set("shape", "plaintext")
	a.Set("margin", "0")
	a.Set("width", pt(w))
	a.Set("height", pt(h))
	a.Set("fixedsize", "true")
	a.Set("label", `<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD FIXEDSIZE="TRUE" WIDTH="`+
		strconv.Itoa(int(math.Round(w)))+`" HEIGHT="`+strconv.Itoa(int(math.Round(h)))+`" ALIGN="`+just+`"><FONT FACE="`+face+
		`" POINT-SIZE="`+num(size, 1, graph.EN)+`" COLOR="`+color+`">`+draw.HTML(s)+`</FONT></TD></TR></TABLE>>`)
	p.w = math.Max(p.w, cx+w/2)
	return p.add(cx, y, a)
}

// rect adds a filled rectangle without outline.
func (p *pinned) rect(x, y, w, h float64, fill string) int {
	var a draw.Attrs
	a.Set("shape", "box")
	a.Set("fixedsize", "true")
	a.Set("width", pt(w))
	a.Set("height", pt(h))
	a.Set("style", "filled")
	a.Set("fillcolor", fill)
	a.Set("color", fill)
	a.Set("penwidth", "0")
	a.Set("label", `" "`)
	p.w = math.Max(p.w, x+w)
	p.h = math.Max(p.h, y+h)
	return p.add(x+w/2, y+h/2, a)
}

// frame adds the outline of a rectangle: an unfilled box, which hides
// none of the ties drawn before it (outputorder edgesfirst).
func (p *pinned) frame(x, y, w, h float64, color string) int {
	var a draw.Attrs
	a.Set("shape", "box")
	a.Set("fixedsize", "true")
	a.Set("width", pt(w))
	a.Set("height", pt(h))
	a.Set("color", color)
	a.Set("penwidth", "0.8")
	a.Set("label", `" "`)
	p.w = math.Max(p.w, x+w)
	p.h = math.Max(p.h, y+h)
	return p.add(x+w/2, y+h/2, a)
}

// append copies q into p with its origin at (dx, dy).
func (p *pinned) append(q *pinned, dx, dy float64) {
	base := len(p.nodes)
	for _, nd := range q.nodes {
		p.add(nd.x+dx, nd.y+dy, nd.Attrs)
	}
	for _, e := range q.edges {
		p.edges = append(p.edges, pedge{a: e.a + base, b: e.b + base, Attrs: e.Attrs})
	}
	p.w = math.Max(p.w, q.w+dx)
	p.h = math.Max(p.h, q.h+dy)
}

// pt converts points to the inches of Graphviz's width and height.
func pt(x float64) string { return num(math.Max(x, 0.01)/72, 3, graph.EN) }

// marshal writes p as DOT: layout neato with every node pinned. A dpi
// other than 0 sets the resolution of the PNG (Graphviz's SVG would be
// scaled wrongly by it, so the SVG is made without).
func (p *pinned) marshal(name string, dpi ...int) ([]byte, error) {
	d := draw.NewGraph(name)
	g := &d.Attrs
	if len(dpi) > 0 && dpi[0] > 0 {
		g.Set("dpi", strconv.Itoa(dpi[0]))
	}
	g.Set("layout", "neato")
	g.Set("maxiter", "0") // every node is pinned: nothing to optimise
	g.Set("inputscale", "72")
	g.Set("splines", "false")
	g.Set("outputorder", "edgesfirst")
	g.Set("bgcolor", "white")
	g.Set("pad", "0.2")
	g.Set("fontname", "Helvetica")
	nd := &d.NodeAttrs
	nd.Set("fontname", "Helvetica")
	nd.Set("fontcolor", textColor)
	ids := make([]*draw.Node, len(p.nodes))
	for i, x := range p.nodes {
		a := append(draw.Attrs(nil), x.Attrs...)
		a.Set("pos", `"`+num(x.x, 2, graph.EN)+","+num(p.h-x.y, 2, graph.EN)+`!"`)
		ids[i] = d.AddNode("p"+strconv.Itoa(i), a)
	}
	for _, e := range p.edges {
		d.AddEdge(ids[e.a].ID, ids[e.b].ID, e.Attrs)
	}
	return d.Marshal()
}
