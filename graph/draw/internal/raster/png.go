package raster

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"slices"
	"strconv"
	"strings"
)

// PixelsPerPoint is the resolution of a PNG. Graphviz lays out in points
// (1/72 inch); a PNG is drawn at 2 pixels per point (144 dpi, sharp on a
// slide) unless the graph sets dpi, and scaled down when it would exceed
// maxPixels or maxSide pixels, so that a large network cannot exhaust
// memory.
const PixelsPerPoint = 2.0

const (
	maxPixels = 32_000_000
	maxSide   = 16_000

	fastEncodePixels = 4_000_000 // pixels above which PNG compression favours speed
)

// Graph is the part of Graphviz's "json" output PNG reads: the
// root graph's attributes and drawing, its subgraphs and nodes (objects,
// subgraphs first) and its edges. Attribute values are strings.
type Graph struct {
	BB          string   `json:"bb"`
	Pad         string   `json:"pad"`
	DPI         string   `json:"dpi"`
	Size        string   `json:"size"`
	OutputOrder string   `json:"outputorder"`
	BGColor     string   `json:"bgcolor"`
	SubgraphCnt int      `json:"_subgraph_cnt"`
	Draw        []Op     `json:"_draw_"`
	LDraw       []Op     `json:"_ldraw_"`
	Objects     []Object `json:"objects"`
	Edges       []Edge   `json:"edges"`

	// Box, when set, is the size in points of the box the picture is
	// printed in: it is drawn at no more than MaxBoxDPI there, since more
	// pixels only cost time and bytes.
	Box [2]float64 `json:"-"`
}

// MaxBoxDPI is the most dots per inch a picture gets in its printed box
// (Graph.Box).
const MaxBoxDPI = 300

// Object is a subgraph or a node.
type Object struct {
	GVID  int  `json:"_gvid"`
	Draw  []Op `json:"_draw_"`
	LDraw []Op `json:"_ldraw_"`
}

// Edge is an edge; Tail and Head index Graph.Objects.
type Edge struct {
	GVID   int  `json:"_gvid"`
	Tail   int  `json:"tail"`
	Head   int  `json:"head"`
	Draw   []Op `json:"_draw_"`   // the spline
	TDraw  []Op `json:"_tdraw_"`  // the arrowhead at the tail
	HDraw  []Op `json:"_hdraw_"`  // the arrowhead at the head
	LDraw  []Op `json:"_ldraw_"`  // label and xlabel
	TLDraw []Op `json:"_tldraw_"` // taillabel
	HLDraw []Op `json:"_hldraw_"` // headlabel
}

// Op is one xdot drawing operation, as Graphviz's JSON renderer writes
// it (https://graphviz.org/docs/outputs/canon/#xdot): Op is one of
//
//	E e  filled / unfilled ellipse: Rect = centre x, y, radii rx, ry
//	P p  filled / unfilled polygon: Points
//	L    polyline: Points
//	B b  unfilled / filled cubic B-spline: Points (1 + 3k control points)
//	T    text: Pt (baseline), Align (l, c, r), Width, Text
//	F    font: Size (points), Face
//	t    font characteristics: FontChar (1 bold, 2 italic, 4 underline,
//	     8 superscript, 16 subscript, 32 strike-through, 64 overline)
//	c C  pen / fill colour: Color, or a gradient (Grad linear|radial, P0,
//	     P1, Stops)
//	S    style: Style (solid, dashed, dotted, bold, invis, setlinewidth(w))
//	I    image (not drawn)
type Op struct {
	Op       string       `json:"op"`
	Rect     []float64    `json:"rect"`
	Points   [][2]float64 `json:"points"`
	Pt       []float64    `json:"pt"`
	Align    string       `json:"align"`
	Width    float64      `json:"width"`
	Text     string       `json:"text"`
	Size     float64      `json:"size"`
	Face     string       `json:"face"`
	FontChar int          `json:"fontchar"`
	Color    string       `json:"color"`
	Grad     string       `json:"grad"`
	P0       []float64    `json:"p0"`
	P1       []float64    `json:"p1"`
	Stops    []Stop       `json:"stops"`
	Style    string       `json:"style"`
}

type Stop struct {
	Frac  float64 `json:"frac"`
	Color string  `json:"color"`
}

// PNG draws Graphviz's JSON layout js as a PNG.
func PNG(js []byte) ([]byte, error) {
	g, err := decode(js)
	if err != nil {
		return nil, err
	}
	img, err := g.rasterize()
	if err != nil {
		return nil, err
	}
	return encode(img)
}

// Draw draws g, a drawing made without Graphviz, as a PNG.
func Draw(g *Graph) ([]byte, error) {
	img, err := g.rasterize()
	if err != nil {
		return nil, err
	}
	return encode(img)
}

// decode reads Graphviz's JSON layout.
func decode(js []byte) (*Graph, error) {
	var g Graph
	if err := json.Unmarshal(js, &g); err != nil {
		return nil, fmt.Errorf("draw: reading the Graphviz layout: %w", err)
	}
	return &g, nil
}

func encode(img image.Image) ([]byte, error) {
	// Large pictures are compressed for speed (half the time, a file
	// about 10 % larger), small ones for size.
	level := png.DefaultCompression
	if b := img.Bounds(); b.Dx()*b.Dy() > fastEncodePixels {
		level = png.BestSpeed
	}
	enc := png.Encoder{CompressionLevel: level}
	var buf bytes.Buffer
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("draw: %w", err)
	}
	return buf.Bytes(), nil
}

// rasterize draws the graph. The order is Graphviz's (emit.c): the background
// and graph label, the clusters outside in, then nodes and edges in the
// order of the graph's outputorder attribute; by default each node followed
// by its out-edges, each edge after its head node.
func (g *Graph) rasterize() (*image.RGBA, error) {
	bb, err := parseFloats(g.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("draw: Graphviz layout: bounding box %q: %w", g.BB, err)
	}
	llx, lly, urx, ury := bb[0], bb[1], bb[2], bb[3]
	padx, pady := 4.0, 4.0 // Graphviz's default pad, in points
	if p, err := parseFloats(g.Pad, 0); err == nil && len(p) > 0 {
		padx, pady = max(p[0], 0)*72, max(p[0], 0)*72
		if len(p) > 1 {
			pady = max(p[1], 0) * 72
		}
	}
	w, h := urx-llx+2*padx, ury-lly+2*pady
	if urx < llx || ury < lly || !(w > 0 && h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		return nil, fmt.Errorf("draw: Graphviz layout: bounding box %q is empty", g.BB)
	}
	scale := g.scale(w, h)
	g.fixBeziers()
	c := newCanvas(int(math.Ceil(w*scale)), int(math.Ceil(h*scale)), scale, padx-llx, ury+pady)
	bg := backgroundColor(g.Draw)
	root := g.Draw
	if b := strings.ToLower(strings.TrimSpace(g.BGColor)); b == "transparent" || b == "none" {
		// Graphviz's xdot paints a transparent page white; a PNG can
		// honour it, so drop that page polygon.
		bg, root = color.NRGBA{}, withoutPage(root)
	}
	c.clear(bg)

	c.drawOps(root)
	c.drawOps(g.LDraw)
	n := min(max(g.SubgraphCnt, 0), len(g.Objects))
	for _, sg := range g.Objects[:n] {
		c.drawOps(sg.Draw)
		c.drawOps(sg.LDraw)
	}

	nodes := g.Objects[n:]
	drawn := make([]bool, len(g.Objects))
	node := func(i int) {
		if i >= n && i < len(g.Objects) && !drawn[i] {
			drawn[i] = true
			c.drawOps(g.Objects[i].Draw)
			c.drawOps(g.Objects[i].LDraw)
		}
	}
	edges := slices.Clone(g.Edges)
	slices.SortStableFunc(edges, func(a, b Edge) int { return a.GVID - b.GVID })
	edge := func(e *Edge) {
		for _, ops := range [][]Op{e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw} {
			c.drawOps(ops)
		}
	}
	switch g.OutputOrder {
	case "nodesfirst":
		for i := range nodes {
			node(n + i)
		}
		for i := range edges {
			edge(&edges[i])
		}
	case "edgesfirst":
		for i := range edges {
			edge(&edges[i])
		}
		for i := range nodes {
			node(n + i)
		}
	default:
		// Edges are numbered by tail node, then out-edge order, so a
		// stable walk over them by tail reproduces agfstout's order.
		slices.SortStableFunc(edges, func(a, b Edge) int { return a.Tail - b.Tail })
		k := 0
		for i := range nodes {
			node(n + i)
			for ; k < len(edges) && edges[k].Tail <= n+i; k++ {
				node(edges[k].Head)
				edge(&edges[k])
			}
		}
		for ; k < len(edges); k++ {
			edge(&edges[k])
		}
	}
	return c.img, nil
}

// scale returns the pixels per point of a drawing w × h points large:
// the graph's dpi and size, at most MaxBoxDPI of the box it is printed
// in, and within maxPixels and maxSide.
func (g *Graph) scale(w, h float64) float64 {
	scale := PixelsPerPoint
	if d, err := strconv.ParseFloat(strings.TrimSpace(g.DPI), 64); err == nil && d > 0 {
		scale = d / 72
	}
	scale *= sizeZoom(g.Size, w, h)
	if g.Box[0] > 0 && g.Box[1] > 0 {
		scale = min(scale, math.Min(g.Box[0]/w, g.Box[1]/h)*MaxBoxDPI/72)
	}
	if px := w * h * scale * scale; px > maxPixels {
		scale *= math.Sqrt(maxPixels / px)
	}
	if side := math.Max(w, h) * scale; side > maxSide {
		scale *= maxSide / side
	}
	return scale
}

// fixBeziers undoes a swap in Graphviz's JSON writer (write_xdot in
// plugin/core/gvrender_core_json.c, still so in Graphviz 12): it writes a
// filled B-spline as "B" and an unfilled one as "b", the reverse of xdot,
// so every edge would be drawn as a filled black shape. Edges are never
// filled, so an edge drawn with "b" shows the swap; a Graphviz that writes
// "B" for edges has it fixed and is left alone.
func (g *Graph) fixBeziers() {
	if !g.swapped() {
		return
	}
	swapBeziers(g.Draw)
	swapBeziers(g.LDraw)
	for i := range g.Objects {
		swapBeziers(g.Objects[i].Draw)
		swapBeziers(g.Objects[i].LDraw)
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		for _, ops := range [][]Op{e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw} {
			swapBeziers(ops)
		}
	}
}

// sizeZoom is the factor by which Graphviz scales a drawing of w×h points
// (padding included) to honour the graph attribute size ("w,h" in inches,
// "!" to scale up as well as down): init_job_viewport in emit.c.
func sizeZoom(size string, w, h float64) float64 {
	fill := strings.HasSuffix(strings.TrimSpace(size), "!")
	s, err := parseFloats(strings.TrimSuffix(strings.TrimSpace(size), "!"), 0)
	if err != nil || len(s) == 0 || s[0] <= 0 {
		return 1
	}
	sx, sy := s[0]*72, s[0]*72
	if len(s) > 1 && s[1] > 0 {
		sy = s[1] * 72
	}
	if sx < w || sy < h || (fill && sx > w && sy > h) {
		return min(sx/w, sy/h)
	}
	return 1
}

// backgroundColor is the colour Graphviz paints the page with: the fill of
// the root graph's first filled polygon (bgcolor), white if there is none.
func backgroundColor(ops []Op) color.NRGBA {
	bg := color.NRGBA{255, 255, 255, 255}
	for _, op := range ops {
		switch op.Op {
		case "C":
			if c, ok := parseColor(op.Color); ok && op.Grad != "linear" && op.Grad != "radial" {
				bg = c
			}
		case "P":
			return bg
		}
	}
	return color.NRGBA{255, 255, 255, 255}
}

// withoutPage returns ops without its first filled polygon, the page.
func withoutPage(ops []Op) []Op {
	for i, op := range ops {
		if op.Op == "P" {
			return append(slices.Clone(ops[:i]), ops[i+1:]...)
		}
	}
	return ops
}

// parseFloats parses comma- or space-separated numbers; want > 0 requires
// exactly that many.
func parseFloats(s string, want int) ([]float64, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	if want > 0 && len(fields) != want {
		return nil, fmt.Errorf("want %d numbers", want)
	}
	out := make([]float64, len(fields))
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("bad number %q", f)
		}
		out[i] = v
	}
	return out, nil
}
