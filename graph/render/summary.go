package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// WriteSummary writes a dataset summary as readable text in lang.
func WriteSummary(w io.Writer, s *metrics.Summary, lang graph.Lang) error {
	tr := func(nb, en string) string { return graph.T(nb, en).In(lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", tr("Datasett", "Dataset"), s.Dataset)
	if s.Scope != "" {
		fmt.Fprintf(&b, "%s: %s\n", tr("Avgrenset til", "Scope"), s.Scope)
	}
	if s.Window != "" {
		fmt.Fprintf(&b, "%s: %s\n", tr("Tidsvindu", "Window"), s.Window)
	}
	period := tr("ingen datoer", "no dates")
	if s.First != "" {
		period = s.First + " – " + s.Last
	}
	fmt.Fprintf(&b, "%s: %s\n\n", tr("Periode", "Period"), period)

	rows := [][2]string{
		{tr("Enheter", "Units"), fmt.Sprint(s.Units)},
		{tr("Bånd (uten retning)", "Ties (undirected)"), fmt.Sprint(s.Ties)},
		{tr("Kontakter", "Contacts"), fmt.Sprintf("%d (%s %d, %s %d)", s.Contacts,
			tr("formelle", "formal"), s.Formal, tr("uformelle", "informal"), s.Informal)},
		{tr("Møter", "Meetings"), fmt.Sprintf("%d (%s %d, %s %d)", s.Meetings,
			tr("bilaterale", "bilateral"), s.Bilateral, tr("med 3 eller flere", "with 3 or more"), s.Multilateral)},
		{tr("Enheter uten bånd", "Units without ties"), fmt.Sprint(len(s.Isolated))},
	}
	writePairs(&b, rows, "")

	section := func(title string, cs []metrics.Count) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		var rows [][2]string
		for _, c := range cs {
			rows = append(rows, [2]string{c.Label.In(lang), fmt.Sprint(c.N)})
		}
		writePairs(&b, rows, "  ")
	}
	section(tr("Enheter etter etat", "Units by agency"), s.UnitsByAgency)
	section(tr("Enheter etter nivå", "Units by level"), s.UnitsByLevel)
	section(tr("Kontakter etter type", "Contacts by kind"), s.ContactsByKind)
	section(tr("Møter etter antall deltakende enheter", "Meetings by number of units"), s.MeetingsBySize)

	if len(s.Municipalities) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", tr("Kommuner", "Municipalities"), len(s.Municipalities))
		t := &metrics.Table{Columns: []metrics.Column{
			metrics.Col("municipality", "kommune", "municipality"),
			metrics.Col("region", "region", "region"),
			metrics.Col("programme", "program", "programme"),
			metrics.Col("units", "enheter", "units"),
			metrics.Col("ties", "bånd", "ties"),
		}}
		for _, m := range s.Municipalities {
			prog := ""
			if m.Programme != nil {
				prog = tr("nei", "no")
				if *m.Programme {
					prog = tr("ja", "yes")
				}
			}
			t.Rows = append(t.Rows, []any{m.Name, m.Region, prog, m.Units, m.Ties})
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
