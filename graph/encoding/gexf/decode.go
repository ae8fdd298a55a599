package gexf

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// attribute is a declared node or edge attribute.
type attribute struct {
	title, def string
	hasDef     bool
	dynamic    bool // declared in <attributes mode="dynamic">
}

type decoder struct {
	x          *netio.XMLReader
	src        *netio.Source
	b          *netio.Builder
	attrs      map[string]map[string]*attribute // class → id → attribute
	order      map[string][]string              // class → ids in declaration order
	timeFormat string                           // the graph's timeformat
	graphs     int

	numeric bool // times were numbers, not dates
	dated   bool // an edge was dated by its times
}

// Decode reads a GEXF document from r into a dataset; name is the file
// name errors carry. The document is read as a stream.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src := netio.NewSource(r, name)
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
	d, err := dec.b.Finish()
	if err != nil {
		return nil, err
	}
	switch {
	case dec.numeric:
		d.NoDates = graph.T("tidene i GEXF-filen er tall ("+dec.timeFormatName()+"), ikke datoer",
			"the GEXF file's times are numbers ("+dec.timeFormatName()+"), not dates")
	case dec.dated || dec.b.Dated():
	case dec.b.TieDated():
		d.NoDates = graph.T("GEXF-filen har første og siste dato for hvert bånd, ikke datoen for hver kontakt",
			"the GEXF file gives each tie's first and last date, not the date of each contact")
	default:
		d.NoDates = graph.T("GEXF-filen har ingen datoer på kantene", "the GEXF file has no dates on its edges")
	}
	return d, nil
}

func (dec *decoder) timeFormatName() string {
	if dec.timeFormat == "" {
		return "timeformat double"
	}
	return "timeformat " + dec.timeFormat
}

func (dec *decoder) document() error {
	if _, err := dec.x.Root("gexf"); err != nil {
		return err
	}
	// The children of <gexf>: <meta> and <graph>.
	err := dec.x.Children(func(s xml.StartElement, at netio.Pos) error {
		if s.Name.Local != "graph" {
			return dec.x.Skip()
		}
		if dec.graphs > 0 {
			return dec.src.Errorf(at, "a second <graph>: samkart reads one network per file")
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
	return dec.x.Children(func(t xml.StartElement, at netio.Pos) error {
		switch t.Name.Local {
		case "attributes":
			return dec.declare(t, at)
		case "nodes":
			return dec.list(t.Name.Local, "node", dec.node)
		case "edges":
			return dec.list(t.Name.Local, "edge", dec.edge)
		}
		return dec.x.Skip()
	})
}

// declare reads an <attributes> element.
func (dec *decoder) declare(s xml.StartElement, at netio.Pos) error {
	class, _ := netio.Attr(s, "class")
	mode, _ := netio.Attr(s, "mode")
	return dec.x.Children(func(t xml.StartElement, tat netio.Pos) error {
		if t.Name.Local != "attribute" || (class != "node" && class != "edge") {
			return dec.x.Skip() // graph attributes
		}
		id, _ := netio.Attr(t, "id")
		if _, dup := dec.attrs[class][id]; dup {
			return dec.src.Errorf(at, "%s attribute %q is declared twice", class, id)
		}
		if len(dec.attrs[class]) >= dec.src.Limits.MaxAttrs {
			return dec.src.TooMany(tat, dec.src.Limits.MaxAttrs, graph.T("attributter", "attributes"))
		}
		a := &attribute{dynamic: mode == "dynamic"}
		a.title, _ = netio.Attr(t, "title")
		err := dec.x.Children(func(c xml.StartElement, _ netio.Pos) error {
			if c.Name.Local != "default" {
				return dec.x.Skip()
			}
			v, err := dec.x.Text()
			a.def, a.hasDef = v, v != ""
			return err
		})
		dec.attrs[class][id] = a
		dec.order[class] = append(dec.order[class], id)
		return err
	})
}

// list reads the <node> or <edge> children of <nodes> or <edges>.
func (dec *decoder) list(parent, child string, each func(xml.StartElement, netio.Pos) error) error {
	return dec.x.Children(func(t xml.StartElement, at netio.Pos) error {
		if t.Name.Local != child {
			return dec.src.Errorf(at, "<%s> in <%s>: want <%s>", t.Name.Local, parent, child)
		}
		return each(t, at)
	})
}

// value is one <attvalue>, with its time when it has one.
type value struct {
	attr       *attribute
	v          string
	start, end string // start and end, or the timestamp twice
	at         netio.Pos
}

// element is what a node's or edge's children say.
type element struct {
	values []value
	spells []spell
}

type spell struct {
	start, end string
	at         netio.Pos
}

// children reads the children of a node or edge: attribute values,
// spells, and drawing (viz) elements, which are left out with a note.
func (dec *decoder) children(class, id string) (element, error) {
	var el element
	err := dec.x.Children(func(t xml.StartElement, at netio.Pos) error {
		switch t.Name.Local {
		case "attvalues":
			return dec.x.Children(func(v xml.StartElement, vat netio.Pos) error {
				if v.Name.Local != "attvalue" {
					return dec.x.Skip()
				}
				for_, _ := netio.Attr(v, "for")
				if for_ == "" {
					for_, _ = netio.Attr(v, "id") // GEXF 1.1
				}
				a := dec.attrs[class][for_]
				if a == nil {
					return dec.src.Errorf(vat, "<attvalue for=%q>: no %s attribute with that id is declared", for_, class)
				}
				if len(el.values) >= dec.src.Limits.MaxAttrs {
					return dec.src.TooMany(vat, dec.src.Limits.MaxAttrs, graph.T("verdier på ett element", "values on one element"))
				}
				val, _ := netio.Attr(v, "value")
				start, end := times(v)
				el.values = append(el.values, value{attr: a, v: val, start: start, end: end, at: vat})
				return dec.x.Skip()
			})
		case "spells":
			return dec.x.Children(func(sp xml.StartElement, sat netio.Pos) error {
				if sp.Name.Local == "spell" {
					if len(el.spells) >= dec.src.Limits.MaxAttrs {
						return dec.src.TooMany(sat, dec.src.Limits.MaxAttrs, graph.T("perioder på ett element", "spells on one element"))
					}
					start, end := times(sp)
					el.spells = append(el.spells, spell{start, end, sat})
				}
				return dec.x.Skip()
			})
		case "nodes":
			if class == "node" {
				return dec.src.Errorf(at, "node %q: nested nodes are not supported", id)
			}
		case "color", "position", "size", "shape", "thickness":
			dec.b.WarnOnce("viz", at, graph.T(
				"GEXF-filens tegning (viz: farger, posisjoner, størrelser) er ikke lest; samkart tegner sine egne diagrammer",
				"the GEXF file's drawing (viz: colours, positions, sizes) is not read; samkart lays out its own diagrams"))
		}
		return dec.x.Skip()
	})
	return el, err
}

// times returns the start and end of an element, attvalue or spell: its
// start and end, or its timestamp as both.
func times(s xml.StartElement) (start, end string) {
	if ts, ok := netio.Attr(s, "timestamp"); ok {
		return ts, ts
	}
	start, _ = netio.Attr(s, "start")
	end, _ = netio.Attr(s, "end")
	return start, end
}

// listSpells reads GEXF 1.3's timestamps="<[a, b]>" and
// intervals="<[a, b]; [c, d]>" attributes as spells.
func listSpells(s xml.StartElement, at netio.Pos) []spell {
	var out []spell
	if v, ok := netio.Attr(s, "timestamps"); ok {
		for _, ts := range strings.Split(strings.Trim(v, "<>[] "), ",") {
			if ts = strings.TrimSpace(ts); ts != "" {
				out = append(out, spell{ts, ts, at})
			}
		}
	}
	if v, ok := netio.Attr(s, "intervals"); ok {
		for _, iv := range strings.Split(strings.Trim(v, "<> "), ";") {
			se := strings.Split(strings.Trim(strings.TrimSpace(iv), "[]()"), ",")
			if len(se) == 2 {
				out = append(out, spell{strings.TrimSpace(se[0]), strings.TrimSpace(se[1]), at})
			}
		}
	}
	if start, end := times(s); start != "" || end != "" {
		out = append(out, spell{start, end, at})
	}
	return out
}

// fields turns static attribute values into named fields, adding the
// defaults of the attributes not given. A dynamic attribute with several
// values gives its latest, with a note, except the weight, which the
// caller reads.
func (dec *decoder) fields(class string, vals []value, at netio.Pos) []netio.Field {
	var fields []netio.Field
	latest := make(map[*attribute]int)
	since := make(map[*attribute]string) // the start of the value kept
	for _, v := range vals {
		if class == "edge" && isDynamicWeight(v) {
			continue
		}
		if i, ok := latest[v.attr]; ok {
			if v.start >= since[v.attr] {
				fields[i] = netio.Field{Name: v.attr.title, Value: v.v, At: v.at}
				since[v.attr] = v.start
			}
			dec.b.WarnOnce("dynamic "+class+" "+v.attr.title, v.at, graph.T(
				"egenskapen "+v.attr.title+" endrer seg over tid; den siste verdien er lest",
				"the attribute "+v.attr.title+" changes over time; its latest value is read"))
			continue
		}
		latest[v.attr] = len(fields)
		since[v.attr] = v.start
		fields = append(fields, netio.Field{Name: v.attr.title, Value: v.v, At: v.at})
	}
	for _, id := range dec.order[class] {
		if a := dec.attrs[class][id]; a.hasDef {
			if _, given := latest[a]; !given {
				fields = append(fields, netio.Field{Name: a.title, Value: a.def, At: at})
			}
		}
	}
	return fields
}

func (dec *decoder) node(s xml.StartElement, at netio.Pos) error {
	id, _ := netio.Attr(s, "id")
	if id == "" {
		return dec.src.Errorf(at, "<node> without an id")
	}
	el, err := dec.children("node", id)
	if err != nil {
		return err
	}
	if len(el.spells) > 0 || len(listSpells(s, at)) > 0 {
		dec.b.WarnOnce("node spells", at, graph.T(
			"nodenes perioder (spells) er ikke lest: en enhet er med hele tiden, og kontaktene dens dateres hver for seg",
			"the nodes' spells are not read: a unit is present throughout, and its contacts are dated one by one"))
	}
	fields := dec.fields("node", el.values, at)
	if label, ok := netio.Attr(s, "label"); ok && label != "" {
		fields = append(fields, netio.Field{Name: "label", Value: label, At: at})
	}
	return dec.b.Node(id, fields, at)
}
