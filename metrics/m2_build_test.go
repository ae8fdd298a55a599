package metrics

import (
	"testing"

	"github.com/samkart/samkart/graph"
)

// unitM2 describes a unit of a hand-built test network.
type unitM2 struct {
	key, agency  string
	level        int
	municipality string
}

// arcM2 is a contact from → to of the given weight (0 means 1).
type arcM2 struct {
	from, to string
	w        float64
}

// netM2 builds a network from units and contacts written as literals.
func netM2(t testing.TB, units []unitM2, arcs []arcM2) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("test")
	for _, u := range units {
		if _, ok := ds.AddUnit(graph.Unit{Key: u.key, Name: u.key, Agency: u.agency, AgencyLabel: u.agency,
			Level: graph.Level(u.level), Municipality: u.municipality}); !ok {
			t.Fatalf("duplicate unit %s", u.key)
		}
	}
	for _, a := range arcs {
		from, ok1 := ds.Lookup(a.from)
		to, ok2 := ds.Lookup(a.to)
		if !ok1 || !ok2 {
			t.Fatalf("arc %s→%s: unknown unit", a.from, a.to)
		}
		w := a.w
		if w == 0 {
			w = 1
		}
		ds.Contacts = append(ds.Contacts, graph.Contact{From: from, To: to, Weight: w, Date: graph.NoDate})
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// plainM2 returns units u0..u(k−1) without attributes, for structural tests.
func plainM2(k int) []unitM2 {
	us := make([]unitM2, k)
	for i := range us {
		us[i] = unitM2{key: "u" + string(rune('a'+i/26)) + string(rune('a'+i%26))}
	}
	return us
}

// edgesM2 turns index pairs over plainM2 units into contacts.
func edgesM2(pairs ...[2]int) []arcM2 {
	us := plainM2(1000)
	arcs := make([]arcM2, len(pairs))
	for i, p := range pairs {
		arcs[i] = arcM2{from: us[p[0]].key, to: us[p[1]].key}
	}
	return arcs
}
