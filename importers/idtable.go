package importers

import (
	"bytes"
	"hash/maphash"
)

// idTable maps unit ids to their index in Dataset.Units. It does what a
// map[string]int32 does, faster for the millions of lookups of a large
// contacts file: open addressing over one slice of slots, the ids' bytes
// in one arena, and a 32-bit hash in each slot to skip most comparisons.
// Lookups do not allocate and are safe for concurrent use once the table is
// built.
type idTable struct {
	seed  maphash.Seed
	slots []idSlot
	mask  uint64
	arena []byte
	n     int
}

type idSlot struct {
	hash uint32
	idx  int32 // index + 1; 0 marks an empty slot
	off  uint32
	len  uint32
}

func newIDTable(n int) *idTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &idTable{seed: maphash.MakeSeed(), slots: make([]idSlot, size), mask: uint64(size - 1)}
}

// get returns the index of id.
func (t *idTable) get(id []byte) (int32, bool) {
	h := maphash.Bytes(t.seed, id)
	hi := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.idx == 0 {
			return 0, false
		}
		if s.hash == hi && int(s.len) == len(id) && bytes.Equal(t.arena[s.off:s.off+s.len], id) {
			return s.idx - 1, true
		}
	}
}

// getString is get for a string.
func (t *idTable) getString(id string) (int32, bool) {
	return t.get([]byte(id)) // does not escape: no allocation for short ids
}

// put adds id with index idx, unless id is there; it reports whether it
// added it.
func (t *idTable) put(id string, idx int32) bool {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	h := maphash.String(t.seed, id)
	hi := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.idx == 0 {
			*s = idSlot{hash: hi, idx: idx + 1, off: uint32(len(t.arena)), len: uint32(len(id))}
			t.arena = append(t.arena, id...)
			t.n++
			return true
		}
		if s.hash == hi && string(t.arena[s.off:s.off+s.len]) == id {
			return false
		}
	}
}

func (t *idTable) grow() {
	old := t.slots
	t.slots = make([]idSlot, 2*len(old))
	t.mask = uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.idx == 0 {
			continue
		}
		h := maphash.Bytes(t.seed, t.arena[s.off:s.off+s.len])
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].idx == 0 {
				t.slots[i] = s
				break
			}
		}
	}
}
