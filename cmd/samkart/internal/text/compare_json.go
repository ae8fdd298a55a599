package text

import (
	"bytes"
	"encoding/json"
	"io"
	"math"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
)

// WriteComparisonJSON writes the comparison of `samkart compare` as
//
//	{"municipalities": [{"municipality": …, "region": …,
//	   "programme": true|false|null, "columns": {…}, <measure>: …,
//	   "key_player": …, "key_player_name": …, "rank": {…}, "diff_median": {…},
//	   "verdicts": ["most_coordinated", …]}],
//	 "regions": [{"region": …, "municipalities": n, "programme_municipalities": n,
//	   "columns": {…}, <measure>: …, "key_player": …, "median": {…}}],
//	 "dataset": …, "measures": [{"key", "title", "definition", "direction", "min", "max"}],
//	 "key_player_method": …, "key_player_seed": …}
//
// with keys in a fixed order and null for undefined values, indented by
// two spaces and followed by a newline. A rank is 1 for the best value
// in the region where the measure has a direction (higher_is_better,
// lower_is_better), for the highest where it has none (neither); max is
// null for counts, which have no upper bound.
//
// With sup on, the measures it hides are null, with their ranks and
// differences, and the document ends with "suppressed_below": N.
func WriteComparisonJSON(w io.Writer, c *compare.Comparison, sup Suppression) error {
	return writeIndented(w, comparisonDoc{c, sup})
}

// comparisonDoc is the document of WriteComparisonJSON for encoding/json.
type comparisonDoc struct {
	c   *compare.Comparison
	sup Suppression
}

// MarshalJSON writes the document compact.
func (d comparisonDoc) MarshalJSON() ([]byte, error) {
	c := d.c
	var b bytes.Buffer
	s := newJSONStream(&b, "")
	s.open('{')
	s.key("municipalities")
	s.open('[')
	for i := range c.Municipalities {
		writeCompareRow(s, c, &c.Municipalities[i], false, d.sup)
	}
	s.close(']')
	s.key("regions")
	s.open('[')
	for i := range c.Regions {
		writeCompareRow(s, c, &c.Regions[i], true, d.sup)
	}
	s.close(']')
	s.key("dataset")
	s.value(c.Dataset)
	s.key("measures")
	s.value(compareMeasuresJSON(c.Measures))
	s.key("key_player_method")
	s.value(metrics.KeyPlayerMethod)
	s.key("key_player_seed")
	s.value(c.KeyPlayerSeed)
	if d.sup.On() {
		s.key("suppressed_below")
		s.value(d.sup.Below)
	}
	s.close('}')
	if err := s.flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// compareMeasureJSON is one measure of a comparison in its JSON.
type compareMeasureJSON struct {
	Key        string            `json:"key"`        // JSON key and CSV column
	Title      graph.Text        `json:"title"`      // column header
	Definition graph.Text        `json:"definition"` // one plain sentence with the reference
	Direction  compare.Direction `json:"direction"`
	Min        graph.JSONFloat   `json:"min"` // the range the values can take
	Max        graph.JSONFloat   `json:"max"` // null: no upper bound
}

func compareMeasuresJSON(keys []string) []compareMeasureJSON {
	out := make([]compareMeasureJSON, len(keys))
	for i, k := range keys {
		m, _ := compare.Describe(k)
		max := m.Max
		if math.IsInf(max, 1) {
			max = math.NaN()
		}
		out[i] = compareMeasureJSON{k, CompareTitle(k), CompareDefinition(k), m.Direction,
			graph.JSONFloat(m.Min), graph.JSONFloat(max)}
	}
	return out
}

// writeCompareRow writes one municipality or region row of c.
func writeCompareRow(s *jsonStream, c *compare.Comparison, r *compare.Row, region bool, sup Suppression) {
	hidden := CompareHidden(c, r.Values, sup)
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
		s.key(m)
		s.value(cmpHide(compareCell(c, r.Values, k), hidden[k], nil))
	}
	s.key("key_player")
	s.value(r.KeyPlayer)
	s.key("key_player_name")
	s.value(r.KeyPlayerName)
	byMeasure := func(name string, cell func(k int) any) {
		s.key(name)
		s.open('{')
		for k, m := range c.Measures {
			s.key(m)
			s.value(cell(k))
		}
		s.close('}')
	}
	if region {
		byMeasure("median", func(k int) any { return cmpNum(r.Median, k) })
	} else {
		byMeasure("rank", func(k int) any { return cmpHide(cmpRank(r.Rank, k), hidden[k], nil) })
		byMeasure("diff_median", func(k int) any { return cmpHide(cmpNum(r.DiffMedian, k), hidden[k], nil) })
		s.key("verdicts")
		vs := make([]string, len(r.Verdicts))
		for i, v := range r.Verdicts {
			vs[i] = v.String()
		}
		s.value(vs)
	}
	s.close('}')
}

// compareCell returns measure k of vals as a table cell: an int for
// counts, a float64 otherwise, nil when undefined.
func compareCell(c *compare.Comparison, vals []float64, k int) any {
	x := cmpNum(vals, k)
	if x == nil {
		return nil
	}
	if compareIsCount(c.Measures[k]) {
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

// writeIndented writes v as a json.Encoder with SetIndent("", "  ")
// does: the form of every JSON document of the command.
func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
