package report_test

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/samkart/samkart/cmd/samkart/internal/report"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
)

// TestMain runs the binary as a layout child when asked to, and the tests
// otherwise.
func TestMain(m *testing.M) {
	if draw.IsChild(os.Args) {
		os.Exit(draw.ServeChild(context.Background(), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// isolated runs the fdp layouts of the diagrams in a child process, this
// test binary run again, as samkart runs them, so that two reports of one
// network are the same bytes.
var isolated = draw.ChildRenderer()

// hostile is a unit name that would run as script if it reached the page
// unescaped.
const hostile = `<script>alert(1)</script> & "Co"`

// testNetwork builds two small municipalities, Vik and Sund, whose units
// include one named hostile; Sund's property office has no tie, so there
// are gaps, a cut point and a comparison.
func testNetwork(t testing.TB) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("test")
	add := func(key, name, agency string, level graph.Level, mun string) int32 {
		i, _ := ds.AddUnit(graph.Unit{Key: key, Name: name, Agency: graph.NormalizeAgency(agency), AgencyLabel: agency, Level: level, Municipality: mun, Region: "midt-norge"})
		return i
	}
	vLed := add("V-LED", "Rådmannen i Vik", "ledelse", 3, "Vik")
	vNav := add("V-NAV", hostile, "NAV", 4, "Vik")
	vBol := add("V-BOL", "Boligkontoret Vik", "bolig", 4, "Vik")
	// An agency samkart does not know is shown as the data spells it.
	vHel := add("V-HEL", "Helse og omsorg Vik", `<img src=x onerror=alert(2)>`, 4, "Vik")
	sLed := add("S-LED", "Rådmannen i Sund", "ledelse", 3, "Sund")
	sNav := add("S-NAV", "NAV Sund", "NAV", 4, "Sund")
	sBol := add("S-BOL", "Boligkontoret Sund", "bolig", 4, "Sund")
	add("S-EIE", "Eiendom Sund", "eiendom", 4, "Sund")
	day := func(d int) graph.Date { return graph.DateOf(time.Date(2011, 1, d, 9, 0, 0, 0, time.UTC)) }
	c := func(a, b int32, d int, formal bool) graph.Contact {
		return graph.Contact{From: a, To: b, Weight: 1, Date: day(d), Kind: ds.Kind("phone"), Formal: formal}
	}
	ds.Contacts = []graph.Contact{
		c(vNav, vBol, 3, false), c(vBol, vHel, 4, true), c(vNav, vLed, 5, true), c(vHel, vLed, 6, false),
		c(sNav, sBol, 3, true), c(sBol, sLed, 7, false),
	}
	ds.Meetings = []graph.Meeting{{Key: "m1", Units: []int32{vLed, vNav, vBol}, Date: day(10), Kind: ds.Kind("meeting"), Formal: true}}
	ds.Municipalities = []graph.Municipality{
		{Name: "Sund", Region: "midt-norge", Programme: graph.Yes, Numbers: []graph.Num{{Name: "population", Value: 4200}}},
		{Name: "Vik", Region: "midt-norge", Programme: graph.No, Numbers: []graph.Num{{Name: "population", Value: 9100}}},
	}
	ds.Warnings = []graph.Warning{{File: "units.csv", Line: 9, Msg: graph.T("enheten S-EIE har ingen bånd", "unit S-EIE has no tie")}}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// pages caches the report pages by language: building one lays out
// several diagrams with Graphviz.
var pages sync.Map

func page(t testing.TB, l graph.Lang) string {
	t.Helper()
	if p, ok := pages.Load(l); ok {
		return p.(string)
	}
	r, err := report.Build(context.Background(), testNetwork(t), report.Options{Lang: l, Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Write(context.Background(), &b, r); err != nil {
		t.Fatal(err)
	}
	pages.Store(l, b.String())
	return b.String()
}

func TestHostileName(t *testing.T) {
	html := page(t, graph.EN)
	if i := strings.Index(strings.ToLower(html), "<script"); i >= 0 {
		t.Fatalf("the page holds a <script element: …%s…", html[max(0, i-200):min(len(html), i+200)])
	}
	if strings.Contains(html, "alert(1)</") {
		t.Error("the hostile name's closing tag reached the page unescaped")
	}
	// html/template writes the quote as &#34;, the SVG writer as &#34; too.
	escaped := "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34;"
	if !strings.Contains(html, escaped) {
		t.Errorf("the hostile name does not appear escaped as %s", escaped)
	}
	if strings.Contains(html, "<img") || !strings.Contains(html, "&lt;img src=x onerror=alert(2)&gt;") {
		t.Error("the hostile agency name is not shown as text")
	}
	// Inside the inlined SVG: a diagram node's title (its hover text)
	// and label carry the name as text.
	inSVG := false
	for _, svg := range regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(html, -1) {
		if strings.Contains(svg, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			inSVG = true
		}
		for _, bad := range []string{"<script", "<a ", "<a>", "href", "onload", "onclick", "<foreignObject", "<image", "<use"} {
			if strings.Contains(strings.ToLower(svg), strings.ToLower(bad)) {
				t.Errorf("inline SVG holds %q", bad)
			}
		}
	}
	if !inSVG {
		t.Error("no inline SVG shows the hostile name as text")
	}
}

// TestSelfContained checks that opening the page makes no request: no
// script, stylesheet link, image, font or URL other than the page's own
// anchors, the diagram files beside it and the SVG namespace.
func TestSelfContained(t *testing.T) {
	html := page(t, graph.NB)
	for _, bad := range []string{"<link", "<img", "<iframe", "<object", "<embed", "@import", "@font-face", "javascript:", "<script"} {
		if strings.Contains(strings.ToLower(html), bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	for _, m := range regexp.MustCompile(`https?://[^\s"'<>)]*`).FindAllString(html, -1) {
		if m != "http://www.w3.org/2000/svg" {
			t.Errorf("the page refers to %s", m)
		}
	}
	for _, m := range regexp.MustCompile(`url\(([^)]*)\)`).FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[1], "#") {
			t.Errorf("the page refers to url(%s)", m[1])
		}
	}
	for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[1], "#") && !regexp.MustCompile(`^[a-z-]+\.(svg|png)$`).MatchString(m[1]) {
			t.Errorf("link to %s", m[1])
		}
	}
}

func TestSections(t *testing.T) {
	for _, tc := range []struct {
		lang    graph.Lang
		want    []string
		foreign []string
	}{
		{graph.NB, []string{`lang="nb"`, "Samhandling i region Midt-Norge", "Hovedfunn", "Nøkkeltall", "Nettverk og nivåer", "Samarbeid mellom etater",
			"Manglende samarbeid", "Ukoordinerte parallelle kontakter", "Bånd som svekkes", "Nøkkelenheter", "Meglere", "Kuttpunkter",
			"Sårbarhet ved utskifting", "Sammenligning av kommuner", "Kommunene side om side", "Metoder", "Eiendom Sund",
			"units.csv:9: enheten S-EIE har ingen bånd"},
			[]string{"Key figures", "Collaboration gaps", "Methods", "Brokers", "Made with", "unit S-EIE has no tie", "Main findings"}},
		{graph.EN, []string{`lang="en"`, "Collaboration in the Midt-Norge region", "Main findings", "Key figures", "Network and levels", "Collaboration between agencies",
			"Collaboration gaps", "Uncoordinated parallel contacts", "Fading ties", "Key units", "Brokers", "Cut points",
			"Turnover risk", "Comparison of municipalities", "The municipalities side by side", "Methods",
			"units.csv:9: unit S-EIE has no tie"},
			[]string{"Nøkkeltall", "Metoder", "Meglere", "Laget med", "enheten S-EIE har ingen bånd", "Hovedfunn"}},
	} {
		html := page(t, tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(html, w) {
				t.Errorf("%s: no %q", tc.lang, w)
			}
		}
		for _, w := range tc.foreign {
			if strings.Contains(html, w) {
				t.Errorf("%s page holds %q from the other language", tc.lang, w)
			}
		}
	}
	// The sections come in the order the package documents.
	html := page(t, graph.EN)
	body := html[strings.Index(html, "<main>"):]
	pos := -1
	for _, id := range []string{`id="main-findings"`, `id="data"`, `id="figures"`, `id="diagrams"`, `id="agencies"`, `id="gaps"`,
		`id="uncoordinated"`, `id="fading"`, `id="keyunits"`, `id="compare"`, `id="small-multiples"`, `id="methods"`} {
		i := strings.Index(body, id)
		if i < pos {
			t.Errorf("section %s out of order", id)
		}
		pos = i
	}
}

func TestDeterministic(t *testing.T) {
	a := page(t, graph.EN)
	r, err := report.Build(context.Background(), testNetwork(t), report.Options{Lang: graph.EN, Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Write(context.Background(), &b, r); err != nil {
		t.Fatal(err)
	}
	if a != b.String() {
		t.Error("two reports of the same data differ")
	}
	if regexp.MustCompile(`20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T`).MatchString(a) {
		t.Error("the page carries a timestamp")
	}
	r.Date = "14. mars 2012"
	b.Reset()
	if err := report.Write(context.Background(), &b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "14. mars 2012") {
		t.Error("--date not on the page")
	}
}

func TestWriteCancelled(t *testing.T) {
	r, err := report.Build(context.Background(), testNetwork(t), report.Options{Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var b bytes.Buffer
	if err := report.Write(ctx, &b, r); err == nil {
		t.Error("Write with a cancelled context succeeded")
	}
	if b.Len() != 0 {
		t.Error("a failed Write wrote bytes")
	}
}

func TestEmptyNetwork(t *testing.T) {
	n, err := graph.Build(graph.NewDataset("empty"), graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Build(context.Background(), n, report.Options{Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Write(context.Background(), &b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Key figures") {
		t.Error("empty network: no page")
	}
}

// TestMainFindings: the page opens with the main findings, three to seven
// sentences without the measures' names, each linking to a section of
// the page.
func TestMainFindings(t *testing.T) {
	for _, l := range []graph.Lang{graph.NB, graph.EN} {
		html := page(t, l)
		body := html[strings.Index(html, "<main>"):]
		if first := regexp.MustCompile(`<section id="([^"]+)"`).FindStringSubmatch(body); first == nil || first[1] != "main-findings" {
			t.Fatalf("%s: the first section is %v, want main-findings", l, first)
		}
		sec := body[:strings.Index(body, "</section>")]
		items := regexp.MustCompile(`(?s)<li>(.*?)</li>`).FindAllStringSubmatch(sec, -1)
		if len(items) < 3 || len(items) > 7 {
			t.Errorf("%s: %d main findings, want 3 to 7", l, len(items))
		}
		for _, it := range items {
			m := regexp.MustCompile(`href="#([a-z-]+)"`).FindStringSubmatch(it[1])
			if m == nil {
				t.Errorf("%s: finding without a link to its evidence: %s", l, it[1])
				continue
			}
			if !strings.Contains(html, `id="`+m[1]+`"`) {
				t.Errorf("%s: finding links to #%s, which the page lacks", l, m[1])
			}
			lower := strings.ToLower(it[1])
			for _, jargon := range []string{"e-i", "betweenness", "sentralitet", "centrality", "constraint", "modularitet", "modularity", "fragment"} {
				if strings.Contains(lower, jargon) {
					t.Errorf("%s: finding uses %q: %s", l, jargon, it[1])
				}
			}
		}
	}
}

// TestSampledMethods checks that a report with sampled path measures
// says so first in its methods, with the error, and why.
func TestSampledMethods(t *testing.T) {
	for _, c := range []struct {
		lang    graph.Lang
		maxTime time.Duration
		want    []string
	}{
		{graph.EN, 0, []string{"The sample was asked for (--approx).", "within ±0.1 of the exact value with 90 % confidence", "betweenness centralization within ±0.2"}},
		{graph.NB, time.Minute, []string{"innen --max-time 1m0s", "innenfor ±0,1 av den eksakte verdien med 90 % sikkerhet", "mellomhetssentraliseringen innenfor ±0,2"}},
	} {
		r, err := report.Build(context.Background(), testNetwork(t), report.Options{Lang: c.lang, Renderer: isolated,
			Approx: 0.1, Confidence: 0.9, MaxTime: c.maxTime})
		if err != nil {
			t.Fatal(err)
		}
		m := r.Methods[0]
		if m.Name.EN != "Measured on a sample" {
			t.Fatalf("%s: first method %q", c.lang, m.Name.EN)
		}
		for _, w := range c.want {
			if def := m.Definition.In(c.lang); !strings.Contains(def, w) {
				t.Errorf("%s: %q lacks %q", c.lang, def, w)
			}
		}
	}
}
