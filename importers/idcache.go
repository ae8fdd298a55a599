package importers

import "encoding/binary"

// idCache remembers the unit ids a contacts worker looked up last. A
// contacts file names the same units in nearby rows (a unit's contacts of
// one day, both directions of a tie), and finding a unit here, in a few KB
// that stay in the CPU's cache, is several times faster than in the map of
// all units, whose lookups mostly miss the cache: on the L dataset four in
// ten lookups hit. An entry keeps the id's bytes, so a hit is exact.
type idCache [256]idEntry

type idEntry struct {
	n   uint8 // the id's length + 1; 0 marks an empty entry
	key [idCached]byte
	idx int32
}

// idCached is the longest id the cache keeps.
const idCached = 23

// lookup returns the index of unit id b, from the cache or from ids.
func (c *idCache) lookup(ids map[string]int32, b []byte) (int32, bool) {
	n := len(b)
	if n == 0 || n > idCached {
		i, ok := ids[string(b)]
		return i, ok
	}
	// A cheap hash of the length and the first and last eight bytes: ids
	// tend to share a prefix and differ at the end.
	var lo, hi uint64
	if n >= 8 {
		lo, hi = binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[n-8:])
	} else {
		for _, x := range b {
			lo = lo<<8 | uint64(x)
		}
	}
	e := &c[uint8((lo*0x9E3779B97F4A7C15^hi*0xC2B2AE3D27D4EB4F^uint64(n))>>56)]
	if int(e.n) == n+1 && string(e.key[:n]) == string(b) {
		return e.idx, true
	}
	i, ok := ids[string(b)]
	if ok {
		e.n = uint8(n + 1)
		copy(e.key[:], b)
		e.idx = i
	}
	return i, ok
}
