package raster

import (
	"fmt"
	"strconv"
	"strings"
)

// Compose draws two Graphviz JSON layouts, a diagram and its legend, as
// one PNG: the legend's drawing operations are scaled by scale(h, lh) (h
// and lh the heights of the two drawings with their pads, in points),
// moved to the right of the main drawing, top-aligned, and added to it as
// extra subgraphs, each list of operations kept apart since every list
// starts from the default pen.
func Compose(mainJS, legJS []byte, scale func(h, lh float64) float64) ([]byte, error) {
	return ComposeIn(mainJS, legJS, scale, [2]float64{})
}

// ComposeIn is Compose for a picture printed in a box of box[0] × box[1]
// points (see Graph.Box); a zero box is no limit.
func ComposeIn(mainJS, legJS []byte, scale func(h, lh float64) float64, box [2]float64) ([]byte, error) {
	g, err := decode(mainJS)
	if err != nil {
		return nil, err
	}
	l, err := decode(legJS)
	if err != nil {
		return nil, err
	}
	gb, err := parseFloats(g.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("draw: Graphviz layout: bounding box %q: %w", g.BB, err)
	}
	lb, err := parseFloats(l.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("draw: Graphviz layout: bounding box %q: %w", l.BB, err)
	}
	gpad, lpad := padOf(g.Pad), padOf(l.Pad)
	k := scale(gb[3]-gb[1]+2*gpad, lb[3]-lb[1]+2*lpad)
	lpad *= k
	// x' = k·x + dx, y' = k·y + dy: the legend's top left corner (with its
	// pad) at the main drawing's top right corner (with its pad).
	dx := gb[2] + gpad + lpad - k*lb[0]
	dy := gb[3] + gpad - lpad - k*lb[3]
	urx := max(gb[2], dx+k*lb[2]+lpad-gpad)
	lly := min(gb[1], dy+k*lb[1]-lpad+gpad)
	g.BB = fmt.Sprintf("%g,%g,%g,%g", gb[0], lly, urx, gb[3])

	extra := l.movedOps(k, dx, dy)
	// rasterize undoes Graphviz's B/b swap on the main graph by looking
	// at its edges; the legend's ops are already fixed, so they go in as
	// already-swapped when the main graph's edges show the swap.
	if g.swapped() {
		for i := range extra {
			swapBeziers(extra[i].Draw)
		}
	}
	m := len(extra)
	g.Objects = append(extra, g.Objects...)
	g.SubgraphCnt += m
	g.Box = box
	for i := range g.Edges {
		g.Edges[i].Tail += m
		g.Edges[i].Head += m
	}
	img, err := g.rasterize()
	if err != nil {
		return nil, err
	}
	return encode(img)
}

// movedOps returns the graph's own drawing operations, in Graphviz's
// drawing order, scaled by k and moved by dx, dy points: one object per
// list of operations.
func (g *Graph) movedOps(k, dx, dy float64) []Object {
	g.fixBeziers()
	lists := [][]Op{g.Draw, g.LDraw}
	n := min(max(g.SubgraphCnt, 0), len(g.Objects))
	for _, o := range g.Objects[:n] {
		lists = append(lists, o.Draw, o.LDraw)
	}
	for _, o := range g.Objects[n:] {
		lists = append(lists, o.Draw, o.LDraw)
	}
	for _, e := range g.Edges {
		lists = append(lists, e.Draw, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw)
	}
	var out []Object
	for _, ops := range lists {
		if len(ops) == 0 {
			continue
		}
		for i := range ops {
			moveOp(&ops[i], k, dx, dy)
		}
		out = append(out, Object{GVID: -1, Draw: ops})
	}
	return out
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
func moveOp(op *Op, k, dx, dy float64) {
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
func (g *Graph) swapped() bool {
	for _, e := range g.Edges {
		for _, op := range e.Draw {
			if op.Op == "B" {
				return false
			}
		}
	}
	return true
}

func swapBeziers(ops []Op) {
	for i := range ops {
		switch ops[i].Op {
		case "b":
			ops[i].Op = "B"
		case "B":
			ops[i].Op = "b"
		}
	}
}
