package views

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// graphDefaults sets the graph, node and edge defaults of the view.
func (b *builder) graphDefaults() {
	g := &b.d.Attrs
	switch {
	case b.v == ViewLevels:
		// Every node is pinned by bands; neato only routes the edges.
		g.Set("layout", "neato")
		g.Set("splines", "true")
		g.Set("overlap", "true")
		g.Set("sep", "+1")
		g.Set("esep", "+0.5") // nodes nearer than 2·esep stop spline routing
	case b.s.Medium != MediumScreen && b.v == ViewNetwork && len(b.clusterGroups()) <= 1:
		// Without municipality frames, which only fdp draws, neato's
		// stress layout packs a page more evenly than fdp.
		g.Set("layout", "neato")
		g.Set("mode", "major")
		g.Set("start", "1")
		g.Set("overlap", "prism")
		g.Set("splines", "true")
		g.Set("sep", b.p.fdpSep)
		g.Set("esep", "+1")
		g.Set("epsilon", "0.0001")
		b.d.EdgeAttrs.Set("len", b.p.fdpK)
	default:
		g.Set("layout", "fdp")
		g.Set("start", "1") // fdp's random seed: the same picture every time
		g.Set("K", b.p.fdpK)
		g.Set("maxiter", "800")
		g.Set("overlap", "false")
		g.Set("splines", "true")
		g.Set("sep", b.p.fdpSep) // less and fdp leaves nodes close enough to stop spline routing
		g.Set("esep", "+1")
	}
	g.Set("outputorder", "edgesfirst")
	g.Set("fontname", "Helvetica")
	g.Set("fontsize", b.font(14))
	g.Set("fontcolor", textColor)
	g.Set("bgcolor", "white")
	g.Set("pad", "0.3")
	n := &b.d.NodeAttrs
	n.Set("fontname", "Helvetica")
	n.Set("fontsize", b.font(11))
	n.Set("style", "filled")
	// Node outlines keep Graphviz's default width of 1: Graphviz 12
	// (go-graphviz's) gives up routing edges round polygon nodes with
	// any other width and draws every edge straight, through nodes.
	n.Set("color", "#333333")
	n.Set("margin", "0.06,0.03")
	e := &b.d.EdgeAttrs
	e.Set("fontname", "Helvetica")
	e.Set("fontsize", b.font(10))
	e.Set("color", edgeColor+"A0")
	if b.v == ViewGaps {
		// The ties are the background of the findings.
		e.Set("color", edgeColor+"55")
	}
}

// label returns a drawn node's label.
func (b *builder) label(i int) string {
	in := b.info[i]
	u := b.dn.Unit(int64(i))
	switch in.kind {
	case kindMunicipalityGroup:
		return in.municipality + "\n" + count(in.members, wUnit, wUnits, b.l)
	case kindAgencyGroup:
		parts := []string{wrap(shortAgencyName(in.agency, in.agencyLabel, b.l), 18, 2)}
		switch {
		case in.municipality != "":
			parts = append(parts, in.municipality)
		case in.region != "":
			parts = append(parts, graph.T("region ", "region ").In(b.l)+in.region)
		}
		parts = append(parts, count(in.members, wUnit, wUnits, b.l))
		return strings.Join(parts, "\n")
	}
	if b.v == ViewLevels {
		// The levels view mixes municipalities in each agency's column.
		if b.multiMuni && in.municipality != "" && !strings.Contains(u.Name, in.municipality) {
			return b.wrap(u.Name, b.p.lvWrap, b.p.lvLines-1) + "\n(" + in.municipality + ")"
		}
		return b.wrap(u.Name, b.p.lvWrap, b.p.lvLines)
	}
	return b.wrap(u.Name, b.p.wrap, b.p.lines)
}

// wrap wraps a name for a node: with long words hyphenated for a medium.
func (b *builder) wrap(s string, width, lines int) string {
	if b.s.Medium == MediumScreen {
		return wrap(s, width, lines)
	}
	return wrapHyphen(s, width, lines)
}

// tooltip is what hovering over a node shows: its name and measures.
func (b *builder) tooltip(i int) string {
	in := b.info[i]
	u := b.dn.Unit(int64(i))
	var lines []string
	switch in.kind {
	case kindUnit:
		lines = append(lines, u.Name+" ("+u.Key+")")
	default:
		lines = append(lines, strings.ReplaceAll(b.label(i), "\n", ", "))
	}
	if in.agency != "" {
		lines = append(lines, wAgency.In(b.l)+": "+agencyName(in.agency, in.agencyLabel, b.l))
	}
	if in.level.Known() {
		lines = append(lines, wLevel.In(b.l)+": "+levelName(in.level, b.l))
	}
	if in.municipality != "" && in.kind != kindMunicipalityGroup {
		lines = append(lines, wMunic.In(b.l)+": "+in.municipality)
	} else if in.region != "" && in.kind == kindUnit {
		lines = append(lines, "region: "+in.region)
	}
	lines = append(lines,
		wDegree.In(b.l)+": "+strconv.Itoa(b.deg[i]),
		wStrength.In(b.l)+": "+text.Number(b.str[i], 2, b.l),
		wBetween.In(b.l)+": "+text.Number(b.btw[i], 3, b.l))
	return strings.Join(lines, "\n")
}

// addNodes adds a diagram node for every drawn node, in node order.
func (b *builder) addNodes() {
	max := 0.0
	for i := 0; i < b.dn.Len(); i++ {
		max = math.Max(max, b.sizeValue(i))
	}
	b.node = make([]*draw.Node, b.dn.Len())
	for i, u := range b.dn.Units() {
		in := b.info[i]
		t := 0.0
		if max > 0 {
			t = math.Sqrt(math.Max(0, b.sizeValue(i)) / max)
		}
		var a draw.Attrs
		a.Set("label", draw.Quote(b.label(i)))
		fill := b.pal.fill(in.agency)
		shape := levelShape(in.level)
		style := "filled"
		switch in.kind {
		case kindMunicipalityGroup:
			fill = "#FFFFFF"
			shape = "folder"
			b.groupShapes = true
		default:
			b.agencies[in.agency] = true
			b.levels[in.level] = true
		}
		if b.v == ViewLevels && b.p.lvBoxes && in.kind != kindMunicipalityGroup {
			shape = "box"
		}
		if shape == "box" {
			style = "filled,rounded"
		}
		if b.v == ViewEgo && in.ring == 2 {
			fill = lighten(fill, 0.55)
		}
		a.Set("shape", shape)
		if style != "filled" {
			a.Set("style", draw.Quote(style))
		}
		a.Set("fillcolor", fill)
		a.Set("fontcolor", inkOn(fill))
		a.Set("fontsize", b.font(b.p.fontMin+b.p.fontUp*t))
		a.Set("width", num((0.5+1.1*t)*b.k, 2, graph.EN))
		a.Set("height", num((0.3+0.5*t)*b.k, 2, graph.EN))
		if b.v == ViewEgo && in.ring == 0 {
			a.Set("peripheries", "3")
			a.Set("fontname", draw.Quote("Helvetica-Bold"))
		}
		a.Set("tooltip", draw.Quote(b.tooltip(i)))
		b.node[i] = b.d.AddNode(u.Key, a)
	}
}

// formalityKnown reports whether the data say which contacts were formal:
// they have kinds or formal values. Without either (a tie list with no
// kind column), every contact counts as informal, and dashing them all
// would say nothing.
func formalityKnown(ds *graph.Dataset) bool {
	if ds == nil {
		return false
	}
	for _, k := range ds.Kinds {
		if k != "" {
			return true
		}
	}
	for i := range ds.Contacts {
		if ds.Contacts[i].Formal {
			return true
		}
	}
	for i := range ds.Meetings {
		if ds.Meetings[i].Formal {
			return true
		}
	}
	return false
}

// addTies adds an edge for every tie between drawn nodes.
func (b *builder) addTies() {
	ties := b.dn.Ties()
	lo, hi := math.Inf(1), 0.0
	for i := range ties {
		lo, hi = math.Min(lo, ties[i].Weight), math.Max(hi, ties[i].Weight)
	}
	b.weighted = hi > lo
	b.formality = formalityKnown(b.n.Data)
	for i := range ties {
		t := &ties[i]
		if b.v == ViewEgo && b.info[t.A].ring == 2 && b.info[t.B].ring == 2 {
			// Ties between units two steps away are not the ego's
			// network, and there are many of them.
			continue
		}
		b.tieCount++
		var a draw.Attrs
		w := 0.3 // every tie as heavy as the next: a middle width
		if b.weighted && hi > 0 {
			w = math.Log1p(t.Weight) / math.Log1p(hi)
		}
		a.Set("penwidth", num(0.5+4.5*w, 2, graph.EN))
		if b.formality && t.InformalShare() > 0.5 {
			a.Set("style", "dashed")
		}
		if b.v == ViewLevels {
			if b.info[t.A].level == b.info[t.B].level {
				a.Set("color", horizontalColor+"B0")
			} else {
				a.Set("color", verticalColor+"C0")
			}
		}
		if b.v == ViewEgo && b.info[t.A].ring != 0 && b.info[t.B].ring != 0 {
			a.Set("color", edgeColor+"60") // the ego's own ties stand out
		}
		a.Set("tooltip", draw.Quote(b.tieTooltip(t)))
		b.d.AddEdge(b.node[t.A].ID, b.node[t.B].ID, a)
	}
}

func (b *builder) nodeName(i int32) string {
	if b.info[i].kind == kindUnit {
		return b.dn.Unit(int64(i)).Name
	}
	return strings.ReplaceAll(b.label(int(i)), "\n", ", ")
}

func (b *builder) tieTooltip(t *graph.Tie) string {
	lines := []string{b.nodeName(t.A) + " – " + b.nodeName(t.B)}
	parts := []string{wWeight.In(b.l) + " " + text.Number(t.Weight, 2, b.l)}
	if t.Contacts > 0 {
		parts = append(parts, count(int(t.Contacts), wContact, wContacts, b.l))
	}
	if t.Meetings > 0 {
		parts = append(parts, count(int(t.Meetings), wMeeting, wMeetings, b.l))
	}
	lines = append(lines, strings.Join(parts, " · "))
	if t.Formal+t.Informal > 0 {
		lines = append(lines, num(math.Round(100*t.InformalShare()), 0, b.l)+" % "+wInformal.In(b.l))
	}
	if t.First.Valid() {
		lines = append(lines, text.DateSpan(t.First.String(), t.Last.String(), b.l))
	}
	return strings.Join(lines, "\n")
}

// clusterGroups returns the node IDs of each cluster clusters draws: by
// municipality or, with one node per municipality, by region.
func (b *builder) clusterGroups() map[string][]int64 {
	groups := make(map[string][]int64)
	if b.agg == AggregateAgencyAll {
		return groups
	}
	for i, in := range b.info {
		key := in.municipality
		if b.agg == AggregateMunicipality {
			key = in.region
		}
		if key != "" {
			groups[key] = append(groups[key], int64(i))
		}
	}
	return groups
}

// clusters groups the nodes of each municipality in a cluster with its
// name; with one node per municipality, the municipalities of each region
// and the region's state units.
func (b *builder) clusters() {
	groups := b.clusterGroups()
	if len(groups) == 1 && b.s.Medium != MediumScreen {
		// One municipality: the title names it, and on a page the frame
		// would only push the state units away from it.
		return
	}
	byRegion := b.agg == AggregateMunicipality
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	for i, name := range names {
		label := name
		if byRegion {
			label = "Region " + name
		}
		var a draw.Attrs
		a.Set("label", draw.Quote(label))
		a.Set("style", draw.Quote("rounded,filled"))
		a.Set("fillcolor", clusterFill)
		a.Set("color", clusterLine)
		a.Set("fontsize", b.font(16))
		a.Set("fontname", draw.Quote("Helvetica-Bold"))
		a.Set("margin", "12")
		members := make([]int64, len(groups[name]))
		for j, id := range groups[name] {
			members[j] = b.node[id].ID
		}
		b.d.Subgraphs = append(b.d.Subgraphs, &draw.Subgraph{Name: "cluster_" + strconv.Itoa(i), Attrs: a, Members: members})
	}
}
