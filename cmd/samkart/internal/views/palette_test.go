package views

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
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

// TestColourBlindPalette: agencies stay apart for the common forms of
// colour blindness, measured as the least CIELAB distance between two
// colours under simulated protanopia, deuteranopia and tritanopia.
func TestColourBlindPalette(t *testing.T) {
	// The simulation and distance themselves.
	if d := cvdDistance("#000000", "#FFFFFF"); d < 99.9 || d > 100.1 {
		t.Errorf("black–white distance %.2f; want 100", d)
	}
	if d := cvdDistance("#E69F00", "#E69F00"); d != 0 {
		t.Errorf("a colour's distance to itself %.2f", d)
	}
	// Red and green: far apart to normal vision, close without red or
	// green cones.
	red, green := parseHex("#D55E00"), parseHex("#5E8C00")
	normal := dist(red.simulate(cvdMatrices[0]).lab(), green.simulate(cvdMatrices[0]).lab())
	deut := dist(red.simulate(cvdMatrices[2]).lab(), green.simulate(cvdMatrices[2]).lab())
	if normal < 40 || deut > 15 {
		t.Errorf("red–green %.1f to normal vision, %.1f with deuteranopia", normal, deut)
	}

	colour := map[string]string{}
	for _, k := range knownAgencies {
		colour[k.key] = k.color
	}
	for _, tc := range []struct {
		agencies []string
		least    float64
	}{
		// A municipal housing dataset's agencies.
		{[]string{"ledelse", "nav", "bolig", "eiendom", "helse", "rus", "flyktning", "husbanken", "imdi", "bruker"}, 16},
		// Every agency samkart knows.
		{func() []string {
			var all []string
			for _, k := range knownAgencies {
				all = append(all, k.key)
			}
			return all
		}(), 11},
	} {
		for i, a := range tc.agencies {
			for _, b := range tc.agencies[i+1:] {
				if d := cvdDistance(colour[a], colour[b]); d < tc.least {
					t.Errorf("%s %s and %s %s are %.1f apart for colour-blind eyes; want %.0f", a, colour[a], b, colour[b], d, tc.least)
				}
			}
		}
	}
	// Agencies samkart does not know get colours apart from those in use.
	p := paletteOf(map[string]bool{"nav": true, "helse": true, "bolig": true, "ledelse": true, "x-team": true, "y-team": true})
	for _, a := range []string{"x-team", "y-team"} {
		for _, b := range []string{"nav", "helse", "bolig", "ledelse", "x-team", "y-team"} {
			if a != b && cvdDistance(p.fill(a), p.fill(b)) < cvdApart {
				t.Errorf("%s %s is too near %s %s", a, p.fill(a), b, p.fill(b))
			}
		}
	}
}

func dist(a, b [3]float64) float64 {
	s := 0.0
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

// TestAgencySynonyms: the names municipalities give their leadership and
// services are their agency, with its colour.
func TestAgencySynonyms(t *testing.T) {
	for _, tc := range []struct{ name, agency string }{
		{"Rådmannens ledergruppe", "ledelse"}, {"Kommunalsjef", "ledelse"}, {"kommunalsjef helse og omsorg", "ledelse"},
		{"Kommunedirektørens stab", "ledelse"}, {"Helse og mestring", "helse"}, {"Helse- og omsorgstjenesten", "helse"},
		{"Psykisk helse og rus", "rus"}, {"Integreringstjenesten", "flyktning"},
		{"Integrerings- og mangfoldsdirektoratet", "imdi"}, {"NAV Storåsen", "nav"},
	} {
		if got := graph.NormalizeAgency(tc.name); got != tc.agency {
			t.Errorf("%q is agency %q; want %q", tc.name, got, tc.agency)
		}
	}
	ds := graph.NewDataset("s")
	ds.AddUnit(graph.Unit{Key: "a", Agency: graph.NormalizeAgency("Rådmannens ledergruppe")})
	ds.AddUnit(graph.Unit{Key: "b", Agency: graph.NormalizeAgency("Helse og mestring")})
	c := AgencyColors(ds)
	if c["ledelse"] != "#882255" || c["helse"] != "#009E73" {
		t.Errorf("colours %v", c)
	}
}

// TestSameColours: an agency has the same colour in the graph views and
// the heat map.
func TestSameColours(t *testing.T) {
	n, err := kommune()
	if err != nil {
		t.Fatal(err)
	}
	dot, err := Diagram(n, ViewNetwork, Style{})
	if err != nil {
		t.Fatal(err)
	}
	var heat bytes.Buffer
	if err := Draw(context.Background(), n, ViewAgencies, Style{}, draw.FormatSVG, &heat); err != nil {
		t.Fatal(err)
	}
	for agency, c := range AgencyColors(n.Data) {
		if agency == "" {
			continue
		}
		if !strings.Contains(string(dot), "fillcolor=\""+c+"\"") && !strings.Contains(string(dot), "fillcolor="+c) {
			t.Errorf("%s's colour %s is not in the network view", agency, c)
		}
		if !strings.Contains(heat.String(), `fill="`+c+`"`) {
			t.Errorf("%s's colour %s is not in the heat map", agency, c)
		}
	}
}
