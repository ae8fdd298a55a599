package gaps

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/samkart/samkart/graph"
)

// Gap types: a gap is horizontal when its two ends are at the same level
// and vertical otherwise (see Find).
const (
	Horizontal = "horizontal"
	Vertical   = "vertical"
)

// DefaultWindowDays is the window of uncoordinated parallel contacts when
// Options.WindowDays is 0: one week.
const DefaultWindowDays = 7

// Options tune Compute and its parts. The zero value asks for all
// municipalities, a 7-day window and the last date in the data as the
// as-of date.
type Options struct {
	// Scope keeps the findings about one municipality (case-insensitive).
	// Build the network on the whole dataset and pass the scope here, so
	// that ties to state and regional units still count: a network built
	// with a scope filter has none of them.
	Scope string
	// WindowDays is the length of the window of uncoordinated parallel
	// contacts, in days; 0 means DefaultWindowDays.
	WindowDays int
	// AsOf is the date fading ties are judged at; NoDate means the last
	// dated contact or meeting in the network's window. Never the clock.
	AsOf graph.Date
	// PerTie lists the shares of every tie, not only per agency pair and
	// overall. A national dataset has hundreds of thousands of ties.
	PerTie bool
}

func (o Options) window() int {
	if o.WindowDays <= 0 {
		return DefaultWindowDays
	}
	return o.WindowDays
}

// Gap is an expected tie that is missing or weaker than expected.
type Gap struct {
	Type  string // Horizontal or Vertical
	A, B  End    // the expectation's two ends
	Scope string // municipality, "" for state and regional ties
	// ObservedWeight is the summed weight of the ties between the ends, 0
	// when there is none (every tie's weight is positive).
	ObservedWeight float64
	MinWeight      float64 // the weight the expectation asks for
	ExpectedBy     string  // ExpectedByPlan or ExpectedByDefault
	Rule           string  // the default rule (RuleAgencies, …); "" for a plan row
	Line           int     // the line of expected.csv; 0 for a default
	Rank           int     // 1 is the most important gap

	a, b  string // A and B as written (graph.Endpoint.String), for sorting
	score int    // summed degree of the two ends, for ranking
}

// End is one end of a gap: what the expectation names (a unit, every
// unit of an agency, every unit at a level) and, of the units it stands
// for in the gap's scope, the first by key (the unit itself for a unit
// end). An agency samkart does not know is named as that unit spells it.
type End struct {
	graph.Endpoint
	First string
}

// key identifies a gap across two networks (Diff): its expectation and
// scope, without the line, which differs between two plan files.
func (g *Gap) key() string {
	return g.ExpectedBy + "\x00" + g.Rule + "\x00" + g.a + "\x00" + g.b + "\x00" + g.Scope
}

// List is a ranked list of gaps.
type List []Gap

// Find returns the expected ties of the network's dataset (n.Data) that
// the network lacks, ranked.
//
// Expected ties come from n.Data.Expected (expected.csv, expected_by "plan")
// or, when it has none, from four defaults (expected_by "default", with
// the rule named in Rule):
//
//   - RuleAgencies: in each municipality, every pair of services present
//     there should be tied. A service is the agency of a unit of the
//     municipality at level 4 (unit) or 5 (frontline), or of unknown
//     level, except the leadership (ledelse, covered by the vertical rules),
//     user organisations and private actors (bruker, utbygger,
//     boligbyggelag). An agency pair counts as tied when any unit of one
//     in the municipality has a tie to any unit of the other there, so a
//     gap never appears between two services that do meet.
//   - RuleParent: every unit with a parent (units.csv's parent column)
//     should be tied to it, at every level.
//   - RuleLeadership: every level-4 unit (enhet) of a municipality should
//     be tied to the municipal leadership, any level-3 unit of that
//     municipality. Only level 4 is asked: frontline staff (5) not tied
//     directly to the rådmann is normal. A unit whose parent is itself the
//     leadership is covered by RuleParent instead, and the non-services
//     above are left out.
//   - RuleHusbanken: the leadership of each municipality (its level-3
//     units) should be tied to its Husbanken region: the Husbanken units
//     without a municipality whose region is the municipality's (from
//     municipalities.csv, else the region its units agree on). End B is
//     the regional office, the highest-level of those units; a tie to one
//     of its advisers counts.
//
// A plan row between two units is one expectation; a row with an agency or
// level end is evaluated in its scope or, without one, in every
// municipality where the end has units (state and regional ends are taken
// in the municipality's region). Ends with no units there are skipped.
//
// A default expectation is a gap when there is no tie at all (its
// min_weight is 1, as in expected.csv, but any tie meets it); a plan
// expectation is a gap when there is no tie or the summed weight is below
// its min_weight. Type is horizontal when the two ends are at the same
// level (an agency or a set of units stands at the highest level among its
// units; unknown levels count as 0) and vertical otherwise.
//
// Rank: plan gaps before default ones, then by how central the two ends
// are elsewhere, the summed degree (number of ties) of their units in n,
// highest first; then by scope, a and b. Degree is computed here, not with
// Degree, so that the ranking depends on nothing but the network.
//
// n is judged as it is. A municipality's vertical expectations name state
// and regional units outside it, which a network built with a scope filter
// (BuildOptions.Filter.Scope) does not have: for one municipality's gaps,
// pass the network built without the filter and the municipality in
// opt.Scope.
func Find(n *graph.Network, opt Options) List {
	if n == nil {
		return List{}
	}
	return findGaps(newGapIndex(gapData(n), n), opt)
}

func findGaps(x *gapIndex, opt Options) List {
	exps := x.expectations()
	out := List{}
	for i := range exps {
		e := &exps[i]
		if opt.Scope != "" && !strings.EqualFold(strings.TrimSpace(opt.Scope), e.scope) {
			continue
		}
		w, tied := x.weight(e.as, e.bs)
		if tied && (e.by == ExpectedByDefault || w >= e.min-1e-9) {
			continue
		}
		typ := Vertical
		if x.level(e.as) == x.level(e.bs) {
			typ = Horizontal
		}
		out = append(out, Gap{
			Type: typ, A: x.end(e.a, e.as), B: x.end(e.b, e.bs), Scope: e.scope,
			ObservedWeight: w, MinWeight: e.min, ExpectedBy: e.by, Rule: e.rule, Line: e.line,
			a: e.a.String(), b: e.b.String(), score: x.degree(e.as) + x.degree(e.bs),
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if (a.ExpectedBy == ExpectedByPlan) != (b.ExpectedBy == ExpectedByPlan) {
			return a.ExpectedBy == ExpectedByPlan
		}
		if a.score != b.score {
			return a.score > b.score
		}
		if a.Scope != b.Scope {
			return a.Scope < b.Scope
		}
		if a.a != b.a {
			return a.a < b.a
		}
		if a.b != b.b {
			return a.b < b.b
		}
		return a.Line < b.Line
	})
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}

// gapData returns the records n was built from; a network without them
// (read from an exchange format) has no expectations, contacts or meetings
// to judge.
func gapData(n *graph.Network) *graph.Dataset {
	if n.Data == nil {
		return graph.NewDataset("")
	}
	return n.Data
}

// gapRound rounds a weight to 6 decimals, so that sums of projected meeting
// weights compare and read as 1 rather than 0.9999999999999999.
func gapRound(w float64) float64 {
	return math.Round(w*1e6) / 1e6
}

// end returns the gap end of endpoint e, whose units are ids.
func (x *gapIndex) end(e graph.Endpoint, ids []int32) End {
	g := End{Endpoint: e}
	if len(ids) > 0 {
		g.First = x.units[ids[0]].Key
	}
	return g
}

// Report is what `samkart gaps` shows: the missing expected ties, the
// uncoordinated parallel contacts, the fading ties and the shares of
// informal and multi-party contact.
type Report struct {
	Gaps          List
	Uncoordinated ParallelList
	Fading        FadingList
	Shares        *ShareReport

	net *graph.Network
}

// Net returns the network the report judged, whose units its findings
// name; nil for an empty report.
func (r *Report) Net() *graph.Network { return r.net }

// Compute computes the whole report on n: Find, Uncoordinated, Fading and
// Shares with the same options. Like Find, it judges n as it is.
func Compute(n *graph.Network, opt Options) *Report {
	r := &Report{Gaps: List{}, Uncoordinated: ParallelList{}, Fading: FadingList{}, net: n}
	if n == nil {
		r.Shares = &ShareReport{Agencies: []AgencyShare{}}
		return r
	}
	ds := gapData(n)
	x := newGapIndex(ds, n)
	r.Gaps = findGaps(x, opt)
	r.Uncoordinated = uncoordinated(ds, n, opt)
	r.Fading = fading(ds, n, opt)
	r.Shares = shares(n, opt.Scope, opt.PerTie)
	return r
}

// gapDay formats a day number (days since 1970-01-01) as 2006-01-02.
func gapDay(day int) string {
	return time.Unix(int64(day)*86400, 0).UTC().Format("2006-01-02")
}
