package gaps

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// ParallelContact is a finding of uncoordinated parallel contacts: two or
// more units of one office contacted the same target unit within a window
// of WindowDays days without any recorded contact between each other.
type ParallelContact struct {
	Target string   // unit key of the contacted unit
	Scope  string   // the target's municipality
	Units  []string // the office's units, sorted keys
	// Office is the key of the units' shared parent (OfficeParent) or
	// "agency:KEY region:R", with " municipality:M" when they have one.
	Office       string
	OfficeParent bool
	Dates        []string // the days of their contacts (2006-01-02), sorted
	SpanDays     int      // days from the first to the last of them
	WindowDays   int
	Contacts     []UnitContact // who contacted the target when
}

// UnitContact is one contact of a unit with the target, by day
// (2006-01-02).
type UnitContact struct {
	Unit string
	Date string
}

// ParallelList is a list of uncoordinated parallel contacts, the most
// striking first: more units, then a shorter span of days.
type ParallelList []ParallelContact

// Uncoordinated finds uncoordinated parallel contacts: two or more units
// of the same office contacting the same target unit within a window of
// opt.WindowDays days (default 7) with no contact between each other
// around it (the field report's two advisers from one Husbanken office who
// visit one municipality in the same week without knowing of each other).
//
// Definitions:
//
//   - Two units are of the same office when they have the same parent and
//     the same agency, or the same agency and region (and the same
//     municipality, or none). Services of different agencies under one
//     leader (NAV and the housing office under a kommunalsjef) are not one
//     office: whether they work together is what the gaps measure. The
//     office is named by the parent's key, else as "agency:KEY region:R".
//   - A unit and the unit it reports to are one line, not two units of
//     one office.
//   - A unit contacts the target when a dated contact row runs from it to
//     the target (from is who took the initiative). Contacts with a unit
//     of the same office, with the office's parent or a unit above it, or
//     along a reporting line (with the unit's parent or its own staff) do
//     not count.
//   - Two contacts are within the window when their days differ by less
//     than WindowDays (both fall in some WindowDays-day span).
//   - The two units count as coordinated when they have a contact in
//     either direction, or attended a meeting together, dated from
//     WindowDays before the earlier to WindowDays after the later of
//     their contacts with the target.
//
// Uncoordinated pairs at one target and office are grouped into one
// finding per cluster of dates: a pair joins the current cluster when its
// earlier contact lies within the window of the cluster's latest one.
//
// Only dated contacts and meetings in the network's window and between its
// units count. The work is linear in the contact rows plus the pairs of
// contacts at one target within one window: contacts are bucketed by
// target, not compared unit pair by unit pair.
func Uncoordinated(n *graph.Network, opt Options) ParallelList {
	if n == nil {
		return ParallelList{}
	}
	return uncoordinated(gapData(n), n, opt)
}

// gapNodes maps the dataset's unit indices to node IDs of n, −1 for units
// not in n.
func gapNodes(ds *graph.Dataset, n *graph.Network) []int32 {
	node := make([]int32, len(ds.Units))
	for i := range ds.Units {
		node[i] = -1
		if id, ok := n.Lookup(ds.Units[i].Key); ok {
			node[i] = int32(id)
		}
	}
	return node
}

// gapNode returns the node of dataset unit i, −1 when out of range or not
// in the network.
func gapNode(node []int32, i int32) int32 {
	if i < 0 || int(i) >= len(node) {
		return -1
	}
	return node[i]
}

// paraOffices assigns each node its office keys: par, the node of its
// parent, and ar, an index for its agency, region and municipality; −1
// when the unit has none.
type paraOffices struct {
	units  []*graph.Unit
	par    []int32
	ar     []int32
	arName []string
}

func newParaOffices(n *graph.Network) *paraOffices {
	units := n.Units()
	o := &paraOffices{units: units, par: make([]int32, len(units)), ar: make([]int32, len(units))}
	idx := map[string]int32{}
	for id, u := range units {
		o.par[id], o.ar[id] = -1, -1
		if p, ok := n.Lookup(u.Parent); ok && u.Parent != "" && int(p) != id {
			o.par[id] = int32(p)
		}
		if u.Agency != "" && strings.TrimSpace(u.Region) != "" {
			k := u.Agency + "\x00" + strings.ToLower(strings.TrimSpace(u.Region)) + "\x00" + u.Municipality
			i, ok := idx[k]
			if !ok {
				i = int32(len(o.arName))
				idx[k] = i
				name := "agency:" + u.Agency + " region:" + strings.TrimSpace(u.Region)
				if u.Municipality != "" {
					name += " municipality:" + u.Municipality
				}
				o.arName = append(o.arName, name)
			}
			o.ar[id] = i
		}
	}
	return o
}

// has reports whether node u belongs to any office.
func (o *paraOffices) has(u int32) bool { return o.par[u] >= 0 || o.ar[u] >= 0 }

// same returns the key of the office u and v share, −1 for none: the
// parent's node, or len(units)+ar for agency and region. A unit and the
// unit it reports to are not two units of one office but one line.
func (o *paraOffices) same(u, v int32) int32 {
	if o.par[u] == v || o.par[v] == u {
		return -1
	}
	if o.par[u] >= 0 && o.par[u] == o.par[v] && o.units[u].Agency == o.units[v].Agency {
		return o.par[u]
	}
	if o.ar[u] >= 0 && o.ar[u] == o.ar[v] {
		return int32(len(o.units)) + o.ar[u]
	}
	return -1
}

// contains reports whether node t is one of the office's units, its
// parent or above it in the parent's reporting line: contacts up the
// line are not parallel contacts with an outside unit.
func (o *paraOffices) contains(key, t int32) bool {
	nn := int32(len(o.units))
	if key >= nn {
		return o.ar[t] == key-nn
	}
	if o.par[t] == key {
		return true
	}
	for p, depth := key, 0; p >= 0 && depth < 32; p, depth = o.par[p], depth+1 {
		if p == t {
			return true
		}
	}
	return false
}

func (o *paraOffices) name(key int32) string {
	nn := int32(len(o.units))
	if key < nn {
		return o.units[key].Key
	}
	return o.arName[key-nn]
}

// paraPairs indexes, per node, the days of its contacts and shared
// meetings with units of its own office, as partner<<32 | day+2³¹, sorted:
// the evidence that two units of one office were in touch.
type paraPairs struct {
	off []int32
	ev  []uint64
}

func paraEvent(partner int32, day int) uint64 {
	return uint64(uint32(partner))<<32 | uint64(uint32(int64(day)+1<<31))
}

func newParaPairs(ds *graph.Dataset, n *graph.Network, node []int32, o *paraOffices) *paraPairs {
	nn := n.Len()
	win := n.Options.Window
	p := &paraPairs{off: make([]int32, nn+1)}
	var members []int32
	// Two passes over the records: count, then fill.
	for pass := 0; pass < 2; pass++ {
		var fill []int32
		if pass == 1 {
			for i := 0; i < nn; i++ {
				p.off[i+1] += p.off[i]
			}
			p.ev = make([]uint64, p.off[nn])
			fill = append([]int32(nil), p.off[:nn]...)
		}
		add := func(a, b int32, day int) {
			if pass == 0 {
				p.off[a+1]++
				p.off[b+1]++
				return
			}
			p.ev[fill[a]] = paraEvent(b, day)
			fill[a]++
			p.ev[fill[b]] = paraEvent(a, day)
			fill[b]++
		}
		for i := range ds.Contacts {
			c := &ds.Contacts[i]
			if !c.Date.Valid() || !win.Contains(c.Date) {
				continue
			}
			a, b := gapNode(node, c.From), gapNode(node, c.To)
			if a < 0 || b < 0 || a == b || o.same(a, b) < 0 {
				continue
			}
			add(a, b, c.Date.Day())
		}
		for i := range ds.Meetings {
			m := &ds.Meetings[i]
			if !m.Date.Valid() || !win.Contains(m.Date) {
				continue
			}
			members = members[:0]
			for _, u := range m.Units {
				if v := gapNode(node, u); v >= 0 && o.has(v) {
					members = append(members, v)
				}
			}
			for x, a := range members {
				for _, b := range members[x+1:] {
					if a != b && o.same(a, b) >= 0 {
						add(a, b, m.Date.Day())
					}
				}
			}
		}
	}
	for i := 0; i < nn; i++ {
		seg := p.ev[p.off[i]:p.off[i+1]]
		if !slices.IsSorted(seg) {
			slices.Sort(seg)
		}
	}
	return p
}

// met reports whether u and v were in touch on a day in lo..hi.
func (p *paraPairs) met(u, v int32, lo, hi int) bool {
	seg := p.ev[p.off[u]:p.off[u+1]]
	k, _ := slices.BinarySearch(seg, paraEvent(v, lo))
	return k < len(seg) && seg[k] <= paraEvent(v, hi)
}

// paraEdge is an uncoordinated pair: contacts i and j (positions in the
// target's bucket) by two units of office.
type paraEdge struct {
	office int32
	i, j   int32
}

func uncoordinated(ds *graph.Dataset, n *graph.Network, opt Options) ParallelList {
	W := opt.window()
	nn := n.Len()
	units := n.Units()
	node := gapNodes(ds, n)
	o := newParaOffices(n)
	off, rows := paraByTarget(ds, n, node, o)
	pairs := newParaPairs(ds, n, node, o)

	out := ParallelList{}
	var edges []paraEdge
	for t := int32(0); t < int32(nn); t++ {
		if opt.Scope != "" && !strings.EqualFold(units[t].Municipality, strings.TrimSpace(opt.Scope)) {
			continue
		}
		seg := rows[off[t]:off[t+1]]
		if len(seg) < 2 {
			continue
		}
		if !slices.IsSorted(seg) {
			slices.Sort(seg)
		}
		edges = paraEdges(edges[:0], seg, t, o, pairs, W)
		if len(edges) == 0 {
			continue
		}
		// Edges come in order of i, so sorting by office alone (stably)
		// keeps each office's edges in date order.
		sort.SliceStable(edges, func(a, b int) bool { return edges[a].office < edges[b].office })
		for s := 0; s < len(edges); {
			e := s
			for e < len(edges) && edges[e].office == edges[s].office {
				e++
			}
			out = append(out, paraClusters(edges[s:e], seg, t, o, W)...)
			s = e
		}
	}
	sortParallel(out)
	return out
}

// paraByTarget buckets the dated contacts in n's window from a unit of an
// office to another unit by target (a counting sort): target t's are
// rows[off[t]:off[t+1]], each day+2³¹ << 32 | from. Contacts along a
// reporting line are internal, not contacts of an office with a target.
func paraByTarget(ds *graph.Dataset, n *graph.Network, node []int32, o *paraOffices) (off []int32, rows []uint64) {
	nn := n.Len()
	win := n.Options.Window
	use := func(c *graph.Contact) (a, b int32, ok bool) {
		if !c.Date.Valid() || !win.Contains(c.Date) {
			return 0, 0, false
		}
		a, b = gapNode(node, c.From), gapNode(node, c.To)
		return a, b, a >= 0 && b >= 0 && a != b && o.has(a) && o.par[a] != b && o.par[b] != a
	}
	off = make([]int32, nn+1)
	for i := range ds.Contacts {
		if _, b, ok := use(&ds.Contacts[i]); ok {
			off[b+1]++
		}
	}
	for i := 0; i < nn; i++ {
		off[i+1] += off[i]
	}
	rows = make([]uint64, off[nn])
	fill := append([]int32(nil), off[:nn]...)
	for i := range ds.Contacts {
		c := &ds.Contacts[i]
		if a, b, ok := use(c); ok {
			rows[fill[b]] = uint64(uint32(int64(c.Date.Day())+1<<31))<<32 | uint64(uint32(a))
			fill[b]++
		}
	}
	return off, rows
}

// paraDay and paraFrom unpack a row of paraByTarget.
func paraDay(r uint64) int    { return int(int64(r>>32) - 1<<31) }
func paraFrom(r uint64) int32 { return int32(uint32(r)) }

// paraEdges appends to edges the uncoordinated pairs among the contacts
// seg (sorted) at target t: two units of one office, the target not of it,
// within W days of each other and not in touch around them.
func paraEdges(edges []paraEdge, seg []uint64, t int32, o *paraOffices, pairs *paraPairs, W int) []paraEdge {
	for i := range seg {
		u, du := paraFrom(seg[i]), paraDay(seg[i])
		for j := i + 1; j < len(seg); j++ {
			dv := paraDay(seg[j])
			if dv-du >= W {
				break
			}
			v := paraFrom(seg[j])
			if v == u {
				continue
			}
			k := o.same(u, v)
			if k < 0 || o.contains(k, t) {
				continue
			}
			if pairs.met(u, v, du-W, dv+W) {
				continue
			}
			edges = append(edges, paraEdge{office: k, i: int32(i), j: int32(j)})
		}
	}
	return edges
}

// sortParallel puts the most striking findings first: more units of one
// office, then contacts closer together in time; then by place and date.
func sortParallel(out ParallelList) {
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if len(a.Units) != len(b.Units) {
			return len(a.Units) > len(b.Units)
		}
		if a.SpanDays != b.SpanDays {
			return a.SpanDays < b.SpanDays
		}
		if a.Scope != b.Scope {
			return a.Scope < b.Scope
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Dates[0] != b.Dates[0] {
			return a.Dates[0] < b.Dates[0]
		}
		return a.Office < b.Office
	})
}

// paraClusters groups one office's uncoordinated pairs at target t into
// findings, one per cluster of dates.
func paraClusters(edges []paraEdge, seg []uint64, t int32, o *paraOffices, W int) []ParallelContact {
	var out []ParallelContact
	var cur []int32 // positions in seg
	last := 0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		out = append(out, paraFinding(cur, seg, t, edges[0].office, o, W))
		cur = cur[:0]
	}
	for _, e := range edges {
		di, dj := paraDay(seg[e.i]), paraDay(seg[e.j])
		if len(cur) > 0 && di-last >= W {
			flush()
		}
		if len(cur) == 0 || dj > last {
			last = dj
		}
		cur = append(cur, e.i, e.j)
	}
	flush()
	return out
}

// paraFinding gathers the contacts at positions pos of seg into one
// finding.
func paraFinding(pos []int32, seg []uint64, t int32, office int32, o *paraOffices, W int) ParallelContact {
	slices.Sort(pos)
	pos = slices.Compact(pos)
	units := o.units
	f := ParallelContact{Target: units[t].Key, Scope: units[t].Municipality, Office: o.name(office),
		OfficeParent: office < int32(len(units)), WindowDays: W}
	seenUnit := map[int32]bool{}
	seenContact := map[uint64]bool{}
	var ids []int32
	minD, maxD := math.MaxInt, math.MinInt
	for _, p := range pos {
		r := seg[p]
		u, d := paraFrom(r), paraDay(r)
		minD, maxD = min(minD, d), max(maxD, d)
		if !seenUnit[u] {
			seenUnit[u] = true
			ids = append(ids, u)
		}
		if !seenContact[r] {
			seenContact[r] = true
			f.Contacts = append(f.Contacts, UnitContact{Unit: units[u].Key, Date: gapDay(d)})
		}
		day := gapDay(d)
		if len(f.Dates) == 0 || f.Dates[len(f.Dates)-1] != day {
			f.Dates = append(f.Dates, day)
		}
	}
	f.SpanDays = maxD - minD
	slices.Sort(ids) // node IDs follow the keys
	for _, id := range ids {
		f.Units = append(f.Units, units[id].Key)
	}
	return f
}
