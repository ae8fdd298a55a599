package views

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
)

// Titles of the graph views.
var viewTitles = map[View]graph.Text{
	ViewNetwork: graph.T("Samarbeidsnettverk", "Collaboration network"),
	ViewLevels:  graph.T("Samarbeid mellom nivåer (vertikalt) og innen nivå (horisontalt)", "Collaboration between levels (vertical) and within them (horizontal)"),
	ViewGaps:    graph.T("Hull i samarbeidet", "Gaps in collaboration"),
	ViewEgo:     graph.T("Egonettverk", "Ego network"),
}

// title sets the graph label: the view and dataset in bold, then the
// scope, the date window, what was drawn and, for the ego view, the ego's
// measures.
func (b *builder) title() {
	name := b.s.Title
	if name == "" && b.n.Data != nil {
		name = b.n.Data.Name
	}
	head := viewTitles[b.v].In(b.l)
	if b.v == ViewEgo {
		head += ": " + b.n.Unit(b.egoID()).Name
	}
	if name != "" {
		head += " – " + name
	}
	var lines []string
	scope := b.n.Options.Filter.Scope
	if scope == "" {
		scope = graph.T("alle kommuner", "all municipalities").In(b.l)
	}
	lines = append(lines, scope+" · "+windowText(b.n, b.l))
	drawn := count(b.dn.Len(), graph.T("node", "node"), graph.T("noder", "nodes"), b.l)
	if b.agg == AggregateNone {
		drawn = count(b.dn.Len(), wUnit, wUnits, b.l)
	}
	drawn += ", " + count(b.tieCount, wTie, wTies, b.l)
	if b.agg != AggregateNone {
		drawn += " (" + b.agg.Describe().In(b.l) + ", " + count(b.n.Len(), wUnit, wUnits, b.l) + ")"
	}
	lines = append(lines, drawn)
	if b.v == ViewEgo {
		lines = append(lines, b.egoCaption()...)
	}
	if b.v == ViewGaps {
		lines = append(lines, count(b.gapsDrawn, graph.T("manglende eller for svakt bånd", "missing or weak tie"),
			graph.T("manglende eller for svake bånd", "missing or weak ties"), b.l)+" · "+
			count(b.uncoord, graph.T("ukoordinert parallell kontakt", "uncoordinated parallel contact"),
				graph.T("ukoordinerte parallelle kontakter", "uncoordinated parallel contacts"), b.l)+" · "+
			count(b.fading, graph.T("stilnet bånd", "faded tie"), graph.T("stilnede bånd", "faded ties"), b.l))
	}
	// A picture of many nodes is shrunk more to fit a slide: its title
	// grows with it.
	k := min(max(math.Sqrt(float64(len(b.d.Nodes))/50), 1), 2.5)
	var h strings.Builder
	h.WriteString(`<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">`)
	h.WriteString(`<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="` + num(20*k, 0, graph.EN) + `"><B>` + draw.HTML(head) + `</B></FONT></TD></TR>`)
	for _, l := range lines {
		h.WriteString(`<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="` + num(13*k, 0, graph.EN) + `" COLOR="` + mutedText + `">` + draw.HTML(l) + `</FONT></TD></TR>`)
	}
	h.WriteString(`</TABLE>>`)
	b.d.Attrs.Set("label", h.String())
	b.d.Attrs.Set("labelloc", "t")
	b.d.Attrs.Set("labeljust", "l")
}

// legend builds the legend as a graph of its own, laid out by dot as rows
// of a sample and its meaning: the agencies' colours, the levels' shapes,
// the kinds of line, what size means and, for the gaps view, the numbered
// gaps. Draw places it to the right of the diagram; Diagram adds it to the
// DOT as a cluster.
//
// Each row starts with an invisible anchor; the anchors form the column
// and each row's nodes share its rank, so every row starts at the same x
// and the texts of the rows with samples line up after them.
func (b *builder) legend() {
	g := draw.NewGraph("legend")
	b.leg = g
	g.Attrs.Set("layout", "dot")
	g.Attrs.Set("rankdir", "TB")
	g.Attrs.Set("nodesep", "0.12")
	g.Attrs.Set("ranksep", "0.08")
	g.Attrs.Set("fontname", "Helvetica")
	g.Attrs.Set("bgcolor", "white")
	g.Attrs.Set("pad", "0.2")
	g.NodeAttrs.Set("fontname", "Helvetica")
	g.NodeAttrs.Set("fontsize", "13")
	g.NodeAttrs.Set("fontcolor", textColor)
	g.EdgeAttrs.Set("color", edgeColor)
	if b.v == ViewGaps {
		g.EdgeAttrs.Set("color", edgeColor+"88")
	}

	const sampleW = "0.6" // inches: the width of every sample
	var anchors []int64
	rows := 0
	invis := func(x, y int64) {
		var a draw.Attrs
		a.Set("style", "invis")
		g.AddEdge(x, y, a)
	}
	// row adds a row of the given nodes after an anchor.
	row := func(nodes ...draw.Attrs) []*draw.Node {
		key := "legend_" + strconv.Itoa(rows)
		rows++
		var aa draw.Attrs
		aa.Set("shape", "point")
		aa.Set("style", "invis")
		aa.Set("width", "0.01")
		anchor := g.AddNode(key, aa)
		ids := []int64{anchor.ID}
		out := []*draw.Node{anchor}
		for i, a := range nodes {
			n := g.AddNode(key+"_"+strconv.Itoa(i), a)
			ids = append(ids, n.ID)
			out = append(out, n)
		}
		for i := 1; i < len(ids); i++ {
			invis(ids[i-1], ids[i])
		}
		var ra draw.Attrs
		ra.Set("rank", "same")
		g.Subgraphs = append(g.Subgraphs, &draw.Subgraph{Name: "rank_" + key, Attrs: ra, Members: ids})
		if len(anchors) > 0 {
			invis(anchors[len(anchors)-1], anchor.ID)
		}
		anchors = append(anchors, anchor.ID)
		return out
	}
	htmlNode := func(html string) draw.Attrs {
		var a draw.Attrs
		a.Set("shape", "plain")
		a.Set("label", "<"+html+">")
		return a
	}
	textNode := func(t string) draw.Attrs {
		var a draw.Attrs
		a.Set("shape", "plaintext")
		a.Set("margin", "0.04,0")
		a.Set("width", "0.01") // no minimum width: texts start where their node does
		a.Set("height", "0.2")
		a.Set("label", draw.Quote(t))
		return a
	}
	heading := func(t graph.Text) {
		row(htmlNode(`<B>` + draw.HTML(t.In(b.l)) + `</B>`))
	}
	sampleNode := func(kv ...string) draw.Attrs {
		var a draw.Attrs
		a.Set("label", draw.Quote(" ")) // go-graphviz takes "" for the default, the node name
		a.Set("width", sampleW)
		a.Set("height", "0.3")
		a.Set("fixedsize", "true")
		a.Set("style", "filled")
		a.Set("fillcolor", "#FFFFFF")
		for i := 0; i+1 < len(kv); i += 2 {
			a.Set(kv[i], kv[i+1])
		}
		return a
	}
	sample := func(t string, kv ...string) {
		row(sampleNode(kv...), textNode(t))
	}
	row(htmlNode(`<FONT POINT-SIZE="17"><B>` + draw.HTML(wLegend.In(b.l)) + `</B></FONT>`))

	// Agencies.
	var agencies []string
	for a := range b.agencies {
		agencies = append(agencies, a)
	}
	sort.Slice(agencies, func(i, j int) bool {
		pi, pj := b.pal.position(agencies[i]), b.pal.position(agencies[j])
		if pi != pj {
			return pi < pj
		}
		return agencies[i] < agencies[j]
	})
	if len(agencies) > 0 {
		heading(graph.T("Farge: etat", "Colour: agency"))
	}
	for _, a := range agencies {
		sample(agencyName(a, b.agencyLabel(a), b.l), "shape", "box", "height", "0.22", "fillcolor", b.pal.fill(a))
	}

	// Levels.
	var levels []graph.Level
	for l := range b.levels {
		levels = append(levels, l)
	}
	sort.Slice(levels, func(i, j int) bool {
		if levels[i].Known() != levels[j].Known() {
			return levels[i].Known()
		}
		return levels[i] < levels[j]
	})
	if (len(levels) > 0 && b.v != ViewLevels) || b.groupShapes {
		heading(graph.T("Form: nivå", "Shape: level"))
	}
	if b.v != ViewLevels {
		for _, l := range levels {
			st := "filled"
			if levelShape(l) == "box" {
				st = draw.Quote("filled,rounded")
			}
			sample(levelName(l, b.l), "shape", levelShape(l), "style", st)
		}
	}
	if b.groupShapes {
		sample(graph.T("kommune (alle etater og nivåer)", "municipality (all agencies and levels)").In(b.l), "shape", "folder")
	}
	if b.v == ViewEgo {
		heading(graph.T("Avstand", "Distance"))
		sample(graph.T("egoen", "the ego").In(b.l), "shape", "box", "style", draw.Quote("filled,rounded"),
			"peripheries", "3")
		if b.s.Radius >= 2 {
			sample(graph.T("sterk farge: direkte kontakt", "strong colour: direct contact").In(b.l),
				"shape", "box", "style", draw.Quote("filled,rounded"), "fillcolor", noAgencyColor)
			sample(graph.T("blek farge: to steg unna", "pale colour: two steps away").In(b.l),
				"shape", "box", "style", draw.Quote("filled,rounded"), "fillcolor", lighten(noAgencyColor, 0.55))
		}
	}

	// Lines, as sample edges between two invisible points.
	heading(graph.T("Linjer: bånd", "Lines: ties"))
	line := func(t graph.Text, kv ...string) {
		var pa draw.Attrs
		pa.Set("shape", "point")
		pa.Set("style", "invis")
		pa.Set("width", "0.01")
		ns := row(pa, pa, textNode(t.In(b.l)))
		var la draw.Attrs
		for i := 0; i+1 < len(kv); i += 2 {
			la.Set(kv[i], kv[i+1])
		}
		la.Set("minlen", "3")
		la.Set("tooltip", draw.Quote(t.In(b.l)))
		e := g.Edge(ns[1].ID, ns[2].ID)
		e.Attrs = la
	}
	switch b.v {
	case ViewLevels:
		line(graph.T("horisontalt: innen ett nivå", "horizontal: within one level"), "color", horizontalColor, "penwidth", "2")
		line(graph.T("vertikalt: mellom nivåer", "vertical: between levels"), "color", verticalColor, "penwidth", "2")
		if b.formality {
			line(graph.T("stiplet: mest uformell kontakt", "dashed: mostly informal contact"), "penwidth", "2", "style", "dashed")
		}
	default:
		if b.formality {
			line(graph.T("mest formell kontakt (møter, saker)", "mostly formal contact (meetings, cases)"), "penwidth", "2")
			line(graph.T("mest uformell kontakt (telefon, e-post)", "mostly informal contact (phone, e-mail)"), "penwidth", "2", "style", "dashed")
		} else {
			line(graph.T("bånd (dataene skiller ikke formell og uformell kontakt)",
				"tie (the data do not tell formal from informal contact)"), "penwidth", "2")
		}
	}
	if b.weighted {
		line(graph.T("tynn: lite kontakt", "thin: little contact"), "penwidth", "0.6")
		line(graph.T("tykk: mye kontakt (stor vekt)", "thick: much contact (high weight)"), "penwidth", "5")
	}
	if b.v == ViewGaps {
		heading(graph.T("Hull", "Gaps"))
		if b.gapsDrawn > 0 {
			line(graph.T("forventet bånd som mangler eller er for svakt", "expected tie missing or too weak"),
				"color", gapColor, "penwidth", "3.5", "style", "dashed")
		}
		if b.fading > 0 {
			line(graph.T("bånd som har stilnet", "tie that has faded"), "color", fadingColor, "penwidth", "4", "style", "dotted")
		}
		if b.uncoord > 0 {
			line(graph.T("ukoordinert parallell kontakt", "uncoordinated parallel contact"), "color", gapColor, "penwidth", "3")
		}
		if b.framed {
			sample(graph.T("rød ramme: del av parallell kontakt", "red frame: in a parallel contact").In(b.l),
				"shape", "box", "style", draw.Quote("filled,rounded"), "color", gapColor, "peripheries", "2")
		}
		if b.agg != AggregateNone && b.gapsDrawn+b.uncoord > 0 {
			sample(graph.T("rød kant: hull innen noden (antall i navnet)", "red outline: gaps within the node (counted in its label)").In(b.l),
				"shape", "box", "style", draw.Quote("filled,rounded"), "color", gapColor)
		}
		if b.gapsDrawn+b.fading+b.uncoord == 0 {
			row(textNode(graph.T("ingen funnet: ingen forventede bånd mangler,", "none found: no expected tie is missing,").In(b.l)))
			row(textNode(graph.T("ingen parallelle kontakter, ingen stilnede bånd", "no parallel contacts, no faded ties").In(b.l)))
		}
	}
	if b.ghosts {
		sample(wOutside.In(b.l), "shape", "box", "style", draw.Quote("filled,dashed,rounded"))
	}

	var notes strings.Builder
	notes.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">`)
	note := func(s string, bold bool) {
		s = draw.HTML(s)
		if bold {
			s = "<B>" + s + "</B>"
		}
		notes.WriteString(`<TR><TD ALIGN="LEFT" BALIGN="LEFT">` + s + `</TD></TR>`)
	}
	note(graph.T("Størrelse", "Size").In(b.l), true)
	note(graph.T("større node: høyere ", "larger node: higher ").In(b.l)+b.s.Size.title().In(b.l), false)
	if len(b.gapRows) > 0 {
		note(graph.T("Hull etter rang", "Gaps by rank").In(b.l), true)
		for _, r := range b.gapRows {
			note(wrap(r, 56, 4), false)
		}
	}
	note(" ", false)
	note(graph.T("I SVG: pek på en node eller linje for detaljer.", "In the SVG: point at a node or line for details.").In(b.l), false)
	notes.WriteString(`</TABLE>`)
	row(htmlNode(notes.String()))
}

// agencyLabel returns a unit's own spelling of agency a, for agencies
// samkart does not know.
func (b *builder) agencyLabel(a string) string {
	for _, in := range b.info {
		if in.agency == a && in.agencyLabel != "" {
			return in.agencyLabel
		}
	}
	return ""
}

// egoID returns the node ID in b.n of the ego.
func (b *builder) egoID() int64 {
	id, _ := b.n.Lookup(b.s.Unit)
	return id
}

// egoCaption lists the ego's measures in the whole network.
func (b *builder) egoCaption() []string {
	id := b.egoID()
	u := b.n.Unit(id)
	var within int
	for _, in := range b.info {
		if in.ring > 0 {
			within++
		}
	}
	deg := b.n.Degree(id)
	str := 0.0
	_, ts := b.n.Neighbors(id)
	for _, t := range ts {
		str += b.n.Ties()[t].Weight
	}
	pm := egoPaths(b.n)
	parts := []string{
		wDegree.In(b.l) + " " + strconv.Itoa(deg),
		wStrength.In(b.l) + " " + num(str, 2, b.l),
		wBetween.In(b.l) + " " + num(pm.Betweenness[id], 3, b.l),
		wCloseness.In(b.l) + " " + num(pm.Closeness[id], 3, b.l),
	}
	where := agencyName(u.Agency, u.AgencyLabel, b.l)
	if u.Level.Known() {
		where += ", " + levelName(u.Level, b.l)
	}
	if u.Municipality != "" {
		where += ", " + u.Municipality
	}
	steps := graph.T(" steg", " step").In(b.l)
	if b.s.Radius > 1 {
		steps = graph.T(" steg", " steps").In(b.l)
	}
	reach := count(within, wUnit, wUnits, b.l) + graph.T(" innen ", " within ").In(b.l) +
		strconv.Itoa(b.s.Radius) + steps
	return []string{where, strings.Join(parts, " · "), reach}
}

// egoPaths computes the path measures of the whole network for the ego
// view's caption.
func egoPaths(n *graph.Network) *metrics.PathMeasures {
	return metrics.Paths(n, metrics.PathOptions{})
}
