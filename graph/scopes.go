package graph

import (
	"strings"
	"sync"
)

// Scopes returns n.Scope(name) for each of names, the same networks, in
// one pass over n's ties rather than one per municipality: comparing the
// hundreds of municipalities of a national network would otherwise go
// through its million ties hundreds of times.
func (n *Network) Scopes(names []string) []*Network {
	// Each name stands for the first name equal to it but for case, as
	// Scope matches; subs are made for those.
	first := make([]int, len(names))
	for i := range names {
		first[i] = i
		for j := range i {
			if strings.EqualFold(names[i], names[j]) {
				first[i] = first[j]
				break
			}
		}
	}
	subs := make([]*Network, len(names))
	for i := range names {
		if first[i] == i {
			subs[i] = &Network{Data: n.Data, Options: n.Options}
		}
	}
	// The sub of each unit (-1 for none), found once per municipality
	// spelling, and the unit's node ID there.
	group := make([]int32, len(n.units))
	remap := make([]int32, len(n.units))
	byName := map[string]int32{}
	for i, u := range n.units {
		g, ok := byName[u.Municipality]
		if !ok {
			g = -1
			if u.Municipality != "" {
				for j := range names {
					if first[j] == j && strings.EqualFold(u.Municipality, names[j]) {
						g = int32(j)
						break
					}
				}
			}
			byName[u.Municipality] = g
		}
		group[i], remap[i] = g, -1
		if g >= 0 {
			s := subs[g]
			remap[i] = int32(len(s.units))
			s.units = append(s.units, u)
		}
	}
	for _, t := range n.ties {
		g := group[t.A]
		if g >= 0 && group[t.B] == g {
			t.A, t.B = remap[t.A], remap[t.B]
			subs[g].ties = append(subs[g].ties, t)
		}
	}
	for _, c := range n.arcs {
		g := group[c.From]
		if g >= 0 && group[c.To] == g {
			c.From, c.To = remap[c.From], remap[c.To]
			subs[g].arcs = append(subs[g].arcs, c)
		}
	}
	for i, s := range subs {
		if s == nil {
			continue
		}
		if n.survey != nil {
			own := make([]int32, len(remap))
			for k := range own {
				own[k] = -1
				if group[k] == int32(i) {
					own[k] = remap[k]
				}
			}
			s.survey = inducedSurvey(n.survey, own, len(s.units))
		}
		s.index()
		s.statsOnce = new(sync.Once)
	}
	for i := range subs {
		subs[i] = subs[first[i]]
		if names[i] == "" {
			subs[i] = n.Scope("") // no scope: every unit
		}
	}
	return subs
}
