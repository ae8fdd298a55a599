package metrics

import (
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// ShareCounts tallies the contacts and meetings behind a set of ties and
// the two shares the field report asks about.
type ShareCounts struct {
	Ties       int     `json:"ties"`
	Weight     float64 `json:"weight"`
	Contacts   int     `json:"contacts"`    // contact rows
	Meetings   int     `json:"meetings"`    // meetings attended together, once per pair
	Formal     int     `json:"formal"`      // formal contacts and meetings
	Informal   int     `json:"informal"`    // informal contacts and meetings
	MultiParty int     `json:"multi_party"` // meetings of three or more units
	// InformalShare is Informal / (Formal + Informal), 0 without any.
	InformalShare float64 `json:"informal_share"`
	// MultiPartyShare is MultiParty / (Contacts + Meetings), 0 without any.
	MultiPartyShare float64 `json:"multi_party_share"`
}

func (c *ShareCounts) add(t *graph.Tie) {
	c.Ties++
	c.Weight += t.Weight
	c.Contacts += int(t.Contacts)
	c.Meetings += int(t.Meetings)
	c.Formal += int(t.Formal)
	c.Informal += int(t.Informal)
	c.MultiParty += int(t.MultiParty)
}

func (c *ShareCounts) finish() {
	c.Weight = gapRound(c.Weight)
	c.InformalShare, c.MultiPartyShare = 0, 0
	if c.Formal+c.Informal > 0 {
		c.InformalShare = float64(c.Informal) / float64(c.Formal+c.Informal)
	}
	if c.Contacts+c.Meetings > 0 {
		c.MultiPartyShare = float64(c.MultiParty) / float64(c.Contacts+c.Meetings)
	}
}

// AgencyShare is the ShareCounts of the ties between two agencies, A ≤ B
// (normalised agency keys; "" for units without one). A == B holds the
// ties within one agency.
type AgencyShare struct {
	A string `json:"a"`
	B string `json:"b"`
	ShareCounts
}

// TieShare is the ShareCounts of one tie (Ties is 1).
type TieShare struct {
	A string `json:"a"` // unit keys, A < B
	B string `json:"b"`
	ShareCounts
}

// ShareReport holds the shares of informal contact and of contact in
// meetings of three or more units, overall, per agency pair and, when
// asked for, per tie.
type ShareReport struct {
	Overall  ShareCounts   `json:"overall"`
	Agencies []AgencyShare `json:"agency_pairs"`
	Ties     []TieShare    `json:"ties,omitempty"`
}

// Shares measures formal versus informal and bilateral versus
// multilateral contact (the field report's point that bilateral
// agreements fall short where three or more services must work together):
// for each tie, InformalShare is the share of its contacts and meetings
// that were informal and MultiPartyShare the share that were meetings of
// three or more units (graph.Tie.InformalShare, Tie.MultiPartyShare).
// Per agency pair and overall the counts of the ties are summed before
// the shares are taken, so a meeting of k units counts once for each of
// its k(k−1)/2 pairs. With scope set, only ties with an end in that
// municipality count. Agency pairs are sorted by key.
func Shares(n *graph.Network, scope string, perTie bool) *ShareReport {
	return shares(n, scope, perTie)
}

func shares(n *graph.Network, scope string, perTie bool) *ShareReport {
	r := &ShareReport{Agencies: []AgencyShare{}}
	if n == nil {
		return r
	}
	if perTie {
		r.Ties = []TieShare{}
	}
	scope = strings.TrimSpace(scope)
	units := n.Units()
	pairs := map[[2]string]*AgencyShare{}
	ties := n.Ties()
	for i := range ties {
		t := &ties[i]
		a, b := units[t.A], units[t.B]
		if scope != "" && !strings.EqualFold(a.Municipality, scope) && !strings.EqualFold(b.Municipality, scope) {
			continue
		}
		r.Overall.add(t)
		ka, kb := a.Agency, b.Agency
		if kb < ka {
			ka, kb = kb, ka
		}
		p := pairs[[2]string{ka, kb}]
		if p == nil {
			p = &AgencyShare{A: ka, B: kb}
			pairs[[2]string{ka, kb}] = p
		}
		p.add(t)
		if perTie {
			s := TieShare{A: a.Key, B: b.Key}
			s.add(t)
			s.finish()
			r.Ties = append(r.Ties, s)
		}
	}
	r.Overall.finish()
	for _, p := range pairs {
		p.finish()
		r.Agencies = append(r.Agencies, *p)
	}
	sort.Slice(r.Agencies, func(i, j int) bool {
		if r.Agencies[i].A != r.Agencies[j].A {
			return r.Agencies[i].A < r.Agencies[j].A
		}
		return r.Agencies[i].B < r.Agencies[j].B
	})
	// Ties come sorted by node IDs, which follow the keys.
	return r
}

// Table returns the shares per agency pair, after an "all" row with the
// overall numbers.
func (r *ShareReport) Table() *Table {
	t := &Table{Name: "shares", Title: graph.T("Uformell kontakt og møter med tre eller flere", "Informal contact and meetings of three or more"),
		Columns: []Column{
			Col("a", "etat a", "agency a"), Col("b", "etat b", "agency b"),
			Col("ties", "bånd", "ties"), Col("contacts", "kontakter", "contacts"), Col("meetings", "møter", "meetings"),
			Col("informal_share", "andel uformell", "informal share"),
			Col("multi_party_share", "andel møter med 3+", "share in meetings of 3+"),
		}}
	row := func(a, b string, c *ShareCounts) {
		t.Rows = append(t.Rows, []any{a, b, c.Ties, c.Contacts, c.Meetings, c.InformalShare, c.MultiPartyShare})
	}
	row("(all)", "(all)", &r.Overall)
	for i := range r.Agencies {
		row(r.Agencies[i].A, r.Agencies[i].B, &r.Agencies[i].ShareCounts)
	}
	return t
}

// TiesTable returns the shares per tie (empty unless asked for).
func (r *ShareReport) TiesTable() *Table {
	t := &Table{Name: "tie_shares", Title: graph.T("Uformell kontakt og møter med tre eller flere, per bånd", "Informal contact and meetings of three or more, per tie"),
		Columns: []Column{
			Col("a", "a", "a"), Col("b", "b", "b"), Col("weight", "vekt", "weight"),
			Col("contacts", "kontakter", "contacts"), Col("meetings", "møter", "meetings"),
			Col("informal_share", "andel uformell", "informal share"),
			Col("multi_party_share", "andel møter med 3+", "share in meetings of 3+"),
		}}
	for i := range r.Ties {
		s := &r.Ties[i]
		t.Rows = append(t.Rows, []any{s.A, s.B, s.Weight, s.Contacts, s.Meetings, s.InformalShare, s.MultiPartyShare})
	}
	return t
}
