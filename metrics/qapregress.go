package metrics

import (
	"fmt"
	"math"
)

// QAPRegress fits y = b0 + Σ b_k x_k by ordinary least squares over the
// pairs of units and tests every coefficient, the intercept included, with
// Dekker's semi-partialling QAP: the predictor's residual from a
// regression on the other predictors (and the intercept) is permuted,
// rows and columns together, and the t-value of its coefficient in the
// regression of y on the other predictors and the permuted residual is
// compared with the observed t-value. This is R sna 2.7-1's netlm(y, x,
// nullhyp = "qapspp", test.statistic = "t-value") (Dekker, D.,
// Krackhardt, D. & Snijders, T. A. B. (2007). Sensitivity of MRQAP tests
// to collinearity and autocorrelation conditions. Psychometrika 72(4),
// 563–581); sna draws separate permutations for every coefficient, this
// draws one per round for all of them. It fails with ErrCollinear when the
// predictors are linearly dependent.
//
// The regression is solved by Cholesky factorisation of the predictors'
// cross products, which permutedCross computes through the permutation without
// building any matrix: a round costs one pass over the cells of each
// sparse relation per pair of relations.
func QAPRegress(y *Relation, x []*Relation, opt QAPOptions) (*QAPRegression, error) {
	if err := checkRelations(opt, append([]*Relation{y}, x...)...); err != nil {
		return nil, err
	}
	m, err := newQAPModel(y, x, opt.Directed)
	if err != nil {
		return nil, err
	}
	res := m.fit()
	stats := m.permute(opt, res)
	for k := range res.Coefficients {
		c := &res.Coefficients[k]
		c.Permutation = stats[k].summary(!math.IsNaN(c.T))
		c.PAbs = math.NaN()
		if stats[k].n > 0 && !math.IsNaN(c.T) {
			c.PAbs = float64(stats[k].abs) / float64(stats[k].n)
		}
	}
	return res, nil
}

// qapModel holds what stays fixed while a regression is permuted: the
// predictors (index 0 the intercept, a nil relation), their cross
// products with each other and with y over the test's pairs, and every
// predictor's semi-partialling.
type qapModel struct {
	y           *Relation
	x           []*Relation
	q           int
	cells, half float64
	g           [][]float64 // Σ P_j·P_l
	gy          []float64   // Σ y·P_j
	yy          float64     // Σ y²
	parts       []semiPartial
}

// semiPartial is predictor k's regression on the others (O): its
// coefficients beta, residual sum of squares ee, the Cholesky factor l of
// the others' cross products, z = l⁻¹·(Σ y·P_O) and |z|².
type semiPartial struct {
	other []int
	beta  []float64
	ee    float64
	l     [][]float64
	z     []float64
	zz    float64
}

func newQAPModel(y *Relation, x []*Relation, directed bool) (*qapModel, error) {
	q := len(x) + 1
	m := &qapModel{y: y, x: append([]*Relation{nil}, x...), q: q}
	m.cells, m.half = qapPairs(y.n, directed)
	sc := newQAPScratch(y.n)
	m.g = make([][]float64, q)
	m.gy = make([]float64, q)
	sy, syy := y.sums()
	m.yy = syy * m.half
	for j := range q {
		m.g[j] = make([]float64, q)
	}
	m.g[0][0], m.gy[0] = m.cells, sy*m.half
	for j := 1; j < q; j++ {
		s, _ := m.x[j].sums()
		m.g[0][j], m.g[j][0] = s*m.half, s*m.half
		m.gy[j] = permutedCross(y, m.x[j], sc) * m.half
		for l := 1; l < q; l++ {
			m.g[j][l] = permutedCross(m.x[j], m.x[l], sc) * m.half
		}
	}
	if _, ok := cholesky(m.g); !ok {
		return nil, fmt.Errorf("%w: %s", ErrCollinear, relationNames(x))
	}
	m.parts = make([]semiPartial, q)
	for k := range q {
		m.parts[k] = m.semiPartial(k)
	}
	return m, nil
}

func relationNames(rs []*Relation) string {
	s := ""
	for i, r := range rs {
		if i > 0 {
			s += ", "
		}
		s += r.Name
	}
	return s
}

// semiPartial regresses predictor k on the others.
func (m *qapModel) semiPartial(k int) semiPartial {
	sp := semiPartial{}
	for j := range m.q {
		if j != k {
			sp.other = append(sp.other, j)
		}
	}
	goo := make([][]float64, len(sp.other))
	gk := make([]float64, len(sp.other))
	gy := make([]float64, len(sp.other))
	for a, j := range sp.other {
		goo[a] = make([]float64, len(sp.other))
		for b, l := range sp.other {
			goo[a][b] = m.g[j][l]
		}
		gk[a] = m.g[j][k]
		gy[a] = m.gy[j]
	}
	sp.l, _ = cholesky(goo) // a principal submatrix of a positive definite matrix
	w := forwardSolve(sp.l, gk)
	sp.beta = backSolve(sp.l, w)
	sp.ee = m.g[k][k] - vecDot(w, w)
	sp.z = forwardSolve(sp.l, gy)
	sp.zz = vecDot(sp.z, sp.z)
	return sp
}

// fit returns the observed regression: coefficients, t-values and R².
func (m *qapModel) fit() *QAPRegression {
	res := &QAPRegression{Y: m.y.Name, Pairs: int(m.cells), Coefficients: make([]QAPCoefficient, m.q)}
	l, _ := cholesky(m.g)
	z := forwardSolve(l, m.gy)
	beta := backSolve(l, z)
	rss := m.yy - vecDot(z, z)
	df := m.cells - float64(m.q)
	sigma2 := rss / df
	inv := lowerInverse(l)
	for j := range m.q {
		c := &res.Coefficients[j]
		c.Name = "(intercept)"
		if j > 0 {
			c.Name = m.x[j].Name
		}
		c.Estimate = beta[j]
		v := 0.0 // (G⁻¹)_jj = Σ_i (L⁻¹)_ij²
		for i := j; i < m.q; i++ {
			v += inv[i][j] * inv[i][j]
		}
		c.T = finiteOrNaN(beta[j] / math.Sqrt(sigma2*v))
	}
	tss := m.yy - m.gy[0]*m.gy[0]/m.cells
	res.RSquared, res.AdjRSquared = math.NaN(), math.NaN()
	if tss > 0 {
		res.RSquared = 1 - rss/tss
		res.AdjRSquared = 1 - (1-res.RSquared)*(m.cells-1)/df
	}
	return res
}

func finiteOrNaN(x float64) float64 {
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	return x
}

// regStats is permStats with the count of |t| ≥ |observed t|.
type regStats struct {
	permStats
	abs int
}

// regScratch is one goroutine's working memory for the permuted
// regressions.
type regScratch struct {
	*qapScratch
	c     [][]float64 // Σ P_j·P_l(π) over the test's pairs
	cy    []float64   // Σ y·P_l(π)
	mo, w []float64
}

// permute draws the permutations and returns the statistics of every
// coefficient's semi-partialled t-value.
func (m *qapModel) permute(opt QAPOptions, res *QAPRegression) []regStats {
	total := opt.count()
	blocks := (total + permBlock - 1) / permBlock
	per := make([][]regStats, blocks)
	newScratch := func() *regScratch {
		s := &regScratch{qapScratch: newQAPScratch(m.y.n), c: make([][]float64, m.q), cy: make([]float64, m.q),
			mo: make([]float64, m.q), w: make([]float64, m.q)}
		for j := range s.c {
			s.c[j] = make([]float64, m.q)
		}
		return s
	}
	permuteBlocks(total, newScratch, func(s *regScratch, b, count int) {
		r := blockRand(opt.Seed, b)
		s.identity()
		st := make([]regStats, m.q)
		for range count {
			shuffle(s.perm, r)
			s.invert()
			m.crossAll(s)
			for k := range m.q {
				obs := res.Coefficients[k].T
				t := m.permutedT(k, s)
				if math.IsNaN(t) || math.IsNaN(obs) {
					continue
				}
				st[k].add(t, atLeast(t, obs), atMost(t, obs))
				st[k].abs += b2i(atLeast(math.Abs(t), math.Abs(obs)))
			}
		}
		per[b] = st
	})
	out := make([]regStats, m.q)
	for _, st := range per {
		for k := range out {
			out[k].merge(st[k].permStats)
			out[k].abs += st[k].abs
		}
	}
	return out
}

// crossAll fills s.c and s.cy for the permutation in s; the intercept's
// entries need no permutation.
func (m *qapModel) crossAll(s *regScratch) {
	for j := range m.q {
		s.c[j][0], s.c[0][j] = m.g[j][0], m.g[0][j]
	}
	s.cy[0] = m.gy[0]
	for l := 1; l < m.q; l++ {
		s.cy[l] = permutedCross(m.y, m.x[l], s.qapScratch) * m.half
		for j := 1; j < m.q; j++ {
			s.c[j][l] = permutedCross(m.x[j], m.x[l], s.qapScratch) * m.half
		}
	}
}

// permutedT returns the t-value of predictor k's permuted residual e(π) =
// P_k(π) − Σ_O beta·P_O(π) in the regression of y on the other predictors
// and e(π). With the others' Cholesky factor L fixed, the full factor
// gains one row w = L⁻¹·(Σ P_O·e(π)) and the diagonal √(Σe² − |w|²); the
// t-value is then z_k/σ with z_k = (Σ y·e(π) − w·z)/that diagonal.
func (m *qapModel) permutedT(k int, s *regScratch) float64 {
	sp := &m.parts[k]
	for a, j := range sp.other {
		v := s.c[j][k]
		for b, l := range sp.other {
			v -= sp.beta[b] * s.c[j][l]
		}
		s.mo[a] = v
	}
	ye := s.cy[k]
	for b, l := range sp.other {
		ye -= sp.beta[b] * s.cy[l]
	}
	w := s.w[:len(sp.other)]
	forwardSolveInto(sp.l, s.mo[:len(sp.other)], w)
	d2 := sp.ee - vecDot(w, w)
	if !(d2 > 1e-12*sp.ee) {
		return math.NaN() // the permuted residual lies in the others' span
	}
	zk := (ye - vecDot(w, sp.z)) / math.Sqrt(d2)
	rss := m.yy - sp.zz - zk*zk
	return finiteOrNaN(zk / math.Sqrt(rss/(m.cells-float64(m.q))))
}

// cholesky returns the lower-triangular L with L·Lᵀ = a, reporting false
// when a is not numerically positive definite (a pivot below 1e-12 of its
// diagonal entry).
func cholesky(a [][]float64) ([][]float64, bool) {
	n := len(a)
	l := make([][]float64, n)
	for i := range n {
		l[i] = make([]float64, n)
		for j := 0; j <= i; j++ {
			s := a[i][j]
			for k := range j {
				s -= l[i][k] * l[j][k]
			}
			if i == j {
				if !(s > 1e-12*a[i][i]) {
					return l, false
				}
				l[i][i] = math.Sqrt(s)
			} else {
				l[i][j] = s / l[j][j]
			}
		}
	}
	return l, true
}

// forwardSolve returns x with L·x = b.
func forwardSolve(l [][]float64, b []float64) []float64 {
	x := make([]float64, len(b))
	forwardSolveInto(l, b, x)
	return x
}

func forwardSolveInto(l [][]float64, b, x []float64) {
	for i := range b {
		s := b[i]
		for k := range i {
			s -= l[i][k] * x[k]
		}
		x[i] = s / l[i][i]
	}
}

// backSolve returns x with Lᵀ·x = b.
func backSolve(l [][]float64, b []float64) []float64 {
	x := make([]float64, len(b))
	for i := len(b) - 1; i >= 0; i-- {
		s := b[i]
		for k := i + 1; k < len(b); k++ {
			s -= l[k][i] * x[k]
		}
		x[i] = s / l[i][i]
	}
	return x
}

// lowerInverse returns L⁻¹ for a lower-triangular L.
func lowerInverse(l [][]float64) [][]float64 {
	n := len(l)
	inv := make([][]float64, n)
	for i := range n {
		e := make([]float64, n)
		e[i] = 1
		col := forwardSolve(l, e)
		for j := range n {
			if inv[j] == nil {
				inv[j] = make([]float64, n)
			}
			inv[j][i] = col[j]
		}
	}
	return inv
}

func vecDot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
