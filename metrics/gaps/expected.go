package gaps

import "github.com/samkart/samkart/graph"

// Expectation is one expected tie resolved against a network, as Find
// judges it: some unit of A should be tied to some unit of B (for a plan
// row, with at least MinWeight in all).
type Expectation struct {
	A, B       graph.Endpoint
	As, Bs     []int32 // node IDs of the units each end stands for, in ID order
	Scope      string  // municipality, or ""
	MinWeight  float64
	ExpectedBy string // ExpectedByPlan or ExpectedByDefault
	Rule       string // the default rule; "" for a plan row
	Line       int    // the line of expected.csv; 0 for a default
}

// Expectations returns the expected ties of n's dataset resolved against
// n as Find resolves them: the rows of expected.csv (each row with an
// agency or level end once per municipality it applies to) or, when the
// dataset has none, the four default rules. They are in the order of
// expected.csv, or of the rules. A network without its dataset's records
// has no expectations.
func Expectations(n *graph.Network) []Expectation {
	if n == nil {
		return nil
	}
	x := newGapIndex(gapData(n), n)
	exps := x.expectations()
	out := make([]Expectation, len(exps))
	for i, e := range exps {
		out[i] = Expectation{A: e.a, B: e.b, As: e.as, Bs: e.bs, Scope: e.scope, MinWeight: e.min,
			ExpectedBy: e.by, Rule: e.rule, Line: e.line}
	}
	return out
}

// expectations resolves the plan or, without one, the defaults.
func (x *gapIndex) expectations() []gapExpect {
	if len(x.ds.Expected) == 0 {
		return x.defaults()
	}
	var exps []gapExpect
	for _, e := range x.ds.Expected {
		exps = append(exps, x.plan(e)...)
	}
	return exps
}
