package text

import (
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// CompareTable returns the comparison as one wide table, one row per
// municipality: its region, programme, the columns of municipalities.csv,
// every measure, the key player, the verdicts (compare.Verdict), then
// every measure's rank within the region (KEY_rank; 1 = best where the
// measure has a direction) and difference from the region's median
// (KEY_diff_median). The measures sup hides (CompareHidden) are Hidden,
// their ranks and differences nil.
func CompareTable(c *compare.Comparison, sup Suppression) *Table {
	t := &Table{Name: "compare", Title: graph.T("Sammenligning av kommuner", "Comparison of municipalities")}
	t.Columns = append(t.Columns, Col("municipality", "kommune", "municipality"), Col("region", "region", "region"),
		Col("programme", "program", "programme"))
	for _, name := range c.Columns {
		t.Columns = append(t.Columns, Col(name, name, name))
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m, Title: CompareTitle(m)})
	}
	t.Columns = append(t.Columns, Column{Key: "key_player", Title: TermKeyPlayer},
		Column{Key: "key_player_name", Title: graph.T(TermKeyPlayer.NB+" (navn)", TermKeyPlayer.EN+" (name)")},
		Column{Key: "verdict", Title: TermVerdict})
	for _, m := range c.Measures {
		title := CompareTitle(m)
		t.Columns = append(t.Columns, Column{Key: m + "_rank",
			Title: graph.T(title.NB+" (rang, "+cmpRankNote(m).NB+")", title.EN+" (rank, "+cmpRankNote(m).EN+")")})
	}
	for _, m := range c.Measures {
		title := CompareTitle(m)
		t.Columns = append(t.Columns, Column{Key: m + "_diff_median",
			Title: graph.T(title.NB+" (avvik fra median)", title.EN+" (difference from median)")})
	}
	for i := range c.Municipalities {
		r := &c.Municipalities[i]
		row := []any{r.Name, r.Region, cmpTri(r.Programme)}
		for k := range c.Columns {
			row = append(row, cmpNum(r.Columns, k))
		}
		hidden := CompareHidden(c, r.Values, sup)
		for k := range c.Measures {
			row = append(row, cmpHide(compareCell(c, r.Values, k), hidden[k], Hidden(sup)))
		}
		row = append(row, r.KeyPlayer, r.KeyPlayerName, verdictCell(r.Verdicts))
		for k := range c.Measures {
			row = append(row, cmpHide(cmpRank(r.Rank, k), hidden[k], nil))
		}
		for k := range c.Measures {
			row = append(row, cmpHide(cmpNum(r.DiffMedian, k), hidden[k], nil))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// CompareRegionTable returns one row per region: the number of municipalities
// compared and in a programme, the summed columns, the measures of the
// region's network (empty unless computed) and its key player.
func CompareRegionTable(c *compare.Comparison, sup Suppression) *Table {
	t := &Table{Name: "compare_regions", Title: graph.T("Sammenligning av regioner", "Comparison of regions")}
	t.Columns = append(t.Columns, Col("region", "region", "region"),
		Col("municipalities", "kommuner", "municipalities"),
		Col("programme_municipalities", "i program", "in programme"))
	for _, name := range c.Columns {
		t.Columns = append(t.Columns, Col(name, name, name))
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m, Title: CompareTitle(m)})
	}
	t.Columns = append(t.Columns, Column{Key: "key_player", Title: TermKeyPlayer},
		Column{Key: "key_player_name", Title: graph.T(TermKeyPlayer.NB+" (navn)", TermKeyPlayer.EN+" (name)")})
	for _, m := range c.Measures {
		title := CompareTitle(m)
		t.Columns = append(t.Columns, Column{Key: m + "_median",
			Title: graph.T(title.NB+" (median)", title.EN+" (median)")})
	}
	for i := range c.Regions {
		r := &c.Regions[i]
		row := []any{r.Name, r.Municipalities, r.Programmes}
		for k := range c.Columns {
			row = append(row, cmpNum(r.Columns, k))
		}
		hidden := CompareHidden(c, r.Values, sup)
		for k := range c.Measures {
			row = append(row, cmpHide(compareCell(c, r.Values, k), hidden[k], Hidden(sup)))
		}
		row = append(row, r.KeyPlayer, r.KeyPlayerName)
		for k := range c.Measures {
			row = append(row, cmpNum(r.Median, k))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// cmpHide returns v, or instead when hidden.
func cmpHide(v any, hidden bool, instead any) any {
	if hidden {
		return instead
	}
	return v
}

// cmpRankNote says what rank 1 is for measure key: the best value, or the
// highest for a measure with no direction.
func cmpRankNote(key string) graph.Text {
	if compare.DirectionOf(key) == compare.Neither {
		return TermRankHighest
	}
	return TermRankBest
}

// verdictCell returns verdicts as a table cell: their names joined by
// ";" for programs, their words for people; nil when there are none.
func verdictCell(vs []compare.Verdict) any {
	if len(vs) == 0 {
		return nil
	}
	keys := make([]string, len(vs))
	for i, v := range vs {
		keys[i] = v.String()
	}
	return Word{Key: strings.Join(keys, ";"), Text: graph.T(VerdictLine(vs, graph.NB), VerdictLine(vs, graph.EN))}
}
