package metrics

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/samkart/samkart/graph"
)

// PathMeasures holds every measure that needs the shortest paths from each
// unit: one breadth-first search (hops) and, when asked for, one Dijkstra
// search (distance = 1/weight) per source serve them all. Slices are
// indexed by node ID.
type PathMeasures struct {
	Betweenness         []float64 // see Betweenness
	BetweennessWeighted []float64 // see BetweennessWeighted; nil unless computed
	Closeness           []float64 // see Closeness
	Harmonic            []float64 // see Harmonic

	// DistanceFragmentation is Borgatti's distance-weighted fragmentation,
	// see DistanceFragmentation.
	DistanceFragmentation float64
}

// PathOptions choose what Paths computes.
type PathOptions struct {
	Weighted bool // also compute weighted betweenness (the costly part)

	// Progress, when set, is called from the computing goroutines with
	// the number of sources done so far and the total, at most a few
	// hundred times per call.
	Progress func(done, total int)
}

// Paths computes betweenness (unweighted and, with opt.Weighted, weighted),
// closeness, harmonic centrality and distance fragmentation from one
// shortest-path search per source and kind, spread over the available
// cores. Sources are assigned to a fixed number of lanes, each with its own
// accumulators, and the lanes are summed in a fixed order, so results are
// bit-identical whatever the number of cores and the scheduling.
//
// Equal weighted path lengths: sums of 1/weight along two paths of the same
// exact length can differ in the last bits of a float64 (1/3 + 1/12 + 1/12
// against 1/2). A path is a shortest one when its length d and the
// shortest distance d* satisfy |d − d*| ≤ 1e-12·d*, as igraph compares
// with a relative epsilon; the reference values were made with exact
// rational arithmetic and agree (synthetic-floatpaths tests this). Lengths
// that truly differ by less than that relative amount would be taken as
// equal; with weights that are counts, hours or 1/(k−1) meeting shares
// this does not happen.
//
// How the weighted pass stays fast: (1) ties that lie on no shortest path
// (a shorter route joins their ends, as for most weak ties beside strong
// ones) are dropped first by two- and three-step tests and short searches
// round each unit, then as each search finds them (see usefulRows); they
// change no distance or count. (2) The searches use a bucket queue
// instead of a heap (see bucketQueue). (3) The forward pass notes each
// unit's predecessors, so the backward pass visits the ties of the
// shortest paths only; neither the settling order nor any sum depends on
// the useless ties a goroutine has dropped so far (see bucketQueue). (4)
// A unit with one useful tie gets no search of its own: its neighbour's
// search adds its dependencies (see foldLeaves).
//
// The breadth-first searches run in batches of up to 64 sources that share
// each scan of a neighbour list (see batchScratch.bfs). The lanes fall in
// size (see laneSources), so that the cores finish together.
func Paths(n *graph.Network, opt PathOptions) *PathMeasures {
	nn := n.Len()
	pm := &PathMeasures{
		Betweenness: make([]float64, nn),
		Closeness:   make([]float64, nn),
		Harmonic:    make([]float64, nn),
	}
	if opt.Weighted {
		pm.BetweennessWeighted = make([]float64, nn)
	}
	if nn == 0 {
		pm.DistanceFragmentation = math.NaN()
		return pm
	}
	run := newPathRun(n, pm, opt)
	workers := min(runtime.GOMAXPROCS(0), len(run.sums))
	large := nn*batchWidth*8*workers > 16<<20
	if large {
		// The searches' scratch memory, tens of MB on national networks,
		// comes in large blocks that the pages freed by reading the data
		// cannot hold: give those back first, or they add up.
		debug.FreeOSMemory()
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run.work()
		}()
	}
	wg.Wait()
	if large {
		// The searches' scratch memory is garbage now; collecting it at
		// once keeps the heap of what the caller computes next from
		// growing to twice the size it had during the searches.
		runtime.GC()
	}
	pm.addLanes(run.sums)
	pm.DistanceFragmentation = distanceFragmentation(pm.Harmonic)
	return pm
}

// pathRun is one call of Paths: the shared input, the lanes still to take
// and each lane's accumulators.
type pathRun struct {
	pm     *PathMeasures
	opt    PathOptions
	adj    adjacency
	base   rows      // the useful ties, for the weighted searches
	log    *pruneLog // the useless ties the searches have found
	minLen float64   // the shortest tie's length
	leaves []int32   // see foldLeaves
	sums   []laneSums

	next       atomic.Int32 // the next lane to take
	done       atomic.Int64 // sources searched so far
	step       int64        // sources between two progress reports
	progressMu sync.Mutex
}

// laneSums are one lane's betweenness sums, unweighted and weighted.
type laneSums struct{ bc, bcw []float64 }

func newPathRun(n *graph.Network, pm *PathMeasures, opt PathOptions) *pathRun {
	nn := n.Len()
	run := &pathRun{pm: pm, opt: opt, adj: simpleAdjacency(n, opt.Weighted), minLen: math.Inf(1),
		sums: make([]laneSums, min(pathLanes, nn)), step: int64(max(nn/200, 1))}
	if opt.Weighted {
		run.base, run.log = usefulRows(run.adj)
		run.minLen = queueMinLen(run.adj, run.base)
		run.leaves = foldLeaves(run.base)
	}
	return run
}

// foldLeaves returns, for each unit, the number of units whose only
// useful tie is to it, and −1 for those units (the leaves), which need
// no weighted search of their own. Every shortest path from a leaf u runs
// through its neighbour p, so u's path counts are p's and its
// dependencies are p's on every unit but p, through which u reaches the
// others: δ_u(v) = δ_p(v) for v ≠ u, p and δ_u(p) = reach(p) − 2. p's
// search adds them for its leaves (see dijkstra). A unit whose neighbour
// has no other useful tie either (a pair apart) is no leaf. Nor is any
// unit of unresolved rows, where the distances from u and from p can
// round differently.
func foldLeaves(r rows) []int32 {
	leaves := make([]int32, len(r.start))
	if r.unresolved {
		return leaves
	}
	for u := range leaves {
		if r.end[u]-r.start[u] != 1 {
			continue
		}
		if p := r.nbr[r.start[u]]; r.end[p]-r.start[p] > 1 {
			leaves[u] = -1
			leaves[p]++
		}
	}
	return leaves
}

// work takes lanes until none is left, with scratch memory and, for the
// weighted searches, a copy of the useful ties of its own, pruned as the
// searches learn.
func (run *pathRun) work() {
	nn := len(run.pm.Closeness)
	sc := newPathScratch(nn, run.opt.Weighted, run.minLen)
	bs := newBatchScratch(nn, min(batchWidth, nn))
	var own rows
	seen := 0 // entries of run.log applied to own
	if run.opt.Weighted {
		own = run.base.clone()
	}
	for {
		l := int(run.next.Add(1)) - 1
		if l >= len(run.sums) {
			return
		}
		seen = run.lane(l, sc, bs, &own, seen)
	}
}

// lane searches from the sources of lane l, breadth first in batches,
// and returns how much of the log own has taken in.
func (run *pathRun) lane(l int, sc *pathScratch, bs *batchScratch, own *rows, seen int) int {
	pm, adj, weighted := run.pm, run.adj, run.opt.Weighted
	nn := len(pm.Closeness)
	ls := laneSums{bc: make([]float64, nn)}
	if weighted {
		ls.bcw = make([]float64, nn)
	}
	sources := laneSources(l, len(run.sums), nn)
	res := make([]batchResult, bs.width)
	for len(sources) > 0 {
		srcs := sources[:min(bs.width, len(sources))]
		sources = sources[len(srcs):]
		bs.bfs(adj, srcs, ls.bc, res)
		for j, s := range srcs {
			pm.Closeness[s] = closeness(res[j].reach, res[j].totDist, nn)
			pm.Harmonic[s] = res[j].harm
		}
		if !weighted {
			run.progress(len(srcs))
			continue
		}
		for _, s := range srcs {
			if k := run.leaves[s]; k >= 0 {
				sc.dijkstra(*own, s, ls.bcw, int(k))
				seen = run.log.exchange(own, s, sc.useless(*own, s, run.log.margin), seen)
				sc.endSearch()
			}
			run.progress(1)
		}
	}
	run.sums[l] = ls
	return seen
}

// progress counts k more sources searched and tells opt.Progress each
// time another step of them is done, and at the end.
func (run *pathRun) progress(k int) {
	if run.opt.Progress == nil {
		return
	}
	nn := int64(len(run.pm.Closeness))
	d := run.done.Add(int64(k))
	if (d-int64(k))/run.step != d/run.step || d == nn {
		run.progressMu.Lock()
		run.opt.Progress(int(d), int(nn))
		run.progressMu.Unlock()
	}
}

// addLanes sums the lanes in lane order and normalises betweenness.
func (pm *PathMeasures) addLanes(sums []laneSums) {
	// Each unordered pair was counted from both ends; NetworkX's
	// normalisation 1/((n−1)(n−2)) includes that factor 2.
	nn := len(pm.Betweenness)
	scale := 1.0
	if nn > 2 {
		scale = 1 / (float64(nn-1) * float64(nn-2))
	}
	for l := range sums {
		for v, x := range sums[l].bc {
			pm.Betweenness[v] += x
		}
		for v, x := range sums[l].bcw {
			pm.BetweennessWeighted[v] += x
		}
	}
	for v := range pm.Betweenness {
		pm.Betweenness[v] *= scale
		if pm.BetweennessWeighted != nil {
			pm.BetweennessWeighted[v] *= scale
		}
	}
}

// pathLanes is the fixed number of source lanes: enough to keep a few
// cores busy with little imbalance, few enough that the per-lane
// accumulators stay small.
const pathLanes = 16

// laneSources returns the sources of lane l of lanes on nn units. The
// lanes are taken in order, and their sizes fall with l (lane l has
// lanes − l shares), so that the last ones, which a core may run while
// the others have nothing left, are short. Each lane's share of every
// stretch of node IDs is the same, so its sources are spread over the
// network as the IDs are.
func laneSources(l, lanes, nn int) []int32 {
	total := lanes * (lanes + 1) / 2
	lo := l*lanes - l*(l-1)/2 // shares of the lanes before l
	hi := lo + lanes - l
	var out []int32
	for base := 0; base < nn; base += total {
		for r := base + lo; r < min(nn, base+hi); r++ {
			out = append(out, int32(r))
		}
	}
	return out
}

// closeness is NetworkX's closeness_centrality with wf_improved=True for a
// source that reaches reach units (itself included) at total distance
// totDist in a network of nn units.
func closeness(reach int, totDist int64, nn int) float64 {
	if totDist <= 0 || nn <= 1 {
		return 0
	}
	r := float64(reach - 1)
	return r / float64(totDist) * (r / float64(nn-1))
}

// distanceFragmentation is 1 − Σ_s harmonic(s) / (n(n−1)): one minus the
// mean of 1/d over ordered pairs of distinct units, 1/∞ = 0. It is NaN
// for fewer than two units.
func distanceFragmentation(harmonic []float64) float64 {
	nn := len(harmonic)
	if nn < 2 {
		return math.NaN()
	}
	sum := 0.0
	for _, h := range harmonic {
		sum += h
	}
	return 1 - sum/(float64(nn)*float64(nn-1))
}
