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
func WriteGapsJSON(w io.Writer, r *gaps.Report) error {
	n := r.Net()
	doc := gapsJSON{
		Gaps:          newGapsJSON(n, r.Gaps),
		Uncoordinated: make([]parallelJSON, len(r.Uncoordinated)),
		Fading:        make([]fadingJSON, len(r.Fading)),
		Shares:        newSharesJSON(r.Shares),
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
}

// gapJSON is a gaps.Gap in the JSON.
type gapJSON struct {
	Type           string          `json:"type"`
	A              string          `json:"a"` // unit key, agency:KEY or level:N
	B              string          `json:"b"`
	Scope          string          `json:"scope"`
	ObservedWeight graph.JSONFloat `json:"observed_weight"` // rounded to 6 decimals
	MinWeight      graph.JSONFloat `json:"min_weight"`
	ExpectedBy     string          `json:"expected_by"`
	Rule           string          `json:"rule,omitempty"`
	Line           int             `json:"line,omitempty"`
	Rank           int             `json:"rank"`
	Text           graph.Text      `json:"text"`
}

// newGapsJSON returns gaps found on network n in the JSON, never nil.
func newGapsJSON(n *graph.Network, l gaps.List) []gapJSON {
	out := make([]gapJSON, len(l))
	for i := range l {
		g := &l[i]
		out[i] = gapJSON{Type: g.Type, A: g.A.String(), B: g.B.String(), Scope: g.Scope,
			ObservedWeight: graph.JSONFloat(roundWeight(g.ObservedWeight)), MinWeight: graph.JSONFloat(g.MinWeight),
			ExpectedBy: g.ExpectedBy, Rule: g.Rule, Line: g.Line, Rank: g.Rank, Text: GapFinding(n, g)}
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

type shareCountsJSON struct {
	Ties            int             `json:"ties"`
	Weight          graph.JSONFloat `json:"weight"`
	Contacts        int             `json:"contacts"`
	Meetings        int             `json:"meetings"`
	Formal          int             `json:"formal"`
	Informal        int             `json:"informal"`
	MultiParty      int             `json:"multi_party"`
	InformalShare   graph.JSONFloat `json:"informal_share"`
	MultiPartyShare graph.JSONFloat `json:"multi_party_share"`
}

func newShareCountsJSON(c *gaps.ShareCounts) shareCountsJSON {
	return shareCountsJSON{c.Ties, graph.JSONFloat(c.Weight), c.Contacts, c.Meetings, c.Formal, c.Informal,
		c.MultiParty, graph.JSONFloat(c.InformalShare), graph.JSONFloat(c.MultiPartyShare)}
}

// newSharesJSON returns r in the JSON; a nil r as no ties at all.
func newSharesJSON(r *gaps.ShareReport) sharesJSON {
	j := sharesJSON{Agencies: []pairShareJSON{}}
	if r == nil {
		return j
	}
	j.Overall = newShareCountsJSON(&r.Overall)
	for i := range r.Agencies {
		p := &r.Agencies[i]
		j.Agencies = append(j.Agencies, pairShareJSON{p.A, p.B, newShareCountsJSON(&p.ShareCounts)})
	}
	for i := range r.Ties {
		p := &r.Ties[i]
		j.Ties = append(j.Ties, pairShareJSON{p.A, p.B, newShareCountsJSON(&p.ShareCounts)})
	}
	return j
}
