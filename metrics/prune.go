package metrics

import (
	"math"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

// rows is a mutable CSR of the ties with their lengths: node v's ties are
// nbr[start[v]:end[v]] in increasing neighbour order. Removing a tie keeps
// the order of the rest, so sums over a row come out the same whichever
// useless ties are gone.
type rows struct {
	start, end []int32
	nbr        []int32
	length     []float64
	// unresolved tells that some tie is shorter than the tolerance eqTol
	// at the longest distances, so that units at the same distance, or
	// within the tolerance of it, can lie on each other's shortest paths.
	// The searches then settle one unit at a time (see queueMinLen and
	// pathScratch.equalPreds) and no leaves are folded.
	unresolved bool
}

func (r rows) clone() rows {
	return rows{start: r.start, end: append([]int32(nil), r.end...),
		nbr: append([]int32(nil), r.nbr...), length: append([]float64(nil), r.length...), unresolved: r.unresolved}
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
// three, then of any number of ties among the units nearest each end
// (see localUseless); the searches then find the rest, each from its
// source (see useless), and share them.
func usefulRows(a adjacency) (rows, *pruneLog) {
	bound := distanceBound(a)
	margin := func(l float64) float64 { return 2 * eqTol * math.Max(bound, l) }
	via := make([]float64, a.len())
	for i := range via {
		via[i] = math.Inf(1)
	}
	nn := a.len()
	r := compact(a.off[:nn], a.off[1:], a.nbr, a.length, twoStepUseless(a, margin, via))
	r = compact(r.start, r.end, r.nbr, r.length, threeStepUseless(r, margin, via))
	r = compact(r.start, r.end, r.nbr, r.length, localUseless(r, margin, localBudget))
	// Units of one bucket (a third of the shortest tie wide) are none
	// another's predecessor only while the tolerance at the longest
	// distance is well under the shortest tie.
	r.unresolved = a.minLength() <= 2*eqTol*bound
	return r, &pruneLog{margin: margin}
}

// queueMinLen returns the shortest tie length to size the bucket queue of
// searches on r, from a: 0, for a queue that settles one unit at a time,
// when r is unresolved.
func queueMinLen(a adjacency, r rows) float64 {
	if r.unresolved {
		return 0
	}
	return a.minLength()
}

// distanceBound returns D, a bound on every distance in a: twice the
// largest eccentricity found from one unit per component (with room for
// rounding).
func distanceBound(a adjacency) float64 {
	nn := a.len()
	ecc := 0.0
	seen := make([]bool, nn)
	sc := newPathScratch(nn, true, a.minLength())
	whole := rows{start: a.off[:nn], end: a.off[1:], nbr: a.nbr, length: a.length}
	discard := make([]float64, nn)
	for s := 0; s < nn; s++ {
		if seen[s] {
			continue
		}
		sc.dijkstra(whole, int32(s), discard, 0)
		for _, v := range sc.queue {
			seen[v] = true
			ecc = math.Max(ecc, sc.dist[v])
		}
		sc.endSearch()
	}
	return 2 * ecc * (1 + 1e-9)
}

// twoStepUseless marks the ties of a with a shorter route of two ties:
// for each u, the shortest two-tie route to each neighbour v. via is
// scratch memory of a.len() entries, all +Inf, and is left so.
func twoStepUseless(a adjacency, margin func(float64) float64, via []float64) []bool {
	drop := make([]bool, len(a.nbr))
	for u := 0; u < a.len(); u++ {
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
	return drop
}

// threeStepUseless marks the ties of r with a shorter route of three: for
// each u, the shortest route of at most two ties to every unit near it,
// then for each neighbour v the shortest route u … y – v over v's other
// ties. A tie found useless from either end is marked in both directions.
// best is scratch memory as twoStepUseless's via.
func threeStepUseless(r rows, margin func(float64) float64, best []float64) []bool {
	nn := len(r.start)
	drop := make([]bool, len(r.nbr))
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
	symmetricDrops(r, drop)
	return drop
}

// localBudget is how many units localUseless settles from each unit at
// most. On the national L network (26 407 units) 200 drop 43 516 of the
// 47 594 adjacency entries on no shortest path that the 2- and 3-step
// tests leave, and usefulRows takes 0.69 s on two cores against some
// 35 s of searches; the searches then see fewer ties, and 2 115 more
// units are left with one useful tie and need no search of their own.
// A budget of 500 drops 2 676 more entries for 0.54 s more.
const localBudget = 200

// localUseless marks the ties of r with a shorter route among the units
// nearest their ends: from each unit u, Dijkstra's search settles at most
// budget units closer than u's longest tie, and a tie u–v goes when the
// route found to v beats it by more than the margin. Any route found is a
// real one, whether or not it is the shortest, and its length, a sum of
// at most budget ties, is off by far less than the margin: no useful tie
// goes.
// The units are searched on all cores, each marking its own row.
func localUseless(r rows, margin func(float64) float64, budget int) []bool {
	nn := len(r.start)
	drop := make([]bool, len(r.nbr))
	const chunk = 256
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (nn+chunk-1)/chunk) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ls := localSearch{dist: make([]float64, nn)}
			for i := range ls.dist {
				ls.dist[i] = math.Inf(1)
			}
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= nn {
					return
				}
				for u := lo; u < min(lo+chunk, nn); u++ {
					ls.run(r, int32(u), budget)
					for k := r.start[u]; k < r.end[u]; k++ {
						if l := r.length[k]; l-ls.dist[r.nbr[k]] > margin(l) {
							drop[k] = true
						}
					}
					ls.reset()
				}
			}
		}()
	}
	wg.Wait()
	symmetricDrops(r, drop)
	return drop
}

// localSearch is one goroutine's memory for localUseless.
type localSearch struct {
	dist    []float64 // length of the shortest route found, +Inf elsewhere
	touched []int32
	heap    farHeap
}

// run searches from u until budget units are settled or the next one is
// no closer than u's longest tie, leaving the routes found in dist.
func (ls *localSearch) run(r rows, u int32, budget int) {
	radius := 0.0
	for _, l := range r.length[r.start[u]:r.end[u]] {
		radius = math.Max(radius, l)
	}
	dist := ls.dist
	dist[u] = 0
	ls.touched = append(ls.touched, u)
	ls.heap.push(u, 0)
	for settled := 0; settled < budget && ls.heap.len() > 0; {
		e := ls.heap.pop()
		if e.d > dist[e.v] {
			continue // stale
		}
		if e.d >= radius {
			break
		}
		settled++
		for k := r.start[e.v]; k < r.end[e.v]; k++ {
			w := r.nbr[k]
			if d := e.d + r.length[k]; d < dist[w] && d < radius {
				if dist[w] == math.Inf(1) {
					ls.touched = append(ls.touched, w)
				}
				dist[w] = d
				ls.heap.push(w, d)
			}
		}
	}
}

// reset clears what run left, for the next unit.
func (ls *localSearch) reset() {
	for _, v := range ls.touched {
		ls.dist[v] = math.Inf(1)
	}
	ls.touched = ls.touched[:0]
	ls.heap.e = ls.heap.e[:0]
}

// symmetricDrops marks v–u wherever u–v is marked. Sums of three lengths
// depend on the order of addition, so the two ends of a tie may judge it
// differently at the margin: both directions go when either end finds it
// useless.
func symmetricDrops(r rows, drop []bool) {
	for u := range r.start {
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
