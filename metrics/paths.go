package metrics

import (
	"math"
	"math/bits"
	"runtime"
	"sort"
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
// ones) are dropped first by a two- and three-step test and then as each
// search finds them (see usefulRows); they change no distance or count.
// (2) The searches use a bucket queue instead of a heap (see
// bucketQueue). (3) Each search settles units in the order of (distance,
// node ID), so which useless ties a goroutine has dropped so far cannot
// change the order of any floating-point sum.
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
	adj := simpleAdjacency(n, opt.Weighted)
	var base rows
	var log *pruneLog
	minLen := math.Inf(1)
	if opt.Weighted {
		base, log = usefulRows(adj)
		minLen = adj.minLength()
	}

	nl := pathLanes
	if nl > nn {
		nl = nn
	}
	type laneSums struct{ bc, bcw []float64 }
	sums := make([]laneSums, nl)
	var next atomic.Int32
	var done atomic.Int64
	var progressMu sync.Mutex
	step := nn / 200
	if step < 1 {
		step = 1
	}
	workers := runtime.GOMAXPROCS(0)
	if workers > nl {
		workers = nl
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := newPathScratch(nn, opt.Weighted, minLen)
			var own rows // this goroutine's copy of the useful ties, pruned as it learns
			seen := 0    // entries of log applied to own
			if opt.Weighted {
				own = base.clone()
			}
			for {
				l := int(next.Add(1)) - 1
				if l >= nl {
					return
				}
				ls := laneSums{bc: make([]float64, nn)}
				if opt.Weighted {
					ls.bcw = make([]float64, nn)
				}
				for s := l; s < nn; s += nl {
					reach, totDist, harm := sc.bfs(adj, int32(s), ls.bc)
					pm.Closeness[s] = closeness(reach, totDist, nn)
					pm.Harmonic[s] = harm
					if opt.Weighted {
						sc.dijkstra(own, int32(s), ls.bcw)
						seen = log.exchange(&own, int32(s), sc.useless(own, int32(s), log.margin), seen)
						sc.endSearch()
					}
					if opt.Progress != nil {
						if d := done.Add(1); d%int64(step) == 0 || d == int64(nn) {
							progressMu.Lock()
							opt.Progress(int(d), nn)
							progressMu.Unlock()
						}
					}
				}
				sums[l] = ls
			}
		}()
	}
	wg.Wait()

	// Each unordered pair was counted from both ends; NetworkX's
	// normalisation 1/((n−1)(n−2)) includes that factor 2.
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
		if opt.Weighted {
			pm.BetweennessWeighted[v] *= scale
		}
	}
	pm.DistanceFragmentation = distanceFragmentation(pm.Harmonic)
	return pm
}

// pathLanes is the fixed number of source lanes: enough to keep a few
// cores busy with little imbalance, few enough that the per-lane
// accumulators stay small.
const pathLanes = 16

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

// adjacency is the simple undirected graph in CSR form: v's neighbours
// are nbr[off[v]:off[v+1]] and, for weighted searches, length[k] is the
// distance 1/weight of the tie to nbr[k].
type adjacency struct {
	off, nbr []int32
	length   []float64
}

// simpleAdjacency returns the CSR of the ties of positive weight (the
// simple graph of the SPEC), sharing the network's arrays when every tie
// qualifies.
func simpleAdjacency(n *graph.Network, lengths bool) adjacency {
	off, nbr, tie := n.CSR()
	ties := n.Ties()
	ok := true
	for i := range ties {
		if !(ties[i].Weight > 0) || math.IsInf(ties[i].Weight, 1) {
			ok = false
			break
		}
	}
	a := adjacency{off: off, nbr: nbr}
	if !ok {
		nn := n.Len()
		a.off = make([]int32, nn+1)
		a.nbr = make([]int32, 0, len(nbr))
		keep := make([]int32, 0, len(nbr))
		for v := 0; v < nn; v++ {
			for k := off[v]; k < off[v+1]; k++ {
				w := ties[tie[k]].Weight
				if w > 0 && !math.IsInf(w, 1) {
					a.nbr = append(a.nbr, nbr[k])
					keep = append(keep, tie[k])
				}
			}
			a.off[v+1] = int32(len(a.nbr))
		}
		tie = keep
	}
	if lengths {
		a.length = make([]float64, len(a.nbr))
		for k, t := range tie[:len(a.nbr)] {
			a.length[k] = 1 / ties[t].Weight
		}
	}
	return a
}

func (a adjacency) len() int { return len(a.off) - 1 }

// minLength returns the length of the shortest tie, +Inf without ties.
func (a adjacency) minLength() float64 {
	m := math.Inf(1)
	for _, l := range a.length {
		m = math.Min(m, l)
	}
	return m
}

// pathScratch is one goroutine's working memory for single-source searches.
type pathScratch struct {
	hop   []int32   // hop distance, −1 when not reached
	sigma []float64 // number of shortest paths from the source
	coef  []float64 // (1 + δ(v)) / σ(v) during accumulation, else 0
	tmp   []float64 // per-level sums during accumulation
	queue []int32   // visiting order
	inv   []float64 // inv[d] = 1/d for hop distances

	dist    []float64 // weighted distance, +Inf when not reached
	delta   []float64 // dependency δ(v) of the weighted pass
	pred    []int32   // predecessors of order[i] are pred[predOff[i]:predOff[i+1]]
	predOff []int32
	drop    []int32 // useless ties found from the last source
	buckets *bucketQueue
}

// newPathScratch returns working memory for searches on nn units; with
// weighted, for Dijkstra's searches on ties at least minLen long too.
func newPathScratch(nn int, weighted bool, minLen float64) *pathScratch {
	sc := &pathScratch{
		hop:   make([]int32, nn),
		sigma: make([]float64, nn),
		coef:  make([]float64, nn),
		tmp:   make([]float64, 0, 64),
		queue: make([]int32, 0, nn),
		inv:   []float64{0},
	}
	for i := range sc.hop {
		sc.hop[i] = -1
	}
	if weighted {
		sc.dist = make([]float64, nn)
		for i := range sc.dist {
			sc.dist[i] = math.Inf(1)
		}
		sc.delta = make([]float64, nn)
		sc.predOff = make([]int32, 0, nn+1)
		sc.buckets = newBucketQueue(nn, minLen)
	}
	return sc
}

// b2i and b2f are 1 for true and 0 for false, without a branch: the
// comparisons in the inner loops go either way too often to predict, and
// mispredicted branches would cost more than the arithmetic.
func b2i(b bool) int {
	var i int
	if b {
		i = 1
	}
	return i
}

func b2f(b bool) float64 { return float64(b2i(b)) }

// bfs runs Brandes' algorithm with breadth-first search from s, adds the
// dependencies of s to bc and returns the number of units reached (s
// included), the sum of their hop distances and the sum of their
// reciprocals (harmonic centrality of s).
func (sc *pathScratch) bfs(a adjacency, s int32, bc []float64) (reach int, totDist int64, harm float64) {
	off, nbr := a.off, a.nbr
	hop, sigma, coef := sc.hop, sc.sigma, sc.coef
	q := append(sc.queue[:0], s)
	hop[s], sigma[s] = 0, 1
	for head := 0; head < len(q); head++ {
		v := q[head]
		next := hop[v] + 1
		sv := sigma[v]
		for _, w := range nbr[off[v]:off[v+1]] {
			h := hop[w]
			if h < 0 {
				hop[w], sigma[w] = next, 0
				q = append(q, w)
				h = next
			}
			sigma[w] += sv * b2f(h == next)
		}
	}
	// Accumulate dependencies level by level from the deepest:
	// δ(v) = σ(v)·Σ_{w succ v} (1+δ(w))/σ(w). coef holds (1+δ(w))/σ(w) for
	// the levels below the current one and 0 elsewhere, so the sum can run
	// over all neighbours: those at the same or the previous level add 0.
	hi := len(q)
	for hi > 0 {
		d := hop[q[hi-1]]
		lo := hi - 1
		for lo > 0 && hop[q[lo-1]] == d {
			lo--
		}
		level := q[lo:hi]
		tmp := sc.tmp[:0]
		for _, v := range level {
			sum := 0.0
			for _, w := range nbr[off[v]:off[v+1]] {
				sum += coef[w]
			}
			tmp = append(tmp, sum)
		}
		for i, v := range level {
			if d > 0 { // s is no intermediate of its own paths
				bc[v] += sigma[v] * tmp[i]
			}
			coef[v] = 1/sigma[v] + tmp[i]
		}
		sc.tmp = tmp
		if d > 0 {
			for int(d) >= len(sc.inv) {
				sc.inv = append(sc.inv, 1/float64(len(sc.inv)))
			}
			totDist += int64(d) * int64(len(level))
		}
		hi = lo
	}
	// Harmonic sum in BFS order, as NetworkX adds it.
	for _, v := range q[1:] {
		harm += sc.inv[hop[v]]
	}
	for _, v := range q {
		hop[v], coef[v] = -1, 0
	}
	sc.queue = q
	return len(q), totDist, harm
}

// eqTol is the relative tolerance under which two weighted path lengths
// count as equal (see Paths).
const eqTol = 1e-12

// dijkstra runs Brandes' algorithm with Dijkstra's search from s on the
// lengths of r and adds the dependencies of s to bc. The queue settles
// units in the order of (distance, node ID), so the result does not depend
// on which useless ties r still holds. It leaves the distances in sc.dist
// for useless; endSearch resets them.
func (sc *pathScratch) dijkstra(r rows, s int32, bc []float64) {
	start, end, nbr, length := r.start, r.end, r.nbr, r.length
	dist, sigma, delta := sc.dist, sc.sigma, sc.delta
	q := sc.buckets
	order := sc.queue[:0]
	pred := sc.pred[:cap(sc.pred)]
	np := 0 // predecessors found so far
	predOff := append(sc.predOff[:0], 0)
	dist[s] = 0
	q.reset()
	q.push(s, 0)
	for q.take(dist) {
		for _, w := range q.batch {
			dw := dist[w]
			order = append(order, w)
			if need := np + int(end[w]-start[w]); need > len(pred) {
				pred = append(pred[:np], make([]int32, need-np+len(pred))...)
				pred = pred[:cap(pred)]
			}
			// w is settled: every unit at a smaller distance is settled
			// too, so one pass over w's ties both relaxes them and finds
			// w's predecessors (settled v with dist[v] + length =
			// dist[w]), whose σ is final. A settled v is never relaxed
			// (alt ≥ dist[v]); an unsettled one fails the predecessor
			// test (dist[v] ≥ dist[w]). The test is written without
			// branches: it is true for about one tie in five, too often to
			// predict.
			sw := 0.0
			tol := eqTol * dw
			for k := start[w]; k < end[w]; k++ {
				v := nbr[k]
				dv := dist[v]
				l := length[k]
				if alt := dw + l; alt < dv {
					dist[v] = alt
					q.move(v, alt)
					continue
				}
				is := b2i(math.Abs(dv+l-dw) <= tol) & b2i(dv < dw)
				pred[np] = v
				np += is
				sw += sigma[v] * float64(is)
			}
			if w == s {
				sw = 1
			}
			sigma[w] = sw
			predOff = append(predOff, int32(np))
		}
	}
	// Accumulate in reverse settling order along the predecessor lists.
	for i := len(order) - 1; i > 0; i-- {
		w := order[i]
		c := (1 + delta[w]) / sigma[w]
		for _, v := range pred[predOff[i]:predOff[i+1]] {
			delta[v] += sigma[v] * c
		}
		bc[w] += delta[w]
	}
	for _, v := range order {
		delta[v] = 0
	}
	sc.queue, sc.pred, sc.predOff = order, pred[:0], predOff
}

// useless returns the neighbours v of s, just searched from by dijkstra,
// whose tie to s is on no shortest path: d(s,v) is shorter than the tie by
// more than margin.
func (sc *pathScratch) useless(r rows, s int32, margin func(float64) float64) []int32 {
	out := sc.drop[:0]
	for k := r.start[s]; k < r.end[s]; k++ {
		if l := r.length[k]; l-sc.dist[r.nbr[k]] > margin(l) {
			out = append(out, r.nbr[k])
		}
	}
	sc.drop = out
	return out
}

// endSearch resets the distances dijkstra left for the next search.
func (sc *pathScratch) endSearch() {
	for _, v := range sc.queue {
		sc.dist[v] = math.Inf(1)
	}
}

// rows is a mutable CSR of the ties with their lengths: node v's ties are
// nbr[start[v]:end[v]] in increasing neighbour order. Removing a tie keeps
// the order of the rest, so sums over a row come out the same whichever
// useless ties are gone.
type rows struct {
	start, end []int32
	nbr        []int32
	length     []float64
}

func (r rows) clone() rows {
	return rows{start: r.start, end: append([]int32(nil), r.end...),
		nbr: append([]int32(nil), r.nbr...), length: append([]float64(nil), r.length...)}
}

// remove deletes the tie u–v from u's row, if it is there.
func (r *rows) remove(u, v int32) {
	lo, hi := r.start[u], r.end[u]
	for k := lo; k < hi; k++ {
		if r.nbr[k] == v {
			copy(r.nbr[k:hi-1], r.nbr[k+1:hi])
			copy(r.length[k:hi-1], r.length[k+1:hi])
			r.end[u]--
			return
		}
	}
}

// usefulRows returns the ties of a that can lie on a shortest path, as far
// as a cheap test tells, and the log through which the searches share the
// useless ties they find.
//
// A tie u–v of length l lies on no shortest path when d(u,v) < l: any
// path through it could be shortened. Most ties of a weighted
// collaboration network are such weak ties beside stronger two-step
// links, and dropping them changes no distance, path count or
// betweenness, only the work. To keep the tolerance of eqTol exact, a tie
// is dropped only when the shorter route beats it by more than
// 2e-12·max(D, l), where D bounds every distance (twice the largest
// eccentricity of one unit per component); then no path through it can
// come within the tolerance of a shortest one.
//
// The cheap tests look for a shorter route of two ties u–x–v, then of
// three; the searches then find the rest, each from its source (see
// useless), and share them.
func usefulRows(a adjacency) (rows, *pruneLog) {
	nn := a.len()
	// D: twice the largest eccentricity found from one unit per component.
	ecc := 0.0
	seen := make([]bool, nn)
	sc := newPathScratch(nn, true, a.minLength())
	whole := rows{start: a.off[:nn], end: a.off[1:], nbr: a.nbr, length: a.length}
	discard := make([]float64, nn)
	for s := 0; s < nn; s++ {
		if seen[s] {
			continue
		}
		sc.dijkstra(whole, int32(s), discard)
		for _, v := range sc.queue {
			seen[v] = true
			ecc = math.Max(ecc, sc.dist[v])
		}
		sc.endSearch()
	}
	bound := 2 * ecc * (1 + 1e-9)
	margin := func(l float64) float64 { return 2 * eqTol * math.Max(bound, l) }

	// Two-step test: for each u, the shortest two-tie route to each
	// neighbour v.
	drop := make([]bool, len(a.nbr))
	via := make([]float64, nn)
	for i := range via {
		via[i] = math.Inf(1)
	}
	for u := 0; u < nn; u++ {
		row := a.nbr[a.off[u]:a.off[u+1]]
		for k := a.off[u]; k < a.off[u+1]; k++ {
			x, lx := a.nbr[k], a.length[k]
			for j := a.off[x]; j < a.off[x+1]; j++ {
				if p := lx + a.length[j]; p < via[a.nbr[j]] {
					via[a.nbr[j]] = p
				}
			}
		}
		for i, v := range row {
			k := int(a.off[u]) + i
			if l := a.length[k]; l-via[v] > margin(l) {
				drop[k] = true
			}
		}
		// Reset only what was touched.
		for k := a.off[u]; k < a.off[u+1]; k++ {
			x := a.nbr[k]
			for _, w := range a.nbr[a.off[x]:a.off[x+1]] {
				via[w] = math.Inf(1)
			}
		}
	}
	r := compact(a.off[:nn], a.off[1:], a.nbr, a.length, drop)

	// Three-step test on what is left: for each u, the shortest route of
	// at most two ties to every unit near it, then for each neighbour v
	// the shortest route u … y – v over v's other ties.
	best := via
	drop = make([]bool, len(r.nbr))
	var touched []int32
	for u := 0; u < nn; u++ {
		touched = touched[:0]
		see := func(y int32, d float64) {
			if d < best[y] {
				if best[y] == math.Inf(1) {
					touched = append(touched, y)
				}
				best[y] = d
			}
		}
		for k := r.start[u]; k < r.end[u]; k++ {
			x, lx := r.nbr[k], r.length[k]
			see(x, lx)
			for j := r.start[x]; j < r.end[x]; j++ {
				see(r.nbr[j], lx+r.length[j])
			}
		}
		for k := r.start[u]; k < r.end[u]; k++ {
			v, l := r.nbr[k], r.length[k]
			alt := math.Inf(1)
			for j := r.start[v]; j < r.end[v]; j++ {
				if y := r.nbr[j]; int(y) != u {
					alt = math.Min(alt, best[y]+r.length[j])
				}
			}
			if l-alt > margin(l) {
				drop[k] = true
			}
		}
		for _, y := range touched {
			best[y] = math.Inf(1)
		}
	}
	// Sums of three lengths depend on the order of addition, so the two
	// ends of a tie may judge it differently at the margin: drop both
	// directions when either end finds it useless.
	for u := 0; u < nn; u++ {
		for k := r.start[u]; k < r.end[u]; k++ {
			if drop[k] {
				v := r.nbr[k]
				row := r.nbr[r.start[v]:r.end[v]]
				i := sort.Search(len(row), func(i int) bool { return row[i] >= int32(u) })
				if i < len(row) && row[i] == int32(u) {
					drop[int(r.start[v])+i] = true
				}
			}
		}
	}
	r = compact(r.start, r.end, r.nbr, r.length, drop)
	return r, &pruneLog{margin: margin}
}

// compact returns the rows start..end of nbr and length without the
// entries marked in drop.
func compact(start, end, nbr []int32, length []float64, drop []bool) rows {
	nn := len(start)
	r := rows{start: make([]int32, nn), end: make([]int32, nn)}
	for u := 0; u < nn; u++ {
		r.start[u] = int32(len(r.nbr))
		for k := start[u]; k < end[u]; k++ {
			if !drop[k] {
				r.nbr = append(r.nbr, nbr[k])
				r.length = append(r.length, length[k])
			}
		}
		r.end[u] = int32(len(r.nbr))
	}
	return r
}

// pruneLog collects the useless ties the searches find, so that every
// goroutine can drop them from its copy of the rows.
type pruneLog struct {
	mu     sync.Mutex
	pairs  []int32 // u, v, u, v, ...
	margin func(float64) float64
}

// exchange adds the ties s–v for v in found to the log and removes from r
// every logged tie past position seen, returning the new position.
func (p *pruneLog) exchange(r *rows, s int32, found []int32, seen int) int {
	p.mu.Lock()
	for _, v := range found {
		p.pairs = append(p.pairs, s, v)
	}
	news := p.pairs[seen:len(p.pairs):len(p.pairs)]
	p.mu.Unlock()
	// The logged pairs before len are never changed, so they can be read
	// without the lock.
	for i := 0; i+1 < len(news); i += 2 {
		u, v := news[i], news[i+1]
		r.remove(u, v)
		r.remove(v, u)
	}
	return seen + len(news)
}

// bucketQueue is the priority queue of the weighted searches: Dial's
// buckets over distance with a width of a third of the shortest tie, so
// that no unit can be reached from another in its own bucket or the next
// one. When the search takes the lowest nonempty bucket, every unit in it
// has its final distance; the bucket is sorted by (distance, node) and
// settled in that order. Buckets form a ring of B = 2^k covering distances
// [base, base + B·width); a unit further out waits in an overflow heap
// until the ring reaches it. A relaxation costs O(1) instead of a heap's
// O(log n).
type bucketQueue struct {
	inv        float64 // 1/width
	mask       int64   // B − 1
	base       int64   // absolute index of the lowest bucket that may be nonempty
	head       []int32 // first unit of each bucket, −1 when empty
	bits       []uint64
	next, prev []int32 // doubly linked bucket lists
	in         []int32 // bucket position of a unit, −1 when in none
	count      int     // units in buckets
	batch      []int32 // the bucket being settled
	far        farHeap
}

// newBucketQueue returns a queue for nn units whose ties are at least
// minLen long.
func newBucketQueue(nn int, minLen float64) *bucketQueue {
	b := 1024
	for b < 4*nn && b < 1<<16 {
		b <<= 1
	}
	q := &bucketQueue{inv: 3 / minLen, mask: int64(b - 1), head: make([]int32, b), bits: make([]uint64, b/64),
		next: make([]int32, nn), prev: make([]int32, nn), in: make([]int32, nn)}
	if !(q.inv < math.Inf(1)) {
		q.inv = math.MaxFloat64 // no ties, or degenerate lengths: everything overflows
	}
	for i := range q.head {
		q.head[i] = -1
	}
	for i := range q.in {
		q.in[i] = -1
	}
	return q
}

func (q *bucketQueue) reset() { q.base = 0 }

// saturated is the bucket index of every distance too large for the
// buckets.
const saturated = 1 << 52

// abs returns the absolute bucket index of distance d, saturating.
func (q *bucketQueue) abs(d float64) int64 {
	x := d * q.inv
	if !(x < saturated) {
		return saturated
	}
	return int64(x)
}

// push adds unit v, in no bucket, at distance d.
func (q *bucketQueue) push(v int32, d float64) {
	a := q.abs(d)
	if a == saturated || a-q.base > q.mask {
		q.far.push(v, d)
		return
	}
	b := int32(a & q.mask)
	h := q.head[b]
	q.next[v], q.prev[v] = h, -1
	if h >= 0 {
		q.prev[h] = v
	} else {
		q.bits[b>>6] |= 1 << (b & 63)
	}
	q.head[b] = v
	q.in[v] = b
	q.count++
}

// move puts unit v at its new, shorter distance d.
func (q *bucketQueue) move(v int32, d float64) {
	if b := q.in[v]; b >= 0 {
		p, n := q.prev[v], q.next[v]
		if p >= 0 {
			q.next[p] = n
		} else {
			q.head[b] = n
			if n < 0 {
				q.bits[b>>6] &^= 1 << (b & 63)
			}
		}
		if n >= 0 {
			q.prev[n] = p
		}
		q.in[v] = -1
		q.count--
	}
	// An overflow entry of v becomes stale: its distance is no longer v's.
	q.push(v, d)
}

// take empties the lowest nonempty bucket into batch, sorted by (distance,
// node), and reports whether there was one. dist holds the units'
// distances.
func (q *bucketQueue) take(dist []float64) bool {
	for {
		for q.far.len() > 0 {
			a := q.abs(q.far.top().d)
			if a == saturated || a-q.base > q.mask {
				break
			}
			e := q.far.pop()
			if dist[e.v] == e.d { // else stale: v has moved since
				q.push(e.v, e.d)
			}
		}
		if q.count > 0 {
			break
		}
		if q.far.len() == 0 {
			return false
		}
		d := q.far.top().d
		if q.abs(d) != saturated {
			q.base = q.abs(d)
			continue
		}
		// Distances beyond the buckets' reach (absurd tie weights): the
		// overflow heap is all there is, and its least entries, in node
		// order, are settled.
		batch := q.batch[:0]
		for q.far.len() > 0 && q.far.top().d == d {
			if e := q.far.pop(); dist[e.v] == e.d {
				batch = append(batch, e.v)
			}
		}
		if len(batch) > 0 {
			q.batch = batch
			return true
		}
	}
	// The first nonempty bucket at or after base, round the ring.
	pos := int(q.base & q.mask)
	nw := len(q.bits)
	wi := pos >> 6
	word := q.bits[wi] &^ (1<<(uint(pos)&63) - 1)
	for word == 0 {
		wi++
		if wi == nw {
			wi = 0
		}
		word = q.bits[wi]
	}
	b := wi<<6 | bits.TrailingZeros64(word)
	q.base += int64(b-pos) & q.mask
	q.bits[wi] &^= 1 << (uint(b) & 63)
	batch := q.batch[:0]
	for v := q.head[b]; v >= 0; v = q.next[v] {
		batch = append(batch, v)
		q.in[v] = -1
	}
	q.head[b] = -1
	q.count -= len(batch)
	// Insertion sort: buckets hold a few units.
	for i := 1; i < len(batch); i++ {
		x := batch[i]
		dx := dist[x]
		j := i
		for ; j > 0; j-- {
			y := batch[j-1]
			if dy := dist[y]; dy < dx || dy == dx && y < x {
				break
			}
			batch[j] = y
		}
		batch[j] = x
	}
	q.batch = batch
	return true
}

// farHeap is a binary min-heap of (distance, unit) with lazy deletion,
// ordered by distance, then unit.
type farHeap struct{ e []farEntry }

type farEntry struct {
	d float64
	v int32
}

func (h *farHeap) len() int      { return len(h.e) }
func (h *farHeap) top() farEntry { return h.e[0] }

func (h *farHeap) push(v int32, d float64) {
	h.e = append(h.e, farEntry{d, v})
	i := len(h.e) - 1
	x := farEntry{d, v}
	for i > 0 {
		p := (i - 1) / 2
		if !x.less(h.e[p]) {
			break
		}
		h.e[i] = h.e[p]
		i = p
	}
	h.e[i] = x
}

func (a farEntry) less(b farEntry) bool { return a.d < b.d || a.d == b.d && a.v < b.v }

func (h *farHeap) pop() farEntry {
	top := h.e[0]
	last := h.e[len(h.e)-1]
	h.e = h.e[:len(h.e)-1]
	n := len(h.e)
	if n == 0 {
		return top
	}
	i := 0
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if c+1 < n && h.e[c+1].less(h.e[c]) {
			c++
		}
		if !h.e[c].less(last) {
			break
		}
		h.e[i] = h.e[c]
		i = c
	}
	h.e[i] = last
	return top
}
