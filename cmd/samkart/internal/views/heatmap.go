package views

import (
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
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
// linear scale. With s.Suppress on, a group of fewer units than its
// limit is labelled "(<3)", and a cell with fewer ties, or between such
// groups, is grey, without its density.
func Heatmap(n *graph.Network, s Style) *draw.Picture {
	h := newHeatmap(n, s)
	h.title(s.Title)
	h.columns()
	h.rows()
	h.scale()
	h.notes()
	h.p.H = math.Ceil(h.y + hmMargin)
	h.p.W = math.Ceil(h.p.Right() + hmMargin)
	return h.p
}

// hiddenFill is the colour of a cell whose density is hidden: outside the
// colour scale, which runs from white.
const hiddenFill = "#D9D9D9"

// Spacing of the heat map, in points.
const (
	hmMargin  = 24.0
	hmHeadPad = 8.0
	hmSwatch  = 12.0
	hmCellH   = 44.0 // on the screen; cellH for a medium
)

// heatmap is the heat map being laid out, from the top down.
type heatmap struct {
	n      *graph.Network
	l      graph.Lang
	by     metrics.Attribute
	bm     *metrics.BlockMatrix
	pal    *palette
	order  []int    // the groups in the order drawn
	labels []string // by group
	top    float64  // the density at the top of the colour scale
	medium bool     // drawn for a page or slide: narrow columns, larger small print
	sup    text.Suppression
	cellH  float64
	p      *draw.Picture
	y      float64 // the top of what comes next

	// Set by columns for rows and scale.
	cellW, x0 float64
}

// newHeatmap computes the block densities by s.By and the groups' order
// (agencies as in the other diagrams, levels from the top) and labels.
func newHeatmap(n *graph.Network, s Style) *heatmap {
	h := &heatmap{n: n, l: s.Lang, by: s.By, pal: newPalette(n.Data), p: &draw.Picture{}, y: hmMargin,
		medium: s.Medium != MediumScreen, cellH: hmCellH, sup: s.Suppress}
	if h.medium {
		h.cellH = 38
	}
	if h.l != graph.NB {
		h.l = graph.EN
	}
	if h.by != metrics.ByLevel {
		h.by = metrics.ByAgency
	}
	h.bm = metrics.Blocks(n, h.by)
	groups := h.bm.Groups
	h.order = make([]int, len(groups))
	for i := range h.order {
		h.order[i] = i
	}
	if h.by == metrics.ByAgency {
		sortInts(h.order, func(a, b int) bool {
			pa, pb := h.pal.position(groups[a]), h.pal.position(groups[b])
			if pa != pb {
				return pa < pb
			}
			return groups[a] < groups[b]
		})
	}
	h.labels = make([]string, len(groups))
	for _, g := range h.order {
		h.labels[g] = h.groupLabel(groups[g])
	}
	maxD := 0.0
	for g := range groups {
		for k := range groups {
			if d := h.bm.Density[g][k]; !math.IsNaN(d) && !h.hidden(g, k) {
				maxD = math.Max(maxD, d)
			}
		}
	}
	h.top = niceCeil(maxD)
	return h
}

// groupLabel names a group: an agency, or a level as "3 · kommuneledelse",
// the number first since the units' count follows in parentheses.
func (h *heatmap) groupLabel(group string) string {
	if h.by == metrics.ByAgency {
		return shortAgencyName(group, agencyLabelIn(h.n, group), h.l)
	}
	lv, _ := strconv.Atoi(group)
	label := graph.Level(lv).Label().In(h.l)
	if lv >= 1 && lv <= 6 {
		label = strconv.Itoa(lv) + "\u00a0·\u00a0" + label // kept together by wrapWidth
	}
	return label
}

// hidden reports whether the density of the cell of groups g and k is
// hidden: it has fewer ties than the limit, or a group fewer units.
func (h *heatmap) hidden(g, k int) bool {
	bm, s := h.bm, h.sup
	return s.Hides(float64(bm.Ties[g][k])) || s.Hides(float64(bm.Units[g])) || s.Hides(float64(bm.Units[k]))
}

// size is the number of units of group g in parentheses: "(4)", "(<3)".
func (h *heatmap) size(g int) string {
	if v, ok := h.sup.Count(h.bm.Units[g]).(text.Hidden); ok {
		return "(" + v.String() + ")"
	}
	return "(" + strconv.Itoa(h.bm.Units[g]) + ")"
}

// ties is the number of ties of the cell of groups g and k in words:
// "4 bånd", "under 3 bånd".
func (h *heatmap) ties(g, k int) string {
	n := h.bm.Ties[g][k]
	if h.sup.Hides(float64(n)) {
		return h.sup.Words().In(h.l) + " " + wTies.In(h.l)
	}
	return count(n, wTie, wTies, h.l)
}

// units is the number of units in the groups.
func (h *heatmap) units() int {
	units := 0
	for _, c := range h.bm.Units {
		units += c
	}
	return units
}

// title writes the title (name, or the dataset's), the scope and window,
// and the numbers of units and ties.
func (h *heatmap) title(name string) {
	l, n := h.l, h.n
	if name == "" {
		name = text.PlaceName(n.Data, n.Options.Filter.Scope, l)
	}
	title := graph.T("Samarbeid mellom etater", "Collaboration between agencies").In(l)
	if h.by == metrics.ByLevel {
		title = graph.T("Samarbeid mellom nivåer", "Collaboration between levels").In(l)
	}
	if name != "" {
		title += " – " + name
	}
	scope := n.Options.Filter.Scope
	if scope == "" {
		scope = graph.T("alle kommuner", "all municipalities").In(l)
	}
	h.p.Text(hmMargin, h.y+18, title, 20, true, 'l', textColor)
	h.y += 28
	h.p.Text(hmMargin, h.y+12, scope+" · "+windowText(n, l), 13, false, 'l', mutedText)
	h.y += 18
	h.p.Text(hmMargin, h.y+12, count(h.units(), wUnit, wUnits, l)+", "+count(len(n.Ties()), wTie, wTies, l), 13, false, 'l', mutedText)
	h.y += 30
}

// columns sizes the cells, as wide as the widest word of a header, and
// writes the column headers wrapped below their swatches.
func (h *heatmap) columns() {
	k := len(h.bm.Groups)
	h.cellW = 74.0
	if h.medium {
		h.cellW = 62
	}
	rowHeadW := 0.0
	heads := make([]string, k)
	for g := 0; g < k; g++ {
		rowHeadW = math.Max(rowHeadW, draw.TextWidth(truncate(h.labels[g], 40)+" (00000)", 12, true))
		heads[g] = h.labels[g]
		if h.medium {
			// Long words are broken rather than the columns widened.
			heads[g] = strings.ReplaceAll(wrapHyphen(heads[g], 11, 0), "\n", " ")
		}
		for _, w := range strings.Split(heads[g], " ") {
			h.cellW = math.Max(h.cellW, draw.TextWidth(w, 11, true)+10)
		}
	}
	colLines := make([][]string, k)
	maxLines := 1
	for g := 0; g < k; g++ {
		colLines[g] = wrapWidth(heads[g], h.cellW-8, 11, true)
		maxLines = max(maxLines, len(colLines[g]))
	}
	h.x0 = hmMargin + rowHeadW + hmSwatch + 2*hmHeadPad
	colHeadH := float64(maxLines)*14 + hmSwatch + 10
	h.p.Text(h.x0, h.y+10, graph.T("til ", "to ").In(h.l)+text.AttributeTitle(h.by).In(h.l)+" →", 11, false, 'l', mutedText)
	h.y += 18
	for ci, g := range h.order {
		cx := h.x0 + float64(ci)*h.cellW + h.cellW/2
		if h.by == metrics.ByAgency {
			h.p.Rect(cx-hmSwatch/2, h.y, hmSwatch, hmSwatch, h.pal.fill(h.bm.Groups[g]), "#333333", 0.6, "")
		}
		for li, line := range colLines[g] {
			h.p.Text(cx, h.y+hmSwatch+14+float64(li)*14, line, 11, true, 'c', textColor)
		}
	}
	h.y += colHeadH
}

// rows writes a row per group: its swatch and name, then its cells.
func (h *heatmap) rows() {
	h.p.Text(hmMargin, h.y-6, graph.T("fra ", "from ").In(h.l)+text.AttributeTitle(h.by).In(h.l)+" ↓", 11, false, 'l', mutedText)
	for ri, g := range h.order {
		ry := h.y + float64(ri)*h.cellH
		if h.by == metrics.ByAgency {
			h.p.Rect(hmMargin, ry+h.cellH/2-hmSwatch/2, hmSwatch, hmSwatch, h.pal.fill(h.bm.Groups[g]), "#333333", 0.6, "")
		}
		h.p.Text(hmMargin+hmSwatch+hmHeadPad, ry+h.cellH/2+4, truncate(h.labels[g], 40)+" "+h.size(g), 12, true, 'l', textColor)
		for ci, k := range h.order {
			h.cell(h.x0+float64(ci)*h.cellW, ry, g, k)
		}
	}
	h.y += float64(len(h.bm.Groups))*h.cellH + 26
}

// cell writes the cell of groups g and k with its top left corner at x,
// y: coloured by density, with the density, the number of ties and a
// tooltip with the numbers behind them.
func (h *heatmap) cell(x, y float64, g, k int) {
	l, bm := h.l, h.bm
	d := bm.Density[g][k]
	fill := heatColor(math.Sqrt(d / h.top))
	if h.top == 0 && !math.IsNaN(d) {
		fill = heatColor(0)
	}
	tip := h.labels[g] + " – " + h.labels[k] + ": "
	if g == k {
		tip = h.labels[g] + graph.T(" innbyrdes: ", " among themselves: ").In(l)
	}
	if h.hidden(g, k) {
		tip += h.ties(g, k)
		h.p.Rect(x, y, h.cellW, h.cellH, hiddenFill, "#FFFFFF", 1, tip)
		if g == k {
			h.p.Rect(x, y, h.cellW, h.cellH, "", "#333333", 1.5, "")
		}
		small := 9.5
		if h.medium {
			small = h.smallPrint()
		}
		h.p.Text(x+h.cellW/2, y+h.cellH/2+4, h.ties(g, k), small, false, 'c', mutedText)
		return
	}
	tip += count(bm.Ties[g][k], wTie, wTies, l)
	if !math.IsNaN(d) {
		tip += graph.T(" av ", " of ").In(l) + text.Number(float64(bm.Ties[g][k])/d, 0, l) +
			graph.T(" mulige (", " possible (").In(l) + pct(d, l) + "), " + wWeight.In(l) + " " + text.Number(bm.Weight[g][k], 2, l)
	}
	stroke, sw := "#FFFFFF", 1.0
	if g == k {
		stroke, sw = "#333333", 1.5
	}
	w := h.cellW
	h.p.Rect(x, y, w, h.cellH, fill, stroke, sw, tip)
	ink := inkOn(fill)
	if math.IsNaN(d) {
		h.p.Text(x+w/2, y+h.cellH/2+5, "–", 13, false, 'c', mutedText)
		return
	}
	h.p.Text(x+w/2, y+h.cellH/2-1, pct(d, l), 13, true, 'c', ink)
	ties := 9.5
	if h.medium {
		ties = h.smallPrint()
	}
	h.p.Text(x+w/2, y+h.cellH/2+13, count(bm.Ties[g][k], wTie, wTies, l), ties, false, 'c', ink)
}

// scale writes the colour scale with five ticks.
func (h *heatmap) scale() {
	scaleW := math.Min(math.Max(float64(len(h.bm.Groups))*h.cellW, 240), 420)
	h.p.Text(hmMargin, h.y+10, graph.T("Tetthet: andel av mulige bånd som finnes", "Density: share of the possible ties that exist").In(h.l), 12, true, 'l', textColor)
	h.y += 18
	const steps = 60
	for i := 0; i < steps; i++ {
		f := (float64(i) + 0.5) / steps
		h.p.Rect(hmMargin+float64(i)*scaleW/steps, h.y, scaleW/steps+0.3, 14, heatColor(f), "", 0, "")
	}
	h.p.Rect(hmMargin, h.y, scaleW, 14, "", "#333333", 0.6, "")
	for i := 0; i <= 4; i++ {
		tx := hmMargin + float64(i)*scaleW/4
		h.p.Line(tx, h.y+14, tx, h.y+18, "#333333", 0.6)
		anchor := byte('c')
		if i == 0 {
			anchor = 'l'
		} else if i == 4 {
			anchor = 'r'
		}
		f := float64(i) / 4
		h.p.Text(tx, h.y+30, pct(h.top*f*f, h.l), h.smallPrint(), false, anchor, textColor)
	}
	h.y += 44
}

// notes writes how to read the picture, and what it leaves out.
func (h *heatmap) notes() {
	l := h.l
	notes := []string{
		graph.T("Hver celle: tettheten og antall bånd mellom radens og kolonnens enheter.",
			"Each cell: the density and number of ties between the row's and the column's units.").In(l),
		graph.T("Diagonalen (mørk ramme): bånd innen samme gruppe. Tall i parentes: antall enheter.",
			"The diagonal (dark frame): ties within one group. In parentheses: number of units.").In(l),
		graph.T("–: ingen mulige bånd (gruppen har bare én enhet).", "–: no possible ties (the group has a single unit).").In(l),
		graph.T("Fargeskalaen følger kvadratroten av tettheten, så også små tettheter synes.",
			"The colour scale follows the square root of the density, so that small densities show too.").In(l),
	}
	if left := h.n.Len() - h.units(); left > 0 {
		notes = append(notes, count(left, wUnit, wUnits, l)+graph.T(" uten ", " without ").In(l)+text.AttributeTitle(h.by).In(l)+
			graph.T(" er utelatt.", " are left out.").In(l))
	}
	if h.sup.On() {
		notes = append(notes, h.sup.Legend().In(l),
			graph.T("Grå celle: tettheten er skjult, siden den ville røpe et skjult antall.",
				"Grey cell: the density is hidden, since it would give a hidden count away.").In(l))
	}
	if len(h.bm.Groups) == 0 {
		notes = append([]string{graph.T("Ingen enheter å vise.", "No units to show.").In(l)}, notes...)
	}
	for _, s := range notes {
		h.p.Text(hmMargin, h.y+10, s, 11, false, 'l', mutedText)
		h.y += 16
	}
}

// smallPrint is the size of the smallest texts: the numbers of ties and
// the scale's ticks; larger for a page or slide, where the picture is
// shrunk.
func (h *heatmap) smallPrint() float64 {
	if h.medium {
		return 11
	}
	return 10
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
