package text

import (
	"bytes"
	"fmt"
	"github.com/samkart/samkart/graph/graphtest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

func gapsJSONBytes(t *testing.T, r *gaps.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteGapsJSON(&b, r, Suppression{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGapsGolden pins the JSON of `samkart gaps` on the gaps example:
// defaults with per-tie shares, the housing action plan, and the scope
// Strandvik.
func TestGapsGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		plan bool
		opt  gaps.Options
	}{
		{"fjordvik", false, gaps.Options{PerTie: true}},
		{"fjordvik-plan", true, gaps.Options{}},
		{"fjordvik-scope", false, gaps.Options{Scope: "strandvik"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := gaps.Compute(fjordvik(t, tc.plan), tc.opt)
			graphtest.Golden(t, filepath.Join("testdata", "gaps", tc.name+".golden.json"), gapsJSONBytes(t, r))
		})
	}
}

// TestDiffGolden pins the JSON of `samkart diff` between 2010 and 2011 on
// the gaps example.
func TestDiffGolden(t *testing.T) {
	ds := fjordvik(t, false).Data
	win := func(from, to string) graph.Window {
		f, _ := time.Parse("2006-01-02", from)
		u, _ := time.Parse("2006-01-02T15:04", to+"T23:59")
		return graph.Window{From: graph.DateOf(f), To: graph.DateOf(u)}
	}
	a, err := graph.Build(ds, graph.BuildOptions{Window: win("2010-01-01", "2010-12-31")})
	if err != nil {
		t.Fatal(err)
	}
	b, err := graph.Build(ds, graph.BuildOptions{Window: win("2011-01-01", "2011-12-31")})
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := WriteDiffJSON(&js, gaps.Diff(a, b, gaps.DiffOptions{}), Suppression{}); err != nil {
		t.Fatal(err)
	}
	graphtest.Golden(t, filepath.Join("testdata", "gaps", "fjordvik-diff.golden.json"), js.Bytes())
}

// TestGapsEmpty checks that an empty report is written with empty lists,
// never null.
func TestGapsEmpty(t *testing.T) {
	n, err := graph.Build(graph.NewDataset("empty"), graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"gaps\": [],\n  \"uncoordinated\": [],\n  \"fading\": [],\n  \"shares\": {\n    \"overall\": {\n      \"ties\": 0,\n      \"weight\": 0,\n      \"contacts\": 0,\n      \"meetings\": 0,\n      \"formal\": 0,\n      \"informal\": 0,\n      \"multi_party\": 0,\n      \"informal_share\": 0,\n      \"multi_party_share\": 0\n    },\n    \"agency_pairs\": []\n  }\n}\n"
	for _, r := range []*gaps.Report{gaps.Compute(n, gaps.Options{}), {}} {
		if got := string(gapsJSONBytes(t, r)); got != want {
			t.Errorf("empty report:\n%s", got)
		}
	}
}

func TestGapsTables(t *testing.T) {
	r := gaps.Compute(fjordvik(t, false), gaps.Options{PerTie: true})
	ts := GapsTables(r, Suppression{})
	if len(ts) != 5 {
		t.Errorf("%d tables, want 5 with the per-tie shares", len(ts))
	}
	for _, tb := range ts {
		for _, row := range tb.Rows {
			if len(row) != len(tb.Columns) {
				t.Errorf("%s: row of %d cells, %d columns", tb.Name, len(row), len(tb.Columns))
			}
		}
		for _, c := range tb.Columns {
			if c.Title.NB == "" || c.Title.EN == "" {
				t.Errorf("%s.%s: title missing", tb.Name, c.Key)
			}
		}
	}
	if got := len(ts[0].Rows); got != len(r.Gaps) {
		t.Errorf("gap table has %d rows for %d gaps", got, len(r.Gaps))
	}
}

// TestFindings checks the sentences of the planted findings of the gaps
// example.
func TestFindings(t *testing.T) {
	n, plan := fjordvik(t, false), fjordvik(t, true)
	find := func(gs gaps.List, ok func(g *gaps.Gap) bool) *gaps.Gap {
		for i := range gs {
			if ok(&gs[i]) {
				return &gs[i]
			}
		}
		t.Fatal("finding not found")
		return nil
	}
	agencies := find(gaps.Find(n, gaps.Options{}), func(g *gaps.Gap) bool { return g.Rule == gaps.RuleAgencies })
	weak := find(gaps.Find(plan, gaps.Options{}), func(g *gaps.Gap) bool { return g.Line == 3 })
	for _, tc := range []struct {
		got  graph.Text
		want graph.Text
	}{
		{GapFinding(n, agencies), graph.T("Flyktningtjenesten og NAV i Fjordvik har ingen registrert kontakt.",
			"The refugee service and NAV in Fjordvik have no recorded contact.")},
		{GapFinding(plan, weak), graph.T(
			"Helse- og omsorgstjenesten og eiendomsavdelingen i Fjordvik har kontakt med vekt 54, under forventet 100 (boligsosial handlingsplan, linje 3).",
			"Health and care services and the property department in Fjordvik have contact of weight 54, below the expected 100 (housing action plan, line 3).")},
	} {
		if tc.got != tc.want {
			t.Errorf("got  %q\nwant %q", tc.got, tc.want)
		}
	}
}

// TestParallelChain checks the sentence of a chain of parallel contacts
// longer than the window: each pair within it, the whole over eleven days.
func TestParallelChain(t *testing.T) {
	d := graph.NewDataset("chain")
	for _, u := range []graph.Unit{
		{Key: "HB", Name: "Husbanken Vest", Agency: "husbanken", Level: graph.LevelRegional},
		{Key: "HB-1", Agency: "husbanken", Level: graph.LevelRegional, Parent: "HB"},
		{Key: "HB-2", Agency: "husbanken", Level: graph.LevelRegional, Parent: "HB"},
		{Key: "HB-3", Agency: "husbanken", Level: graph.LevelRegional, Parent: "HB"},
		{Key: "BOL", Name: "Boligkontoret", Agency: "bolig", Level: graph.LevelUnit, Municipality: "Fjordvik"},
	} {
		d.AddUnit(u)
	}
	for i, s := range []string{"2011-03-01", "2011-03-06", "2011-03-11"} {
		day, _ := time.Parse("2006-01-02", s)
		d.Contacts = append(d.Contacts, graph.Contact{From: int32(1 + i), To: 4, Weight: 1, Date: graph.DateOf(day)})
	}
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := gaps.Uncoordinated(n, gaps.Options{WindowDays: 7})
	if len(got) != 1 {
		t.Fatalf("%d findings, want 1", len(got))
	}
	want := graph.T(
		"HB-1, HB-2 og HB-3 (Husbanken Vest) kontaktet Boligkontoret i løpet av 11 dager (1.–11. mars 2011), hver innen 7 dager fra en annen av dem, uten registrert kontakt seg imellom.",
		"HB-1, HB-2 and HB-3 (Husbanken Vest) contacted Boligkontoret over 11 days (1–11 March 2011), each within 7 days of another of them, with no recorded contact between them.")
	if text := ParallelFinding(n, &got[0]); text != want {
		t.Errorf("got  %q\nwant %q", text, want)
	}
}

func ExampleGapFinding() {
	ds := graph.NewDataset("vik")
	for _, u := range []graph.Unit{
		{Key: "radm", Name: "Rådmann Vik", Agency: "ledelse", Level: graph.LevelLeadership, Municipality: "Vik"},
		{Key: "nav", Name: "NAV Vik", Agency: "nav", Level: graph.LevelUnit, Municipality: "Vik", Parent: "radm"},
		{Key: "bol", Name: "Boligkontoret Vik", Agency: "bolig", Level: graph.LevelUnit, Municipality: "Vik", Parent: "radm"},
	} {
		ds.AddUnit(u)
	}
	ds.Contacts = []graph.Contact{{From: 1, To: 0, Weight: 1}}
	n, _ := graph.Build(ds, graph.BuildOptions{})
	for _, g := range gaps.Find(n, gaps.Options{}) {
		fmt.Println(strings.Join([]string{g.Type, g.A.String(), g.B.String(), g.Rule}, " "))
		fmt.Println("  " + GapFinding(n, &g).NB)
		fmt.Println("  " + GapFinding(n, &g).EN)
	}
	// Output:
	// horizontal agency:bolig agency:nav agencies
	//   Boligkontoret og NAV i Vik har ingen registrert kontakt.
	//   The housing office and NAV in Vik have no recorded contact.
	// vertical bol radm parent
	//   Boligkontoret Vik har ingen registrert kontakt med sin overordnede enhet, Rådmann Vik.
	//   Boligkontoret Vik has no recorded contact with the unit it reports to, Rådmann Vik.
}
