package metrics

import "math/bits"

// wideGroups is the most groups whose permutations are counted 64 at a
// time (see eiWide); with more, a tie's test for a common group would
// cost more than the 64 comparisons it saves.
const wideGroups = 16

// eiWide counts the internal ties of every group under up to 64
// labellings at once, bit-sliced: bit k of a word stands for labelling k.
// For each position a and group g, mask[a·G+g] holds the labellings that
// give a group g, so the labellings in which a tie a–b is internal are
// OR_g mask[a·G+g] & mask[b·G+g], G word operations for 64 labellings
// where counting one labelling at a time compares 64 labels. Those
// words are added up in binary by planes (bit j of every labelling's
// count in plane j), first per position over its partners, then per
// group.
type eiWide struct {
	groups int
	mask   []uint64 // mask[a·G+g]: the labellings giving position a group g
	ends   []int32  // ends[k·G+g]: qualifying tie ends of group g's units in labelling k
	unit   []uint64 // a position's count of partners in its group, by plane
	group  []uint64 // group[g·P+j]: plane j of group g's internal ties
	planes int      // P, planes enough for every tie
}

func newEIWide(ec *eiCounter) *eiWide {
	longest := 0
	for a := range len(ec.labels) {
		longest = max(longest, int(ec.off[a+1]-ec.off[a]))
	}
	g, p := ec.groups, bits.Len(uint(ec.ties))
	return &eiWide{groups: g, mask: make([]uint64, len(ec.labels)*g), ends: make([]int32, 64*g),
		unit: make([]uint64, bits.Len(uint(longest))), group: make([]uint64, g*p), planes: p}
}

// reset forgets the labellings marked so far.
func (w *eiWide) reset() {
	clear(w.mask)
	clear(w.ends)
}

// mark records lab as labelling k.
func (w *eiWide) mark(ec *eiCounter, k int, lab []int32) {
	bit := uint64(1) << k
	ends := w.ends[k*w.groups : (k+1)*w.groups]
	for a, g := range lab {
		w.mask[a*w.groups+int(g)] |= bit
		ends[g] += ec.degree[a]
	}
}

// count fills in[k·G+g] and ex[k·G+g] with group g's internal and
// external ties under each of the n labellings marked, and il[k] with the
// whole network's internal ties, as eiCounter.count does for one.
func (w *eiWide) count(ec *eiCounter, n int, in, ex []int32, il []int) {
	gs := w.groups
	clear(w.group)
	unit := w.unit
	for a := range len(ec.labels) {
		row := ec.nbr[ec.off[a]:ec.off[a+1]]
		if len(row) == 0 {
			continue
		}
		ma := w.mask[a*gs : (a+1)*gs]
		clear(unit)
		for _, b := range row {
			mb := w.mask[int(b)*gs : (int(b)+1)*gs]
			x := uint64(0)
			for g, m := range ma {
				x |= m & mb[g]
			}
			for j := 0; x != 0; j++ { // add x to the planes
				c := unit[j] & x
				unit[j] ^= x
				x = c
			}
		}
		// In labelling k, a's partners in its group are internal ties of
		// the group that k gives a.
		for g, m := range ma {
			if m == 0 {
				continue
			}
			planes := w.group[g*w.planes : (g+1)*w.planes]
			carry := uint64(0)
			for j, u := range unit {
				y := u & m
				s := planes[j] ^ y
				carry, planes[j] = planes[j]&y|carry&s, s^carry
			}
			for j := len(unit); carry != 0; j++ {
				c := planes[j] & carry
				planes[j] ^= carry
				carry = c
			}
		}
	}
	for k := range n {
		il[k] = 0
		for g := range gs {
			planes := w.group[g*w.planes : (g+1)*w.planes]
			c := int32(0)
			for j, p := range planes {
				c |= int32(p>>k&1) << j
			}
			in[k*gs+g] = c
			ex[k*gs+g] = w.ends[k*gs+g] - 2*c
			il[k] += int(c)
		}
	}
}
