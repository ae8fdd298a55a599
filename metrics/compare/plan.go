package compare

import (
	"slices"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/gaps"
)

// ExpectedName is the name of the expected relation, as QAP names it.
const ExpectedName = "expected"

// ExpectedRelation returns the relation of the expected ties of n's
// dataset (gaps.Expectations: the rows of expected.csv or, without any,
// the default rules), named ExpectedName: 1 for every pair of units one
// expectation joins, a unit of one end with a unit of the other, and 0
// elsewhere. An end naming an agency or level stands for all its units in
// the expectation's municipality, so a row agency:nav,agency:bolig makes
// every NAV unit there expected to collaborate with every housing-office
// unit. It also returns where the expectations came from:
// gaps.ExpectedByPlan or gaps.ExpectedByDefault.
func ExpectedRelation(n *graph.Network) (*metrics.Relation, string) {
	by := gaps.ExpectedByDefault
	if n.Data != nil && len(n.Data.Expected) > 0 {
		by = gaps.ExpectedByPlan
	}
	var cells []metrics.Cell
	for _, e := range gaps.Expectations(n) {
		for _, a := range e.As {
			for _, b := range e.Bs {
				if a != b {
					cells = append(cells, metrics.Cell{I: a, J: b, Value: 1}, metrics.Cell{I: b, J: a, Value: 1})
				}
			}
		}
	}
	return metrics.NewBinaryRelation(ExpectedName, n.Len(), cells), by
}

// PlanTest is the QAP correlation of one municipality's ties with its
// expected ties: whether the units the plan (or the default rules) expects
// to collaborate are tied more often than other pairs of its units.
type PlanTest struct {
	Municipality string
	Units        int
	// ExpectedPairs and TiedPairs count the pairs of the municipality's
	// units that are expected to be tied and that are.
	ExpectedPairs, TiedPairs int
	// ExpectedTied counts the expected pairs that are tied.
	ExpectedTied int
	// Correlation is the QAP correlation of the binary ties (y) with the
	// expected relation (x) over the pairs of the municipality's units;
	// its value is NaN when either is constant (no expected pair, say).
	Correlation *metrics.QAPCorrelation
}

// PlanPractice tests, for every municipality of n (by name), or only
// those named in only (in any case), whether its ties follow its
// expectations: the QAP correlation of ties-binary with ExpectedRelation
// over the pairs of its own units (ties to state and regional units left
// out), each with opt's permutations and seed. Expectations are resolved
// on the whole network n, as gaps.Find does.
func PlanPractice(n *graph.Network, opt metrics.PermutationOptions, only ...string) []PlanTest {
	exp, _ := ExpectedRelation(n)
	var names []string
	seen := map[string]bool{}
	for _, u := range n.Units() {
		m := u.Municipality
		if m == "" || seen[m] || len(only) > 0 && !slices.ContainsFunc(only, func(s string) bool { return strings.EqualFold(s, m) }) {
			continue
		}
		seen[m] = true
		names = append(names, m)
	}
	sort.Strings(names)
	out := make([]PlanTest, 0, len(names))
	for _, name := range names {
		sub := n.Induced(func(u *graph.Unit) bool { return u.Municipality == name })
		out = append(out, planTest(n, sub, exp, name, opt))
	}
	return out
}

// planTest is PlanPractice for the municipality whose subgraph is sub.
func planTest(n, sub *graph.Network, exp *metrics.Relation, name string, opt metrics.PermutationOptions) PlanTest {
	t := PlanTest{Municipality: name, Units: sub.Len()}
	units := sub.Units()
	whole := make([]int32, len(units))
	for i, u := range units {
		id, _ := n.Lookup(u.Key)
		whole[i] = int32(id)
	}
	var cells []metrics.Cell
	for i := range units {
		for j := range units {
			if i != j && exp.At(whole[i], whole[j]) != 0 {
				cells = append(cells, metrics.Cell{I: int32(i), J: int32(j), Value: 1})
				if i < j {
					t.ExpectedPairs++
					if sub.TieBetween(int64(i), int64(j)) != nil {
						t.ExpectedTied++
					}
				}
			}
		}
	}
	t.TiedPairs = len(sub.Ties())
	x := metrics.NewBinaryRelation(ExpectedName, sub.Len(), cells)
	y, _ := metrics.RelationNamed(sub, "ties-binary")
	t.Correlation, _ = metrics.QAPCorrelate(y, x, metrics.QAPOptions{PermutationOptions: opt})
	return t
}
