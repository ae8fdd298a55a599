package metrics

import (
	"math"
	"sort"

	"github.com/samkart/samkart/graph"
)

// KeyPlayerMethod names the key-player search in results and output.
const KeyPlayerMethod = "KPP-Neg greedy + swap"

// KeyPlayerSet is a set of key players: the units whose removal fragments
// the network most.
type KeyPlayerSet struct {
	Units         []int64  // node IDs, increasing
	Keys          []string // the same units' keys
	Fragmentation float64  // Borgatti's F of the network without them; NaN when fewer than two units remain
	Method        string
	Seed          uint64
}

// KeyPlayers searches for the k units whose removal maximises Borgatti's
// fragmentation of the units that remain (KPP-Neg; Borgatti, S. P. (2006).
// Identifying sets of key players in a social network. Computational and
// Mathematical Organization Theory, 12, 21–34):
//
//	F = 1 − Σ_c s_c(s_c − 1) / (r(r − 1))
//
// over the components c of the remaining graph, s_c their sizes and r the
// number of remaining units (not the original n), as in Borgatti's
// KeyPlayer program. F is 0 for a connected remainder and 1 when no ties
// remain.
//
// The search is greedy, then improves by swaps: add, one at a time, the
// unit whose removal gives the largest F; then repeatedly make the single
// swap of a chosen unit for an unchosen one that improves the set most,
// until no swap improves it. Candidates are compared by F (differences up
// to 1e-12 count as equal), then by the number of ties that end at the set
// (so that where no k removals split the network, the set that cuts most
// ties wins rather than an arbitrary one); remaining ties go to the
// smaller node ID. The result is a local optimum (no single swap improves
// it), not always the best of all C(n, k) sets: on the path 0–1–2–3–4
// with k = 2 it finds {0, 2} (F = 2/3), not {1, 3} (F = 1). It is
// deterministic; seed is recorded for the output, but the greedy start
// leaves nothing to chance. k is capped at n − 2 so that F stays defined;
// k ≤ 0 gives the empty set and the network's own F.
//
// An evaluation of F is one traversal, O(n + m), so the greedy phase costs
// O(k·n·(n + m)) and each swap round as much again: meant for
// per-municipality networks of up to a few hundred units (a 539-unit
// municipality with 4 507 ties takes about 20 ms per k), not for the
// whole country.
func KeyPlayers(n *graph.Network, k int, seed uint64) KeyPlayerSet {
	nn := n.Len()
	res := KeyPlayerSet{Units: []int64{}, Keys: []string{}, Method: KeyPlayerMethod, Seed: seed}
	if k > nn-2 {
		k = nn - 2
	}
	f := newFragEval(n)
	if k <= 0 {
		res.Fragmentation = f.eval()
		return res
	}
	chosen := f.improve(f.greedy(k))
	sort.Slice(chosen, func(a, b int) bool { return chosen[a] < chosen[b] })
	units := n.Units()
	for _, v := range chosen {
		res.Units = append(res.Units, int64(v))
		res.Keys = append(res.Keys, units[v].Key)
	}
	res.Fragmentation = f.eval()
	return res
}

// beats reports whether fragmentation x with cx cut ties beats the best so
// far, best with cbest: F first (differences up to 1e-12 count as equal),
// then the cut ties.
func beats(x float64, cx int, best float64, cbest int) bool {
	if x > best+1e-12 {
		return true
	}
	return x >= best-1e-12 && cx > cbest
}

// greedy removes, one at a time, the k units whose removal gives the
// largest fragmentation (ties to the smaller node ID) and returns them.
func (f *fragEval) greedy(k int) []int32 {
	nn := int32(len(f.removed))
	chosen := make([]int32, 0, k)
	for len(chosen) < k {
		best, bestF, bestCut := int32(-1), math.Inf(-1), -1
		for v := int32(0); v < nn; v++ {
			if f.removed[v] {
				continue
			}
			f.remove(v)
			if x := f.eval(); beats(x, f.cut, bestF, bestCut) {
				best, bestF, bestCut = v, x, f.cut
			}
			f.restore(v)
		}
		f.remove(best)
		chosen = append(chosen, best)
	}
	return chosen
}

// improve makes, round by round, the single swap of a chosen (removed)
// unit for an unchosen one that improves the set most, until none does,
// and returns the set; f is left without it.
func (f *fragEval) improve(chosen []int32) []int32 {
	nn := int32(len(f.removed))
	curF, curCut := f.eval(), f.cut
	// Each swap strictly improves (F, cut), so the loop ends; the bound is
	// a guard against rounding.
	for round := 0; round < 10*int(nn); round++ {
		bi, bv, bestF, bestCut := -1, int32(-1), curF, curCut
		sort.Slice(chosen, func(a, b int) bool { return chosen[a] < chosen[b] })
		for i, u := range chosen {
			f.restore(u)
			for v := int32(0); v < nn; v++ {
				if f.removed[v] || v == u {
					continue
				}
				f.remove(v)
				if x := f.eval(); beats(x, f.cut, bestF, bestCut) {
					bi, bv, bestF, bestCut = i, v, x, f.cut
				}
				f.restore(v)
			}
			f.remove(u)
		}
		if bi < 0 {
			break
		}
		f.restore(chosen[bi])
		f.remove(bv)
		chosen[bi] = bv
		curF, curCut = bestF, bestCut
	}
	return chosen
}

// fragEval evaluates Borgatti's fragmentation of n without the removed
// units, and keeps count of the ties that end at a removed unit.
type fragEval struct {
	off, nbr []int32
	removed  []bool
	cut      int // ties with at least one end removed
	seen     []bool
	stack    []int32
}

func newFragEval(n *graph.Network) *fragEval {
	off, nbr, _ := n.CSR()
	return &fragEval{off: off, nbr: nbr, removed: make([]bool, n.Len()), seen: make([]bool, n.Len())}
}

// remove takes v out of the network.
func (f *fragEval) remove(v int32) {
	for _, w := range f.nbr[f.off[v]:f.off[v+1]] {
		if !f.removed[w] {
			f.cut++
		}
	}
	f.removed[v] = true
}

// restore puts v back.
func (f *fragEval) restore(v int32) {
	f.removed[v] = false
	for _, w := range f.nbr[f.off[v]:f.off[v+1]] {
		if !f.removed[w] {
			f.cut--
		}
	}
}

// eval returns F of the remaining units, NaN when fewer than two remain.
func (f *fragEval) eval() float64 {
	clear(f.seen)
	r, pairs := 0, 0.0
	for s := range f.seen {
		if f.removed[s] || f.seen[s] {
			continue
		}
		size := 0
		f.seen[s] = true
		f.stack = append(f.stack[:0], int32(s))
		for len(f.stack) > 0 {
			v := f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			size++
			for _, w := range f.nbr[f.off[v]:f.off[v+1]] {
				if !f.removed[w] && !f.seen[w] {
					f.seen[w] = true
					f.stack = append(f.stack, w)
				}
			}
		}
		r += size
		pairs += float64(size) * float64(size-1)
	}
	if r < 2 {
		return math.NaN()
	}
	return 1 - pairs/(float64(r)*float64(r-1))
}
