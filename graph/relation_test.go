package graph

import (
	"fmt"
	"strings"
	"testing"
)

// tieList returns n's ties as KEY-KEY:WEIGHT.
func tieList(n *Network) string {
	var s []string
	for _, t := range n.Ties() {
		s = append(s, fmt.Sprintf("%s-%s:%v", n.Unit(int64(t.A)).Key, n.Unit(int64(t.B)).Key, t.Weight))
	}
	return strings.Join(s, " ")
}

func TestRelation(t *testing.T) {
	for _, tc := range []struct {
		name     string
		rel      Relation
		ties     string
		contacts int
	}{
		{"all", Relation{}, "BOL-NAV:4 BOL-RADM:0.5 HB-RADM:1 NAV-RADM:0.5", 5},
		{"phone", Relation{Kinds: []string{"phone"}}, "BOL-NAV:1.5 HB-RADM:1", 2},
		{"meetings", Relation{Kinds: []string{"meeting"}}, "BOL-NAV:2", 1},
		{"no kind", Relation{Kinds: []string{""}}, "BOL-NAV:0.5 BOL-RADM:0.5 NAV-RADM:0.5", 2}, // the self-contact and the zero weight count
		{"formal", Relation{Formal: Yes}, "BOL-NAV:2.5 BOL-RADM:0.5 NAV-RADM:0.5", 1},
		{"informal", Relation{Formal: No}, "BOL-NAV:1.5 HB-RADM:1", 4},
		{"informal phone", Relation{Kinds: []string{"phone"}, Formal: No}, "BOL-NAV:1.5 HB-RADM:1", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := testDataset()
			n, err := Build(d, BuildOptions{Relation: tc.rel})
			if err != nil {
				t.Fatal(err)
			}
			if got := tieList(n); got != tc.ties {
				t.Errorf("ties %s, want %s", got, tc.ties)
			}
			if got := n.ContactStats().Contacts; got != tc.contacts {
				t.Errorf("%d contacts, want %d", got, tc.contacts)
			}
			// The selected dataset builds the same network without the
			// option, and a subgraph counts the same contacts.
			sel := d.Select(tc.rel)
			m, err := Build(sel, BuildOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := tieList(m); got != tc.ties {
				t.Errorf("Select: ties %s, want %s", got, tc.ties)
			}
			sub := n.Induced(func(*Unit) bool { return true })
			if got := sub.ContactStats().Contacts; got != tc.contacts {
				t.Errorf("subgraph: %d contacts, want %d", got, tc.contacts)
			}
		})
	}
	if got := strings.Join(testDataset().KindsUsed(), ","); got != ",meeting,phone" {
		t.Errorf("KindsUsed %q", got)
	}
}
