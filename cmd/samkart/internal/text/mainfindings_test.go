package text

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// regionComparison is a comparison of four municipalities of one region
// by their numbers of horizontal and vertical gaps.
func regionComparison() *compare.Comparison {
	row := func(name string, h, v float64) compare.Row {
		vals := make([]float64, len(compare.Measures))
		for i := range vals {
			vals[i] = math.NaN()
		}
		vals[8], vals[9] = h, v // gaps_horizontal, gaps_vertical
		return compare.Row{Name: name, Region: "midt-norge", Values: vals}
	}
	return &compare.Comparison{Measures: compare.Measures, Municipalities: []compare.Row{
		row("Fjordvik", 2, 1), row("Havvik", 10, 3), row("Lysdal", 0, 0), row("Myrstad", 4, 0),
	}}
}

func TestMainFindings(t *testing.T) {
	plan := fjordvik(t, true)
	planGaps := gaps.Compute(plan, gaps.Options{})
	for _, tc := range []struct {
		name   string
		ev     Evidence
		topics []string // in order
		says   []string // in the bokmål text, in order
	}{
		{"plan, dependency, region", Evidence{Net: plan, Gaps: planGaps, Comparison: regionComparison(), Scope: "Fjordvik",
			Dependencies: []Dependency{{Key: "FV-BOL", Scope: "Fjordvik", Units: 20, CutOff: 12}}},
			[]string{"gap-vertical", "gap-horizontal", "dependency", "uncoordinated", "standing", "fading"},
			[]string{"(boligsosial handlingsplan, linje", "uten Boligkontoret Fjordvik når 12 enheter ikke lenger resten",
				"Fjordvik har 3 hull i samarbeidet; medianen av de 4 kommunene i region Midt-Norge er 3,5."}},
		{"the worst of its region", Evidence{Net: plan, Comparison: regionComparison(), Scope: "Havvik"},
			[]string{"standing"},
			[]string{"Havvik har flest hull i samarbeidet av de 4 kommunene i region Midt-Norge (13; medianen er 3,5)."}},
		{"the region without a scope", Evidence{Net: plan, Comparison: regionComparison()},
			[]string{"standing"},
			[]string{"Av de 4 kommunene i region Midt-Norge har Havvik flest hull i samarbeidet (13) og Lysdal færrest (0)."}},
		{"nothing found", Evidence{Net: plan, Gaps: &gaps.Report{}, Dependencies: []Dependency{{Key: "FV-BOL", Units: 20}}},
			[]string{"dependency", "none-gaps", "none-uncoordinated"},
			[]string{"Ingen enkelt enhet holder samarbeidet sammen alene", "Alt samarbeid som var forventet"}},
		{"units without contact", Evidence{Net: plan, Isolated: []string{"a", "b", "c", "d"}},
			[]string{"isolated"},
			[]string{"4 enheter har ingen registrert kontakt med noen andre: a, b, c og 1 til."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := MainFindings(tc.ev)
			var topics []string
			var nb strings.Builder
			for _, f := range fs {
				topics = append(topics, f.Topic)
				nb.WriteString(f.Text.NB + "\n")
				if f.Anchor == "" || f.Text.EN == "" {
					t.Errorf("%s: no anchor or no English", f.Topic)
				}
			}
			if strings.Join(topics, " ") != strings.Join(tc.topics, " ") {
				t.Errorf("topics %q; want %q\n%s", topics, tc.topics, nb.String())
			}
			rest := nb.String()
			for _, s := range tc.says {
				i := strings.Index(rest, s)
				if i < 0 {
					t.Errorf("no %q (in order) in\n%s", s, nb.String())
					continue
				}
				rest = rest[i+len(s):]
			}
		})
	}
}

// TestMainFindingsLimits: at most seven, and what is found is said before
// what is not.
func TestMainFindingsLimits(t *testing.T) {
	plan := fjordvik(t, true)
	ev := Evidence{Net: plan, Gaps: gaps.Compute(plan, gaps.Options{}), Comparison: regionComparison(), Scope: "Havvik",
		Dependencies: []Dependency{{Key: "FV-BOL", Units: 20, CutOff: 2}}, Isolated: []string{"x"}}
	fs := MainFindings(ev)
	if len(fs) > MaxMainFindings {
		t.Errorf("%d findings; want at most %d", len(fs), MaxMainFindings)
	}
	var b bytes.Buffer
	if err := WriteMainFindings(&b, fs, graph.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "Main findings\n  1. ") || !strings.Contains(b.String(), "(see samkart gaps)") {
		t.Errorf("list:\n%s", b.String())
	}
	for _, f := range fs {
		for _, l := range []graph.Lang{graph.NB, graph.EN} {
			s := strings.ToLower(f.Text.In(l))
			for _, jargon := range []string{"e-i", "betweenness", "sentralitet", "centrality", "constraint", "modularitet", "modularity"} {
				if strings.Contains(s, jargon) {
					t.Errorf("%s uses %q: %s", f.Topic, jargon, f.Text.In(l))
				}
			}
		}
	}
}

func TestPlaceName(t *testing.T) {
	ds := graph.NewDataset("storåsen fiks1")
	if got := PlaceName(ds, "", graph.NB); got != "" {
		t.Errorf("empty dataset: %q", got)
	}
	ds.AddUnit(graph.Unit{Key: "a", Municipality: "Storåsen"})
	if got := PlaceName(ds, "", graph.NB); got != "Storåsen" {
		t.Errorf("one municipality: %q", got)
	}
	ds.AddUnit(graph.Unit{Key: "b", Municipality: "Vik"})
	ds.Municipalities = []graph.Municipality{{Name: "Storåsen", Region: "midt-norge"}, {Name: "Vik", Region: "midt-norge"}}
	for _, tc := range []struct {
		scope string
		l     graph.Lang
		want  string
	}{{"", graph.NB, "region Midt-Norge"}, {"", graph.EN, "the Midt-Norge region"}, {"Vik", graph.NB, "Vik"}} {
		if got := PlaceName(ds, tc.scope, tc.l); got != tc.want {
			t.Errorf("PlaceName(%q, %s) = %q; want %q", tc.scope, tc.l, got, tc.want)
		}
	}
	ds.Municipalities[1].Region = "vest"
	if got := PlaceName(ds, "", graph.EN); got != "Storåsen and Vik" {
		t.Errorf("two regions: %q", got)
	}
}

// Counts in main findings are read aloud at seminars: large ones are
// grouped as each language groups digits.
func TestPluralGroupsDigits(t *testing.T) {
	for _, c := range []struct {
		n      int
		nb, en string
	}{
		{1, "1 enhet", "1 unit"},
		{4000, "4000 enheter", "4,000 units"},
		{46153, "46\u00a0153 enheter", "46,153 units"},
	} {
		got := plural(c.n, graph.T("enhet", "unit"), graph.T("enheter", "units"))
		if got.NB != c.nb || got.EN != c.en {
			t.Errorf("plural(%d) = %q / %q, want %q / %q", c.n, got.NB, got.EN, c.nb, c.en)
		}
	}
}
