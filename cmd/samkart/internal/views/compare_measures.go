package views

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics/compare"
)

// cmpRows places the rows of the dot charts: the y of each municipality's
// row and, per region, its name and the y of its first and last rows,
// with a heading and a gap for each region. It returns the plot height.
func cmpRows(c *compare.Comparison) (plotH float64, rowY []float64, regions []cmpRegionRows) {
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

// Heights of a dot-chart panel's title (two lines of name, one of
// direction) and axis labels, in points.
const (
	cmpHeadH     = 46.0
	cmpPanelFoot = 36.0
)

// Colours of the dots: better and worse than the region's median by the
// measure's direction (Okabe–Ito blue and vermilion, told apart in the
// common forms of colour blindness), and grey for neither.
const (
	cmpBetter  = "#0072B2"
	cmpWorse   = "#D55E00"
	cmpNeither = "#8C8C8C"
)

// cmpScale returns the fixed scale of measure key: its range from
// compare.Describe, and for counts 0 up to a round number at or above
// the largest count of the comparison, so that every panel of a measure
// (and the same measure in another report) reads on the same axis.
func cmpScale(c *compare.Comparison, k int) (lo, hi float64) {
	m, _ := compare.Describe(c.Measures[k])
	lo, hi = m.Min, m.Max
	if math.IsNaN(lo) {
		lo = 0
	}
	if math.IsInf(hi, 1) || math.IsNaN(hi) {
		top := 0.0
		for i := range c.Municipalities {
			if v := c.Municipalities[i].Values[k]; !math.IsNaN(v) {
				top = math.Max(top, v)
			}
		}
		hi = roundUpCount(top)
	}
	return lo, hi
}

// roundUpCount rounds a count up to 1, 2 or 5 times a power of ten, at
// least 2 (so that the middle of the axis is a whole number too).
func roundUpCount(x float64) float64 {
	if x <= 2 {
		return 2
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= x-1e-9 {
			return f * p
		}
	}
	return 10 * p
}

// compareMeasures draws a dot chart for each measure of c listed in ks:
// one row per municipality, grouped by region, with each region's median
// as a bar; four panels to a row, with the names on the left. Each panel
// is headed by the measure's full name and direction, reads on the
// measure's fixed scale (cmpScale), and colours each dot by whether it is
// better or worse than the region's median.
func compareMeasures(c *compare.Comparison, l graph.Lang, ks []int) *pinned {
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
		dir := compare.DirectionOf(m)
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
		cmpPanelTitle(p, x0, y0, panelW, text.Cap(text.CompareTitle(m)).In(l), dir, l)
		p.rect(x0, y0+headH-cmpRowH*0.5, panelW, plotH, "#F6F6F6")
		defined := false
		for i := range rows {
			defined = defined || !math.IsNaN(rows[i].Values[k])
		}
		if !defined {
			p.text(x0, y0+headH+plotH/2, panelW, text.WordUndefined.In(l), 9, false, 'c', mutedText)
			continue
		}
		lo, hi := cmpScale(c, k)
		xs := func(v float64) float64 { return x0 + 8 + (v-lo)/(hi-lo)*(panelW-16) }
		if lo < 0 && hi > 0 { // the zero line of an E-I index
			p.rect(xs(0)-0.25, y0+headH-cmpRowH*0.5, 0.5, plotH, "#CCCCCC")
		}
		// Medians first, so the dots lie on top.
		for _, rr := range regions {
			reg := c.RegionOf(rr.name)
			if reg == nil || k >= len(reg.Median) || math.IsNaN(reg.Median[k]) {
				continue
			}
			top, bot := rr.first-cmpRowH*0.45, rr.last+cmpRowH*0.45
			p.rect(xs(reg.Median[k])-1, y0+headH+top, 2, bot-top, textColor)
		}
		for i := range rows {
			v := rows[i].Values[k]
			if math.IsNaN(v) {
				continue
			}
			color := cmpNeither
			switch dir.Better(at(rows[i].DiffMedian, k)) {
			case 1:
				color = cmpBetter
			case -1:
				color = cmpWorse
			}
			a := cmpDotAttrs(color)
			a.Set("tooltip", draw.Quote(rows[i].Name+": "+text.CompareTitle(m).In(l)+" "+text.Number(v, 3, l)))
			p.add(xs(v), y0+headH+rowY[i], a)
		}
		digits := 0
		if !compareCount(m) {
			digits = 1
		}
		p.text(x0, y0+headH+plotH+4, panelW/3, text.Number(lo, digits, l), 8, false, 'l', mutedText)
		p.text(x0+panelW/3, y0+headH+plotH+4, panelW/3, text.Number((lo+hi)/2, digits+1, l), 8, false, 'c', mutedText)
		p.text(x0+panelW, y0+headH+plotH+4, panelW/3, text.Number(hi, digits, l), 8, false, 'r', mutedText)
	}
	cmpMeasuresLegend(p, l)
	return p
}

// cmpPanelTitle writes a panel's heading: the measure's full name over
// up to two lines and its direction below.
func cmpPanelTitle(p *pinned, x0, y0, w float64, name string, dir compare.Direction, l graph.Lang) {
	lines := strings.Split(wrap(name, 28, 2), "\n")
	if len(lines) == 1 {
		lines = append([]string{""}, lines...)
	}
	for i, line := range lines {
		if line != "" {
			p.text(x0, y0+6+float64(i)*12, w, line, 10, true, 'l', textColor)
		}
	}
	words := text.DirectionTerm(dir).In(l)
	if a := text.DirectionArrow(dir); a != "" {
		words = a + " " + words
	} else {
		words = graph.T("ingen retning", "no direction").In(l)
	}
	p.text(x0, y0+31, w, words, 8, false, 'l', mutedText)
}

// cmpDotAttrs are the attributes of a municipality's dot.
func cmpDotAttrs(color string) draw.Attrs {
	var a draw.Attrs
	a.Set("shape", "circle")
	a.Set("fixedsize", "true")
	a.Set("width", "0.1")
	a.Set("style", "filled")
	a.Set("fillcolor", color)
	a.Set("color", "#FFFFFF")
	a.Set("penwidth", "0.6")
	a.Set("label", `" "`)
	return a
}

// cmpMeasuresLegend explains the median bar and the colours of the dots
// below the panels, each entry as wide as its words (about half a point
// size a character), so that the legend is no wider than the panels.
func cmpMeasuresLegend(p *pinned, l graph.Lang) {
	ly := p.h + 14
	x := cmpNameW
	width := func(s string) float64 { return float64(utf8.RuneCountInString(s))*5 + 6 }
	median := graph.T("regionens median", "the region's median").In(l)
	p.rect(x, ly-5, 2, 10, textColor)
	p.text(x+8, ly, width(median), median, 9, false, 'l', textColor)
	x += 8 + width(median) + 14
	for _, e := range []struct {
		color string
		words graph.Text
	}{
		{cmpBetter, graph.T("bedre enn medianen", "better than the median")},
		{cmpWorse, graph.T("dårligere", "worse")},
		{cmpNeither, graph.T("lik medianen, eller mål uten retning", "equal to the median, or a measure without direction")},
	} {
		words := e.words.In(l)
		p.add(x+3, ly, cmpDotAttrs(e.color))
		p.text(x+10, ly, width(words), words, 9, false, 'l', textColor)
		x += 10 + width(words) + 14
	}
	note := graph.T(
		"Hver akse går over hele målets mulige spenn (andeler 0–1, E-I −1 til +1, tellinger fra 0), likt for alle kommuner.",
		"Each axis spans the measure's whole possible range (shares 0–1, E-I −1 to +1, counts from 0), the same for every municipality.").In(l)
	p.text(cmpNameW, ly+16, width(note), note, 9, false, 'l', mutedText)
}

// at returns v[k], or NaN past its end.
func at(v []float64, k int) float64 {
	if k < len(v) {
		return v[k]
	}
	return math.NaN()
}

// compareCount reports whether measure key counts something.
func compareCount(key string) bool {
	m, _ := compare.Describe(key)
	return m.Count
}
