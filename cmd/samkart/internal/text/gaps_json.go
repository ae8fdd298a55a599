package text

import (
	"io"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// WriteGapsJSON writes the report of `samkart gaps` as
// {"gaps": [...], "uncoordinated": [...], "fading": [...], "shares": {...}},
// with empty lists rather than null, indented by two spaces and followed
// by a newline. Each finding carries its sentence in both languages.
// With sup on, the small weights of gaps between groups and the small
// counts per agency pair are null, and "suppressed_below" is N.
func WriteGapsJSON(w io.Writer, r *gaps.Report, sup Suppression) error {
	n := r.Net()
	doc := gapsJSON{
		Gaps:          newGapsJSON(n, r.Gaps, sup),
		Uncoordinated: make([]parallelJSON, len(r.Uncoordinated)),
		Fading:        make([]fadingJSON, len(r.Fading)),
		Shares:        newSharesJSON(r.Shares, sup),
	}
	if sup.On() {
		doc.SuppressedBelow = sup.Below
	}
	for i := range r.Uncoordinated {
		doc.Uncoordinated[i] = newParallelJSON(n, &r.Uncoordinated[i])
	}
	for i := range r.Fading {
		doc.Fading[i] = newFadingJSON(n, &r.Fading[i])
	}
	return writeIndented(w, doc)
}

type gapsJSON struct {
	Gaps          []gapJSON      `json:"gaps"`
	Uncoordinated []parallelJSON `json:"uncoordinated"`
	Fading        []fadingJSON   `json:"fading"`
	Shares        sharesJSON     `json:"shares"`

	SuppressedBelow int `json:"suppressed_below,omitempty"`
}

// gapJSON is a gaps.Gap in the JSON.
type gapJSON struct {
	Type           string          `json:"type"`
	A              string          `json:"a"` // unit key, agency:KEY or level:N
	B              string          `json:"b"`
	Scope          string          `json:"scope"`
	ObservedWeight any             `json:"observed_weight"` // graph.JSONFloat rounded to 6 decimals, or Hidden
	MinWeight      graph.JSONFloat `json:"min_weight"`
	ExpectedBy     string          `json:"expected_by"`
	Rule           string          `json:"rule,omitempty"`
	Line           int             `json:"line,omitempty"`
	Rank           int             `json:"rank"`
	Text           graph.Text      `json:"text"`
}

// newGapsJSON returns gaps found on network n in the JSON, never nil.
func newGapsJSON(n *graph.Network, l gaps.List, sup Suppression) []gapJSON {
	out := make([]gapJSON, len(l))
	for i := range l {
		g := &l[i]
		out[i] = gapJSON{Type: g.Type, A: g.A.String(), B: g.B.String(), Scope: g.Scope,
			ObservedWeight: sup.Of(graph.JSONFloat(roundWeight(g.ObservedWeight)), gapWeight(g, sup)), MinWeight: graph.JSONFloat(g.MinWeight),
			ExpectedBy: g.ExpectedBy, Rule: g.Rule, Line: g.Line, Rank: g.Rank, Text: GapFindingHiding(n, g, sup)}
	}
	return out
}

// parallelJSON is a gaps.ParallelContact in the JSON.
type parallelJSON struct {
	Target     string            `json:"target"`
	Scope      string            `json:"scope"`
	Units      []string          `json:"units"`
	Office     string            `json:"office"`
	Dates      []string          `json:"dates"`
	SpanDays   int               `json:"span_days"`
	WindowDays int               `json:"window_days"`
	Contacts   []unitContactJSON `json:"contacts"`
	Text       graph.Text        `json:"text"`
}

type unitContactJSON struct {
	Unit string `json:"unit"`
	Date string `json:"date"`
}

func newParallelJSON(n *graph.Network, p *gaps.ParallelContact) parallelJSON {
	j := parallelJSON{Target: p.Target, Scope: p.Scope, Units: p.Units, Office: p.Office, Dates: p.Dates,
		SpanDays: p.SpanDays, WindowDays: p.WindowDays, Text: ParallelFinding(n, p)}
	if p.Contacts != nil {
		j.Contacts = make([]unitContactJSON, len(p.Contacts))
		for i, c := range p.Contacts {
			j.Contacts[i] = unitContactJSON(c)
		}
	}
	return j
}

// fadingJSON is a gaps.FadingTie in the JSON.
type fadingJSON struct {
	A                 string          `json:"a"`
	B                 string          `json:"b"`
	Scope             string          `json:"scope"`
	FirstContact      string          `json:"first_contact"`
	LastContact       string          `json:"last_contact"`
	AsOf              string          `json:"as_of"`
	DaysSilent        int             `json:"days_silent"`
	UsualIntervalDays graph.JSONFloat `json:"usual_interval_days"`
	Contacts          int             `json:"contacts"`
	ContactDays       int             `json:"contact_days"`
	Text              graph.Text      `json:"text"`
}

func newFadingJSON(n *graph.Network, f *gaps.FadingTie) fadingJSON {
	return fadingJSON{A: f.A, B: f.B, Scope: f.Scope, FirstContact: f.FirstContact, LastContact: f.LastContact,
		AsOf: f.AsOf, DaysSilent: f.DaysSilent, UsualIntervalDays: graph.JSONFloat(f.UsualIntervalDays),
		Contacts: f.Contacts, ContactDays: f.ContactDays, Text: FadingFinding(n, f)}
}

// sharesJSON is a gaps.ShareReport in the JSON; ties only when asked
// for.
type sharesJSON struct {
	Overall  shareCountsJSON `json:"overall"`
	Agencies []pairShareJSON `json:"agency_pairs"`
	Ties     []pairShareJSON `json:"ties,omitempty"`
}

// pairShareJSON is the counts of the ties between two agencies, or of one
// tie between two units.
type pairShareJSON struct {
	A string `json:"a"`
	B string `json:"b"`
	shareCountsJSON
}

// shareCountsJSON is gaps.ShareCounts; with counts hidden (between
// agencies only), the counts are int or Hidden and the weight and the
// shares graph.JSONFloat or Hidden.
type shareCountsJSON struct {
	Ties            any `json:"ties"`
	Weight          any `json:"weight"`
	Contacts        any `json:"contacts"`
	Meetings        any `json:"meetings"`
	Formal          any `json:"formal"`
	Informal        any `json:"informal"`
	MultiParty      any `json:"multi_party"`
	InformalShare   any `json:"informal_share"`
	MultiPartyShare any `json:"multi_party_share"`
}

func newShareCountsJSON(c *gaps.ShareCounts, sup Suppression) shareCountsJSON {
	contacts, meetings := sup.Count(c.Contacts), sup.Count(c.Meetings)
	return shareCountsJSON{sup.Count(c.Ties), sup.Of(graph.JSONFloat(c.Weight), sup.Amount(c.Weight)), contacts, meetings,
		sup.Count(c.Formal), sup.Count(c.Informal), sup.Count(c.MultiParty),
		sup.Of(graph.JSONFloat(c.InformalShare), contacts, meetings), sup.Of(graph.JSONFloat(c.MultiPartyShare), contacts, meetings)}
}

// newSharesJSON returns r in the JSON; a nil r as no ties at all.
func newSharesJSON(r *gaps.ShareReport, sup Suppression) sharesJSON {
	j := sharesJSON{Agencies: []pairShareJSON{}}
	if r == nil {
		j.Overall = newShareCountsJSON(&gaps.ShareCounts{}, sup)
		return j
	}
	j.Overall = newShareCountsJSON(&r.Overall, sup)
	for i := range r.Agencies {
		p := &r.Agencies[i]
		j.Agencies = append(j.Agencies, pairShareJSON{p.A, p.B, newShareCountsJSON(&p.ShareCounts, sup)})
	}
	for i := range r.Ties {
		p := &r.Ties[i]
		j.Ties = append(j.Ties, pairShareJSON{p.A, p.B, newShareCountsJSON(&p.ShareCounts, Suppression{})}) // between two units
	}
	return j
}
