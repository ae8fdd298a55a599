package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// The compare view: small multiples of the municipalities of a comparison.
//
//   - compare-networks: one small network per municipality, all on one
//     scale (Graphviz's neato with the same edge length for every one,
//     so a large municipality takes more room than a small one), units
//     coloured by agency as in the other diagrams;
//   - compare-measures: a dot chart per measure, one row per municipality
//     grouped by region, with each region's median marked.
//
// Both are DOT graphs whose nodes are pinned in place (layout neato,
// pos "x,y!"): the small networks are laid out one by one with neato and
// their positions copied into one picture, and the dot charts are placed
// by hand. So DOT, SVG and PNG of the view all come from one source.

// CompareStyle tunes the compare view.
type CompareStyle struct {
	Lang graph.Lang
	// Columns is the number of small networks per row; 0 chooses about the
	// square root of their number, at most 6.
	Columns int
}

// CompareDiagram is one picture of the compare view.
type CompareDiagram struct {
	Name    string // compare-networks or compare-measures
	Title   graph.Text
	Caption graph.Text
	DOT     []byte
	SVG     []byte
	PNG     []byte
}

// Layout constants of the compare view, in points.
const (
	cmpDot       = 0.13 // unit dot diameter, inches
	cmpCellPad   = 18.0
	cmpTitleH    = 30.0
	cmpRowH      = 13.0
	cmpPlotW     = 150.0
	cmpNameW     = 120.0
	cmpPanelGap  = 22.0
	cmpPanelCols = 4
	cmpEmptyCell = 90.0
	cmpMaxNodes  = 20000 // units drawn in the small networks at most; past it the picture is refused
)

// CompareDiagrams draws the compare view of n for comparison c (from
// metrics.Compare on n): the small networks and the dot charts, each as
// DOT, SVG and PNG.
func CompareDiagrams(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle) ([]CompareDiagram, error) {
	l := cmpLang(s.Lang)
	var out []CompareDiagram
	nets, err := compareNetworks(ctx, n, c, s)
	if err != nil {
		return nil, err
	}
	meas := compareMeasures(c, l)
	for _, d := range []struct {
		name           string
		g              *pinned
		title, caption graph.Text
	}{
		{"compare-networks", nets, graph.T("Kommunenes nettverk.", "The municipalities' networks."),
			graph.T("Ett lite nettverk per kommune, alle i samme målestokk; enhetene farget etter etat.",
				"One small network per municipality, all on one scale; units coloured by agency.")},
		{"compare-measures", meas, graph.T("Målene side om side.", "The measures side by side."),
			graph.T("Ett punkt per kommune; den loddrette streken er regionens median.",
				"One dot per municipality; the vertical bar is the region's median.")},
	} {
		src, err := d.g.marshal(d.name)
		if err != nil {
			return nil, err
		}
		cd := CompareDiagram{Name: d.name, Title: d.title, Caption: d.caption, DOT: src}
		var svg, png bytes.Buffer
		if err := Render(ctx, src, FormatSVG, &svg); err != nil {
			return nil, err
		}
		if err := Render(ctx, src, FormatPNG, &png); err != nil {
			return nil, err
		}
		cd.SVG, cd.PNG = svg.Bytes(), png.Bytes()
		out = append(out, cd)
	}
	return out, nil
}

// DrawCompare writes the whole compare view as one picture in format f:
// the small networks above the dot charts.
func DrawCompare(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle, f Format, w io.Writer) error {
	src, err := CompareDOT(ctx, n, c, s)
	if err != nil {
		return err
	}
	return Render(ctx, src, f, w)
}

// CompareDOT returns the DOT of the whole compare view: the small networks
// above the dot charts, every node pinned. It lays out each municipality
// with Graphviz, hence the context.
func CompareDOT(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle) ([]byte, error) {
	nets, err := compareNetworks(ctx, n, c, s)
	if err != nil {
		return nil, err
	}
	meas := compareMeasures(c, cmpLang(s.Lang))
	nets.append(meas, 0, nets.h+cmpPanelGap)
	return nets.marshal("compare")
}

func cmpLang(l graph.Lang) graph.Lang {
	if l != graph.NB {
		return graph.EN
	}
	return l
}

// pinned is a picture of pinned nodes and straight edges, in points with
// y pointing down; marshal flips it for Graphviz.
type pinned struct {
	w, h  float64
	nodes []pnode
	edges []pedge
}

type pnode struct {
	x, y  float64 // centre
	attrs attrs
}

type pedge struct {
	a, b  int
	attrs attrs
}

func (p *pinned) add(x, y float64, a attrs) int {
	p.nodes = append(p.nodes, pnode{x: x, y: y, attrs: a})
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
	var a attrs
	a.set("shape", "plaintext")
	a.set("margin", "0")
	a.set("width", pt(w))
	a.set("height", pt(h))
	a.set("fixedsize", "true")
	a.set("label", `<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD FIXEDSIZE="TRUE" WIDTH="`+
		strconv.Itoa(int(math.Round(w)))+`" HEIGHT="`+strconv.Itoa(int(math.Round(h)))+`" ALIGN="`+just+`"><FONT FACE="`+face+
		`" POINT-SIZE="`+num(size, 1, graph.EN)+`" COLOR="`+color+`">`+htmlText(s)+`</FONT></TD></TR></TABLE>>`)
	p.w = math.Max(p.w, cx+w/2)
	return p.add(cx, y, a)
}

// rect adds a filled rectangle without outline.
func (p *pinned) rect(x, y, w, h float64, fill string) int {
	var a attrs
	a.set("shape", "box")
	a.set("fixedsize", "true")
	a.set("width", pt(w))
	a.set("height", pt(h))
	a.set("style", "filled")
	a.set("fillcolor", fill)
	a.set("color", fill)
	a.set("penwidth", "0")
	a.set("label", `" "`)
	p.w = math.Max(p.w, x+w)
	p.h = math.Max(p.h, y+h)
	return p.add(x+w/2, y+h/2, a)
}

// frame adds the outline of a rectangle as four edges between invisible
// corners: edges are drawn before the nodes (outputorder edgesfirst), so
// unlike a filled box it hides no tie.
func (p *pinned) frame(x, y, w, h float64, color string) {
	var c attrs
	c.set("shape", "point")
	c.set("style", "invis")
	c.set("width", "0.01")
	k := []int{p.add(x, y, c), p.add(x+w, y, c), p.add(x+w, y+h, c), p.add(x, y+h, c)}
	for i := range k {
		var a attrs
		a.set("color", color)
		a.set("penwidth", "0.8")
		a.set("clip", "false")
		p.edges = append(p.edges, pedge{a: k[i], b: k[(i+1)%4], attrs: a})
	}
}

// append copies q into p with its origin at (dx, dy).
func (p *pinned) append(q *pinned, dx, dy float64) {
	base := len(p.nodes)
	for _, nd := range q.nodes {
		p.add(nd.x+dx, nd.y+dy, nd.attrs)
	}
	for _, e := range q.edges {
		p.edges = append(p.edges, pedge{a: e.a + base, b: e.b + base, attrs: e.attrs})
	}
	p.w = math.Max(p.w, q.w+dx)
	p.h = math.Max(p.h, q.h+dy)
}

// pt converts points to the inches of Graphviz's width and height.
func pt(x float64) string { return num(math.Max(x, 0.01)/72, 3, graph.EN) }

// marshal writes p as DOT: layout neato with every node pinned.
func (p *pinned) marshal(name string) ([]byte, error) {
	d := newDgraph(name)
	g := &d.graph
	g.set("layout", "neato")
	g.set("inputscale", "72")
	g.set("splines", "false")
	g.set("outputorder", "edgesfirst")
	g.set("bgcolor", "white")
	g.set("pad", "0.2")
	g.set("fontname", "Helvetica")
	nd := &d.node
	nd.set("fontname", "Helvetica")
	nd.set("fontcolor", textColor)
	ids := make([]*dnode, len(p.nodes))
	for i, x := range p.nodes {
		a := append(attrs(nil), x.attrs...)
		a.set("pos", `"`+num(x.x, 2, graph.EN)+","+num(p.h-x.y, 2, graph.EN)+`!"`)
		ids[i] = d.addNode("p"+strconv.Itoa(i), a)
	}
	for _, e := range p.edges {
		d.addEdge(ids[e.a].id, ids[e.b].id, e.attrs)
	}
	return d.marshal()
}

// compareNetworks lays out each compared municipality's network with neato
// and places them in a grid, all on one scale.
func compareNetworks(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle) (*pinned, error) {
	if n == nil || c == nil {
		return nil, errors.New("render: compare view: no network or comparison")
	}
	l := cmpLang(s.Lang)
	pal := newPalette(n.Data)
	rows := c.Municipalities
	total := 0
	subs := make([]*graph.Network, len(rows))
	for i := range rows {
		subs[i] = n.Scope(rows[i].Name)
		total += subs[i].Len()
	}
	if total > cmpMaxNodes {
		return nil, fmt.Errorf("render: compare view: %d units in the municipalities, more than %d to draw one by one", total, cmpMaxNodes)
	}
	type cell struct {
		pos  [][2]float64
		w, h float64
	}
	cells := make([]cell, len(rows))
	for i, sub := range subs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pos, err := layoutPositions(ctx, sub)
		if err != nil {
			return nil, fmt.Errorf("render: compare view: %s: %w", rows[i].Name, err)
		}
		cl := cell{pos: pos}
		if len(pos) > 0 {
			minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
			for _, q := range pos {
				minX, maxX = math.Min(minX, q[0]), math.Max(maxX, q[0])
				minY, maxY = math.Min(minY, q[1]), math.Max(maxY, q[1])
			}
			for k := range cl.pos {
				cl.pos[k][0] -= minX
				cl.pos[k][1] -= minY
			}
			cl.w, cl.h = maxX-minX, maxY-minY
		}
		cl.w = math.Max(cl.w, cmpEmptyCell)
		cl.h = math.Max(cl.h, cmpEmptyCell/3)
		cells[i] = cl
	}
	cols := s.Columns
	if cols <= 0 {
		cols = int(math.Ceil(math.Sqrt(float64(len(rows)))))
		cols = max(1, min(cols, 6))
	}
	colW := 0.0
	for _, cl := range cells {
		colW = math.Max(colW, cl.w)
	}
	colW = math.Max(colW, 150) + 2*cmpCellPad
	p := &pinned{}
	size := cmpDot * 72
	y := 0.0
	agencies := map[string]bool{}
	d := c.Measure("density")
	for r0 := 0; r0 < len(rows); r0 += cols {
		rowH := 0.0
		for i := r0; i < min(r0+cols, len(rows)); i++ {
			rowH = math.Max(rowH, cells[i].h)
		}
		for i := r0; i < min(r0+cols, len(rows)); i++ {
			x0 := float64(i-r0) * colW
			r := &rows[i]
			p.frame(x0+4, y+4, colW-8, rowH+cmpTitleH+2*cmpCellPad-8, clusterLine)
			title := r.Name
			if r.Region != "" {
				title += " · " + r.Region
			}
			p.text(x0+cmpCellPad, y+cmpCellPad, colW-2*cmpCellPad, truncate(title, 40), 11, true, 'l', textColor)
			sub := []string{count(subs[i].Len(), wUnit, wUnits, l), count(len(subs[i].Ties()), wTie, wTies, l)}
			if d >= 0 && !math.IsNaN(r.Values[d]) {
				sub = append(sub, graph.T("tetthet ", "density ").In(l)+num(r.Values[d], 2, l))
			}
			p.text(x0+cmpCellPad, y+cmpCellPad+13, colW-2*cmpCellPad, strings.Join(sub, " · "), 9, false, 'l', mutedText)
			cl := cells[i]
			ox := x0 + (colW-cl.w)/2
			oy := y + cmpTitleH + cmpCellPad + (rowH-cl.h)/2
			first := len(p.nodes)
			for k, u := range subs[i].Units() {
				var a attrs
				a.set("shape", "circle")
				a.set("fixedsize", "true")
				a.set("width", num(cmpDot, 3, graph.EN))
				a.set("style", "filled")
				a.set("fillcolor", pal.fill(u.Agency))
				a.set("color", "#333333")
				a.set("penwidth", "0.5")
				a.set("label", `" "`)
				a.set("tooltip", dotString(u.Name+" ("+shortAgencyName(u.Agency, u.AgencyLabel, l)+")"))
				agencies[u.Agency] = true
				if len(cl.pos) == 0 {
					continue
				}
				p.add(ox+cl.pos[k][0], oy+cl.pos[k][1], a)
			}
			if len(cl.pos) == 0 {
				p.text(x0+cmpCellPad, oy+size, colW-2*cmpCellPad, graph.T("ingen enheter", "no units").In(l), 9, false, 'l', mutedText)
			}
			if len(cl.pos) > 0 {
				for _, t := range subs[i].Ties() {
					var a attrs
					a.set("color", edgeColor+"90")
					a.set("penwidth", "0.6")
					p.edges = append(p.edges, pedge{a: first + int(t.A), b: first + int(t.B), attrs: a})
				}
			}
		}
		y += rowH + cmpTitleH + 2*cmpCellPad
	}
	// Legend: the agencies drawn, in the order of the other diagrams.
	var keys []string
	for a := range agencies {
		keys = append(keys, a)
	}
	sort.Slice(keys, func(i, j int) bool {
		pi, pj := pal.position(keys[i]), pal.position(keys[j])
		if pi != pj {
			return pi < pj
		}
		return keys[i] < keys[j]
	})
	y += 10
	x := 0.0
	for _, a := range keys {
		name := shortAgencyName(a, agencyLabelOf(n, a), l)
		w := 16 + 6.2*float64(len([]rune(name)))
		if x > 0 && x+w > float64(cols)*colW {
			x = 0
			y += 18
		}
		var at attrs
		at.set("shape", "circle")
		at.set("fixedsize", "true")
		at.set("width", num(cmpDot, 3, graph.EN))
		at.set("style", "filled")
		at.set("fillcolor", pal.fill(a))
		at.set("color", "#333333")
		at.set("penwidth", "0.5")
		at.set("label", `" "`)
		p.add(x+size/2, y, at)
		p.text(x+size+4, y, w-size-4, name, 10, false, 'l', textColor)
		x += w + 10
	}
	return p, nil
}

// agencyLabelOf returns how the data spells agency a, for agencies samkart
// does not know.
func agencyLabelOf(n *graph.Network, a string) string {
	for _, u := range n.Units() {
		if u.Agency == a && u.AgencyLabel != "" {
			return u.AgencyLabel
		}
	}
	return ""
}

// layoutPositions lays out sub with Graphviz's neato (stress majorization,
// every tie 0.35 inch long, components packed; fdp's result depends on
// earlier layouts in the process) and returns each unit's
// centre in points (y down), read back from the SVG.
func layoutPositions(ctx context.Context, sub *graph.Network) ([][2]float64, error) {
	nn := sub.Len()
	if nn == 0 {
		return nil, nil
	}
	var b bytes.Buffer
	b.WriteString("graph L {\n\tlayout=neato; mode=major; start=1; overlap=false; pack=true; splines=false; sep=\"+4\";\n")
	b.WriteString("\tedge [len=0.35];\n")
	b.WriteString("\tnode [shape=circle, fixedsize=true, width=" + num(cmpDot, 3, graph.EN) + ", label=\" \"];\n")
	for i := 0; i < nn; i++ {
		fmt.Fprintf(&b, "\tn%d;\n", i)
	}
	for _, t := range sub.Ties() {
		fmt.Fprintf(&b, "\tn%d -- n%d;\n", t.A, t.B)
	}
	b.WriteString("}\n")
	var svg bytes.Buffer
	if err := Render(ctx, b.Bytes(), FormatSVG, &svg); err != nil {
		return nil, err
	}
	pos := make([][2]float64, nn)
	found := make([]bool, nn)
	dec := xml.NewDecoder(&svg)
	var inNode bool
	var title strings.Builder
	inTitle := false
	cur := -1
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "g":
				inNode = false
				for _, a := range t.Attr {
					if a.Name.Local == "class" && a.Value == "node" {
						inNode, cur = true, -1
						title.Reset()
					}
				}
			case "title":
				inTitle = inNode
			case "ellipse":
				if inNode && cur >= 0 && !found[cur] {
					var cx, cy float64
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "cx":
							cx, _ = strconv.ParseFloat(a.Value, 64)
						case "cy":
							cy, _ = strconv.ParseFloat(a.Value, 64)
						}
					}
					pos[cur], found[cur] = [2]float64{cx, cy}, true
				}
			}
		case xml.CharData:
			if inTitle {
				title.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local == "title" && inTitle {
				inTitle = false
				if k, err := strconv.Atoi(strings.TrimPrefix(title.String(), "n")); err == nil && k >= 0 && k < nn {
					cur = k
				}
			}
		}
	}
	for i, ok := range found {
		if !ok {
			return nil, fmt.Errorf("no position for unit %d in the layout", i)
		}
	}
	return pos, nil
}

// compareMeasures draws a dot chart per measure: one row per
// municipality, grouped by region, with each region's median as a bar.
func compareMeasures(c *metrics.Comparison, l graph.Lang) *pinned {
	p := &pinned{}
	if c == nil {
		return p
	}
	rows := c.Municipalities
	// Row positions, with a gap and a heading for each region.
	type rowAt struct {
		y      float64
		region int
	}
	at := make([]rowAt, len(rows))
	var regionY [][2]float64 // first and last row y of each region
	var regionName []string
	y := 0.0
	for i := range rows {
		if i == 0 || rows[i].Region != rows[i-1].Region {
			if i > 0 {
				y += cmpRowH * 0.6
			}
			y += cmpRowH
			regionY = append(regionY, [2]float64{y, y})
			regionName = append(regionName, rows[i].Region)
		}
		at[i] = rowAt{y: y, region: len(regionY) - 1}
		regionY[len(regionY)-1][1] = y
		y += cmpRowH
	}
	plotH := y
	panelW := cmpPlotW
	cols := min(cmpPanelCols, max(1, len(c.Measures)))
	headH := 30.0
	for k, m := range c.Measures {
		pc, pr := k%cols, k/cols
		x0 := cmpNameW + float64(pc)*(panelW+cmpPanelGap)
		y0 := float64(pr) * (plotH + headH + 36)
		// Names on the left of each row of panels.
		if pc == 0 {
			for ri, name := range regionName {
				label := graph.T("Region ", "Region ").In(l) + name
				if name == "" {
					label = graph.T("Uten region", "No region").In(l)
				}
				p.text(0, y0+headH+regionY[ri][0]-cmpRowH*0.9, cmpNameW-6, truncate(label, 24), 9, true, 'l', mutedText)
			}
			for i := range rows {
				p.text(0, y0+headH+at[i].y, cmpNameW-6, truncate(rows[i].Name, 22), 9, false, 'l', textColor)
			}
		}
		p.text(x0, y0+10, panelW, truncate(m.Title.In(l), 34), 10, true, 'l', textColor)
		p.rect(x0, y0+headH-cmpRowH*0.5, panelW, plotH, "#F6F6F6")
		lo, hi := math.Inf(1), math.Inf(-1)
		for i := range rows {
			if v := rows[i].Values[k]; !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
		if math.IsInf(lo, 1) {
			p.text(x0, y0+headH+plotH/2, panelW, graph.T("ikke definert", "undefined").In(l), 9, false, 'c', mutedText)
			continue
		}
		span := hi - lo
		if span == 0 {
			span = math.Max(math.Abs(hi), 1)
			lo -= span / 2
			hi += span / 2
		}
		xs := func(v float64) float64 { return x0 + 8 + (v-lo)/(hi-lo)*(panelW-16) }
		// Medians first, so the dots lie on top.
		for ri := range regionY {
			reg := c.RegionOf(regionName[ri])
			if reg == nil || k >= len(reg.Median) || math.IsNaN(reg.Median[k]) {
				continue
			}
			top, bot := regionY[ri][0]-cmpRowH*0.45, regionY[ri][1]+cmpRowH*0.45
			p.rect(xs(reg.Median[k])-1, y0+headH+top, 2, bot-top, gapColor)
		}
		for i := range rows {
			v := rows[i].Values[k]
			if math.IsNaN(v) {
				continue
			}
			var a attrs
			a.set("shape", "circle")
			a.set("fixedsize", "true")
			a.set("width", "0.1")
			a.set("style", "filled")
			a.set("fillcolor", "#0072B2")
			a.set("color", "#FFFFFF")
			a.set("penwidth", "0.6")
			a.set("label", `" "`)
			a.set("tooltip", dotString(rows[i].Name+": "+m.Title.In(l)+" "+num(v, 3, l)))
			p.add(xs(v), y0+headH+at[i].y, a)
		}
		p.text(x0, y0+headH+plotH+4, panelW/2, num(lo, 2, l), 8, false, 'l', mutedText)
		p.text(x0+panelW, y0+headH+plotH+4, panelW/2, num(hi, 2, l), 8, false, 'r', mutedText)
	}
	// Legend for the median bar.
	ly := p.h + 14
	p.rect(cmpNameW, ly-5, 2, 10, gapColor)
	p.text(cmpNameW+8, ly, 220, graph.T("regionens median", "the region's median").In(l), 9, false, 'l', textColor)
	return p
}
