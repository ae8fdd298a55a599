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

// lvAspect is the width to height the rows of a band aim at on the
// screen; for a medium, its box's. The spacing is the medium's (drawing).
const lvAspect = 2.2

// bands pins every node of the levels view: one band per level from the
// top of the vertical line down (units of unknown level last), named on
// the left, with light lines between them, and across the bands one
// column per agency in the order of the palette. A column's units in one
// band are placed in rows (by municipality, then key) of as many units as
// make the picture about lvAspect times as wide as it is high.
func (b *builder) bands() {
	lv := &levelsLayout{b: b}
	lv.findBands()
	lv.findColumns()
	lv.fillCells()
	lv.choosePerRow()
	lv.place()
	left := lv.nameBands()
	for i := 1; i < len(lv.levels); i++ {
		ry := (lv.bandY[i-1] + lv.bandH[i-1]/2 + lv.bandY[i] - lv.bandH[i]/2) / 2
		lv.rule("rule "+strconv.Itoa(i), left, ry, lv.right, ry)
	}
}

// levelsLayout places the nodes of the levels view in a grid of cells:
// bands by level, columns by agency.
type levelsLayout struct {
	b        *builder
	levels   []graph.Level // the bands, from the top
	band     map[graph.Level]int
	cols     []levelsColumn
	colIndex map[levelsColumn]int // the column's place, left to right
	places   int                  // the places of columns
	cells    map[[2]int][]int     // column, band → its nodes, in order
	keys     [][2]int             // the cells, by column and band
	w, h     []float64            // the nodes' sizes, points
	perRow   int                  // nodes side by side in a cell

	colW, bandH []float64 // the widest cell of each column, the highest of each band
	colX        []float64 // each column's left edge
	bandY       []float64 // each band's centre, downwards
	right       float64   // the right edge of the last column
}

// levelsColumn is an agency's column, placed by its palette position.
type levelsColumn struct {
	agency string
	pos    int
}

// cellRow is a row of nodes in a cell, and its size.
type cellRow struct {
	nodes []int
	w, h  float64
}

// findBands lists the levels drawn, from the top.
func (lv *levelsLayout) findBands() {
	seen := make(map[graph.Level]bool)
	for _, in := range lv.b.info {
		if !seen[in.level] {
			seen[in.level] = true
			lv.levels = append(lv.levels, in.level)
		}
	}
	sort.Slice(lv.levels, func(i, j int) bool {
		if lv.levels[i].Known() != lv.levels[j].Known() {
			return lv.levels[i].Known()
		}
		return lv.levels[i] < lv.levels[j]
	})
	lv.band = make(map[graph.Level]int)
	for i, l := range lv.levels {
		lv.band[l] = i
	}
}

func (lv *levelsLayout) columnOf(in nodeInfo) levelsColumn {
	return levelsColumn{agency: in.agency, pos: lv.b.pal.position(in.agency)}
}

// findColumns lists the agencies drawn, in the palette's order.
func (lv *levelsLayout) findColumns() {
	seen := make(map[levelsColumn]bool)
	for _, in := range lv.b.info {
		c := lv.columnOf(in)
		if !seen[c] {
			seen[c] = true
			lv.cols = append(lv.cols, c)
		}
	}
	sort.Slice(lv.cols, func(i, j int) bool {
		if lv.cols[i].pos != lv.cols[j].pos {
			return lv.cols[i].pos < lv.cols[j].pos
		}
		return lv.cols[i].agency < lv.cols[j].agency
	})
	lv.colIndex = make(map[levelsColumn]int)
	for i, c := range lv.cols {
		lv.colIndex[c] = i
	}
	lv.places = len(lv.cols)
	if lv.b.p.lvShare {
		lv.share()
	}
}

// share lets columns whose agencies have units in different bands share
// a place (the leadership's, in its one band, with IMDi's above it and
// the users' below): on a page every column costs legibility. Each column
// takes the first place whose bands it does not use.
func (lv *levelsLayout) share() {
	bands := make([]map[int]bool, len(lv.cols))
	for i := range bands {
		bands[i] = make(map[int]bool)
	}
	for _, in := range lv.b.info {
		bands[lv.colIndex[lv.columnOf(in)]][lv.band[in.level]] = true
	}
	var used []map[int]bool // bands taken, by place
	for i, c := range lv.cols {
		place := len(used)
		for p, u := range used {
			free := true
			for band := range bands[i] {
				free = free && !u[band]
			}
			if free {
				place = p
				break
			}
		}
		if place == len(used) {
			used = append(used, make(map[int]bool))
		}
		for band := range bands[i] {
			used[place][band] = true
		}
		lv.colIndex[c] = place
	}
	lv.places = len(used)
}

// fillCells puts every node in its cell, in order of municipality and
// key, and fixes its size to the estimate.
func (lv *levelsLayout) fillCells() {
	b := lv.b
	lv.cells = make(map[[2]int][]int)
	lv.w = make([]float64, len(b.info))
	lv.h = make([]float64, len(b.info))
	for i, in := range b.info {
		k := [2]int{lv.colIndex[lv.columnOf(in)], lv.band[in.level]}
		lv.cells[k] = append(lv.cells[k], i)
		lv.w[i], lv.h[i] = nodeSize(b.node[i].Attrs)
		// Graphviz is held to the estimate: a node larger than planned
		// would touch its neighbour and stop neato's spline routing.
		a := &b.node[i].Attrs
		a.Set("width", num(lv.w[i]/72, 3, graph.EN))
		a.Set("height", num(lv.h[i]/72, 3, graph.EN))
		a.Set("fixedsize", "true")
	}
	lv.keys = make([][2]int, 0, len(lv.cells))
	for k, ns := range lv.cells {
		sort.Slice(ns, func(x, y int) bool {
			p, q := b.info[ns[x]], b.info[ns[y]]
			if p.municipality != q.municipality {
				return p.municipality < q.municipality
			}
			return b.dn.Unit(int64(ns[x])).Key < b.dn.Unit(int64(ns[y])).Key
		})
		lv.keys = append(lv.keys, k)
	}
	sort.Slice(lv.keys, func(i, j int) bool {
		if lv.keys[i][0] != lv.keys[j][0] {
			return lv.keys[i][0] < lv.keys[j][0]
		}
		return lv.keys[i][1] < lv.keys[j][1]
	})
}

// cellRows stacks a cell's nodes in rows of at most lv.perRow and returns
// the rows and the cell's size.
func (lv *levelsLayout) cellRows(ns []int) (rows []cellRow, cw, ch float64) {
	for j, i := range ns {
		if j%lv.perRow == 0 {
			rows = append(rows, cellRow{})
		}
		r := &rows[len(rows)-1]
		if len(r.nodes) > 0 {
			r.w += lv.b.p.lvNodeGap
		}
		r.nodes = append(r.nodes, i)
		r.w += lv.w[i]
		r.h = math.Max(r.h, lv.h[i])
	}
	for k, r := range rows {
		cw = math.Max(cw, r.w)
		if k > 0 {
			ch += lv.b.p.lvNodeGap
		}
		ch += r.h
	}
	return rows, cw, ch
}

// size sizes the columns and bands for lv.perRow and returns the size of
// the whole grid.
func (lv *levelsLayout) size() (tw, th float64) {
	lv.colW = make([]float64, lv.places)
	lv.bandH = make([]float64, len(lv.levels))
	for _, k := range lv.keys {
		_, cw, ch := lv.cellRows(lv.cells[k])
		lv.colW[k[0]] = math.Max(lv.colW[k[0]], cw)
		lv.bandH[k[1]] = math.Max(lv.bandH[k[1]], ch)
	}
	tw, th = float64(lv.places-1)*lv.b.p.lvColumnGap, float64(len(lv.levels)-1)*lv.b.p.lvBandGap
	for _, x := range lv.colW {
		tw += x
	}
	for _, x := range lv.bandH {
		th += x
	}
	return tw, th
}

// aspect is the width to height the levels view aims at: lvAspect on the
// screen; for a medium, its box's, less the legend beside it.
func (lv *levelsLayout) aspect() float64 {
	w, h, _ := lv.b.s.Medium.Box()
	if w == 0 {
		return lvAspect
	}
	return 0.75 * w / h
}

// choosePerRow chooses the nodes per row for a picture about lvAspect
// times as wide as high: one long band would make a strip no slide can
// show.
func (lv *levelsLayout) choosePerRow() {
	best, bestScore := 1, math.Inf(1)
	for lv.perRow = 1; lv.perRow <= 12; lv.perRow++ {
		tw, th := lv.size()
		score := math.Abs(math.Log(tw / th / lv.aspect()))
		if score < bestScore-1e-9 {
			best, bestScore = lv.perRow, score
		}
	}
	lv.perRow = best
	lv.size()
}

// place places the columns and bands and pins every node in its cell.
func (lv *levelsLayout) place() {
	lv.colX = make([]float64, lv.places)
	x := 0.0
	for i := range lv.places {
		if i > 0 {
			x += lv.b.p.lvColumnGap
		}
		lv.colX[i] = x
		x += lv.colW[i]
	}
	lv.right = x
	lv.bandY = make([]float64, len(lv.levels))
	y := 0.0
	for i := range lv.levels {
		if i > 0 {
			y += lv.bandH[i-1]/2 + lv.b.p.lvBandGap + lv.bandH[i]/2
		}
		lv.bandY[i] = y
	}
	for _, k := range lv.keys {
		rows, _, ch := lv.cellRows(lv.cells[k])
		y := lv.bandY[k[1]] - ch/2
		for _, r := range rows {
			cx := lv.colX[k[0]] + (lv.colW[k[0]]-r.w)/2
			for _, i := range r.nodes {
				pin(lv.b.node[i], cx+lv.w[i]/2, y+r.h/2)
				cx += lv.w[i] + lv.b.p.lvNodeGap
			}
			y += r.h + lv.b.p.lvNodeGap
		}
	}
}

// nameBands writes each band's name on its left and returns the left edge
// of the names.
func (lv *levelsLayout) nameBands() (left float64) {
	b := lv.b
	labelW := 0.0
	size := b.p.lvBandFont * b.k
	for _, l := range lv.levels {
		for _, line := range strings.Split(b.wrap(levelName(l, b.l), b.p.lvBandWrap, 3), "\n") {
			labelW = math.Max(labelW, draw.TextWidth(line, size, true))
		}
	}
	left = -labelW - b.p.lvColumnGap
	for i, l := range lv.levels {
		var a draw.Attrs
		a.Set("shape", "plaintext")
		a.Set("label", draw.Quote(b.wrap(levelName(l, b.l), b.p.lvBandWrap, 3)))
		a.Set("fontsize", b.font(b.p.lvBandFont))
		a.Set("fontname", draw.Quote("Helvetica-Bold"))
		a.Set("fontcolor", mutedText)
		a.Set("style", "solid")
		a.Set("tooltip", draw.Quote(wLevel.In(b.l)+": "+levelName(l, b.l)))
		pin(b.d.AddNode("level "+strconv.Itoa(int(l)), a), left+labelW/2, lv.bandY[i])
	}
	return left
}

// rule draws a light rule between bands, as an edge between invisible
// pinned points.
func (lv *levelsLayout) rule(key string, x1, y1, x2, y2 float64) {
	d := lv.b.d
	var pa draw.Attrs
	pa.Set("shape", "point")
	pa.Set("style", "invis")
	pa.Set("width", "0.01")
	p := d.AddNode(key+" a", pa)
	q := d.AddNode(key+" b", append(draw.Attrs(nil), pa...))
	pin(p, x1, y1)
	pin(q, x2, y2)
	var ea draw.Attrs
	ea.Set("color", "#DDDDDD")
	ea.Set("penwidth", "1.2")
	ea.Set("tooltip", draw.Quote(" "))
	d.AddEdge(p.ID, q.ID, ea)
}

// pin fixes node n's centre at x, y points (y downwards).
func pin(n *draw.Node, x, y float64) {
	n.Attrs.Set("pos", draw.Quote(num(x/72, 3, graph.EN)+","+num(-y/72, 3, graph.EN)+"!"))
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
