package graphml

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// Options select what Encode writes.
type Options struct {
	// Directed writes the initiative graph: an edge from → to for every
	// pair where from contacted to, with the contacts' count and weight,
	// instead of the undirected ties.
	Directed bool
	// Extra adds per-unit measures as node attributes.
	Extra []encoding.Measure
}

const (
	namespace      = "http://graphml.graphdrawing.org/xmlns"
	schemaLocation = namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

var typeNames = [...]string{netio.String: "string", netio.Int: "int", netio.Long: "long", netio.Double: "double"}

// nodeColumns returns the node attributes: as package encoding lists
// them, but with name the unit's key and label its name, as igraph takes
// name for a vertex's identifier and Gephi and yEd show label.
func nodeColumns(n *graph.Network, extra []encoding.Measure) ([]netio.Column, error) {
	units, err := netio.UnitColumns(n, extra)
	if err != nil {
		return nil, err
	}
	for i := range units {
		if units[i].Name == netio.ColName {
			units[i].Name = "label"
		}
	}
	return append([]netio.Column{netio.KeyColumn(n, netio.ColName)}, units...), nil
}

// Encode writes n to w as GraphML.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
	units, err := nodeColumns(n, opt.Extra)
	if err != nil {
		return err
	}
	edges, ne := netio.EdgeColumns(n, opt.Directed)

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	e := xml.NewEncoder(bw)
	e.Indent("", "  ")
	tok := func(t xml.Token) {
		if err == nil {
			err = e.EncodeToken(t)
		}
	}
	start := func(name string, attrs ...string) {
		s := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i+1 < len(attrs); i += 2 {
			s.Attr = append(s.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		tok(s)
	}
	end := func(name string) { tok(xml.EndElement{Name: xml.Name{Local: name}}) }
	data := func(key, value string) {
		start("data", "key", key)
		tok(xml.CharData(value))
		end("data")
	}

	start("graphml", "xmlns", namespace,
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", schemaLocation)
	name := ""
	if n.Data != nil {
		name = n.Data.Name
	}
	if name != "" {
		start("key", "id", "g0", "for", "graph", "attr.name", "name", "attr.type", "string")
		end("key")
	}
	nodeKey := make([]string, len(units))
	for i, c := range units {
		nodeKey[i] = "d" + strconv.Itoa(i)
		start("key", "id", nodeKey[i], "for", "node", "attr.name", c.Name, "attr.type", typeNames[c.Type])
		end("key")
	}
	edgeKey := make([]string, len(edges))
	for i, c := range edges {
		edgeKey[i] = "d" + strconv.Itoa(len(units)+i)
		start("key", "id", edgeKey[i], "for", "edge", "attr.name", c.Name, "attr.type", typeNames[c.Type])
		end("key")
	}
	edgeDefault := "undirected"
	if opt.Directed {
		edgeDefault = "directed"
	}
	start("graph", "id", "G", "edgedefault", edgeDefault)
	if name != "" {
		data("g0", name)
	}
	for id, u := range n.Units() {
		start("node", "id", u.Key)
		for i := range units {
			if units[i].Has(id) {
				data(nodeKey[i], units[i].Text(id))
			}
		}
		end("node")
	}
	us := n.Units()
	for k := 0; k < ne; k++ {
		a, b := netio.Edge(n, opt.Directed, k)
		start("edge", "source", us[a].Key, "target", us[b].Key)
		for i := range edges {
			if edges[i].Has(k) {
				data(edgeKey[i], edges[i].Text(k))
			}
		}
		end("edge")
	}
	end("graph")
	end("graphml")
	if err == nil {
		err = e.Flush()
	}
	if err == nil {
		_, err = bw.WriteString("\n")
	}
	if err == nil {
		err = bw.Flush()
	}
	return err
}
