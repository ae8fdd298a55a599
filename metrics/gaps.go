package metrics

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// Gap types: a gap is horizontal when its two ends are at the same level
// and vertical otherwise (see the package documentation).
const (
	Horizontal = "horizontal"
	Vertical   = "vertical"
)

// DefaultWindowDays is the window of uncoordinated parallel contacts when
// GapOptions.WindowDays is 0: one week.
const DefaultWindowDays = 7

// GapOptions tune Gaps and its parts. The zero value asks for all
// municipalities, a 7-day window and the last date in the data as the
// as-of date.
type GapOptions struct {
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

func (o GapOptions) window() int {
	if o.WindowDays <= 0 {
		return DefaultWindowDays
	}
	return o.WindowDays
}

// Gap is an expected tie that is missing or weaker than expected.
type Gap struct {
	Type           string     `json:"type"`            // Horizontal or Vertical
	A              string     `json:"a"`               // unit key, agency:KEY or level:N
	B              string     `json:"b"`               // likewise
	Scope          string     `json:"scope"`           // municipality, "" for state and regional ties
	ObservedWeight float64    `json:"observed_weight"` // summed weight of the ties between the ends
	MinWeight      float64    `json:"min_weight"`      // the weight the expectation asks for
	ExpectedBy     string     `json:"expected_by"`     // ExpectedByPlan or ExpectedByDefault
	Rule           string     `json:"rule,omitempty"`  // the default rule (RuleAgencies, …)
	Line           int        `json:"line,omitempty"`  // the line of expected.csv
	Rank           int        `json:"rank"`            // 1 is the most important gap
	Text           graph.Text `json:"text"`            // the finding as a sentence

	score int // summed degree of the two ends, for ranking
}

// key identifies a gap across two networks (Diff): its expectation and
// scope, without the line, which differs between two plan files.
func (g *Gap) key() string {
	return g.ExpectedBy + "\x00" + g.Rule + "\x00" + g.A + "\x00" + g.B + "\x00" + g.Scope
}

// GapList is a ranked list of gaps.
type GapList []Gap

// FindGaps returns the expected ties of the network's dataset (n.Data) that
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
func FindGaps(n *graph.Network, opt GapOptions) GapList {
	if n == nil {
		return GapList{}
	}
	return findGaps(newGapIndex(gapData(n), n), opt)
}

func findGaps(x *gapIndex, opt GapOptions) GapList {
	var exps []gapExpect
	if len(x.ds.Expected) > 0 {
		for _, e := range x.ds.Expected {
			exps = append(exps, x.plan(e)...)
		}
	} else {
		exps = x.defaults()
	}
	out := GapList{}
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
		g := Gap{
			Type: typ, A: e.a.String(), B: e.b.String(), Scope: e.scope,
			ObservedWeight: gapRound(w), MinWeight: e.min, ExpectedBy: e.by, Rule: e.rule, Line: e.line,
			score: x.degree(e.as) + x.degree(e.bs),
		}
		g.Text = x.sentence(e, w, tied)
		out = append(out, g)
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
		if a.A != b.A {
			return a.A < b.A
		}
		if a.B != b.B {
			return a.B < b.B
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

// gapRound rounds a weight to 6 decimals so that sums of projected meeting
// weights print as 1 rather than 0.9999999999999999.
func gapRound(w float64) float64 {
	return math.Round(w*1e6) / 1e6
}

// gapAgencyPhrase names an agency inside a sentence: with the article in
// English and in the definite form in bokmål. Agencies it does not know are
// named as graph.AgencyName does.
var gapAgencyPhrase = map[string]graph.Text{
	"nav":           graph.T("NAV", "NAV"),
	"eiendom":       graph.T("eiendomsavdelingen", "the property department"),
	"helse":         graph.T("helse- og omsorgstjenesten", "health and care services"),
	"flyktning":     graph.T("flyktningtjenesten", "the refugee service"),
	"bolig":         graph.T("boligkontoret", "the housing office"),
	"husbanken":     graph.T("Husbanken", "Husbanken"),
	"rus":           graph.T("rus- og psykiatritjenesten", "substance abuse and mental health services"),
	"barnevern":     graph.T("barnevernet", "child welfare services"),
	"sosial":        graph.T("sosialtjenesten", "social services"),
	"plan":          graph.T("plan og utvikling", "planning"),
	"ledelse":       graph.T("kommuneledelsen", "the municipal leadership"),
	"bruker":        graph.T("brukerorganisasjonen", "the user organisation"),
	"utbygger":      graph.T("utbyggeren", "the developer"),
	"boligbyggelag": graph.T("boligbyggelaget", "the housing cooperative"),
	"imdi":          graph.T("IMDi", "IMDi"),
	"ks":            graph.T("KS", "KS"),
}

var gapLevelPhrase = [...]graph.Text{
	graph.T("enheter uten kjent nivå", "units of unknown level"),
	graph.T("statlig nivå", "the national level"),
	graph.T("regionalt nivå", "the regional level"),
	graph.T("kommuneledelsen", "the municipal leadership"),
	graph.T("enhetene", "the units"),
	graph.T("førstelinjen", "the frontline"),
	graph.T("brukerne", "the users"),
}

// endName names an end of an expectation inside a sentence.
func (x *gapIndex) endName(e graph.Endpoint, ids []int32) graph.Text {
	switch e.Kind {
	case graph.EndAgency:
		if t, ok := gapAgencyPhrase[e.Agency]; ok {
			return t
		}
		label := ""
		if len(ids) > 0 {
			label = x.units[ids[0]].AgencyLabel
		}
		return graph.AgencyName(e.Agency, label)
	case graph.EndLevel:
		if e.Level >= 0 && int(e.Level) < len(gapLevelPhrase) {
			return gapLevelPhrase[e.Level]
		}
		s := strconv.Itoa(int(e.Level))
		return graph.T("nivå "+s, "level "+s)
	}
	if id, ok := x.n.Lookup(e.Unit); ok {
		u := x.units[id]
		if u.Name != "" {
			return graph.T(u.Name, u.Name)
		}
	}
	return graph.T(e.Unit, e.Unit)
}

// sentence words a gap in both languages.
func (x *gapIndex) sentence(e *gapExpect, w float64, tied bool) graph.Text {
	a, b := x.endName(e.a, e.as), x.endName(e.b, e.bs)
	m := e.scope
	switch e.rule {
	case RuleAgencies:
		return gapCap(a.NB+" og "+b.NB+" i "+m+" har ingen registrert kontakt.",
			a.EN+" and "+b.EN+" in "+m+" have no recorded contact.")
	case RuleParent:
		return gapCap(a.NB+" har ingen registrert kontakt med sin overordnede enhet, "+b.NB+".",
			a.EN+" has no recorded contact with the unit it reports to, "+b.EN+".")
	case RuleLeadership:
		return gapCap(a.NB+" har ingen registrert kontakt med kommuneledelsen i "+m+".",
			a.EN+" has no recorded contact with the municipal leadership of "+m+".")
	case RuleHusbanken:
		return gapCap("Kommuneledelsen i "+m+" har ingen registrert kontakt med "+b.NB+".",
			"The municipal leadership of "+m+" has no recorded contact with "+b.EN+".")
	}
	whereNB, whereEN := "", ""
	if m != "" && (e.a.Kind != graph.EndUnit || e.b.Kind != graph.EndUnit) {
		whereNB, whereEN = " i "+m, " in "+m
	}
	line := strconv.Itoa(e.line)
	srcNB, srcEN := "(boligsosial handlingsplan, linje "+line+")", "(housing action plan, line "+line+")"
	if !tied {
		return gapCap(a.NB+" og "+b.NB+whereNB+" har ingen registrert kontakt "+srcNB+".",
			a.EN+" and "+b.EN+whereEN+" have no recorded contact "+srcEN+".")
	}
	return gapCap(
		a.NB+" og "+b.NB+whereNB+" har kontakt med vekt "+gapNum(w, graph.NB)+", under forventet "+gapNum(e.min, graph.NB)+" "+srcNB+".",
		a.EN+" and "+b.EN+whereEN+" have contact of weight "+gapNum(w, graph.EN)+", below the expected "+gapNum(e.min, graph.EN)+" "+srcEN+".")
}

// gapNum formats a weight with at most two decimals, with a decimal comma
// in bokmål.
func gapNum(w float64, l graph.Lang) string {
	s := strconv.FormatFloat(math.Round(w*100)/100, 'f', -1, 64)
	if l == graph.NB {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// gapCap returns the Text with the first letter of each sentence in upper
// case.
func gapCap(nb, en string) graph.Text {
	up := func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError {
			return s
		}
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return graph.T(up(nb), up(en))
}

// Table returns the gaps in rank order, with the finding in both languages.
func (l GapList) Table() *Table {
	t := &Table{Name: "gaps", Title: graph.T("Manglende samarbeid", "Collaboration gaps"),
		Columns: []Column{
			Col("rank", "rang", "rank"), Col("type", "type", "type"),
			Col("a", "a", "a"), Col("b", "b", "b"), Col("scope", "kommune", "municipality"),
			Col("observed_weight", "observert vekt", "observed weight"),
			Col("min_weight", "forventet vekt", "expected weight"),
			Col("expected_by", "forventet av", "expected by"), Col("rule", "regel", "rule"),
			Col("line", "linje", "line"),
			Col("text_nb", "funn", "finding (bokmål)"), Col("text_en", "funn (engelsk)", "finding"),
		}}
	for _, g := range l {
		var line any
		if g.Line > 0 {
			line = g.Line
		}
		t.Rows = append(t.Rows, []any{g.Rank, g.Type, g.A, g.B, g.Scope, g.ObservedWeight, g.MinWeight,
			g.ExpectedBy, g.Rule, line, g.Text.NB, g.Text.EN})
	}
	return t
}

// GapsReport is what `samkart gaps` shows: the missing expected ties, the
// uncoordinated parallel contacts, the fading ties and the shares of
// informal and multi-party contact.
type GapsReport struct {
	Gaps          GapList
	Uncoordinated ParallelList
	Fading        FadingList
	Shares        *ShareReport
}

// Gaps computes the whole report on n: FindGaps, Uncoordinated, Fading and
// Shares with the same options. Like FindGaps, it judges n as it is.
func Gaps(n *graph.Network, opt GapOptions) *GapsReport {
	r := &GapsReport{Gaps: GapList{}, Uncoordinated: ParallelList{}, Fading: FadingList{}}
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

// MarshalJSON writes the report as
// {"gaps": [...], "uncoordinated": [...], "fading": [...], "shares": {...}},
// with empty lists rather than null.
func (r *GapsReport) MarshalJSON() ([]byte, error) {
	out := struct {
		Gaps          GapList      `json:"gaps"`
		Uncoordinated ParallelList `json:"uncoordinated"`
		Fading        FadingList   `json:"fading"`
		Shares        *ShareReport `json:"shares"`
	}{r.Gaps, r.Uncoordinated, r.Fading, r.Shares}
	if out.Gaps == nil {
		out.Gaps = GapList{}
	}
	if out.Uncoordinated == nil {
		out.Uncoordinated = ParallelList{}
	}
	if out.Fading == nil {
		out.Fading = FadingList{}
	}
	if out.Shares == nil {
		out.Shares = &ShareReport{Agencies: []AgencyShare{}}
	}
	return json.Marshal(out)
}

// Tables returns the report's tables for text and CSV output: gaps,
// uncoordinated contacts, fading ties, shares per agency pair and, when
// asked for, per tie.
func (r *GapsReport) Tables() []*Table {
	ts := []*Table{r.Gaps.Table(), r.Uncoordinated.Table(), r.Fading.Table()}
	if r.Shares != nil {
		ts = append(ts, r.Shares.Table())
		if r.Shares.Ties != nil {
			ts = append(ts, r.Shares.TiesTable())
		}
	}
	return ts
}

// gapDay formats a day number (days since 1970-01-01) as 2006-01-02.
func gapDay(day int) string {
	return time.Unix(int64(day)*86400, 0).UTC().Format("2006-01-02")
}
