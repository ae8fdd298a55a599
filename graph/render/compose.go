package render

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"regexp"
	"strconv"
	"strings"
)

// A diagram's legend is laid out by dot on its own and placed to the right
// of the diagram, top-aligned: fdp, which lays out the network views,
// would put a legend cluster anywhere and scatter its samples. The SVG is
// one document holding both drawings; the PNG is rasterised from both
// layouts at once, so they share one scale. Beside a large diagram the
// legend is enlarged (legendScale), so that it stays legible when the
// picture is shrunk onto a slide.

// legendScale is the factor the legend is drawn at beside a diagram of
// height h points, for a legend of height lh: up to 3 times, so that it
// takes about half the diagram's height.
func legendScale(h, lh float64) float64 {
	if lh <= 0 {
		return 1
	}
	return min(max(0.5*h/lh, 1), 3)
}

// compose renders the diagram main and its legend leg in format f (SVG or
// PNG) as one picture.
func compose(ctx context.Context, main, leg []byte, f Format) ([]byte, error) {
	switch f {
	case FormatSVG:
		var a, b bytes.Buffer
		if err := Render(ctx, main, FormatSVG, &a); err != nil {
			return nil, err
		}
		if err := Render(ctx, leg, FormatSVG, &b); err != nil {
			return nil, err
		}
		return composeSVG(a.Bytes(), b.Bytes())
	case FormatPNG:
		a, err := layout(ctx, main, "json")
		if err != nil {
			return nil, err
		}
		b, err := layout(ctx, leg, "json")
		if err != nil {
			return nil, err
		}
		return composePNG(a, b)
	}
	return nil, fmt.Errorf("render: cannot compose %v", f)
}

// svgRoot matches the root element's start tag of a Graphviz SVG.
var svgRoot = regexp.MustCompile(`(?s)<svg width="([0-9.]+)pt" height="([0-9.]+)pt"\s+viewBox="([-0-9. ]+)"[^>]*>`)

type svgDoc struct {
	prolog string  // everything before <svg
	w, h   float64 // points
	body   string  // between the root's start and end tags
}

func parseSVG(b []byte) (svgDoc, error) {
	s := string(b)
	m := svgRoot.FindStringSubmatchIndex(s)
	if m == nil {
		return svgDoc{}, fmt.Errorf("render: unexpected SVG from Graphviz")
	}
	d := svgDoc{prolog: s[:m[0]]}
	vb := strings.Fields(s[m[6]:m[7]])
	if len(vb) != 4 {
		return svgDoc{}, fmt.Errorf("render: unexpected SVG viewBox %q", s[m[6]:m[7]])
	}
	var err1, err2 error
	d.w, err1 = strconv.ParseFloat(vb[2], 64)
	d.h, err2 = strconv.ParseFloat(vb[3], 64)
	if err1 != nil || err2 != nil {
		return svgDoc{}, fmt.Errorf("render: unexpected SVG viewBox %q", s[m[6]:m[7]])
	}
	end := strings.LastIndex(s, "</svg>")
	if end < m[1] {
		return svgDoc{}, fmt.Errorf("render: unexpected SVG from Graphviz")
	}
	d.body = s[m[1]:end]
	return d, nil
}

// composeSVG puts the legend's drawing to the right of the main one. The
// legend's element IDs get a prefix, so that IDs stay unique.
func composeSVG(main, leg []byte) ([]byte, error) {
	a, err := parseSVG(main)
	if err != nil {
		return nil, err
	}
	b, err := parseSVG(leg)
	if err != nil {
		return nil, err
	}
	body := strings.NewReplacer(`id="`, `id="legend_`, `url(#`, `url(#legend_`, `href="#`, `href="#legend_`).Replace(b.body)
	k := legendScale(a.h, b.h)
	w, h := a.w+k*b.w, max(a.h, k*b.h)
	var out strings.Builder
	out.WriteString(a.prolog)
	fmt.Fprintf(&out, `<svg width="%spt" height="%spt"`+"\n"+` viewBox="0.00 0.00 %.2f %.2f" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">`,
		strconv.FormatFloat(ceil(w), 'f', -1, 64), strconv.FormatFloat(ceil(h), 'f', -1, 64), w, h)
	fmt.Fprintf(&out, "\n<rect x=\"0\" y=\"0\" width=\"%.2f\" height=\"%.2f\" fill=\"white\"/>", w, h)
	out.WriteString(a.body)
	fmt.Fprintf(&out, "<g id=\"legend\" transform=\"translate(%.2f 0) scale(%.3f)\">", a.w, k)
	out.WriteString(body)
	out.WriteString("</g>\n</svg>\n")
	return []byte(out.String()), nil
}

func ceil(x float64) float64 { return float64(int64(x + 0.999999)) }

// composePNG rasterises the two Graphviz layouts (in their JSON form) as
// one picture: the legend's drawing operations are moved to the right of
// the main drawing and added to it as extra subgraphs, each list of
// operations kept apart since every list starts from the default pen.
func composePNG(mainJS, legJS []byte) ([]byte, error) {
	var g, l xdotGraph
	if err := json.Unmarshal(mainJS, &g); err != nil {
		return nil, fmt.Errorf("render: reading the Graphviz layout: %w", err)
	}
	if err := json.Unmarshal(legJS, &l); err != nil {
		return nil, fmt.Errorf("render: reading the Graphviz layout: %w", err)
	}
	gb, err := parseFloats(g.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("render: Graphviz layout: bounding box %q: %w", g.BB, err)
	}
	lb, err := parseFloats(l.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("render: Graphviz layout: bounding box %q: %w", l.BB, err)
	}
	gpad, lpad := padOf(g.Pad), padOf(l.Pad)
	k := legendScale(gb[3]-gb[1]+2*gpad, lb[3]-lb[1]+2*lpad)
	lpad *= k
	// x' = k·x + dx, y' = k·y + dy: the legend's top left corner (with its
	// pad) at the main drawing's top right corner (with its pad).
	dx := gb[2] + gpad + lpad - k*lb[0]
	dy := gb[3] + gpad - lpad - k*lb[3]
	urx := max(gb[2], dx+k*lb[2]+lpad-gpad)
	lly := min(gb[1], dy+k*lb[1]-lpad+gpad)
	g.BB = fmt.Sprintf("%g,%g,%g,%g", gb[0], lly, urx, gb[3])

	// The legend graph's own operations, in Graphviz's drawing order.
	l.fixBeziers()
	lists := [][]xdotOp{l.Draw, l.LDraw}
	n := min(max(l.SubgraphCnt, 0), len(l.Objects))
	for _, o := range l.Objects[:n] {
		lists = append(lists, o.Draw, o.LDraw)
	}
	for _, o := range l.Objects[n:] {
		lists = append(lists, o.Draw, o.LDraw)
	}
	for _, e := range l.Edges {
		lists = append(lists, e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw)
	}
	var extra []xdotObject
	for _, ops := range lists {
		if len(ops) == 0 {
			continue
		}
		for i := range ops {
			moveOp(&ops[i], k, dx, dy)
		}
		extra = append(extra, xdotObject{GVID: -1, Draw: ops})
	}
	// raster undoes Graphviz's B/b swap on the main graph by looking at
	// its edges; the legend's ops are already fixed, so they go in as
	// already-swapped when the main graph's edges show the swap.
	if g.swapped() {
		for i := range extra {
			swapBeziers(extra[i].Draw)
		}
	}
	m := len(extra)
	g.Objects = append(extra, g.Objects...)
	g.SubgraphCnt += m
	for i := range g.Edges {
		g.Edges[i].Tail += m
		g.Edges[i].Head += m
	}
	img, err := g.raster()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return buf.Bytes(), nil
}

// padOf reads Graphviz's pad attribute (inches) as points; 4 by default.
func padOf(s string) float64 {
	p, err := parseFloats(s, 0)
	if err != nil || len(p) == 0 {
		return 4
	}
	return p[0] * 72
}

// moveOp scales one drawing operation by k and moves it by dx, dy points.
func moveOp(op *xdotOp, k, dx, dy float64) {
	pt := func(p []float64) {
		if len(p) >= 2 {
			p[0] = k*p[0] + dx
			p[1] = k*p[1] + dy
		}
		if len(p) >= 3 {
			p[2] *= k // a radial gradient's radius
		}
	}
	if len(op.Rect) >= 4 { // an ellipse: centre and radii
		op.Rect[2] *= k
		op.Rect[3] *= k
	}
	if len(op.Rect) >= 2 {
		op.Rect[0] = k*op.Rect[0] + dx
		op.Rect[1] = k*op.Rect[1] + dy
	}
	for i := range op.Points {
		op.Points[i][0] = k*op.Points[i][0] + dx
		op.Points[i][1] = k*op.Points[i][1] + dy
	}
	pt(op.Pt)
	pt(op.P0)
	pt(op.P1)
	op.Width *= k
	op.Size *= k
	if strings.HasPrefix(op.Style, "setlinewidth(") && strings.HasSuffix(op.Style, ")") {
		if w, err := strconv.ParseFloat(op.Style[len("setlinewidth("):len(op.Style)-1], 64); err == nil {
			op.Style = "setlinewidth(" + strconv.FormatFloat(w*k, 'f', -1, 64) + ")"
		}
	}
}

// swapped reports whether the graph's edges show Graphviz's B/b swap (see
// fixBeziers): an edge drawn with "b".
func (g *xdotGraph) swapped() bool {
	for _, e := range g.Edges {
		for _, op := range e.Draw {
			if op.Op == "B" {
				return false
			}
		}
	}
	return true
}

func swapBeziers(ops []xdotOp) {
	for i := range ops {
		switch ops[i].Op {
		case "b":
			ops[i].Op = "B"
		case "B":
			ops[i].Op = "b"
		}
	}
}
