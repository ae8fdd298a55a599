package dl

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// Options select what Encode writes.
type Options struct {
	// Directed writes the initiative graph: one cell from → to for every
	// pair where from contacted to, valued by the contacts' weights.
	Directed bool
	// Names labels the units by name instead of key. Names need not be
	// unique, so a file written this way may not read back.
	Names bool
	// OneRelation writes the contacts of every kind as one matrix.
	OneRelation bool
}

// MaxMatrix is the most units of a network whose relations Encode writes
// as full matrices, one per kind; a larger one is written as one edge
// list of every kind.
const MaxMatrix = 2000

// noKind labels the matrix of contacts without a kind.
const noKind = "(no kind)"

// Encode writes n to w as a DL file: an edgelist1 with labels embedded,
// or, when n's contacts and meetings are of several kinds (and n has at
// most MaxMatrix units), one full matrix per kind with matrix labels.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
	us := n.Units()
	labels := make([]string, len(us))
	for i, u := range us {
		l := u.Key
		if opt.Names && u.Name != "" {
			l = u.Name
		}
		labels[i] = label(l)
	}
	bw := bufio.NewWriter(w)
	if !opt.OneRelation && len(us) <= MaxMatrix {
		rels, err := netio.Relations(n)
		if err != nil {
			return err
		}
		if rels != nil {
			writeMatrices(bw, labels, rels, opt.Directed)
			return bw.Flush()
		}
	}
	fmt.Fprintf(bw, "DL n=%d\nformat = edgelist1\nlabels:\n", len(us))
	for _, l := range labels {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	bw.WriteString("labels embedded:\ndata:\n")
	for _, c := range cells(n, opt.Directed) {
		fmt.Fprintf(bw, "%s %s %s\n", labels[c.From], labels[c.To], netio.FormatFloat(c.Weight))
	}
	return bw.Flush()
}

// cells returns the cells of n's matrix in row order: each arc, or both
// cells of each tie.
func cells(n *graph.Network, directed bool) []netio.Cell {
	var cs []netio.Cell
	if directed {
		for _, a := range n.Arcs() {
			cs = append(cs, netio.Cell{From: a.From, To: a.To, Weight: a.Weight})
		}
		return cs
	}
	for _, t := range n.Ties() {
		cs = append(cs, netio.Cell{From: t.A, To: t.B, Weight: t.Weight},
			netio.Cell{From: t.B, To: t.A, Weight: t.Weight})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].From != cs[j].From {
			return cs[i].From < cs[j].From
		}
		return cs[i].To < cs[j].To
	})
	return cs
}

// writeMatrices writes one full matrix per relation, as UCINET writes a
// multirelational dataset.
func writeMatrices(bw *bufio.Writer, labels []string, rels []netio.Relation, directed bool) {
	n := len(labels)
	fmt.Fprintf(bw, "DL n=%d nm=%d\nformat = fullmatrix\nlabels:\n", n, len(rels))
	for _, l := range labels {
		bw.WriteString(l + "\n")
	}
	bw.WriteString("matrix labels:\n")
	for _, r := range rels {
		k := r.Kind
		if k == "" {
			k = noKind
		}
		bw.WriteString(label(k) + "\n")
	}
	bw.WriteString("data:\n")
	row := make([]string, n)
	for _, r := range rels {
		cs := cells(r.Net, directed)
		if directed {
			sort.Slice(cs, func(i, j int) bool {
				return cs[i].From < cs[j].From || cs[i].From == cs[j].From && cs[i].To < cs[j].To
			})
		}
		k := 0
		for i := range n {
			for j := range row {
				row[j] = "0"
			}
			for ; k < len(cs) && cs[k].From == int32(i); k++ {
				row[cs[k].To] = netio.FormatFloat(cs[k].Weight)
			}
			bw.WriteString(strings.Join(row, " ") + "\n")
		}
	}
}

// label quotes a label that would otherwise split into several or read
// as a keyword of the header.
func label(s string) string {
	s = netio.CleanLabel(s)
	if s == "" || s == ":" || s == "!" || strings.ContainsAny(s, " \t,=\u00a0") || keywords[strings.TrimSuffix(strings.ToLower(s), ":")] {
		return `"` + s + `"`
	}
	return s
}
