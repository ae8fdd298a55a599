package views

import (
	"bytes"
	"context"
	"encoding/xml"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/samkart/samkart/examples"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics/compare"
)

// compareRegion returns the region example's network and comparison.
func compareRegion(t *testing.T) (*graph.Network, *compare.Comparison) {
	t.Helper()
	ds, err := importers.Source{FS: examples.FS, Dir: "region"}.Load()
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n, compare.Municipalities(n, compare.Options{})
}

// TestCompareMeasuresDOT pins the dot charts' DOT, which samkart places
// itself (no Graphviz layout goes into it).
func TestCompareMeasuresDOT(t *testing.T) {
	_, c := compareRegion(t)
	for _, l := range []graph.Lang{graph.NB, graph.EN} {
		src, err := compareMeasures(c, l, cmpMeasureGroups(c)[0]).marshal("compare-measures")
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "compare-measures-region-"+string(l)+".dot", src)
	}
}

func TestCompareDiagrams(t *testing.T) {
	n, c := compareRegion(t)
	ds, err := CompareDiagrams(context.Background(), n, c, CompareStyle{Lang: graph.NB, Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	// Six municipalities: the dot charts on two landscape pages.
	if len(ds) != 3 || ds[0].Name != "compare-networks" || ds[1].Name != "compare-measures-1" || ds[2].Name != "compare-measures-2" {
		names := []string{}
		for _, d := range ds {
			names = append(names, d.Name)
		}
		t.Fatalf("diagrams %v", names)
	}
	for _, d := range ds {
		checkSVG(t, d.Name, d.SVG)
		img, err := png.Decode(bytes.NewReader(d.PNG))
		if err != nil {
			t.Fatalf("%s PNG: %v", d.Name, err)
		}
		if b := img.Bounds(); b.Dx() < 400 || b.Dy() < 300 {
			t.Errorf("%s PNG is %v", d.Name, b)
		}
	}
	for _, m := range c.Municipalities {
		for _, d := range ds {
			if !bytes.Contains(d.SVG, []byte(m.Name)) {
				t.Errorf("%s has no %s", d.Name, m.Name)
			}
		}
	}
	for _, want := range []string{"helse og omsorg", "NAV", "regionens median", "tetthet"} {
		if !bytes.Contains(ds[0].SVG, []byte(want)) && !bytes.Contains(ds[1].SVG, []byte(want)) {
			t.Errorf("no %q in the compare view", want)
		}
	}
	// Every tie of every municipality is drawn, and every unit.
	units, ties := 0, 0
	for _, m := range c.Municipalities {
		sub := n.Scope(m.Name)
		units += sub.Len()
		ties += len(sub.Ties())
	}
	if got := bytes.Count(ds[0].DOT, []byte(" -- ")); got != ties {
		t.Errorf("%d edges in the small networks, want the %d ties", got, ties)
	}
	if got := bytes.Count(ds[0].DOT, []byte("shape=circle")); got < units {
		t.Errorf("%d dots, want at least %d units", got, units)
	}

	again, err := CompareDiagrams(context.Background(), n, c, CompareStyle{Lang: graph.NB, Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	for i := range ds {
		if !bytes.Equal(ds[i].DOT, again[i].DOT) || !bytes.Equal(ds[i].SVG, again[i].SVG) || !bytes.Equal(ds[i].PNG, again[i].PNG) {
			t.Errorf("%s: two renders differ", ds[i].Name)
		}
	}
}

// checkSVG fails unless svg is well-formed XML.
func checkSVG(t *testing.T, name string, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s: SVG not well-formed: %v", name, err)
		}
	}
}

// TestCompareEscape draws municipalities and units with names that are
// markup in DOT, HTML-like labels and SVG.
func TestCompareEscape(t *testing.T) {
	const bad = `<b>"Vik" & 'Sund'</b>`
	ds := graph.NewDataset("escape")
	for _, u := range []graph.Unit{
		{Key: "a1", Name: bad, Agency: "nav", Level: 4, Municipality: bad},
		{Key: "a2", Name: "Bolig", Agency: "bolig", Level: 4, Municipality: bad},
		{Key: "b1", Name: "NAV", Agency: "nav", Level: 4, Municipality: "Sund"},
		{Key: "b2", Name: `back\slash"`, Agency: "bolig", Level: 4, Municipality: "Sund"},
	} {
		ds.AddUnit(u)
	}
	ds.Contacts = []graph.Contact{{From: 0, To: 1, Weight: 1}, {From: 2, To: 3, Weight: 1}}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := compare.Municipalities(n, compare.Options{})
	var svg bytes.Buffer
	if err := DrawCompare(context.Background(), n, c, CompareStyle{}, draw.FormatSVG, &svg); err != nil {
		t.Fatal(err)
	}
	checkSVG(t, "escape", svg.Bytes())
	if strings.Contains(svg.String(), "<b>") {
		t.Error("a name's markup reached the SVG as markup")
	}
	if !strings.Contains(svg.String(), "&lt;b&gt;") {
		t.Error("the name is not in the SVG as text")
	}
}

// TestCompareMeasureGroups checks that many municipalities split the dot
// charts into pictures of whole rows of panels that each fit a page.
func TestCompareMeasureGroups(t *testing.T) {
	c := &compare.Comparison{Measures: compare.Measures}
	for i := 0; i < 50; i++ {
		c.Municipalities = append(c.Municipalities, compare.Row{Name: strconv.Itoa(i), Region: strconv.Itoa(i / 9)})
	}
	groups := cmpMeasureGroups(c)
	if len(groups) < 2 {
		t.Fatalf("50 municipalities: %d picture(s) of dot charts, want several", len(groups))
	}
	seen := 0
	for _, g := range groups {
		if len(g)%cmpPanelCols != 0 && seen+len(g) != len(c.Measures) {
			t.Errorf("a picture of %d panels: not whole rows", len(g))
		}
		for _, k := range g {
			if k != seen {
				t.Errorf("measure %d where %d was due", k, seen)
			}
			seen++
		}
	}
	if seen != len(c.Measures) {
		t.Errorf("%d measures drawn, want %d", seen, len(c.Measures))
	}
	c.Municipalities = c.Municipalities[:6]
	if g := cmpMeasureGroups(c); len(g) != 2 {
		t.Errorf("6 municipalities: %d pictures, want 2 (two rows of panels on each landscape page)", len(g))
	}
	c.Municipalities = c.Municipalities[:2]
	if g := cmpMeasureGroups(c); len(g) != 1 {
		t.Errorf("2 municipalities: %d pictures, want 1", len(g))
	}
}

func TestCompareEmpty(t *testing.T) {
	ds := graph.NewDataset("empty")
	ds.Municipalities = []graph.Municipality{{Name: "Tom"}, {Name: "Tomt"}}
	n, _ := graph.Build(ds, graph.BuildOptions{})
	c := compare.Municipalities(n, compare.Options{})
	var b bytes.Buffer
	if err := DrawCompare(context.Background(), n, c, CompareStyle{}, draw.FormatSVG, &b); err != nil {
		t.Fatal(err)
	}
	checkSVG(t, "empty", b.Bytes())
	if !strings.Contains(b.String(), "no units") {
		t.Error("an empty municipality is not said to have no units")
	}
}

// TestCompareScales: each panel reads on the measure's fixed scale, not
// the data's range: density 0.15 to 0.47 still on 0..1, E-I on −1..+1,
// counts from 0 to a round number; and the dots are coloured by better
// or worse than the median (Myrstad's 13 horizontal gaps worse).
func TestCompareScales(t *testing.T) {
	_, c := compareRegion(t)
	for _, tc := range []struct {
		key    string
		lo, hi float64
	}{
		{"density", 0, 1}, {"fragmentation", 0, 1}, {"ei_agency", -1, 1}, {"ei_level", -1, 1},
		{"informal_share", 0, 1}, {"gaps_horizontal", 0, 20}, {"gaps_vertical", 0, 2}, {"units", 0, 20}, {"ties", 0, 100},
	} {
		lo, hi := cmpScale(c, c.Measure(tc.key))
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("%s: scale %v..%v, want %v..%v", tc.key, lo, hi, tc.lo, tc.hi)
		}
	}
	k := c.Measure("gaps_horizontal")
	p := compareMeasures(c, graph.NB, []int{k})
	found := false
	for _, nd := range p.nodes {
		if tip := nd.Attrs.Get("tooltip"); strings.Contains(tip, "Myrstad") {
			found = true
			if fill := nd.Attrs.Get("fillcolor"); fill != cmpWorse {
				t.Errorf("Myrstad's gaps drawn %s, want %s (worse than the median)", fill, cmpWorse)
			}
		}
	}
	if !found {
		t.Error("no dot for Myrstad")
	}
}

// TestCompareTooLarge checks that the compare view of more units than the
// small networks draw is still drawn: the measures, with the reason in
// words where the networks would be.
func TestCompareTooLarge(t *testing.T) {
	n, c := compareRegion(t)
	defer func(m int) { cmpMaxNodes = m }(cmpMaxNodes)
	cmpMaxNodes = 3
	tl := CompareTooLarge(n, c)
	if tl == nil || tl.Units <= 3 || tl.Max != 3 {
		t.Fatalf("CompareTooLarge = %+v", tl)
	}
	for _, l := range []graph.Lang{graph.NB, graph.EN} {
		var b bytes.Buffer
		if err := DrawCompare(context.Background(), n, c, CompareStyle{Lang: l, Renderer: isolated}, draw.FormatSVG, &b); err != nil {
			t.Fatal(err)
		}
		want := map[graph.Lang]string{graph.NB: "for store til å tegnes side om side", graph.EN: "too large to draw side by side"}[l]
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s: the picture does not say %q", l, want)
		}
		if !strings.Contains(b.String(), "<circle") {
			t.Errorf("%s: no measures drawn", l)
		}
	}
	cmpMaxNodes = 1 << 30
	if tl := CompareTooLarge(n, c); tl != nil {
		t.Errorf("CompareTooLarge = %+v under the limit", tl)
	}
}

// TestStressLayout checks the small networks' own layout: the same
// positions every time, finite, and ties on average shorter than the
// distances between units without a tie.
func TestStressLayout(t *testing.T) {
	n, c := compareRegion(t)
	for _, m := range c.Municipalities {
		sub := n.Scope(m.Name)
		pos, again := stressLayout(sub), stressLayout(sub)
		if len(pos) != sub.Len() {
			t.Fatalf("%s: %d positions for %d units", m.Name, len(pos), sub.Len())
		}
		for i := range pos {
			if pos[i] != again[i] || math.IsNaN(pos[i][0]) || math.IsInf(pos[i][0], 0) || math.IsNaN(pos[i][1]) || math.IsInf(pos[i][1], 0) {
				t.Fatalf("%s: unit %d at %v, then %v", m.Name, i, pos[i], again[i])
			}
		}
		tied := map[[2]int32]bool{}
		var inTie, all float64
		for _, tie := range sub.Ties() {
			tied[[2]int32{tie.A, tie.B}] = true
			inTie += math.Hypot(pos[tie.A][0]-pos[tie.B][0], pos[tie.A][1]-pos[tie.B][1])
		}
		pairs := 0
		for a := range pos {
			for b := a + 1; b < len(pos); b++ {
				if !tied[[2]int32{int32(a), int32(b)}] {
					all += math.Hypot(pos[a][0]-pos[b][0], pos[a][1]-pos[b][1])
					pairs++
				}
			}
		}
		if len(sub.Ties()) > 0 && pairs > 0 && inTie/float64(len(sub.Ties())) >= all/float64(pairs) {
			t.Errorf("%s: ties %.1f pt long on average, other pairs %.1f pt apart", m.Name, inTie/float64(len(sub.Ties())), all/float64(pairs))
		}
	}
}
