package text

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// WriteComparison writes a comparison as text in lang. Municipalities come
// in one block per region: their values with the region's median below
// them, then their ranks within the region (1 = highest). With byRegion it
// writes one row per region instead. Undefined values are shown as "–",
// those sup hides as "<3", their ranks as "–".
func WriteComparison(w io.Writer, c *compare.Comparison, lang graph.Lang, byRegion bool, sup Suppression) error {
	tr := func(nb, en string) string { return graph.T(nb, en).In(lang) }
	var b bytes.Buffer
	if byRegion {
		head := []string{tr("region", "region"), tr("kommuner", "municipalities"), tr("i program", "in programme")}
		head = append(head, c.Columns...)
		for _, m := range c.Measures {
			head = append(head, CompareShort(m).In(lang))
		}
		head = append(head, tr("nøkkelaktør", "key player"))
		rows := [][]string{head}
		for _, r := range c.Regions {
			row := []string{cmpRegionName(r.Name, lang), strconv.Itoa(r.Municipalities), strconv.Itoa(r.Programmes)}
			for k := range c.Columns {
				row = append(row, cmpNumber(r.Columns, k, true))
			}
			hidden := CompareHidden(c, r.Values, sup)
			for k, m := range c.Measures {
				row = append(row, cmpShown(cmpNumber(r.Values, k, compareIsCount(m)), hidden[k], sup))
			}
			row = append(row, cmpKeyPlayer(r))
			rows = append(rows, row)
		}
		cmpAligned(&b, rows, 3, true)
		_, err := w.Write(b.Bytes())
		return err
	}
	for ri, reg := range c.Regions {
		if ri > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: %d %s", cmpRegionTitle(reg.Name, lang), reg.Municipalities,
			cmpPlural(reg.Municipalities, tr("kommune", "municipality"), tr("kommuner", "municipalities")))
		if reg.Programmes > 0 {
			fmt.Fprintf(&b, " (%d %s)", reg.Programmes, tr("i program", "in a programme"))
		}
		b.WriteString("\n\n")
		head := []string{tr("kommune", "municipality"), tr("program", "programme")}
		head = append(head, c.Columns...)
		for _, m := range c.Measures {
			head = append(head, CompareShort(m).In(lang))
		}
		head = append(head, tr("nøkkelaktør", "key player"))
		rows := [][]string{head}
		var members []*compare.Row
		for i := range c.Municipalities {
			if c.Municipalities[i].Region == reg.Name {
				members = append(members, &c.Municipalities[i])
			}
		}
		for _, r := range members {
			row := []string{r.Name, cmpYesNo(r.Programme, lang)}
			for k := range c.Columns {
				row = append(row, cmpNumber(r.Columns, k, true))
			}
			hidden := CompareHidden(c, r.Values, sup)
			for k, m := range c.Measures {
				row = append(row, cmpShown(cmpNumber(r.Values, k, compareIsCount(m)), hidden[k], sup))
			}
			row = append(row, cmpKeyPlayer(*r))
			rows = append(rows, row)
		}
		med := []string{tr("median", "median"), ""}
		for range c.Columns {
			med = append(med, "")
		}
		for k, m := range c.Measures {
			med = append(med, cmpMedianCell(reg.Median, k, compareIsCount(m)))
		}
		med = append(med, "")
		rows = append(rows, med)
		cmpAligned(&b, rows, 2, true)

		fmt.Fprintf(&b, "\n%s\n\n", tr("Rang i regionen (1 = høyest)", "Rank within the region (1 = highest)"))
		head = []string{tr("kommune", "municipality")}
		for _, m := range c.Measures {
			head = append(head, CompareShort(m).In(lang))
		}
		rows = [][]string{head}
		for _, r := range members {
			row := []string{r.Name}
			hidden := CompareHidden(c, r.Values, sup)
			for k := range c.Measures {
				if k < len(r.Rank) && r.Rank[k] > 0 && !hidden[k] {
					row = append(row, strconv.Itoa(r.Rank[k]))
				} else {
					row = append(row, "–")
				}
			}
			rows = append(rows, row)
		}
		cmpAligned(&b, rows, 1, false)
	}
	_, err := w.Write(b.Bytes())
	return err
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

// cmpNumber formats vals[k]: an integer for counts, else three
// decimals; "–" when undefined.
func cmpNumber(vals []float64, k int, count bool) string {
	if k >= len(vals) || math.IsNaN(vals[k]) || math.IsInf(vals[k], 0) {
		return "–"
	}
	x := vals[k]
	if count || (x == math.Trunc(x) && math.Abs(x) >= 1000) {
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	s := strconv.FormatFloat(x, 'f', 3, 64)
	if s == "-0.000" {
		s = "0.000"
	}
	return s
}

// cmpMedianCell formats a median: counts with at most one decimal (the
// mean of two middle counts), other measures as cmpNumber does.
func cmpMedianCell(vals []float64, k int, count bool) string {
	if count && k < len(vals) && !math.IsNaN(vals[k]) {
		return strconv.FormatFloat(vals[k], 'f', -1, 64)
	}
	return cmpNumber(vals, k, false)
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

func cmpPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// cmpAligned writes rows as columns separated by two spaces; the first
// left columns are left-aligned, the others
// right-aligned, except the last when lastLeft is set.
func cmpAligned(b *bytes.Buffer, rows [][]string, left int, lastLeft bool) {
	if len(rows) == 0 {
		return
	}
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, s := range r {
			if i < len(width) {
				width[i] = max(width[i], utf8.RuneCountInString(s))
			}
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i, s := range r {
			if i >= len(width) {
				break
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(s))
			if i > 0 {
				line.WriteString("  ")
			}
			if i < left || (lastLeft && i == len(width)-1) {
				line.WriteString(s + pad)
			} else {
				line.WriteString(pad + s)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}
