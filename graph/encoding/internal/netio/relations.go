package netio

import "github.com/samkart/samkart/graph"

// Relation is the network of one kind of contact, for the formats that
// write each relation of a multiplex network as its own (Pajek's
// *Edges :k, UCINET DL's matrices).
type Relation struct {
	Kind string // the kind's key; "" for contacts without a kind
	of   *graph.Network
}

// Network builds the relation's network, built as the network it is a
// relation of was (window, units, projection), with its units and node
// IDs. Encoders build one relation at a time and drop it once written,
// so that a network of many kinds is not held once per kind.
func (r Relation) Network() (*graph.Network, error) {
	opt := r.of.Options
	opt.Relation.Kinds = []string{r.Kind}
	return graph.Build(r.of.Data, opt)
}

// Relations returns the relations of n, one for each kind of contact and
// meeting that gives n a tie, when there are more than one; nil
// otherwise, or when n's records are not at hand (a network read without
// its contacts, or a subgraph). It finds them by a pass over the records,
// without building their networks.
func Relations(n *graph.Network) ([]Relation, error) {
	d := n.Data
	if d == nil || len(d.Contacts)+len(d.Meetings) == 0 {
		return nil, nil
	}
	keep := n.Options.Relation.Kinds
	var kinds []string
	for _, k := range d.KindsUsed() {
		if len(keep) == 0 || contains(keep, k) {
			kinds = append(kinds, k)
		}
	}
	if len(kinds) < 2 {
		return nil, nil
	}
	// A relation has n's units when n has the units its filter keeps.
	in := make([]bool, len(d.Units))
	units := 0
	for i := range d.Units {
		if f := n.Options.Filter; f.IsZero() || f.Match(&d.Units[i]) {
			in[i] = true
			units++
		}
	}
	if units != n.Len() {
		return nil, nil // n is not the network of d it seems to be
	}
	tied := kindsTied(d, n.Options, in)
	var rels []Relation
	for _, k := range kinds {
		for i, name := range d.Kinds {
			if name == k && i < len(tied) && tied[i] {
				rels = append(rels, Relation{Kind: k, of: n})
				break
			}
		}
	}
	if len(rels) < 2 {
		return nil, nil
	}
	return rels, nil
}

// kindsTied reports for each Kind whether its records make a tie between
// two units in the network of d built with opt, by the rules of
// graph.Build: a contact of weight other than 0 between two units, a
// meeting of at least two of them.
func kindsTied(d *graph.Dataset, opt graph.BuildOptions, in []bool) []bool {
	var tied [256]bool
	win := opt.Window
	formal := graph.Relation{Formal: opt.Relation.Formal}.Keeps(d)
	has := func(u int32) bool { return u >= 0 && int(u) < len(in) && in[u] }
	for i := range d.Contacts {
		c := &d.Contacts[i]
		if tied[c.Kind] || c.Weight == 0 || c.From == c.To || !has(c.From) || !has(c.To) ||
			!win.Contains(c.Date) || !formal(c.Kind, c.Formal) {
			continue
		}
		tied[c.Kind] = true
	}
	for i := range d.Meetings {
		m := &d.Meetings[i]
		if tied[m.Kind] || len(m.Units) < 2 || !win.Contains(m.Date) || !formal(m.Kind, m.Formal) {
			continue
		}
		first := int32(-1)
		for _, u := range m.Units {
			if !has(u) {
				continue
			}
			if first < 0 {
				first = u
			} else if u != first {
				tied[m.Kind] = true
				break
			}
		}
	}
	return tied[:]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
