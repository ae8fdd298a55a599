package importers

import (
	"encoding/binary"
	"math/bits"
)

// idTable is a read-only index from unit ids to their indices in
// Dataset.Units, built once the units are read, for the lookup of every
// contact's two ids: at millions of rows Go's map, with its general string
// hash and groups, took a third of the parse time. Open addressing with
// linear probing over slots that hold a 32-bit hash tag and the index, and
// the ids' bytes in one arena.
type idTable struct {
	slots []idSlot
	off   []uint32 // off[i]..off[i+1]: unit i's id in arena
	arena []byte
}

type idSlot struct {
	tag uint32 // the hash's high bits
	idx int32  // index + 1; 0 marks a free slot
}

func newIDTable(keys []string) *idTable {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t := &idTable{slots: make([]idSlot, size), off: make([]uint32, 1, len(keys)+1)}
	mask := uint64(size - 1)
	for i, k := range keys {
		t.arena = append(t.arena, k...)
		t.off = append(t.off, uint32(len(t.arena)))
		h := hashID([]byte(k))
		for j := h & mask; ; j = (j + 1) & mask {
			if t.slots[j].idx == 0 {
				t.slots[j] = idSlot{tag: uint32(h >> 32), idx: int32(i) + 1}
				break
			}
		}
	}
	return t
}

// get returns the index of id, as m[string(id)] would.
func (t *idTable) get(id []byte) (int32, bool) {
	h := hashID(id)
	mask := uint64(len(t.slots) - 1)
	tag := uint32(h >> 32)
	for j := h & mask; ; j = (j + 1) & mask {
		s := t.slots[j]
		if s.idx == 0 {
			return 0, false
		}
		if s.tag == tag {
			i := s.idx - 1
			if string(t.arena[t.off[i]:t.off[i+1]]) == string(id) {
				return i, true
			}
		}
	}
}

// hashID mixes the bytes of an id eight at a time (wyhash's multiply-fold).
func hashID(b []byte) uint64 {
	const p0, p1 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db
	h := uint64(len(b)) * p0
	for len(b) >= 8 {
		hi, lo := bits.Mul64(h^binary.LittleEndian.Uint64(b), p1)
		h = hi ^ lo
		b = b[8:]
	}
	if len(b) > 0 {
		var w [8]byte
		copy(w[:], b)
		hi, lo := bits.Mul64(h^binary.LittleEndian.Uint64(w[:]), p1)
		h = hi ^ lo
	}
	hi, lo := bits.Mul64(h, p0)
	return hi ^ lo
}
