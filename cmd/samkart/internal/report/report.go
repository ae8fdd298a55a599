package report

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// Report is everything the HTML page shows, computed beforehand (Build);
// Write only lays it out. Sections whose lists are empty say so.
type Report struct {
	Lang    graph.Lang
	Title   string // the page title; Build makes one from the dataset when empty
	Date    string // shown when set; never the clock
	Dataset string
	Banner  graph.Text // said first, in a box (Options.Banner), with what Suppress hides

	// Suppress hides small group sizes and counts (Options.Suppress).
	Suppress text.Suppression

	Summary *metrics.Summary
	// Tallies are the summary's tallies with their labels.
	Tallies  text.SummaryTallies
	Files    []string // the input files read, as given
	Warnings []string // the importer's warnings, capped
	// WarningsMore is the number of warnings left out of Warnings.
	WarningsMore int

	// MainFindings are the three to seven things to know first, in plain
	// words, each pointing to the section with its evidence.
	MainFindings []text.MainFinding

	Figures []Figure

	// Diagrams are the network, levels and agency views, each also
	// written as a separate SVG and PNG file (Diagram.Name).
	Diagrams []*Diagram
	// Tooltips are the hover texts of the units in the diagrams, by unit
	// key (a diagram node's Graphviz title).
	Tooltips map[string]graph.Text

	Gaps          []Finding
	GapsMore      int
	Uncoordinated []Finding
	UncoordMore   int
	Fading        []Finding
	FadingMore    int

	// PlanPractice says, one sentence per municipality, where its ties do
	// not follow the action plan (expected.csv) by a QAP test, and then
	// where they do; empty without a plan.
	PlanPractice []graph.Text

	Brokers   []KeyUnit
	CutPoints []KeyUnit
	Turnover  []KeyUnit

	// Survey is shown when the dataset has a survey.
	Survey *SurveySection

	// Comparison is shown when it has two municipalities or more, with
	// the SmallMultiples diagrams.
	Comparison     *compare.Comparison
	SmallMultiples []*Diagram

	Methods []Method

	// Notes are said at the top of the page: what could not be made and
	// why (for example a diagram view that is not available).
	Notes []graph.Text
}

// Figure is one key figure: a number with a label.
type Figure struct {
	Label graph.Text
	Value float64
	// Kind says how Value is written: "int", "share" (a percentage),
	// "index" (three decimals), "dec1" (one decimal) or "" (two decimals).
	Kind string
	Note graph.Text
}

// Diagram is one picture: Graphviz SVG for the page and the SVG and PNG
// files.
type Diagram struct {
	Name    string // file base name: network, levels, agencies, compare-…
	Title   graph.Text
	Caption graph.Text
	SVG     []byte
	PNG     []byte
}

// Finding is one line of the gap, uncoordinated-contact or fading-tie
// lists.
type Finding struct {
	Rank  int
	Type  string // horizontal or vertical for gaps
	Scope string // municipality
	Text  graph.Text
	Dates string
}

// KeyUnit is a unit in one of the key-unit lists.
type KeyUnit struct {
	Key, Name    string
	Agency       graph.Text
	Municipality string
	Value        float64
	Kind         string // as Figure.Kind
	Text         graph.Text
}

// Method is one measure in the methods section.
type Method struct {
	Name       graph.Text
	Definition graph.Text
	Reference  string
}

//go:embed templates/report.html templates/survey.html templates/style.css
var files embed.FS

// tmpl is the page's template, parsed when a page is first written: not
// by every command of the program that embeds it.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report.html").Funcs(funcs(graph.EN)).ParseFS(files, "templates/report.html", "templates/survey.html"))
})

var css = func() template.CSS {
	b, err := files.ReadFile("templates/style.css")
	if err != nil {
		panic("report: " + err.Error())
	}
	return template.CSS(b)
}()

// page is what the template executes on.
type page struct {
	*Report
	CSS      template.CSS
	Diagrams []pageDiagram
	Small    []pageDiagram
	Compare  *compareTable
}

type pageDiagram struct {
	*Diagram
	Inline template.HTML
	File   bool // written as files beside the page
}

// Write writes r as one self-contained HTML page: CSS and SVG inline, no
// script, no reference to any other address than the diagram files
// beside it (links for download). Every text from the data is escaped by
// html/template; inline SVG is parsed and written back from an allowlist
// (see inlineSVG). The output depends on nothing but r.
func Write(ctx context.Context, w io.Writer, r *Report) error {
	if r == nil {
		return fmt.Errorf("report: nil report")
	}
	p := &page{Report: r, CSS: css}
	lang := r.Lang
	if lang == "" {
		lang = graph.EN
	}
	tooltip := func(key string) string {
		if t, ok := r.Tooltips[key]; ok {
			return t.In(lang)
		}
		return ""
	}
	inline := func(ds []*Diagram, prefix string) ([]pageDiagram, error) {
		var out []pageDiagram
		for i, d := range ds {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if d == nil || len(d.SVG) == 0 {
				continue
			}
			svg, err := inlineSVG(d.SVG, fmt.Sprintf("%s%d-", prefix, i), tooltip)
			if err != nil {
				return nil, fmt.Errorf("report: diagram %s: %w", d.Name, err)
			}
			out = append(out, pageDiagram{Diagram: d, Inline: template.HTML(svg), File: d.Name != ""})
		}
		return out, nil
	}
	var err error
	if p.Diagrams, err = inline(r.Diagrams, "d"); err != nil {
		return err
	}
	if p.Small, err = inline(r.SmallMultiples, "s"); err != nil {
		return err
	}
	p.Compare = newCompareTable(r.Comparison, lang, r.Suppress)
	t, err := tmpl().Clone()
	if err != nil {
		return err
	}
	t.Funcs(funcs(lang))
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// funcs are the template's helpers in language l.
func funcs(l graph.Lang) template.FuncMap {
	return template.FuncMap{
		"t":      func(nb, en string) string { return graph.T(nb, en).In(l) },
		"tx":     func(t graph.Text) string { return t.In(l) },
		"lang":   func() string { return string(l) },
		"num":    func(x float64, kind string) string { return formatNumber(x, kind, l) },
		"int":    func(n int) string { return formatNumber(float64(n), "int", l) },
		"add":    func(a, b int) int { return a + b },
		"hyph":   hyphenate,
		"term":   func(name string) string { return text.Cap(terms[name]).In(l) },
		"date":   func(s string) string { return text.DateText(s, l) },
		"span":   func(a, b string) string { return text.DateSpan(a, b, l) },
		"window": func(s string) string { return text.WindowText(s, l) },
		"dates": func(s string) string {
			parts := strings.Split(s, ", ")
			for i, p := range parts {
				parts[i] = text.DateText(p, l)
			}
			return strings.Join(parts, "; ")
		},
		"size": func(s text.Suppression, n int) string {
			if h, ok := s.Count(n).(text.Hidden); ok {
				return h.String()
			}
			return formatNumber(float64(n), "int", l)
		},
		"level": func(key string) string {
			if n, err := strconv.Atoi(key); err == nil {
				return graph.Level(n).Label().In(l)
			}
			return key
		},
		"section": func(anchor string) string { return sectionTitle(anchor).In(l) },
		"typ": func(s string) string {
			switch s {
			case gaps.Horizontal:
				return graph.T("horisontalt", "horizontal").In(l)
			case gaps.Vertical:
				return graph.T("vertikalt", "vertical").In(l)
			}
			return s
		},
	}
}

// sectionTitles are the titles of the sections main findings point to,
// as the page heads them.
var sectionTitles = map[string]graph.Text{
	text.AnchorGaps:          text.Cap(text.TermGaps),
	text.AnchorKeyUnits:      text.Cap(text.TermKeyUnits),
	text.AnchorUncoordinated: text.Cap(text.TermUncoordinated),
	text.AnchorFading:        text.Cap(text.TermFading),
	text.AnchorCompare:       graph.T("Sammenligning av kommuner", "Comparison of municipalities"),
	text.AnchorData:          graph.T("Data", "Data"),
}

// sectionTitle returns the title of the section with the given id.
func sectionTitle(anchor string) graph.Text {
	if t, ok := sectionTitles[anchor]; ok {
		return t
	}
	return graph.T(anchor, anchor)
}

// terms are the glossary's terms the template names (term "fading").
var terms = map[string]graph.Text{
	"gaps":          text.TermGaps,
	"uncoordinated": text.TermUncoordinated,
	"fading":        text.TermFading,
	"keyunits":      text.TermKeyUnits,
	"brokers":       text.TermBrokers,
	"cutpoints":     text.TermCutPoints,
	"turnover":      text.TermTurnoverRisk,
}

// formatNumber writes x for people: thousands separated (a no-break space
// in bokmål, a comma in English), a decimal comma in bokmål, shares as
// percentages; "–" when undefined.
func formatNumber(x float64, kind string, l graph.Lang) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	var s string
	switch kind {
	case "int":
		s = graph.GroupDigits(strconv.FormatFloat(math.Round(x), 'f', 0, 64), l)
		return s
	case "share":
		s = strconv.FormatFloat(x*100, 'f', 0, 64) + " %"
		if l == graph.EN {
			s = strings.TrimSuffix(s, " %") + "%"
		}
		return s
	case "index":
		s = strconv.FormatFloat(x, 'f', 3, 64)
	case "dec1":
		s = strconv.FormatFloat(x, 'f', 1, 64)
	default:
		s = strconv.FormatFloat(x, 'f', 2, 64)
	}
	if strings.HasPrefix(s, "-") && strings.Trim(s, "-0.") == "" {
		s = s[1:]
	}
	if strings.HasPrefix(s, "-") {
		s = "−" + s[1:]
	}
	if l == graph.NB {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// FilePatterns match every diagram file a report may write beside its
// page (filepath.Match patterns), so that a command can remove those an
// earlier report left.
var FilePatterns = []string{
	"network.svg", "network.png", "levels.svg", "levels.png", "agencies.svg", "agencies.png",
	"compare-*.svg", "compare-*.png", "ratings.svg", "ratings.png",
}
