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
}

// Encode writes n to w as a DL edgelist1 file with labels embedded.
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
	var cells []netio.Cell
	if opt.Directed {
		for _, a := range n.Arcs() {
			cells = append(cells, netio.Cell{From: a.From, To: a.To, Weight: a.Weight})
		}
	} else {
		for _, t := range n.Ties() {
			cells = append(cells, netio.Cell{From: t.A, To: t.B, Weight: t.Weight},
				netio.Cell{From: t.B, To: t.A, Weight: t.Weight})
		}
		sort.Slice(cells, func(i, j int) bool {
			if cells[i].From != cells[j].From {
				return cells[i].From < cells[j].From
			}
			return cells[i].To < cells[j].To
		})
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "DL n=%d\nformat = edgelist1\nlabels:\n", len(us))
	for _, l := range labels {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	bw.WriteString("labels embedded:\ndata:\n")
	for _, c := range cells {
		fmt.Fprintf(bw, "%s %s %s\n", labels[c.From], labels[c.To], netio.FormatFloat(c.Weight))
	}
	return bw.Flush()
}

// label quotes a label that would otherwise split into several or read
// as a keyword of the header.
func label(s string) string {
	s = netio.CleanLabel(s)
	if s == "" || s == ":" || strings.ContainsAny(s, " \t,=\u00a0") || keywords[strings.TrimSuffix(strings.ToLower(s), ":")] {
		return `"` + s + `"`
	}
	return s
}
