package report

import (
	"math"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// compareTable is the comparison laid out for the page: one block of rows
// per region with the region's median below them.
type compareTable struct {
	Extra   []string // columns of municipalities.csv
	Columns []compareColumn
	Regions []compareRegion
}

type compareColumn struct {
	Title, Definition string
}

type compareRegion struct {
	Name   string
	Rows   []compareRow
	Median []string
}

type compareRow struct {
	Name, Programme, KeyPlayer string
	Extra                      []string
	Cells                      []compareCell
}

// compareCell is a value with its rank in the region; Class is "hi" or
// "lo" when the value lies above or below the region's median.
type compareCell struct {
	Value string
	Rank  int
	Class string
}

// newCompareTable lays out c for the page, or returns nil when it holds
// fewer than two municipalities. The measures sup hides are "<3", without
// rank or colour.
func newCompareTable(c *compare.Comparison, l graph.Lang, sup text.Suppression) *compareTable {
	if c == nil || len(c.Municipalities) < 2 {
		return nil
	}
	t := &compareTable{}
	for _, name := range c.Columns {
		t.Extra = append(t.Extra, strings.ReplaceAll(name, "_", " "))
	}
	kinds := make([]string, len(c.Measures))
	for k, m := range c.Measures {
		t.Columns = append(t.Columns, compareColumn{Title: text.CompareShort(m).In(l), Definition: text.CompareTitle(m).In(l)})
		kinds[k] = measureKind(m)
	}
	for _, reg := range c.Regions {
		name := reg.Name
		if name == "" {
			name = graph.T("uten region", "no region").In(l)
		}
		cr := compareRegion{Name: name}
		for i := range c.Municipalities {
			r := &c.Municipalities[i]
			if r.Region != reg.Name {
				continue
			}
			row := compareRow{Name: r.Name, Programme: tri(r.Programme, l), KeyPlayer: r.KeyPlayerName}
			if row.KeyPlayer == "" {
				row.KeyPlayer = r.KeyPlayer
			}
			for k := range c.Columns {
				row.Extra = append(row.Extra, formatNumber(at(r.Columns, k), "int", l))
			}
			hidden := text.CompareHidden(c, r.Values, sup)
			for k := range c.Measures {
				if hidden[k] {
					row.Cells = append(row.Cells, compareCell{Value: text.Hidden(sup).String()})
					continue
				}
				cell := compareCell{Value: formatNumber(at(r.Values, k), kinds[k], l)}
				if k < len(r.Rank) {
					cell.Rank = r.Rank[k]
				}
				if d := at(r.DiffMedian, k); d > 1e-12 {
					cell.Class = "hi"
				} else if d < -1e-12 {
					cell.Class = "lo"
				}
				row.Cells = append(row.Cells, cell)
			}
			cr.Rows = append(cr.Rows, row)
		}
		for k := range c.Measures {
			kind := kinds[k]
			if m := at(reg.Median, k); kind == "int" && m != math.Trunc(m) {
				kind = "dec1" // the mean of two middle counts
			}
			cr.Median = append(cr.Median, formatNumber(at(reg.Median, k), kind, l))
		}
		t.Regions = append(t.Regions, cr)
	}
	return t
}

// measureKind says how a comparison measure is written.
func measureKind(key string) string {
	switch key {
	case "units", "ties", "gaps_horizontal", "gaps_vertical":
		return "int"
	case "informal_share", "multi_party_share":
		return "share"
	}
	return "index"
}

func at(v []float64, k int) float64 {
	if k < len(v) {
		return v[k]
	}
	return math.NaN()
}

func tri(t graph.Tri, l graph.Lang) string {
	switch t {
	case graph.Yes:
		return graph.T("ja", "yes").In(l)
	case graph.No:
		return graph.T("nei", "no").In(l)
	}
	return "–"
}
