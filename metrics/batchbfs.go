package metrics

import "math/bits"

// batchWidth is the most sources one batch of breadth-first searches
// takes: the bits of a uint64 mask. On the national L network (26 407
// units) a batch of 64 costs about 0.45 of 64 single searches, 32 about
// 0.53 and 16 about 0.63.
const batchWidth = 64

// batchBytes bounds a batch's path counts (8 bytes per unit and source):
// the width halves, down to 8, until they fit, so that a network of
// 200 000 units takes batches of 16 in 26 MB rather than 102 MB.
const batchBytes = 32 << 20

// batchScratch is one goroutine's working memory for Brandes' algorithm
// with breadth-first search from several sources at once (multi-source
// BFS, Then et al., "The More the Merrier", VLDB 2014, with the path
// counts and dependencies of each source kept apart). The sources advance
// level by level together; each unit's neighbour list is read once per
// level at which any of them reaches it (about four times a batch on
// national networks) instead of once per source, and bit masks tell which
// sources each step serves.
type batchScratch struct {
	width int
	seen  []uint64 // sources that have reached each unit
	next  []uint64 // sources reaching each unit at the level being built
	// sigma holds σ of unit v from source j at v*width + j, and once v's
	// dependency on j is known, (1+δ)/σ in its place: σ is read for the
	// last time then.
	sigma []float64
	acc   []float64    // one unit's sums over its successors, by source
	cnt   []int        // units at one level, by source
	level []levelEntry // units by level; level d is level[lvOff[d]:lvOff[d+1]]
	lvOff []int
	inv   []float64 // inv[d] = 1/d
}

// levelEntry is a unit and the sources that reach it at one level.
type levelEntry struct {
	v    int32
	mask uint64
}

// newBatchScratch returns working memory for batches of up to width
// sources on nn units: at most batchWidth, and fewer when nn is large
// (see batchBytes).
func newBatchScratch(nn, width int) *batchScratch {
	width = max(1, min(width, batchWidth))
	for width > 8 && nn*width*8 > batchBytes {
		width /= 2
	}
	return &batchScratch{
		width: width,
		seen:  make([]uint64, nn),
		next:  make([]uint64, nn),
		sigma: make([]float64, nn*width),
		acc:   make([]float64, width),
		cnt:   make([]int, width),
		// Each unit is usually met at a few levels of a batch.
		level: make([]levelEntry, 0, 4*nn),
		inv:   []float64{0},
	}
}

// batchResult is what a batch of searches gives for each of its sources:
// the number of units reached (the source included), the sum of their
// hop distances and the sum of the reciprocals (harmonic centrality).
type batchResult struct {
	reach   int
	totDist int64
	harm    float64
}

// bfs runs Brandes' algorithm from each of srcs (distinct, at most
// width) at once, adds their dependencies to bc and fills res[j] for
// srcs[j]. The results are those of pathScratch.bfs from each source:
// res bit for bit, and each dependency the same sum in the same order;
// but a unit's dependencies on the sources met at one level are summed
// before they are added to bc, so bc may differ in the last bits.
func (sc *batchScratch) bfs(a adjacency, srcs []int32, bc []float64, res []batchResult) {
	sc.forward(a, srcs)
	sc.backward(a, bc)
	sc.results(len(srcs), res)
	for _, e := range sc.level {
		sc.seen[e.v], sc.next[e.v] = 0, 0
	}
}

// forward advances the searches from srcs level by level, counting
// shortest paths into sigma and listing each level's units in level and
// lvOff.
func (sc *batchScratch) forward(a adjacency, srcs []int32) {
	off, nbr := a.off, a.nbr
	B := sc.width
	seen, next, sigma := sc.seen, sc.next, sc.sigma
	level := sc.level[:0]
	lvOff := append(sc.lvOff[:0], 0)
	for j, s := range srcs {
		level = append(level, levelEntry{s, 1 << j})
		seen[s] |= 1 << j
		sigma[int(s)*B+j] = 1
	}
	lvOff = append(lvOff, len(level))
	for d := 0; lvOff[d+1] > lvOff[d]; d++ {
		for i := lvOff[d]; i < lvOff[d+1]; i++ {
			v, fv := level[i].v, level[i].mask
			sv := sigma[int(v)*B : int(v)*B+B]
			for _, w := range nbr[off[v]:off[v+1]] {
				nw := fv &^ seen[w]
				if nw == 0 {
					continue
				}
				old := next[w]
				if old == 0 {
					level = append(level, levelEntry{w, 0})
				}
				next[w] = old | nw
				// The first path count of w from a source is set, the
				// others added, so sigma needs no clearing between
				// batches: only the counts of this batch's sources
				// reaching a unit are ever read.
				sw := sigma[int(w)*B : int(w)*B+B]
				for m := nw &^ old; m != 0; m &= m - 1 {
					j := bits.TrailingZeros64(m)
					sw[j] = sv[j]
				}
				for m := nw & old; m != 0; m &= m - 1 {
					j := bits.TrailingZeros64(m)
					sw[j] += sv[j]
				}
			}
		}
		for i := lvOff[d+1]; i < len(level); i++ {
			w := level[i].v
			level[i].mask = next[w]
			seen[w] |= next[w]
			next[w] = 0
		}
		lvOff = append(lvOff, len(level))
	}
	sc.level, sc.lvOff = level, lvOff
}

// backward accumulates the dependencies, deepest level first:
// δ(v) = σ(v)·Σ_{w succ v} (1+δ(w))/σ(w) for each source, with sigma
// holding (1+δ(w))/σ(w) once w is done. done[w] has the sources for
// which w is done, those for which w lies deeper than the level at hand;
// for a neighbour w of v that is exactly the sources for which w follows
// v. It is updated after each level, as units of one level may be
// neighbours. The sum over a unit's sources at one level goes to bc.
func (sc *batchScratch) backward(a adjacency, bc []float64) {
	off, nbr := a.off, a.nbr
	B := sc.width
	sigma, level, lvOff := sc.sigma, sc.level, sc.lvOff
	done := sc.next // all 0 after the forward pass
	acc := sc.acc[:B]
	for d := len(lvOff) - 3; d > 0; d-- {
		lv := level[lvOff[d]:lvOff[d+1]]
		for _, e := range lv {
			for _, w := range nbr[off[e.v]:off[e.v+1]] {
				m := e.mask & done[w]
				if m == 0 {
					continue
				}
				cw := sigma[int(w)*B : int(w)*B+B]
				for ; m != 0; m &= m - 1 {
					j := bits.TrailingZeros64(m)
					acc[j] += cw[j]
				}
			}
			o := int(e.v) * B
			sv := sigma[o : o+B]
			dep := 0.0
			for m := e.mask; m != 0; m &= m - 1 {
				j := bits.TrailingZeros64(m)
				dep += sv[j] * acc[j]
				sv[j] = 1/sv[j] + acc[j]
				acc[j] = 0
			}
			bc[e.v] += dep
		}
		for _, e := range lv {
			done[e.v] |= e.mask
		}
	}
}

// results fills res for the batch's k sources from the units at each
// level: reach, distance sum and harmonic sum.
func (sc *batchScratch) results(k int, res []batchResult) {
	depth := len(sc.lvOff) - 2 // levels 0..depth-1 are nonempty
	for d := len(sc.inv); d < depth; d++ {
		sc.inv = append(sc.inv, 1/float64(d))
	}
	clear(res[:k])
	cnt := sc.cnt[:k]
	for d := 1; d < depth; d++ {
		clear(cnt)
		for _, e := range sc.level[sc.lvOff[d]:sc.lvOff[d+1]] {
			for m := e.mask; m != 0; m &= m - 1 {
				cnt[bits.TrailingZeros64(m)]++
			}
		}
		for j, c := range cnt {
			r := &res[j]
			r.reach += c
			r.totDist += int64(d) * int64(c)
			r.harm += float64(c) * sc.inv[d]
		}
	}
	for j := range k {
		res[j].reach++ // the source itself
	}
}
