package metrics

// qapScratch is one goroutine's working memory for QAP: the permutation,
// its inverse and room for the block cross products.
type qapScratch struct {
	perm, inv []int32
	cnt, m    []float64
	hb        []int32
}

func newQAPScratch(n int) *qapScratch {
	sc := &qapScratch{perm: make([]int32, n), inv: make([]int32, n), hb: make([]int32, n)}
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

// permutedCross returns Σ_{i≠j} a(i, j)·b(π(i), π(j)) for the permutation π in sc
// (perm, with its inverse in inv). It walks the cells of a sparse relation
// (the one with fewer cells when both are) and reads the other through the
// permutation, or, for two block relations, counts the units by their pair
// of groups.
func permutedCross(a, b *Relation, sc *qapScratch) float64 {
	perm, inv := sc.perm, sc.inv
	switch {
	case a.group == nil && (b.group != nil || len(a.val) <= len(b.val)):
		s := 0.0
		for i := range a.n {
			pi := perm[i]
			for k := a.off[i]; k < a.off[i+1]; k++ {
				s += a.val[k] * b.at(pi, perm[a.col[k]])
			}
		}
		return s
	case b.group == nil:
		// Σ_{(u,v) cells of b} b(u, v)·a(π⁻¹(u), π⁻¹(v))
		s := 0.0
		for u := range b.n {
			iu := inv[u]
			for k := b.off[u]; k < b.off[u+1]; k++ {
				s += b.val[k] * a.at(iu, inv[b.col[k]])
			}
		}
		return s
	}
	return blockCross(a, b, sc)
}

// blockCross is permutedCross for two block relations. With c[α][β] the number of
// units i in group α of a with π(i) in group β of b,
//
//	Σ_{i≠j} = Σ_{α,α'} A[α][α'] Σ_{β,β'} c[α][β] B[β][β'] c[α'][β'] − Σ_{α,β} c[α][β] A[α][α] B[β][β],
//
// O(n + k_a·k_b·(k_a + k_b)); when that is more than n², it sums over the
// pairs directly.
func blockCross(a, b *Relation, sc *qapScratch) float64 {
	ka, kb, n := a.k, b.k, a.n
	if int64(ka)*int64(kb)*int64(ka+kb) > int64(n)*int64(n) {
		return directCross(a, b, sc)
	}
	cnt := growFloats(&sc.cnt, ka*kb)
	m := growFloats(&sc.m, ka*kb)
	clear(cnt)
	clear(m)
	for i := range n {
		cnt[int(a.group[i])*kb+int(b.group[sc.perm[i]])]++
	}
	diag := 0.0
	for al := range ka {
		for be := range kb {
			c := cnt[al*kb+be]
			if c == 0 {
				continue
			}
			diag += c * a.block[al*ka+al] * b.block[be*kb+be]
			row := b.block[be*kb : be*kb+kb]
			mr := m[al*kb : al*kb+kb]
			for bp, v := range row {
				mr[bp] += c * v
			}
		}
	}
	s := 0.0
	for al := range ka {
		mr := m[al*kb : al*kb+kb]
		for ap := range ka {
			w := a.block[al*ka+ap]
			if w == 0 {
				continue
			}
			inner := 0.0
			for bp, c := range cnt[ap*kb : ap*kb+kb] {
				inner += mr[bp] * c
			}
			s += w * inner
		}
	}
	return s - diag
}

// directCross is permutedCross for two block relations by summing over all
// ordered pairs: O(n²).
func directCross(a, b *Relation, sc *qapScratch) float64 {
	ka, kb := a.k, b.k
	for i, p := range sc.perm {
		sc.hb[i] = b.group[p]
	}
	s := 0.0
	for i := range a.n {
		ra := a.block[int(a.group[i])*ka : int(a.group[i])*ka+ka]
		rb := b.block[int(sc.hb[i])*kb : int(sc.hb[i])*kb+kb]
		for j := range a.n {
			if j != i {
				s += ra[a.group[j]] * rb[sc.hb[j]]
			}
		}
	}
	return s
}

func growFloats(p *[]float64, n int) []float64 {
	if cap(*p) < n {
		*p = make([]float64, n)
	}
	*p = (*p)[:n]
	return *p
}
