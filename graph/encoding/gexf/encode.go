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

	meta := &gexf12.Meta{Creator: "samkart"}
	if n.Data != nil && n.Data.Name != "" {
		meta.Description = n.Data.Name
	}

	// The document is written as encoding/xml would marshal a whole
	// gexf12.Content, the same bytes, but a node and an edge at a time,
	// so that a large network is never held as a document.
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	e := xml.NewEncoder(bw)
	e.Indent("", "  ")
	x := xmlWriter{e: e}
	x.start(xml.Name{Space: namespace, Local: "gexf"}, "version", "1.2")
	x.element(meta, "meta")
	x.start(xml.Name{Local: "graph"}, "timeformat", g.TimeFormat,
		"defaultedgetype", g.DefaultEdgeType, "idtype", g.IDType, "mode", g.Mode)
	for i := range g.Attributes {
		x.element(&g.Attributes[i], "attributes")
	}
	us := n.Units()
	x.start(xml.Name{Local: "nodes"}, "count", count(len(us)))
	for id, u := range us {
		x.element(&gexf12.Node{ID: u.Key, Label: u.Name, AttValues: values(units, id)}, "node")
	}
	x.end("nodes")
	x.start(xml.Name{Local: "edges"}, "count", count(ne))
	for k := range ne {
		a, b := netio.Edge(n, opt.Directed, k)
		edge := gexf12.Edge{ID: strconv.Itoa(k), Source: us[a].Key, Target: us[b].Key,
			Weight: netio.EdgeWeight(n, opt.Directed, k), AttValues: values(cols, k)}
		if tl.dated {
			edge.Spells, edge.AttValues = tl.spells(k), tl.weights(k, edge.AttValues)
		}
		x.element(&edge, "edge")
	}
	x.end("edges")
	x.end("graph")
	x.endName(xml.Name{Space: namespace, Local: "gexf"})
	if x.err == nil {
		x.err = e.Flush()
	}
	if x.err != nil {
		return x.err
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// namespace is the GEXF 1.2 namespace, as gexf12.Content declares it.
const namespace = "http://www.gexf.net/1.2draft"

// count is a count attribute as gexf12 writes it: left out when 0.
func count(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// xmlWriter writes a document token by token, keeping the first error.
type xmlWriter struct {
	e   *xml.Encoder
	err error
}

// start opens an element with the attributes given as name, value pairs,
// leaving out those with an empty value (omitempty).
func (x *xmlWriter) start(name xml.Name, attrs ...string) {
	s := xml.StartElement{Name: name}
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] != "" {
			s.Attr = append(s.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
	}
	if x.err == nil {
		x.err = x.e.EncodeToken(s)
	}
}

func (x *xmlWriter) end(name string) { x.endName(xml.Name{Local: name}) }

func (x *xmlWriter) endName(name xml.Name) {
	if x.err == nil {
		x.err = x.e.EncodeToken(xml.EndElement{Name: name})
	}
}

// element marshals v as the element name.
func (x *xmlWriter) element(v any, name string) {
	if x.err == nil {
		x.err = x.e.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: name}})
	}
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
