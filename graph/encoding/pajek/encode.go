package pajek

import (
	"bufio"
	"fmt"
	"io"
	"sort"
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
}

// Encode writes n to w as a Pajek .net file.
func Encode(w io.Writer, n *graph.Network, opt Options) error {
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
	if opt.Directed {
		bw.WriteString("*Arcs\n")
		for _, a := range n.Arcs() {
			fmt.Fprintf(bw, "%d %d %s\n", a.From+1, a.To+1, netio.FormatFloat(a.Weight))
		}
	} else {
		bw.WriteString("*Edges\n")
		for _, t := range n.Ties() {
			fmt.Fprintf(bw, "%d %d %s\n", t.A+1, t.B+1, netio.FormatFloat(t.Weight))
		}
	}
	return bw.Flush()
}

// Partition says what a .clu partition groups the units by.
type Partition uint8

// The partitions EncodePartition writes.
const (
	ByAgency Partition = iota // clusters 1…k for the agencies in key order; 0 for none
	ByLevel                   // the level, 1 national … 6 user; 0 when unknown
)

// EncodePartition writes a Pajek .clu partition of n's units, in the
// vertex order of Encode: first comment lines naming each cluster in
// English and bokmål, then *Vertices N and one cluster number per line.
func EncodePartition(w io.Writer, n *graph.Network, by Partition) error {
	us := n.Units()
	cluster := make([]int, len(us))
	bw := bufio.NewWriter(w)
	switch by {
	case ByAgency:
		labels := make(map[string]string)
		for _, u := range us {
			if u.Agency != "" && labels[u.Agency] == "" {
				labels[u.Agency] = u.AgencyLabel
			}
		}
		keys := make([]string, 0, len(labels))
		for k := range labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		number := make(map[string]int, len(keys))
		bw.WriteString("% samkart: partition by agency (etat)\n")
		for i, k := range keys {
			number[k] = i + 1
			name := graph.AgencyName(k, labels[k])
			fmt.Fprintf(bw, "%% %d = %s (%s / %s)\n", i+1, netio.CleanLabel(k),
				netio.CleanLabel(name.EN), netio.CleanLabel(name.NB))
		}
		bw.WriteString("% 0 = no agency (uten etat)\n")
		for i, u := range us {
			cluster[i] = number[u.Agency]
		}
	case ByLevel:
		seen := make(map[graph.Level]bool)
		for i, u := range us {
			cluster[i] = int(u.Level)
			seen[u.Level] = true
		}
		levels := make([]int, 0, len(seen))
		for l := range seen {
			levels = append(levels, int(l))
		}
		sort.Ints(levels)
		bw.WriteString("% samkart: partition by level (nivå)\n")
		for _, l := range levels {
			name := graph.Level(l).Label()
			fmt.Fprintf(bw, "%% %d = %s / %s\n", l, name.EN, name.NB)
		}
	default:
		return fmt.Errorf("pajek: unknown partition %d", by)
	}
	fmt.Fprintf(bw, "*Vertices %d\n", len(us))
	for _, c := range cluster {
		bw.WriteString(strconv.Itoa(c))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
