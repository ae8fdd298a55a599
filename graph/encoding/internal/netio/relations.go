package netio

import "github.com/samkart/samkart/graph"

// Relation is the network of one kind of contact, for the formats that
// write each relation of a multiplex network as its own (Pajek's
// *Edges :k, UCINET DL's matrices).
type Relation struct {
	Kind string // the kind's key; "" for contacts without a kind
	Net  *graph.Network
}

// Relations returns the network of each kind of contact and meeting of
// n that has ties, built as n was (window, units, projection), when n's
// records have more than one kind; nil otherwise, or when n's records
// are not at hand (a network read without its contacts, or a subgraph).
// Each relation's network has n's units with n's node IDs.
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
	var rels []Relation
	for _, k := range kinds {
		opt := n.Options
		opt.Relation.Kinds = []string{k}
		m, err := graph.Build(d, opt)
		if err != nil {
			return nil, err
		}
		if m.Len() != n.Len() {
			return nil, nil // n is not the network of d it seems to be
		}
		if len(m.Ties()) > 0 {
			rels = append(rels, Relation{Kind: k, Net: m})
		}
	}
	if len(rels) < 2 {
		return nil, nil
	}
	return rels, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
