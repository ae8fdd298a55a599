package render

// PNG output.
//
// go-graphviz v0.2.x draws PNG with its own Go render plugin, and edges
// reach that plugin flagged as filled (goccy/go-graphviz#106): they come out
// as black blobs, and node outlines vanish. samkart does not use Graphviz's
// PNG at all. Three ways round it were weighed:
//
//   - a replacement render plugin: one callback across the WebAssembly
//     bridge per primitive, the same wrong flag arriving, and a plugin API
//     that is undocumented and tied to the go-graphviz version;
//   - rasterising Graphviz's SVG: needs an SVG parser (path data,
//     transforms, presentation attributes, entities) before drawing
//     anything;
//   - rasterising Graphviz's layout in its xdot form, asked for as "json":
//     every node, edge, arrowhead, cluster and label arrives as a short list
//     of typed drawing operations (ellipse, polygon, polyline, B-spline,
//     text with baseline, alignment and Graphviz's width estimate, pen and
//     fill colour, font, line style) in layout points, already parsed by
//     encoding/json. Graphviz's own renderers draw from the same operations.
//
// The last gives the picture closest to the SVG with the least code, since
// both come from one layout and one list of drawing operations, so that is
// what rasterPNG does. golang.org/x/image/vector fills shapes with
// anti-aliasing; strokes are built as polygons (miter joins, butt caps,
// Graphviz's SVG dash patterns); text is filled from the glyph outlines of
// the embedded Go fonts (gofont), which cover æ, ø and å, so a PNG is the
// same on every machine. One quirk of the JSON had to be undone: it labels
// filled and unfilled B-splines the wrong way round (see fixBeziers).
//
// Known differences from the SVG as a browser draws it: text is in Go's
// sans-serif whatever the fontname (narrowed where it runs wider than
// Graphviz's estimate), colour names are X11's as in Graphviz (SVG viewers
// read "green" as #008000, Graphviz as #00ff00), image and link attributes
// are ignored, and rotate=90 is not applied.

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

// PNG resolution limits. Graphviz lays out in points (1/72 inch); a PNG is
// drawn at pngScale pixels per point (144 dpi, sharp on a slide) unless the
// graph sets dpi, and scaled down when it would exceed pngMaxPixels or
// pngMaxSide pixels, so that a large network cannot exhaust memory.
const (
	pngScale     = 2.0
	pngMaxPixels = 32_000_000
	pngMaxSide   = 16_000

	pngFastEncode = 4_000_000 // pixels above which PNG compression favours speed
)

// xdotGraph is the part of Graphviz's "json" output rasterPNG reads: the
// root graph's attributes and drawing, its subgraphs and nodes (objects,
// subgraphs first) and its edges. Attribute values are strings.
type xdotGraph struct {
	BB          string       `json:"bb"`
	Pad         string       `json:"pad"`
	DPI         string       `json:"dpi"`
	Size        string       `json:"size"`
	OutputOrder string       `json:"outputorder"`
	BGColor     string       `json:"bgcolor"`
	SubgraphCnt int          `json:"_subgraph_cnt"`
	Draw        []xdotOp     `json:"_draw_"`
	LDraw       []xdotOp     `json:"_ldraw_"`
	Objects     []xdotObject `json:"objects"`
	Edges       []xdotEdge   `json:"edges"`
}

// xdotObject is a subgraph or a node.
type xdotObject struct {
	GVID  int      `json:"_gvid"`
	Draw  []xdotOp `json:"_draw_"`
	LDraw []xdotOp `json:"_ldraw_"`
}

// xdotEdge is an edge; Tail and Head index xdotGraph.Objects.
type xdotEdge struct {
	GVID   int      `json:"_gvid"`
	Tail   int      `json:"tail"`
	Head   int      `json:"head"`
	Draw   []xdotOp `json:"_draw_"`   // the spline
	TDraw  []xdotOp `json:"_tdraw_"`  // the arrowhead at the tail
	HDraw  []xdotOp `json:"_hdraw_"`  // the arrowhead at the head
	LDraw  []xdotOp `json:"_ldraw_"`  // label and xlabel
	TLDraw []xdotOp `json:"_tldraw_"` // taillabel
	HLDraw []xdotOp `json:"_hldraw_"` // headlabel
}

// xdotOp is one xdot drawing operation, as Graphviz's JSON renderer writes
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
type xdotOp struct {
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
	Stops    []xdotStop   `json:"stops"`
	Style    string       `json:"style"`
}

type xdotStop struct {
	Frac  float64 `json:"frac"`
	Color string  `json:"color"`
}

// rasterPNG draws Graphviz's JSON layout js as a PNG.
func rasterPNG(js []byte) ([]byte, error) {
	var g xdotGraph
	if err := json.Unmarshal(js, &g); err != nil {
		return nil, fmt.Errorf("render: reading the Graphviz layout: %w", err)
	}
	img, err := g.raster()
	if err != nil {
		return nil, err
	}
	// Large pictures are compressed for speed (half the time, a file
	// about 10 % larger), small ones for size.
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if b := img.Bounds(); b.Dx()*b.Dy() > pngFastEncode {
		enc.CompressionLevel = png.BestSpeed
	}
	var buf bytes.Buffer
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return buf.Bytes(), nil
}

// raster draws the graph. The order is Graphviz's (emit.c): the background
// and graph label, the clusters outside in, then nodes and edges in the
// order of the graph's outputorder attribute; by default each node followed
// by its out-edges, each edge after its head node.
func (g *xdotGraph) raster() (*image.RGBA, error) {
	bb, err := parseFloats(g.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("render: Graphviz layout: bounding box %q: %w", g.BB, err)
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
		return nil, fmt.Errorf("render: Graphviz layout: bounding box %q is empty", g.BB)
	}
	scale := pngScale
	if d, err := strconv.ParseFloat(strings.TrimSpace(g.DPI), 64); err == nil && d > 0 {
		scale = d / 72
	}
	scale *= sizeZoom(g.Size, w, h)
	if px := w * h * scale * scale; px > pngMaxPixels {
		scale *= math.Sqrt(pngMaxPixels / px)
	}
	if side := math.Max(w, h) * scale; side > pngMaxSide {
		scale *= pngMaxSide / side
	}
	g.fixBeziers()
	c := newRasterCanvas(int(math.Ceil(w*scale)), int(math.Ceil(h*scale)), scale, padx-llx, ury+pady)
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
	slices.SortStableFunc(edges, func(a, b xdotEdge) int { return a.GVID - b.GVID })
	edge := func(e *xdotEdge) {
		for _, ops := range [][]xdotOp{e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw} {
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
		slices.SortStableFunc(edges, func(a, b xdotEdge) int { return a.Tail - b.Tail })
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

// fixBeziers undoes a swap in Graphviz's JSON writer (write_xdot in
// plugin/core/gvrender_core_json.c, still so in Graphviz 12): it writes a
// filled B-spline as "B" and an unfilled one as "b", the reverse of xdot,
// so every edge would be drawn as a filled black shape. Edges are never
// filled, so an edge drawn with "b" shows the swap; a Graphviz that writes
// "B" for edges has it fixed and is left alone.
func (g *xdotGraph) fixBeziers() {
	swapped := true
	for _, e := range g.Edges {
		for _, op := range e.Draw {
			switch op.Op {
			case "B":
				swapped = false
			}
		}
	}
	if !swapped {
		return
	}
	swap := func(ops []xdotOp) {
		for i := range ops {
			switch ops[i].Op {
			case "b":
				ops[i].Op = "B"
			case "B":
				ops[i].Op = "b"
			}
		}
	}
	swap(g.Draw)
	swap(g.LDraw)
	for i := range g.Objects {
		swap(g.Objects[i].Draw)
		swap(g.Objects[i].LDraw)
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		for _, ops := range [][]xdotOp{e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw} {
			swap(ops)
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
func backgroundColor(ops []xdotOp) color.NRGBA {
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
func withoutPage(ops []xdotOp) []xdotOp {
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
