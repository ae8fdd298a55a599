package metrics

import (
	"bytes"
	"math"

	"github.com/samkart/samkart/graph"
)

// MarshalJSON writes
//
//	{"municipalities": [{"municipality": …, "region": …,
//	   "programme": true|false|null, "columns": {…}, <measure>: …,
//	   "key_player": …, "key_player_name": …, "rank": {…}, "diff_median": {…}}],
//	 "regions": [{"region": …, "municipalities": n, "programme_municipalities": n,
//	   "columns": {…}, <measure>: …, "key_player": …, "median": {…}}],
//	 "dataset": …, "measures": [{"key", "title", "definition"}],
//	 "key_player_method": …, "key_player_seed": …}
//
// with keys in a fixed order and null for undefined values.
func (c *Comparison) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	s := newJSONStream(&b, "")
	s.open('{')
	s.key("municipalities")
	s.open('[')
	for i := range c.Municipalities {
		c.writeRow(s, &c.Municipalities[i], false)
	}
	s.close(']')
	s.key("regions")
	s.open('[')
	for i := range c.Regions {
		c.writeRow(s, &c.Regions[i], true)
	}
	s.close(']')
	s.key("dataset")
	s.value(c.Dataset)
	s.key("measures")
	s.value(c.Measures)
	s.key("key_player_method")
	s.value(KeyPlayerMethod)
	s.key("key_player_seed")
	s.value(c.KeyPlayerSeed)
	s.close('}')
	if err := s.flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeRow writes one municipality or region row.
func (c *Comparison) writeRow(s *jsonStream, r *CompareRow, region bool) {
	s.open('{')
	if region {
		s.key("region")
		s.value(r.Name)
		s.key("municipalities")
		s.value(r.Municipalities)
		s.key("programme_municipalities")
		s.value(r.Programmes)
	} else {
		s.key("municipality")
		s.value(r.Name)
		s.key("region")
		s.value(r.Region)
		s.key("programme")
		s.value(cmpTri(r.Programme))
	}
	s.key("columns")
	s.open('{')
	for k, name := range c.Columns {
		s.key(name)
		s.value(cmpNum(r.Columns, k))
	}
	s.close('}')
	for k, m := range c.Measures {
		s.key(m.Key)
		s.value(c.cell(r.Values, k))
	}
	s.key("key_player")
	s.value(r.KeyPlayer)
	s.key("key_player_name")
	s.value(r.KeyPlayerName)
	byMeasure := func(name string, cell func(k int) any) {
		s.key(name)
		s.open('{')
		for k, m := range c.Measures {
			s.key(m.Key)
			s.value(cell(k))
		}
		s.close('}')
	}
	if region {
		byMeasure("median", func(k int) any { return cmpNum(r.Median, k) })
	} else {
		byMeasure("rank", func(k int) any { return cmpRank(r.Rank, k) })
		byMeasure("diff_median", func(k int) any { return cmpNum(r.DiffMedian, k) })
	}
	s.close('}')
}

// cell returns measure k of vals as a table cell: an int for counts, a
// float64 otherwise, nil when undefined.
func (c *Comparison) cell(vals []float64, k int) any {
	x := cmpNum(vals, k)
	if x == nil {
		return nil
	}
	switch c.Measures[k].Key {
	case "units", "ties", "gaps_horizontal", "gaps_vertical":
		return int(x.(float64))
	}
	return x
}

func cmpNum(vals []float64, k int) any {
	if k >= len(vals) || math.IsNaN(vals[k]) || math.IsInf(vals[k], 0) {
		return nil
	}
	return vals[k]
}

func cmpRank(ranks []int, k int) any {
	if k >= len(ranks) || ranks[k] == 0 {
		return nil
	}
	return ranks[k]
}

func cmpTri(t graph.Tri) any {
	switch t {
	case graph.Yes:
		return true
	case graph.No:
		return false
	}
	return nil
}

// Table returns the comparison as one wide table, one row per
// municipality: its region, programme, the columns of municipalities.csv,
// every measure, the key player, then every measure's rank within the
// region (KEY_rank) and difference from the region's median
// (KEY_diff_median).
func (c *Comparison) Table() *Table {
	t := &Table{Name: "compare", Title: graph.T("Sammenligning av kommuner", "Comparison of municipalities")}
	t.Columns = append(t.Columns, Col("municipality", "kommune", "municipality"), Col("region", "region", "region"),
		Col("programme", "program", "programme"))
	for _, name := range c.Columns {
		t.Columns = append(t.Columns, Col(name, name, name))
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key, Title: m.Title})
	}
	t.Columns = append(t.Columns, Col("key_player", "nøkkelaktør", "key player"),
		Col("key_player_name", "nøkkelaktør (navn)", "key player (name)"))
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key + "_rank",
			Title: graph.T(m.Title.NB+" (rang)", m.Title.EN+" (rank)")})
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key + "_diff_median",
			Title: graph.T(m.Title.NB+" (avvik fra median)", m.Title.EN+" (difference from median)")})
	}
	for i := range c.Municipalities {
		r := &c.Municipalities[i]
		row := []any{r.Name, r.Region, cmpTri(r.Programme)}
		for k := range c.Columns {
			row = append(row, cmpNum(r.Columns, k))
		}
		for k := range c.Measures {
			row = append(row, c.cell(r.Values, k))
		}
		row = append(row, r.KeyPlayer, r.KeyPlayerName)
		for k := range c.Measures {
			row = append(row, cmpRank(r.Rank, k))
		}
		for k := range c.Measures {
			row = append(row, cmpNum(r.DiffMedian, k))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// RegionTable returns one row per region: the number of municipalities
// compared and in a programme, the summed columns, the measures of the
// region's network (empty unless computed) and its key player.
func (c *Comparison) RegionTable() *Table {
	t := &Table{Name: "compare_regions", Title: graph.T("Sammenligning av regioner", "Comparison of regions")}
	t.Columns = append(t.Columns, Col("region", "region", "region"),
		Col("municipalities", "kommuner", "municipalities"),
		Col("programme_municipalities", "i program", "in programme"))
	for _, name := range c.Columns {
		t.Columns = append(t.Columns, Col(name, name, name))
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key, Title: m.Title})
	}
	t.Columns = append(t.Columns, Col("key_player", "nøkkelaktør", "key player"),
		Col("key_player_name", "nøkkelaktør (navn)", "key player (name)"))
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key + "_median",
			Title: graph.T(m.Title.NB+" (median)", m.Title.EN+" (median)")})
	}
	for i := range c.Regions {
		r := &c.Regions[i]
		row := []any{r.Name, r.Municipalities, r.Programmes}
		for k := range c.Columns {
			row = append(row, cmpNum(r.Columns, k))
		}
		for k := range c.Measures {
			row = append(row, c.cell(r.Values, k))
		}
		row = append(row, r.KeyPlayer, r.KeyPlayerName)
		for k := range c.Measures {
			row = append(row, cmpNum(r.Median, k))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
