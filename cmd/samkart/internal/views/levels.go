package views

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// The levels view is laid out by samkart, not by Graphviz: every node is
// pinned (pos="x,y!") and neato only routes the ties around them. dot
// could make the bands (rank=same) but not keep them in order: its
// crossing minimisation moves nodes within a band, fixing their order with
// invisible flat edges sends every tie that skips a band on a detour round
// the right-hand side, and bands drawn as clusters do the same. Pinning
// also lines the bands up in columns, one per agency, so that a service's
// offices stand above its frontline staff, and the picture does not change
// with the Graphviz version.

// Spacing of the levels view, in points.
const (
	lvNodeGap   = 18.0 // between two nodes of one column in one band
	lvColumnGap = 26.0 // between the columns of two agencies
	lvBandGap   = 70.0 // between two bands
	lvPerRow    = 2    // nodes side by side in one column of one band, at first
	lvAspect    = 2.2  // the width to height the rows of a band aim at
)

// bands pins every node of the levels view: one band per level from the
// top of the vertical line down (units of unknown level last), named on
// the left, with light lines between them, and across the bands one
// column per agency in the order of the palette. A column's units in one
// band are placed in rows (by municipality, then key) of as many units as
// make the picture about lvAspect times as wide as it is high.
func (b *builder) bands() {
	type col struct {
		agency string
		pos    int
	}
	// Bands.
	var levels []graph.Level
	seenLevel := make(map[graph.Level]bool)
	for _, in := range b.info {
		if !seenLevel[in.level] {
			seenLevel[in.level] = true
			levels = append(levels, in.level)
		}
	}
	sort.Slice(levels, func(i, j int) bool {
		if levels[i].Known() != levels[j].Known() {
			return levels[i].Known()
		}
		return levels[i] < levels[j]
	})
	band := make(map[graph.Level]int)
	for i, l := range levels {
		band[l] = i
	}
	// Columns.
	colOf := func(in nodeInfo) col {
		return col{agency: in.agency, pos: b.pal.position(in.agency)}
	}
	seenCol := make(map[col]bool)
	var cols []col
	for _, in := range b.info {
		c := colOf(in)
		if !seenCol[c] {
			seenCol[c] = true
			cols = append(cols, c)
		}
	}
	sort.Slice(cols, func(i, j int) bool {
		if cols[i].pos != cols[j].pos {
			return cols[i].pos < cols[j].pos
		}
		return cols[i].agency < cols[j].agency
	})
	colIndex := make(map[col]int)
	for i, c := range cols {
		colIndex[c] = i
	}

	// The nodes of each column in each band, by key; their sizes.
	cells := make(map[[2]int][]int)
	w := make([]float64, len(b.info))
	h := make([]float64, len(b.info))
	for i, in := range b.info {
		k := [2]int{colIndex[colOf(in)], band[in.level]}
		cells[k] = append(cells[k], i)
		w[i], h[i] = nodeSize(b.node[i].Attrs)
		// Graphviz is held to the estimate: a node larger than planned
		// would touch its neighbour and stop neato's spline routing.
		a := &b.node[i].Attrs
		a.Set("width", num(w[i]/72, 3, graph.EN))
		a.Set("height", num(h[i]/72, 3, graph.EN))
		a.Set("fixedsize", "true")
	}
	// A cell holds its nodes in rows of at most lvPerRow, stacked.
	perRow := lvPerRow
	type cellRow struct {
		nodes []int
		w, h  float64
	}
	layoutCell := func(ns []int) (rows []cellRow, cw, ch float64) {
		for j, i := range ns {
			if j%perRow == 0 {
				rows = append(rows, cellRow{})
			}
			r := &rows[len(rows)-1]
			if len(r.nodes) > 0 {
				r.w += lvNodeGap
			}
			r.nodes = append(r.nodes, i)
			r.w += w[i]
			r.h = math.Max(r.h, h[i])
		}
		for k, r := range rows {
			cw = math.Max(cw, r.w)
			if k > 0 {
				ch += lvNodeGap
			}
			ch += r.h
		}
		return rows, cw, ch
	}
	cellKeys := make([][2]int, 0, len(cells))
	for k, ns := range cells {
		sort.Slice(ns, func(x, y int) bool {
			p, q := b.info[ns[x]], b.info[ns[y]]
			if p.municipality != q.municipality {
				return p.municipality < q.municipality
			}
			return b.dn.Unit(int64(ns[x])).Key < b.dn.Unit(int64(ns[y])).Key
		})
		cellKeys = append(cellKeys, k)
	}
	sort.Slice(cellKeys, func(i, j int) bool {
		if cellKeys[i][0] != cellKeys[j][0] {
			return cellKeys[i][0] < cellKeys[j][0]
		}
		return cellKeys[i][1] < cellKeys[j][1]
	})
	// Rows of perRow nodes, perRow chosen for a picture about twice as
	// wide as high: one long band would make a strip no slide can show.
	var colW, bandH []float64
	size := func() (float64, float64) {
		colW = make([]float64, len(cols))
		bandH = make([]float64, len(levels))
		for _, k := range cellKeys {
			_, cw, ch := layoutCell(cells[k])
			colW[k[0]] = math.Max(colW[k[0]], cw)
			bandH[k[1]] = math.Max(bandH[k[1]], ch)
		}
		tw, th := float64(len(cols)-1)*lvColumnGap, float64(len(levels)-1)*lvBandGap
		for _, x := range colW {
			tw += x
		}
		for _, x := range bandH {
			th += x
		}
		return tw, th
	}
	best, bestScore := 1, math.Inf(1)
	for perRow = 1; perRow <= 12; perRow++ {
		tw, th := size()
		score := math.Abs(math.Log(tw / th / lvAspect))
		if score < bestScore-1e-9 {
			best, bestScore = perRow, score
		}
	}
	perRow = best
	size()
	colX := make([]float64, len(cols)) // left edge
	x := 0.0
	for i := range cols {
		if i > 0 {
			x += lvColumnGap
		}
		colX[i] = x
		x += colW[i]
	}
	right := x
	bandY := make([]float64, len(levels)) // centre, points, downwards
	y := 0.0
	for i := range levels {
		if i > 0 {
			y += bandH[i-1]/2 + lvBandGap + bandH[i]/2
		}
		bandY[i] = y
	}
	pin := func(n *draw.Node, x, y float64) {
		n.Attrs.Set("pos", draw.Quote(num(x/72, 3, graph.EN)+","+num(-y/72, 3, graph.EN)+"!"))
	}
	for _, k := range cellKeys {
		rows, _, ch := layoutCell(cells[k])
		y := bandY[k[1]] - ch/2
		for _, r := range rows {
			cx := colX[k[0]] + (colW[k[0]]-r.w)/2
			for _, i := range r.nodes {
				pin(b.node[i], cx+w[i]/2, y+r.h/2)
				cx += w[i] + lvNodeGap
			}
			y += r.h + lvNodeGap
		}
	}

	// Band names on the left.
	labelW := 0.0
	for _, l := range levels {
		for _, line := range strings.Split(wrap(levelName(l, b.l), 14, 3), "\n") {
			labelW = math.Max(labelW, draw.TextWidth(line, 20, true))
		}
	}
	left := -labelW - 30
	for i, l := range levels {
		var a draw.Attrs
		a.Set("shape", "plaintext")
		a.Set("label", draw.Quote(wrap(levelName(l, b.l), 14, 3)))
		a.Set("fontsize", "20")
		a.Set("fontname", draw.Quote("Helvetica-Bold"))
		a.Set("fontcolor", mutedText)
		a.Set("style", "solid")
		a.Set("tooltip", draw.Quote(wLevel.In(b.l)+": "+levelName(l, b.l)))
		pin(b.d.AddNode("level "+strconv.Itoa(int(l)), a), left+labelW/2, bandY[i])
	}

	// Light rules between bands and between municipalities, as edges
	// between invisible pinned points.
	rule := func(key string, x1, y1, x2, y2 float64) {
		var pa draw.Attrs
		pa.Set("shape", "point")
		pa.Set("style", "invis")
		pa.Set("width", "0.01")
		p := b.d.AddNode(key+" a", pa)
		q := b.d.AddNode(key+" b", append(draw.Attrs(nil), pa...))
		pin(p, x1, y1)
		pin(q, x2, y2)
		var ea draw.Attrs
		ea.Set("color", "#DDDDDD")
		ea.Set("penwidth", "1.2")
		ea.Set("tooltip", draw.Quote(" "))
		b.d.AddEdge(p.ID, q.ID, ea)
	}
	for i := 1; i < len(levels); i++ {
		ry := (bandY[i-1] + bandH[i-1]/2 + bandY[i] - bandH[i]/2) / 2
		rule("rule "+strconv.Itoa(i), left, ry, right, ry)
	}
}

// nodeSize estimates the size in points Graphviz gives a node with
// attributes a: its label in the Go font (a little wider than Graphviz's
// own estimate), the margin, the room its shape needs around a label,
// and at least its width and height.
func nodeSize(a draw.Attrs) (w, h float64) {
	fs, err := strconv.ParseFloat(a.Get("fontsize"), 64)
	if err != nil || fs <= 0 {
		fs = 11
	}
	lines := strings.Split(draw.Unquote(a.Get("label")), "\n")
	for _, l := range lines {
		w = math.Max(w, draw.TextWidth(l, fs, false))
	}
	h = float64(len(lines)) * fs * 1.2
	w += 2 * 0.06 * 72
	h += 2 * 0.03 * 72
	// Graphviz fits a label in an ellipse by √2 and in a regular polygon
	// by another 1/cos(π/sides) (poly_init in shapes.c); the factors are a
	// little larger than that, measured on Graphviz 12's output.
	fw, fh := 1.1, 1.1
	switch a.Get("shape") {
	case "ellipse":
		fw, fh = 1.55, 1.5
	case "hexagon":
		fw, fh = 1.9, 1.3
	case "septagon":
		fw, fh = 1.85, 1.5
	case "octagon":
		fw, fh = 1.75, 1.6
	case "doubleoctagon":
		fw, fh = 1.8, 1.65
	case "house":
		fw, fh = 1.25, 1.7
	case "folder", "note":
		fw, fh = 1.15, 1.15
	}
	w, h = w*fw, h*fh
	if strings.Contains(a.Get("shape"), "double") || a.Get("peripheries") != "" {
		w, h = w+8, h+8
	}
	if mw, err := strconv.ParseFloat(a.Get("width"), 64); err == nil {
		w = math.Max(w, mw*72)
	}
	if mh, err := strconv.ParseFloat(a.Get("height"), 64); err == nil {
		h = math.Max(h, mh*72)
	}
	return w, h
}
