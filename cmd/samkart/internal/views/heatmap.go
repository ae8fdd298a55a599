package views

import (
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
)

// Heatmap builds the heat map of n's block densities by s.By (agency, or
// level): one row and column per group in the agency order of the
// diagrams (levels from the top), each cell coloured by the density of ties
// between the two groups (within the group on the diagonal) and labelled
// with the density and the number of ties. The colour is the square root
// of the density over the scale's top (the largest density rounded up to
// 1, 2, 2.5 or 5 times a power of ten): densities between whole agencies
// of a national network are a few per cent and would all look white on a
// linear scale.
func Heatmap(n *graph.Network, s Style) *draw.Picture {
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

	hm := &draw.Picture{}
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
	hm.Text(margin, y+18, title, 20, true, 'l', textColor)
	y += 28
	hm.Text(margin, y+12, scope+" · "+windowText(n, l), 13, false, 'l', mutedText)
	y += 18
	units := 0
	for _, c := range bm.Units {
		units += c
	}
	hm.Text(margin, y+12, count(units, wUnit, wUnits, l)+", "+count(len(n.Ties()), wTie, wTies, l), 13, false, 'l', mutedText)
	y += 30

	// Column width: the widest word of a header, wrapped headers below it.
	cellW := 74.0
	rowHeadW := 0.0
	colLines := make([][]string, k)
	maxLines := 1
	for g := 0; g < k; g++ {
		rowHeadW = math.Max(rowHeadW, draw.TextWidth(truncate(labels[g], 40)+" (00000)", 12, true))
		for _, w := range strings.Split(labels[g], " ") {
			cellW = math.Max(cellW, draw.TextWidth(w, 11, true)+10)
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
	hm.Text(x0, y+10, graph.T("til ", "to ").In(l)+axis+" →", 11, false, 'l', mutedText)
	y += 18
	for ci, g := range order {
		cx := x0 + float64(ci)*cellW + cellW/2
		if by == metrics.ByAgency {
			hm.Rect(cx-swatch/2, y, swatch, swatch, pal.fill(bm.Groups[g]), "#333333", 0.6, "")
		}
		for li, line := range colLines[g] {
			hm.Text(cx, y+swatch+14+float64(li)*14, line, 11, true, 'c', textColor)
		}
	}
	y0 := y + colHeadH
	hm.Text(margin, y0-6, graph.T("fra ", "from ").In(l)+axis+" ↓", 11, false, 'l', mutedText)
	for ri, g := range order {
		ry := y0 + float64(ri)*cellH
		if by == metrics.ByAgency {
			hm.Rect(margin, ry+cellH/2-swatch/2, swatch, swatch, pal.fill(bm.Groups[g]), "#333333", 0.6, "")
		}
		hm.Text(margin+swatch+headPad, ry+cellH/2+4, truncate(labels[g], 40)+" ("+strconv.Itoa(bm.Units[g])+")", 12, true, 'l', textColor)
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
			hm.Rect(cx, ry, cellW, cellH, fill, stroke, sw, tip)
			ink := inkOn(fill)
			if math.IsNaN(d) {
				hm.Text(cx+cellW/2, ry+cellH/2+5, "–", 13, false, 'c', mutedText)
				continue
			}
			hm.Text(cx+cellW/2, ry+cellH/2-1, pct(d, l), 13, true, 'c', ink)
			hm.Text(cx+cellW/2, ry+cellH/2+13, count(bm.Ties[g][h], wTie, wTies, l), 9.5, false, 'c', ink)
		}
	}
	y = y0 + float64(k)*cellH + 26

	// Colour scale.
	scaleW := math.Min(math.Max(float64(k)*cellW, 240), 420)
	hm.Text(margin, y+10, graph.T("Tetthet: andel av mulige bånd som finnes", "Density: share of the possible ties that exist").In(l), 12, true, 'l', textColor)
	y += 18
	const steps = 60
	for i := 0; i < steps; i++ {
		f := (float64(i) + 0.5) / steps
		hm.Rect(margin+float64(i)*scaleW/steps, y, scaleW/steps+0.3, 14, heatColor(f), "", 0, "")
	}
	hm.Rect(margin, y, scaleW, 14, "", "#333333", 0.6, "")
	for i := 0; i <= 4; i++ {
		tx := margin + float64(i)*scaleW/4
		hm.Line(tx, y+14, tx, y+18, "#333333", 0.6)
		anchor := byte('c')
		if i == 0 {
			anchor = 'l'
		} else if i == 4 {
			anchor = 'r'
		}
		f := float64(i) / 4
		hm.Text(tx, y+30, pct(top*f*f, l), 10, false, anchor, textColor)
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
		hm.Text(margin, y+10, s, 11, false, 'l', mutedText)
		y += 16
	}
	hm.H = math.Ceil(y + margin)
	hm.W = math.Ceil(hm.Right() + margin)
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
		if cur != "" && draw.TextWidth(next, size, bold) > width {
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
