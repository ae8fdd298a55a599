package metrics

import "math"

// pathScratch is one goroutine's working memory for single-source searches.
type pathScratch struct {
	hop   []int32   // hop distance, −1 when not reached
	sigma []float64 // number of shortest paths from the source
	coef  []float64 // (1 + δ(v)) / σ(v) during accumulation, else 0
	tmp   []float64 // per-level sums during accumulation
	queue []int32   // visiting order
	inv   []float64 // inv[d] = 1/d for hop distances

	dist      []float64 // weighted distance, +Inf when not reached
	coefW     []float64 // Σ (1+δ(w))/σ(w) over the successors w seen so far in the weighted pass, 0 outside a search
	preds     []int32   // predecessors of the settled units, in settling order
	firstPred []int32   // the i-th settled unit's predecessors start at preds[firstPred[i]]
	drop      []int32   // useless ties found from the last source
	buckets   *bucketQueue
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
		sc.coefW = make([]float64, nn)
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
	// Harmonic sum level by level, as batchScratch.bfs takes it.
	for lo := 1; lo < len(q); {
		d := hop[q[lo]]
		hi := lo + 1
		for hi < len(q) && hop[q[hi]] == d {
			hi++
		}
		harm += float64(hi-lo) * sc.inv[d]
		lo = hi
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

// endSearch resets the distances and path counts dijkstra left for the
// next search.
func (sc *pathScratch) endSearch() {
	for _, v := range sc.queue {
		sc.dist[v] = math.Inf(1)
		sc.sigma[v] = 0
	}
}

// equalPreds notes among the predecessors of w, just settled, from
// preds[*np], the neighbours at w's own distance that were settled before
// it and whose tie is within the tolerance of a shortest path. Only in
// unresolved rows is there such a tie, shorter than the tolerance; the
// search then settles one unit at a time, and of two units at one
// distance the first settled is the other's predecessor. Until the σ
// pass, σ > 0 marks the units settled so far.
func (sc *pathScratch) equalPreds(r rows, w int32, np *int) {
	dw := sc.dist[w]
	tol := eqTol * dw
	for k := r.start[w]; k < r.end[w]; k++ {
		if v := r.nbr[k]; sc.dist[v] == dw && math.Abs(dw+r.length[k]-dw) <= tol && sc.sigma[v] > 0 {
			sc.preds[*np] = v
			*np++
		}
	}
}

// dijkstra runs Brandes' algorithm with Dijkstra's search from s on the
// lengths of r and adds the dependencies of s to bc. The forward pass
// notes each settled unit's predecessors, in row order; a second pass
// sums σ over them in settling order, which reads σ of predecessors only
// rather than of every neighbour; the backward pass pushes each unit's
// share to its predecessors. The settling order, and with it the order of
// every sum, does not depend on which useless ties r still holds (see
// bucketQueue); they are nobody's predecessor. It leaves the distances in
// sc.dist for useless; endSearch resets them.
//
// leaves is the number of leaves of s (see foldLeaves): their dependencies
// are added with those of s.
func (sc *pathScratch) dijkstra(r rows, s int32, bc []float64, leaves int) {
	start, end, nbr, length := r.start, r.end, r.nbr, r.length
	dist, sigma, acc := sc.dist, sc.sigma, sc.coefW
	q := sc.buckets
	order := sc.queue[:0]
	preds, first := sc.preds, sc.firstPred[:0]
	np := 0
	dist[s] = 0
	q.reset()
	q.push(s, 0)
	for q.take(dist) {
		for _, w := range q.batch {
			dw := dist[w]
			order = append(order, w)
			first = append(first, int32(np))
			lo, hi := start[w], end[w]
			if need := np + int(hi-lo); need > len(preds) {
				preds = append(preds[:np], make([]int32, need-np+len(preds))...)
				sc.preds = preds
			}
			tol := eqTol * dw
			for k := lo; k < hi; k++ {
				v := nbr[k]
				dv := dist[v]
				l := length[k]
				if alt := dw + l; alt < dv {
					dist[v] = alt
					q.move(v, alt)
					continue
				}
				// Written always, kept when v is a predecessor: no branch.
				preds[np] = v
				np += b2i(math.Abs(dv+l-dw) <= tol) & b2i(dv < dw)
			}
			// σ > 0 marks w settled (see equalPreds) until the σ pass.
			sigma[w] = 1
			if r.unresolved && w != s {
				sc.equalPreds(r, w, &np)
			}
		}
	}
	first = append(first, int32(np))
	for i := 1; i < len(order); i++ {
		sw := 0.0
		for _, v := range preds[first[i]:first[i+1]] {
			sw += sigma[v]
		}
		sigma[order[i]] = sw
	}
	mult := float64(1 + leaves)
	// δ(v) = σ(v)·Σ_{w succ v} (1+δ(w))/σ(w), in reverse settling order;
	// acc[v] gathers the sum from v's successors, all settled after v.
	for i := len(order) - 1; i >= 0; i-- {
		w := order[i]
		sw := sigma[w]
		dep := sw * acc[w]
		if i > 0 {
			bc[w] += mult * dep
		}
		c := (1 + dep) / sw
		for _, v := range preds[first[i]:first[i+1]] {
			acc[v] += c
		}
	}
	if leaves > 0 {
		bc[s] += float64(leaves) * float64(len(order)-2)
	}
	for _, v := range order {
		acc[v] = 0
	}
	sc.queue, sc.preds, sc.firstPred = order, preds, first
}
