package views

import (
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// legend builds a view's legend as a graph of its own, laid out by dot as
// rows of a sample and its meaning: the agencies' colours, the levels'
// shapes, the kinds of line, what size means and, for the gaps view, the
// numbered gaps. Draw places it to the right of the diagram; Diagram adds
// it to the DOT as a cluster.
//
// Each row starts with an invisible anchor; the anchors form the column
// and each row's nodes share its rank, so every row starts at the same x
// and the texts of the rows with samples line up after them.
type legend struct {
	b       *builder
	g       *draw.Graph
	anchors []int64 // of the rows so far
}

// sampleWidth is the width of every sample, in inches.
const sampleWidth = "0.6"

// legend builds b.leg, one section after another.
func (b *builder) legend() {
	lg := &legend{b: b, g: legendGraph(b.v, b.k)}
	b.leg = lg.g
	if b.s.Medium != MediumScreen {
		// Room on the right for a browser's fonts, wider than the ones
		// Graphviz measures with (a page prints what the browser shows).
		lg.g.Attrs.Set("pad", draw.Quote("0.3,0.2"))
	}
	lg.row(htmlNode(`<FONT POINT-SIZE="` + b.font(17) + `"><B>` + draw.HTML(wLegend.In(b.l)) + `</B></FONT>`))
	lg.agencies()
	lg.levels()
	if b.v == ViewEgo {
		lg.distance()
	}
	lg.lines()
	if b.v == ViewGaps {
		lg.gaps()
	}
	if b.ghosts {
		lg.sample(wOutside.In(b.l), "shape", "box", "style", draw.Quote("filled,dashed,rounded"))
	}
	lg.notes()
}

// legendGraph returns the legend's empty graph with its defaults.
func legendGraph(v View, k float64) *draw.Graph {
	g := draw.NewGraph("legend")
	g.Attrs.Set("layout", "dot")
	g.Attrs.Set("rankdir", "TB")
	g.Attrs.Set("nodesep", "0.12")
	g.Attrs.Set("ranksep", "0.08")
	g.Attrs.Set("fontname", "Helvetica")
	g.Attrs.Set("bgcolor", "white")
	g.Attrs.Set("pad", "0.2")
	g.NodeAttrs.Set("fontname", "Helvetica")
	g.NodeAttrs.Set("fontsize", num(13*k, 1, graph.EN))
	g.NodeAttrs.Set("fontcolor", textColor)
	g.EdgeAttrs.Set("color", edgeColor)
	if v == ViewGaps {
		g.EdgeAttrs.Set("color", edgeColor+"88")
	}
	return g
}

// invis adds an invisible edge x–y, which holds the rows together.
func (lg *legend) invis(x, y int64) {
	var a draw.Attrs
	a.Set("style", "invis")
	lg.g.AddEdge(x, y, a)
}

// row adds a row of the given nodes after an anchor and returns the
// anchor and the nodes.
func (lg *legend) row(nodes ...draw.Attrs) []*draw.Node {
	g := lg.g
	key := "legend_" + strconv.Itoa(len(lg.anchors))
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
		lg.invis(ids[i-1], ids[i])
	}
	var ra draw.Attrs
	ra.Set("rank", "same")
	g.Subgraphs = append(g.Subgraphs, &draw.Subgraph{Name: "rank_" + key, Attrs: ra, Members: ids})
	if len(lg.anchors) > 0 {
		lg.invis(lg.anchors[len(lg.anchors)-1], anchor.ID)
	}
	lg.anchors = append(lg.anchors, anchor.ID)
	return out
}

// htmlNode is a node showing an HTML-like label.
func htmlNode(html string) draw.Attrs {
	var a draw.Attrs
	a.Set("shape", "plain")
	a.Set("label", "<"+html+">")
	return a
}

// textNode is a node showing t, starting where the node does.
func textNode(t string) draw.Attrs {
	var a draw.Attrs
	a.Set("shape", "plaintext")
	a.Set("margin", "0.04,0")
	a.Set("width", "0.01") // no minimum width: texts start where their node does
	a.Set("height", "0.2")
	// Left-justified (\l): a browser showing the SVG in a wider font than
	// Graphviz measured lets the text run on to the right, not back over
	// its sample.
	a.Set("label", `<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD ALIGN="LEFT" BALIGN="LEFT">`+
		draw.HTML(t)+`</TD></TR></TABLE>>`)
	return a
}

// sampleNode is a sample node: white and filled unless kv (attribute,
// value, …) says otherwise.
func sampleNode(kv ...string) draw.Attrs {
	var a draw.Attrs
	a.Set("label", draw.Quote(" ")) // go-graphviz takes "" for the default, the node name
	a.Set("width", sampleWidth)
	a.Set("height", "0.3")
	a.Set("fixedsize", "true")
	a.Set("style", "filled")
	a.Set("fillcolor", "#FFFFFF")
	for i := 0; i+1 < len(kv); i += 2 {
		a.Set(kv[i], kv[i+1])
	}
	return a
}

func (lg *legend) heading(t graph.Text) {
	lg.row(htmlNode(`<B>` + draw.HTML(t.In(lg.b.l)) + `</B>`))
}

// sample adds a row of a sample node and its meaning t.
func (lg *legend) sample(t string, kv ...string) {
	a := sampleNode(kv...)
	for _, dim := range []string{"width", "height"} {
		if x, err := strconv.ParseFloat(a.Get(dim), 64); err == nil {
			a.Set(dim, num(x*lg.b.k, 2, graph.EN))
		}
	}
	lg.row(a, textNode(t))
}

// line adds a row of a sample edge, between two invisible points, and
// its meaning t.
func (lg *legend) line(t graph.Text, kv ...string) {
	l := lg.b.l
	var pa draw.Attrs
	pa.Set("shape", "point")
	pa.Set("style", "invis")
	pa.Set("width", "0.01")
	ns := lg.row(pa, pa, textNode(t.In(l)))
	var la draw.Attrs
	for i := 0; i+1 < len(kv); i += 2 {
		la.Set(kv[i], kv[i+1])
	}
	la.Set("minlen", "3")
	la.Set("tooltip", draw.Quote(t.In(l)))
	lg.g.Edge(ns[1].ID, ns[2].ID).Attrs = la
}

// agencies adds the agencies' colours, in the palette's order.
func (lg *legend) agencies() {
	b := lg.b
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
		lg.heading(graph.T("Farge: etat", "Colour: agency"))
	}
	for _, a := range agencies {
		lg.sample(agencyName(a, b.agencyLabel(a), b.l), "shape", "box", "height", "0.22", "fillcolor", b.pal.fill(a))
	}
}

// levels adds the levels' shapes, from the top of the vertical line; the
// levels view names its bands instead.
func (lg *legend) levels() {
	b := lg.b
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
		lg.heading(graph.T("Form: nivå", "Shape: level"))
	}
	if b.v != ViewLevels {
		for _, l := range levels {
			st := "filled"
			if levelShape(l) == "box" {
				st = draw.Quote("filled,rounded")
			}
			lg.sample(levelName(l, b.l), "shape", levelShape(l), "style", st)
		}
	}
	if b.groupShapes {
		lg.sample(graph.T("kommune (alle etater og nivåer)", "municipality (all agencies and levels)").In(b.l), "shape", "folder")
	}
}

// distance adds the ego view's rings.
func (lg *legend) distance() {
	b := lg.b
	lg.heading(graph.T("Avstand", "Distance"))
	lg.sample(graph.T("egoen", "the ego").In(b.l), "shape", "box", "style", draw.Quote("filled,rounded"),
		"peripheries", "3")
	if b.s.Radius >= 2 {
		lg.sample(graph.T("sterk farge: direkte kontakt", "strong colour: direct contact").In(b.l),
			"shape", "box", "style", draw.Quote("filled,rounded"), "fillcolor", noAgencyColor)
		lg.sample(graph.T("blek farge: to steg unna", "pale colour: two steps away").In(b.l),
			"shape", "box", "style", draw.Quote("filled,rounded"), "fillcolor", lighten(noAgencyColor, 0.55))
	}
}

// lines adds the kinds of tie: colours in the levels view, formal and
// informal, and widths when the ties differ in weight.
func (lg *legend) lines() {
	b := lg.b
	lg.heading(graph.T("Linjer: bånd", "Lines: ties"))
	switch b.v {
	case ViewLevels:
		lg.line(graph.T("horisontalt: innen ett nivå", "horizontal: within one level"), "color", horizontalColor, "penwidth", "2")
		lg.line(graph.T("vertikalt: mellom nivåer", "vertical: between levels"), "color", verticalColor, "penwidth", "2")
		if b.formality {
			lg.line(graph.T("stiplet: mest uformell kontakt", "dashed: mostly informal contact"), "penwidth", "2", "style", "dashed")
		}
	default:
		if b.formality {
			lg.line(graph.T("mest formell kontakt (møter, saker)", "mostly formal contact (meetings, cases)"), "penwidth", "2")
			lg.line(graph.T("mest uformell kontakt (telefon, e-post)", "mostly informal contact (phone, e-mail)"), "penwidth", "2", "style", "dashed")
		} else {
			lg.line(graph.T("bånd (dataene skiller ikke formell og uformell kontakt)",
				"tie (the data do not tell formal from informal contact)"), "penwidth", "2")
		}
	}
	if b.weighted {
		lg.line(graph.T("tynn: lite kontakt", "thin: little contact"), "penwidth", "0.6")
		lg.line(graph.T("tykk: mye kontakt (stor vekt)", "thick: much contact (high weight)"), "penwidth", "5")
	}
}

// gaps adds the gaps view's marks, those drawn only.
func (lg *legend) gaps() {
	b := lg.b
	lg.heading(graph.T("Hull", "Gaps"))
	if b.gapsDrawn > 0 {
		lg.line(graph.T("forventet bånd som mangler eller er for svakt", "expected tie missing or too weak"),
			"color", gapColor, "penwidth", "3.5", "style", "dashed")
	}
	if b.fading > 0 {
		lg.line(graph.T("bånd som har stilnet", "tie that has faded"), "color", fadingColor, "penwidth", "4", "style", "dotted")
	}
	if b.uncoord > 0 {
		lg.line(graph.T("ukoordinert parallell kontakt", "uncoordinated parallel contact"), "color", gapColor, "penwidth", "3")
	}
	if b.framed {
		lg.sample(graph.T("rød ramme: del av parallell kontakt", "red frame: in a parallel contact").In(b.l),
			"shape", "box", "style", draw.Quote("filled,rounded"), "color", gapColor, "peripheries", "2")
	}
	if b.agg != AggregateNone && b.gapsDrawn+b.uncoord > 0 {
		lg.sample(graph.T("rød kant: hull innen noden (antall i navnet)", "red outline: gaps within the node (counted in its label)").In(b.l),
			"shape", "box", "style", draw.Quote("filled,rounded"), "color", gapColor)
	}
	if b.gapsDrawn+b.fading+b.uncoord == 0 {
		lg.row(textNode(graph.T("ingen funnet: ingen forventede bånd mangler,", "none found: no expected tie is missing,").In(b.l)))
		lg.row(textNode(graph.T("ingen parallelle kontakter, ingen stilnede bånd", "no parallel contacts, no faded ties").In(b.l)))
	}
}

// notes adds what size means, the gaps by rank and how to see details, as
// one table.
func (lg *legend) notes() {
	b := lg.b
	var notes strings.Builder
	notes.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">`)
	note := func(s string, bold bool) {
		if b.s.Medium != MediumScreen {
			s = wrap(s, 30, 4)
		}
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
	if b.s.Medium == MediumScreen {
		// Paper and slides cannot be pointed at.
		note(" ", false)
		note(graph.T("I SVG: pek på en node eller linje for detaljer.", "In the SVG: point at a node or line for details.").In(b.l), false)
	}
	notes.WriteString(`</TABLE>`)
	lg.row(htmlNode(notes.String()))
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
