package nodelink

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
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
	e.raw("\n],\n")
	writeRecords(e.bw, n)
	e.raw("\"links\": [")
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

// writeRecords writes the contacts and meetings that make n's ties, as
// the lists "contacts" and "meetings", so that a time window on the file
// read back gives what it gives on the data: the records of n's dataset
// in its window and relation between its units. A meeting some of whose
// units n leaves out is written as contacts between the others, with the
// weight each pair has from the whole meeting.
func writeRecords(bw *bufio.Writer, n *graph.Network) {
	d := n.Data
	if d == nil || len(d.Contacts)+len(d.Meetings) == 0 {
		return
	}
	in := make([]bool, len(d.Units))
	for i := range d.Units {
		id, ok := n.Lookup(d.Units[i].Key)
		in[i] = ok && n.Unit(id) == &d.Units[i]
	}
	win, keep := n.Options.Window, n.Options.Relation.Keeps(d)
	first := true
	item := func() {
		if !first {
			bw.WriteByte(',')
		}
		first = false
		bw.WriteString("\n{")
	}
	record := func(date graph.Date, kind graph.Kind, formal bool) {
		if date.Valid() {
			bw.WriteString(`, "date": ` + quote(date.String()))
		}
		if k := d.KindName(kind); k != "" {
			bw.WriteString(`, "kind": ` + quote(k))
		}
		bw.WriteString(`, "formal": ` + strconv.FormatBool(formal))
	}
	contact := func(a, b int32, w float64, date graph.Date, kind graph.Kind, formal bool) {
		item()
		bw.WriteString(`"source": ` + quote(d.Units[a].Key) + `, "target": ` + quote(d.Units[b].Key))
		record(date, kind, formal)
		bw.WriteString(`, "weight": ` + number(w) + "}")
	}
	bw.WriteString("\"contacts\": [")
	for i := range d.Contacts {
		c := &d.Contacts[i]
		if in[c.From] && in[c.To] && win.Contains(c.Date) && keep(c.Kind, c.Formal) {
			contact(c.From, c.To, c.Weight, c.Date, c.Kind, c.Formal)
		}
	}
	var whole []*graph.Meeting
	for i := range d.Meetings {
		m := &d.Meetings[i]
		if len(m.Units) < 2 || !win.Contains(m.Date) || !keep(m.Kind, m.Formal) {
			continue
		}
		var present []int32
		for _, u := range m.Units {
			if in[u] {
				present = append(present, u)
			}
		}
		if len(present) == len(m.Units) {
			whole = append(whole, m)
			continue
		}
		w := 1.0
		if n.Options.Projection == graph.ProjectNewman {
			w = 1 / float64(len(m.Units)-1)
		}
		for x, a := range present {
			for _, b := range present[x+1:] {
				contact(a, b, w, m.Date, m.Kind, m.Formal)
			}
		}
	}
	bw.WriteString("\n],\n\"meetings\": [")
	first = true
	for _, m := range whole {
		item()
		bw.WriteString(`"id": ` + quote(m.Key) + `, "units": [`)
		for j, u := range m.Units {
			if j > 0 {
				bw.WriteString(", ")
			}
			bw.WriteString(quote(d.Units[u].Key))
		}
		bw.WriteByte(']')
		record(m.Date, m.Kind, m.Formal)
		bw.WriteByte('}')
	}
	bw.WriteString("\n],\n")
}

// number writes a weight so that Python reads a float.
func number(w float64) string {
	t := netio.FormatFloat(w)
	if !strings.ContainsAny(t, ".eE") {
		t += ".0"
	}
	return t
}

// quote returns s as a JSON string, with æøå and <>& as they are.
func quote(s string) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.Encode(s) // a string always encodes
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}
