package encoding_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/samkart/samkart/graph/encoding/graphml"
	"github.com/samkart/samkart/graph/encoding/nodelink"
)

// networkxJSON returns node-link JSON as NetworkX's json.dump writes it
// for n nodes and n links: on one line, or with a line per node and link
// as json.dump(…, indent=1) writes it (lines set).
func networkxJSON(n int, lines bool) []byte {
	var b bytes.Buffer
	nl := ""
	if lines {
		nl = "\n "
	}
	b.WriteString(`{"directed": false, "multigraph": false, "graph": {}, "nodes": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `%s{"name": "Enhet %d i Bod\u00f8", "agency": "nav", "level": 4, "id": "u%d"}`, nl, i, i)
	}
	b.WriteString(`], "links": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `%s{"weight": 1.5, "source": "u%d", "target": "u%d"}`, nl, i, (i*7+1)%n)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// graphmlOneLine returns GraphML of n nodes and n edges on one line.
func graphmlOneLine(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">` +
		`<key id="d0" for="node" attr.name="name" attr.type="string"/><key id="d1" for="edge" attr.name="weight" attr.type="double"/>` +
		`<graph edgedefault="undirected">`)
	for i := range n {
		fmt.Fprintf(&b, `<node id="u%d"><data key="d0">Enhet %d i Bodø</data></node>`, i, i)
	}
	for i := range n {
		fmt.Fprintf(&b, `<edge source="u%d" target="u%d"><data key="d1">1.5</data></edge>`, i, (i*7+1)%n)
	}
	b.WriteString("</graph></graphml>")
	return b.Bytes()
}

// BenchmarkNodeLink50k decodes 50 000 nodes and links of NetworkX JSON on
// one line and on a line each: positions are counted from the last one,
// not from the start of the line, so the one-line file takes about as
// long as the other (it took 146 times as long when they were counted
// from the start of the line).
func BenchmarkNodeLink50k(b *testing.B) {
	for _, tc := range []struct {
		name  string
		lines bool
	}{{"one-line", false}, {"lines", true}} {
		data := networkxJSON(50000, tc.lines)
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for range b.N {
				if _, err := nodelink.Decode(bytes.NewReader(data), "nx.json"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGraphMLOneLine80k decodes 80 000 nodes and edges of GraphML on
// one line.
func BenchmarkGraphMLOneLine80k(b *testing.B) {
	data := graphmlOneLine(80000)
	b.SetBytes(int64(len(data)))
	for range b.N {
		if _, err := graphml.Decode(bytes.NewReader(data), "x.graphml"); err != nil {
			b.Fatal(err)
		}
	}
}
