package graph

import "sort"

// Quotient returns the network of the groups of n's units, for drawing or
// measuring a large network at a coarser grain (one node per agency per
// municipality, or per municipality).
//
// group names the group of each unit by a Unit: its Key identifies the
// group, and the group's other fields (Name, Agency, Level, Municipality,
// Region) are those returned for the group's first unit in node order.
// ok false leaves the unit out, with its ties.
//
// The ties between units of two different groups are summed into one tie
// between the groups: weights, contact, meeting, multi-party, formal and
// informal counts add up, and First and Last span theirs. Initiative arcs
// are summed the same way. Ties within a group are dropped. The groups get
// dense node IDs in the order of their keys, as in Build, and their
// Dataset holds the group units and n's municipalities but no records.
//
// of[i] is the group node ID of n's node i, or −1 when it was left out.
func (n *Network) Quotient(group func(u *Unit) (g Unit, ok bool)) (q *Network, of []int32) {
	ds, of := n.groups(group)
	q = &Network{Data: ds, Options: n.Options}
	q.units = make([]*Unit, len(ds.Units))
	for i := range ds.Units {
		q.units[i] = &ds.Units[i]
	}
	q.ties = quotientTies(n.ties, of)
	q.arcs = quotientArcs(n.arcs, of)
	q.index()
	return q, of
}

// groups returns the dataset of the groups of n's units, numbered in the
// order of their keys, and the group of each unit (−1 when left out).
func (n *Network) groups(group func(u *Unit) (g Unit, ok bool)) (*Dataset, []int32) {
	of := make([]int32, len(n.units))
	byKey := make(map[string]int32)
	var groups []Unit
	for i, u := range n.units {
		g, ok := group(u)
		if !ok {
			of[i] = -1
			continue
		}
		k, seen := byKey[g.Key]
		if !seen {
			k = int32(len(groups))
			byKey[g.Key] = k
			groups = append(groups, g)
		}
		of[i] = k
	}
	// Renumber the groups in key order.
	order := make([]int32, len(groups))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return groups[order[i]].Key < groups[order[j]].Key })
	rank := make([]int32, len(groups))
	ds := &Dataset{Kinds: []string{""}}
	if n.Data != nil {
		ds.Name = n.Data.Name
		ds.Kinds = n.Data.Kinds
		ds.Municipalities = n.Data.Municipalities
	}
	for id, g := range order {
		rank[g] = int32(id)
		ds.AddUnit(groups[g])
	}
	for i := range of {
		if of[i] >= 0 {
			of[i] = rank[of[i]]
		}
	}
	return ds, of
}

// quotientTies sums the ties between units of two different groups into
// one tie between the groups, sorted by (A, B).
func quotientTies(ties []Tie, of []int32) []Tie {
	var sum []Tie
	tieAt := make(map[uint64]int32)
	for _, t := range ties {
		a, b := of[t.A], of[t.B]
		if a < 0 || b < 0 || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		k := uint64(a)<<32 | uint64(b)
		i, ok := tieAt[k]
		if !ok {
			i = int32(len(sum))
			tieAt[k] = i
			sum = append(sum, Tie{A: a, B: b, First: NoDate, Last: NoDate})
		}
		s := &sum[i]
		s.Weight += t.Weight
		s.Contacts += t.Contacts
		s.Meetings += t.Meetings
		s.MultiParty += t.MultiParty
		s.Formal += t.Formal
		s.Informal += t.Informal
		s.see(t.First)
		s.see(t.Last)
	}
	sort.Slice(sum, func(i, j int) bool {
		if sum[i].A != sum[j].A {
			return sum[i].A < sum[j].A
		}
		return sum[i].B < sum[j].B
	})
	return sum
}

// quotientArcs sums the initiative arcs between units of two different
// groups into one arc between the groups, sorted by (From, To).
func quotientArcs(arcs []Arc, of []int32) []Arc {
	var sum []Arc
	arcAt := make(map[uint64]int32)
	for _, c := range arcs {
		a, b := of[c.From], of[c.To]
		if a < 0 || b < 0 || a == b {
			continue
		}
		k := uint64(a)<<32 | uint64(b)
		i, ok := arcAt[k]
		if !ok {
			i = int32(len(sum))
			arcAt[k] = i
			sum = append(sum, Arc{From: a, To: b})
		}
		sum[i].Contacts += c.Contacts
		sum[i].Weight += c.Weight
	}
	sort.Slice(sum, func(i, j int) bool {
		if sum[i].From != sum[j].From {
			return sum[i].From < sum[j].From
		}
		return sum[i].To < sum[j].To
	})
	return sum
}
