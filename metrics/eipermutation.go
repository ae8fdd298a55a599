package metrics

import (
	"math"
	"math/rand/v2"

	"github.com/samkart/samkart/graph"
)

// EITest is the E-I index of a network under a partition with its
// permutation test, as UCINET's Network > Cohesion > E-I Index reports it.
type EITest struct {
	By       string  // the partition's name
	Index    float64 // (EL − IL)/(EL + IL), as EIIndex; NaN when no tie qualifies
	Internal int     // IL: qualifying ties within a group
	External int     // EL: qualifying ties between groups
	// Expected is the mean of the index over all permutations of the
	// group labels: ExpectedEI of the group sizes.
	Expected float64
	// Min and Max are the smallest and largest index the qualifying ties
	// could give with these group sizes: all ties inside groups as far as
	// the possible internal pairs allow, or across them.
	Min, Max float64
	// Rescaled maps Index linearly from [Min, Max] onto [−1, 1]:
	// 2(Index − Min)/(Max − Min) − 1, UCINET's re-scaled E-I index; NaN
	// when Max = Min.
	Rescaled    float64
	Permutation Permutation
	Groups      []GroupEITest // in the partition's group order
}

// GroupEITest is the E-I index of one group with its permutation test.
type GroupEITest struct {
	Group    string
	Units    int
	Index    float64 // (EL_g − IL_g)/(EL_g + IL_g); NaN when the group has no qualifying tie
	Internal int     // qualifying ties with both ends in the group
	External int     // qualifying ties with one end in the group
	// Permutation summarises the group's index over the permutations in
	// which the units drawing its label have a qualifying tie.
	Permutation Permutation
}

// EIPermutationTest computes Krackhardt and Stern's E-I index of n under p
// for the whole network and each group, with EIIndex's definition: over
// the ties of n, each counted once, leaving out ties with the group
// missing at either end. It then permutes the group labels at random over
// the units that have one (units without a label, and which ties
// qualify, stay fixed) and reports the distribution of the whole-network
// and every group's index under opt.Permutations permutations, seeded by
// opt.Seed. This is UCINET 6's E-I permutation test (Borgatti, Everett &
// Freeman 2002, Network > Cohesion > E-I Index), extended to each group.
//
// The permuted whole-network index has exact mean ExpectedEI(group sizes);
// PGE and PLE compare counts exactly (an index ≥ the observed one is
// IL ≤ observed IL), so ties with the observed value always count. One
// permutation costs O(units with a label + qualifying ties + groups) and
// allocates nothing; the result is the same for a seed on any number of
// cores.
func EIPermutationTest(n *graph.Network, p Partition, opt PermutationOptions) *EITest {
	return eiTest(n, p, opt, true)
}

// EIObserved is EIPermutationTest without the permutations: the observed,
// expected, smallest, largest and rescaled index of n under p, the
// Permutation summaries left empty (Permutations 0, NaN elsewhere).
func EIObserved(n *graph.Network, p Partition) *EITest {
	return eiTest(n, p, PermutationOptions{}, false)
}

func eiTest(n *graph.Network, p Partition, opt PermutationOptions, permute bool) *EITest {
	ec := newEICounter(n, p)
	res := &EITest{By: p.Name, Groups: make([]GroupEITest, len(p.Groups))}
	sizes := p.Sizes()
	in, ex := make([]int32, len(p.Groups)), make([]int32, len(p.Groups))
	il := ec.count(ec.labels, in, ex)
	t := ec.ties
	res.Internal, res.External = il, t-il
	res.Index = eiRatio(t-il, il)
	for g := range res.Groups {
		res.Groups[g] = GroupEITest{Group: p.Groups[g], Units: sizes[g], Internal: int(in[g]), External: int(ex[g]),
			Index: eiRatio(int(ex[g]), int(in[g]))}
	}
	res.Expected = ExpectedEI(sizes)
	res.Min, res.Max = eiRange(sizes, t)
	res.Rescaled = math.NaN()
	if res.Max > res.Min {
		res.Rescaled = 2*(res.Index-res.Min)/(res.Max-res.Min) - 1
	}
	if !permute {
		res.Permutation = permStats{}.summary(false)
		for g := range res.Groups {
			res.Groups[g].Permutation = res.Permutation
		}
		return res
	}
	whole, groups := ec.permute(il, in, ex, opt)
	res.Permutation = whole.summary(t > 0)
	for g := range res.Groups {
		res.Groups[g].Permutation = groups[g].summary(in[g]+ex[g] > 0)
	}
	return res
}

// ExpectedEI returns the mean E-I index over all permutations of group
// labels among units with the given group sizes, for any fixed set of
// ties among them: with L = Σ n_g units, a tie joins two units of one
// group with probability q = Σ n_g(n_g−1) / (L(L−1)), so E[E-I] = 1 − 2q
// exactly (the index is linear in IL when EL + IL is fixed). This is also
// the index of the complete graph on the L units, UCINET's "expected value"
// from the possible internal and external pairs. NaN for L < 2.
func ExpectedEI(sizes []int) float64 {
	var l, same float64
	for _, s := range sizes {
		l += float64(s)
		same += float64(s) * float64(s-1)
	}
	if l < 2 {
		return math.NaN()
	}
	return 1 - 2*same/(l*(l-1))
}

// eiRange returns the smallest and largest E-I index t ties can give among
// units with the given group sizes; NaN twice when t = 0.
func eiRange(sizes []int, t int) (lo, hi float64) {
	if t == 0 {
		return math.NaN(), math.NaN()
	}
	var l, internal int64
	for _, s := range sizes {
		l += int64(s)
		internal += int64(s) * int64(s-1) / 2
	}
	external := l*(l-1)/2 - internal
	tt := int64(t)
	return float64(tt-2*min(tt, internal)) / float64(tt), float64(2*min(tt, external)-tt) / float64(tt)
}

// eiCounter holds the qualifying ties of a network as positions in the
// list of labelled units, ready to be counted under any labelling: tie
// partners by position (each tie once, under its lower position) and
// every position's number of qualifying ties.
type eiCounter struct {
	labels   []int32 // group of each labelled unit, in node order
	off, nbr []int32 // position a's partners are nbr[off[a]:off[a+1]]
	degree   []int32 // qualifying ties per position
	ties     int
	groups   int
}

func newEICounter(n *graph.Network, p Partition) *eiCounter {
	ec := &eiCounter{groups: len(p.Groups)}
	pos := make([]int32, len(p.Of))
	for v, g := range p.Of {
		pos[v] = -1
		if g >= 0 {
			pos[v] = int32(len(ec.labels))
			ec.labels = append(ec.labels, g)
		}
	}
	l := len(ec.labels)
	ec.off = make([]int32, l+1)
	ec.degree = make([]int32, l)
	// Ties are sorted by (A, B) and positions follow node order, so the
	// partners come out grouped by their lower position.
	for _, t := range n.Ties() {
		if a, b := pos[t.A], pos[t.B]; a >= 0 && b >= 0 {
			ec.nbr = append(ec.nbr, b)
			ec.off[a+1]++
			ec.degree[a]++
			ec.degree[b]++
			ec.ties++
		}
	}
	for a := range l {
		ec.off[a+1] += ec.off[a]
	}
	return ec
}

// count fills in and ex with every group's internal and external ties
// under the labelling lab and returns the internal ties of the whole
// network. The inner loop counts a unit's partners in its own group in a
// register, without branches; ex follows from the ties' ends per group:
// ex_g = Σ_{units in g} degree − 2·in_g.
func (ec *eiCounter) count(lab, in, ex []int32) int {
	clear(in)
	clear(ex)
	for a, ga := range lab {
		c := int32(0)
		for _, b := range ec.nbr[ec.off[a]:ec.off[a+1]] {
			c += b2i32(lab[b] == ga)
		}
		in[ga] += c
		ex[ga] += ec.degree[a]
	}
	il := 0
	for g, c := range in {
		ex[g] -= 2 * c
		il += int(c)
	}
	return il
}

// eiScratch is one goroutine's working memory for the permutations: the
// labels being shuffled and the counts of up to 64 labellings (k·G+g).
type eiScratch struct {
	lab, in, ex []int32
	il          []int
	wide        *eiWide // nil: one labelling at a time
}

// next draws the next n labellings from r, counting them 64 at a time
// where the groups are few enough, and returns how many it drew.
func (ec *eiCounter) next(s *eiScratch, r *rand.PCG, n int) int {
	if s.wide == nil {
		shuffle(s.lab, r)
		s.il[0] = ec.count(s.lab, s.in[:ec.groups], s.ex[:ec.groups])
		return 1
	}
	n = min(n, 64)
	s.wide.reset()
	for k := range n {
		shuffle(s.lab, r)
		s.wide.mark(ec, k, s.lab)
	}
	s.wide.count(ec, n, s.in, s.ex, s.il)
	return n
}

// permute draws the permutations and returns the statistics of the whole
// network's index and of each group's, given the observed counts.
func (ec *eiCounter) permute(il0 int, in0, ex0 []int32, opt PermutationOptions) (permStats, []permStats) {
	total := opt.count()
	blocks := (total + permBlock - 1) / permBlock
	t := ec.ties
	whole := make([]permStats, blocks)
	groups := make([][]permStats, blocks)
	if t == 0 {
		return permStats{}, make([]permStats, ec.groups)
	}
	newScratch := func() *eiScratch {
		s := &eiScratch{lab: make([]int32, len(ec.labels)), in: make([]int32, 64*ec.groups),
			ex: make([]int32, 64*ec.groups), il: make([]int, 64)}
		if ec.groups <= wideGroups {
			s.wide = newEIWide(ec)
		}
		return s
	}
	permuteBlocks(total, newScratch, func(s *eiScratch, b, count int) {
		r := blockRand(opt.Seed, b)
		copy(s.lab, ec.labels)
		gs := make([]permStats, ec.groups)
		for done := 0; done < count; {
			n := ec.next(s, r, count-done)
			for k := range n {
				il := s.il[k]
				whole[b].add(float64(t-2*il)/float64(t), il <= il0, il >= il0)
				for g := range gs {
					e, i := int64(s.ex[k*ec.groups+g]), int64(s.in[k*ec.groups+g])
					if e+i == 0 {
						continue
					}
					e0, i0 := int64(ex0[g]), int64(in0[g])
					// (e−i)/(e+i) ≥ (e0−i0)/(e0+i0) ⇔ e·i0 ≥ e0·i
					gs[g].add(float64(e-i)/float64(e+i), e*i0 >= e0*i, e*i0 <= e0*i)
				}
			}
			done += n
		}
		groups[b] = gs
	})
	var w permStats
	g := make([]permStats, ec.groups)
	for b := range blocks {
		w.merge(whole[b])
		for k := range g {
			g[k].merge(groups[b][k])
		}
	}
	return w, g
}
