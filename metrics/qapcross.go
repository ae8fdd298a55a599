package metrics

// qapScratch is one goroutine's working memory for QAP: the permutation,
// its inverse and room for the cross products.
type qapScratch struct {
	perm, inv []int32
	h         []int32   // a block relation's group of π(i) or π⁻¹(i)
	row       []float64 // one row of a sparse relation, scattered (sparseCross); kept zero
	cnt       []float64 // units per pair of groups (blockCross)
	nz        []int32   // the entries of cnt in use
}

func newQAPScratch(n int) *qapScratch {
	sc := &qapScratch{perm: make([]int32, n), inv: make([]int32, n), h: make([]int32, n), row: make([]float64, n)}
	sc.identity()
	return sc
}

func (sc *qapScratch) identity() {
	for i := range sc.perm {
		sc.perm[i], sc.inv[i] = int32(i), int32(i)
	}
}

func (sc *qapScratch) invert() {
	for i, p := range sc.perm {
		sc.inv[p] = int32(i)
	}
}

// permutedCross returns Σ_{i≠j} a(i, j)·b(π(i), π(j)) for the permutation
// π in sc (perm, with its inverse in inv). It walks the cells of a sparse
// relation and reads the other through the permutation, or, for two block
// relations, counts the units by their pair of groups.
func permutedCross(a, b *Relation, sc *qapScratch) float64 {
	switch {
	case a.group == nil && b.group != nil:
		return sparseBlockCross(a, b, sc.perm, sc)
	case a.group != nil && b.group == nil:
		// Σ_{i≠j} a(i,j)·b(π(i),π(j)) = Σ_{u≠v} b(u,v)·a(π⁻¹(u),π⁻¹(v))
		return sparseBlockCross(b, a, sc.inv, sc)
	case a.group == nil:
		return sparseCross(a, b, sc)
	}
	return blockCross(a, b, sc)
}

// sparseCross is permutedCross for two sparse relations: for each row i
// of a, row π(i) of b is scattered into a dense row and read at π(j) for
// the cells (i, j) of a. O(cells of a + cells of b).
func sparseCross(a, b *Relation, sc *qapScratch) float64 {
	p, row := sc.perm, sc.row
	s := 0.0
	for i := range a.n {
		lo, hi := a.off[i], a.off[i+1]
		if lo == hi {
			continue
		}
		bl, bh := b.off[p[i]], b.off[p[i]+1]
		if bl == bh {
			continue
		}
		for k := bl; k < bh; k++ {
			row[b.col[k]] = b.val[k]
		}
		for c := lo; c < hi; c++ {
			s += a.val[c] * row[p[a.col[c]]]
		}
		for k := bl; k < bh; k++ {
			row[b.col[k]] = 0
		}
	}
	return s
}

// sparseBlockCross is Σ over the cells (i, j) of sparse a of
// a(i, j)·b(p(i), p(j)) for a block relation b: one lookup of the group
// of p(j) per cell.
func sparseBlockCross(a, b *Relation, p []int32, sc *qapScratch) float64 {
	h := sc.h
	for i, pi := range p {
		h[i] = b.group[pi]
	}
	k := b.k
	s := 0.0
	for i := range a.n {
		row := b.block[int(h[i])*k : int(h[i])*k+k]
		for c := a.off[i]; c < a.off[i+1]; c++ {
			s += a.val[c] * row[h[a.col[c]]]
		}
	}
	return s
}

// blockCross is permutedCross for two block relations. With c[α][β] the
// number of units i in group α of a with π(i) in group β of b,
//
//	Σ_{i≠j} = Σ_{α,β} c[α][β] Σ_{α',β'} A[α][α']·B[β][β']·c[α'][β'] − Σ_{α,β} c[α][β]·A[α][α]·B[β][β],
//
// summed over the non-zero counts and block values only: O(n) for two
// same-group relations. When that would cost more than the n² pairs, or
// the counts would not fit a small table, it sums over the pairs.
func blockCross(a, b *Relation, sc *qapScratch) float64 {
	ka, kb, n := a.k, b.k, a.n
	cells := min(n, ka*kb)
	cost := float64(cells) * (float64(len(a.nzCol))/float64(ka) + 1) * (float64(len(b.nzCol))/float64(kb) + 1)
	if ka*kb > 1<<16 || cost > float64(n)*float64(n) {
		return directCross(a, b, sc)
	}
	cnt := growFloats(&sc.cnt, ka*kb)
	nz := sc.nz[:0]
	for i := range n {
		x := a.group[i]*int32(kb) + b.group[sc.perm[i]]
		if cnt[x] == 0 {
			nz = append(nz, x)
		}
		cnt[x]++
	}
	s, diag := 0.0, 0.0
	for _, x := range nz {
		al, be := int(x)/kb, int(x)%kb
		c := cnt[x]
		diag += c * a.block[al*ka+al] * b.block[be*kb+be]
		inner := 0.0
		for p := a.nzOff[al]; p < a.nzOff[al+1]; p++ {
			row := cnt[int(a.nzCol[p])*kb : int(a.nzCol[p])*kb+kb]
			t := 0.0
			for q := b.nzOff[be]; q < b.nzOff[be+1]; q++ {
				t += b.nzVal[q] * row[b.nzCol[q]]
			}
			inner += a.nzVal[p] * t
		}
		s += c * inner
	}
	for _, x := range nz {
		cnt[x] = 0
	}
	sc.nz = nz
	return s - diag
}

// directCross is permutedCross for two block relations by summing over all
// ordered pairs: O(n²).
func directCross(a, b *Relation, sc *qapScratch) float64 {
	ka, kb := a.k, b.k
	h := sc.h
	for i, p := range sc.perm {
		h[i] = b.group[p]
	}
	s := 0.0
	for i := range a.n {
		ra := a.block[int(a.group[i])*ka : int(a.group[i])*ka+ka]
		rb := b.block[int(h[i])*kb : int(h[i])*kb+kb]
		for j := range a.n {
			if j != i {
				s += ra[a.group[j]] * rb[h[j]]
			}
		}
	}
	return s
}

// growFloats returns (*p)[:n], zeroed when newly made; callers keep the
// entries they use at zero between calls.
func growFloats(p *[]float64, n int) []float64 {
	if cap(*p) < n {
		*p = make([]float64, n)
	}
	*p = (*p)[:n]
	return *p
}
