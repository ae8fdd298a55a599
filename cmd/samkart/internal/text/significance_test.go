package text

import (
	"math"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

func TestPValue(t *testing.T) {
	for _, tc := range []struct {
		p      float64
		nb, en string
	}{
		{0, "p < 0,001", "p < 0.001"}, {0.0009, "p < 0,001", "p < 0.001"}, {0.001, "p < 0,01", "p < 0.01"},
		{0.03, "p < 0,05", "p < 0.05"}, {0.05, "p = 0,05", "p = 0.05"}, {0.2254, "p = 0,23", "p = 0.23"},
		{1, "p = 1,00", "p = 1.00"}, {math.NaN(), "", ""},
	} {
		if nb, en := PValue(tc.p, graph.NB), PValue(tc.p, graph.EN); nb != tc.nb || en != tc.en {
			t.Errorf("PValue(%v) = %q, %q; want %q, %q", tc.p, nb, en, tc.nb, tc.en)
		}
	}
}

func TestEISignificance(t *testing.T) {
	perm := func(ge, le float64) metrics.Permutation {
		return metrics.Permutation{Permutations: 100, Mean: 0, SD: 1, PGE: ge, PLE: le}
	}
	for _, tc := range []struct {
		by     string
		p      metrics.Permutation
		nb, en string
	}{
		{"agency", perm(1, 0.004), "mer innadvendt enn tilfeldig, p < 0,01", "more inward-looking than chance, p < 0.01"},
		{"agency", perm(0.02, 0.99), "mer utadvendt enn tilfeldig, p < 0,05", "more outward-looking than chance, p < 0.05"},
		{"agency", perm(0.3, 0.75), "ikke ulik tilfeldig fordeling, p = 0,30", "no different from chance, p = 0.30"},
		{"level", perm(1, 0), "mer innenfor nivåene enn tilfeldig, p < 0,001", "more within levels than chance, p < 0.001"},
		{"level", perm(0, 1), "mer mellom nivåene enn tilfeldig, p < 0,001", "more between levels than chance, p < 0.001"},
		{"agency", metrics.Permutation{Mean: math.NaN(), SD: math.NaN(), PGE: math.NaN(), PLE: math.NaN()}, "", ""},
	} {
		got := EISignificance(&metrics.EITest{By: tc.by, Permutation: tc.p})
		if got.NB != tc.nb || got.EN != tc.en {
			t.Errorf("%s %+v: %+v", tc.by, tc.p, got)
		}
	}
}

func TestQAPSentence(t *testing.T) {
	c := &metrics.QAPCorrelation{Y: "ties", X: "expected", Correlation: -0.1234,
		Permutation: metrics.Permutation{Permutations: 10, PGE: 0.99, PLE: 0.012}}
	if got := QAPSentence(c); got.EN != "ties and expected go together less than chance would (r = −0.123, p < 0.05)." ||
		got.NB != "ties og expected henger sammen mindre enn tilfeldig (r = −0,123, p < 0,05)." {
		t.Errorf("%+v", got)
	}
	c.Correlation = math.NaN()
	if got := QAPSentence(c); got.EN == "" {
		t.Error("no sentence for an undefined correlation")
	}
}
