package graphml

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// key is a declared <key>: what its data elements mean.
type key struct {
	name   string // attr.name; data of a key without one (yEd's graphics) is ignored
	domain string // for: node, edge, graph, all, …
	def    string // the <default> value
	hasDef bool
}

func (k *key) applies(domain string) bool { return k.domain == domain || k.domain == "all" }

type decoder struct {
	x        *netio.XMLReader
	src      *netio.Source
	b        *netio.Builder
	keys     map[string]*key
	keyOrder []string // the order of declaration, so defaults are added deterministically
	graphs   int
	// nameIsID: the file has a node attribute label, so name is the
	// node's identifier, as igraph takes it and samkart writes it.
	nameIsID bool
}

// Decode reads a GraphML document from r into a dataset; name is the file
// name errors carry. The document is read as a stream.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src := netio.NewSource(r, name)
	x, err := netio.NewXMLReader(src)
	if err != nil {
		return nil, err
	}
	dec := &decoder{x: x, src: src, b: netio.NewBuilder(src), keys: make(map[string]*key)}
	if err := dec.document(); err != nil {
		return nil, err
	}
	d, err := dec.b.Finish()
	if err != nil {
		return nil, err
	}
	switch {
	case dec.b.TieDated() && !dec.b.Dated():
		d.NoDates = graph.T("GraphML-filen har første og siste dato for hvert bånd, ikke datoen for hver kontakt",
			"the GraphML file gives each tie's first and last date, not the date of each contact")
	case !dec.b.Dated():
		d.NoDates = graph.T("GraphML-filen har ingen datoer på kantene", "the GraphML file has no dates on its edges")
	}
	return d, nil
}

func (dec *decoder) document() error {
	if _, err := dec.x.Root("graphml"); err != nil {
		return err
	}
	if err := dec.graphml(); err != nil {
		return err
	}
	if dec.graphs == 0 {
		return dec.src.FileError("no <graph> element")
	}
	return dec.x.Rest()
}

// graphml reads the children of the root element.
func (dec *decoder) graphml() error {
	return dec.x.Children(func(t xml.StartElement, at netio.Pos) error {
		switch t.Name.Local {
		case "key":
			return dec.key(t, at)
		case "graph":
			if dec.graphs > 0 {
				return dec.src.Errorf(at, "a second <graph>: samkart reads one network per file")
			}
			dec.graphs++
			return dec.graph()
		}
		return dec.x.Skip() // <desc>, <data> of the document, extensions
	})
}

func (dec *decoder) key(s xml.StartElement, at netio.Pos) error {
	id, ok := netio.Attr(s, "id")
	if !ok {
		return dec.src.Errorf(at, "<key> without an id")
	}
	if _, dup := dec.keys[id]; dup {
		return dec.src.Errorf(at, "key %q is declared twice", id)
	}
	if len(dec.keys) >= dec.src.Limits.MaxAttrs {
		return dec.src.TooMany(at, dec.src.Limits.MaxAttrs, graph.T("<key>-er", "<key>s"))
	}
	k := &key{domain: "all"}
	k.name, _ = netio.Attr(s, "attr.name")
	if v, ok := netio.Attr(s, "for"); ok {
		k.domain = v
	}
	if k.applies("node") && strings.EqualFold(k.name, "label") {
		dec.nameIsID = true
	}
	dec.keys[id] = k
	dec.keyOrder = append(dec.keyOrder, id)
	return dec.x.Children(func(t xml.StartElement, _ netio.Pos) error {
		if t.Name.Local != "default" {
			return dec.x.Skip()
		}
		var err error
		k.def, err = dec.x.Text()
		k.hasDef = true
		return err
	})
}

func (dec *decoder) graph() error {
	return dec.x.Children(func(t xml.StartElement, at netio.Pos) error {
		switch t.Name.Local {
		case "node":
			return dec.node(t, at)
		case "edge":
			return dec.edge(t, at)
		case "hyperedge":
			return dec.src.Errorf(at, "<hyperedge> is not supported: write multi-party meetings as edges between every pair")
		case "graph":
			return dec.src.Errorf(at, "nested <graph> is not supported")
		}
		return dec.x.Skip() // <data> of the graph, <desc>, <locator>
	})
}

// fields reads the <data> children of a node or edge, adding the defaults
// of the keys it does not set.
func (dec *decoder) fields(domain string) ([]netio.Field, error) {
	var fields []netio.Field
	seen := make(map[string]bool)
	for {
		t, at, err := dec.x.Token()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.EndElement:
			for _, id := range dec.keyOrder {
				k := dec.keys[id]
				if k.hasDef && k.name != "" && k.applies(domain) && !seen[id] {
					fields = append(fields, netio.Field{Name: k.name, Value: k.def, At: at})
				}
			}
			return fields, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "data":
				id, ok := netio.Attr(t, "key")
				if !ok {
					return nil, dec.src.Errorf(at, "<data> without a key")
				}
				k := dec.keys[id]
				if k == nil {
					return nil, dec.src.Errorf(at, "<data key=%q>: no <key> with that id is declared", id)
				}
				v, err := dec.x.Text()
				if err != nil {
					return nil, err
				}
				seen[id] = true
				if k.name != "" {
					fields = append(fields, netio.Field{Name: k.name, Value: v, At: at})
				}
			case "graph":
				return nil, dec.src.Errorf(at, "nested <graph> is not supported")
			default:
				if err := dec.x.Skip(); err != nil { // <port>, <desc>
					return nil, err
				}
			}
		}
	}
}

func (dec *decoder) node(s xml.StartElement, at netio.Pos) error {
	id, ok := netio.Attr(s, "id")
	if !ok {
		return dec.src.Errorf(at, "<node> without an id")
	}
	fields, err := dec.fields("node")
	if err != nil {
		return err
	}
	if dec.nameIsID {
		fields = nameAsID(fields)
	}
	return dec.b.Node(id, fields, at)
}

// nameAsID reads a node's name attribute as its identifier, as igraph
// does, in a file whose display names are labels: after an id attribute,
// which wins when there is one.
func nameAsID(fields []netio.Field) []netio.Field {
	out := make([]netio.Field, 0, len(fields))
	for _, f := range fields {
		if strings.EqualFold(f.Name, "id") {
			out = append(out, f)
		}
	}
	for _, f := range fields {
		switch {
		case strings.EqualFold(f.Name, "id"):
		case strings.EqualFold(f.Name, "name"):
			f.Name = "id"
			out = append(out, f)
		default:
			out = append(out, f)
		}
	}
	return out
}

func (dec *decoder) edge(s xml.StartElement, at netio.Pos) error {
	source, ok := netio.Attr(s, "source")
	if !ok {
		return dec.src.Errorf(at, "<edge> without a source")
	}
	target, ok := netio.Attr(s, "target")
	if !ok {
		return dec.src.Errorf(at, "<edge> without a target")
	}
	fields, err := dec.fields("edge")
	if err != nil {
		return err
	}
	return dec.b.Edge(source, target, fields, at)
}
