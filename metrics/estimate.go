package metrics

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/samkart/samkart/graph"
)

// PathEstimate is how long the whole network's path measures would take,
// exactly (Paths with weighted betweenness) and sampled (PathsApprox),
// from a few timed searches on all cores.
type PathEstimate struct {
	Units int
	// Exact is the estimated time of Paths with weighted betweenness,
	// ExactUnweighted without.
	Exact, ExactUnweighted time.Duration
	// Unweighted makes Approx and Fit leave weighted betweenness out.
	Unweighted bool
	// Pair and PairWeighted are the time per sampled pair, Source per
	// sampled source and SourceExact per source of the exact closeness,
	// on all cores; Setup is the sampling's fixed cost (the vertex
	// diameter bounds).
	Pair, PairWeighted, Source, SourceExact, Setup time.Duration
	// VD and VDWeighted bound the vertex diameter (see BetweennessSample).
	VD, VDWeighted int
}

// Time returns the estimated time of the exact path measures, with
// weighted betweenness unless e.Unweighted.
func (e *PathEstimate) Time() time.Duration {
	if e.Unweighted {
		return e.ExactUnweighted
	}
	return e.Exact
}

// Approx returns the estimated time of PathsApprox with eps and
// confidence (without weighted betweenness when e.Unweighted).
func (e *PathEstimate) Approx(eps, confidence float64) time.Duration {
	delta := 1 - confidence
	nn := e.Units
	if nn <= 2 {
		return 0
	}
	scale := float64(nn) / float64(nn-2)
	t := e.Setup + time.Duration(BetweennessSample(e.VD, eps/scale, delta))*e.Pair
	if !e.Unweighted {
		t += time.Duration(BetweennessSample(e.VDWeighted, eps/scale, delta)) * e.PairWeighted
	}
	if k := SourceSample(nn, float64(nn)/float64(nn-1), math.Max(eps, MinPathSourceEps), delta); k < nn {
		t += time.Duration(k) * e.Source
	} else {
		t += time.Duration(nn) * e.SourceExact
	}
	return t
}

// ApproxSteps are the errors Fit chooses from, smallest first.
var ApproxSteps = []float64{0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1}

// Fit returns the smallest of ApproxSteps whose sampling is estimated to
// take no more than budget, and false, with the largest, when none does.
func (e *PathEstimate) Fit(budget time.Duration, confidence float64) (float64, bool) {
	for _, eps := range ApproxSteps {
		if e.Approx(eps, confidence) <= budget {
			return eps, true
		}
	}
	return ApproxSteps[len(ApproxSteps)-1], false
}

// WorthEstimating tells whether the path measures of n may take long
// enough to be worth an estimate: units times ties above a threshold
// under which they take a few seconds at most.
func WorthEstimating(n *graph.Network) bool {
	_, nbr, _ := n.CSR()
	return float64(n.Len())*float64(len(nbr)) >= 5e8
}

// estimateTime is how long EstimatePaths spends timing each kind of
// search.
const estimateTime = 250 * time.Millisecond

// EstimatePaths times a few searches of each kind, on all cores, and
// extrapolates. clock returns the time elapsed since a fixed moment; it
// is called only between batches of searches, from one goroutine, so a
// fake clock gives a deterministic estimate. nil means the wall clock.
func EstimatePaths(n *graph.Network, seed uint64, clock func() time.Duration) *PathEstimate {
	if clock == nil {
		start := time.Now()
		clock = func() time.Duration { return time.Since(start) }
	}
	nn := n.Len()
	e := &PathEstimate{Units: nn}
	if nn <= 2 {
		return e
	}
	workers := runtime.GOMAXPROCS(0)
	a := simpleAdjacency(n, true)
	rng := rand.New(rand.NewPCG(seed, 0xe57))

	t0 := clock()
	base, log := usefulRows(a)
	minLen := queueMinLen(a, base)
	prep := clock() - t0
	exact := make([]*pathScratch, workers)
	batch := make([]*batchScratch, workers)
	bc := make([][]float64, workers)
	own := make([]rows, workers)
	for w := range exact {
		exact[w] = newPathScratch(nn, true, minLen)
		batch[w] = newBatchScratch(nn, min(batchWidth, nn))
		bc[w] = make([]float64, nn)
		own[w] = base.clone()
	}
	// The breadth-first searches run in batches of one lane's sources, as
	// Paths runs them.
	lanes := newLaneOrder(nn)
	bfsBatch := func(w int, r *rand.Rand) {
		b := batch[w]
		// The lanes drawn as often as Paths searches them.
		srcs := lanes.stretch(r.IntN(nn), b.width)
		for len(srcs) < b.width { // a lane too short: sources at random
			if s := int32(r.IntN(nn)); !slices.Contains(srcs, s) {
				srcs = append(srcs, s)
			}
		}
		b.bfs(a, srcs, bc[w], make([]batchResult, b.width))
	}
	perBatch := timeBatches(clock, workers, bfsBatch, rng)
	e.SourceExact = perBatch / time.Duration(batch[0].width)
	perDijkstra := timeBatches(clock, workers, func(w int, r *rand.Rand) {
		s := int32(r.IntN(nn))
		exact[w].dijkstra(own[w], s, bc[w], 0)
		for _, v := range exact[w].useless(own[w], s, log.margin) {
			own[w].remove(s, v)
			own[w].remove(v, s)
		}
		exact[w].endSearch()
	}, rng)
	searched := 0 // sources of a weighted search: the leaves have none
	for _, k := range foldLeaves(base) {
		searched += b2i(k >= 0)
	}
	e.Exact = prep + time.Duration(nn)*e.SourceExact + time.Duration(searched)*perDijkstra
	e.ExactUnweighted = time.Duration(nn) * e.SourceExact

	t0 = clock()
	e.VD = vertexDiameterBound(a, rand.New(rand.NewPCG(seed, 0x5a4b)))
	e.VDWeighted = weightedVertexDiameterBound(a)
	e.Setup = clock() - t0
	bi := make([]*biSearch, workers)
	hits := make([][]uint32, workers)
	for w := range bi {
		bi[w], hits[w] = newBiSearch(nn), make([]uint32, nn)
	}
	pair := func(weighted bool) func(w int, r *rand.Rand) {
		return func(w int, r *rand.Rand) {
			s, t := int32(r.IntN(nn)), int32(r.IntN(nn-1))
			if t >= s {
				t++
			}
			if weighted {
				bi[w].sampleDijkstra(a, s, t, r, hits[w])
			} else {
				bi[w].sampleBFS(a, s, t, r, hits[w])
			}
		}
	}
	e.Pair = timeBatches(clock, workers, pair(false), rng)
	e.PairWeighted = timeBatches(clock, workers, pair(true), rng)
	e.Source = timeBatches(clock, workers, func(w int, r *rand.Rand) {
		hop := exact[w].hop
		q := a.hops(int32(r.IntN(nn)), hop, exact[w].queue)
		for _, v := range q {
			hop[v] = -1
		}
		exact[w].queue = q
	}, rng)
	return e
}

// laneOrder is every source in the order Paths takes them, lane by lane
// (see laneSources); lane l is order[start[l]:start[l+1]].
type laneOrder struct {
	order []int32
	start []int
}

func newLaneOrder(nn int) laneOrder {
	lo := laneOrder{start: []int{0}}
	for l := range pathLanes {
		lo.order = append(lo.order, laneSources(l, pathLanes, nn)...)
		lo.start = append(lo.start, len(lo.order))
	}
	return lo
}

// stretch returns width sources that Paths would search in one batch:
// those of the lane holding the x-th source, from it on (moved back to
// fit in the lane), or nil when the lane is shorter than width. Sources
// close in ID, as in one municipality, share more of a batch's levels
// than sources drawn at random.
func (lo laneOrder) stretch(x, width int) []int32 {
	l, _ := slices.BinarySearch(lo.start, x+1)
	lane := lo.order[lo.start[l-1]:lo.start[l]]
	if len(lane) < width {
		return nil
	}
	i := min(x-lo.start[l-1], len(lane)-width)
	return lane[i : i+width]
}

// timeBatches runs f in batches on workers goroutines, doubling the batch
// until estimateTime has passed, and returns the time per call. A first
// batch goes untimed: the first searches also fill the caches and grow
// the scratch memory, which the exact run pays once.
func timeBatches(clock func() time.Duration, workers int, f func(w int, r *rand.Rand), rng *rand.Rand) time.Duration {
	run := func(batch int) {
		seeds := make([]uint64, workers)
		for w := range seeds {
			seeds[w] = rng.Uint64()
		}
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(seeds[w], 1))
				for i := w; i < batch; i += workers {
					f(w, r)
				}
			}()
		}
		wg.Wait()
	}
	run(workers)
	var spent time.Duration
	calls := 0
	for batch := workers; ; batch *= 2 {
		t0 := clock()
		run(batch)
		spent += clock() - t0
		calls += batch
		if spent >= estimateTime || batch >= 1<<16 {
			return spent / time.Duration(calls)
		}
	}
}
