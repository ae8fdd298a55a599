package views

import (
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
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
	if name == "" {
		name = text.PlaceName(b.n.Data, b.n.Options.Filter.Scope, b.l)
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
	if b.s.Medium != MediumScreen {
		// On a page every line of the title costs the picture height.
		lines[0] += " · " + drawn
	} else {
		lines = append(lines, drawn)
	}
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
	k := min(max(math.Sqrt(float64(len(b.d.Nodes))/50), 1), 2.5) * b.k
	if b.s.Medium != MediumScreen {
		k = b.k // sized for the medium already
	}
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
