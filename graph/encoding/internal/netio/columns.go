package netio

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
)

// Type is the type of an attribute column, as the formats declare it.
type Type uint8

// The column types. Int fits in 32 bits (GraphML's int, GEXF's integer);
// Long is a 64-bit integer no larger than 2^53, so that it survives a
// float64 too.
const (
	String Type = iota
	Int
	Long
	Double
)

// Column is one attribute of every unit, tie or arc, in the order of
// Network.Units, Ties or Arcs. A value may be missing: the empty string
// in a String column, NaN in a number column. Values are read from the
// network when asked for, not copied, so that an encoder writing a
// million ties holds no column of them.
type Column struct {
	Name string
	Type Type
	rows int
	text func(i int) string
	num  func(i int) float64
	has  func(i int) bool // for a String column, when cheaper than text
}

// Len returns the number of rows.
func (c *Column) Len() int { return c.rows }

// Has reports whether row i has a value.
func (c *Column) Has(i int) bool {
	if c.Type == String {
		if c.has != nil {
			return c.has(i)
		}
		return c.text(i) != ""
	}
	return !math.IsNaN(c.num(i))
}

// Text returns row i in its lexical form: the string itself, an integer
// without a fraction, or a number in its shortest exact form.
func (c *Column) Text(i int) string {
	switch c.Type {
	case String:
		return c.text(i)
	case Int, Long:
		return strconv.FormatInt(int64(c.num(i)), 10)
	}
	return FormatFloat(c.num(i))
}

// Number returns row i of a number column.
func (c *Column) Number(i int) float64 { return c.num(i) }

func stringColumn(name string, n int, f func(i int) string) Column {
	return Column{Name: name, Type: String, rows: n, text: f}
}

func numberColumn(name string, t Type, n int, f func(i int) float64) Column {
	return Column{Name: name, Type: t, rows: n, num: f}
}

// The attribute names of a unit as units.csv names its columns, in the
// order encoders write them after the node's identifier.
const (
	ColName         = "name"
	ColAgency       = "agency"
	ColAgencyLabel  = "agency_label"
	ColLevel        = "level"
	ColMunicipality = "municipality"
	ColRegion       = "region"
	ColParent       = "parent"
)

// UnitColumns returns the attribute columns of n's units: name, agency,
// agency_label, level, municipality, region and parent; then each extra
// column of the units, typed Int, Long or Double when every non-empty value
// is a number and String otherwise; then the measures, as Double. Extra
// columns named like a unit field are left out (the field wins).
// A measure must have one value per unit and a name of its own.
func UnitColumns(n *graph.Network, extra []encoding.Measure) ([]Column, error) {
	units := n.Units()
	nn := len(units)
	str := func(f func(*graph.Unit) string) func(int) string {
		return func(i int) string { return f(units[i]) }
	}
	cols := []Column{
		stringColumn(ColName, nn, str(func(u *graph.Unit) string { return u.Name })),
		stringColumn(ColAgency, nn, str(func(u *graph.Unit) string { return u.Agency })),
		stringColumn(ColAgencyLabel, nn, str(func(u *graph.Unit) string { return u.AgencyLabel })),
		numberColumn(ColLevel, Int, nn, func(i int) float64 {
			if l := units[i].Level; l.Known() {
				return float64(l)
			}
			return math.NaN()
		}),
		stringColumn(ColMunicipality, nn, str(func(u *graph.Unit) string { return u.Municipality })),
		stringColumn(ColRegion, nn, str(func(u *graph.Unit) string { return u.Region })),
		stringColumn(ColParent, nn, str(func(u *graph.Unit) string { return u.Parent })),
	}
	taken := make(map[string]bool)
	for _, c := range cols {
		taken[strings.ToLower(c.Name)] = true
	}
	taken["id"] = true

	// The extra columns in the order they first occur.
	var names []string
	seen := make(map[string]bool)
	for _, u := range units {
		for _, a := range u.Attrs {
			if seen[a.Name] || a.Name == "" {
				continue
			}
			seen[a.Name] = true
			if field(a.Name) != fieldNone || taken[strings.ToLower(a.Name)] {
				continue
			}
			names = append(names, a.Name)
		}
	}
	for _, name := range names {
		taken[strings.ToLower(name)] = true
		cols = append(cols, attrColumn(name, units))
	}
	for _, m := range extra {
		if len(m.Values) != nn {
			return nil, fmt.Errorf("measure %q has %d values for %d units", m.Name, len(m.Values), nn)
		}
		if m.Name == "" || taken[strings.ToLower(m.Name)] {
			return nil, fmt.Errorf("measure %q: a unit attribute has that name already", m.Name)
		}
		taken[strings.ToLower(m.Name)] = true
		vals := m.Values
		cols = append(cols, numberColumn(m.Name, measureType(m), nn, func(i int) float64 {
			if math.IsInf(vals[i], 0) {
				return math.NaN() // no format has a portable infinity
			}
			return vals[i]
		}))
	}
	return cols, nil
}

// measureType is Int or Long for an integer measure whose values fit,
// Double otherwise.
func measureType(m encoding.Measure) Type {
	if !m.Integer {
		return Double
	}
	t := Int
	for _, v := range m.Values {
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
		case v != math.Trunc(v) || math.Abs(v) > 1<<53:
			return Double
		case v < math.MinInt32 || v > math.MaxInt32:
			t = Long
		}
	}
	return t
}

// dateColumn is a String column of dates, missing when NoDate.
func dateColumn(name string, n int, f func(i int) graph.Date) Column {
	c := stringColumn(name, n, func(i int) string { return f(i).String() })
	c.has = func(i int) bool { return f(i).Valid() }
	return c
}

// NumberColumn returns a column of type t with the given values; NaN is
// missing.
func NumberColumn(name string, t Type, values []float64) Column {
	return numberColumn(name, t, len(values), func(i int) float64 { return values[i] })
}

// KeyColumn returns the units' keys as a column named name.
func KeyColumn(n *graph.Network, name string) Column {
	units := n.Units()
	return stringColumn(name, len(units), func(i int) string { return units[i].Key })
}

// attrColumn types the extra column name: integers when every non-empty
// value is one, numbers when every one is a number, text otherwise.
func attrColumn(name string, units []*graph.Unit) Column {
	vals := make([]string, len(units))
	t := Int
	const maxExact = 1 << 53
	for i, u := range units {
		v := strings.TrimSpace(u.Attr(name))
		vals[i] = v
		if v == "" || t == String {
			continue
		}
		f, ok := columnNumber(v)
		switch {
		case !ok:
			t = String
		case t != Double && f == math.Trunc(f) && math.Abs(f) <= maxExact && !strings.ContainsAny(v, ".,eE"):
			if f < math.MinInt32 || f > math.MaxInt32 {
				t = Long
			}
		default:
			t = Double
		}
	}
	if t == String {
		c := stringColumn(name, len(units), func(i int) string { return units[i].Attr(name) })
		return c
	}
	return numberColumn(name, t, len(units), func(i int) float64 {
		f, ok := columnNumber(vals[i])
		if !ok {
			return math.NaN()
		}
		return f
	})
}

// The attribute names of a tie and an arc.
const (
	ColWeight     = "weight"
	ColContacts   = "contacts"
	ColMeetings   = "meetings"
	ColFormal     = "formal"
	ColInformal   = "informal"
	ColMultiParty = "multi_party_share"
	ColFirst      = "first"
	ColLast       = "last"
)

// TieColumns returns the attribute columns of n's ties: weight, contacts,
// meetings, formal, informal, multi_party_share (the share of the tie's
// contacts and meetings that were meetings of three or more units) and
// the first and last dates, missing when the tie has no dated record.
func TieColumns(n *graph.Network) []Column {
	ties := n.Ties()
	nt := len(ties)
	count := func(f func(*graph.Tie) int32) func(int) float64 {
		return func(i int) float64 { return float64(f(&ties[i])) }
	}
	return []Column{
		numberColumn(ColWeight, Double, nt, func(i int) float64 { return ties[i].Weight }),
		numberColumn(ColContacts, Int, nt, count(func(t *graph.Tie) int32 { return t.Contacts })),
		numberColumn(ColMeetings, Int, nt, count(func(t *graph.Tie) int32 { return t.Meetings })),
		numberColumn(ColFormal, Int, nt, count(func(t *graph.Tie) int32 { return t.Formal })),
		numberColumn(ColInformal, Int, nt, count(func(t *graph.Tie) int32 { return t.Informal })),
		numberColumn(ColMultiParty, Double, nt, func(i int) float64 { return ties[i].MultiPartyShare() }),
		dateColumn(ColFirst, nt, func(i int) graph.Date { return ties[i].First }),
		dateColumn(ColLast, nt, func(i int) graph.Date { return ties[i].Last }),
	}
}

// ArcColumns returns the attribute columns of n's initiative arcs: weight
// (the sum of the contacts' weights) and contacts (their number).
func ArcColumns(n *graph.Network) []Column {
	arcs := n.Arcs()
	na := len(arcs)
	return []Column{
		numberColumn(ColWeight, Double, na, func(i int) float64 { return arcs[i].Weight }),
		numberColumn(ColContacts, Int, na, func(i int) float64 { return float64(arcs[i].Contacts) }),
	}
}

// EdgeColumns returns TieColumns or, when directed, ArcColumns, and the
// number of edges.
func EdgeColumns(n *graph.Network, directed bool) ([]Column, int) {
	if directed {
		return ArcColumns(n), len(n.Arcs())
	}
	return TieColumns(n), len(n.Ties())
}

// Edge returns the end points of edge i: the i-th arc when directed, the
// i-th tie otherwise.
func Edge(n *graph.Network, directed bool, i int) (from, to int32) {
	if directed {
		a := n.Arcs()[i]
		return a.From, a.To
	}
	t := n.Ties()[i]
	return t.A, t.B
}

// EdgeWeight returns the weight of edge i.
func EdgeWeight(n *graph.Network, directed bool, i int) float64 {
	if directed {
		return n.Arcs()[i].Weight
	}
	return n.Ties()[i].Weight
}
