package dl

import (
	"bufio"
	"fmt"
	"io"
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
			if err := writeMatrices(bw, labels, rels, opt.Directed); err != nil {
				return err
			}
			return bw.Flush()
		}
	}
	fmt.Fprintf(bw, "DL n=%d\nformat = edgelist1\nlabels:\n", len(us))
	for _, l := range labels {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	bw.WriteString("labels embedded:\ndata:\n")
	var err error
	eachCell(n, opt.Directed, func(from, to int32, w float64) {
		if err == nil {
			_, err = fmt.Fprintf(bw, "%s %s %s\n", labels[from], labels[to], netio.FormatFloat(w))
		}
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// eachCell calls f with the cells of n's matrix in row order: each arc,
// or both cells of each tie. It walks the adjacency, which is in that
// order already, rather than collecting and sorting the cells.
func eachCell(n *graph.Network, directed bool, f func(from, to int32, w float64)) {
	if directed {
		for _, a := range n.Arcs() {
			f(a.From, a.To, a.Weight)
		}
		return
	}
	ties := n.Ties()
	for i := range n.Len() {
		nbr, ti := n.Neighbors(int64(i))
		for k, j := range nbr {
			f(int32(i), j, ties[ti[k]].Weight)
		}
	}
}

// writeMatrices writes one full matrix per relation, as UCINET writes a
// multirelational dataset.
func writeMatrices(bw *bufio.Writer, labels []string, rels []netio.Relation, directed bool) error {
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
		m, err := r.Network()
		if err != nil {
			return err
		}
		for j := range row {
			row[j] = "0"
		}
		from := int32(0)
		flush := func(to int32) {
			for ; from < to; from++ {
				bw.WriteString(strings.Join(row, " ") + "\n")
				for j := range row {
					row[j] = "0"
				}
			}
		}
		eachCell(m, directed, func(i, j int32, w float64) {
			flush(i)
			row[j] = netio.FormatFloat(w)
		})
		flush(int32(n))
	}
	return nil
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
