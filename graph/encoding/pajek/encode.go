package pajek

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// Options select what Encode writes.
type Options struct {
	// Directed writes the initiative graph as *Arcs, each weighted by the
	// sum of its contacts' weights, instead of the ties as *Edges.
	Directed bool
	// Names labels the vertices with the units' names instead of their
	// keys. Names need not be unique, so a file written this way may not
	// read back to the same units.
	Names bool
	// OneRelation writes the contacts of every kind as one relation,
	// for igraph and NetworkX, which do not read Pajek's multiple
	// relations.
	OneRelation bool
}

// Encode writes n to w as a Pajek .net file. When n's contacts and
// meetings are of several kinds, each kind is a relation of its own
// (*Edges :1 "meeting", *Edges :2 "phone", …), unless opt.OneRelation.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
	var rels []netio.Relation
	if !opt.OneRelation {
		var err error
		if rels, err = netio.Relations(n); err != nil {
			return err
		}
	}
	bw := bufio.NewWriter(w)
	if n.Data != nil && n.Data.Name != "" {
		fmt.Fprintf(bw, "*Network %s\n", netio.CleanLabel(n.Data.Name))
	}
	us := n.Units()
	fmt.Fprintf(bw, "*Vertices %d\n", len(us))
	for i, u := range us {
		label := u.Key
		if opt.Names && u.Name != "" {
			label = u.Name
		}
		fmt.Fprintf(bw, "%d \"%s\"\n", i+1, netio.CleanLabel(label))
	}
	if rels == nil {
		writeEdges(bw, n, opt.Directed, "")
		return bw.Flush()
	}
	for k, r := range rels {
		rel := ":" + strconv.Itoa(k+1)
		if r.Kind != "" {
			rel += " \"" + netio.CleanLabel(r.Kind) + "\""
		}
		m, err := r.Network()
		if err != nil {
			return err
		}
		writeEdges(bw, m, opt.Directed, rel)
	}
	return bw.Flush()
}

// writeEdges writes the *Edges or *Arcs of n, of relation rel when it is
// not "".
func writeEdges(bw *bufio.Writer, n *graph.Network, directed bool, rel string) {
	head := "*Edges"
	if directed {
		head = "*Arcs"
	}
	if rel != "" {
		head += " " + rel
	}
	bw.WriteString(head + "\n")
	if directed {
		for _, a := range n.Arcs() {
			fmt.Fprintf(bw, "%d %d %s\n", a.From+1, a.To+1, netio.FormatFloat(a.Weight))
		}
		return
	}
	for _, t := range n.Ties() {
		fmt.Fprintf(bw, "%d %d %s\n", t.A+1, t.B+1, netio.FormatFloat(t.Weight))
	}
}
