package metrics

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
)

// DefaultPermutations is the number of random permutations of the
// permutation tests when PermutationOptions leave it 0, as UCINET's E-I
// index default.
const DefaultPermutations = 10000

// PermutationOptions configure a permutation test.
type PermutationOptions struct {
	Permutations int    // random permutations; 0 means DefaultPermutations
	Seed         uint64 // the same seed gives the same result on any number of cores
}

func (o PermutationOptions) count() int {
	if o.Permutations <= 0 {
		return DefaultPermutations
	}
	return o.Permutations
}

// Permutation summarises a statistic over random permutations: its mean
// and standard deviation (divisor N) and the shares of permuted values at
// least and at most the observed one, as UCINET and R sna's qaptest report
// them (sna: pgreq, pleeq). The observed value itself is not counted among
// the permutations.
type Permutation struct {
	// Permutations is the number of permutations in which the statistic
	// was defined (all of them, except for a group E-I index when the
	// group drew no tie).
	Permutations int
	Mean, SD     float64 // NaN when Permutations is 0
	PGE, PLE     float64 // share ≥ and ≤ the observed value; NaN when the observed value or Permutations is undefined
}

// permStats accumulates one statistic over permutations: Welford's running
// mean and sum of squared deviations, merged block by block in a fixed
// order (Chan, Golub & LeVeque 1983) so the result does not depend on
// which core ran which block.
type permStats struct {
	n, ge, le int
	mean, m2  float64
}

func (s *permStats) add(x float64, ge, le bool) {
	s.n++
	d := x - s.mean
	s.mean += d / float64(s.n)
	s.m2 += d * (x - s.mean)
	s.ge += b2i(ge)
	s.le += b2i(le)
}

func (s *permStats) merge(t permStats) {
	if t.n == 0 {
		return
	}
	n := s.n + t.n
	d := t.mean - s.mean
	s.mean += d * float64(t.n) / float64(n)
	s.m2 += t.m2 + d*d*float64(s.n)*float64(t.n)/float64(n)
	s.n = n
	s.ge += t.ge
	s.le += t.le
}

// summary returns the accumulated statistic; observed tells whether the
// observed value is defined (else the p-values are NaN).
func (s permStats) summary(observed bool) Permutation {
	p := Permutation{Permutations: s.n, Mean: math.NaN(), SD: math.NaN(), PGE: math.NaN(), PLE: math.NaN()}
	if s.n == 0 {
		return p
	}
	p.Mean = s.mean
	p.SD = math.Sqrt(s.m2 / float64(s.n))
	if observed {
		p.PGE = float64(s.ge) / float64(s.n)
		p.PLE = float64(s.le) / float64(s.n)
	}
	return p
}

// permBlock is the number of permutations drawn from one random stream.
// Blocks, not goroutines, own the streams, so the permutations drawn
// depend only on the seed.
const permBlock = 256

// permuteBlocks splits total permutations into blocks of permBlock and
// runs run(scratch, block, count) for each on up to GOMAXPROCS goroutines,
// each with its own scratch from newScratch. run stores its result by block
// index; the caller merges them in block order.
func permuteBlocks[S any](total int, newScratch func() S, run func(s S, block, count int)) {
	blocks := (total + permBlock - 1) / permBlock
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), blocks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newScratch()
			for {
				b := int(next.Add(1)) - 1
				if b >= blocks {
					return
				}
				run(s, b, min(permBlock, total-b*permBlock))
			}
		}()
	}
	wg.Wait()
}

// blockRand returns the random stream of one block: PCG seeded with the
// seed and the block number.
func blockRand(seed uint64, block int) *rand.PCG {
	return rand.NewPCG(seed, uint64(block))
}

// randBelow returns a uniform random integer in [0, n) by Lemire's
// multiply-and-reject method (Lemire, D. (2019). Fast random integer
// generation in an interval. ACM TOMACS 29(1)).
func randBelow(r *rand.PCG, n uint64) uint64 {
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// shuffle permutes a uniformly at random (Fisher–Yates).
func shuffle(a []int32, r *rand.PCG) {
	for i := len(a) - 1; i > 0; i-- {
		j := randBelow(r, uint64(i+1))
		a[i], a[j] = a[j], a[i]
	}
}
