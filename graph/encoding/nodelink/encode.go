package nodelink

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// Options select what Encode writes.
type Options struct {
	// Directed writes the initiative graph: a link from → to for every
	// pair where from contacted to, with the contacts' count and weight.
	Directed bool
	// Extra adds per-unit measures as node attributes.
	Extra []encoding.Measure
}

// Encode writes n to w as node-link JSON: one node or link a line, in
// Python's separators (", " and ": ") as NetworkX's json.dumps writes
// them. Every key and value is encoded by encoding/json; numbers keep the
// lexical form every exchange format of package encoding writes, a double
// with a fraction (2.0) so that Python reads a float.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
	units, err := netio.UnitColumns(n, opt.Extra)
	if err != nil {
		return err
	}
	edges, ne := netio.EdgeColumns(n, opt.Directed)
	e := newEncoder(w)
	e.raw(`{"directed": `)
	e.value(opt.Directed)
	e.raw(`, "multigraph": false, "graph": {`)
	if n.Data != nil && n.Data.Name != "" {
		e.value("name")
		e.raw(": ")
		e.value(n.Data.Name)
	}
	e.raw("},\n\"nodes\": [")
	us := n.Units()
	for id, u := range us {
		if id > 0 {
			e.raw(",")
		}
		e.raw("\n{")
		e.member("", "id", u.Key)
		e.columns(units, id)
		e.raw("}")
	}
	e.raw("\n],\n\"links\": [")
	for k := 0; k < ne; k++ {
		if k > 0 {
			e.raw(",")
		}
		a, b := netio.Edge(n, opt.Directed, k)
		e.raw("\n{")
		e.member("", "source", us[a].Key)
		e.member(", ", "target", us[b].Key)
		e.columns(edges, k)
		e.raw("}")
	}
	e.raw("\n]}\n")
	return e.flush()
}

// encoder writes the document's layout itself and every key and value
// with one encoding/json encoder, which keeps æøå and <>& as they are.
type encoder struct {
	bw  *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newEncoder(w io.Writer) *encoder {
	e := &encoder{bw: bufio.NewWriter(w)}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// raw writes s, a piece of the layout, as it is.
func (e *encoder) raw(s string) { e.bw.WriteString(s) }

// value writes v as encoding/json encodes it.
func (e *encoder) value(v any) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	if e.err = e.enc.Encode(v); e.err == nil {
		e.bw.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	}
}

// member writes sep, then "key": v.
func (e *encoder) member(sep, key string, v any) {
	e.raw(sep)
	e.value(key)
	e.raw(": ")
	e.value(v)
}

// columns writes row's values of cols as members, leaving out the
// values the row does not have.
func (e *encoder) columns(cols []netio.Column, row int) {
	for i := range cols {
		c := &cols[i]
		if !c.Has(row) {
			continue
		}
		switch t := c.Text(row); c.Type {
		case netio.String:
			e.member(", ", c.Name, t)
		case netio.Double:
			if !strings.ContainsAny(t, ".eE") {
				t += ".0"
			}
			e.member(", ", c.Name, json.Number(t))
		default:
			e.member(", ", c.Name, json.Number(t))
		}
	}
}

func (e *encoder) flush() error {
	if err := e.bw.Flush(); e.err == nil {
		e.err = err
	}
	return e.err
}
