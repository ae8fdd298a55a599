package metrics

import (
	"errors"
	"fmt"
	"math"
)

// QAPOptions configure QAPCorrelate and QAPRegress.
type QAPOptions struct {
	PermutationOptions
	// Directed uses every ordered pair of units (sna's mode = "digraph");
	// otherwise every unordered pair (mode = "graph"), and every relation
	// must be symmetric. Correlations, coefficients, R² and p-values are
	// the same either way for symmetric relations; t-values are not.
	Directed bool
}

// QAPCorrelation is the correlation of two relations with its QAP test.
type QAPCorrelation struct {
	Y, X        string
	Pairs       int     // pairs of units (cells) correlated
	Correlation float64 // Pearson's r over the cells; NaN when either relation is constant
	// Permutation is r's distribution when the units of X are permuted
	// (rows and columns together).
	Permutation Permutation
}

// QAPRegression is an OLS regression of one relation on others with
// p-values from Dekker's semi-partialling QAP.
type QAPRegression struct {
	Y            string
	Pairs        int              // pairs of units (cells): the observations
	Coefficients []QAPCoefficient // the intercept first, then the predictors in order
	RSquared     float64          // 1 − RSS/TSS; NaN when Y is constant
	AdjRSquared  float64          // 1 − (1 − R²)(N − 1)/(N − k), k coefficients
}

// QAPCoefficient is one coefficient of a QAPRegression.
type QAPCoefficient struct {
	Name     string  // "(intercept)" or the predictor's relation name
	Estimate float64 // the OLS coefficient
	T        float64 // its t-value, estimate over standard error
	// Permutation is the distribution of the t-value when the predictor's
	// residual on the other predictors is permuted (Dekker et al. 2007);
	// PAbs is the share of permuted |t| ≥ observed |t| (sna's pgreqabs).
	Permutation Permutation
	PAbs        float64
}

// ErrCollinear is returned by QAPRegress when a predictor is a linear
// combination of the others and the intercept.
var ErrCollinear = errors.New("the predictors are collinear")

// qapTol is the relative difference under which a permuted statistic
// counts as equal to the observed one: sums of the same cells in another
// order can differ in the last bits, and a discrete relation often gives
// the observed value exactly.
const qapTol = 1e-10

// atLeast and atMost compare a permuted value with the observed one,
// taking values within qapTol as equal.
func atLeast(x, obs float64) bool { return x >= obs-qapTol*math.Max(1, math.Abs(obs)) }
func atMost(x, obs float64) bool  { return x <= obs+qapTol*math.Max(1, math.Abs(obs)) }

// checkRelations panics when the relations are over different numbers of
// units and fails when an undirected test is given an asymmetric
// relation.
func checkRelations(opt QAPOptions, rs ...*Relation) error {
	for _, r := range rs {
		if r.n != rs[0].n {
			panic(fmt.Sprintf("metrics: relations %s and %s are over %d and %d units", rs[0].Name, r.Name, rs[0].n, r.n))
		}
		if !opt.Directed && !r.Symmetric {
			return fmt.Errorf("relation %s is directed; use the directed test", r.Name)
		}
	}
	return nil
}

// pairs returns the number of cells and the factor that turns sums over
// ordered pairs into sums over the pairs the test uses.
func qapPairs(n int, directed bool) (cells, half float64) {
	cells = float64(n) * float64(n-1)
	if directed {
		return cells, 1
	}
	return cells / 2, 0.5
}

// QAPCorrelate computes the correlation of y and x over the pairs of units
// (the off-diagonal cells) and its QAP test: the correlation when the
// units of x are permuted at random, rows and columns together. This is
// R sna 2.7-1's qaptest(list(y, x), gcor, g1 = 1, g2 = 2) (Krackhardt, D.
// (1987). QAP partialling as a test of spuriousness. Social Networks 9,
// 171–186); the correlation is gcor's, the same in either mode for
// symmetric relations.
func QAPCorrelate(y, x *Relation, opt QAPOptions) (*QAPCorrelation, error) {
	if err := checkRelations(opt, y, x); err != nil {
		return nil, err
	}
	cells, half := qapPairs(y.n, opt.Directed)
	res := &QAPCorrelation{Y: y.Name, X: x.Name, Pairs: int(cells)}
	sy, syy := y.sums()
	sx, sxx := x.sums()
	sy, syy, sx, sxx = sy*half, syy*half, sx*half, sxx*half
	den := math.Sqrt((syy - sy*sy/cells) * (sxx - sx*sx/cells))
	corr := func(sxy float64) float64 {
		if !(den > 0) {
			return math.NaN()
		}
		return (sxy - sx*sy/cells) / den
	}
	sc := newQAPScratch(y.n)
	res.Correlation = corr(permutedCross(y, x, sc) * half)
	total := opt.count()
	stats := make([]permStats, (total+permBlock-1)/permBlock)
	if !math.IsNaN(res.Correlation) {
		obs := res.Correlation
		permuteBlocks(total, func() *qapScratch { return newQAPScratch(y.n) }, func(sc *qapScratch, b, count int) {
			r := blockRand(opt.Seed, b)
			sc.identity()
			for range count {
				shuffle(sc.perm, r)
				sc.invert()
				c := corr(permutedCross(y, x, sc) * half)
				stats[b].add(c, atLeast(c, obs), atMost(c, obs))
			}
		})
	}
	var s permStats
	for _, st := range stats {
		s.merge(st)
	}
	res.Permutation = s.summary(!math.IsNaN(res.Correlation))
	return res, nil
}
