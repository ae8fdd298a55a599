package pajek

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// Partition says what a .clu partition groups the units by.
type Partition uint8

// The partitions EncodePartition writes and DecodePartition reads.
const (
	ByAgency       Partition = iota // clusters 1…k for the agencies in key order; 0 for none
	ByLevel                         // the level, 1 national … 6 user; 0 when unknown
	ByMunicipality                  // clusters 1…k for the municipalities in name order; 0 for none
)

// partitionNames are the partitions' names, indexed by value.
var partitionNames = [...]string{ByAgency: "agency", ByLevel: "level", ByMunicipality: "municipality"}

// Partitions returns the partitions in the order of their names in help.
func Partitions() []Partition { return []Partition{ByMunicipality, ByAgency, ByLevel} }

// String returns the partition's name: municipality, agency or level.
func (p Partition) String() string {
	if int(p) < len(partitionNames) {
		return partitionNames[p]
	}
	return "Partition(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns the partition's name.
func (p Partition) MarshalText() ([]byte, error) {
	if int(p) >= len(partitionNames) {
		return nil, fmt.Errorf("pajek: unknown partition %d", int(p))
	}
	return []byte(partitionNames[p]), nil
}

// UnmarshalText accepts a partition's name, municipality, agency or
// level, in any case.
func (p *Partition) UnmarshalText(b []byte) error {
	if q, ok := partitionNamed(string(b)); ok {
		*p = q
		return nil
	}
	var names []string
	for _, q := range Partitions() {
		names = append(names, q.String())
	}
	return graph.NotOneOf(names...)
}

// partitionNamed returns the partition a name means, in English or
// bokmål.
func partitionNamed(name string) (Partition, bool) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "agency", "etat":
		return ByAgency, true
	case "level", "nivå", "nivaa":
		return ByLevel, true
	case "municipality", "kommune":
		return ByMunicipality, true
	}
	return 0, false
}

// EncodePartition writes a Pajek .clu partition of n's units, in the
// vertex order of Encode: first comment lines naming each cluster, in
// quotes as DecodePartition reads them back (and for agencies their
// names in English and bokmål), then *Vertices N and one cluster number
// per line.
func EncodePartition(w io.Writer, n *graph.Network, by Partition) error {
	us := n.Units()
	cluster := make([]int, len(us))
	bw := bufio.NewWriter(w)
	switch by {
	case ByAgency, ByMunicipality:
		labels := make(map[string]string)
		value := func(u *graph.Unit) string {
			if by == ByAgency {
				return u.Agency
			}
			return u.Municipality
		}
		for _, u := range us {
			if v := value(u); v != "" && labels[v] == "" {
				labels[v] = u.AgencyLabel
			}
		}
		keys := make([]string, 0, len(labels))
		for k := range labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		number := make(map[string]int, len(keys))
		if by == ByAgency {
			bw.WriteString("% samkart: partition by agency (etat)\n")
		} else {
			bw.WriteString("% samkart: partition by municipality (kommune)\n")
		}
		for i, k := range keys {
			number[k] = i + 1
			if by == ByMunicipality {
				fmt.Fprintf(bw, "%% %d = %s\n", i+1, quote(k))
				continue
			}
			name := graph.AgencyName(k, labels[k])
			fmt.Fprintf(bw, "%% %d = %s %s (%s / %s)\n", i+1, quote(k), quote(labels[k]),
				netio.CleanLabel(name.EN), netio.CleanLabel(name.NB))
		}
		if by == ByAgency {
			bw.WriteString("% 0 = no agency (uten etat)\n")
		} else {
			bw.WriteString("% 0 = no municipality (uten kommune)\n")
		}
		for i, u := range us {
			cluster[i] = number[value(u)]
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

// quote writes a cluster's name in double quotes, which it cannot hold.
func quote(s string) string { return `"` + netio.CleanLabel(s) + `"` }

// partitionReader reads a partition: its comments naming the clusters,
// its *Vertices line and its values.
type partitionReader struct {
	src        *netio.Source
	name, kind string
	n          int
	at         netio.Pos
	values     []int
	names      map[int][]string
}

// comment reads "% 3 = \"Bodø\"" or "% 3 = bolig (housing office)".
func (p *partitionReader) comment(line string) {
	num, rest, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "%")), "=")
	k, err := strconv.Atoi(strings.TrimSpace(num))
	if !ok || err != nil {
		return
	}
	var names []string
	rest = strings.TrimSpace(rest)
	for strings.HasPrefix(rest, `"`) {
		end := strings.IndexByte(rest[1:], '"')
		if end < 0 {
			break
		}
		names = append(names, rest[1:1+end])
		rest = strings.TrimSpace(rest[end+2:])
	}
	if len(names) == 0 {
		word, _, _ := strings.Cut(rest, " (")
		names = append(names, strings.TrimSpace(word))
	}
	if p.names == nil {
		p.names = make(map[int][]string)
	}
	p.names[k] = names
}

func (p *partitionReader) vertices(toks []netio.Token) error {
	if p.at.Line != 0 || len(toks) < 2 {
		return p.src.Errorf(toks[0].At, "a partition needs one *Vertices N line")
	}
	n, err := strconv.Atoi(toks[1].Text)
	if err != nil || n < 0 || n > p.src.MaxDeclared() {
		return p.src.Errorf(toks[1].At, "vertex count %q: want a whole number", toks[1].Text)
	}
	p.n, p.at = n, toks[0].At
	return nil
}

func (p *partitionReader) value(toks []netio.Token) error {
	if p.kind != "*partition" {
		return nil // vectors, permutations and hierarchies are not read
	}
	for _, t := range toks {
		if len(p.values) >= p.n {
			return p.src.Errorf(t.At, "more than %d values in the partition", p.n)
		}
		v, err := strconv.Atoi(t.Text)
		if err != nil || t.Quoted || v < 0 {
			return p.src.Errorf(t.At, "cluster %q: want a whole number of 0 or more", t.Text)
		}
		p.values = append(p.values, v)
	}
	return nil
}

// apply sets the field of d's units the partition gives, in vertex order.
func (p *partitionReader) apply(d *graph.Dataset, by Partition) error {
	if len(p.values) != p.n {
		return p.src.Errorf(p.at, "the partition declares %d vertices and gives %d values", p.n, len(p.values))
	}
	if p.n < len(d.Units) {
		return p.src.Errorf(p.at, "the partition has %d vertices; the network has %d", p.n, len(d.Units))
	}
	name := func(v, i int) string {
		if ns := p.names[v]; len(ns) > i && ns[i] != "" {
			return ns[i]
		}
		if i > 0 {
			return ""
		}
		return strconv.Itoa(v)
	}
	for i := range d.Units {
		u, v := &d.Units[i], p.values[i]
		switch {
		case by == ByLevel:
			u.Level = graph.Level(v)
		case v == 0:
		case by == ByMunicipality:
			u.Municipality = name(v, 0)
		default:
			u.Agency = graph.NormalizeAgency(name(v, 0))
			u.AgencyLabel = name(v, 1)
			if u.AgencyLabel == "" {
				u.AgencyLabel = name(v, 0)
			}
		}
	}
	return nil
}

// DecodePartition reads a .clu partition of the network d was decoded
// from (by Decode, from the .net file EncodePartition's partition goes
// with) and sets the units' municipality, agency or level from it, in
// vertex order. Clusters are named by the comments EncodePartition
// writes; without them a cluster is named by its number.
func DecodePartition(r io.Reader, name string, d *graph.Dataset, by Partition) error {
	src := netio.NewSource(r, name)
	p := &partitionReader{src: src, kind: "*partition"}
	for {
		l, err := src.Line()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		trimmed := strings.TrimSpace(l.Text)
		switch {
		case trimmed == "":
		case trimmed[0] == '%':
			p.comment(trimmed)
		default:
			toks, err := src.Tokens(l, "")
			if err != nil {
				return err
			}
			if strings.EqualFold(toks[0].Text, "*vertices") {
				err = p.vertices(toks)
			} else if strings.HasPrefix(toks[0].Text, "*") {
				err = src.Errorf(toks[0].At, "%s in a partition; want *Vertices N and one cluster per line", toks[0].Text)
			} else if p.at.Line == 0 {
				err = src.Errorf(toks[0].At, "a cluster before *Vertices")
			} else {
				err = p.value(toks)
			}
			if err != nil {
				return err
			}
		}
	}
	if p.at.Line == 0 {
		return src.FileError("no *Vertices line")
	}
	return p.apply(d, by)
}
