package metrics

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/samkart/samkart/graph"
)

// DefaultConfidence is the probability with which sampled measures are
// within their stated error unless told otherwise.
const DefaultConfidence = 0.99

// MinPathSourceEps is the smallest error sampled closeness and harmonic
// centrality are computed to: a Hoeffding bound for a smaller one needs
// about as many searches as the exact measures.
const MinPathSourceEps = 0.05

// BetweennessSample returns the sample size of Riondato and Kornaropoulos,
// "Fast approximation of betweenness centrality through sampling", Data
// Mining and Knowledge Discovery 30 (2016), Theorem 2 with c = 0.5:
//
//	r = (c/ε²)(⌊log2(VD−2)⌋ + 1 + ln(1/δ))
//
// where vd bounds the vertex diameter (units on the longest shortest path).
func BetweennessSample(vd int, eps, delta float64) int {
	d := 0.0
	if vd > 2 {
		d = math.Floor(math.Log2(float64(vd - 2)))
	}
	return int(math.Ceil(0.5 / (eps * eps) * (d + 1 + math.Log(1/delta))))
}

// SourceSample returns the number of sources, drawn uniformly with
// replacement, after which the mean of nn values in [0, span] is within
// eps of its expectation for every one of nn units with probability at
// least 1−delta (Hoeffding's inequality and the union bound).
func SourceSample(nn int, span, eps, delta float64) int {
	return int(math.Ceil(span * span * math.Log(2*float64(nn)/delta) / (2 * eps * eps)))
}

// vertexDiameterBound is the paper's 2-approximation: in each component a
// search from one unit; twice its eccentricity in hops, plus one.
func vertexDiameterBound(a adjacency, rng *rand.Rand) int {
	nn := a.len()
	dist := make([]int32, nn)
	for i := range dist {
		dist[i] = -1
	}
	queue := make([]int32, 0, nn)
	vd := 1
	order := rng.Perm(nn)
	for _, s := range order {
		if dist[s] >= 0 {
			continue
		}
		queue = append(queue[:0], int32(s))
		dist[s] = 0
		var ecc int32
		for h := 0; h < len(queue); h++ {
			v := queue[h]
			for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					ecc = dist[w]
					queue = append(queue, w)
				}
			}
		}
		// Every shortest path in the component has at most 2·ecc hops.
		vd = max(vd, int(2*ecc)+1)
	}
	return vd
}

// weightedVertexDiameterBound bounds the units on a weighted shortest
// path: it is no longer than D, twice a component's eccentricity, so its
// h ties are together no shorter than the h shortest ties of the network,
// which bounds h; nor can it hold more units than the largest component.
func weightedVertexDiameterBound(a adjacency) int {
	largest := 0
	for _, c := range componentSizes(a) {
		largest = max(largest, c)
	}
	var lengths []float64
	for v := range a.len() {
		for k := a.off[v]; k < a.off[v+1]; k++ {
			if a.nbr[k] > int32(v) { // each tie once
				lengths = append(lengths, a.length[k])
			}
		}
	}
	slices.Sort(lengths)
	bound, sum, h := distanceBound(a), 0.0, 0
	for h < len(lengths) && h+1 < largest {
		if sum += lengths[h]; sum > bound {
			break
		}
		h++
	}
	return max(h+1, 1)
}

func componentSizes(a adjacency) []int {
	nn := a.len()
	seen := make([]bool, nn)
	var sizes []int
	stack := make([]int32, 0, 64)
	for s := range nn {
		if seen[s] {
			continue
		}
		seen[s] = true
		stack = append(stack[:0], int32(s))
		size := 0
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size++
			for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
				if !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			}
		}
		sizes = append(sizes, size)
	}
	return sizes
}

// BetweennessApprox estimates Betweenness (NetworkX normalisation, simple
// unweighted graph) by sampling pairs of units uniformly and one shortest
// path between them uniformly, adding to its interior units; every unit is
// within eps of the exact value with probability at least 1−delta
// (Riondato and Kornaropoulos 2016, see BetweennessSample). The result
// depends only on the network and seed. It stops with ctx's error.
func BetweennessApprox(ctx context.Context, n *graph.Network, eps, delta float64, seed uint64) ([]float64, error) {
	bc, _, err := betweennessApprox(ctx, n, false, eps, delta, seed, nil)
	return bc, err
}

// BetweennessWeightedApprox is BetweennessApprox on the shortest paths of
// BetweennessWeighted (distance 1/weight). The vertex diameter is bounded
// by weightedVertexDiameterBound.
func BetweennessWeightedApprox(ctx context.Context, n *graph.Network, eps, delta float64, seed uint64) ([]float64, error) {
	bc, _, err := betweennessApprox(ctx, n, true, eps, delta, seed, nil)
	return bc, err
}

// approxLanes is the fixed number of sample lanes, each with its own
// random stream, so that the result does not depend on the cores.
const approxLanes = 16

// betweennessApprox samples the pairs in approxLanes lanes spread over the
// cores and returns the estimate and the sample size. Each sampled path is
// found by a balanced bidirectional search (as KADABRA, Borassi and
// Natale 2019), which meets halfway and so touches a small part of a
// large network. progress, when set, is told the samples done.
func betweennessApprox(ctx context.Context, n *graph.Network, weighted bool, eps, delta float64, seed uint64, progress func(done, total int)) ([]float64, int, error) {
	nn := n.Len()
	bc := make([]float64, nn)
	if nn <= 2 {
		return bc, 0, nil
	}
	a := simpleAdjacency(n, weighted)
	// R–K estimate betweenness over n(n−1) ordered pairs; NetworkX divides
	// by (n−1)(n−2), so the bound is tightened by (n−2)/n.
	scale := float64(nn) / float64(nn-2)
	var vd int
	if weighted {
		vd = weightedVertexDiameterBound(a)
	} else {
		vd = vertexDiameterBound(a, rand.New(rand.NewPCG(seed, 0x5a4b)))
	}
	r := BetweennessSample(vd, eps/scale, delta)
	hits := make([][]uint32, min(runtime.GOMAXPROCS(0), approxLanes))
	var next atomic.Int32
	var done atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	var stop atomic.Bool
	for w := range hits {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := make([]uint32, nn)
			b := newBiSearch(nn)
			for !stop.Load() {
				l := int(next.Add(1)) - 1
				if l >= approxLanes {
					break
				}
				rng := rand.New(rand.NewPCG(seed, uint64(l)+1))
				for i := l; i < r; i += approxLanes {
					if i%(64*approxLanes) == l && ctx.Err() != nil {
						stop.Store(true)
						return
					}
					s := int32(rng.IntN(nn))
					t := int32(rng.IntN(nn - 1))
					if t >= s {
						t++
					}
					if weighted {
						b.sampleDijkstra(a, s, t, rng, h)
					} else {
						b.sampleBFS(a, s, t, rng, h)
					}
					if progress != nil {
						if d := done.Add(1); d%256 == 0 || d == int64(r) {
							mu.Lock()
							progress(int(d), r)
							mu.Unlock()
						}
					}
				}
			}
			hits[w] = h
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	add := scale / float64(r)
	for v := range bc {
		var c uint64
		for _, h := range hits {
			if h != nil {
				c += uint64(h[v])
			}
		}
		bc[v] = float64(c) * add
	}
	return bc, r, nil
}

// biSearch is the working memory of the bidirectional searches: side 0
// searches from s, side 1 from t.
type biSearch struct {
	hop     [2][]int32
	dist    [2][]float64
	sigma   [2][]float64
	settled [2][]bool
	touched [2][]int32
	front   [2][]int32
	next    []int32
	heap    [2]distHeap
	meet    []int32
	weight  []float64
}

func newBiSearch(nn int) *biSearch {
	b := &biSearch{}
	for x := range 2 {
		b.hop[x] = make([]int32, nn)
		b.dist[x] = make([]float64, nn)
		b.sigma[x] = make([]float64, nn)
		b.settled[x] = make([]bool, nn)
		for i := range nn {
			b.hop[x][i] = -1
			b.dist[x][i] = math.Inf(1)
		}
	}
	return b
}

func (b *biSearch) reset() {
	for x := range 2 {
		for _, v := range b.touched[x] {
			b.hop[x][v], b.dist[x][v], b.sigma[x][v], b.settled[x][v] = -1, math.Inf(1), 0, false
		}
		b.touched[x] = b.touched[x][:0]
		b.heap[x] = b.heap[x][:0]
	}
}

// pick returns the index of a weight chosen with probability proportional
// to it.
func pick(rng *rand.Rand, weight []float64) int {
	total := 0.0
	for _, w := range weight {
		total += w
	}
	x := rng.Float64() * total
	for i, w := range weight {
		if x -= w; x < 0 {
			return i
		}
	}
	return len(weight) - 1
}

// sampleBFS draws one shortest s–t path uniformly and counts its interior
// units in hits. Each round grows by one level the side whose frontier has
// fewer ties; when a level reaches a unit the other side has reached, the
// two levels are at distance d(s,t) and every shortest path passes through
// exactly one such unit w, σ_s(w)·σ_t(w) times.
func (b *biSearch) sampleBFS(a adjacency, s, t int32, rng *rand.Rand, hits []uint32) {
	defer b.reset()
	src := [2]int32{s, t}
	var work [2]int
	for x, v := range src {
		b.hop[x][v], b.sigma[x][v] = 0, 1
		b.touched[x] = append(b.touched[x], v)
		b.front[x] = append(b.front[x][:0], v)
		work[x] = int(a.off[v+1] - a.off[v])
	}
	x := 0
	for {
		x = 0
		if work[1] < work[0] {
			x = 1
		}
		if len(b.front[x]) == 0 || len(b.front[1-x]) == 0 {
			return // s and t are not connected
		}
		y := 1 - x
		hop, sigma, other := b.hop[x], b.sigma[x], b.hop[y]
		next := b.next[:0]
		met := false
		work[x] = 0
		for _, u := range b.front[x] {
			hu := hop[u] + 1
			su := sigma[u]
			for _, w := range a.nbr[a.off[u]:a.off[u+1]] {
				if hop[w] < 0 {
					hop[w] = hu
					next = append(next, w)
					b.touched[x] = append(b.touched[x], w)
					work[x] += int(a.off[w+1] - a.off[w])
					met = met || other[w] >= 0
				}
				if hop[w] == hu {
					sigma[w] += su
				}
			}
		}
		b.next, b.front[x] = b.front[x], next
		if met {
			break
		}
	}
	y := 1 - x
	b.meet, b.weight = b.meet[:0], b.weight[:0]
	for _, w := range b.front[x] {
		if b.hop[y][w] >= 0 {
			b.meet = append(b.meet, w)
			b.weight = append(b.weight, b.sigma[x][w]*b.sigma[y][w])
		}
	}
	w := b.meet[pick(rng, b.weight)]
	if w != s && w != t {
		hits[w]++
	}
	for side := range 2 {
		hop, sigma := b.hop[side], b.sigma[side]
		for v := w; hop[v] > 0; {
			b.weight, b.meet = b.weight[:0], b.meet[:0]
			for _, u := range a.nbr[a.off[v]:a.off[v+1]] {
				if hop[u] == hop[v]-1 {
					b.meet = append(b.meet, u)
					b.weight = append(b.weight, sigma[u])
				}
			}
			v = b.meet[pick(rng, b.weight)]
			if v != src[side] {
				hits[v]++
			}
		}
	}
}

// sampleDijkstra is sampleBFS on weighted distances: Dijkstra's searches
// from both ends, each step settling one unit on one side,
// until the two radii together exceed the shortest s–t distance μ found.
// Any order of the two sides is correct; growing the one with fewer units
// queued keeps the work near that of a search meeting halfway.
// Then every shortest path leaves the units settled from s by exactly one
// tie u–v into the units settled from t only, σ_s(u)·σ_t(v) times. Lengths
// equal within eqTol count as equal, as in Paths.
func (b *biSearch) sampleDijkstra(a adjacency, s, t int32, rng *rand.Rand, hits []uint32) {
	defer b.reset()
	src := [2]int32{s, t}
	for x, v := range src {
		b.dist[x][v] = 0
		b.touched[x] = append(b.touched[x], v)
		b.heap[x].push(heapItem{0, v})
	}
	mu := math.Inf(1)
	for {
		var top [2]float64
		for x := range 2 {
			h := &b.heap[x]
			for len(*h) > 0 && (b.settled[x][(*h)[0].v] || (*h)[0].d > b.dist[x][(*h)[0].v]) {
				h.pop()
			}
			top[x] = math.Inf(1)
			if len(*h) > 0 {
				top[x] = (*h)[0].d
			}
		}
		if top[0]+top[1] > mu*(1+2*eqTol) || math.IsInf(top[0], 1) || math.IsInf(top[1], 1) {
			break
		}
		// Both ends first; then the side with the shorter queue, which
		// keeps the work even where one end's ties are much denser.
		x := 0
		if b.settled[0][s] && (!b.settled[1][t] || len(b.heap[1]) < len(b.heap[0])) {
			x = 1
		}
		y := 1 - x
		u := b.heap[x].pop().v
		dist, sigma, settled := b.dist[x], b.sigma[x], b.settled[x]
		settled[u] = true
		du := dist[u]
		tol := eqTol * du
		su := 0.0
		for k := a.off[u]; k < a.off[u+1]; k++ {
			w, l := a.nbr[k], a.length[k]
			if settled[w] && math.Abs(dist[w]+l-du) <= tol && dist[w] < du {
				su += sigma[w]
			}
			if alt := du + l; alt < dist[w] {
				if math.IsInf(dist[w], 1) {
					b.touched[x] = append(b.touched[x], w)
				}
				dist[w] = alt
				b.heap[x].push(heapItem{alt, w})
			}
			if dw := b.dist[y][w]; du+l+dw < mu {
				mu = du + l + dw
			}
		}
		if u == src[x] {
			su = 1
		}
		sigma[u] = su
	}
	if math.IsInf(mu, 1) {
		return // s and t are not connected
	}
	b.pickPath(a, src, mu, rng, hits)
}

// pickPath draws one of the shortest paths of length mu that sampleDijkstra
// found, by a crossing tie chosen in proportion to its paths and then
// backwards to each end, and counts its interior units in hits.
func (b *biSearch) pickPath(a adjacency, src [2]int32, mu float64, rng *rand.Rand, hits []uint32) {
	tol := eqTol * mu
	b.meet, b.weight = b.meet[:0], b.weight[:0]
	var cross []int32
	for _, u := range b.touched[0] {
		if !b.settled[0][u] {
			continue
		}
		for k := a.off[u]; k < a.off[u+1]; k++ {
			v := a.nbr[k]
			if b.settled[1][v] && !b.settled[0][v] && math.Abs(b.dist[0][u]+a.length[k]+b.dist[1][v]-mu) <= tol {
				cross = append(cross, u, v)
				b.weight = append(b.weight, b.sigma[0][u]*b.sigma[1][v])
			}
		}
	}
	if len(cross) == 0 {
		return // cannot happen but for rounding beyond eqTol
	}
	i := pick(rng, b.weight)
	ends := [2]int32{cross[2*i], cross[2*i+1]}
	for side, w := range ends {
		if w != src[0] && w != src[1] {
			hits[w]++
		}
		dist, sigma := b.dist[side], b.sigma[side]
		for v := w; v != src[side]; {
			b.weight, b.meet = b.weight[:0], b.meet[:0]
			dv := dist[v]
			for k := a.off[v]; k < a.off[v+1]; k++ {
				u := a.nbr[k]
				if b.settled[side][u] && dist[u] < dv && math.Abs(dist[u]+a.length[k]-dv) <= eqTol*dv {
					b.meet = append(b.meet, u)
					b.weight = append(b.weight, sigma[u])
				}
			}
			v = b.meet[pick(rng, b.weight)]
			if v != src[side] {
				hits[v]++
			}
		}
	}
}

type heapItem struct {
	d float64
	v int32
}

// distHeap is a binary min-heap by (distance, node), so that the searches
// settle units in an order that depends on nothing else.
type distHeap []heapItem

func (h distHeap) less(i, j int) bool {
	return h[i].d < h[j].d || h[i].d == h[j].d && h[i].v < h[j].v
}

func (h *distHeap) push(it heapItem) {
	*h = append(*h, it)
	q := *h
	for i := len(q) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.less(i, p) {
			break
		}
		q[i], q[p] = q[p], q[i]
		i = p
	}
}

func (h *distHeap) pop() heapItem {
	q := *h
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(q) && q.less(l, m) {
			m = l
		}
		if l+1 < len(q) && q.less(l+1, m) {
			m = l + 1
		}
		if m == i {
			break
		}
		q[i], q[m] = q[m], q[i]
		i = m
	}
	*h = q
	return top
}
