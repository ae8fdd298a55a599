package text

import (
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// CompareTable returns the comparison as one wide table, one row per
// municipality: its region, programme, the columns of municipalities.csv,
// every measure, the key player, then every measure's rank within the
// region (KEY_rank) and difference from the region's median
// (KEY_diff_median). The measures sup hides (cmpHidden) are Hidden, their
// ranks and differences nil.
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
	t.Columns = append(t.Columns, Col("key_player", "nøkkelaktør", "key player"),
		Col("key_player_name", "nøkkelaktør (navn)", "key player (name)"))
	for _, m := range c.Measures {
		title := CompareTitle(m)
		t.Columns = append(t.Columns, Column{Key: m + "_rank",
			Title: graph.T(title.NB+" (rang)", title.EN+" (rank)")})
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
		row = append(row, r.KeyPlayer, r.KeyPlayerName)
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
	t.Columns = append(t.Columns, Col("key_player", "nøkkelaktør", "key player"),
		Col("key_player_name", "nøkkelaktør (navn)", "key player (name)"))
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
