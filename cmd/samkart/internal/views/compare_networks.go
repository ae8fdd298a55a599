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

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics/compare"
)

// compareNetworks lays out each compared municipality's network by
// stress majorization and places them in a grid, all on one scale, above a legend of the
// agencies drawn.
func compareNetworks(ctx context.Context, n *graph.Network, c *compare.Comparison, s CompareStyle) (*pinned, error) {
	if n == nil || c == nil {
		return nil, errors.New("views: compare view: no network or comparison")
	}
	sn := &smallNetworks{n: n, c: c, l: cmpLang(s.Lang), pal: newPalette(n.Data), p: &pinned{}, agencies: map[string]bool{}}
	if err := sn.scope(); err != nil {
		return nil, err
	}
	if err := sn.layout(ctx, s.Renderer); err != nil {
		return nil, err
	}
	sn.grid(s.Columns)
	sn.legend(sn.drawGrid())
	return sn.p, nil
}

// smallNetworks is the picture of the municipalities' networks.
type smallNetworks struct {
	n        *graph.Network
	c        *compare.Comparison
	l        graph.Lang
	pal      *palette
	subs     []*graph.Network // the municipalities' networks, in c's order
	cells    []networkCell    // their layouts
	cols     int              // cells per row
	colW     float64          // the width of a cell
	p        *pinned
	agencies map[string]bool // drawn
}

// networkCell is one municipality's layout: its units' centres, with the
// top left at 0, 0, and its size, in points.
type networkCell struct {
	pos  [][2]float64
	w, h float64
}

// scope takes each municipality's network, refusing more units than
// cmpMaxNodes.
func (sn *smallNetworks) scope() error {
	rows := sn.c.Municipalities
	total := 0
	if tl := CompareTooLarge(sn.n, sn.c); tl != nil {
		return tl
	}
	names := make([]string, len(rows))
	for i := range rows {
		names[i] = rows[i].Name
	}
	sn.subs = sn.n.Scopes(names)
	for _, sub := range sn.subs {
		total += sub.Len()
	}
	if total > cmpMaxNodes {
		return &CompareTooLargeError{Units: total, Max: cmpMaxNodes}
	}
	return nil
}

// layout lays out each municipality's network: here (stressLayout), or
// with r's neato when it has more than stressMax units.
func (sn *smallNetworks) layout(ctx context.Context, r *draw.Renderer) error {
	sn.cells = make([]networkCell, len(sn.subs))
	r = r.Once() // the positions only: in SVG alone
	for i, sub := range sn.subs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var pos [][2]float64
		if sub.Len() <= stressMax {
			pos = stressLayout(sub)
		} else {
			var svg bytes.Buffer
			if err := r.Render(ctx, layoutDOT(sub), draw.FormatSVG, &svg); err != nil {
				return fmt.Errorf("views: compare view: %s: %w", sn.c.Municipalities[i].Name, err)
			}
			var err error
			if pos, err = readPositions(svg.Bytes(), sub.Len()); err != nil {
				return fmt.Errorf("views: compare view: %s: %w", sn.c.Municipalities[i].Name, err)
			}
		}
		cl := networkCell{pos: pos}
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
		sn.cells[i] = cl
	}
	return nil
}

// grid chooses the number of cells per row, cols or, when it is 0, about
// the square root of their number, and the width of a cell.
func (sn *smallNetworks) grid(cols int) {
	if cols <= 0 {
		// Wider than tall, for a landscape page or a slide.
		cols = int(math.Ceil(math.Sqrt(1.6 * float64(len(sn.cells)))))
		cols = max(1, min(cols, 10))
	}
	sn.cols = cols
	colW := 0.0
	for _, cl := range sn.cells {
		colW = math.Max(colW, cl.w)
	}
	sn.colW = math.Max(colW, 150) + 2*cmpCellPad
}

// drawGrid draws the cells row by row and returns the bottom of the grid.
func (sn *smallNetworks) drawGrid() (y float64) {
	n := len(sn.cells)
	for r0 := 0; r0 < n; r0 += sn.cols {
		rowH := 0.0
		for i := r0; i < min(r0+sn.cols, n); i++ {
			rowH = math.Max(rowH, sn.cells[i].h)
		}
		for i := r0; i < min(r0+sn.cols, n); i++ {
			sn.drawCell(i, float64(i-r0)*sn.colW, y, rowH)
		}
		y += rowH + cmpTitleH + 2*cmpCellPad
	}
	return y
}

// drawCell draws municipality i's cell with its top left corner at x0, y,
// in a row of cells rowH high: a frame, the name and numbers, the units
// coloured by agency and the ties.
func (sn *smallNetworks) drawCell(i int, x0, y, rowH float64) {
	l, p, sub := sn.l, sn.p, sn.subs[i]
	r := &sn.c.Municipalities[i]
	colW := sn.colW
	p.frame(x0+4, y+4, colW-8, rowH+cmpTitleH+2*cmpCellPad-8, clusterLine)
	title := r.Name
	if r.Region != "" {
		title += " · " + r.Region
	}
	p.text(x0+cmpCellPad, y+cmpCellPad, colW-2*cmpCellPad, truncate(title, 40), 11, true, 'l', textColor)
	line := []string{count(sub.Len(), wUnit, wUnits, l), count(len(sub.Ties()), wTie, wTies, l)}
	if d := sn.c.Measure("density"); d >= 0 && !math.IsNaN(r.Values[d]) {
		line = append(line, graph.T(text.TermDensity.NB+" ", text.TermDensity.EN+" ").In(l)+text.Number(r.Values[d], 2, l))
	}
	p.text(x0+cmpCellPad, y+cmpCellPad+13, colW-2*cmpCellPad, strings.Join(line, " · "), 9, false, 'l', mutedText)
	cl := sn.cells[i]
	ox := x0 + (colW-cl.w)/2
	oy := y + cmpTitleH + cmpCellPad + (rowH-cl.h)/2
	first := len(p.nodes)
	for k, u := range sub.Units() {
		a := unitDot(sn.pal.fill(u.Agency))
		a.Set("tooltip", draw.Quote(u.Name+" ("+shortAgencyName(u.Agency, u.AgencyLabel, l)+")\n"+
			count(sub.Degree(int64(k)), wTie, wTies, l)+" "+graph.T("i kommunen", "in the municipality").In(l)))
		sn.agencies[u.Agency] = true
		if len(cl.pos) == 0 {
			continue
		}
		p.add(ox+cl.pos[k][0], oy+cl.pos[k][1], a)
	}
	if len(cl.pos) == 0 {
		p.text(x0+cmpCellPad, oy+cmpDot*72, colW-2*cmpCellPad, graph.T("ingen enheter", "no units").In(l), 9, false, 'l', mutedText)
		return
	}
	for _, t := range sub.Ties() {
		var a draw.Attrs
		a.Set("color", edgeColor+"90")
		a.Set("penwidth", "0.6")
		p.edges = append(p.edges, pedge{a: first + int(t.A), b: first + int(t.B), Attrs: a})
	}
}

// unitDot is the attributes of a unit's dot, filled with fill.
func unitDot(fill string) draw.Attrs {
	var a draw.Attrs
	a.Set("shape", "circle")
	a.Set("fixedsize", "true")
	a.Set("width", num(cmpDot, 3, graph.EN))
	a.Set("style", "filled")
	a.Set("fillcolor", fill)
	a.Set("color", "#333333")
	a.Set("penwidth", "0.5")
	a.Set("label", `" "`)
	return a
}

// legend draws the agencies drawn, in the order of the other diagrams,
// below y, in lines as wide as the grid.
func (sn *smallNetworks) legend(y float64) {
	var keys []string
	for a := range sn.agencies {
		keys = append(keys, a)
	}
	sort.Slice(keys, func(i, j int) bool {
		pi, pj := sn.pal.position(keys[i]), sn.pal.position(keys[j])
		if pi != pj {
			return pi < pj
		}
		return keys[i] < keys[j]
	})
	size := cmpDot * 72
	y += 10
	x := 0.0
	for _, a := range keys {
		name := shortAgencyName(a, agencyLabelIn(sn.n, a), sn.l)
		w := 16 + 6.2*float64(len([]rune(name)))
		if x > 0 && x+w > float64(sn.cols)*sn.colW {
			x = 0
			y += 18
		}
		sn.p.add(x+size/2, y, unitDot(sn.pal.fill(a)))
		sn.p.text(x+size+4, y, w-size-4, name, 10, false, 'l', textColor)
		x += w + 10
	}
}

// layoutDOT is the DOT of sub's layout with Graphviz's neato (stress
// majorization, every tie 0.35 inch long, components packed; fdp's result
// depends on earlier layouts in the process).
func layoutDOT(sub *graph.Network) []byte {
	nn := sub.Len()
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
	return b.Bytes()
}

// readPositions returns each of the nn units' centres in points (y down),
// read back from the SVG of its layout; none for no units.
func readPositions(svg []byte, nn int) ([][2]float64, error) {
	if nn == 0 {
		return nil, nil
	}
	pos := make([][2]float64, nn)
	found := make([]bool, nn)
	dec := xml.NewDecoder(bytes.NewReader(svg))
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
