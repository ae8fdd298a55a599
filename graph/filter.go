package graph

import (
	"strings"
	"sync"
)

// Window limits a network to contacts and meetings dated From..To,
// inclusive. A NoDate end is open. When either end is set, undated records
// are left out, since they cannot be placed in the window.
type Window struct {
	From, To Date
}

// All is the window that keeps every record, dated or not: the zero Window.
var All = Window{}

// IsAll reports whether w keeps every record.
func (w Window) IsAll() bool { return !w.From.Valid() && !w.To.Valid() }

// Contains reports whether a record dated d falls in w.
func (w Window) Contains(d Date) bool {
	if w.IsAll() {
		return true
	}
	if !d.Valid() {
		return false
	}
	return (!w.From.Valid() || d >= w.From) && (!w.To.Valid() || d <= w.To)
}

// String formats w as FROM..TO, with an empty side for an open end.
func (w Window) String() string {
	if w.IsAll() {
		return ""
	}
	return w.From.String() + ".." + w.To.String()
}

// Filter selects units. The zero Filter keeps every unit.
type Filter struct {
	Scope    string   // keep units of this municipality (case-insensitive)
	Agencies []string // keep units of these agencies (normalised keys)
	Levels   []Level  // keep units at these levels
}

// Match reports whether u passes f.
func (f Filter) Match(u *Unit) bool {
	if f.Scope != "" && !strings.EqualFold(u.Municipality, f.Scope) {
		return false
	}
	if len(f.Agencies) > 0 && !containsString(f.Agencies, u.Agency) {
		return false
	}
	if len(f.Levels) > 0 {
		ok := false
		for _, l := range f.Levels {
			ok = ok || l == u.Level
		}
		if !ok {
			return false
		}
	}
	return true
}

// IsZero reports whether f keeps every unit.
func (f Filter) IsZero() bool {
	return f.Scope == "" && len(f.Agencies) == 0 && len(f.Levels) == 0
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Induced returns the subgraph of n on the units for which keep is true,
// with the ties among them as they are in n (a meeting keeps the weight of
// its full size). Node IDs are renumbered densely; units keep their keys.
// It takes time linear in the size of n, so it suits per-municipality
// analyses of a national network.
func (n *Network) Induced(keep func(*Unit) bool) *Network {
	remap := make([]int32, len(n.units))
	sub := &Network{Data: n.Data, Options: n.Options}
	for i, u := range n.units {
		remap[i] = -1
		if keep(u) {
			remap[i] = int32(len(sub.units))
			sub.units = append(sub.units, u)
		}
	}
	for _, t := range n.ties {
		a, b := remap[t.A], remap[t.B]
		if a >= 0 && b >= 0 {
			t.A, t.B = a, b
			sub.ties = append(sub.ties, t)
		}
	}
	for _, c := range n.arcs {
		a, b := remap[c.From], remap[c.To]
		if a >= 0 && b >= 0 {
			c.From, c.To = a, b
			sub.arcs = append(sub.arcs, c)
		}
	}
	sub.survey = inducedSurvey(n.survey, remap, len(sub.units))
	sub.index()
	sub.statsOnce = new(sync.Once) // counted when asked for: most subgraphs never are
	return sub
}

// countContacts sets the contact counts of a subgraph from the dataset's
// contact records, when it kept them.
func (n *Network) countContacts() {
	n.contactStats = ContactStats{First: NoDate, Last: NoDate}
	d := n.Data
	if d == nil || len(d.Contacts) == 0 {
		return
	}
	in := make([]bool, len(d.Units))
	for i := range d.Units {
		_, in[i] = n.keys[d.Units[i].Key]
	}
	s, win := &n.contactStats, n.Options.Window
	keep := n.Options.Relation.Keeps(d)
	for i := range d.Contacts {
		c := &d.Contacts[i]
		if in[c.From] && in[c.To] && win.Contains(c.Date) && keep(c.Kind, c.Formal) {
			s.count(c)
		}
	}
}

// Scope returns the subgraph of the units of one municipality.
func (n *Network) Scope(municipality string) *Network {
	f := Filter{Scope: municipality}
	return n.Induced(f.Match)
}

// Unscoped returns the network built again from its dataset without the
// scope filter, or n itself when it has no scope or no records: a
// municipality's gaps are judged with the state and regional units around
// it, which the scope filter leaves out.
func (n *Network) Unscoped() (*Network, error) {
	if n.Options.Filter.Scope == "" || n.Data == nil {
		return n, nil
	}
	o := n.Options
	o.Filter.Scope = ""
	return Build(n.Data, o)
}
