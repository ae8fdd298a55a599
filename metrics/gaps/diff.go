package gaps

import (
	"math"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// DiffOptions tune Diff. The zero value reports ties whose weight changed
// by at least half and by at least 1.
type DiffOptions struct {
	// Threshold is the relative change of weight a tie present in both
	// networks needs to count as strengthened or weakened: |after −
	// before| ≥ Threshold × before. 0 means 0.5.
	Threshold float64
	// MinChange is the absolute change it needs as well; 0 means 1.
	MinChange float64
	// Gaps are the options for the gaps of each network; Scope also limits
	// the tie changes (an end in the municipality) and the municipalities.
	Gaps Options
}

// TieChange is a tie gained, lost, strengthened or weakened between two
// networks. Weights are 0 where the tie is absent.
type TieChange struct {
	A, B          string // unit keys, A < B
	Before, After float64
	Change        float64 // After − Before
}

// NetStats are the main measures of one municipality's network: its units,
// the ties among them, density 2·ties / (units·(units−1)), the number of
// connected components (isolated units count) and fragmentation, the
// share of unit pairs that cannot reach each other, 1 − Σ s(s−1) /
// (n(n−1)) over component sizes s (Borgatti 2006's F; UCINET
// "fragmentation"). Density and fragmentation are 0 below two units.
//
// They are computed here on the subgraph of ties within the municipality,
// not with Components or Fragmentation, so that Diff stands on the
// network alone; for the same subgraph they agree.
type NetStats struct {
	Units         int
	Ties          int
	Density       float64
	Components    int
	Fragmentation float64
}

// MunicipalityChange compares one municipality in two networks; Change is
// After − Before field by field.
type MunicipalityChange struct {
	Municipality  string
	Before, After NetStats
	Change        NetStats
}

// DiffReport is what changed from one network to another: two windows of
// one dataset or two datasets, matched by unit key and municipality name.
type DiffReport struct {
	Before, After  string // dataset name and window
	Gained         []TieChange
	Lost           []TieChange
	Strengthened   []TieChange
	Weakened       []TieChange
	Opened         List // gaps of the after network, not of the before one
	Closed         List // gaps of the before network, not of the after one
	Municipalities []MunicipalityChange

	before, after *graph.Network
}

// Networks returns the networks compared, whose units the closed and the
// opened gaps name.
func (r *DiffReport) Networks() (before, after *graph.Network) { return r.before, r.after }

// Diff compares network a (before) with b (after): ties gained and lost,
// ties strengthened and weakened (see DiffOptions), the gaps (Find,
// each network with its own dataset's expectations) that opened and
// closed, matched by expectation, ends and scope, and NetStats per
// municipality. Gained and strengthened ties are sorted by change, largest
// first, lost and weakened ones by change, largest loss first; then by a
// and b. Gaps keep their rank order in their own network. Like Find,
// Diff judges a and b as they are: for one municipality, pass networks
// built without a scope filter and the municipality in opt.Gaps.Scope.
func Diff(a, b *graph.Network, opt DiffOptions) *DiffReport {
	r := &DiffReport{Gained: []TieChange{}, Lost: []TieChange{}, Strengthened: []TieChange{}, Weakened: []TieChange{},
		Opened: List{}, Closed: List{}, Municipalities: []MunicipalityChange{}}
	if a == nil || b == nil {
		return r
	}
	r.before, r.after = a, b
	r.Before, r.After = diffLabel(a), diffLabel(b)
	r.diffTies(a, b, opt)
	r.diffGaps(Find(a, opt.Gaps), Find(b, opt.Gaps))
	r.diffMunicipalities(a, b, opt.Gaps.Scope)
	return r
}

// diffTies fills in the ties gained, lost, strengthened and weakened with
// an end in the scope.
func (r *DiffReport) diffTies(a, b *graph.Network, opt DiffOptions) {
	rel, abs := opt.Threshold, opt.MinChange
	if rel <= 0 {
		rel = 0.5
	}
	if abs <= 0 {
		abs = 1
	}
	scope := opt.Gaps.Scope
	inScope := func(u *graph.Unit) bool { return scope == "" || strings.EqualFold(u.Municipality, scope) }

	// Ties, matched through b's node IDs.
	ua, ub := a.Units(), b.Units()
	toB := make([]int32, len(ua))
	for i, u := range ua {
		toB[i] = -1
		if id, ok := b.Lookup(u.Key); ok {
			toB[i] = int32(id)
		}
	}
	seen := make(map[int32]bool)
	tb := b.Ties()
	for i := range a.Ties() {
		t := &a.Ties()[i]
		x, y := ua[t.A], ua[t.B]
		if !inScope(x) && !inScope(y) {
			continue
		}
		c := TieChange{A: x.Key, B: y.Key, Before: gapRound(t.Weight)}
		if p, q := toB[t.A], toB[t.B]; p >= 0 && q >= 0 {
			if k := fadeTie(b, p, q); k >= 0 {
				seen[k] = true
				c.After = gapRound(tb[k].Weight)
			}
		}
		c.Change = gapRound(c.After - c.Before)
		switch {
		case c.After == 0:
			r.Lost = append(r.Lost, c)
		case math.Abs(c.Change) >= abs && math.Abs(c.Change) >= rel*c.Before:
			if c.Change > 0 {
				r.Strengthened = append(r.Strengthened, c)
			} else {
				r.Weakened = append(r.Weakened, c)
			}
		}
	}
	for k := range tb {
		t := &tb[k]
		x, y := ub[t.A], ub[t.B]
		if seen[int32(k)] || (!inScope(x) && !inScope(y)) {
			continue
		}
		// A pair whose keys are ordered differently cannot occur: node IDs
		// follow the keys in both networks.
		w := gapRound(t.Weight)
		r.Gained = append(r.Gained, TieChange{A: x.Key, B: y.Key, After: w, Change: w})
	}
	diffSort(r.Gained, true)
	diffSort(r.Strengthened, true)
	diffSort(r.Lost, false)
	diffSort(r.Weakened, false)
}

// diffGaps fills in the gaps that opened (in b, not in a) and closed.
func (r *DiffReport) diffGaps(gapsA, gapsB List) {
	inA, inB := map[string]bool{}, map[string]bool{}
	for i := range gapsA {
		inA[gapsA[i].key()] = true
	}
	for i := range gapsB {
		inB[gapsB[i].key()] = true
		if !inA[gapsB[i].key()] {
			r.Opened = append(r.Opened, gapsB[i])
		}
	}
	for i := range gapsA {
		if !inB[gapsA[i].key()] {
			r.Closed = append(r.Closed, gapsA[i])
		}
	}
}

// diffMunicipalities fills in NetStats per municipality, of one when
// scope names it.
func (r *DiffReport) diffMunicipalities(a, b *graph.Network, scope string) {
	sa, sb := diffStats(a), diffStats(b)
	names := map[string]string{}
	for k, s := range sa {
		names[k] = s.name
	}
	for k, s := range sb {
		if _, ok := names[k]; !ok {
			names[k] = s.name
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		if scope == "" || strings.EqualFold(k, scope) {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return names[keys[i]] < names[keys[j]] })
	for _, k := range keys {
		m := MunicipalityChange{Municipality: names[k]}
		if s := sa[k]; s != nil {
			m.Before = s.NetStats
		}
		if s := sb[k]; s != nil {
			m.After = s.NetStats
		}
		m.Change = NetStats{
			Units: m.After.Units - m.Before.Units, Ties: m.After.Ties - m.Before.Ties,
			Density: m.After.Density - m.Before.Density, Components: m.After.Components - m.Before.Components,
			Fragmentation: m.After.Fragmentation - m.Before.Fragmentation,
		}
		r.Municipalities = append(r.Municipalities, m)
	}
}

func diffLabel(n *graph.Network) string {
	s := ""
	if n.Data != nil {
		s = n.Data.Name
	}
	if w := n.Options.Window.String(); w != "" {
		if s != "" {
			s += " "
		}
		s += w
	}
	return s
}

func diffSort(l []TieChange, up bool) {
	sort.Slice(l, func(i, j int) bool {
		if l[i].Change != l[j].Change {
			if up {
				return l[i].Change > l[j].Change
			}
			return l[i].Change < l[j].Change
		}
		if l[i].A != l[j].A {
			return l[i].A < l[j].A
		}
		return l[i].B < l[j].B
	})
}

type diffMun struct {
	name string
	NetStats
}

// diffStats computes NetStats for every municipality of n, keyed by the
// lower-case name, with one union-find pass over the ties.
func diffStats(n *graph.Network) map[string]*diffMun {
	units := n.Units()
	out := map[string]*diffMun{}
	of := make([]*diffMun, len(units))
	parent := make([]int32, len(units))
	for id, u := range units {
		parent[id] = int32(id)
		if u.Municipality == "" {
			continue
		}
		k := strings.ToLower(u.Municipality)
		m := out[k]
		if m == nil {
			m = &diffMun{name: u.Municipality}
			out[k] = m
		}
		m.Units++
		of[id] = m
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	ties := n.Ties()
	for i := range ties {
		t := &ties[i]
		m := of[t.A]
		if m == nil || m != of[t.B] {
			continue
		}
		m.Ties++
		if x, y := find(t.A), find(t.B); x != y {
			parent[max(x, y)] = min(x, y)
		}
	}
	size := make([]int, len(units))
	for id := range units {
		if of[id] != nil {
			size[find(int32(id))]++
		}
	}
	pairs := map[*diffMun]float64{}
	for id, s := range size {
		if s > 0 {
			m := of[id]
			m.Components++
			pairs[m] += float64(s) * float64(s-1)
		}
	}
	for _, m := range out {
		if m.Units >= 2 {
			all := float64(m.Units) * float64(m.Units-1)
			m.Density = 2 * float64(m.Ties) / all
			m.Fragmentation = 1 - pairs[m]/all
		}
	}
	return out
}
