package gaps

import (
	"slices"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// ShareCounts tallies the contacts and meetings behind a set of ties and
// the two shares the field report asks about.
type ShareCounts struct {
	Ties       int
	Weight     float64 // rounded to 6 decimals
	Contacts   int     // contact rows
	Meetings   int     // meetings attended together, once per pair
	Formal     int     // formal contacts and meetings
	Informal   int     // informal contacts and meetings
	MultiParty int     // meetings of three or more units
	// InformalShare is Informal / (Formal + Informal), 0 without any.
	InformalShare float64
	// MultiPartyShare is MultiParty / (Contacts + Meetings), 0 without any.
	MultiPartyShare float64
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
	A, B string
	ShareCounts
}

// TieShare is the ShareCounts of one tie (Ties is 1).
type TieShare struct {
	A, B string // unit keys, A < B
	ShareCounts
}

// ShareReport holds the shares of informal contact and of contact in
// meetings of three or more units, overall, per agency pair and, when
// asked for, per tie.
type ShareReport struct {
	Overall  ShareCounts
	Agencies []AgencyShare
	Ties     []TieShare // nil unless asked for
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

// OverallShares returns Shares(n, scope, false).Overall for each of
// scopes, in one pass over n's ties rather than one per municipality.
func OverallShares(n *graph.Network, scopes []string) []ShareCounts {
	out := make([]ShareCounts, len(scopes))
	if n == nil || len(scopes) == 0 {
		return out
	}
	trimmed := make([]string, len(scopes))
	for i, s := range scopes {
		trimmed[i] = strings.TrimSpace(s)
	}
	// The scopes each municipality spelling is in (a name may be given
	// twice, in any case); "" is in every scope without a name.
	var all []int
	for i, s := range trimmed {
		if s == "" {
			all = append(all, i)
		}
	}
	in := map[string][]int{}
	units := n.Units()
	of := make([][]int, len(units))
	for k, u := range units {
		g, ok := in[u.Municipality]
		if !ok {
			for i, s := range trimmed {
				if s != "" && strings.EqualFold(u.Municipality, s) {
					g = append(g, i)
				}
			}
			in[u.Municipality] = g
		}
		of[k] = g
	}
	ties := n.Ties()
	for k := range ties {
		t := &ties[k]
		ga, gb := of[t.A], of[t.B]
		for _, i := range ga {
			out[i].add(t)
		}
		for _, i := range gb {
			if !slices.Contains(ga, i) {
				out[i].add(t)
			}
		}
		for _, i := range all {
			out[i].add(t)
		}
	}
	for i := range out {
		out[i].finish()
	}
	return out
}
