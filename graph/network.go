package graph

import (
	"fmt"
	"sort"
	"sync"
)

// Projection chooses how a meeting of k units is projected to unit pairs.
type Projection uint8

// The projections of a multi-party meeting.
const (
	ProjectNewman Projection = iota // each pair gets 1/(k−1): a unit's meeting weight sums to 1
	ProjectOne                      // each pair gets 1
)

// BuildOptions select what goes into a Network.
type BuildOptions struct {
	Window     Window // contacts and meetings outside it are left out
	Filter     Filter // units it rejects are left out, with their ties
	Projection Projection
}

// Network is the collaboration network built from a Dataset: the units as
// nodes with dense IDs 0..n−1 in the order of their keys, the undirected
// ties in compressed sparse row form, and the directed initiative arcs.
//
// Views for gonum's algorithms: Weighted (tie weights), Simple (weight 1),
// Distances (1/weight) and Initiative (directed).
type Network struct {
	Data    *Dataset
	Options BuildOptions

	units []*Unit
	keys  map[string]int32
	ties  []Tie // sorted by (A, B)
	arcs  []Arc // sorted by (From, To)

	// CSR adjacency: node i's neighbours are nbr[off[i]:off[i+1]], in
	// increasing order, and tieOf[k] is the index in ties of nbr[k]'s tie.
	off, nbr, tieOf []int32
	// CSR of the arcs out of and into each node, as indices into arcs.
	outOff, outArc, inOff, inArc []int32
}

// Build aggregates the dataset's contacts and meetings into a Network.
// Self-contacts and records of weight 0 add no tie. It fails only when the
// dataset refers to units that are not in it.
func Build(d *Dataset, opt BuildOptions) (*Network, error) {
	n := &Network{Data: d, Options: opt}
	order := make([]int32, 0, len(d.Units))
	for i := range d.Units {
		if opt.Filter.IsZero() || opt.Filter.Match(&d.Units[i]) {
			order = append(order, int32(i))
		}
	}
	sort.Slice(order, func(i, j int) bool { return d.Units[order[i]].Key < d.Units[order[j]].Key })
	node := make([]int32, len(d.Units)) // dataset index → node ID, −1 when left out
	for i := range node {
		node[i] = -1
	}
	n.units = make([]*Unit, len(order))
	for id, i := range order {
		node[i] = int32(id)
		n.units[id] = &d.Units[i]
	}
	lookup := func(i int32) (int32, error) {
		if i < 0 || int(i) >= len(node) {
			return 0, fmt.Errorf("graph: record refers to unit %d of %d", i, len(node))
		}
		return node[i], nil
	}

	// Contacts are aggregated in one pass per part with an open-addressing
	// index from node pair to an accumulator that also counts each
	// direction, so the initiative arcs need no second index. At millions
	// of rows the cost is memory latency, so large inputs are split in two
	// fixed halves aggregated on two cores and merged: the halves depend on
	// the input only, so the sums are the same on every machine.
	for ci := range d.Contacts {
		c := &d.Contacts[ci]
		if _, err := lookup(c.From); err != nil {
			return nil, err
		}
		if _, err := lookup(c.To); err != nil {
			return nil, err
		}
	}
	parts := 1
	if len(d.Contacts) >= 1<<16 {
		parts = 2
	}
	aggs := make([]*aggregator, parts)
	var wg sync.WaitGroup
	for p := range aggs {
		lo, hi := p*len(d.Contacts)/parts, (p+1)*len(d.Contacts)/parts
		aggs[p] = newAggregator((hi - lo) / 16)
		wg.Add(1)
		go func(g *aggregator, contacts []Contact) {
			defer wg.Done()
			for ci := range contacts {
				c := &contacts[ci]
				if c.Weight == 0 || c.From == c.To || !opt.Window.Contains(c.Date) {
					continue
				}
				a, b := node[c.From], node[c.To]
				if a >= 0 && b >= 0 && a != b {
					g.contact(a, b, c)
				}
			}
		}(aggs[p], d.Contacts[lo:hi])
	}
	wg.Wait()
	agg := aggs[0]
	for _, g := range aggs[1:] {
		agg.merge(g)
	}
	var present []int32
	for mi := range d.Meetings {
		m := &d.Meetings[mi]
		k := len(m.Units)
		if k < 2 || !opt.Window.Contains(m.Date) {
			continue
		}
		w := 1.0
		if opt.Projection == ProjectNewman {
			w = 1 / float64(k-1)
		}
		present = present[:0]
		for _, u := range m.Units {
			a, err := lookup(u)
			if err != nil {
				return nil, err
			}
			if a >= 0 {
				present = append(present, a)
			}
		}
		for x, a := range present {
			for _, b := range present[x+1:] {
				if a == b {
					continue
				}
				t := agg.at(a, b)
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
	acc := agg.acc
	sort.Slice(acc, func(i, j int) bool {
		if acc[i].A != acc[j].A {
			return acc[i].A < acc[j].A
		}
		return acc[i].B < acc[j].B
	})
	n.ties = make([]Tie, len(acc))
	for i := range acc {
		n.ties[i] = acc[i].Tie
		for dir, c := range acc[i].arcs {
			if c > 0 {
				from, to := acc[i].A, acc[i].B
				if dir == 1 {
					from, to = to, from
				}
				n.arcs = append(n.arcs, Arc{From: from, To: to, Contacts: c, Weight: acc[i].arcWeight[dir]})
			}
		}
	}
	sort.Slice(n.arcs, func(i, j int) bool {
		if n.arcs[i].From != n.arcs[j].From {
			return n.arcs[i].From < n.arcs[j].From
		}
		return n.arcs[i].To < n.arcs[j].To
	})
	n.index()
	return n, nil
}

func pairKey(a, b int32) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// pairIndex maps node pairs to dense indices by open addressing with
// linear probing. Key and value share a slot, so a lookup touches one
// cache line; keys are stored plus one so that zero marks a free slot.
type pairIndex struct {
	slots []pairSlot
	used  int
}

type pairSlot struct {
	key uint64
	val int32
}

// newPairIndex returns an index with room for about n pairs.
func newPairIndex(n int) *pairIndex {
	size := 1024
	for size < 2*n {
		size *= 2
	}
	return &pairIndex{slots: make([]pairSlot, size)}
}

func (p *pairIndex) home(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> 20 & uint64(len(p.slots)-1)
}

// get returns the index of key, inserting next for a new key.
func (p *pairIndex) get(key uint64, next int32) (int32, bool) {
	if 2*(p.used+1) > len(p.slots) {
		p.grow()
	}
	mask := uint64(len(p.slots) - 1)
	k := key + 1
	for h := p.home(k); ; h = (h + 1) & mask {
		s := &p.slots[h]
		switch s.key {
		case k:
			return s.val, false
		case 0:
			s.key, s.val = k, next
			p.used++
			return next, true
		}
	}
}

func (p *pairIndex) grow() {
	old := p.slots
	p.slots = make([]pairSlot, 2*len(old))
	mask := uint64(len(p.slots) - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		h := p.home(s.key)
		for p.slots[h].key != 0 {
			h = (h + 1) & mask
		}
		p.slots[h] = s
	}
}

// aggregator sums records into ties.
type aggregator struct {
	index *pairIndex
	acc   []tieAcc
}

func newAggregator(hint int) *aggregator {
	return &aggregator{index: newPairIndex(hint), acc: make([]tieAcc, 0, hint)}
}

// at returns the accumulator of the tie between a and b, adding it.
func (g *aggregator) at(a, b int32) *tieAcc {
	lo, hi := min(a, b), max(a, b)
	i, isNew := g.index.get(pairKey(lo, hi), int32(len(g.acc)))
	if isNew {
		g.acc = append(g.acc, tieAcc{Tie: Tie{A: lo, B: hi}})
	}
	return &g.acc[i]
}

// contact adds contact c from node a to node b.
func (g *aggregator) contact(a, b int32, c *Contact) {
	t := g.at(a, b)
	t.Weight += c.Weight
	t.Contacts++
	if c.Formal {
		t.Formal++
	} else {
		t.Informal++
	}
	t.see(c.Date)
	dir := 0 // A → B
	if a > b {
		dir = 1
	}
	t.arcs[dir]++
	t.arcWeight[dir] += c.Weight
}

// merge adds the ties of h to g.
func (g *aggregator) merge(h *aggregator) {
	for i := range h.acc {
		u := &h.acc[i]
		t := g.at(u.A, u.B)
		t.Weight += u.Weight
		t.Contacts += u.Contacts
		t.Meetings += u.Meetings
		t.MultiParty += u.MultiParty
		t.Formal += u.Formal
		t.Informal += u.Informal
		t.see(u.First)
		t.see(u.Last)
		for dir := range t.arcs {
			t.arcs[dir] += u.arcs[dir]
			t.arcWeight[dir] += u.arcWeight[dir]
		}
	}
}

// tieAcc is a tie being aggregated, with its contacts counted per
// direction (0: A → B, 1: B → A) for the initiative arcs.
type tieAcc struct {
	Tie
	arcs      [2]int32
	arcWeight [2]float64
}

// index builds the key map and the CSR arrays from units, ties and arcs.
func (n *Network) index() {
	nn := len(n.units)
	n.keys = make(map[string]int32, nn)
	for i, u := range n.units {
		n.keys[u.Key] = int32(i)
	}
	n.off = make([]int32, nn+1)
	for _, t := range n.ties {
		n.off[t.A+1]++
		n.off[t.B+1]++
	}
	for i := 0; i < nn; i++ {
		n.off[i+1] += n.off[i]
	}
	n.nbr = make([]int32, 2*len(n.ties))
	n.tieOf = make([]int32, 2*len(n.ties))
	fill := append([]int32(nil), n.off[:nn]...)
	// Ties are sorted by (A, B), so each node's neighbours come out sorted:
	// first those below it (as B of an earlier A), then those above.
	for i, t := range n.ties {
		n.nbr[fill[t.A]], n.tieOf[fill[t.A]] = t.B, int32(i)
		fill[t.A]++
		n.nbr[fill[t.B]], n.tieOf[fill[t.B]] = t.A, int32(i)
		fill[t.B]++
	}
	for i := 0; i < nn; i++ {
		sortAdj(n.nbr[n.off[i]:n.off[i+1]], n.tieOf[n.off[i]:n.off[i+1]])
	}
	n.outOff, n.outArc = arcIndex(nn, n.arcs, func(a *Arc) int32 { return a.From })
	n.inOff, n.inArc = arcIndex(nn, n.arcs, func(a *Arc) int32 { return a.To })
}

func sortAdj(nbr, tie []int32) {
	for i := 1; i < len(nbr); i++ {
		if nbr[i] < nbr[i-1] {
			sort.Sort(adjSorter{nbr, tie})
			return
		}
	}
}

type adjSorter struct{ nbr, tie []int32 }

func (s adjSorter) Len() int           { return len(s.nbr) }
func (s adjSorter) Less(i, j int) bool { return s.nbr[i] < s.nbr[j] }
func (s adjSorter) Swap(i, j int) {
	s.nbr[i], s.nbr[j] = s.nbr[j], s.nbr[i]
	s.tie[i], s.tie[j] = s.tie[j], s.tie[i]
}

func arcIndex(nn int, arcs []Arc, end func(*Arc) int32) (off, idx []int32) {
	off = make([]int32, nn+1)
	for i := range arcs {
		off[end(&arcs[i])+1]++
	}
	for i := 0; i < nn; i++ {
		off[i+1] += off[i]
	}
	idx = make([]int32, len(arcs))
	fill := append([]int32(nil), off[:nn]...)
	for i := range arcs {
		e := end(&arcs[i])
		idx[fill[e]] = int32(i)
		fill[e]++
	}
	return off, idx
}

// Len returns the number of units (nodes).
func (n *Network) Len() int { return len(n.units) }

// Unit returns the unit of node id.
func (n *Network) Unit(id int64) *Unit { return n.units[id] }

// Units returns the units in node ID order, which is the order of their
// keys. The slice is shared; do not modify it.
func (n *Network) Units() []*Unit { return n.units }

// Lookup returns the node ID of the unit with the given key.
func (n *Network) Lookup(key string) (int64, bool) {
	i, ok := n.keys[key]
	return int64(i), ok
}

// Ties returns the undirected ties sorted by (A, B). The slice is shared;
// do not modify it.
func (n *Network) Ties() []Tie { return n.ties }

// Arcs returns the initiative arcs sorted by (From, To). The slice is
// shared; do not modify it.
func (n *Network) Arcs() []Arc { return n.arcs }

// Degree returns the number of ties of node id.
func (n *Network) Degree(id int64) int { return int(n.off[id+1] - n.off[id]) }

// Neighbors returns the neighbours of node id in increasing order and, at
// the same positions, the indices of the ties to them in Ties. The slices
// are shared; do not modify them.
func (n *Network) Neighbors(id int64) (nodes, ties []int32) {
	lo, hi := n.off[id], n.off[id+1]
	return n.nbr[lo:hi], n.tieOf[lo:hi]
}

// TieBetween returns the tie between nodes a and b, or nil.
func (n *Network) TieBetween(a, b int64) *Tie {
	if a == b || a < 0 || b < 0 || int(a) >= len(n.units) || int(b) >= len(n.units) {
		return nil
	}
	nb, ti := n.Neighbors(a)
	k := sort.Search(len(nb), func(i int) bool { return int64(nb[i]) >= b })
	if k < len(nb) && int64(nb[k]) == b {
		return &n.ties[ti[k]]
	}
	return nil
}

// Out returns the indices in Arcs of the arcs from node id.
func (n *Network) Out(id int64) []int32 { return n.outArc[n.outOff[id]:n.outOff[id+1]] }

// In returns the indices in Arcs of the arcs to node id.
func (n *Network) In(id int64) []int32 { return n.inArc[n.inOff[id]:n.inOff[id+1]] }

// CSR returns the adjacency in compressed sparse row form: node i's
// neighbours are nbr[off[i]:off[i+1]], sorted, and tie[k] indexes Ties for
// nbr[k]. Measures that walk the graph many times use it directly. The
// slices are shared; do not modify them.
func (n *Network) CSR() (off, nbr, tie []int32) { return n.off, n.nbr, n.tieOf }
