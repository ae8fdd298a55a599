package text

import (
	"strconv"

	"github.com/samkart/samkart/graph"
)

// Suppression hides small group sizes and counts, as statistical
// agencies do before publishing a table: a value of at least 1 and under
// Below is shown as "<3" in tables, "under 3" in prose and the heat map,
// and null in JSON. Zero is shown, since a missing tie is a finding and
// not a person. Below 0 or 1 hides nothing.
//
// What is hidden (Note says it to the reader, and the convention
// "suppressed_below" in the metrics output):
//   - a group size: the number of units of an agency, level, municipality
//     or --by group in a table of groups, and a compared municipality's
//     or region's units;
//   - a count in a group or between two groups: ties, contacts, meetings
//     or the summed contact weight within a group or between two groups
//     (a cell of block densities or the heat map, a group's internal and
//     external ties, a municipality's ties, the counts per agency pair of
//     gaps, the observed weight of a gap between two agencies or levels),
//     and the number of survey answers behind a mean rating between two
//     groups;
//   - a value computed from a hidden one in the same row or cell (a
//     density, an E-I index, a share, a mean rating, a rank, a difference
//     from the median), which would give it back.
//
// What is shown: totals of the whole dataset in summary, contacts by kind
// and meetings by size (groups of contacts, not of units), the measures
// of single units and pairs of units (pseudonymisation protects those)
// and counts of structure (components, cut points, gaps, key players).
//
// Hidden cells are not complemented by hiding others (secondary
// suppression): where a total and all but one value are shown, the
// hidden one can be worked out from them.
type Suppression struct{ Below int }

// On reports whether s hides anything.
func (s Suppression) On() bool { return s.Below > 1 }

// Hides reports whether x is hidden.
func (s Suppression) Hides(x float64) bool { return s.On() && x > 0 && x < float64(s.Below) }

// Count returns n, or Hidden when s hides it.
func (s Suppression) Count(n int) any {
	if s.Hides(float64(n)) {
		return Hidden(s)
	}
	return n
}

// Amount is Count for a summed weight.
func (s Suppression) Amount(x float64) any {
	if s.Hides(x) {
		return Hidden(s)
	}
	return x
}

// Of returns v, or Hidden when any of from (cells of the same row) is
// hidden: v is computed from them.
func (s Suppression) Of(v any, from ...any) any {
	for _, f := range from {
		if _, ok := f.(Hidden); ok {
			return Hidden(s)
		}
	}
	return v
}

// Table returns t with the small values of its Count columns hidden, and
// those of the columns computed from them (From); t itself when s is off
// or nothing is hidden.
func (s Suppression) Table(t *Table) *Table {
	if !s.On() {
		return t
	}
	col := make(map[string]int, len(t.Columns))
	for i, c := range t.Columns {
		col[c.Key] = i
	}
	var out *Table
	for r, row := range t.Rows {
		var next []any
		for i, c := range t.Columns {
			if i >= len(row) {
				break
			}
			hide := false
			if c.Count {
				hide = s.hidesCell(row[i])
			}
			for _, k := range c.From {
				if j, ok := col[k]; ok && j < len(row) && t.Columns[j].Count && s.hidesCell(row[j]) {
					hide = true
				}
			}
			if !hide {
				continue
			}
			if next == nil {
				next = append([]any(nil), row...)
			}
			next[i] = Hidden(s)
		}
		if next == nil {
			continue
		}
		if out == nil {
			out = &Table{Name: t.Name, Title: t.Title, Columns: t.Columns, Rows: append([][]any(nil), t.Rows...)}
		}
		out.Rows[r] = next
	}
	if out == nil {
		return t
	}
	return out
}

// hidesCell reports whether a count cell is hidden.
func (s Suppression) hidesCell(v any) bool {
	switch x := v.(type) {
	case int:
		return s.Hides(float64(x))
	case int64:
		return s.Hides(float64(x))
	case float64:
		return s.Hides(x)
	case Hidden:
		return true
	}
	return false
}

// Tables applies Table to each of ts.
func (s Suppression) Tables(ts []*Table) []*Table {
	if !s.On() {
		return ts
	}
	out := make([]*Table, len(ts))
	for i, t := range ts {
		out[i] = s.Table(t)
	}
	return out
}

// Words is a hidden count in prose: "under 3", as in "under 3 bånd".
func (s Suppression) Words() graph.Text {
	n := strconv.Itoa(s.Below)
	return graph.T("under "+n, "under "+n)
}

// Note explains the hidden values once, below a table or in a legend.
func (s Suppression) Note() graph.Text {
	n := strconv.Itoa(s.Below)
	span := graph.T("fra 1 til "+strconv.Itoa(s.Below-1), "from 1 to "+strconv.Itoa(s.Below-1))
	if s.Below == 2 {
		span = graph.T("på 1", "of 1")
	}
	return graph.T(
		"<"+n+": under "+n+". Gruppestørrelser og antall "+span.NB+" er skjult, slik statistikkbyråer gjør, og det samme er tall regnet ut av dem (tetthet, andel, E-I-indeks).",
		"<"+n+": under "+n+". Group sizes and counts "+span.EN+" are hidden, as statistical agencies do, and so is what is computed from them (density, share, E-I index).")
}

// Legend is the short form of Note for a diagram's legend.
func (s Suppression) Legend() graph.Text {
	n := strconv.Itoa(s.Below)
	span := graph.T("fra 1 til "+strconv.Itoa(s.Below-1), "from 1 to "+strconv.Itoa(s.Below-1))
	if s.Below == 2 {
		span = graph.T("på 1", "of 1")
	}
	return graph.T("<"+n+", under "+n+": antall "+span.NB+" er skjult, slik statistikkbyråer gjør.",
		"<"+n+", under "+n+": counts "+span.EN+" are hidden, as statistical agencies do.")
}

// Hidden is a table cell whose value is suppressed: "<N" in text and CSV,
// null in JSON.
type Hidden struct{ Below int }

// String returns "<N".
func (h Hidden) String() string { return "<" + strconv.Itoa(h.Below) }

// MarshalJSON writes null.
func (h Hidden) MarshalJSON() ([]byte, error) { return []byte("null"), nil }
