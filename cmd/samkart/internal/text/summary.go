package text

import (
	"fmt"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// WriteSummary writes a dataset summary as readable text in lang, with
// the small numbers of units by agency, by level and per municipality
// hidden by sup.
func WriteSummary(w io.Writer, s *metrics.Summary, lang graph.Lang, sup Suppression) error {
	tr := func(nb, en string) string { return graph.T(nb, en).In(lang) }
	num := func(n int) string { return Integer(n, lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", tr("Datasett", "Dataset"), s.Dataset)
	if s.Scope != "" {
		fmt.Fprintf(&b, "%s: %s\n", tr("Avgrenset til", "Scope"), s.Scope)
	}
	if s.Window != "" {
		fmt.Fprintf(&b, "%s: %s\n", tr("Tidsvindu", "Window"), WindowText(s.Window, lang))
	}
	period := tr("ingen datoer", "no dates")
	if s.First != "" {
		period = DateSpan(s.First, s.Last, lang)
	}
	fmt.Fprintf(&b, "%s: %s\n\n", tr("Periode", "Period"), period)

	rows := [][2]string{
		{tr("Enheter", "Units"), num(s.Units)},
		{tr("Bånd (uten retning)", "Ties (undirected)"), num(s.Ties)},
		{tr("Kontakter", "Contacts"), fmt.Sprintf("%s (%s %s, %s %s)", num(s.Contacts),
			tr("formelle", "formal"), num(s.Formal), tr("uformelle", "informal"), num(s.Informal))},
		{tr("Møter", "Meetings"), fmt.Sprintf("%s (%s %s, %s %s)", num(s.Meetings),
			tr("bilaterale", "bilateral"), num(s.Bilateral), tr("med 3 eller flere", "with 3 or more"), num(s.Multilateral))},
		{tr("Enheter uten bånd", "Units without ties"), num(len(s.Isolated))},
	}
	writePairs(&b, rows, "")

	section := func(title string, cs []Tally, sup Suppression) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		var rows [][2]string
		for _, c := range cs {
			n := num(c.N)
			if h, ok := sup.Count(c.N).(Hidden); ok {
				n = h.String()
			}
			rows = append(rows, [2]string{c.Label.In(lang), n})
		}
		writePairs(&b, rows, "  ")
	}
	ts := Tallies(s)
	section(tr("Enheter etter etat", "Units by agency"), ts.UnitsByAgency, sup)
	section(tr("Enheter etter nivå", "Units by level"), ts.UnitsByLevel, sup)
	section(tr("Kontakter etter type", "Contacts by kind"), ts.ContactsByKind, Suppression{})
	section(tr("Møter etter antall deltakende enheter", "Meetings by number of units"), ts.MeetingsBySize, Suppression{})

	if len(s.Municipalities) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", tr("Kommuner", "Municipalities"), len(s.Municipalities))
		t := &Table{Columns: []Column{
			Col("municipality", "kommune", "municipality"),
			Col("region", "region", "region"),
			Col("programme", "program", "programme"),
			Col("units", "enheter", "units"),
			Col("ties", "bånd", "ties"),
		}}
		for _, m := range s.Municipalities {
			prog := ""
			if m.Programme != nil {
				prog = tr("nei", "no")
				if *m.Programme {
					prog = tr("ja", "yes")
				}
			}
			t.Rows = append(t.Rows, []any{m.Name, m.Region, prog, sup.Count(m.Units), sup.Count(m.Ties)})
		}
		var tb strings.Builder
		if err := WriteText(&tb, t, lang); err != nil {
			return err
		}
		for _, line := range strings.SplitAfter(strings.TrimRight(tb.String(), "\n"), "\n") {
			b.WriteString("  " + line)
		}
		b.WriteString("\n")
	}
	writeSurveySummary(&b, s, lang)
	if len(s.Isolated) > 0 {
		fmt.Fprintf(&b, "\n%s: %s\n", tr("Enheter uten bånd", "Units without ties"), capList(s.Isolated, 20))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writePairs(b *strings.Builder, rows [][2]string, indent string) {
	width := 0
	for _, r := range rows {
		width = max(width, len([]rune(r[0])))
	}
	for _, r := range rows {
		fmt.Fprintf(b, "%s%s%s  %s\n", indent, r[0], strings.Repeat(" ", width-len([]rune(r[0]))), r[1])
	}
}

func capList(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + fmt.Sprintf(" … (+%d)", len(items)-n)
}
