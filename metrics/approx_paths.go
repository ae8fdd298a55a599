package metrics

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/samkart/samkart/graph"
)

// PathMethod says how sampled path measures were computed; a nil
// *PathMethod means exactly.
type PathMethod struct {
	// Eps is the error of betweenness, unweighted and weighted, with
	// probability Confidence for each; Samples and SamplesWeighted are the
	// pairs drawn.
	Eps, Confidence          float64
	Samples, SamplesWeighted int
	// SourceEps is the error of harmonic centrality divided by n−1, with
	// probability Confidence, from Sources sources drawn uniformly;
	// closeness is estimated from the same searches, without a bound. 0
	// and n when they were computed exactly.
	SourceEps float64
	Sources   int
	// MaxTime is the time budget that chose sampling, 0 when asked for.
	MaxTime time.Duration
}

// PathsApprox is Paths with sampled betweenness, within eps of the exact
// value for every unit with probability confidence (BetweennessApprox,
// BetweennessWeightedApprox), and closeness and harmonic centrality from
// sampled sources (see PathMethod), unless the Hoeffding bound for
// max(eps, MinPathSourceEps) needs as many sources as there are units;
// then they are exact. The result depends only on the network, the
// options and seed.
func PathsApprox(ctx context.Context, n *graph.Network, opt PathOptions, eps, confidence float64, seed uint64) (*PathMeasures, *PathMethod, error) {
	if confidence <= 0 || confidence >= 1 {
		confidence = DefaultConfidence
	}
	delta := 1 - confidence
	nn := n.Len()
	pm := &PathMeasures{}
	m := &PathMethod{Eps: eps, Confidence: confidence, Sources: nn}
	var bcTotal, bcwTotal atomic.Int64
	var mu sync.Mutex
	progress := func(part *atomic.Int64) func(done, total int) {
		if opt.Progress == nil {
			return nil
		}
		return func(done, total int) {
			part.Store(int64(total)<<32 | int64(done))
			a, b := bcTotal.Load(), bcwTotal.Load()
			mu.Lock()
			opt.Progress(int(a&0xffffffff+b&0xffffffff), int(a>>32+b>>32))
			mu.Unlock()
		}
	}
	var err error
	if pm.Betweenness, m.Samples, err = betweennessApprox(ctx, n, false, eps, delta, seed, progress(&bcTotal)); err != nil {
		return nil, nil, err
	}
	if opt.Weighted {
		if pm.BetweennessWeighted, m.SamplesWeighted, err = betweennessApprox(ctx, n, true, eps, delta, seed, progress(&bcwTotal)); err != nil {
			return nil, nil, err
		}
	}
	if nn == 0 {
		pm.Closeness, pm.Harmonic = []float64{}, []float64{}
		pm.DistanceFragmentation = math.NaN()
		return pm, m, nil
	}
	span := 1.0
	if nn > 1 {
		span = float64(nn) / float64(nn-1)
	}
	sourceEps := math.Max(eps, MinPathSourceEps)
	if k := SourceSample(nn, span, sourceEps, delta); k < nn {
		m.SourceEps, m.Sources = sourceEps, k
		pm.Closeness, pm.Harmonic = sampledCloseness(n, k, seed)
	} else {
		pm.Closeness, pm.Harmonic = exactCloseness(n)
	}
	pm.DistanceFragmentation = distanceFragmentation(pm.Harmonic)
	return pm, m, ctx.Err()
}

// exactCloseness is the closeness and harmonic centrality of Paths,
// bit for bit, without betweenness.
func exactCloseness(n *graph.Network) (closeness_, harmonic []float64) {
	nn := n.Len()
	c, h := make([]float64, nn), make([]float64, nn)
	a := simpleAdjacency(n, false)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bs := newBatchScratch(nn, min(batchWidth, nn))
			discard := make([]float64, nn)
			srcs := make([]int32, 0, bs.width)
			res := make([]batchResult, bs.width)
			for first := int(next.Add(int64(bs.width))) - bs.width; first < nn; first = int(next.Add(int64(bs.width))) - bs.width {
				srcs = srcs[:0]
				for s := first; s < min(nn, first+bs.width); s++ {
					srcs = append(srcs, int32(s))
				}
				bs.bfs(a, srcs, discard, res)
				for j, s := range srcs {
					c[s], h[s] = closeness(res[j].reach, res[j].totDist, nn), res[j].harm
				}
			}
		}()
	}
	wg.Wait()
	return c, h
}

// sourceLanes is the fixed number of lanes of sampledCloseness.
const sourceLanes = 8

// sampledCloseness searches from k sources drawn uniformly with
// replacement and estimates, for every unit v, the sum of 1/d(u,v), the
// number of units reaching it and the sum of their distances over all
// units u by the sample's, times n/k.
func sampledCloseness(n *graph.Network, k int, seed uint64) (closeness_, harmonic []float64) {
	nn := n.Len()
	a := simpleAdjacency(n, false)
	rng := rand.New(rand.NewPCG(seed, 0xc105e))
	src := make([]int32, k)
	for i := range src {
		src[i] = int32(rng.IntN(nn))
	}
	type lane struct {
		harm  []float64
		dist  []int64
		reach []int32
	}
	lanes := make([]lane, min(sourceLanes, k))
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(lanes)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hop := make([]int32, nn)
			for i := range hop {
				hop[i] = -1
			}
			queue := make([]int32, 0, nn)
			inv := []float64{0}
			for l := int(next.Add(1)) - 1; l < len(lanes); l = int(next.Add(1)) - 1 {
				ln := lane{harm: make([]float64, nn), dist: make([]int64, nn), reach: make([]int32, nn)}
				for i := l; i < k; i += len(lanes) {
					queue = a.hops(src[i], hop, queue)
					for _, v := range queue[1:] {
						d := hop[v]
						for int(d) >= len(inv) {
							inv = append(inv, 1/float64(len(inv)))
						}
						ln.harm[v] += inv[d]
						ln.dist[v] += int64(d)
						ln.reach[v]++
					}
					for _, v := range queue {
						hop[v] = -1
					}
				}
				lanes[l] = ln
			}
		}()
	}
	wg.Wait()
	c, h := make([]float64, nn), make([]float64, nn)
	f := float64(nn) / float64(k)
	for v := range nn {
		var harm float64
		var dist, reach int64
		for _, ln := range lanes {
			harm += ln.harm[v]
			dist += ln.dist[v]
			reach += int64(ln.reach[v])
		}
		h[v] = harm * f
		if dist > 0 && nn > 1 {
			r := float64(reach) * f
			c[v] = r / (float64(dist) * f) * (r / float64(nn-1))
		}
	}
	return c, h
}
