package text

import (
	"fmt"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// WriteGaps writes the gaps report as numbered findings in lang, the way
// an adviser would read them aloud, followed by the shares of informal and
// multi-party contact. sup hides small weights between groups.
func WriteGaps(w io.Writer, r *gaps.Report, lang graph.Lang, sup Suppression) error {
	tr := func(nb, en string) string { return graph.T(nb, en).In(lang) }
	var b strings.Builder
	section := func(title string, n int, empty string, item func(i int) string) {
		fmt.Fprintf(&b, "%s (%s)\n", title, Integer(n, lang))
		if n == 0 {
			fmt.Fprintf(&b, "  %s\n", empty)
		}
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "%3d. %s\n", i+1, item(i))
		}
		b.WriteString("\n")
	}
	n := r.Net()
	section(Cap(TermGaps).In(lang), len(r.Gaps),
		tr("Ingen: alle forventede bånd finnes.", "None: every expected tie exists."),
		func(i int) string {
			g := &r.Gaps[i]
			kind := gapWords[g.Type].In(lang)
			by := TermExpectedByRule.In(lang)
			if g.ExpectedBy == gaps.ExpectedByPlan {
				by = TermExpectedByPlan.In(lang)
				if g.Line > 0 {
					by += fmt.Sprintf(", %s %d", tr("linje", "line"), g.Line)
				}
			}
			return fmt.Sprintf("[%s; %s] %s", kind, by, GapFindingHiding(n, g, sup).In(lang))
		})
	section(Cap(TermUncoordinated).In(lang), len(r.Uncoordinated),
		tr("Ingen funnet.", "None found."),
		func(i int) string { return ParallelFinding(n, &r.Uncoordinated[i]).In(lang) })
	section(Cap(TermFading).In(lang), len(r.Fading),
		tr("Ingen funnet.", "None found."),
		func(i int) string { return FadingFinding(n, &r.Fading[i]).In(lang) })
	if s := r.Shares; s != nil {
		fmt.Fprintf(&b, "%s\n", tr("Formell og uformell, bilateral og flerpartssamhandling", "Formal and informal, bilateral and multi-party collaboration"))
		fmt.Fprintf(&b, "  %s: %s\n", TermInformalShare.In(lang), Percent(s.Overall.InformalShare, 0, lang))
		fmt.Fprintf(&b, "  %s: %s\n", TermMultiPartyShare.In(lang), Percent(s.Overall.MultiPartyShare, 0, lang))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
