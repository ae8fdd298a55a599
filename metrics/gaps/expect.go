package gaps

import (
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Where an expected tie comes from: a row of expected.csv ("plan", usually
// drawn from a housing action plan) or samkart's defaults.
const (
	ExpectedByPlan    = "plan"
	ExpectedByDefault = "default"
)

// The default expectations, used when a dataset has no expected.csv (see
// Find for what each asks).
const (
	RuleAgencies   = "agencies"   // every pair of services in a municipality
	RuleParent     = "parent"     // every unit to the unit it reports to
	RuleLeadership = "leadership" // every level-4 unit to its municipal leadership
	RuleHusbanken  = "husbanken"  // every municipal leadership to its Husbanken region
)

// gapNonService lists the agencies that are not municipal services for the
// default expectations: the leadership (covered by the vertical rules), user
// organisations and private actors, whose ties to every service nobody
// expects.
var gapNonService = map[string]bool{"ledelse": true, "bruker": true, "utbygger": true, "boligbyggelag": true}

// gapExpect is one expected tie resolved against a network: two sets of
// nodes that should be tied, within one scope.
type gapExpect struct {
	a, b   graph.Endpoint
	as, bs []int32 // node IDs of the two ends
	scope  string  // municipality, or ""
	min    float64
	by     string // ExpectedByPlan or ExpectedByDefault
	rule   string // for defaults
	line   int    // for plan rows
}

// gapIndex holds what resolving expectations needs: the units grouped by
// municipality, the regions, and scratch marks for set intersections.
type gapIndex struct {
	n      *graph.Network
	ds     *graph.Dataset
	units  []*graph.Unit
	muns   []string       // municipality names as the units spell them, sorted
	munIdx map[string]int // lower-case name → index in muns
	munOf  []int          // node → municipality index, −1 without one
	byMun  [][]int32      // nodes of each municipality, in ID order
	noMun  []int32        // nodes without a municipality
	region []string       // Husbanken region of each municipality, "" unknown
	mark   []uint32       // epoch stamps: mark[id] == epoch*2+1 in A, +2 in B
	epoch  uint32
}

func newGapIndex(ds *graph.Dataset, n *graph.Network) *gapIndex {
	x := &gapIndex{n: n, ds: ds, units: n.Units(), munIdx: map[string]int{}}
	x.munOf = make([]int, len(x.units))
	for _, u := range x.units {
		if m := u.Municipality; m != "" {
			if _, ok := x.munIdx[strings.ToLower(m)]; !ok {
				x.munIdx[strings.ToLower(m)] = -1
				x.muns = append(x.muns, m)
			}
		}
	}
	sort.Strings(x.muns)
	for i, m := range x.muns {
		x.munIdx[strings.ToLower(m)] = i
	}
	x.byMun = make([][]int32, len(x.muns))
	for id, u := range x.units {
		x.munOf[id] = -1
		if u.Municipality == "" {
			x.noMun = append(x.noMun, int32(id))
			continue
		}
		m := x.munIdx[strings.ToLower(u.Municipality)]
		x.munOf[id] = m
		x.byMun[m] = append(x.byMun[m], int32(id))
	}
	x.region = make([]string, len(x.muns))
	for i, m := range x.muns {
		if ds != nil {
			if row := ds.Municipality(m); row != nil && row.Region != "" {
				x.region[i] = row.Region
				continue
			}
		}
		x.region[i] = gapCommonRegion(x.units, x.byMun[i])
	}
	x.mark = make([]uint32, len(x.units))
	return x
}

// gapCommonRegion returns the region the given units agree on, or "".
func gapCommonRegion(units []*graph.Unit, ids []int32) string {
	r := ""
	for _, id := range ids {
		if u := units[id]; u.Region != "" {
			if r != "" && !strings.EqualFold(r, u.Region) {
				return ""
			}
			r = u.Region
		}
	}
	return r
}

func gapSameRegion(a, b string) bool {
	return a != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// gapMatch reports whether unit u is one of the units endpoint e names.
func gapMatch(e graph.Endpoint, u *graph.Unit) bool {
	switch e.Kind {
	case graph.EndAgency:
		return u.Agency == e.Agency
	case graph.EndLevel:
		return u.Level == e.Level
	}
	return u.Key == e.Unit
}

// weight returns the summed weight of the ties between a node of as and a
// node of bs, each tie counted once, and whether there is any such tie.
func (x *gapIndex) weight(as, bs []int32) (float64, bool) {
	if len(as) == 1 && len(bs) == 1 {
		if t := x.n.TieBetween(int64(as[0]), int64(bs[0])); t != nil {
			return t.Weight, true
		}
		return 0, false
	}
	x.epoch++
	if x.epoch >= 1<<29 { // wrap: clear the stamps
		clear(x.mark)
		x.epoch = 1
	}
	inA, inB, inBoth := x.epoch*4+1, x.epoch*4+2, x.epoch*4+3
	for _, id := range as {
		x.mark[id] = inA
	}
	for _, id := range bs {
		if x.mark[id] == inA || x.mark[id] == inBoth {
			x.mark[id] = inBoth
		} else {
			x.mark[id] = inB
		}
	}
	off, nbr, tie := x.n.CSR()
	ties := x.n.Ties()
	w, tied := 0.0, false
	for _, u := range as {
		for k := off[u]; k < off[u+1]; k++ {
			v := nbr[k]
			mv := x.mark[v]
			if mv != inB && mv != inBoth {
				continue
			}
			// A tie between two nodes that are both in A and in B is
			// seen from both ends; count it from the lower one.
			if mv == inBoth && x.mark[u] == inBoth && v < u {
				continue
			}
			w += ties[tie[k]].Weight
			tied = true
		}
	}
	return w, tied
}

// degree returns the summed degree of the nodes: how much the end is tied
// to anyone, the centrality used to rank gaps.
func (x *gapIndex) degree(ids []int32) int {
	d := 0
	for _, id := range ids {
		d += x.n.Degree(int64(id))
	}
	return d
}

// level returns the highest (smallest known) level among the nodes, 0 when
// none is known: the level an end stands for when it is typed.
func (x *gapIndex) level(ids []int32) graph.Level {
	l := graph.LevelUnknown
	for _, id := range ids {
		if ul := x.units[id].Level; ul.Known() && (l == graph.LevelUnknown || ul < l) {
			l = ul
		}
	}
	return l
}

// members returns the nodes endpoint e names within municipality m (−1:
// anywhere). An end whose units belong to municipalities ("municipal") is
// taken inside m; an end of state or regional units (no municipality) is
// taken in m's Husbanken region when it has units there, else as a whole.
func (x *gapIndex) members(e graph.Endpoint, m int, municipal bool) []int32 {
	var out []int32
	if e.Kind == graph.EndUnit {
		if id, ok := x.n.Lookup(e.Unit); ok {
			out = append(out, int32(id))
		}
		return out
	}
	if m < 0 {
		for id, u := range x.units {
			if gapMatch(e, u) {
				out = append(out, int32(id))
			}
		}
		return out
	}
	if municipal {
		for _, id := range x.byMun[m] {
			if gapMatch(e, x.units[id]) {
				out = append(out, id)
			}
		}
		return out
	}
	var all []int32
	for _, id := range x.noMun {
		u := x.units[id]
		if !gapMatch(e, u) {
			continue
		}
		all = append(all, id)
		if gapSameRegion(x.region[m], u.Region) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// municipal reports whether endpoint e names any unit that belongs to a
// municipality.
func (x *gapIndex) municipal(e graph.Endpoint) bool {
	for _, u := range x.units {
		if u.Municipality != "" && gapMatch(e, u) {
			return true
		}
	}
	return false
}

// plan resolves one row of expected.csv. A row between two units is one
// expectation. A row with an agency or level end is evaluated in its scope
// or, without one, in each municipality where a municipal end has units
// (restricted to the municipality, or the region, of a unit end); ends
// with no units there are skipped, since nothing can be tied.
func (x *gapIndex) plan(e graph.Expectation) []gapExpect {
	base := gapExpect{a: e.A, b: e.B, min: e.MinWeight, by: ExpectedByPlan, line: e.Line, scope: e.Scope}
	if base.min <= 0 {
		base.min = 1
	}
	if e.A.Kind == graph.EndUnit && e.B.Kind == graph.EndUnit {
		base.as, base.bs = x.members(e.A, -1, false), x.members(e.B, -1, false)
		if len(base.as) == 0 || len(base.bs) == 0 {
			return nil
		}
		if base.scope == "" {
			ua, ub := x.units[base.as[0]], x.units[base.bs[0]]
			if ua.Municipality == ub.Municipality {
				base.scope = ua.Municipality
			}
		}
		return []gapExpect{base}
	}
	munA, munB := x.municipal(e.A), x.municipal(e.B)
	var cands []int
	switch {
	case e.Scope != "":
		m, ok := x.munIdx[strings.ToLower(strings.TrimSpace(e.Scope))]
		if !ok {
			return nil
		}
		cands = []int{m}
	default:
		var unit *graph.Unit
		for _, end := range []graph.Endpoint{e.A, e.B} {
			if end.Kind == graph.EndUnit {
				if id, ok := x.n.Lookup(end.Unit); ok {
					unit = x.units[id]
				} else {
					return nil
				}
			}
		}
		has := make([]bool, len(x.muns))
		for id, u := range x.units {
			m := x.munOf[id]
			if m < 0 || has[m] {
				continue
			}
			if (e.A.Kind != graph.EndUnit && gapMatch(e.A, u)) || (e.B.Kind != graph.EndUnit && gapMatch(e.B, u)) {
				has[m] = true
			}
		}
		for m, ok := range has {
			if !ok {
				continue
			}
			if unit != nil && unit.Municipality != "" && x.munOf[x.idOf(unit)] != m {
				continue
			}
			if unit != nil && unit.Municipality == "" && unit.Region != "" && !gapSameRegion(unit.Region, x.region[m]) {
				continue
			}
			cands = append(cands, m)
		}
		if len(cands) == 0 {
			cands = []int{-1}
		}
	}
	var out []gapExpect
	for _, m := range cands {
		g := base
		g.as, g.bs = x.members(e.A, m, munA), x.members(e.B, m, munB)
		if len(g.as) == 0 || len(g.bs) == 0 {
			continue
		}
		if m >= 0 {
			g.scope = x.muns[m]
		}
		out = append(out, g)
	}
	return out
}

func (x *gapIndex) idOf(u *graph.Unit) int {
	id, _ := x.n.Lookup(u.Key)
	return int(id)
}

// defaults returns samkart's default expectations, for a dataset without
// expected.csv; Find documents them.
func (x *gapIndex) defaults() []gapExpect {
	var out []gapExpect
	lead := make([][]int32, len(x.muns))
	for m, ids := range x.byMun {
		byAgency := map[string][]int32{}
		service := map[string]bool{}
		for _, id := range ids {
			u := x.units[id]
			if u.Level == graph.LevelLeadership {
				lead[m] = append(lead[m], id)
			}
			if u.Agency == "" {
				continue
			}
			byAgency[u.Agency] = append(byAgency[u.Agency], id)
			if !gapNonService[u.Agency] && (u.Level == graph.LevelUnit || u.Level == graph.LevelFrontline || !u.Level.Known()) {
				service[u.Agency] = true
			}
		}
		keys := make([]string, 0, len(service))
		for k := range service {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for i, ka := range keys {
			for _, kb := range keys[i+1:] {
				out = append(out, gapExpect{
					a: graph.Endpoint{Kind: graph.EndAgency, Agency: ka}, b: graph.Endpoint{Kind: graph.EndAgency, Agency: kb},
					as: byAgency[ka], bs: byAgency[kb], scope: x.muns[m], min: 1, by: ExpectedByDefault, rule: RuleAgencies,
				})
			}
		}
	}
	out = append(out, x.parentRule()...)
	level3 := graph.Endpoint{Kind: graph.EndLevel, Level: graph.LevelLeadership}
	for m, ids := range x.byMun {
		if len(lead[m]) == 0 {
			continue
		}
		for _, id := range ids {
			u := x.units[id]
			if u.Level != graph.LevelUnit || gapNonService[u.Agency] {
				continue
			}
			if p, ok := x.n.Lookup(u.Parent); ok && x.units[p].Level == graph.LevelLeadership && x.munOf[p] == m {
				continue // the parent rule already asks for this tie
			}
			out = append(out, gapExpect{
				a: graph.Endpoint{Kind: graph.EndUnit, Unit: u.Key}, b: level3,
				as: []int32{id}, bs: lead[m], scope: x.muns[m], min: 1, by: ExpectedByDefault, rule: RuleLeadership,
			})
		}
	}
	for m := range x.byMun {
		if len(lead[m]) == 0 || x.region[m] == "" {
			continue
		}
		var hb []int32
		office := int32(-1)
		for _, id := range x.noMun {
			u := x.units[id]
			if u.Agency != "husbanken" || !gapSameRegion(x.region[m], u.Region) {
				continue
			}
			hb = append(hb, id)
			// The regional office is the unit at the highest level; node
			// IDs follow the keys, so the first one found wins a tie.
			if office < 0 || gapLevelAbove(u.Level, x.units[office].Level) {
				office = id
			}
		}
		if office < 0 {
			continue
		}
		out = append(out, gapExpect{
			a: level3, b: graph.Endpoint{Kind: graph.EndUnit, Unit: x.units[office].Key},
			as: lead[m], bs: hb, scope: x.muns[m], min: 1, by: ExpectedByDefault, rule: RuleHusbanken,
		})
	}
	return out
}

// parentRule returns the default expectation that each unit with a
// parent in the data is tied to it.
func (x *gapIndex) parentRule() []gapExpect {
	var out []gapExpect
	for id, u := range x.units {
		if u.Parent == "" {
			continue
		}
		p, ok := x.n.Lookup(u.Parent)
		if !ok || int(p) == id {
			continue
		}
		scope := u.Municipality
		if scope == "" {
			scope = x.units[p].Municipality
		}
		out = append(out, gapExpect{
			a: graph.Endpoint{Kind: graph.EndUnit, Unit: u.Key}, b: graph.Endpoint{Kind: graph.EndUnit, Unit: u.Parent},
			as: []int32{int32(id)}, bs: []int32{int32(p)}, scope: scope, min: 1, by: ExpectedByDefault, rule: RuleParent,
		})
	}
	return out
}

// gapLevelAbove reports whether level a is above (a smaller known number
// than) level b; unknown levels are below every known one.
func gapLevelAbove(a, b graph.Level) bool {
	if !a.Known() {
		return false
	}
	return !b.Known() || a < b
}
