package metrics

import (
	"math"
	"math/bits"
)

// bucketQueue is the priority queue of the weighted searches: Dial's
// buckets over distance with a width of a third of the shortest tie, so
// that no unit can be reached from another in its own bucket or the next
// one. When the search takes the lowest nonempty bucket, every unit in it
// has its final distance, and none is another's predecessor. Buckets
// form a ring of B = 2^k covering distances [base, base + B·width); a
// unit further out waits in an overflow heap until the ring reaches it.
// A relaxation costs O(1) instead of a heap's O(log n).
//
// A bucket is an array of entries and a move only appends: the unit's
// old entry stays behind, stale, and take skips it. That spares the
// random reads and writes of unlinking from a doubly linked list, and
// take reads the entries in a row instead of chasing links.
//
// The order in which a bucket's units are taken matters to the sums of
// the backward pass, and it depends only on the ties that lie on shortest
// paths, not on the useless ones a search may still see: take reads a
// bucket newest entry first and takes each unit at its newest entry, so
// the units come out in the reverse order of the relaxations that gave
// them their final distances. A useless tie never gives a final distance
// (its route is longer by more than the tolerance). Overflow entries left
// stale by a move are dropped before the heap's top sets the ring's base,
// so they cannot change when units enter the ring.
type bucketQueue struct {
	inv    float64 // 1/width
	mask   int64   // B − 1
	base   int64   // absolute index of the lowest bucket that may be nonempty
	bucket [][]int32
	bits   []uint64 // buckets holding entries, live or stale
	in     []int32  // bucket position of a unit's live entry, −1 when in none
	count  int      // units in buckets
	batch  []int32  // the bucket being settled
	far    farHeap
	// The buckets keep their arrays from search to search (about 28
	// entries a unit in all on the national L network), which is faster
	// than handing emptied arrays on to the buckets that fill next. held
	// counts their capacity; past maxHeld (4 MB and 32 bytes a unit),
	// reset lets them all go.
	held, maxHeld int
}

// newBucketQueue returns a queue for nn units whose ties are at least
// minLen long; with minLen 0 every distance overflows and the queue
// settles one unit at a time, by distance and then node.
func newBucketQueue(nn int, minLen float64) *bucketQueue {
	b := 1024
	for b < 4*nn && b < 1<<16 {
		b <<= 1
	}
	q := &bucketQueue{inv: 3 / minLen, mask: int64(b - 1), bucket: make([][]int32, b), bits: make([]uint64, b/64),
		in: make([]int32, nn), maxHeld: 1<<20 + 8*nn}
	if !(q.inv < math.Inf(1)) {
		q.inv = math.NaN() // every distance saturates (see abs)
	}
	for i := range q.in {
		q.in[i] = -1
	}
	return q
}

// reset empties the buckets that a search left holding stale entries.
func (q *bucketQueue) reset() {
	q.base = 0
	for wi, word := range q.bits {
		for ; word != 0; word &= word - 1 {
			b := wi<<6 | bits.TrailingZeros64(word)
			q.bucket[b] = q.bucket[b][:0]
		}
		q.bits[wi] = 0
	}
	if q.held > q.maxHeld {
		clear(q.bucket)
		q.held = 0
	}
}

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
	e := q.bucket[b]
	q.bits[b>>6] |= 1 << (b & 63)
	c := cap(e)
	e = append(e, v)
	q.held += cap(e) - c
	q.bucket[b] = e
	q.in[v] = b
	q.count++
}

// move puts unit v at its new, shorter distance d. Its entry in its old
// bucket becomes stale, as does an overflow entry: take skips them.
func (q *bucketQueue) move(v int32, d float64) {
	if q.in[v] >= 0 {
		q.in[v] = -1
		q.count--
	}
	q.push(v, d)
}

// take empties the lowest nonempty bucket into batch and reports whether
// there was one. dist holds the units' distances.
func (q *bucketQueue) take(dist []float64) bool {
	if !q.admit(dist) {
		return false
	}
	if q.count == 0 {
		// Distances beyond the buckets' reach (absurd tie weights): the
		// overflow heap is all there is, and its least entry, by distance
		// and then node, is settled alone, as a search that settles one
		// unit at a time would. Ties too short to add to such distances
		// (see rows.unresolved) make the order among equals matter.
		q.batch = append(q.batch[:0], q.far.pop().v)
		return true
	}
	q.takeLowest()
	return true
}

// admit moves into the ring the overflow entries it now reaches, first
// setting the ring's base to the least of them when the ring is empty,
// and reports whether any unit is left. It returns with no unit in the
// ring when the least overflow entry is beyond the buckets' reach.
func (q *bucketQueue) admit(dist []float64) bool {
	for {
		for q.far.len() > 0 {
			e := q.far.top()
			if dist[e.v] != e.d { // stale: v has moved since
				q.far.pop()
				continue
			}
			a := q.abs(e.d)
			if a == saturated || a-q.base > q.mask {
				break
			}
			q.push(q.far.pop().v, e.d)
		}
		if q.count > 0 {
			return true
		}
		if q.far.len() == 0 {
			return false
		}
		a := q.abs(q.far.top().d)
		if a == saturated {
			return true
		}
		q.base = a
	}
}

// takeLowest empties the first bucket at or after base, round the ring,
// that holds a live entry into batch and moves base there. Buckets before
// it, with stale entries only, are emptied on the way without moving
// base: where the ring stands, and so when overflow entries enter it,
// must not depend on stale entries, which useless ties leave.
func (q *bucketQueue) takeLowest() {
	pos := int(q.base & q.mask)
	nw := len(q.bits)
	wi := pos >> 6
	word := q.bits[wi] &^ (1<<(uint(pos)&63) - 1)
	batch := q.batch[:0]
	for len(batch) == 0 {
		for word == 0 {
			wi++
			if wi == nw {
				wi = 0
			}
			word = q.bits[wi]
		}
		b := wi<<6 | bits.TrailingZeros64(word)
		word &= word - 1
		q.bits[wi] &^= 1 << (uint(b) & 63)
		// Newest entries first; a unit's newest entry is its live one.
		e := q.bucket[b]
		for i := len(e) - 1; i >= 0; i-- {
			if v := e[i]; q.in[v] == int32(b) {
				batch = append(batch, v)
				q.in[v] = -1
			}
		}
		q.bucket[b] = e[:0]
		if len(batch) > 0 {
			q.base += int64(b-pos) & q.mask
		}
	}
	q.count -= len(batch)
	q.batch = batch
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
