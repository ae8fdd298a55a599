package text

import (
	"io"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// DiffTables returns the report of `samkart diff` as three tables: tie
// changes, gaps opened and closed, and the measures per municipality,
// with the small weights of gaps between groups and the small units and
// ties of a municipality hidden by sup.
func DiffTables(r *gaps.DiffReport, sup Suppression) []*Table {
	return []*Table{tieChangesTable(r), gapChangesTable(r, sup), sup.Table(municipalityChangesTable(r))}
}

// diffTieLists are the tie changes of r by kind of change, in table order.
func diffTieLists(r *gaps.DiffReport) []struct {
	name string
	l    []gaps.TieChange
} {
	return []struct {
		name string
		l    []gaps.TieChange
	}{{"gained", r.Gained}, {"lost", r.Lost}, {"strengthened", r.Strengthened}, {"weakened", r.Weakened}}
}

func tieChangesTable(r *gaps.DiffReport) *Table {
	t := &Table{Name: "tie_changes", Title: graph.T("Endrede bånd", "Changed ties"),
		Columns: []Column{Col("change", "endring", "change"), Col("a", "a", "a"), Col("b", "b", "b"),
			Col("before", "før", "before"), Col("after", "etter", "after"), Col("delta", "differanse", "difference")}}
	for _, s := range diffTieLists(r) {
		for _, c := range s.l {
			t.Rows = append(t.Rows, []any{GapWord(s.name), c.A, c.B, c.Before, c.After, c.Change})
		}
	}
	return t
}

func gapChangesTable(r *gaps.DiffReport, sup Suppression) *Table {
	t := &Table{Name: "gap_changes", Title: graph.T("Hull som har åpnet eller lukket seg", "Gaps opened and closed"),
		Columns: []Column{Col("change", "endring", "change"), Col("type", "type", "type"), Col("a", "a", "a"),
			Col("b", "b", "b"), Col("scope", "kommune", "municipality"), Col("expected_by", "forventet av", "expected by"),
			Col("rule", "regel", "rule"), Col("text_nb", "funn", "finding (bokmål)"), Col("text_en", "funn (engelsk)", "finding")}}
	before, after := r.Networks()
	for _, s := range []struct {
		name string
		n    *graph.Network // the network the gaps were found on
		l    gaps.List
	}{{"opened", after, r.Opened}, {"closed", before, r.Closed}} {
		for i := range s.l {
			g := &s.l[i]
			text := GapFindingHiding(s.n, g, sup)
			t.Rows = append(t.Rows, []any{GapWord(s.name), GapWord(g.Type), g.A.String(), g.B.String(), g.Scope,
				GapWord(g.ExpectedBy), GapWord(g.Rule), text.NB, text.EN})
		}
	}
	return t
}

func municipalityChangesTable(r *gaps.DiffReport) *Table {
	t := &Table{Name: "municipality_changes", Title: graph.T("Endring per kommune", "Change per municipality"),
		Columns: []Column{Col("municipality", "kommune", "municipality"),
			Col("units_before", "enheter før", "units before").Counted(), Col("units_after", "enheter etter", "units after").Counted(),
			Col("ties_before", "bånd før", "ties before").Counted(), Col("ties_after", "bånd etter", "ties after").Counted(),
			Col("density_before", "tetthet før", "density before").Of("units_before", "ties_before"),
			Col("density_after", "tetthet etter", "density after").Of("units_after", "ties_after"),
			Col("components_before", "komponenter før", "components before"), Col("components_after", "komponenter etter", "components after"),
			Col("fragmentation_before", "fragmentering før", "fragmentation before"),
			Col("fragmentation_after", "fragmentering etter", "fragmentation after")}}
	for _, m := range r.Municipalities {
		t.Rows = append(t.Rows, []any{m.Municipality, m.Before.Units, m.After.Units, m.Before.Ties, m.After.Ties,
			m.Before.Density, m.After.Density, m.Before.Components, m.After.Components,
			m.Before.Fragmentation, m.After.Fragmentation})
	}
	return t
}

// WriteDiffJSON writes the report of `samkart diff` as {"before", "after",
// "gained", "lost", "strengthened", "weakened", "gaps_opened",
// "gaps_closed", "municipalities"}, indented by two spaces and followed by
// a newline. With sup on, the small weights of gaps between groups and a
// municipality's small units and ties (with their density and change)
// are null, and "suppressed_below" is N.
func WriteDiffJSON(w io.Writer, r *gaps.DiffReport, sup Suppression) error {
	before, after := r.Networks()
	doc := diffJSON{Before: r.Before, After: r.After,
		Gained: newTieChangesJSON(r.Gained), Lost: newTieChangesJSON(r.Lost),
		Strengthened: newTieChangesJSON(r.Strengthened), Weakened: newTieChangesJSON(r.Weakened),
		Opened: newGapsJSON(after, r.Opened, sup), Closed: newGapsJSON(before, r.Closed, sup),
		Municipalities: make([]municipalityChangeJSON, len(r.Municipalities))}
	for i, m := range r.Municipalities {
		b, a := newNetStatsJSON(m.Before, sup, nil), newNetStatsJSON(m.After, sup, nil)
		doc.Municipalities[i] = municipalityChangeJSON{m.Municipality, b, a, newNetStatsJSON(m.Change, sup, []netStatsJSON{b, a})}
	}
	if sup.On() {
		doc.SuppressedBelow = sup.Below
	}
	return writeIndented(w, doc)
}

type diffJSON struct {
	Before         string                   `json:"before"` // dataset name and window
	After          string                   `json:"after"`
	Gained         []tieChangeJSON          `json:"gained"`
	Lost           []tieChangeJSON          `json:"lost"`
	Strengthened   []tieChangeJSON          `json:"strengthened"`
	Weakened       []tieChangeJSON          `json:"weakened"`
	Opened         []gapJSON                `json:"gaps_opened"`
	Closed         []gapJSON                `json:"gaps_closed"`
	Municipalities []municipalityChangeJSON `json:"municipalities"`

	SuppressedBelow int `json:"suppressed_below,omitempty"`
}

type tieChangeJSON struct {
	A      string          `json:"a"`
	B      string          `json:"b"`
	Before graph.JSONFloat `json:"before"`
	After  graph.JSONFloat `json:"after"`
	Change graph.JSONFloat `json:"change"`
}

func newTieChangesJSON(l []gaps.TieChange) []tieChangeJSON {
	out := make([]tieChangeJSON, len(l))
	for i, c := range l {
		out[i] = tieChangeJSON{c.A, c.B, graph.JSONFloat(c.Before), graph.JSONFloat(c.After), graph.JSONFloat(c.Change)}
	}
	return out
}

type municipalityChangeJSON struct {
	Municipality string       `json:"municipality"`
	Before       netStatsJSON `json:"before"`
	After        netStatsJSON `json:"after"`
	Change       netStatsJSON `json:"change"`
}

// netStatsJSON is gaps.NetStats; units and ties are int or Hidden, the
// density graph.JSONFloat or Hidden.
type netStatsJSON struct {
	Units         any             `json:"units"`
	Ties          any             `json:"ties"`
	Density       any             `json:"density"`
	Components    int             `json:"components"`
	Fragmentation graph.JSONFloat `json:"fragmentation"`
}

// newNetStatsJSON returns s with its small units and ties hidden by sup
// and the density with them; for a change, of's (before and after) hidden
// values hide the change too.
func newNetStatsJSON(s gaps.NetStats, sup Suppression, of []netStatsJSON) netStatsJSON {
	units, ties := sup.Count(s.Units), sup.Count(s.Ties)
	if of != nil {
		units, ties = s.Units, s.Ties
		for _, o := range of {
			units, ties = sup.Of(units, o.Units), sup.Of(ties, o.Ties)
		}
	}
	density := sup.Of(graph.JSONFloat(s.Density), units, ties)
	return netStatsJSON{units, ties, density, s.Components, graph.JSONFloat(s.Fragmentation)}
}
