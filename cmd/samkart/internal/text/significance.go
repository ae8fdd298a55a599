package text

import (
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// Alpha is the level below which a permutation test's p-value counts as
// significant in the sentences: a share of permuted values at least as
// extreme under 5 %.
const Alpha = 0.05

// PValue writes a one-sided p-value from a permutation test for people:
// "p < 0,001", "p < 0,01", "p < 0,05" or "p = 0,23" (a decimal comma in
// bokmål); "" when undefined.
func PValue(p float64, l graph.Lang) string {
	switch {
	case math.IsNaN(p):
		return ""
	case p < 0.001:
		return "p < " + decimal("0.001", l)
	case p < 0.01:
		return "p < " + decimal("0.01", l)
	case p < Alpha:
		return "p < " + decimal("0.05", l)
	}
	return "p = " + decimal(strconv.FormatFloat(p, 'f', 2, 64), l)
}

// decimal swaps the decimal point of s for a comma in bokmål and the
// minus sign for a true one.
func decimal(s string, l graph.Lang) string {
	if strings.HasPrefix(s, "-") {
		s = "−" + s[1:]
	}
	if l == graph.NB {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// EISignificance says in plain words whether an E-I index differs from
// what chance would give, by its permutation test: "mer innadvendt enn
// tilfeldig, p < 0,01" / "more inward-looking than chance, p < 0.01"
// (more ties within the groups than the permutations gave), "more
// outward-looking than chance", or "no different from chance, p = 0.23".
// Levels read "within levels" and "between levels". It is empty when the
// test was not run or the index is undefined.
func EISignificance(e *metrics.EITest) graph.Text {
	p := e.Permutation
	if p.Permutations == 0 || math.IsNaN(p.PGE) || math.IsNaN(p.PLE) {
		return graph.Text{}
	}
	in, out := graph.T("mer innadvendt enn tilfeldig", "more inward-looking than chance"),
		graph.T("mer utadvendt enn tilfeldig", "more outward-looking than chance")
	if e.By == metrics.ByLevel.String() {
		in, out = graph.T("mer innenfor nivåene enn tilfeldig", "more within levels than chance"),
			graph.T("mer mellom nivåene enn tilfeldig", "more between levels than chance")
	}
	words, pv := graph.T("ikke ulik tilfeldig fordeling", "no different from chance"), math.Min(p.PGE, p.PLE)
	switch {
	case p.PLE < Alpha && p.PLE <= p.PGE:
		words = in
	case p.PGE < Alpha:
		words = out
	}
	return graph.T(words.NB+", "+PValue(pv, graph.NB), words.EN+", "+PValue(pv, graph.EN))
}

// PlanFinding says in one plain sentence how a municipality's ties stand
// to its expected ties (compare.PlanTest), by the QAP test: that the pairs
// expected to collaborate are tied less often than other pairs (plan and
// practice pull apart), or no more often than chance would give. by is
// gaps.ExpectedByPlan or gaps.ExpectedByDefault. It returns false when
// practice follows the expectations significantly, or the test is
// undefined.
func PlanFinding(t compare.PlanTest, by string) (graph.Text, bool) {
	c := t.Correlation
	if c == nil || math.IsNaN(c.Correlation) {
		return graph.Text{}, false
	}
	p := c.Permutation
	what := graph.T("etter handlingsplanen (expected.csv)", "by the action plan (expected.csv)")
	if by == gaps.ExpectedByDefault {
		what = graph.T("etter samkarts standardforventninger", "by samkart's default expectations")
	}
	stat := func(l graph.Lang, pv float64) string {
		return "QAP r = " + decimal(strconv.FormatFloat(c.Correlation, 'f', 2, 64), l) + ", " + PValue(pv, l)
	}
	share := func(l graph.Lang) string {
		return strconv.Itoa(t.ExpectedTied) + graph.T(" av ", " of ").In(l) + strconv.Itoa(t.ExpectedPairs) +
			graph.T(" forventede par har bånd", " expected pairs are tied").In(l)
	}
	switch {
	case p.PLE < Alpha:
		return graph.T(
			"I "+t.Municipality+" har parene som forventes å samarbeide "+what.NB+", sjeldnere bånd enn andre par ("+share(graph.NB)+"): plan og praksis går i hver sin retning ("+stat(graph.NB, p.PLE)+").",
			"In "+t.Municipality+", the pairs expected to collaborate "+what.EN+" are tied less often than other pairs ("+share(graph.EN)+"): plan and practice pull apart ("+stat(graph.EN, p.PLE)+")."), true
	case p.PGE >= Alpha:
		return graph.T(
			"I "+t.Municipality+" har parene som forventes å samarbeide "+what.NB+", ikke oftere bånd enn andre par: samarbeidet følger ikke planen mer enn tilfeldig ("+share(graph.NB)+"; "+stat(graph.NB, p.PGE)+").",
			"In "+t.Municipality+", the pairs expected to collaborate "+what.EN+" are not tied more often than other pairs: collaboration follows the plan no more than chance would ("+share(graph.EN)+"; "+stat(graph.EN, p.PGE)+")."), true
	}
	return graph.Text{}, false
}

// PlanFollowed says in one sentence which municipalities' ties follow
// their expectations significantly (names, in order); empty for none.
func PlanFollowed(names []string, by string) graph.Text {
	if len(names) == 0 {
		return graph.Text{}
	}
	what := graph.T("handlingsplanen", "the action plan")
	if by == gaps.ExpectedByDefault {
		what = graph.T("standardforventningene", "the default expectations")
	}
	return graph.T(
		"I "+joinNames(names, "og")+" følger båndene "+what.NB+" mer enn tilfeldig (p < 0,05).",
		"In "+joinNames(names, "and")+", the ties follow "+what.EN+" more than chance would (p < 0.05).")
}

// QAPSentence says in plain words whether two relations go together more
// than chance would, by the QAP correlation test.
func QAPSentence(c *metrics.QAPCorrelation) graph.Text {
	if math.IsNaN(c.Correlation) {
		return graph.T(c.Y+" og "+c.X+": korrelasjonen er ikke definert (en av relasjonene er konstant).",
			c.Y+" and "+c.X+": the correlation is undefined (one of the relations is constant).")
	}
	p := c.Permutation
	r := func(l graph.Lang) string { return "r = " + decimal(strconv.FormatFloat(c.Correlation, 'f', 3, 64), l) }
	switch {
	case p.PGE < Alpha:
		return graph.T(c.Y+" og "+c.X+" henger sammen mer enn tilfeldig ("+r(graph.NB)+", "+PValue(p.PGE, graph.NB)+").",
			c.Y+" and "+c.X+" go together more than chance would ("+r(graph.EN)+", "+PValue(p.PGE, graph.EN)+").")
	case p.PLE < Alpha:
		return graph.T(c.Y+" og "+c.X+" henger sammen mindre enn tilfeldig ("+r(graph.NB)+", "+PValue(p.PLE, graph.NB)+").",
			c.Y+" and "+c.X+" go together less than chance would ("+r(graph.EN)+", "+PValue(p.PLE, graph.EN)+").")
	}
	pv := math.Min(p.PGE, p.PLE)
	return graph.T(c.Y+" og "+c.X+" henger ikke sammen mer eller mindre enn tilfeldig ("+r(graph.NB)+", "+PValue(pv, graph.NB)+").",
		c.Y+" and "+c.X+" go together no more and no less than chance would ("+r(graph.EN)+", "+PValue(pv, graph.EN)+").")
}
