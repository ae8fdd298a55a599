package gexf

import (
	"bufio"
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// Options select what Encode writes.
type Options struct {
	// Directed writes the initiative graph: an edge from → to for every
	// pair where from contacted to, with the contacts' count and weight.
	Directed bool
	// Extra adds per-unit measures as node attributes.
	Extra []encoding.Measure
	// Static leaves out the spells, for tools that do not read dynamic
	// graphs.
	Static bool
}

var typeNames = [...]string{netio.String: "string", netio.Int: "integer", netio.Long: "long", netio.Double: "double"}

// Encode writes n to w as GEXF 1.2.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
	units, err := netio.UnitColumns(n, opt.Extra)
	if err != nil {
		return err
	}
	edgeCols, ne := netio.EdgeColumns(n, opt.Directed)
	// The weight is GEXF's own edge attribute, not a declared one.
	var cols []netio.Column
	for _, c := range edgeCols {
		if c.Name != netio.ColWeight {
			cols = append(cols, c)
		}
	}

	g := gexf12.Graph{DefaultEdgeType: "undirected", IDType: "string", Mode: "static"}
	if opt.Directed {
		g.DefaultEdgeType = "directed"
	}
	g.Attributes = []gexf12.Attributes{
		{Class: "node", Mode: "static", Attributes: declare(units)},
		{Class: "edge", Mode: "static", Attributes: declare(cols)},
	}
	var spells [][]gexf12.Spell
	if !opt.Static {
		spells = tieSpells(n, opt.Directed)
		for _, s := range spells {
			if len(s) > 0 {
				g.Mode, g.TimeFormat = "dynamic", "date"
				break
			}
		}
	}

	us := n.Units()
	g.Nodes.Count = len(us)
	g.Nodes.Nodes = make([]gexf12.Node, len(us))
	for id, u := range us {
		g.Nodes.Nodes[id] = gexf12.Node{ID: u.Key, Label: u.Name, AttValues: values(units, id)}
	}
	g.Edges.Count = ne
	g.Edges.Edges = make([]gexf12.Edge, ne)
	for k := range g.Edges.Edges {
		a, b := netio.Edge(n, opt.Directed, k)
		e := gexf12.Edge{ID: strconv.Itoa(k), Source: us[a].Key, Target: us[b].Key,
			Weight: netio.EdgeWeight(n, opt.Directed, k), AttValues: values(cols, k)}
		if g.Mode == "dynamic" && len(spells[k]) > 0 {
			e.Spells = &gexf12.Spells{Spells: spells[k]}
		}
		g.Edges.Edges[k] = e
	}
	doc := gexf12.Content{Version: "1.2", Graph: g, Meta: &gexf12.Meta{Creator: "samkart"}}
	if n.Data != nil && n.Data.Name != "" {
		doc.Meta.Description = n.Data.Name
	}

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	e := xml.NewEncoder(bw)
	e.Indent("", "  ")
	if err := e.Encode(&doc); err != nil {
		return err
	}
	bw.WriteString("\n")
	return bw.Flush()
}

func declare(cols []netio.Column) []gexf12.Attribute {
	attrs := make([]gexf12.Attribute, len(cols))
	for i, c := range cols {
		attrs[i] = gexf12.Attribute{ID: strconv.Itoa(i), Title: c.Name, Type: typeNames[c.Type]}
	}
	return attrs
}

func values(cols []netio.Column, row int) *gexf12.AttValues {
	var vs []gexf12.AttValue
	for i := range cols {
		if cols[i].Has(row) {
			vs = append(vs, gexf12.AttValue{For: strconv.Itoa(i), Value: cols[i].Text(row)})
		}
	}
	if len(vs) == 0 {
		return nil
	}
	return &gexf12.AttValues{AttValues: vs}
}

// tieSpells returns, for every tie of n (every arc when directed), the days
// on which its units had a dated contact or meeting (contacts only for
// arcs), merged into runs of consecutive days: spell [start, end] with
// both ends inclusive, as dates. Records outside the network's window or
// of weight 0 are left out, as Build leaves them out.
func tieSpells(n *graph.Network, directed bool) [][]gexf12.Spell {
	d := n.Data
	var count int
	if directed {
		count = len(n.Arcs())
	} else {
		count = len(n.Ties())
	}
	out := make([][]gexf12.Spell, count)
	if d == nil {
		return out
	}
	node := make([]int32, len(d.Units)) // dataset index → node ID, or −1
	for i := range d.Units {
		node[i] = -1
		if id, ok := n.Lookup(d.Units[i].Key); ok && n.Unit(id) == &d.Units[i] {
			node[i] = int32(id)
		}
	}
	at := func(i int32) int32 {
		if i < 0 || int(i) >= len(node) {
			return -1
		}
		return node[i]
	}
	type event struct{ edge, day int }
	var events []event
	win := n.Options.Window
	for i := range d.Contacts {
		c := &d.Contacts[i]
		if !c.Date.Valid() || c.Weight == 0 || !win.Contains(c.Date) {
			continue
		}
		a, b := at(c.From), at(c.To)
		if a < 0 || b < 0 || a == b {
			continue
		}
		var k int
		if directed {
			k = arcIndex(n.Arcs(), a, b)
		} else {
			k = tieIndex(n.Ties(), a, b)
		}
		if k >= 0 {
			events = append(events, event{k, c.Date.Day()})
		}
	}
	if !directed {
		var present []int32
		for i := range d.Meetings {
			m := &d.Meetings[i]
			if !m.Date.Valid() || len(m.Units) < 2 || !win.Contains(m.Date) {
				continue
			}
			present = present[:0]
			for _, u := range m.Units {
				if a := at(u); a >= 0 {
					present = append(present, a)
				}
			}
			for x, a := range present {
				for _, b := range present[x+1:] {
					if k := tieIndex(n.Ties(), a, b); k >= 0 {
						events = append(events, event{k, m.Date.Day()})
					}
				}
			}
		}
	}
	sort.Slice(events, func(i, j int) bool {
		if events[i].edge != events[j].edge {
			return events[i].edge < events[j].edge
		}
		return events[i].day < events[j].day
	})
	for i := 0; i < len(events); {
		k, first := events[i].edge, events[i].day
		last := first
		for i < len(events) && events[i].edge == k && events[i].day <= last+1 {
			last = events[i].day
			i++
		}
		out[k] = append(out[k], gexf12.Spell{Start: day(first), End: day(last)})
	}
	return out
}

func day(d int) string { return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02") }

func tieIndex(ties []graph.Tie, a, b int32) int {
	if a > b {
		a, b = b, a
	}
	k := sort.Search(len(ties), func(i int) bool {
		return ties[i].A > a || (ties[i].A == a && ties[i].B >= b)
	})
	if k < len(ties) && ties[k].A == a && ties[k].B == b {
		return k
	}
	return -1
}

func arcIndex(arcs []graph.Arc, a, b int32) int {
	k := sort.Search(len(arcs), func(i int) bool {
		return arcs[i].From > a || (arcs[i].From == a && arcs[i].To >= b)
	})
	if k < len(arcs) && arcs[k].From == a && arcs[k].To == b {
		return k
	}
	return -1
}
