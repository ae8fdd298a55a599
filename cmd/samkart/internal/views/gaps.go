package views

import (
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics/gaps"
)

// maxGapLabels is how many gaps the gaps view numbers and lists; the rest
// are drawn without a number.
const maxGapLabels = 8

// gaps draws the findings of the gaps analysis over the network: missing
// expected ties as red dashed lines numbered by rank (and listed in the
// legend), uncoordinated parallel contacts as red outlines on the office's
// units and their target and red lines between them, fading ties in grey.
// Findings inside one aggregated node are counted in its label.
func (b *builder) gaps() error {
	r := b.s.Gaps
	switch {
	case r != nil:
	case b.n.Data == nil: // a network read from an exchange format has no records
		r = &gaps.Report{}
	default:
		// A municipality's gaps are judged with the state and regional
		// units around it: on the network without its scope filter.
		whole, err := b.n.Unscoped()
		if err != nil {
			return err
		}
		r = gaps.Compute(whole, gaps.Options{Scope: b.n.Options.Filter.Scope})
	}
	inner := b.missingTies(r.Net(), r.Gaps)
	parallel := b.parallelContacts(r.Net(), r.Uncoordinated)
	b.fadingTies(r.Fading)
	b.countInside(inner, parallel)
	return nil
}

// missingTies draws the missing expected ties, found on network judged,
// numbering the first maxGapLabels, and returns the number of gaps within
// each node.
func (b *builder) missingTies(judged *graph.Network, found gaps.List) map[int64]int {
	inner := make(map[int64]int) // diagram node → gaps within it
	for gi := range found {
		g := &found[gi]
		finding := text.GapFinding(judged, g).In(b.l)
		if gi < maxGapLabels {
			b.gapRows = append(b.gapRows, strconv.Itoa(g.Rank)+"  "+finding)
		}
		x, okx := b.endNode(g.A.String(), g.Scope)
		y, oky := b.endNode(g.B.String(), g.Scope)
		if !okx || !oky {
			continue
		}
		b.gapsDrawn++
		if x == y {
			inner[x]++
			continue
		}
		e := b.d.AddEdge(x, y, nil)
		e.Attrs.Set("color", gapColor)
		e.Attrs.Set("style", "dashed")
		e.Attrs.Set("penwidth", "3.5")
		tip := finding
		if old := e.Attrs.Get("tooltip"); old != "" {
			tip = draw.Unquote(old) + "\n" + tip
		}
		if gi < maxGapLabels {
			label := strconv.Itoa(g.Rank)
			if old := e.Attrs.Get("label"); old != "" {
				label = draw.Unquote(old) + ", " + label
			}
			e.Attrs.Set("label", draw.Quote(label))
			e.Attrs.Set("fontcolor", gapColor)
			e.Attrs.Set("fontsize", b.font(20))
			e.Attrs.Set("fontname", draw.Quote("Helvetica-Bold"))
		}
		e.Attrs.Set("tooltip", draw.Quote(tip))
	}
	if n := len(found) - maxGapLabels; n > 0 {
		b.gapRows = append(b.gapRows, graph.T("… og ", "… and ").In(b.l)+strconv.Itoa(n)+
			graph.T(" til (se samkart gaps)", " more (see samkart gaps)").In(b.l))
	}
	return inner
}

// parallelContacts draws uncoordinated parallel contacts, found on network
// judged: red lines from
// the office's units to the target and, when units are drawn one by one,
// red frames round them; in an aggregated picture nearly every group would
// be framed, so the target's group counts them in its label instead. It
// returns that count by node.
func (b *builder) parallelContacts(judged *graph.Network, ps gaps.ParallelList) map[int64]int {
	parallel := make(map[int64]int) // diagram node → parallel contacts it was the target of
	for i := range ps {
		p := &ps[i]
		t, ok := b.endNode(p.Target, p.Scope)
		if !ok {
			continue
		}
		b.uncoord++
		b.frame(t)
		inside := false
		for _, k := range p.Units {
			u, ok := b.endNode(k, p.Scope)
			if !ok {
				continue
			}
			b.frame(u)
			if u == t {
				inside = true
				continue
			}
			e := b.d.AddEdge(u, t, nil)
			if e.Attrs.Get("color") != gapColor || e.Attrs.Get("style") != "dashed" {
				e.Attrs.Set("color", gapColor)
				e.Attrs.Set("penwidth", "3")
			}
			e.Attrs.Set("tooltip", draw.Quote(text.ParallelFinding(judged, p).In(b.l)))
		}
		if b.agg != AggregateNone || inside {
			parallel[t]++
		}
	}
	return parallel
}

// frame outlines a unit of a parallel contact in red, when units are drawn
// one by one.
func (b *builder) frame(id int64) {
	if b.agg != AggregateNone {
		return
	}
	// Two red outlines, not a thick one: see graphDefaults.
	b.d.Nodes[id].Attrs.Set("color", gapColor)
	b.d.Nodes[id].Attrs.Set("peripheries", "2")
	b.framed = true
}

// fadingTies greys the drawn edges whose ties have all faded, naming a
// few of them on the picture, and says in every edge's tooltip how many
// of its ties faded.
func (b *builder) fadingTies(fs gaps.FadingList) {
	behind := make(map[[2]int64]int) // ties behind each drawn edge
	for i := range b.n.Ties() {
		t := &b.n.Ties()[i]
		x, y := b.of[t.A], b.of[t.B]
		if x >= 0 && y >= 0 && x != y {
			behind[pair(b.node[x].ID, b.node[y].ID)]++
		}
	}
	faded := make(map[[2]int64]int)
	silent := make(map[[2]int64]int) // days silent of the edge's one faded tie
	for _, f := range fs {
		x, okx := b.endNode(f.A, f.Scope)
		y, oky := b.endNode(f.B, f.Scope)
		if !okx || !oky || x == y {
			continue
		}
		b.fading++
		faded[pair(x, y)]++
		silent[pair(x, y)] = f.DaysSilent
	}
	keys := make([][2]int64, 0, len(faded))
	for k := range faded {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		e := b.d.Edge(k[0], k[1])
		if e == nil || e.Attrs.Get("color") == gapColor {
			continue
		}
		if faded[k] >= behind[k] {
			e.Attrs.Set("color", fadingColor)
			e.Attrs.Set("style", "dotted")
			e.Attrs.Set("penwidth", "4")
			if len(faded) <= maxGapLabels && faded[k] == 1 {
				// A few faded ties are named on the picture.
				e.Attrs.Set("label", draw.Quote(graph.T("stilnet ", "silent ").In(b.l)+strconv.Itoa(silent[k])+graph.T(" d", " d").In(b.l)))
				e.Attrs.Set("fontcolor", "#666666")
				e.Attrs.Set("fontsize", b.font(14))
			}
		}
		tip := draw.Unquote(e.Attrs.Get("tooltip"))
		tip += "\n" + graph.T("stilnet: ", "faded: ").In(b.l) + strconv.Itoa(faded[k])
		if behind[k] > 1 {
			tip += graph.T(" av ", " of ").In(b.l) + strconv.Itoa(behind[k])
		}
		e.Attrs.Set("tooltip", draw.Quote(tip))
	}
}

// countInside adds to the labels of nodes the gaps (inner) and parallel
// contacts found within them, and outlines those with gaps in red.
func (b *builder) countInside(inner, parallel map[int64]int) {
	var ids []int64
	for id := range inner {
		ids = append(ids, id)
	}
	for id := range parallel {
		if inner[id] == 0 {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		a := &b.d.Nodes[id].Attrs
		lbl := draw.Unquote(a.Get("label"))
		if n := inner[id]; n > 0 {
			lbl += "\n" + count(n, graph.T("manglende bånd", "missing tie"), graph.T("manglende bånd", "missing ties"), b.l)
			a.Set("color", gapColor)
		}
		if n := parallel[id]; n > 0 {
			lbl += "\n" + count(n, graph.T("parallell kontakt", "parallel contact"), graph.T("parallelle kontakter", "parallel contacts"), b.l)
		}
		a.Set("label", draw.Quote(lbl))
	}
}

func pair(x, y int64) [2]int64 {
	if x > y {
		x, y = y, x
	}
	return [2]int64{x, y}
}

// endNode returns the diagram node standing for one end of a finding: a
// unit key, agency:KEY or level:N, as in expected.csv. Agency and level
// ends stand for their units in scope (else those without a municipality)
// and are drawn at the highest of them, lowest key first: the service's
// office rather than one of its advisers. Units outside the drawn network
// (outside --scope) are added as dashed ghosts.
func (b *builder) endNode(end, scope string) (int64, bool) {
	ds := b.n.Data
	if ds == nil {
		return 0, false
	}
	var u *graph.Unit
	switch {
	case strings.HasPrefix(end, "agency:"):
		a := end[len("agency:"):]
		u = b.representative(scope, func(u *graph.Unit) bool { return u.Agency == a })
	case strings.HasPrefix(end, "level:"):
		l, err := strconv.Atoi(end[len("level:"):])
		if err != nil {
			return 0, false
		}
		u = b.representative(scope, func(u *graph.Unit) bool { return u.Level == graph.Level(l) })
	default:
		i, ok := ds.Lookup(end)
		if !ok {
			return 0, false
		}
		u = &ds.Units[i]
	}
	if u == nil {
		return 0, false
	}
	if id, ok := b.n.Lookup(u.Key); ok {
		if g := b.of[id]; g >= 0 {
			return b.node[g].ID, true
		}
	}
	if b.v == ViewEgo {
		return 0, false
	}
	return b.ghost(u), true
}

func (b *builder) representative(scope string, match func(*graph.Unit) bool) *graph.Unit {
	ds := b.n.Data
	var best *graph.Unit
	better := func(u *graph.Unit) bool {
		if best == nil {
			return true
		}
		if u.Level.Known() != best.Level.Known() {
			return u.Level.Known()
		}
		if u.Level != best.Level {
			return u.Level < best.Level
		}
		return u.Key < best.Key
	}
	for _, local := range []bool{true, false} {
		for i := range ds.Units {
			u := &ds.Units[i]
			if !match(u) {
				continue
			}
			if local && (scope == "" || !strings.EqualFold(u.Municipality, scope)) {
				continue
			}
			if !local && u.Municipality != "" {
				continue
			}
			if better(u) {
				best = u
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// ghost returns the diagram node of a unit outside the drawn network,
// adding it (or its group) with a dashed outline.
func (b *builder) ghost(u *graph.Unit) int64 {
	key := u.Key
	in := unitInfo(u)
	label := wrap(u.Name, 22, 3)
	if b.agg != AggregateNone {
		g := groupOf(u, b.agg, false, municipalityRegions(b.n.Data))
		key = g.Key
		in = nodeInfo{kind: kindAgencyGroup, level: u.Level, agency: g.Agency, agencyLabel: g.AgencyLabel,
			municipality: g.Municipality, region: g.Region}
		label = shortAgencyName(g.Agency, g.AgencyLabel, b.l)
		if g.Municipality != "" {
			label += "\n" + g.Municipality
		}
	}
	key = "ghost:" + key
	if id, ok := b.ghostIDs[key]; ok {
		return id
	}
	if b.ghostIDs == nil {
		b.ghostIDs = make(map[string]int64)
	}
	b.ghosts = true
	fill := lighten(b.pal.fill(in.agency), 0.5)
	shape := levelShape(in.level)
	var a draw.Attrs
	a.Set("label", draw.Quote(label))
	a.Set("shape", shape)
	style := "filled,dashed"
	if shape == "box" {
		style = "filled,dashed,rounded"
	}
	a.Set("style", draw.Quote(style))
	a.Set("fillcolor", fill)
	a.Set("fontcolor", inkOn(fill))
	a.Set("tooltip", draw.Quote(u.Name+" ("+u.Key+")\n"+wOutside.In(b.l)))
	b.agencies[in.agency] = true
	b.levels[in.level] = true
	id := b.d.AddNode(key, a).ID
	b.ghostIDs[key] = id
	return id
}
