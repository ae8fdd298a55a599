package report

import (
	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
)

// eiSignificance returns the plain-words significance of the E-I index by
// agency and by level (text.EISignificance), from permutation tests with
// metrics.DefaultPermutations permutations seeded by seed.
func eiSignificance(n *graph.Network, seed uint64) (agency, level graph.Text) {
	opt := metrics.PermutationOptions{Seed: seed}
	a := metrics.EIPermutationTest(n, metrics.PartitionBy(n, metrics.ByAgency), opt)
	l := metrics.EIPermutationTest(n, metrics.PartitionBy(n, metrics.ByLevel), opt)
	return text.EISignificance(a), text.EISignificance(l)
}

// eiNote is an E-I key figure's note: its significance, with the scale
// after it, or the scale alone when the test says nothing.
func eiNote(sig, scale graph.Text) graph.Text {
	if sig.EN == "" {
		return scale
	}
	return graph.T(sig.NB+" ("+scale.NB+")", sig.EN+" ("+scale.EN+")")
}

// planPractice tests, in each municipality of whole (the network without
// a scope filter; only scope's when it is set), whether its ties follow
// the expected ties (compare.PlanPractice), and words the municipalities
// where they do not: one sentence each, then one naming those where they
// do.
func planPractice(whole *graph.Network, scope string, seed uint64) []graph.Text {
	_, by := compare.ExpectedRelation(whole)
	var only []string
	if scope != "" {
		only = []string{scope}
	}
	var out []graph.Text
	var followed []string
	for _, t := range compare.PlanPractice(whole, metrics.PermutationOptions{Seed: seed}, only...) {
		if s, ok := text.PlanFinding(t, by); ok {
			out = append(out, s)
		} else if c := t.Correlation; c != nil && c.Permutation.PGE < text.Alpha {
			followed = append(followed, t.Municipality)
		}
	}
	if s := text.PlanFollowed(followed, by); s.EN != "" {
		out = append(out, s)
	}
	return out
}
