package gexf

import (
	"bufio"
	"encoding/xml"
	"io"
	"math"
	"strconv"

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
	var tl timeline
	if !opt.Static {
		tl = timelineOf(n, opt.Directed)
	}
	// The weight is GEXF's own edge attribute, not a declared one; the
	// weight of undated records is one when the timeline leaves it out.
	var cols []netio.Column
	for _, c := range edgeCols {
		if c.Name != netio.ColWeight {
			cols = append(cols, c)
		}
	}
	if tl.undated != nil {
		u := make([]float64, len(tl.undated))
		for i, w := range tl.undated {
			u[i] = w
			if w == 0 {
				u[i] = math.NaN()
			}
		}
		cols = append(cols, netio.NumberColumn(undatedWeight, netio.Double, u))
	}

	g := gexf12.Graph{DefaultEdgeType: "undirected", IDType: "string", Mode: "static"}
	if opt.Directed {
		g.DefaultEdgeType = "directed"
	}
	g.Attributes = []gexf12.Attributes{
		{Class: "node", Mode: "static", Attributes: declare(units)},
		{Class: "edge", Mode: "static", Attributes: declare(cols)},
	}
	if tl.dated {
		g.Mode, g.TimeFormat = "dynamic", "date"
		g.Attributes = append(g.Attributes, gexf12.Attributes{Class: "edge", Mode: "dynamic",
			Attributes: []gexf12.Attribute{{ID: dynamicWeight, Title: "weight", Type: "double"}}})
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
		if tl.dated {
			e.Spells, e.AttValues = tl.spells(k), tl.weights(k, e.AttValues)
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

// dynamicWeight is the id of the dynamic edge attribute weight.
const dynamicWeight = "weight"

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
