package views

import (
	"math"

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

// Heights of a dot-chart panel's title and axis labels, in points.
const (
	cmpHeadH     = 30.0
	cmpPanelFoot = 36.0
)

// compareMeasures draws a dot chart for each measure of c listed in ks:
// one row per municipality, grouped by region, with each region's median
// as a bar; four panels to a row, with the names on the left.
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
		p.text(x0, y0+10, panelW, truncate(text.CompareTitle(m).In(l), 34), 10, true, 'l', textColor)
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
			a.Set("tooltip", draw.Quote(rows[i].Name+": "+text.CompareTitle(m).In(l)+" "+num(v, 3, l)))
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
