package views

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
)

// maxRouted bounds edges × nodes for routing edges round the nodes as
// splines: the router's time grows with both (seconds for a few hundred
// ties among a hundred units). Larger diagrams get straight edges, drawn
// under the nodes.
const maxRouted = 20000

// DefaultMaxUnits is the number of units above which AggregateAuto groups
// them: a few hundred nodes are as many as a slide can show.
const DefaultMaxUnits = 300

// Style holds the choices that shape a diagram. The zero Style draws in
// English, sizes units by betweenness and aggregates large networks.
type Style struct {
	Lang      graph.Lang
	Size      Measure
	Aggregate Aggregation
	MaxUnits  int // the limit of AggregateAuto; 0 means DefaultMaxUnits

	// By chooses the groups of the agencies view: metrics.ByAgency (the
	// default) or metrics.ByLevel.
	By metrics.Attribute

	Unit   string // the ego view's unit key
	Radius int    // the ego view's radius: 1 (the default) or 2

	// Title names the dataset in the title; "" means the network's
	// Dataset.Name.
	Title string

	// Gaps are the findings the gaps view draws; nil means computing them
	// with metrics.Gaps on the network's dataset, with the network's scope.
	Gaps *metrics.GapsReport

	// Renderer lays out the graph views for Draw: samkart gives it a
	// child process for the fdp layouts of the network, gaps and ego views,
	// which keeps them reproducible. nil lays out in this process.
	Renderer *draw.Renderer
}

func (s Style) maxUnits() int {
	if s.MaxUnits <= 0 {
		return DefaultMaxUnits
	}
	return s.MaxUnits
}

// ErrHeatmap is returned by Diagram for the agencies view, which is not a
// graph: draw it with Heatmap or Draw.
var ErrHeatmap = errors.New("views: the agencies view is a heat map, not a graph; it has no DOT form (use svg or png)")

// ErrCompare is returned by Diagram and Draw for the compare view, which
// is drawn from a comparison: draw it with DrawCompare.
var ErrCompare = errors.New("views: the compare view is drawn from a comparison of municipalities (use DrawCompare)")

// Diagram returns the DOT source of view v of n (network, levels, gaps or
// ego), built with gonum's encoding/dot. The bytes depend only on n and s.
//
// Units are coloured by agency (a fixed colour-blind-safe palette, see
// AgencyColors), shaped by level and sized by s.Size; ties are as wide as
// their weight (relative to the heaviest drawn) and dashed when most of
// their contacts and meetings were informal. Hovering over a unit or tie in
// the SVG shows its name and measures (the DOT tooltip attribute).
func Diagram(n *graph.Network, v View, s Style) ([]byte, error) {
	switch v {
	case ViewAgencies:
		return nil, ErrHeatmap
	case ViewCompare:
		return nil, ErrCompare
	}
	b, err := build(n, v, s)
	if err != nil {
		return nil, err
	}
	var a draw.Attrs
	a.Set("label", draw.Quote(""))
	a.Set("color", "#CCCCCC")
	b.d.Merge(b.leg, "cluster_legend", a)
	return b.d.Marshal()
}

// Draw writes view v of n to w in format f: Graphviz's SVG or samkart's
// PNG of the DOT from Diagram, or the DOT itself; for the agencies view,
// the heat map's SVG or PNG.
func Draw(ctx context.Context, n *graph.Network, v View, s Style, f draw.Format, w io.Writer) error {
	if v == ViewCompare {
		return ErrCompare
	}
	if v == ViewAgencies {
		var out []byte
		var err error
		switch f {
		case draw.FormatSVG:
			out, err = Heatmap(n, s).SVG(), nil
		case draw.FormatPNG:
			out, err = Heatmap(n, s).PNG()
		default:
			return ErrHeatmap
		}
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	if f == draw.FormatDOT {
		src, err := Diagram(n, v, s)
		if err != nil {
			return err
		}
		return s.Renderer.Render(ctx, src, f, w)
	}
	b, err := build(n, v, s)
	if err != nil {
		return err
	}
	main, err := b.d.Marshal()
	if err != nil {
		return err
	}
	leg, err := b.leg.Marshal()
	if err != nil {
		return err
	}
	out, err := s.Renderer.Compose(ctx, main, leg, f)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// AutoAggregation returns the aggregation view v of n is drawn with when
// s.Aggregate is AggregateAuto: none when the units to draw number at most
// s.MaxUnits, else the first grouping with at most that many nodes of
// agency, municipality and agency-all (for the levels view agency,
// agency-all, municipality: its bands grow wide), else the one with the
// fewest nodes. The ego view, the heat map and the compare view are never
// aggregated.
func AutoAggregation(n *graph.Network, v View, s Style) Aggregation {
	if s.Aggregate != AggregateAuto {
		return s.Aggregate
	}
	if v == ViewEgo || v == ViewAgencies || v == ViewCompare || n.Len() <= s.maxUnits() {
		return AggregateNone
	}
	order := []Aggregation{AggregateAgency, AggregateMunicipality, AggregateAgencyAll}
	if v == ViewLevels {
		order = []Aggregation{AggregateAgency, AggregateAgencyAll, AggregateMunicipality}
	}
	best, fewest := AggregateAgencyAll, math.MaxInt
	for _, a := range order {
		c := groupCount(n, a, v == ViewLevels)
		if c <= s.maxUnits() {
			return a
		}
		if c < fewest {
			best, fewest = a, c
		}
	}
	return best
}

// groupCount is the number of nodes aggregation a gives.
func groupCount(n *graph.Network, a Aggregation, byLevel bool) int {
	seen := make(map[string]bool)
	muni := municipalityRegions(n.Data)
	for _, u := range n.Units() {
		seen[groupOf(u, a, byLevel, muni).Key] = true
	}
	return len(seen)
}

// builder holds what a graph view is made from.
type builder struct {
	n    *graph.Network // the network as given
	v    View
	s    Style
	l    graph.Lang
	pal  *palette
	agg  Aggregation
	dn   *graph.Network // the network drawn: n, a quotient of it or an ego subgraph
	of   []int32        // n's node → dn's node, −1 when not drawn
	info []nodeInfo     // per dn node
	deg  []int
	str  []float64
	btw  []float64
	d    *draw.Graph  // the diagram
	leg  *draw.Graph  // its legend
	node []*draw.Node // dn node → diagram node
	// Set while building, for the legend.
	levels      map[graph.Level]bool
	agencies    map[string]bool
	groupShapes bool // municipality groups drawn
	formality   bool // the data tell formal from informal contact
	weighted    bool // the drawn ties differ in weight
	tieCount    int  // ties drawn
	ghosts      bool
	ghostIDs    map[string]int64 // diagram node of each ghost, by key
	framed      bool             // gaps view: red frames drawn
	multiMuni   bool             // units of more than one municipality are drawn
	gapRows     []string
	gapsDrawn   int
	uncoord     int
	fading      int
}

// nodeInfo describes a drawn node: a unit, or a group of them.
type nodeInfo struct {
	kind         nodeKind
	members      int
	level        graph.Level // the unit's, or the highest (smallest) of the group's
	agency       string
	agencyLabel  string
	municipality string
	region       string
	ring         int // ego view: distance from the ego
}

type nodeKind uint8

const (
	kindUnit nodeKind = iota
	kindAgencyGroup
	kindMunicipalityGroup
)

func build(n *graph.Network, v View, s Style) (*builder, error) {
	if n == nil {
		return nil, errors.New("views: no network")
	}
	if v < ViewNetwork || v > ViewEgo {
		return nil, fmt.Errorf("views: unknown view %d", int(v))
	}
	b := &builder{n: n, v: v, s: s, l: s.Lang, pal: newPalette(n.Data),
		levels: make(map[graph.Level]bool), agencies: make(map[string]bool)}
	if b.l != graph.NB {
		b.l = graph.EN
	}
	if err := b.selectNodes(); err != nil {
		return nil, err
	}
	b.measure()
	munis := make(map[string]bool)
	for _, in := range b.info {
		if in.municipality != "" {
			munis[in.municipality] = true
		}
	}
	b.multiMuni = len(munis) > 1
	b.d = draw.NewGraph(viewNames[v])
	b.graphDefaults()
	b.addNodes()
	b.addTies()
	switch v {
	case ViewLevels:
		b.bands()
	default:
		b.clusters()
	}
	if v == ViewGaps {
		b.gaps()
	}
	b.title()
	b.legend()
	if b.d.NumEdges()*len(b.d.Nodes) > maxRouted {
		b.d.Attrs.Set("splines", "line")
	} else if b.v == ViewGaps {
		// fdp places edge labels without looking at the nodes: draw the
		// gaps' numbers over them. Routed edges keep clear of the nodes;
		// straight ones would cross them, so then the nodes go on top.
		b.d.Attrs.Set("outputorder", "nodesfirst")
	}
	return b, nil
}

// selectNodes decides what is drawn: every unit, groups, or an ego network.
func (b *builder) selectNodes() error {
	n := b.n
	if b.v == ViewEgo {
		return b.ego()
	}
	b.agg = AutoAggregation(n, b.v, b.s)
	if b.agg == AggregateAuto {
		b.agg = AggregateNone
	}
	if b.agg == AggregateNone {
		b.dn = n
		b.of = make([]int32, n.Len())
		b.info = make([]nodeInfo, n.Len())
		for i, u := range n.Units() {
			b.of[i] = int32(i)
			b.info[i] = unitInfo(u)
		}
		return nil
	}
	byLevel := b.v == ViewLevels
	muni := municipalityRegions(n.Data)
	// The level of a group is the highest (smallest known) of its units'.
	top := make(map[string]graph.Level)
	for _, u := range n.Units() {
		k := groupOf(u, b.agg, byLevel, muni).Key
		if l, ok := top[k]; !ok || (u.Level.Known() && (!l.Known() || u.Level < l)) {
			top[k] = u.Level
		}
	}
	q, of := n.Quotient(func(u *graph.Unit) (graph.Unit, bool) {
		g := groupOf(u, b.agg, byLevel, muni)
		g.Level = top[g.Key]
		return g, true
	})
	b.dn, b.of = q, of
	b.info = make([]nodeInfo, q.Len())
	for i, g := range q.Units() {
		kind := kindAgencyGroup
		if strings.HasPrefix(g.Key, "municipality:") {
			kind = kindMunicipalityGroup
		}
		b.info[i] = nodeInfo{kind: kind, level: g.Level, agency: g.Agency, agencyLabel: g.AgencyLabel,
			municipality: g.Municipality, region: g.Region}
	}
	for _, g := range of {
		if g >= 0 {
			b.info[g].members++
		}
	}
	return nil
}

func unitInfo(u *graph.Unit) nodeInfo {
	return nodeInfo{kind: kindUnit, members: 1, level: u.Level, agency: u.Agency, agencyLabel: u.AgencyLabel,
		municipality: u.Municipality, region: u.Region}
}

// municipalityRegions maps municipality names to their Husbanken region,
// from municipalities.csv.
func municipalityRegions(ds *graph.Dataset) map[string]string {
	m := make(map[string]string)
	if ds == nil {
		return m
	}
	for _, r := range ds.Municipalities {
		m[r.Name] = r.Region
	}
	return m
}

// groupOf returns the group of u under aggregation a as a Unit whose Key
// names it. Units without a municipality (state and regional units) are
// grouped by agency and region under every aggregation but agency-all.
func groupOf(u *graph.Unit, a Aggregation, byLevel bool, regions map[string]string) graph.Unit {
	g := graph.Unit{Agency: u.Agency, AgencyLabel: u.AgencyLabel}
	switch {
	case a == AggregateAgencyAll:
		g.Key = "agency:" + u.Agency
	case a == AggregateMunicipality && u.Municipality != "":
		g.Key = "municipality:" + u.Municipality
		g.Agency, g.AgencyLabel = "", ""
		g.Municipality = u.Municipality
		g.Region = regions[u.Municipality]
		if g.Region == "" {
			g.Region = u.Region
		}
	case u.Municipality != "":
		g.Key = "agency:" + u.Agency + "@" + u.Municipality
		g.Municipality = u.Municipality
	default:
		g.Key = "agency:" + u.Agency + "@region:" + u.Region
		g.Region = u.Region
	}
	if byLevel {
		g.Key += "#" + strconv.Itoa(int(u.Level))
		g.Level = u.Level
	}
	return g
}

// ego selects the unit s.Unit and its neighbours to s.Radius.
func (b *builder) ego() error {
	n := b.n
	id, ok := n.Lookup(b.s.Unit)
	if !ok {
		if b.s.Unit == "" {
			return errors.New("views: the ego view needs a unit")
		}
		return fmt.Errorf("views: no unit %q in the network", b.s.Unit)
	}
	r := b.s.Radius
	if r <= 0 {
		r = 1
	}
	if r > 2 {
		r = 2
	}
	b.s.Radius = r
	dist := make([]int, n.Len())
	for i := range dist {
		dist[i] = -1
	}
	dist[id] = 0
	frontier := []int32{int32(id)}
	for d := 1; d <= r; d++ {
		var next []int32
		for _, v := range frontier {
			nb, _ := n.Neighbors(int64(v))
			for _, w := range nb {
				if dist[w] < 0 {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	b.agg = AggregateNone
	b.dn = n.Induced(func(u *graph.Unit) bool {
		i, _ := n.Lookup(u.Key)
		return dist[i] >= 0
	})
	b.of = make([]int32, n.Len())
	b.info = make([]nodeInfo, b.dn.Len())
	for i := range b.of {
		b.of[i] = -1
	}
	for j, u := range b.dn.Units() {
		i, _ := n.Lookup(u.Key)
		b.of[i] = int32(j)
		b.info[j] = unitInfo(u)
		b.info[j].ring = dist[i]
	}
	return nil
}

// measure computes the size measures on the drawn network.
func (b *builder) measure() {
	b.deg = metrics.Degree(b.dn)
	b.str = metrics.Strength(b.dn)
	b.btw = metrics.Betweenness(b.dn)
}

func (b *builder) sizeValue(i int) float64 {
	switch b.s.Size {
	case SizeDegree:
		return float64(b.deg[i])
	case SizeStrength:
		return b.str[i]
	}
	return b.btw[i]
}

// graphDefaults sets the graph, node and edge defaults of the view.
func (b *builder) graphDefaults() {
	g := &b.d.Attrs
	switch b.v {
	case ViewLevels:
		// Every node is pinned by bands; neato only routes the edges.
		g.Set("layout", "neato")
		g.Set("splines", "true")
		g.Set("overlap", "true")
		g.Set("sep", "+1")
		g.Set("esep", "+0.5") // nodes nearer than 2·esep stop spline routing
	default:
		g.Set("layout", "fdp")
		g.Set("start", "1") // fdp's random seed: the same picture every time
		g.Set("K", "0.9")
		g.Set("maxiter", "800")
		g.Set("overlap", "false")
		g.Set("splines", "true")
		g.Set("sep", "+12") // less and fdp leaves nodes close enough to stop spline routing
		g.Set("esep", "+1")
	}
	g.Set("outputorder", "edgesfirst")
	g.Set("fontname", "Helvetica")
	g.Set("fontsize", "14")
	g.Set("fontcolor", textColor)
	g.Set("bgcolor", "white")
	g.Set("pad", "0.3")
	n := &b.d.NodeAttrs
	n.Set("fontname", "Helvetica")
	n.Set("fontsize", "11")
	n.Set("style", "filled")
	// Node outlines keep Graphviz's default width of 1: Graphviz 12
	// (go-graphviz's) gives up routing edges round polygon nodes with
	// any other width and draws every edge straight, through nodes.
	n.Set("color", "#333333")
	n.Set("margin", "0.06,0.03")
	e := &b.d.EdgeAttrs
	e.Set("fontname", "Helvetica")
	e.Set("fontsize", "10")
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
			return wrap(u.Name, 16, 3) + "\n(" + in.municipality + ")"
		}
		return wrap(u.Name, 16, 4)
	}
	return wrap(u.Name, 22, 3)
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
		wStrength.In(b.l)+": "+num(b.str[i], 2, b.l),
		wBetween.In(b.l)+": "+num(b.btw[i], 3, b.l))
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
		a.Set("fontsize", num(10+10*t, 1, graph.EN))
		a.Set("width", num(0.5+1.1*t, 2, graph.EN))
		a.Set("height", num(0.3+0.5*t, 2, graph.EN))
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

// lighten mixes a colour with white: f 0 keeps it, 1 gives white.
func lighten(c string, f float64) string {
	x := parseHex(c)
	return rgb{x.r + (1-x.r)*f, x.g + (1-x.g)*f, x.b + (1-x.b)*f}.hex()
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
	parts := []string{wWeight.In(b.l) + " " + num(t.Weight, 2, b.l)}
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
		lines = append(lines, t.First.Format("2006-01-02")+"–"+t.Last.Format("2006-01-02"))
	}
	return strings.Join(lines, "\n")
}

// clusters groups the nodes of each municipality in a cluster with its
// name; with one node per municipality, the municipalities of each region
// and the region's state units.
func (b *builder) clusters() {
	if b.agg == AggregateAgencyAll {
		return
	}
	byRegion := b.agg == AggregateMunicipality
	groups := make(map[string][]int64)
	for i, in := range b.info {
		key := in.municipality
		if byRegion {
			key = in.region
		}
		if key == "" {
			continue
		}
		groups[key] = append(groups[key], b.node[i].ID)
	}
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
		a.Set("fontsize", "16")
		a.Set("fontname", draw.Quote("Helvetica-Bold"))
		a.Set("margin", "12")
		b.d.Subgraphs = append(b.d.Subgraphs, &draw.Subgraph{Name: "cluster_" + strconv.Itoa(i), Attrs: a, Members: groups[name]})
	}
}
