package graph

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
)

// Build aggregates the dataset's contacts and meetings into a Network.
// Self-contacts and records of weight 0 add no tie. It fails only when the
// dataset refers to units that are not in it.
func Build(d *Dataset, opt BuildOptions) (*Network, error) {
	b := NewBuilder(d, opt)
	b.Add(d.Contacts)
	return b.Network()
}

// A Builder aggregates contacts into ties as they are read, so that a
// network can be built without keeping millions of contact records: the
// importers feed it chunk by chunk. Build is a Builder fed d.Contacts at
// once; both give the same network.
//
// Every tie sums its contacts in the order they were added, whatever the
// number of cores, so weights are the same bytes on every machine: the
// ties are split between two parts by their lower node, and each part
// aggregates its own ties in input order. At millions of rows the cost is
// memory latency, which the two parts spread over two cores.
type Builder struct {
	d     *Dataset
	opt   BuildOptions
	units []int32 // dataset indices of the nodes, in key order
	node  []int32 // dataset index → node ID, −1 when left out
	split int32   // nodes below split belong to part 0
	parts [2]*tieTable
	stats [2]ContactStats
	err   error
}

// ContactStats counts the contacts that went into a network: those in its
// window between two of its units, including rows of weight 0. Build and
// Builder count them as they aggregate, so the counts exist when the
// contact records were not kept; a subgraph (Induced, Scope) recounts them
// from the dataset's records, and a Quotient has none.
type ContactStats struct {
	Contacts         int
	Formal, Informal int
	ByKind           [256]int // contacts by Dataset kind
	First, Last      Date     // date range of the dated contacts, or NoDate
}

func (s *ContactStats) add(t *ContactStats) {
	s.Contacts += t.Contacts
	s.Formal += t.Formal
	s.Informal += t.Informal
	for k, n := range t.ByKind {
		s.ByKind[k] += n
	}
	s.see(t.First)
	s.see(t.Last)
}

func (s *ContactStats) see(d Date) { widen(&s.First, &s.Last, d) }

// count counts contact c.
func (s *ContactStats) count(c *Contact) {
	s.Contacts++
	s.ByKind[c.Kind]++
	if c.Formal {
		s.Formal++
	} else {
		s.Informal++
	}
	s.see(c.Date)
}

// NewBuilder returns a Builder for the units of d, which must be complete:
// contacts are added with Add, and Network adds d.Meetings.
func NewBuilder(d *Dataset, opt BuildOptions) *Builder {
	b := &Builder{d: d, opt: opt}
	for i := range d.Units {
		if opt.Filter.IsZero() || opt.Filter.Match(&d.Units[i]) {
			b.units = append(b.units, int32(i))
		}
	}
	sort.Slice(b.units, func(i, j int) bool { return d.Units[b.units[i]].Key < d.Units[b.units[j]].Key })
	b.node = make([]int32, len(d.Units))
	for i := range b.node {
		b.node[i] = -1
	}
	for id, i := range b.units {
		b.node[i] = int32(id)
	}
	b.split = int32(len(b.units) / 2)
	for p := range b.parts {
		b.parts[p] = newTieTable()
		b.stats[p] = ContactStats{First: NoDate, Last: NoDate}
	}
	return b
}

// parallelAdd is the number of contacts from which Add uses two cores.
const parallelAdd = 1 << 14

// Add aggregates contacts, which follow those of earlier calls in input
// order. A contact that refers to a unit outside the dataset makes
// Network fail.
func (b *Builder) Add(contacts []Contact) {
	if len(contacts) < parallelAdd {
		b.addPart(0, contacts)
		b.addPart(1, contacts)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		b.addPart(1, contacts)
	}()
	b.addPart(0, contacts)
	wg.Wait()
}

// addPart aggregates the contacts whose lower node belongs to part p.
func (b *Builder) addPart(p int, contacts []Contact) {
	g, node, win := b.parts[p], b.node, b.opt.Window
	rel := b.opt.Relation
	kinds := rel.kindSet(b.d)
	st := b.stats[p] // a local copy: the parts run on different cores
	defer func() { b.stats[p] = st }()
	lo, hi := int32(0), b.split
	if p == 1 {
		lo, hi = b.split, int32(len(b.units))
	}
	for i := range contacts {
		c := &contacts[i]
		if uint32(c.From) >= uint32(len(node)) || uint32(c.To) >= uint32(len(node)) {
			if p == 0 && b.err == nil {
				b.err = fmt.Errorf("graph: contact on line %d refers to a unit outside the dataset", c.Line)
			}
			continue
		}
		x, y := node[c.From], node[c.To]
		m := min(x, y)
		if m < lo || m >= hi || !win.Contains(c.Date) || !rel.keeps(kinds, c.Kind, c.Formal) {
			continue // another part's, left out by the filter (−1), out of the window or of the relation
		}
		st.count(c)
		if c.Weight != 0 && x != y {
			g.contact(x, y, c)
		}
	}
}

// ContactStats returns the counts of the contacts in the network.
func (n *Network) ContactStats() *ContactStats {
	if n.statsOnce != nil {
		n.statsOnce.Do(n.countContacts)
	}
	return &n.contactStats
}

// Network adds the dataset's meetings and returns the network; the
// Builder is spent and must not be used after.
func (b *Builder) Network() (*Network, error) {
	if b.err != nil {
		return nil, b.err
	}
	d, opt := b.d, b.opt
	n := &Network{Data: d, Options: opt, contactStats: b.stats[0]}
	n.contactStats.add(&b.stats[1])
	n.units = make([]*Unit, len(b.units))
	for id, i := range b.units {
		n.units[id] = &d.Units[i]
	}
	agg := b.parts[0]
	kinds := opt.Relation.kindSet(d)
	var present []int32
	for mi := range d.Meetings {
		m := &d.Meetings[mi]
		k := len(m.Units)
		if k < 2 || !opt.Window.Contains(m.Date) || !opt.Relation.keeps(kinds, m.Kind, m.Formal) {
			continue
		}
		w := 1.0
		if opt.Projection == ProjectNewman {
			w = 1 / float64(k-1)
		}
		present = present[:0]
		for _, u := range m.Units {
			if u < 0 || int(u) >= len(b.node) {
				return nil, fmt.Errorf("graph: meeting on line %d refers to unit %d of %d", m.Line, u, len(b.node))
			}
			if a := b.node[u]; a >= 0 {
				present = append(present, a)
			}
		}
		for x, a := range present {
			for _, c := range present[x+1:] {
				if a == c {
					continue
				}
				g := agg
				if min(a, c) >= b.split {
					g = b.parts[1]
				}
				t := g.at(a, c)
				t.Weight += w
				t.Meetings++
				if k >= 3 {
					t.MultiParty++
				}
				if m.Formal {
					t.Formal++
				} else {
					t.Informal++
				}
				t.see(m.Date)
			}
		}
	}
	survey, err := b.surveyRounds()
	if err != nil {
		return nil, err
	}
	n.survey = survey
	n.ties, n.arcs = sortTies(len(n.units), b.parts[0], b.parts[1])
	b.parts = [2]*tieTable{}
	for i := range n.ties {
		// The readers keep weights within MaxWeight; a dataset made by hand
		// may not.
		if t := &n.ties[i]; math.IsInf(t.Weight, 0) || math.IsNaN(t.Weight) {
			return nil, fmt.Errorf("graph: the weights of the tie %s–%s add up to %g", n.units[t.A].Key, n.units[t.B].Key, t.Weight)
		}
	}
	n.index()
	return n, nil
}

// sortTies returns the ties of the tables sorted by (A, B) and the
// initiative arcs sorted by (From, To), emptying the tables. Both are
// counting sorts by node, as a comparison sort moving 64-byte
// accumulators costs more than the whole aggregation.
func sortTies(nodes int, parts ...*tieTable) ([]Tie, []Arc) {
	m := 0
	off := make([]int32, nodes+1)
	outs := make([]int32, nodes+1)
	for _, p := range parts {
		p.index = nil // the accumulators are all that is read from here on
		p.each(func(t *tieAcc) {
			m++
			off[t.A+1]++
			if t.arcs0 > 0 {
				outs[t.A+1]++
			}
			if t.Contacts > t.arcs0 {
				outs[t.B+1]++
			}
		})
	}
	for i := range nodes {
		off[i+1] += off[i]
		outs[i+1] += outs[i]
	}
	acc := make([]*tieAcc, m)
	fill := append([]int32(nil), off[:nodes]...)
	for _, p := range parts {
		p.each(func(t *tieAcc) {
			acc[fill[t.A]] = t
			fill[t.A]++
		})
	}
	for a := range nodes {
		slices.SortFunc(acc[off[a]:off[a+1]], func(x, y *tieAcc) int { return cmp.Compare(x.B, y.B) })
	}
	// Filling the arcs in tie order sorts them: node x's arcs to lower
	// nodes come from ties (A, x), which precede its ties (x, B).
	ties := make([]Tie, m)
	arcs := make([]Arc, outs[nodes])
	for i, t := range acc {
		ties[i] = Tie{A: t.A, B: t.B, Weight: t.Weight, Contacts: t.Contacts, Meetings: t.Meetings,
			MultiParty: t.MultiParty, Formal: t.Formal, Informal: t.Informal, First: t.First, Last: t.Last}
		if t.arcs0 > 0 {
			arcs[outs[t.A]] = Arc{From: t.A, To: t.B, Contacts: t.arcs0, Weight: t.arcWeight[0]}
			outs[t.A]++
		}
		if c := t.Contacts - t.arcs0; c > 0 {
			arcs[outs[t.B]] = Arc{From: t.B, To: t.A, Contacts: c, Weight: t.arcWeight[1]}
			outs[t.B]++
		}
	}
	for _, p := range parts {
		p.pages = nil
	}
	return ties, arcs
}

// tieAcc is a tie being aggregated, with its contacts per direction for
// the initiative arcs (A → B; B → A is the rest). It fills one 64-byte
// cache line.
type tieAcc struct {
	A, B               int32 // A < B
	Weight             float64
	arcWeight          [2]float64 // contact weight A → B and B → A
	Contacts, Meetings int32
	MultiParty         int32
	Formal, Informal   int32
	First, Last        Date
	arcs0              int32 // contacts A → B
}

func (t *tieAcc) see(d Date) { widen(&t.First, &t.Last, d) }

// tieTable aggregates ties keyed by node pair. The accumulators are
// appended to pages of fixed size, which never move or double; an
// open-addressing index with linear probing maps a pair to its
// accumulator's number. The index is 4 bytes a slot, so that the table
// costs about 75 bytes a tie where accumulators in the hash slots cost
// up to 180 (a table at a third of its load after doubling), and twice
// that while doubling.
type tieTable struct {
	pages [][]tieAcc // full pages of pageSize, then the one being filled
	index []uint32   // accumulator number + 1; 0 is a free slot
	used  int
}

// pageSize is the number of accumulators in a page: 2 MB.
const pageSize = 1 << 15

func newTieTable() *tieTable { return &tieTable{index: make([]uint32, 1024)} }

func (g *tieTable) home(a, b int32) int {
	k := uint64(a)<<32 | uint64(uint32(b))
	return int((k * 0x9E3779B97F4A7C15) >> 20 & uint64(len(g.index)-1))
}

// acc returns accumulator i.
func (g *tieTable) acc(i uint32) *tieAcc { return &g.pages[i/pageSize][i%pageSize] }

// at returns the accumulator of the tie between a and b, adding it.
func (g *tieTable) at(a, b int32) *tieAcc {
	lo, hi := min(a, b), max(a, b)
	mask := len(g.index) - 1
	for h := g.home(lo, hi); ; h = (h + 1) & mask {
		i := g.index[h]
		if i == 0 {
			if 10*(g.used+1) > 7*len(g.index) {
				g.grow()
				return g.at(lo, hi)
			}
			t := g.add(lo, hi)
			g.index[h] = uint32(g.used)
			return t
		}
		if t := g.acc(i - 1); t.A == lo && t.B == hi {
			return t
		}
	}
}

// add appends the accumulator of a new tie lo–hi.
func (g *tieTable) add(lo, hi int32) *tieAcc {
	if g.used%pageSize == 0 {
		g.pages = append(g.pages, make([]tieAcc, 0, pageSize))
	}
	p := &g.pages[len(g.pages)-1]
	*p = append(*p, tieAcc{A: lo, B: hi, First: NoDate, Last: NoDate})
	g.used++
	return &(*p)[len(*p)-1]
}

func (g *tieTable) grow() {
	g.index = make([]uint32, 2*len(g.index))
	mask := len(g.index) - 1
	i := uint32(0)
	g.each(func(t *tieAcc) {
		i++
		h := g.home(t.A, t.B)
		for g.index[h] != 0 {
			h = (h + 1) & mask
		}
		g.index[h] = i
	})
}

// each calls f with every accumulator, in the order the ties were added.
func (g *tieTable) each(f func(*tieAcc)) {
	for _, p := range g.pages {
		for i := range p {
			f(&p[i])
		}
	}
}

// contact adds contact c from node a to node b.
func (g *tieTable) contact(a, b int32, c *Contact) {
	t := g.at(a, b)
	t.Weight += c.Weight
	t.Contacts++
	if c.Formal {
		t.Formal++
	} else {
		t.Informal++
	}
	t.see(c.Date)
	if a < b {
		t.arcs0++
		t.arcWeight[0] += c.Weight
	} else {
		t.arcWeight[1] += c.Weight
	}
}
