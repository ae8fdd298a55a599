package graphml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
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

type decoder struct {
	src  *netio.Source
	d    *xml.Decoder
	b    *netio.Builder
	keys map[string]*key
	// order of declaration, so defaults are added deterministically
	keyOrder []string
	graphs   int
	open     []string // the elements open at the current token
}

// Decode reads a GraphML document from r into a dataset; name is the file
// name errors carry.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src, err := netio.Read(r, name)
	if err != nil {
		return nil, err
	}
	if err := recode(src); err != nil {
		return nil, err
	}
	dec := &decoder{src: src, b: netio.NewBuilder(src), keys: make(map[string]*key)}
	dec.d = xml.NewDecoder(bytes.NewReader(src.Data))
	// The document is UTF-8 by now (recode); a declared single-byte
	// encoding needs no further conversion.
	dec.d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) { return input, nil }
	if err := dec.document(); err != nil {
		return nil, err
	}
	return dec.b.Finish()
}

var declEncoding = regexp.MustCompile(`^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// recode converts a document declared as Latin-1 or Windows-1252 to UTF-8;
// other encodings than these and UTF-8 are refused.
func recode(src *netio.Source) error {
	m := declEncoding.FindSubmatch(src.Data)
	if m == nil {
		return nil
	}
	switch strings.ToLower(string(m[1])) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return nil
	case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15":
		src.Data = []byte(netio.Windows1252(src.Data))
		return nil
	}
	return src.Errorf(bytes.Index(src.Data, m[1]), "encoding %q: want UTF-8, ISO-8859-1 or Windows-1252", m[1])
}

// token returns the next token and the byte offset where it starts.
func (dec *decoder) token() (xml.Token, int, error) {
	off := int(dec.d.InputOffset())
	t, err := dec.d.Token()
	if err != nil {
		if err == io.EOF {
			return nil, off, err
		}
		return nil, off, dec.wrap(err)
	}
	switch t := t.(type) {
	case xml.StartElement:
		dec.open = append(dec.open, t.Name.Local)
	case xml.EndElement:
		dec.open = dec.open[:max(0, len(dec.open)-1)]
	}
	return t, off, nil
}

func attr(s xml.StartElement, name string) (string, bool) {
	for _, a := range s.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func (dec *decoder) document() error {
	for {
		t, off, err := dec.token()
		if err == io.EOF {
			return dec.src.FileError("no <graphml> element")
		}
		if err != nil {
			return err
		}
		if s, ok := t.(xml.StartElement); ok {
			if s.Name.Local != "graphml" {
				return dec.src.Errorf(off, "<%s>: want a <graphml> document", s.Name.Local)
			}
			if err := dec.graphml(); err != nil {
				return err
			}
			break
		}
	}
	if dec.graphs == 0 {
		return dec.src.FileError("no <graph> element")
	}
	// Anything after the root must be well-formed too.
	for {
		_, _, err := dec.token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// graphml reads the children of the root element.
func (dec *decoder) graphml() error {
	for {
		t, off, err := dec.token()
		if err == io.EOF {
			return dec.src.Errorf(off, "unexpected end of file: <graphml> is not closed")
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "key":
				err = dec.key(t, off)
			case "graph":
				if dec.graphs > 0 {
					return dec.src.Errorf(off, "a second <graph>: samkart reads one network per file")
				}
				dec.graphs++
				err = dec.graph()
			default:
				err = dec.skip() // <desc>, <data> of the document, extensions
			}
			if err != nil {
				return err
			}
		}
	}
}

// wrap gives an error of the XML decoder a position.
func (dec *decoder) wrap(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
	}
	if msg == "unexpected EOF" {
		msg = "unexpected end of file"
		if len(dec.open) > 0 {
			msg += ": <" + dec.open[len(dec.open)-1] + "> is not closed"
		}
	}
	return dec.src.Errorf(int(dec.d.InputOffset()), "%s", msg)
}

func (dec *decoder) key(s xml.StartElement, off int) error {
	id, ok := attr(s, "id")
	if !ok {
		return dec.src.Errorf(off, "<key> without an id")
	}
	k := &key{domain: "all"}
	k.name, _ = attr(s, "attr.name")
	if v, ok := attr(s, "for"); ok {
		k.domain = v
	}
	if _, dup := dec.keys[id]; dup {
		return dec.src.Errorf(off, "key %q is declared twice", id)
	}
	dec.keys[id] = k
	dec.keyOrder = append(dec.keyOrder, id)
	for {
		t, off, err := dec.token()
		if err == io.EOF {
			return dec.src.Errorf(off, "unexpected end of file in <key>")
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if t.Name.Local == "default" {
				v, err := dec.text()
				if err != nil {
					return err
				}
				k.def, k.hasDef = v, true
			} else if err := dec.skip(); err != nil {
				return err
			}
		}
	}
}

// skip consumes the rest of the current element.
func (dec *decoder) skip() error {
	_, err := dec.text()
	return err
}

// text returns the character data of the current element, skipping any
// child elements (yEd's graphics), and consumes its end.
func (dec *decoder) text() (string, error) {
	var b strings.Builder
	depth := 0
	for {
		t, off, err := dec.token()
		if err == io.EOF {
			return "", dec.src.Errorf(off, "unexpected end of file")
		}
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			if depth == 0 {
				b.Write(t)
			}
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		}
	}
}

func (k *key) applies(domain string) bool { return k.domain == domain || k.domain == "all" }

func (dec *decoder) graph() error {
	for {
		t, off, err := dec.token()
		if err == io.EOF {
			return dec.src.Errorf(off, "unexpected end of file: <graph> is not closed")
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "node":
				err = dec.node(t, off)
			case "edge":
				err = dec.edge(t, off)
			case "hyperedge":
				return dec.src.Errorf(off, "<hyperedge> is not supported: write multi-party meetings as edges between every pair")
			case "graph":
				return dec.src.Errorf(off, "nested <graph> is not supported")
			default:
				err = dec.skip() // <data> of the graph, <desc>, <locator>
			}
			if err != nil {
				return err
			}
		}
	}
}

// fields reads the <data> children of a node or edge.
func (dec *decoder) fields(domain, what string) ([]netio.Field, error) {
	var fields []netio.Field
	seen := make(map[string]bool)
	for {
		t, off, err := dec.token()
		if err == io.EOF {
			return nil, dec.src.Errorf(off, "unexpected end of file: <%s> is not closed", what)
		}
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.EndElement:
			// Defaults for the keys the element does not set.
			for _, id := range dec.keyOrder {
				k := dec.keys[id]
				if k.hasDef && k.name != "" && k.applies(domain) && !seen[id] {
					fields = append(fields, netio.Field{Name: k.name, Value: k.def, Off: off})
				}
			}
			return fields, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "data":
				id, ok := attr(t, "key")
				if !ok {
					return nil, dec.src.Errorf(off, "<data> without a key")
				}
				k := dec.keys[id]
				if k == nil {
					return nil, dec.src.Errorf(off, "<data key=%q>: no <key> with that id is declared", id)
				}
				v, err := dec.text()
				if err != nil {
					return nil, err
				}
				seen[id] = true
				if k.name != "" {
					fields = append(fields, netio.Field{Name: k.name, Value: v, Off: off})
				}
			case "graph":
				return nil, dec.src.Errorf(off, "nested <graph> is not supported")
			default:
				if err := dec.skip(); err != nil { // <port>, <desc>
					return nil, err
				}
			}
		}
	}
}

func (dec *decoder) node(s xml.StartElement, off int) error {
	id, ok := attr(s, "id")
	if !ok {
		return dec.src.Errorf(off, "<node> without an id")
	}
	fields, err := dec.fields("node", "node")
	if err != nil {
		return err
	}
	return dec.b.Node(id, fields, off)
}

func (dec *decoder) edge(s xml.StartElement, off int) error {
	source, ok := attr(s, "source")
	if !ok {
		return dec.src.Errorf(off, "<edge> without a source")
	}
	target, ok := attr(s, "target")
	if !ok {
		return dec.src.Errorf(off, "<edge> without a target")
	}
	fields, err := dec.fields("edge", "edge")
	if err != nil {
		return err
	}
	return dec.b.Edge(source, target, fields, off)
}
