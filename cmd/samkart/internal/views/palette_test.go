package views

import (
	"testing"

	"github.com/samkart/samkart/graph"
)

func TestPalette(t *testing.T) {
	ds := graph.NewDataset("p")
	for _, a := range []string{"nav", "zeta", "alpha", "helse", "", "husbanken"} {
		ds.AddUnit(graph.Unit{Key: "u-" + a, Agency: a})
	}
	p := newPalette(ds)
	// Known agencies have their fixed colours; others take the first free
	// colours in key order; units without an agency are grey.
	for _, tc := range []struct{ agency, want string }{
		{"nav", "#D55E00"}, {"helse", "#009E73"}, {"husbanken", "#0072B2"},
		{"alpha", "#E69F00"}, {"zeta", "#56B4E9"}, {"", noAgencyColor}, {"unseen", noAgencyColor},
	} {
		if got := p.fill(tc.agency); got != tc.want {
			t.Errorf("fill(%q) = %s; want %s", tc.agency, got, tc.want)
		}
	}
	want := []string{"nav", "helse", "husbanken", "alpha", "zeta", ""}
	if len(p.order) != len(want) {
		t.Fatalf("order %q; want %q", p.order, want)
	}
	for i := range want {
		if p.order[i] != want[i] || p.position(want[i]) != i {
			t.Errorf("order %q; want %q", p.order, want)
		}
	}
	// The colours come from the whole dataset, so a scope does not change them.
	n, err := graph.Build(ds, graph.BuildOptions{Filter: graph.Filter{Agencies: []string{"zeta"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := AgencyColors(n.Data)["zeta"]; got != "#56B4E9" {
		t.Errorf("zeta in a filtered network: %s", got)
	}
	// Known colours are distinct.
	seen := map[string]string{}
	for _, k := range knownAgencies {
		if o, dup := seen[k.color]; dup {
			t.Errorf("%s and %s share %s", o, k.key, k.color)
		}
		seen[k.color] = k.key
	}
}

func TestInkOn(t *testing.T) {
	for _, tc := range []struct{ fill, want string }{
		{"#D55E00", "#000000"}, {"#0072B2", "#FFFFFF"}, {"#332288", "#FFFFFF"}, {"#F0E442", "#000000"}, {"#FFFFFF", "#000000"},
	} {
		if got := inkOn(tc.fill); got != tc.want {
			t.Errorf("inkOn(%s) = %s; want %s", tc.fill, got, tc.want)
		}
	}
	if got := lighten("#000000", 0.5); got != "#808080" {
		t.Errorf("lighten = %s", got)
	}
}

func TestLevelShapes(t *testing.T) {
	seen := map[string]bool{}
	for l := graph.Level(0); l <= 7; l++ {
		s := levelShape(l)
		if seen[s] {
			t.Errorf("level %d shares shape %s", l, s)
		}
		seen[s] = true
	}
}
