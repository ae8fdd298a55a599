package gexf

import (
	"encoding/xml"
	"io"
	"strings"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

type attribute struct {
	title, def string
	hasDef     bool
}

type decoder struct {
	x          *netio.XMLReader
	src        *netio.Source
	b          *netio.Builder
	attrs      map[string]map[string]*attribute // class → id → attribute
	order      map[string][]string              // class → ids in declaration order
	timeFormat string
	graphs     int
}

// Decode reads a GEXF document from r into a dataset; name is the file
// name errors carry.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src, err := netio.Read(r, name)
	if err != nil {
		return nil, err
	}
	x, err := netio.NewXMLReader(src)
	if err != nil {
		return nil, err
	}
	dec := &decoder{x: x, src: src, b: netio.NewBuilder(src),
		attrs: map[string]map[string]*attribute{"node": {}, "edge": {}},
		order: map[string][]string{}}
	if err := dec.document(); err != nil {
		return nil, err
	}
	return dec.b.Finish()
}

func (dec *decoder) document() error {
	if err := dec.x.Root("gexf"); err != nil {
		return err
	}
	// The children of <gexf>: <meta> and <graph>.
	err := dec.x.Children(func(s xml.StartElement, off int) error {
		if s.Name.Local != "graph" {
			return dec.x.Skip()
		}
		if dec.graphs > 0 {
			return dec.src.Errorf(off, "a second <graph>: samkart reads one network per file")
		}
		dec.graphs++
		return dec.graph(s)
	})
	if err != nil {
		return err
	}
	if dec.graphs == 0 {
		return dec.src.FileError("no <graph> element")
	}
	return dec.x.Rest()
}

func (dec *decoder) graph(s xml.StartElement) error {
	dec.timeFormat, _ = netio.Attr(s, "timeformat")
	return dec.x.Children(func(t xml.StartElement, off int) error {
		switch t.Name.Local {
		case "attributes":
			var a gexf12.Attributes
			if err := dec.x.Element(&a, t, off); err != nil {
				return err
			}
			return dec.declare(&a, off)
		case "nodes":
			return dec.list(t.Name.Local, "node", dec.node)
		case "edges":
			return dec.list(t.Name.Local, "edge", dec.edge)
		}
		return dec.x.Skip()
	})
}

func (dec *decoder) declare(a *gexf12.Attributes, off int) error {
	class := a.Class
	if class != "node" && class != "edge" {
		return nil // graph attributes
	}
	for _, at := range a.Attributes {
		if _, dup := dec.attrs[class][at.ID]; dup {
			return dec.src.Errorf(off, "%s attribute %q is declared twice", class, at.ID)
		}
		dec.attrs[class][at.ID] = &attribute{title: at.Title, def: at.Default, hasDef: at.Default != ""}
		dec.order[class] = append(dec.order[class], at.ID)
	}
	return nil
}

// list reads the <node> or <edge> children of <nodes> or <edges>.
func (dec *decoder) list(parent, child string, each func(xml.StartElement, int) error) error {
	return dec.x.Children(func(t xml.StartElement, off int) error {
		if t.Name.Local != child {
			return dec.src.Errorf(off, "<%s> in <%s>: want <%s>", t.Name.Local, parent, child)
		}
		return each(t, off)
	})
}

// fields turns attribute values into named fields, adding the defaults of
// the attributes not given.
func (dec *decoder) fields(class string, av *gexf12.AttValues, off int) ([]netio.Field, error) {
	var fields []netio.Field
	seen := make(map[string]bool)
	if av != nil {
		for _, v := range av.AttValues {
			a := dec.attrs[class][v.For]
			if a == nil {
				return nil, dec.src.Errorf(off, "<attvalue for=%q>: no %s attribute with that id is declared", v.For, class)
			}
			seen[v.For] = true
			fields = append(fields, netio.Field{Name: a.title, Value: v.Value, Off: off})
		}
	}
	for _, id := range dec.order[class] {
		if a := dec.attrs[class][id]; a.hasDef && !seen[id] {
			fields = append(fields, netio.Field{Name: a.title, Value: a.def, Off: off})
		}
	}
	return fields, nil
}

func (dec *decoder) node(s xml.StartElement, off int) error {
	var n gexf12.Node
	if err := dec.x.Element(&n, s, off); err != nil {
		return err
	}
	if n.ID == "" {
		return dec.src.Errorf(off, "<node> without an id")
	}
	if n.Nodes != nil && len(n.Nodes.Nodes) > 0 {
		return dec.src.Errorf(off, "node %q: nested nodes are not supported", n.ID)
	}
	fields, err := dec.fields("node", n.AttValues, off)
	if err != nil {
		return err
	}
	if n.Label != "" {
		fields = append(fields, netio.Field{Name: "label", Value: n.Label, Off: off})
	}
	return dec.b.Node(n.ID, fields, off)
}

func (dec *decoder) edge(s xml.StartElement, off int) error {
	// The weight is read here, so that its errors are samkart's and a
	// decimal comma is accepted; gonum's type gets the rest.
	weight, hasWeight := netio.Attr(s, "weight")
	kept := s.Attr[:0:0]
	for _, a := range s.Attr {
		if a.Name.Local != "weight" {
			kept = append(kept, a)
		}
	}
	s.Attr = kept
	var e gexf12.Edge
	if err := dec.x.Element(&e, s, off); err != nil {
		return err
	}
	if e.Source == "" || e.Target == "" {
		return dec.src.Errorf(off, "<edge> without a source and a target")
	}
	// The first spell dates the contact when times are dates, unless an
	// attribute (first, date) does, which the fields after it override.
	var fields []netio.Field
	start := e.Start
	if e.Spells != nil && len(e.Spells.Spells) > 0 {
		start = e.Spells.Spells[0].Start
		for _, sp := range e.Spells.Spells[1:] {
			if sp.Start != "" && sp.Start < start {
				start = sp.Start
			}
		}
	}
	if start != "" && (dec.timeFormat == "date" || dec.timeFormat == "dateTime" || dec.timeFormat == "datetime") {
		if d, err := graph.ParseDateString(strings.TrimSpace(start)); err == nil && d.Valid() {
			fields = append(fields, netio.Field{Name: "start", Value: start, Off: off})
		}
	}
	attrs, err := dec.fields("edge", e.AttValues, off)
	if err != nil {
		return err
	}
	fields = append(fields, attrs...)
	if hasWeight {
		fields = append(fields, netio.Field{Name: "weight", Value: weight, Off: off})
	}
	return dec.b.Edge(e.Source, e.Target, fields, off)
}
