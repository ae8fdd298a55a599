package views

import (
	"bytes"
	"context"
	"encoding"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/graph/graphtest"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics/gaps"
)

// TestMain runs the binary as a layout child when asked to, and the tests
// otherwise.
func TestMain(m *testing.M) {
	if draw.IsChild(os.Args) {
		os.Exit(draw.ServeChild(context.Background(), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// isolated runs fdp layouts in a child process, this test binary run
// again, as samkart runs them: the views' pictures come out the same
// whatever was laid out before them.
var isolated = draw.ChildRenderer()

// kommune loads examples/kommune once for all tests.
var kommune = sync.OnceValues(func() (*graph.Network, error) {
	ds, err := importers.Load("../../../../examples/kommune")
	if err != nil {
		return nil, err
	}
	return graph.Build(ds, graph.BuildOptions{})
})

func kommuneNet(t testing.TB) *graph.Network {
	t.Helper()
	n, err := kommune()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// checkGolden compares got with the golden file testdata/name.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	graphtest.Golden(t, filepath.Join("testdata", name), got)
}

// goldenViews are the DOT golden files: every graph view of
// examples/kommune, and the network and levels views in bokmål.
var goldenViews = []struct {
	name string
	view View
	s    Style
}{
	{"view_network.dot", ViewNetwork, Style{Lang: graph.EN}},
	{"view_network_nb.dot", ViewNetwork, Style{Lang: graph.NB, Size: SizeStrength}},
	{"view_levels.dot", ViewLevels, Style{Lang: graph.EN}},
	{"view_levels_nb.dot", ViewLevels, Style{Lang: graph.NB}},
	{"view_gaps.dot", ViewGaps, Style{Lang: graph.EN}},
	{"view_ego.dot", ViewEgo, Style{Lang: graph.EN, Unit: "FJV-NAV", Size: SizeDegree}},
	{"view_ego2_nb.dot", ViewEgo, Style{Lang: graph.NB, Unit: "FJV-FLY", Radius: 2}},
	{"view_network_agency.dot", ViewNetwork, Style{Lang: graph.EN, Aggregate: AggregateAgency}},
}

func TestDiagramGolden(t *testing.T) {
	n := kommuneNet(t)
	for _, tc := range goldenViews {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Diagram(n, tc.view, tc.s)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.name, got)
			again, err := Diagram(n, tc.view, tc.s)
			if err != nil || !bytes.Equal(got, again) {
				t.Errorf("a second Diagram gave different bytes (err %v)", err)
			}
		})
	}
}

// TestDiagramContent checks what the DOT says, independently of the
// golden files.
func TestDiagramContent(t *testing.T) {
	n := kommuneNet(t)
	for _, tc := range []struct {
		view View
		s    Style
		want []string
		not  []string
	}{
		{ViewNetwork, Style{}, []string{
			"strict graph network {", "layout=fdp", `label="Fjordvik"`, `"FJV-NAV" [`,
			`fillcolor="#D55E00"`, // NAV's fixed colour
			"shape=hexagon",       // leadership
			"style=dashed",        // an informal tie
			"Collaboration network – Fjordvik", "NAV (labour and welfare)", "municipal leadership (3)",
			`tooltip="NAV Fjordvik (FJV-NAV)\nagency: NAV (labour and welfare)\nlevel: unit (4)\nmunicipality: Fjordvik\ndegree: 14`,
			"subgraph cluster_legend {",
		}, []string{"nasjonalt"}},
		{ViewNetwork, Style{Lang: graph.NB}, []string{"Samarbeidsnettverk – Fjordvik", "kommuneledelse (3)", "Forklaring", "vekt"},
			[]string{"Legend", "municipal leadership"}},
		{ViewLevels, Style{}, []string{"layout=neato", `pos="`, "!", `"level 1" [`, "horizontal: within one level",
			`color="#0072B2B0"`, `color="#E69F00C0"`}, nil},
		{ViewGaps, Style{}, []string{`color="#CC3311"`, "NAV and the refugee service in Fjordvik have no recorded contact",
			"peripheries=2", "style=dotted", `label="1"`}, nil},
		{ViewEgo, Style{Unit: "FJV-NAV"}, []string{"Ego network: NAV Fjordvik – Fjordvik", "peripheries=3", "degree 14"},
			[]string{`"HB" [`}}, // Husbanken's head office is not tied to NAV Fjordvik
	} {
		t.Run(tc.view.String(), func(t *testing.T) {
			b, err := Diagram(n, tc.view, tc.s)
			if err != nil {
				t.Fatal(err)
			}
			dot := string(b)
			for _, w := range tc.want {
				if !strings.Contains(dot, w) {
					t.Errorf("DOT lacks %q", w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(dot, w) {
					t.Errorf("DOT has %q", w)
				}
			}
		})
	}
}

func TestDiagramErrors(t *testing.T) {
	n := kommuneNet(t)
	for _, tc := range []struct {
		v    View
		s    Style
		want string
	}{
		{ViewAgencies, Style{}, "heat map"},
		{ViewCompare, Style{}, "comparison"},
		{ViewEgo, Style{}, "needs a unit"},
		{ViewEgo, Style{Unit: "NOPE"}, `no unit "NOPE"`},
		{View(42), Style{}, "unknown view"},
	} {
		if _, err := Diagram(n, tc.v, tc.s); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Diagram(%v, %+v) error %v; want %q", tc.v, tc.s, err, tc.want)
		}
	}
	if _, err := Diagram(nil, ViewNetwork, Style{}); err == nil {
		t.Error("Diagram(nil) succeeded")
	}
	if err := Draw(context.Background(), n, ViewCompare, Style{}, draw.FormatSVG, io.Discard); err != ErrCompare {
		t.Errorf("Draw(compare) error %v; want ErrCompare", err)
	}
}

// TestGoldenDOTAcceptedByDot runs Debian's Graphviz on the golden files,
// with straight edges: routing splines takes Graphviz 2.43 seconds per
// file, and the syntax is what is tested.
func TestGoldenDOTAcceptedByDot(t *testing.T) {
	dotCmd, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not installed")
	}
	for _, tc := range goldenViews {
		t.Run(tc.name, func(t *testing.T) {
			src := bytes.ReplaceAll(readTestdata(t, tc.name), []byte("splines=true"), []byte("splines=line"))
			cmd := exec.Command(dotCmd, "-Tsvg", "-o", os.DevNull)
			cmd.Stdin = bytes.NewReader(src)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			// Layout warnings (an older dot's spline router giving up)
			// are not errors in the DOT.
			if err := cmd.Run(); err != nil || strings.Contains(stderr.String(), "rror") {
				t.Errorf("dot: %v\n%s", err, stderr.String())
			}
		})
	}
}

// escapeNet is a network whose names need escaping everywhere.
func escapeNet(t *testing.T) *graph.Network { return escapeNetNamed(t, `back\slash\`) }

func escapeNetNamed(t *testing.T, name string) *graph.Network {
	t.Helper()
	ds := graph.NewDataset(`data "<set>"`)
	for _, u := range []graph.Unit{
		{Key: "a", Name: `"<b>" & "x"`, Agency: "nav", Level: graph.LevelUnit, Municipality: `Ås & "Øy" <1>`},
		{Key: `b"\`, Name: name, Agency: graph.NormalizeAgency(`<i>etat</i>`), AgencyLabel: `<i>etat</i>`,
			Level: graph.LevelFrontline, Municipality: `Ås & "Øy" <1>`},
		{Key: "<c>", Name: "tab\there\nnewline ]; node [x=1", Agency: "helse", Level: graph.LevelLeadership},
		{Key: "node", Name: "Æøå ÆØÅ", Agency: "husbanken", Level: graph.LevelRegional},
	} {
		ds.AddUnit(u)
	}
	ds.Contacts = []graph.Contact{
		{From: 0, To: 1, Weight: 2, Formal: true},
		{From: 1, To: 2, Weight: 1},
		{From: 2, To: 3, Weight: 5, Formal: true},
		{From: 3, To: 0, Weight: 1},
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestEscapedLabels(t *testing.T) {
	n := escapeNet(t)
	for _, v := range []View{ViewNetwork, ViewLevels} {
		t.Run(v.String(), func(t *testing.T) {
			var svg bytes.Buffer
			if err := Draw(context.Background(), n, v, Style{Renderer: isolated}, draw.FormatSVG, &svg); err != nil {
				t.Fatal(err)
			}
			texts := strings.Join(svgTexts(t, svg.Bytes()), "\n")
			// The municipality names the title (and the network's cluster).
			want := []string{`"<b>" & "x"`, `back\slash\`, "Æøå ÆØÅ", `Ås & "Øy" <1>`, "<i>etat</i>"}
			for _, want := range want {
				if !strings.Contains(texts, want) {
					t.Errorf("SVG text lacks %q", want)
				}
			}
			if strings.Contains(svg.String(), "<b>") || strings.Contains(svg.String(), "<i>") {
				t.Error("a name came through as markup")
			}
		})
	}
}

func TestWrapAndNum(t *testing.T) {
	for _, tc := range []struct {
		s     string
		w, ml int
		want  string
	}{
		{"Tjenestekontoret (tildeling av helse- og omsorgstjenester)", 22, 3, "Tjenestekontoret\n(tildeling av helse-\nog omsorgstjenester)"},
		{"Rådgiver startlån og bostøtte (Øystein Bjørgen)", 16, 3, "Rådgiver\nstartlån og\nbostøtte…"},
		{"kort", 10, 2, "kort"},
		{"", 10, 2, ""},
	} {
		if got := wrap(tc.s, tc.w, tc.ml); got != tc.want {
			t.Errorf("wrap(%q, %d, %d) = %q; want %q", tc.s, tc.w, tc.ml, got, tc.want)
		}
	}
	for _, tc := range []struct {
		x    float64
		d    int
		l    graph.Lang
		want string
	}{
		{12, 2, graph.NB, "12"}, {12.5, 2, graph.NB, "12,5"}, {12.5, 2, graph.EN, "12.5"},
		{0.11345, 3, graph.EN, "0.113"}, {-0.0001, 2, graph.EN, "0"},
	} {
		if got := num(tc.x, tc.d, tc.l); got != tc.want {
			t.Errorf("num(%v, %d, %s) = %q; want %q", tc.x, tc.d, tc.l, got, tc.want)
		}
	}
}

// TestNames checks that the views, measures and aggregations read and
// write their names, and what a word that is none of them gets.
func TestNames(t *testing.T) {
	type named interface {
		encoding.TextMarshaler
		fmt.Stringer
	}
	check := func(v named, back encoding.TextUnmarshaler, name string) {
		t.Helper()
		b, err := v.MarshalText()
		if err != nil || string(b) != name || v.String() != name {
			t.Errorf("%v: MarshalText = %q, %v; want %q", v, b, err, name)
		}
		if err := back.UnmarshalText([]byte(" " + strings.ToUpper(name))); err != nil {
			t.Errorf("UnmarshalText(%q): %v", name, err)
		}
	}
	for i, v := range Views() {
		var back View
		check(v, &back, viewNames[i])
		if back != v {
			t.Errorf("%q read as %v", viewNames[i], back)
		}
	}
	for i, m := range Measures() {
		var back Measure
		check(m, &back, measureNames[i])
		if back != m {
			t.Errorf("%q read as %v", measureNames[i], back)
		}
	}
	for i, a := range Aggregations() {
		var back Aggregation
		check(a, &back, aggregationNames[i])
		if back != a {
			t.Errorf("%q read as %v", aggregationNames[i], back)
		}
	}
	for _, tc := range []struct {
		p    encoding.TextUnmarshaler
		want string
	}{
		{new(View), "want one of network, levels, agencies, gaps, ego, compare, ratings"},
		{new(Measure), "want one of betweenness, degree, strength"},
		{new(Aggregation), "want one of auto, none, agency, municipality, agency-all"},
	} {
		for _, bad := range []string{"", "pie"} {
			if err := tc.p.UnmarshalText([]byte(bad)); err == nil || err.Error() != tc.want {
				t.Errorf("%T.UnmarshalText(%q) = %v; want %q", tc.p, bad, err, tc.want)
			}
		}
	}
	if s := View(42).String(); s != "View(42)" {
		t.Errorf("View(42).String() = %q", s)
	}
	if _, err := Measure(-1).MarshalText(); err == nil {
		t.Error("Measure(-1).MarshalText() succeeded")
	}
}

func TestAutoAggregation(t *testing.T) {
	// 31 units: 11 agency groups, 4 municipality groups, 10 agencies;
	// with levels 18, 8 and 18.
	n := kommuneNet(t)
	for _, tc := range []struct {
		v    View
		s    Style
		want Aggregation
	}{
		{ViewNetwork, Style{}, AggregateNone},
		{ViewNetwork, Style{MaxUnits: 30}, AggregateAgency},
		{ViewNetwork, Style{MaxUnits: 10}, AggregateMunicipality},
		{ViewNetwork, Style{MaxUnits: 3}, AggregateMunicipality}, // none fits: the fewest nodes
		{ViewNetwork, Style{MaxUnits: 5, Aggregate: AggregateNone}, AggregateNone},
		{ViewNetwork, Style{MaxUnits: 100, Aggregate: AggregateAgencyAll}, AggregateAgencyAll},
		{ViewLevels, Style{MaxUnits: 20}, AggregateAgency},
		{ViewLevels, Style{MaxUnits: 17}, AggregateMunicipality},
		{ViewEgo, Style{MaxUnits: 5}, AggregateNone},
		{ViewAgencies, Style{MaxUnits: 5}, AggregateNone},
	} {
		if got := AutoAggregation(n, tc.v, tc.s); got != tc.want {
			t.Errorf("AutoAggregation(%v, max %d) = %v; want %v", tc.v, tc.s.MaxUnits, got, tc.want)
		}
	}
	// An aggregated diagram says so and counts the units in its nodes.
	b, err := Diagram(n, ViewNetwork, Style{MaxUnits: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"one node per municipality, 31 units", "Fjordvik\\n26 units", "shape=folder"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("aggregated DOT lacks %q", want)
		}
	}
}

// TestDrawSVG draws the network view and reads the SVG back.
func TestDrawSVG(t *testing.T) {
	n := kommuneNet(t)
	var a, b bytes.Buffer
	if err := Draw(context.Background(), n, ViewGaps, Style{Renderer: isolated}, draw.FormatSVG, &a); err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(svgTexts(t, a.Bytes()), "\n")
	for _, want := range []string{
		"Gaps in collaboration – Fjordvik", "Fjordvik", // title, cluster
		"Legend", "NAV (labour and welfare)", "refugee service", "municipal leadership (3)", "frontline (5)", // legend
		"mostly informal contact (phone, e-mail)", "expected tie missing or too weak", "tie that has faded",
		"Rådgiver startlån og", "Vaktmester kommunale", "Bjørn Æsøy)", // æøå
	} {
		if !strings.Contains(texts, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	// Hovering shows names and measures.
	if !regexp.MustCompile(`xlink:title="NAV Fjordvik \(FJV&#45;NAV\)&#10;agency: NAV`).Match(a.Bytes()) {
		t.Error("SVG lacks the tooltip of NAV Fjordvik")
	}
	if err := Draw(context.Background(), n, ViewGaps, Style{Renderer: isolated}, draw.FormatSVG, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same view differ")
	}
	if n := strings.Count(a.String(), `id="graph0"`); n != 1 {
		t.Errorf("%d elements with id graph0; the legend's IDs must be renamed", n)
	}
}

func TestDrawPNG(t *testing.T) {
	n := kommuneNet(t)
	var a bytes.Buffer
	if err := Draw(context.Background(), n, ViewEgo, Style{Unit: "FJV-BOL", Renderer: isolated}, draw.FormatPNG, &a); err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, a.Bytes())
	// The legend is to the right of the diagram, and it is not blank.
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	if w < 1000 || h < 500 {
		t.Fatalf("PNG is %d×%d", w, h)
	}
	dark := 0
	for y := 0; y < h/3; y++ {
		for x := w * 4 / 5; x < w; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
				dark++
			}
		}
	}
	if dark < 100 {
		t.Errorf("the top right of the PNG, where the legend goes, has %d dark pixels", dark)
	}
}

// TestMetricsFallback checks that the gaps view accepts precomputed
// findings, as the report passes them.
func TestGapsGiven(t *testing.T) {
	n := kommuneNet(t)
	r := gaps.Compute(n, gaps.Options{})
	a, err := Diagram(n, ViewGaps, Style{Gaps: r})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Diagram(n, ViewGaps, Style{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the gaps view differs with the findings given")
	}
}

func TestScopedGapsGhosts(t *testing.T) {
	ds, err := importers.Load("../../../../examples/kommune")
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{Filter: graph.Filter{Scope: "Fjordvik"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Diagram(n, ViewGaps, Style{})
	if err != nil {
		t.Fatal(err)
	}
	// The advisers of Husbanken's regional office are outside the scope
	// but part of an uncoordinated contact in it: drawn as ghosts.
	for _, want := range []string{`"ghost:HB-MIDT-R01"`, "filled,dashed", "outside the selection", "Fjordvik · all dates"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("scoped gaps DOT lacks %q", want)
		}
	}
}

// TestNoDataset draws a network without records, as one read from an
// exchange format may come.
func TestNoDataset(t *testing.T) {
	n := escapeNet(t)
	n.Data = nil
	for _, v := range []View{ViewNetwork, ViewLevels, ViewGaps, ViewEgo} {
		if _, err := Diagram(n, v, Style{Unit: "a"}); err != nil {
			t.Errorf("%v: %v", v, err)
		}
	}
	if len(Heatmap(n, Style{}).SVG()) == 0 {
		t.Error("no heat map")
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// svgTexts decodes svg with encoding/xml, failing on malformed XML, and
// returns the character data of its <text> elements.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	var cur *strings.Builder
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			if tok.Name.Local == "text" {
				cur = &strings.Builder{}
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && cur != nil {
				texts = append(texts, cur.String())
				cur = nil
			}
		}
	}
	if root != "svg" {
		t.Fatalf("SVG root element is %q", root)
	}
	return texts
}
