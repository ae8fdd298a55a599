package report

import (
	"math"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// compareTable is the comparison laid out for the page: one block of rows
// per region with the region's median below them, and each
// municipality's verdict.
type compareTable struct {
	Extra    []string // columns of municipalities.csv
	Columns  []compareColumn
	Regions  []compareRegion
	Verdicts bool // some municipality has a verdict
}

// compareColumn is a measure's header: its full name, the arrow of its
// direction and, for the hover text, its direction and definition.
type compareColumn struct {
	Title, Arrow, Direction, Definition string
}

type compareRegion struct {
	Name   string
	Rows   []compareRow
	Median []string
}

type compareRow struct {
	Name, Programme, KeyPlayer, Verdict string
	Extra                               []string
	Cells                               []compareCell
}

// compareCell is a value with its rank in the region; Class is "better"
// or "worse" when the value is better or worse than the region's median
// by the measure's direction, "" when it equals the median or the
// measure has no direction.
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
	dirs := make([]compare.Direction, len(c.Measures))
	for k, m := range c.Measures {
		dirs[k] = compare.DirectionOf(m)
		t.Columns = append(t.Columns, compareColumn{Title: text.CompareTitle(m).In(l), Arrow: text.DirectionArrow(dirs[k]),
			Direction: text.Cap(text.DirectionTerm(dirs[k])).In(l), Definition: text.CompareDefinition(m).In(l)})
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
			row := compareRow{Name: r.Name, Programme: tri(r.Programme, l), KeyPlayer: r.KeyPlayerName,
				Verdict: text.VerdictLine(r.Verdicts, l)}
			t.Verdicts = t.Verdicts || row.Verdict != ""
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
				switch dirs[k].Better(at(r.DiffMedian, k)) {
				case 1:
					cell.Class = "better"
				case -1:
					cell.Class = "worse"
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

// breaks are where the long words of the comparison's headers may be
// broken, marked with a soft hyphen, so that a narrow column wraps them
// instead of growing: the browser shows the hyphen only at a break.
var breaks = strings.NewReplacer(
	"avstandsfragmentering", "avstands\u00adfragmen\u00adtering",
	"gradsentralisering", "grad\u00adsentrali\u00adsering",
	"fragmentering", "fragmen\u00adtering",
	"nøkkelaktøren", "nøkkel\u00adaktøren",
	"fragmentation", "fragmen\u00adtation",
	"centralization", "centrali\u00adzation",
)

// hyphenate marks the breaks of s.
func hyphenate(s string) string { return breaks.Replace(s) }
