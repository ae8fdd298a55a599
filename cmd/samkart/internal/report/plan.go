package report

import (
	"fmt"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// eiSignificance returns the plain-words significance of the E-I index by
// agency and by level (text.EISignificance), from permutation tests with
// metrics.DefaultPermutations permutations seeded by seed.
func eiSignificance(n *graph.Network, seed uint64) (agency, level graph.Text) {
	opt := metrics.PermutationOptions{Seed: seed, Permutations: eiPermutations(len(n.Ties()))}
	a := metrics.EIPermutationTest(n, metrics.PartitionBy(n, metrics.ByAgency), opt)
	l := metrics.EIPermutationTest(n, metrics.PartitionBy(n, metrics.ByLevel), opt)
	return text.EISignificance(a), text.EISignificance(l)
}

// eiMaxVisits is the most ties the E-I permutation tests go through,
// each permutation going through every tie: past it a large network gets
// fewer permutations, down to eiMinPermutations, whose p-value is still
// good to a few thousandths.
const (
	eiMaxVisits       = 1e9
	eiMinPermutations = 1000
)

// eiPermutations is the number of permutations of the E-I tests of a
// network of ties ties: metrics.DefaultPermutations, or fewer when those
// would go through more than eiMaxVisits ties.
func eiPermutations(ties int) int {
	k := metrics.DefaultPermutations
	if float64(ties)*float64(k) > eiMaxVisits {
		k = max(eiMinPermutations, int(eiMaxVisits/float64(ties)))
	}
	return k
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
// the action plan (expected.csv; nothing without one: the default
// expectations ask for a tie between two services, which any pair of
// their units gives, not for ties between all their units as the test
// would read them) by compare.PlanPractice, and words the municipalities
// where they do not: one sentence each, at most maxFindings, then one
// naming those where they do.
func planPractice(whole *graph.Network, scope string, seed uint64) []graph.Text {
	if whole.Data == nil || len(whole.Data.Expected) == 0 {
		return nil
	}
	by := gaps.ExpectedByPlan
	var only []string
	if scope != "" {
		only = []string{scope}
	}
	var out []graph.Text
	var followed []string
	more := 0
	for _, t := range compare.PlanPractice(whole, metrics.PermutationOptions{Seed: seed}, only...) {
		if s, ok := text.PlanFinding(t, by); ok {
			if len(out) == maxFindings {
				more++
				continue
			}
			out = append(out, s)
		} else if c := t.Correlation; c != nil && c.Permutation.PGE < text.Alpha {
			followed = append(followed, t.Municipality)
		}
	}
	if more > 0 {
		out = append(out, graph.T(fmt.Sprintf("… og %d kommuner til; samkart qap --scope KOMMUNE --y ties-binary --x expected gir testen for hver.", more),
			fmt.Sprintf("… and %d more municipalities; samkart qap --scope MUNICIPALITY --y ties-binary --x expected gives the test for each.", more)))
	}
	if s := text.PlanFollowed(followed, by); s.EN != "" {
		out = append(out, s)
	}
	return out
}
