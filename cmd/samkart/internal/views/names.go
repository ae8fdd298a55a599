package views

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
)

// The names of View, Measure and Aggregation live in one array each,
// indexed by value; help, errors and parsing are made from them.

// enum is one of the types of names.
type enum interface{ ~int }

// values returns the first n values of E: all of them, in order.
func values[E enum](n int) []E {
	out := make([]E, n)
	for i := range out {
		out[i] = E(i)
	}
	return out
}

// nameOf returns names[i], or typ(i) for a value without a name.
func nameOf(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}

func marshalName(names []string, i int, what string) ([]byte, error) {
	if i < 0 || i >= len(names) {
		return nil, fmt.Errorf("views: unknown %s %d", what, i)
	}
	return []byte(names[i]), nil
}

// unmarshalName sets *p to the value named b, in any case, or returns
// the error the command line shows after the word it was given.
func unmarshalName[E enum](names []string, b []byte, p *E) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, name := range names {
		if s == name {
			*p = E(i)
			return nil
		}
	}
	return graph.NotOneOf(names...)
}

// View is one of the diagrams of a network.
type View int

// The views. Network, levels, gaps and ego are graphs laid out by
// Graphviz; agencies is a heat map drawn directly (see Heatmap); compare
// shows the municipalities of a comparison side by side (see DrawCompare).
const (
	ViewNetwork  View = iota // units coloured by agency, shaped by level, municipalities as clusters
	ViewLevels               // one band per level, national at the top: the vertical line
	ViewAgencies             // the agency × agency (or level × level) block densities as a heat map
	ViewGaps                 // the network with missing expected, uncoordinated and fading ties marked
	ViewEgo                  // one unit and its neighbours to a radius
	ViewCompare              // small multiples of the municipalities and a dot chart per measure
	ViewRatings              // the heat map's second view: the survey's mean rating between agencies (or levels)
)

// viewNames are the views' names as the command line spells them.
var viewNames = [...]string{
	ViewNetwork: "network", ViewLevels: "levels", ViewAgencies: "agencies",
	ViewGaps: "gaps", ViewEgo: "ego", ViewCompare: "compare", ViewRatings: "ratings",
}

// Views returns the views in the order of their names in help.
func Views() []View { return values[View](len(viewNames)) }

// String returns the view's name as the command line spells it.
func (v View) String() string { return nameOf(viewNames[:], int(v), "View") }

// MarshalText returns the view's name.
func (v View) MarshalText() ([]byte, error) { return marshalName(viewNames[:], int(v), "view") }

// UnmarshalText accepts a view's name in any case.
func (v *View) UnmarshalText(b []byte) error { return unmarshalName(viewNames[:], b, v) }

// Measure is what sets the size of a unit in a diagram.
type Measure int

// The size measures; the zero value is betweenness.
const (
	SizeBetweenness Measure = iota // metrics.Betweenness: who lies on the paths between others
	SizeDegree                     // metrics.Degree: how many units one is tied to
	SizeStrength                   // metrics.Strength: the summed weight of one's ties
)

var measureNames = [...]string{SizeBetweenness: "betweenness", SizeDegree: "degree", SizeStrength: "strength"}

// Measures returns the size measures in the order of their names in help.
func Measures() []Measure { return values[Measure](len(measureNames)) }

// String returns the measure's name as the command line spells it.
func (m Measure) String() string { return nameOf(measureNames[:], int(m), "Measure") }

// MarshalText returns the measure's name.
func (m Measure) MarshalText() ([]byte, error) {
	return marshalName(measureNames[:], int(m), "size measure")
}

// UnmarshalText accepts a measure's name in any case.
func (m *Measure) UnmarshalText(b []byte) error { return unmarshalName(measureNames[:], b, m) }

func (m Measure) title() graph.Text {
	switch m {
	case SizeDegree:
		return wDegree
	case SizeStrength:
		return wStrength
	}
	return wBetween
}

// Aggregation says whether units are drawn one by one or in groups.
type Aggregation int

// The aggregations. With AggregateAuto, the zero value, units are drawn
// one by one unless there are more than Style.MaxUnits of them; then the
// finest grouping that fits is used (see AutoAggregation).
const (
	AggregateAuto         Aggregation = iota
	AggregateNone                     // one node per unit
	AggregateAgency                   // one node per agency per municipality (state and regional units: per agency per region)
	AggregateMunicipality             // one node per municipality (state and regional units as with agency)
	AggregateAgencyAll                // one node per agency, all municipalities together
)

var aggregationNames = [...]string{
	AggregateAuto: "auto", AggregateNone: "none", AggregateAgency: "agency",
	AggregateMunicipality: "municipality", AggregateAgencyAll: "agency-all",
}

// Aggregations returns the aggregations in the order of their names in
// help.
func Aggregations() []Aggregation { return values[Aggregation](len(aggregationNames)) }

// String returns the aggregation's name as the command line spells it.
func (a Aggregation) String() string { return nameOf(aggregationNames[:], int(a), "Aggregation") }

// MarshalText returns the aggregation's name.
func (a Aggregation) MarshalText() ([]byte, error) {
	return marshalName(aggregationNames[:], int(a), "aggregation")
}

// UnmarshalText accepts an aggregation's name in any case.
func (a *Aggregation) UnmarshalText(b []byte) error {
	return unmarshalName(aggregationNames[:], b, a)
}

// Describe says in words what the aggregation draws as one node.
func (a Aggregation) Describe() graph.Text {
	switch a {
	case AggregateAgency:
		return graph.T("én node per etat per kommune", "one node per agency per municipality")
	case AggregateMunicipality:
		return graph.T("én node per kommune", "one node per municipality")
	case AggregateAgencyAll:
		return graph.T("én node per etat, alle kommuner samlet", "one node per agency, all municipalities together")
	}
	return graph.T("én node per enhet", "one node per unit")
}
