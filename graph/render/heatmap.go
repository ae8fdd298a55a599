package render

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// HeatMap is the agencies view: the block densities of a network (see
// metrics.Blocks) as a matrix of coloured cells, drawn directly rather than
// laid out by Graphviz. Its SVG and PNG come from the same list of shapes.
type HeatMap struct {
	W, H   float64 // size in points
	shapes []shape
}

// shape is one drawing primitive, in points with y pointing down.
type shape struct {
	kind        byte // 'r' rectangle, 't' text, 'l' line
	x, y, w, h  float64
	fill        string // rectangles; "" for none
	stroke      string // rectangles and lines; "" for none
	strokeWidth float64
	text        string
	size        float64 // text: font size
	bold        bool
	anchor      byte   // text: 'l', 'c' or 'r'
	color       string // text colour
	title       string // tooltip (SVG only)
}

// Heatmap builds the heat map of n's block densities by s.By (agency, or
// level): one row and column per group in the agency order of the
// diagrams (levels from the top), each cell coloured by the density of ties
// between the two groups (within the group on the diagonal) and labelled
// with the density and the number of ties. The colour is the square root
// of the density over the scale's top (the largest density rounded up to
// 1, 2, 2.5 or 5 times a power of ten): densities between whole agencies
// of a national network are a few per cent and would all look white on a
// linear scale.
func Heatmap(n *graph.Network, s Style) *HeatMap {
	l := s.Lang
	if l != graph.NB {
		l = graph.EN
	}
	by := s.By
	if by != metrics.ByLevel {
		by = metrics.ByAgency
	}
	bm := metrics.Blocks(n, by)
	pal := newPalette(n.Data)

	// Group order: agencies as in the other diagrams, levels from the top.
	k := len(bm.Groups)
	order := make([]int, k)
	for i := range order {
		order[i] = i
	}
	if by == metrics.ByAgency {
		sortInts(order, func(a, b int) bool {
			pa, pb := pal.position(bm.Groups[a]), pal.position(bm.Groups[b])
			if pa != pb {
				return pa < pb
			}
			return bm.Groups[a] < bm.Groups[b]
		})
	}
	labels := make([]string, k)
	for _, g := range order {
		if by == metrics.ByAgency {
			labels[g] = shortAgencyName(bm.Groups[g], agencyLabelIn(n, bm.Groups[g]), l)
		} else {
			// "3 · kommuneledelse": the number first, since the units'
			// count follows in parentheses.
			lv, _ := strconv.Atoi(bm.Groups[g])
			labels[g] = graph.Level(lv).Label().In(l)
			if lv >= 1 && lv <= 6 {
				labels[g] = strconv.Itoa(lv) + "\u00a0·\u00a0" + labels[g] // kept together by wrapWidth
			}
		}
	}
	maxD := 0.0
	for g := 0; g < k; g++ {
		for h := 0; h < k; h++ {
			if d := bm.Density[g][h]; !math.IsNaN(d) {
				maxD = math.Max(maxD, d)
			}
		}
	}
	top := niceCeil(maxD)

	hm := &HeatMap{}
	const (
		margin  = 24.0
		headPad = 8.0
		swatch  = 12.0
	)
	// Title.
	name := s.Title
	if name == "" && n.Data != nil {
		name = n.Data.Name
	}
	title := graph.T("Samarbeid mellom etater", "Collaboration between agencies").In(l)
	if by == metrics.ByLevel {
		title = graph.T("Samarbeid mellom nivåer", "Collaboration between levels").In(l)
	}
	if name != "" {
		title += " – " + name
	}
	scope := n.Options.Filter.Scope
	if scope == "" {
		scope = graph.T("alle kommuner", "all municipalities").In(l)
	}
	y := margin
	hm.text(margin, y+18, title, 20, true, 'l', textColor)
	y += 28
	hm.text(margin, y+12, scope+" · "+windowText(n, l), 13, false, 'l', mutedText)
	y += 18
	units := 0
	for _, c := range bm.Units {
		units += c
	}
	hm.text(margin, y+12, count(units, wUnit, wUnits, l)+", "+count(len(n.Ties()), wTie, wTies, l), 13, false, 'l', mutedText)
	y += 30

	// Column width: the widest word of a header, wrapped headers below it.
	cellW := 74.0
	rowHeadW := 0.0
	colLines := make([][]string, k)
	maxLines := 1
	for g := 0; g < k; g++ {
		rowHeadW = math.Max(rowHeadW, textWidth(truncate(labels[g], 40)+" (00000)", 12, true))
		for _, w := range strings.Split(labels[g], " ") {
			cellW = math.Max(cellW, textWidth(w, 11, true)+10)
		}
	}
	for g := 0; g < k; g++ {
		colLines[g] = wrapWidth(labels[g], cellW-8, 11, true)
		maxLines = max(maxLines, len(colLines[g]))
	}
	cellH := 44.0
	x0 := margin + rowHeadW + swatch + 2*headPad
	colHeadH := float64(maxLines)*14 + swatch + 10
	axis := by.Title().In(l)
	hm.text(x0, y+10, graph.T("til ", "to ").In(l)+axis+" →", 11, false, 'l', mutedText)
	y += 18
	for ci, g := range order {
		cx := x0 + float64(ci)*cellW + cellW/2
		if by == metrics.ByAgency {
			hm.rect(cx-swatch/2, y, swatch, swatch, pal.fill(bm.Groups[g]), "#333333", 0.6, "")
		}
		for li, line := range colLines[g] {
			hm.text(cx, y+swatch+14+float64(li)*14, line, 11, true, 'c', textColor)
		}
	}
	y0 := y + colHeadH
	hm.text(margin, y0-6, graph.T("fra ", "from ").In(l)+axis+" ↓", 11, false, 'l', mutedText)
	for ri, g := range order {
		ry := y0 + float64(ri)*cellH
		if by == metrics.ByAgency {
			hm.rect(margin, ry+cellH/2-swatch/2, swatch, swatch, pal.fill(bm.Groups[g]), "#333333", 0.6, "")
		}
		hm.text(margin+swatch+headPad, ry+cellH/2+4, truncate(labels[g], 40)+" ("+strconv.Itoa(bm.Units[g])+")", 12, true, 'l', textColor)
		for ci, h := range order {
			cx := x0 + float64(ci)*cellW
			d := bm.Density[g][h]
			fill := heatColor(math.Sqrt(d / top))
			if top == 0 && !math.IsNaN(d) {
				fill = heatColor(0)
			}
			tip := labels[g] + " – " + labels[h] + ": "
			if g == h {
				tip = labels[g] + graph.T(" innbyrdes: ", " among themselves: ").In(l)
			}
			tip += count(bm.Ties[g][h], wTie, wTies, l)
			if !math.IsNaN(d) {
				tip += graph.T(" av ", " of ").In(l) + num(float64(bm.Ties[g][h])/d, 0, l) +
					graph.T(" mulige (", " possible (").In(l) + pct(d, l) + "), " + wWeight.In(l) + " " + num(bm.Weight[g][h], 2, l)
			}
			stroke, sw := "#FFFFFF", 1.0
			if g == h {
				stroke, sw = "#333333", 1.5
			}
			hm.rect(cx, ry, cellW, cellH, fill, stroke, sw, tip)
			ink := inkOn(fill)
			if math.IsNaN(d) {
				hm.text(cx+cellW/2, ry+cellH/2+5, "–", 13, false, 'c', mutedText)
				continue
			}
			hm.text(cx+cellW/2, ry+cellH/2-1, pct(d, l), 13, true, 'c', ink)
			hm.text(cx+cellW/2, ry+cellH/2+13, count(bm.Ties[g][h], wTie, wTies, l), 9.5, false, 'c', ink)
		}
	}
	y = y0 + float64(k)*cellH + 26

	// Colour scale.
	scaleW := math.Min(math.Max(float64(k)*cellW, 240), 420)
	hm.text(margin, y+10, graph.T("Tetthet: andel av mulige bånd som finnes", "Density: share of the possible ties that exist").In(l), 12, true, 'l', textColor)
	y += 18
	const steps = 60
	for i := 0; i < steps; i++ {
		f := (float64(i) + 0.5) / steps
		hm.rect(margin+float64(i)*scaleW/steps, y, scaleW/steps+0.3, 14, heatColor(f), "", 0, "")
	}
	hm.rect(margin, y, scaleW, 14, "", "#333333", 0.6, "")
	for i := 0; i <= 4; i++ {
		tx := margin + float64(i)*scaleW/4
		hm.line(tx, y+14, tx, y+18, "#333333", 0.6)
		anchor := byte('c')
		if i == 0 {
			anchor = 'l'
		} else if i == 4 {
			anchor = 'r'
		}
		f := float64(i) / 4
		hm.text(tx, y+30, pct(top*f*f, l), 10, false, anchor, textColor)
	}
	y += 44
	notes := []string{
		graph.T("Hver celle: tettheten og antall bånd mellom radens og kolonnens enheter.",
			"Each cell: the density and number of ties between the row's and the column's units.").In(l),
		graph.T("Diagonalen (mørk ramme): bånd innen samme gruppe. Tall i parentes: antall enheter.",
			"The diagonal (dark frame): ties within one group. In parentheses: number of units.").In(l),
		graph.T("–: ingen mulige bånd (gruppen har bare én enhet).", "–: no possible ties (the group has a single unit).").In(l),
		graph.T("Fargeskalaen følger kvadratroten av tettheten, så også små tettheter synes.",
			"The colour scale follows the square root of the density, so that small densities show too.").In(l),
	}
	if left := n.Len() - units; left > 0 {
		notes = append(notes, count(left, wUnit, wUnits, l)+graph.T(" uten ", " without ").In(l)+by.Title().In(l)+
			graph.T(" er utelatt.", " are left out.").In(l))
	}
	if k == 0 {
		notes = append([]string{graph.T("Ingen enheter å vise.", "No units to show.").In(l)}, notes...)
	}
	for _, s := range notes {
		hm.text(margin, y+10, s, 11, false, 'l', mutedText)
		y += 16
	}
	hm.H = math.Ceil(y + margin)
	right := 0.0
	for _, s := range hm.shapes {
		switch s.kind {
		case 't':
			w := textWidth(s.text, s.size, s.bold)
			switch s.anchor {
			case 'c':
				right = math.Max(right, s.x+w/2)
			case 'r':
				right = math.Max(right, s.x)
			default:
				right = math.Max(right, s.x+w)
			}
		default:
			right = math.Max(right, s.x+math.Max(s.w, 0))
		}
	}
	hm.W = math.Ceil(right + margin)
	return hm
}

// agencyLabelIn returns the user's spelling of agency a in n.
func agencyLabelIn(n *graph.Network, a string) string {
	for _, u := range n.Units() {
		if u.Agency == a && u.AgencyLabel != "" {
			return u.AgencyLabel
		}
	}
	return ""
}

func sortInts(xs []int, less func(a, b int) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// pct formats a share as a percentage with a precision that shows small
// densities: 35 %, 4,2 %, 0,35 %.
func pct(x float64, l graph.Lang) string {
	p := 100 * x
	digits := 0
	switch {
	case p == 0:
	case p < 1:
		digits = 2
	case p < 10:
		digits = 1
	}
	return num(roundTo(p, digits), digits, l) + " %"
}

func roundTo(x float64, digits int) float64 {
	f := math.Pow(10, float64(digits))
	return math.Round(x*f) / f
}

// niceCeil rounds a density up to 1, 2 or 5 times a power of ten (at most
// 1), so that the colour scale has round ends.
func niceCeil(x float64) float64 {
	if x <= 0 || math.IsNaN(x) {
		return 1
	}
	if x >= 0.5 {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*e >= x*(1-1e-12) {
			return m * e
		}
	}
	return 10 * e
}

func (h *HeatMap) rect(x, y, w, ht float64, fill, stroke string, sw float64, title string) {
	h.shapes = append(h.shapes, shape{kind: 'r', x: x, y: y, w: w, h: ht, fill: fill, stroke: stroke, strokeWidth: sw, title: title})
}

func (h *HeatMap) text(x, y float64, s string, size float64, bold bool, anchor byte, color string) {
	h.shapes = append(h.shapes, shape{kind: 't', x: x, y: y, text: s, size: size, bold: bold, anchor: anchor, color: color})
}

func (h *HeatMap) line(x1, y1, x2, y2 float64, stroke string, sw float64) {
	h.shapes = append(h.shapes, shape{kind: 'l', x: x1, y: y1, w: x2 - x1, h: y2 - y1, stroke: stroke, strokeWidth: sw})
}

// f formats a coordinate for SVG.
func f(x float64) string { return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) }

// SVG returns the heat map as a standalone SVG document. Cells have a
// <title>, so hovering shows the counts behind them.
func (h *HeatMap) SVG() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%spt" height="%spt" viewBox="0 0 %s %s" font-family="Helvetica,Arial,sans-serif">
<rect x="0" y="0" width="%s" height="%s" fill="#FFFFFF"/>
`, f(h.W), f(h.H), f(h.W), f(h.H), f(h.W), f(h.H))
	for _, s := range h.shapes {
		switch s.kind {
		case 'r':
			fill, stroke := s.fill, s.stroke
			if fill == "" {
				fill = "none"
			}
			if stroke == "" {
				stroke = "none"
			}
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="%s"`, f(s.x), f(s.y), f(s.w), f(s.h), fill, stroke)
			if s.stroke != "" {
				fmt.Fprintf(&b, ` stroke-width="%s"`, f(s.strokeWidth))
			}
			if s.title != "" {
				fmt.Fprintf(&b, "><title>%s</title></rect>\n", xmlText(s.title))
			} else {
				b.WriteString("/>\n")
			}
		case 'l':
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"/>`+"\n",
				f(s.x), f(s.y), f(s.x+s.w), f(s.y+s.h), s.stroke, f(s.strokeWidth))
		case 't':
			anchor := "start"
			switch s.anchor {
			case 'c':
				anchor = "middle"
			case 'r':
				anchor = "end"
			}
			weight := ""
			if s.bold {
				weight = ` font-weight="bold"`
			}
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" text-anchor="%s" fill="%s"%s>%s</text>`+"\n",
				f(s.x), f(s.y), f(s.size), anchor, s.color, weight, xmlText(s.text))
		}
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// PNG returns the heat map as a PNG, drawn by the rasteriser of Render's
// PNGs (see png.go) from the same shapes as the SVG, with the embedded Go
// fonts.
func (h *HeatMap) PNG() ([]byte, error) {
	g := xdotGraph{BB: "0,0," + f(h.W) + "," + f(h.H), Pad: "0"}
	flip := func(y float64) float64 { return h.H - y }
	g.Draw = append(g.Draw, xdotOp{Op: "C", Color: "#FFFFFF"}, xdotOp{Op: "c", Color: "#FFFFFF"},
		xdotOp{Op: "P", Points: [][2]float64{{0, 0}, {0, h.H}, {h.W, h.H}, {h.W, 0}}})
	for _, s := range h.shapes {
		switch s.kind {
		case 'r':
			pts := [][2]float64{{s.x, flip(s.y)}, {s.x + s.w, flip(s.y)}, {s.x + s.w, flip(s.y + s.h)}, {s.x, flip(s.y + s.h)}}
			if s.fill != "" {
				g.Draw = append(g.Draw, xdotOp{Op: "C", Color: s.fill}, xdotOp{Op: "c", Color: s.fill},
					xdotOp{Op: "S", Style: "setlinewidth(0)"}, xdotOp{Op: "P", Points: pts})
			}
			if s.stroke != "" {
				g.Draw = append(g.Draw, xdotOp{Op: "c", Color: s.stroke},
					xdotOp{Op: "S", Style: "setlinewidth(" + f(s.strokeWidth) + ")"}, xdotOp{Op: "p", Points: pts})
			}
		case 'l':
			g.Draw = append(g.Draw, xdotOp{Op: "c", Color: s.stroke},
				xdotOp{Op: "S", Style: "setlinewidth(" + f(s.strokeWidth) + ")"},
				xdotOp{Op: "L", Points: [][2]float64{{s.x, flip(s.y)}, {s.x + s.w, flip(s.y + s.h)}}})
		case 't':
			face := "Helvetica"
			if s.bold {
				face = "Helvetica-Bold"
			}
			g.Draw = append(g.Draw, xdotOp{Op: "F", Size: s.size, Face: face}, xdotOp{Op: "c", Color: s.color},
				xdotOp{Op: "T", Pt: []float64{s.x, flip(s.y)}, Align: string(s.anchor), Width: 1e6, Text: s.text})
		}
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

// measureFont caches a sfnt.Buffer for textWidth.
var measureFont struct {
	sync.Mutex
	buf sfnt.Buffer
}

// textWidth returns the width in points of s in the Go font at size
// points, as the PNG draws it; browsers' Helvetica is a little narrower.
func textWidth(s string, size float64, bold bool) float64 {
	style := 0
	if bold {
		style = fontBold
	}
	fnt := goFont(style)
	measureFont.Lock()
	defer measureFont.Unlock()
	ppem := fixed.Int26_6(fnt.UnitsPerEm()) << 6
	w := 0.0
	prev := sfnt.GlyphIndex(0)
	for _, r := range s {
		x, err := fnt.GlyphIndex(&measureFont.buf, r)
		if err != nil {
			continue
		}
		if prev != 0 && x != 0 {
			if k, err := fnt.Kern(&measureFont.buf, prev, x, ppem, font.HintingNone); err == nil {
				w += float64(k) / 64
			}
		}
		if adv, err := fnt.GlyphAdvance(&measureFont.buf, x, ppem, font.HintingNone); err == nil {
			w += float64(adv) / 64
		}
		prev = x
	}
	return w / float64(fnt.UnitsPerEm()) * size
}

// wrapWidth breaks s into lines no wider than width points, at spaces
// but not at no-break spaces.
func wrapWidth(s string, width, size float64, bold bool) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Split(s, " ") {
		if w == "" {
			continue
		}
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if cur != "" && textWidth(next, size, bold) > width {
			lines = append(lines, cur)
			cur = w
			continue
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}
