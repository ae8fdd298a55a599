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
	// pic is the node as a shape of a draw.Picture, its X and Y relative
	// to the centre (a text's left, centre or right end at its baseline,
	// a rectangle's top left corner); Kind 0 draws nothing.
	pic draw.Shape
}

type pedge struct {
	a, b  int
	Attrs draw.Attrs
}

func (p *pinned) add(x, y float64, a draw.Attrs) int {
	return p.addShape(x, y, a, circleOf(a))
}

func (p *pinned) addShape(x, y float64, a draw.Attrs, pic draw.Shape) int {
	p.nodes = append(p.nodes, pnode{x: x, y: y, Attrs: a, pic: pic})
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
	// Graphviz puts the baseline of a line centred on y about a third of
	// the font size below y.
	pic := draw.Shape{Kind: draw.TextShape, Y: size * 0.3, Text: s, Size: size, Bold: bold, Anchor: align, Color: color}
	switch align {
	case 'l':
		pic.X = -w / 2
	case 'r':
		pic.X = w / 2
	default:
		pic.Anchor = 'c'
	}
	return p.addShape(cx, y, a, pic)
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
	return p.addShape(x+w/2, y+h/2, a, draw.Shape{Kind: draw.RectShape, X: -w / 2, Y: -h / 2, W: w, H: h, Fill: fill})
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
	return p.addShape(x+w/2, y+h/2, a, draw.Shape{Kind: draw.RectShape, X: -w / 2, Y: -h / 2, W: w, H: h, Stroke: color, LineWidth: 0.8})
}

// append copies q into p with its origin at (dx, dy).
func (p *pinned) append(q *pinned, dx, dy float64) {
	base := len(p.nodes)
	for _, nd := range q.nodes {
		p.addShape(nd.x+dx, nd.y+dy, nd.Attrs, nd.pic)
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

// circleOf is the picture of a node with attributes a when it is a
// circle (shape, width in inches, fillcolor, color, penwidth, tooltip),
// else no shape.
func circleOf(a draw.Attrs) draw.Shape {
	if a.Get("shape") != "circle" {
		return draw.Shape{}
	}
	d, _ := strconv.ParseFloat(a.Get("width"), 64)
	lw, _ := strconv.ParseFloat(a.Get("penwidth"), 64)
	return draw.Shape{Kind: draw.CircleShape, W: d * 72, H: d * 72, Fill: a.Get("fillcolor"), Stroke: a.Get("color"), LineWidth: lw,
		Title: draw.Unquote(a.Get("tooltip"))}
}

// pinnedPad is the margin around a picture, in points, as marshal's pad.
const pinnedPad = 0.2 * 72

// picture draws p without Graphviz, as marshal's DOT lays it out: the
// edges first, as straight lines between the centres (under the nodes,
// which are drawn over them), then the nodes in order, all within a
// margin of pinnedPad around their extent. dpi sets the PNG's resolution
// (0 for the default).
func (p *pinned) picture(dpi float64) *draw.Picture {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	grow := func(x0, y0, x1, y1 float64) {
		minX, minY = math.Min(minX, x0), math.Min(minY, y0)
		maxX, maxY = math.Max(maxX, x1), math.Max(maxY, y1)
	}
	for _, nd := range p.nodes {
		switch s := nd.pic; s.Kind {
		case draw.CircleShape:
			grow(nd.x-s.W/2, nd.y-s.W/2, nd.x+s.W/2, nd.y+s.W/2)
		case draw.RectShape:
			grow(nd.x+s.X, nd.y+s.Y, nd.x+s.X+s.W, nd.y+s.Y+s.H)
		case draw.TextShape:
			h := s.Size * 0.75
			var x0 float64
			w := draw.TextWidth(s.Text, s.Size, s.Bold)
			switch s.Anchor {
			case 'l':
				x0 = nd.x + s.X
			case 'r':
				x0 = nd.x + s.X - w
			default:
				x0 = nd.x - w/2
			}
			grow(x0, nd.y-h, x0+w, nd.y+h)
		}
	}
	if minX > maxX {
		minX, minY, maxX, maxY = 0, 0, 0, 0
	}
	dx, dy := pinnedPad-minX, pinnedPad-minY
	pic := &draw.Picture{W: maxX - minX + 2*pinnedPad, H: maxY - minY + 2*pinnedPad, DPI: dpi}
	for _, e := range p.edges {
		a, b := p.nodes[e.a], p.nodes[e.b]
		lw, _ := strconv.ParseFloat(e.Attrs.Get("penwidth"), 64)
		if lw == 0 {
			lw = 1
		}
		c := e.Attrs.Get("color")
		if c == "" {
			c = "#000000"
		}
		pic.Line(a.x+dx, a.y+dy, b.x+dx, b.y+dy, c, lw)
	}
	for _, nd := range p.nodes {
		if nd.pic.Kind == 0 {
			continue
		}
		s := nd.pic
		s.X += nd.x + dx
		s.Y += nd.y + dy
		pic.Shapes = append(pic.Shapes, s)
	}
	return pic
}
