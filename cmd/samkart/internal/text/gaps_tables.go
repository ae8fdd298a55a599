package text

import (
	"math"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// GapsTables returns the report of `samkart gaps` as tables for text and
// CSV output: gaps, uncoordinated contacts, fading ties, shares per agency
// pair and, when asked for, per tie. sup hides the small weights of gaps
// between groups and the small counts per agency pair.
func GapsTables(r *gaps.Report, sup Suppression) []*Table {
	n := r.Net()
	ts := []*Table{GapTable(n, r.Gaps, sup), ParallelTable(n, r.Uncoordinated), FadingTable(n, r.Fading)}
	if r.Shares != nil {
		ts = append(ts, sup.Table(SharesTable(r.Shares)))
		if r.Shares.Ties != nil {
			ts = append(ts, TieSharesTable(r.Shares))
		}
	}
	return ts
}

// GapTable returns gaps found on network n in rank order, with the
// finding in both languages.
func GapTable(n *graph.Network, l gaps.List, sup Suppression) *Table {
	t := &Table{Name: "gaps", Title: Cap(TermGaps),
		Columns: []Column{
			Col("rank", "rang", "rank"), Col("type", "type", "type"),
			Col("a", "a", "a"), Col("b", "b", "b"), Col("scope", "kommune", "municipality"),
			Col("observed_weight", "observert vekt", "observed weight"),
			Col("min_weight", "forventet vekt", "expected weight"),
			Col("expected_by", "forventet av", "expected by"), Col("rule", "regel", "rule"),
			Col("line", "linje", "line"),
			Col("text_nb", "funn", "finding (bokmål)"), Col("text_en", "funn (engelsk)", "finding"),
		}}
	for i := range l {
		g := &l[i]
		var line any
		if g.Line > 0 {
			line = g.Line
		}
		text := GapFindingHiding(n, g, sup)
		t.Rows = append(t.Rows, []any{g.Rank, GapWord(g.Type), g.A.String(), g.B.String(), g.Scope, gapWeight(g, sup),
			g.MinWeight, GapWord(g.ExpectedBy), GapWord(g.Rule), line, text.NB, text.EN})
	}
	return t
}

// gapWeight is the observed weight of g, hidden when small between groups.
func gapWeight(g *gaps.Gap, sup Suppression) any {
	if groupGap(g) {
		return sup.Amount(roundWeight(g.ObservedWeight))
	}
	return roundWeight(g.ObservedWeight)
}

// roundWeight rounds a summed weight to 6 decimals, so that sums of
// projected meeting weights read as 1 rather than 0.9999999999999999.
func roundWeight(w float64) float64 {
	return math.Round(w*1e6) / 1e6
}

// ParallelTable returns uncoordinated parallel contacts found on network
// n, with units and dates joined by "; ".
func ParallelTable(n *graph.Network, l gaps.ParallelList) *Table {
	t := &Table{Name: "uncoordinated", Title: Cap(TermUncoordinated),
		Columns: []Column{
			Col("target", "kontaktet enhet", "target"), Col("scope", "kommune", "municipality"),
			Col("office", "kontor", "office"), Col("units", "enheter", "units"), Col("dates", "datoer", "dates"),
			Col("window_days", "vindu (dager)", "window (days)"),
			Col("text_nb", "funn", "finding (bokmål)"), Col("text_en", "funn (engelsk)", "finding"),
		}}
	for i := range l {
		f := &l[i]
		text := ParallelFinding(n, f)
		t.Rows = append(t.Rows, []any{f.Target, f.Scope, f.Office, strings.Join(f.Units, "; "),
			strings.Join(f.Dates, "; "), f.WindowDays, text.NB, text.EN})
	}
	return t
}

// FadingTable returns fading ties found on network n.
func FadingTable(n *graph.Network, l gaps.FadingList) *Table {
	t := &Table{Name: "fading", Title: Cap(TermFading),
		Columns: []Column{
			Col("a", "a", "a"), Col("b", "b", "b"), Col("scope", "kommune", "municipality"),
			Col("first_contact", "første kontakt", "first contact"), Col("last_contact", "siste kontakt", "last contact"),
			Col("days_silent", "dager stille", "days silent"),
			Col("usual_interval_days", "vanlig intervall (dager)", "usual interval (days)"),
			Col("contacts", "kontakter", "contacts"), Col("as_of", "per", "as of"),
			Col("text_nb", "funn", "finding (bokmål)"), Col("text_en", "funn (engelsk)", "finding"),
		}}
	for i := range l {
		f := &l[i]
		text := FadingFinding(n, f)
		t.Rows = append(t.Rows, []any{f.A, f.B, f.Scope, f.FirstContact, f.LastContact, f.DaysSilent,
			f.UsualIntervalDays, f.Contacts, f.AsOf, text.NB, text.EN})
	}
	return t
}

// SharesTable returns the shares per agency pair, after an "all" row with
// the overall numbers.
func SharesTable(r *gaps.ShareReport) *Table {
	t := &Table{Name: "shares", Title: graph.T("Uformell kontakt og møter med tre eller flere", "Informal contact and meetings of three or more"),
		Columns: []Column{
			Col("a", "etat a", "agency a"), Col("b", "etat b", "agency b"),
			Col("ties", "bånd", "ties").Counted(), Col("contacts", "kontakter", "contacts").Counted(),
			Col("meetings", "møter", "meetings").Counted(),
			Column{Key: "informal_share", Title: TermInformalShare, From: []string{"contacts", "meetings"}},
			Column{Key: "multi_party_share", Title: TermMultiPartyShare, From: []string{"contacts", "meetings"}},
		}}
	row := func(a, b any, c *gaps.ShareCounts) {
		t.Rows = append(t.Rows, []any{a, b, c.Ties, c.Contacts, c.Meetings, c.InformalShare, c.MultiPartyShare})
	}
	all := Word{Key: "(all)", Text: graph.T("(alle)", "(all)")}
	row(all, all, &r.Overall)
	for i := range r.Agencies {
		row(r.Agencies[i].A, r.Agencies[i].B, &r.Agencies[i].ShareCounts)
	}
	return t
}

// TieSharesTable returns the shares per tie (empty unless asked for).
func TieSharesTable(r *gaps.ShareReport) *Table {
	t := &Table{Name: "tie_shares", Title: graph.T("Uformell kontakt og møter med tre eller flere, per bånd", "Informal contact and meetings of three or more, per tie"),
		Columns: []Column{
			Col("a", "a", "a"), Col("b", "b", "b"), Col("weight", "vekt", "weight"),
			Col("contacts", "kontakter", "contacts"), Col("meetings", "møter", "meetings"),
			Column{Key: "informal_share", Title: TermInformalShare},
			Column{Key: "multi_party_share", Title: TermMultiPartyShare},
		}}
	for i := range r.Ties {
		s := &r.Ties[i]
		t.Rows = append(t.Rows, []any{s.A, s.B, s.Weight, s.Contacts, s.Meetings, s.InformalShare, s.MultiPartyShare})
	}
	return t
}
