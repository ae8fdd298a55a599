package views

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
	"github.com/samkart/samkart/graph/draw"
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
	// Renderer lays out the pictures; nil lays them out in this process.
	Renderer *draw.Renderer
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
//
// When the municipalities hold more units than the small networks can
// show (ErrCompareTooLarge), it returns the dot charts with that error.
func CompareDiagrams(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle) ([]CompareDiagram, error) {
	l := cmpLang(s.Lang)
	type part struct {
		name           string
		g              *pinned
		title, caption graph.Text
	}
	var parts []part
	nets, netErr := compareNetworks(ctx, n, c, s)
	switch {
	case netErr == nil:
		parts = append(parts, part{"compare-networks", nets, graph.T("Kommunenes nettverk.", "The municipalities' networks."),
			graph.T("Ett lite nettverk per kommune, alle i samme målestokk; enhetene farget etter etat.",
				"One small network per municipality, all on one scale; units coloured by agency.")})
	case !errors.Is(netErr, ErrCompareTooLarge):
		return nil, netErr
	}
	groups := cmpMeasureGroups(c)
	for i, g := range groups {
		name := "compare-measures"
		title := graph.T("Målene side om side.", "The measures side by side.")
		if len(groups) > 1 {
			name += "-" + strconv.Itoa(i+1)
			title = graph.T(fmt.Sprintf("Målene side om side (%d av %d).", i+1, len(groups)),
				fmt.Sprintf("The measures side by side (%d of %d).", i+1, len(groups)))
		}
		parts = append(parts, part{name, compareMeasures(c, l, g), title,
			graph.T("Ett punkt per kommune; den loddrette streken er regionens median.",
				"One dot per municipality; the vertical bar is the region's median.")})
	}
	var out []CompareDiagram
	for _, d := range parts {
		src, err := d.g.marshal(d.name)
		if err != nil {
			return nil, err
		}
		cd := CompareDiagram{Name: d.name, Title: d.title, Caption: d.caption, DOT: src}
		var svg, png bytes.Buffer
		if err := s.Renderer.Render(ctx, src, draw.FormatSVG, &svg); err != nil {
			return nil, err
		}
		pngSrc, err := d.g.marshal(d.name, cmpPNGDPI(d.g))
		if err != nil {
			return nil, err
		}
		if err := s.Renderer.Render(ctx, pngSrc, draw.FormatPNG, &png); err != nil {
			return nil, err
		}
		cd.SVG, cd.PNG = svg.Bytes(), png.Bytes()
		out = append(out, cd)
	}
	return out, netErr
}

// ErrCompareTooLarge is returned when the compared municipalities have
// more units than the small networks draw (cmpMaxNodes).
var ErrCompareTooLarge = errors.New("views: compare view: too many units to draw one by one")

// CompareTooLargeError is ErrCompareTooLarge with the numbers, for a
// message in the user's language.
type CompareTooLargeError struct {
	Units, Max int
}

func (e *CompareTooLargeError) Error() string {
	return fmt.Sprintf("%v: %d units in the municipalities, more than %d", ErrCompareTooLarge, e.Units, e.Max)
}

func (e *CompareTooLargeError) Unwrap() error { return ErrCompareTooLarge }

// cmpPageHeight is the height, in points, a dot-chart picture of the
// report may take: about a landscape A4 page at the scale it is printed.
const cmpPageHeight = 720.0

// cmpMeasureGroups splits the measures of c into groups of whole rows of
// panels, each group small enough for one page; a comparison of a few
// municipalities fits in one group.
func cmpMeasureGroups(c *metrics.Comparison) [][]int {
	if c == nil {
		return nil
	}
	all := make([]int, len(c.Measures))
	for k := range all {
		all[k] = k
	}
	perImage := max(1, int(cmpPageHeight/cmpPanelRowHeight(c)))
	step := perImage * cmpPanelCols
	var groups [][]int
	for lo := 0; lo < len(all); lo += step {
		groups = append(groups, all[lo:min(lo+step, len(all))])
	}
	if groups == nil {
		groups = [][]int{{}}
	}
	return groups
}

// cmpPanelRowHeight is the height of one row of dot-chart panels.
func cmpPanelRowHeight(c *metrics.Comparison) float64 {
	h, _, _ := cmpRows(c)
	return h + cmpHeadH + cmpPanelFoot
}

// DrawCompare writes the whole compare view as one picture in format f:
// the small networks above the dot charts.
func DrawCompare(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle, f draw.Format, w io.Writer) error {
	src, err := compareAll(ctx, n, c, s, f == draw.FormatPNG)
	if err != nil {
		return err
	}
	return s.Renderer.Render(ctx, src, f, w)
}

// CompareDOT returns the DOT of the whole compare view: the small networks
// above the dot charts, every node pinned. It lays out each municipality
// with Graphviz, hence the context.
func CompareDOT(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle) ([]byte, error) {
	return compareAll(ctx, n, c, s, false)
}

func compareAll(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle, forPNG bool) ([]byte, error) {
	nets, err := compareNetworks(ctx, n, c, s)
	if err != nil {
		return nil, err
	}
	all := make([]int, len(c.Measures))
	for k := range all {
		all[k] = k
	}
	l := cmpLang(s.Lang)
	meas := compareMeasures(c, l, all)
	p := &pinned{}
	title := graph.T("Sammenligning av kommuner", "Comparison of municipalities").In(l)
	if n.Data != nil && n.Data.Name != "" {
		title += " – " + n.Data.Name
	}
	p.text(0, 10, math.Max(nets.w, 400), title, 16, true, 'l', textColor)
	p.append(nets, 0, 30)
	p.append(meas, 0, p.h+cmpPanelGap)
	if forPNG {
		return p.marshal("compare", cmpPNGDPI(p))
	}
	return p.marshal("compare")
}

// cmpPNGDPI is the resolution of a compare picture's PNG: Graphviz's
// default 144 dpi for a small one, less for a large one, so that the PNG
// of fifty municipalities stays a few megapixels and quick to draw.
func cmpPNGDPI(p *pinned) int {
	pixels := p.w * p.h * 4 // at 144 dpi, 2 pixels per point
	switch {
	case pixels <= 12e6:
		return 0
	case pixels <= 48e6:
		return 72
	}
	return 48
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

// compareNetworks lays out each compared municipality's network with neato
// and places them in a grid, all on one scale.
func compareNetworks(ctx context.Context, n *graph.Network, c *metrics.Comparison, s CompareStyle) (*pinned, error) {
	if n == nil || c == nil {
		return nil, errors.New("views: compare view: no network or comparison")
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
		return nil, &CompareTooLargeError{Units: total, Max: cmpMaxNodes}
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
		pos, err := layoutPositions(ctx, s.Renderer, sub)
		if err != nil {
			return nil, fmt.Errorf("views: compare view: %s: %w", rows[i].Name, err)
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
		// Wider than tall, for a landscape page or a slide.
		cols = int(math.Ceil(math.Sqrt(1.6 * float64(len(rows)))))
		cols = max(1, min(cols, 10))
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
				var a draw.Attrs
				a.Set("shape", "circle")
				a.Set("fixedsize", "true")
				a.Set("width", num(cmpDot, 3, graph.EN))
				a.Set("style", "filled")
				a.Set("fillcolor", pal.fill(u.Agency))
				a.Set("color", "#333333")
				a.Set("penwidth", "0.5")
				a.Set("label", `" "`)
				a.Set("tooltip", draw.Quote(u.Name+" ("+shortAgencyName(u.Agency, u.AgencyLabel, l)+")\n"+
					count(subs[i].Degree(int64(k)), wTie, wTies, l)+" "+graph.T("i kommunen", "in the municipality").In(l)))
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
					var a draw.Attrs
					a.Set("color", edgeColor+"90")
					a.Set("penwidth", "0.6")
					p.edges = append(p.edges, pedge{a: first + int(t.A), b: first + int(t.B), Attrs: a})
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
		var at draw.Attrs
		at.Set("shape", "circle")
		at.Set("fixedsize", "true")
		at.Set("width", num(cmpDot, 3, graph.EN))
		at.Set("style", "filled")
		at.Set("fillcolor", pal.fill(a))
		at.Set("color", "#333333")
		at.Set("penwidth", "0.5")
		at.Set("label", `" "`)
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
func layoutPositions(ctx context.Context, r *draw.Renderer, sub *graph.Network) ([][2]float64, error) {
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
	if err := r.Render(ctx, b.Bytes(), draw.FormatSVG, &svg); err != nil {
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

// cmpRows places the rows of the dot charts: the y of each municipality's
// row and, per region, its name and the y of its first and last rows,
// with a heading and a gap for each region. It returns the plot height.
func cmpRows(c *metrics.Comparison) (plotH float64, rowY []float64, regions []cmpRegionRows) {
	rows := c.Municipalities
	rowY = make([]float64, len(rows))
	y := 0.0
	for i := range rows {
		if i == 0 || rows[i].Region != rows[i-1].Region {
			if i > 0 {
				y += cmpRowH * 0.6
			}
			y += cmpRowH
			regions = append(regions, cmpRegionRows{name: rows[i].Region, first: y})
		}
		rowY[i] = y
		regions[len(regions)-1].last = y
		y += cmpRowH
	}
	return y, rowY, regions
}

type cmpRegionRows struct {
	name        string
	first, last float64
}

// Heights of a dot-chart panel's title and axis labels, in points.
const (
	cmpHeadH     = 30.0
	cmpPanelFoot = 36.0
)

// compareMeasures draws a dot chart for each measure of c listed in ks:
// one row per municipality, grouped by region, with each region's median
// as a bar; four panels to a row, with the names on the left.
func compareMeasures(c *metrics.Comparison, l graph.Lang, ks []int) *pinned {
	p := &pinned{}
	if c == nil {
		return p
	}
	rows := c.Municipalities
	plotH, rowY, regions := cmpRows(c)
	panelW := cmpPlotW
	cols := min(cmpPanelCols, max(1, len(ks)))
	headH := cmpHeadH
	for j, k := range ks {
		m := c.Measures[k]
		pc, pr := j%cols, j/cols
		x0 := cmpNameW + float64(pc)*(panelW+cmpPanelGap)
		y0 := float64(pr) * (plotH + headH + cmpPanelFoot)
		// Names on the left of each row of panels.
		if pc == 0 {
			for _, reg := range regions {
				label := graph.T("Region ", "Region ").In(l) + reg.name
				if reg.name == "" {
					label = graph.T("Uten region", "No region").In(l)
				}
				p.text(0, y0+headH+reg.first-cmpRowH*0.9, cmpNameW-6, truncate(label, 24), 9, true, 'l', mutedText)
			}
			for i := range rows {
				p.text(0, y0+headH+rowY[i], cmpNameW-6, truncate(rows[i].Name, 22), 9, false, 'l', textColor)
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
		for _, rr := range regions {
			reg := c.RegionOf(rr.name)
			if reg == nil || k >= len(reg.Median) || math.IsNaN(reg.Median[k]) {
				continue
			}
			top, bot := rr.first-cmpRowH*0.45, rr.last+cmpRowH*0.45
			p.rect(xs(reg.Median[k])-1, y0+headH+top, 2, bot-top, gapColor)
		}
		for i := range rows {
			v := rows[i].Values[k]
			if math.IsNaN(v) {
				continue
			}
			var a draw.Attrs
			a.Set("shape", "circle")
			a.Set("fixedsize", "true")
			a.Set("width", "0.1")
			a.Set("style", "filled")
			a.Set("fillcolor", "#0072B2")
			a.Set("color", "#FFFFFF")
			a.Set("penwidth", "0.6")
			a.Set("label", `" "`)
			a.Set("tooltip", draw.Quote(rows[i].Name+": "+m.Title.In(l)+" "+num(v, 3, l)))
			p.add(xs(v), y0+headH+rowY[i], a)
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
