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

	dist    []float64 // weighted distance, +Inf when not reached
	coefW   []float64 // (1+δ)/σ in the weighted pass, 0 outside a search
	drop    []int32   // useless ties found from the last source
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

// endSearch resets the distances dijkstra left for the next search.
func (sc *pathScratch) endSearch() {
	for _, v := range sc.queue {
		sc.dist[v] = math.Inf(1)
	}
}

// dijkstra runs Brandes' algorithm with Dijkstra's search from s on the
// lengths of r and adds the dependencies of s to bc. Both passes pull
// over each unit's own row: σ(w) from its predecessors, then δ(v) from
// its successors, each sum in row order. So no sum depends on the order
// in which the queue settles the units of one bucket, nor on which
// useless ties r still holds (they are nobody's predecessor), and no
// predecessor lists are kept. It leaves the distances in sc.dist for
// useless; endSearch resets them.
//
// leaves is the number of leaves of s (see foldLeaves): their dependencies
// are added with those of s.
func (sc *pathScratch) dijkstra(r rows, s int32, bc []float64, leaves int) {
	start, end, nbr, length := r.start, r.end, r.nbr, r.length
	dist, sigma, coef := sc.dist, sc.sigma, sc.coefW
	q := sc.buckets
	order := sc.queue[:0]
	dist[s] = 0
	q.reset()
	q.push(s, 0)
	for q.take(dist) {
		for _, w := range q.batch {
			dw := dist[w]
			order = append(order, w)
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
				sw += sigma[v] * float64(is)
			}
			if w == s {
				sw = 1
			}
			sigma[w] = sw
		}
	}
	mult := float64(1 + leaves)
	// δ(v) = σ(v)·Σ_{w succ v} (1+δ(w))/σ(w), in reverse settling order;
	// coef[w] holds (1+δ(w))/σ(w) once w is done, and 0 before.
	for i := len(order) - 1; i >= 0; i-- {
		v := order[i]
		dv := dist[v]
		sum := 0.0
		for k := start[v]; k < end[v]; k++ {
			w := nbr[k]
			dw := dist[w]
			is := b2i(math.Abs(dv+length[k]-dw) <= eqTol*dw) & b2i(dv < dw)
			sum += coef[w] * float64(is)
		}
		dep := sigma[v] * sum
		if i > 0 {
			bc[v] += mult * dep
		}
		coef[v] = (1 + dep) / sigma[v]
	}
	if leaves > 0 {
		bc[s] += float64(leaves) * float64(len(order)-2)
	}
	for _, v := range order {
		coef[v] = 0
	}
	sc.queue = order
}
