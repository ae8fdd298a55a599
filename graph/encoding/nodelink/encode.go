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

// Encode writes n to w as node-link JSON.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
	units, err := netio.UnitColumns(n, opt.Extra)
	if err != nil {
		return err
	}
	edges, ne := netio.EdgeColumns(n, opt.Directed)
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"directed": `)
	if opt.Directed {
		bw.WriteString("true")
	} else {
		bw.WriteString("false")
	}
	bw.WriteString(`, "multigraph": false, "graph": {`)
	if n.Data != nil && n.Data.Name != "" {
		bw.WriteString(`"name": ` + quote(n.Data.Name))
	}
	bw.WriteString("},\n\"nodes\": [")
	us := n.Units()
	for id, u := range us {
		if id > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n{\"id\": " + quote(u.Key))
		writeValues(bw, units, id)
		bw.WriteByte('}')
	}
	bw.WriteString("\n],\n")
	writeRecords(bw, n)
	bw.WriteString("\"links\": [")
	for k := 0; k < ne; k++ {
		if k > 0 {
			bw.WriteByte(',')
		}
		a, b := netio.Edge(n, opt.Directed, k)
		bw.WriteString("\n{\"source\": " + quote(us[a].Key) + ", \"target\": " + quote(us[b].Key))
		writeValues(bw, edges, k)
		bw.WriteByte('}')
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

func writeValues(bw *bufio.Writer, cols []netio.Column, row int) {
	for i := range cols {
		c := &cols[i]
		if !c.Has(row) {
			continue
		}
		bw.WriteString(", " + quote(c.Name) + ": ")
		switch t := c.Text(row); c.Type {
		case netio.String:
			bw.WriteString(quote(t))
		case netio.Double:
			// A whole double keeps a fraction, so that Python reads a float.
			if !strings.ContainsAny(t, ".eE") {
				t += ".0"
			}
			bw.WriteString(t)
		default:
			bw.WriteString(t)
		}
	}
}

// quote returns s as a JSON string, with æøå and <>& as they are.
func quote(s string) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.Encode(s) // a string always encodes
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
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
