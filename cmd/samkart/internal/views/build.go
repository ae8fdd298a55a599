package views

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
)

// builder holds what a graph view is made from.
type builder struct {
	n    *graph.Network // the network as given
	v    View
	s    Style
	k    float64 // the font scale, s.fontScale()
	p    drawing // the layout choices of the medium
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
	b := &builder{n: n, v: v, s: s, k: s.fontScale(), p: drawingFor(s.Medium), l: s.Lang, pal: newPalette(n.Data),
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
		if err := b.gaps(); err != nil {
			return nil, err
		}
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

// font returns a font size of size points at the builder's font scale,
// as an attribute value.
func (b *builder) font(size float64) string { return num(size*b.k, 1, graph.EN) }

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
