package text

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// WriteComparison writes a comparison as text in lang. Municipalities come
// in one block per region: their values with the region's median below
// them, then their ranks within the region (1 = best where the measure
// has a direction) and the verdicts of the region (compare.Verdict).
// Every header is the measure's full name, wrapped over lines, with the
// arrow of its direction; a legend below explains the arrows. With
// byRegion it writes one row per region instead. Undefined values are
// shown as "–", those sup hides as "<3", their ranks as "–".
func WriteComparison(w io.Writer, c *compare.Comparison, lang graph.Lang, byRegion bool, sup Suppression) error {
	tr := func(nb, en string) string { return graph.T(nb, en).In(lang) }
	var b bytes.Buffer
	measureHeads := func() []string {
		var head []string
		for _, m := range c.Measures {
			head = append(head, CompareHeader(m).In(lang))
		}
		return head
	}
	if byRegion {
		head := []string{tr("region", "region"), tr("kommuner", "municipalities"), tr("i program", "in programme")}
		head = append(head, cmpColumnNames(c.Columns)...)
		head = append(append(head, measureHeads()...), TermKeyPlayer.In(lang))
		var rows [][]string
		for _, r := range c.Regions {
			row := []string{cmpRegionName(r.Name, lang), Integer(r.Municipalities, lang), Integer(r.Programmes, lang)}
			row = append(row, cmpCells(c, r, sup, lang)...)
			rows = append(rows, append(row, cmpKeyPlayer(r)))
		}
		cmpAligned(&b, head, rows, 1, true)
		fmt.Fprintf(&b, "\n%s\n", CompareLegend.In(lang))
		_, err := w.Write(b.Bytes())
		return err
	}
	for ri, reg := range c.Regions {
		if ri > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: %s", cmpRegionTitle(reg.Name, lang), NounMunicipality.Count(reg.Municipalities, lang))
		if reg.Programmes > 0 {
			fmt.Fprintf(&b, " (%s %s)", Integer(reg.Programmes, lang), tr("i program", "in a programme"))
		}
		b.WriteString("\n\n")
		head := []string{tr("kommune", "municipality"), tr("program", "programme")}
		head = append(head, cmpColumnNames(c.Columns)...)
		head = append(append(head, measureHeads()...), TermKeyPlayer.In(lang))
		var members []*compare.Row
		for i := range c.Municipalities {
			if c.Municipalities[i].Region == reg.Name {
				members = append(members, &c.Municipalities[i])
			}
		}
		var rows [][]string
		for _, r := range members {
			row := []string{r.Name, cmpYesNo(r.Programme, lang)}
			row = append(row, cmpCells(c, *r, sup, lang)...)
			rows = append(rows, append(row, cmpKeyPlayer(*r)))
		}
		med := []string{TermMedian.In(lang), ""}
		for range c.Columns {
			med = append(med, "")
		}
		for k, m := range c.Measures {
			med = append(med, cmpMedianCell(reg.Median, k, compareIsCount(m), lang))
		}
		rows = append(rows, append(med, ""))
		cmpAligned(&b, head, rows, 2, true)

		fmt.Fprintf(&b, "\n%s\n\n", tr("Rang i regionen (1 = best; for mål uten pil: 1 = høyest)",
			"Rank within the region (1 = best; for measures without an arrow: 1 = highest)"))
		head = append([]string{tr("kommune", "municipality")}, measureHeads()...)
		rows = rows[:0]
		for _, r := range members {
			row := []string{r.Name}
			hidden := CompareHidden(c, r.Values, sup)
			for k := range c.Measures {
				if k < len(r.Rank) && r.Rank[k] > 0 && !hidden[k] {
					row = append(row, Integer(r.Rank[k], lang))
				} else {
					row = append(row, "–")
				}
			}
			rows = append(rows, row)
		}
		cmpAligned(&b, head, rows, 1, false)
		writeVerdicts(&b, members, lang)
	}
	if len(c.Regions) > 0 {
		fmt.Fprintf(&b, "\n%s %s\n", CompareLegend.In(lang), CompareRankLegend.In(lang))
	}
	_, err := w.Write(b.Bytes())
	return err
}

// cmpCells returns the cells of r's numbers from municipalities.csv and
// of its measures, the hidden ones marked.
func cmpCells(c *compare.Comparison, r compare.Row, sup Suppression, lang graph.Lang) []string {
	var cells []string
	for k := range c.Columns {
		cells = append(cells, cmpNumber(r.Columns, k, true, lang))
	}
	hidden := CompareHidden(c, r.Values, sup)
	for k, m := range c.Measures {
		cells = append(cells, cmpShown(cmpNumber(r.Values, k, compareIsCount(m), lang), hidden[k], sup))
	}
	return cells
}

// CompareHidden returns which of the measures vals of a municipality or region
// sup hides: its units and ties when small, and its density with either.
func CompareHidden(c *compare.Comparison, vals []float64, sup Suppression) []bool {
	hidden := make([]bool, len(c.Measures))
	if !sup.On() {
		return hidden
	}
	small := false
	for k, m := range c.Measures {
		if (m == "units" || m == "ties") && k < len(vals) && sup.Hides(vals[k]) {
			hidden[k], small = true, true
		}
	}
	for k, m := range c.Measures {
		if m == "density" && small {
			hidden[k] = true
		}
	}
	return hidden
}

// cmpShown is s, or "<N" when hidden.
func cmpShown(s string, hidden bool, sup Suppression) string {
	if hidden {
		return Hidden(sup).String()
	}
	return s
}

// writeVerdicts writes the verdict of each member of a region that has
// one, or says why there are none.
func writeVerdicts(b *bytes.Buffer, members []*compare.Row, lang graph.Lang) {
	fmt.Fprintf(b, "\n%s\n\n", Cap(TermVerdict).In(lang))
	if len(members) < compare.MinVerdictMunicipalities {
		fmt.Fprintf(b, "  %s\n", graph.T(
			fmt.Sprintf("Ingen: regionen har færre enn %d kommuner å sammenligne.", compare.MinVerdictMunicipalities),
			fmt.Sprintf("None: the region has fewer than %d municipalities to compare.", compare.MinVerdictMunicipalities)).In(lang))
		return
	}
	width := 0
	for _, r := range members {
		width = max(width, utf8.RuneCountInString(r.Name))
	}
	for _, r := range members {
		v := VerdictLine(r.Verdicts, lang)
		if v == "" {
			v = graph.T("ingen vurdering (for få mål er definert)", "no verdict (too few measures are defined)").In(lang)
		}
		fmt.Fprintf(b, "  %s%s  %s\n", r.Name, strings.Repeat(" ", width-utf8.RuneCountInString(r.Name)), v)
	}
}

// cmpColumnNames are the names of municipalities.csv's numeric columns
// as headers: underscores as spaces.
func cmpColumnNames(cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = strings.ReplaceAll(c, "_", " ")
	}
	return out
}

// cmpNumber formats vals[k] in lang: an integer for counts, else three
// decimals; "–" when undefined.
func cmpNumber(vals []float64, k int, count bool, lang graph.Lang) string {
	if k >= len(vals) || math.IsNaN(vals[k]) || math.IsInf(vals[k], 0) {
		return "–"
	}
	x := vals[k]
	if count || (x == math.Trunc(x) && math.Abs(x) >= 1000) {
		return Decimal(x, 0, lang)
	}
	return Decimal(x, 3, lang)
}

// cmpMedianCell formats a median: counts with at most one decimal (the
// mean of two middle counts), other measures as cmpNumber does.
func cmpMedianCell(vals []float64, k int, count bool, lang graph.Lang) string {
	if count && k < len(vals) && !math.IsNaN(vals[k]) {
		return Number(vals[k], 1, lang)
	}
	return cmpNumber(vals, k, false, lang)
}

func cmpKeyPlayer(r compare.Row) string {
	if r.KeyPlayer == "" {
		return "–"
	}
	if r.KeyPlayerName != "" && r.KeyPlayerName != r.KeyPlayer {
		return r.KeyPlayer + " (" + r.KeyPlayerName + ")"
	}
	return r.KeyPlayer
}

func cmpYesNo(t graph.Tri, lang graph.Lang) string {
	switch t {
	case graph.Yes:
		return graph.T("ja", "yes").In(lang)
	case graph.No:
		return graph.T("nei", "no").In(lang)
	}
	return "–"
}

func cmpRegionName(name string, lang graph.Lang) string {
	if name == "" {
		return graph.T("(uten region)", "(no region)").In(lang)
	}
	return name
}

func cmpRegionTitle(name string, lang graph.Lang) string {
	if name == "" {
		return graph.T("Uten region", "No region").In(lang)
	}
	return graph.T("Region ", "Region ").In(lang) + name
}

// cmpAligned writes a table: the headers wrapped at spaces to their
// column's width (at least 8 characters; a word is never broken) over as
// many lines as the longest needs, bottom-aligned, then the rows, columns
// separated by two spaces. The first left columns are left-aligned, the
// others right-aligned, except the last when lastLeft is set.
func cmpAligned(b *bytes.Buffer, head []string, rows [][]string, left int, lastLeft bool) {
	n := len(head)
	width := make([]int, n)
	for _, r := range rows {
		for i, s := range r {
			if i < n {
				width[i] = max(width[i], utf8.RuneCountInString(s))
			}
		}
	}
	heads := make([][]string, n)
	lines := 0
	for i, h := range head {
		heads[i] = wrapWords(h, max(width[i], 8))
		for _, l := range heads[i] {
			width[i] = max(width[i], utf8.RuneCountInString(l))
		}
		lines = max(lines, len(heads[i]))
	}
	alignLeft := func(i int) bool { return i < left || (lastLeft && i == n-1) }
	writeLine := func(cells []string) {
		var line strings.Builder
		for i := 0; i < n; i++ {
			s := ""
			if i < len(cells) {
				s = cells[i]
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(s))
			if i > 0 {
				line.WriteString("  ")
			}
			if alignLeft(i) {
				line.WriteString(s + pad)
			} else {
				line.WriteString(pad + s)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	for j := 0; j < lines; j++ {
		cells := make([]string, n)
		for i := range heads {
			if k := j - (lines - len(heads[i])); k >= 0 {
				cells[i] = heads[i][k]
			}
		}
		writeLine(cells)
	}
	for _, r := range rows {
		writeLine(r)
	}
}

// wrapWords breaks s at spaces (not at no-break spaces) into lines of at most width characters; a
// word longer than width has a line of its own.
func wrapWords(s string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Split(s, " ") { // not at no-break spaces
		switch {
		case w == "":
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}
