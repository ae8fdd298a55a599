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
	bw.WriteString("\n],\n\"links\": [")
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
