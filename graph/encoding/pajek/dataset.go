package pajek

import (
	"fmt"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// kindOf returns the kind of contact relation k stands for: its name; for
// a file with one unnamed relation no kind, as samkart writes contacts
// without a kind; otherwise its number.
func (dec *decoder) kindOf(k int) string {
	if k == 0 {
		return ""
	}
	if name := dec.relations[k]; name == "(no kind)" || name == "(uten type)" {
		return ""
	} else if name != "" {
		return name
	}
	if len(dec.unnamed) == 1 {
		return ""
	}
	return strconv.Itoa(k)
}

// keys returns the unit keys of the first count vertices: their labels,
// made unique with their number where vertices share one, with warnings.
func (dec *decoder) keys(count int) ([]string, []graph.Warning) {
	used := make(map[string]int, count)
	for i := range count {
		if l := dec.vertices[i].label; l != "" {
			used[l]++
		}
	}
	taken := make(map[string]bool, count)
	keys := make([]string, count)
	var warnings []graph.Warning
	for i := range count {
		v := &dec.vertices[i]
		num := strconv.Itoa(i + 1)
		base := v.label
		if base == "" {
			base = num
		}
		key := base
		if used[v.label] > 1 || taken[key] {
			key = base + " (" + num + ")"
			for k := 2; taken[key] || used[key] > 0; k++ {
				key = base + " (" + num + "." + strconv.Itoa(k) + ")"
			}
			warnings = append(warnings, graph.Warning{File: dec.src.File, Line: v.at.Line,
				Msg: graph.T("node "+num+": etiketten "+strconv.Quote(v.label)+" er ikke unik; enhets-id "+strconv.Quote(key),
					"vertex "+num+": label "+strconv.Quote(v.label)+" is not unique; unit id "+strconv.Quote(key))})
		}
		taken[key] = true
		keys[i] = key
	}
	return keys, warnings
}

func (dec *decoder) dataset() (*graph.Dataset, error) {
	b := netio.NewBuilder(dec.src)
	units := dec.n
	if dec.n1 > 0 {
		units = dec.n1
	}
	keys, warnings := dec.keys(units)
	for i := range units {
		v := &dec.vertices[i]
		at := v.at
		if !v.set {
			at = dec.vertAt
		}
		fields := append([]netio.Field{{Name: "id", Value: keys[i]}, {Name: "name", Value: v.label}}, v.fields...)
		if err := b.Node(strconv.Itoa(i+1), fields, at); err != nil {
			return nil, err
		}
	}
	var err error
	if dec.n1 > 0 {
		err = dec.events(b)
	} else {
		err = dec.contacts(b)
	}
	if err != nil {
		return nil, err
	}
	d, err := b.Finish()
	if err != nil {
		return nil, err
	}
	d.Warnings = append(warnings, d.Warnings...)
	if !b.Dated() {
		d.NoDates = noDates
	}
	for _, p := range dec.parts {
		if by, ok := partitionNamed(p.name); ok && p.kind == "*partition" {
			if err := p.apply(d, by); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

// contacts adds the edges and matrix cells of a one-mode file.
func (dec *decoder) contacts(b *netio.Builder) error {
	var cells []netio.Cell
	for _, e := range dec.edges {
		if e.relation < 0 {
			cells = append(cells, netio.Cell{From: e.from, To: e.to, Weight: e.weight, Kind: dec.kindOf(-1 - e.relation), At: e.at})
			continue
		}
		if e.fields >= 0 {
			fs := append([]netio.Field{{Name: "weight", Value: strconv.FormatFloat(e.weight, 'g', -1, 64)},
				{Name: "kind", Value: dec.kindOf(e.relation)}}, dec.edgeFields[e.fields]...)
			if err := b.Edge(strconv.Itoa(int(e.from)+1), strconv.Itoa(int(e.to)+1), fs, e.at); err != nil {
				return err
			}
			continue
		}
		if err := b.Contact(e.from, e.to, e.weight, dec.kindOf(e.relation), e.at); err != nil {
			return err
		}
	}
	return b.Cells(cells)
}

// events adds the events of a two-mode file (the vertices after the first
// n1) as meetings of the units tied to them, one per relation.
func (dec *decoder) events(b *netio.Builder) error {
	type key struct {
		event    int32
		relation int
	}
	members := make(map[key][]int32)
	var order []key
	weighted := false
	for _, e := range dec.edges {
		u, ev := e.from, e.to
		if u >= int32(dec.n1) {
			u, ev = ev, u
		}
		if u >= int32(dec.n1) || ev < int32(dec.n1) {
			return dec.src.Errorf(e.at, "vertices %d and %d are in the same mode; a two-mode file (*Vertices %d %d) ties the first %d to the others",
				e.from+1, e.to+1, dec.n, dec.n1, dec.n1)
		}
		weighted = weighted || e.weight != 1
		rel := e.relation
		if rel < 0 {
			rel = -1 - rel
		}
		k := key{ev, rel}
		if _, ok := members[k]; !ok {
			order = append(order, k)
		}
		members[k] = append(members[k], u)
	}
	if weighted {
		b.Warn(dec.vertAt, graph.T(
			"vektene i to-modus-filen er ikke lest: hver hendelse er et møte, og hvert par av enhetene der får et bånd (1/(k−1) eller 1)",
			"the weights of the two-mode file are not read: each event is a meeting, and each pair of its units a tie (1/(k−1) or 1)"))
	}
	b.Warn(dec.vertAt, graph.T(
		fmt.Sprintf("to-modus-fil: de %d første nodene er enheter, de %d andre hendelser, lest som møter mellom enhetene", dec.n1, dec.n-dec.n1),
		fmt.Sprintf("two-mode file: the first %d vertices are units, the other %d events, read as meetings of the units", dec.n1, dec.n-dec.n1)))
	for _, k := range order {
		v := &dec.vertices[k.event]
		name := v.label
		if name == "" {
			name = strconv.Itoa(int(k.event) + 1)
		}
		at := v.at
		if !v.set {
			at = dec.vertAt
		}
		b.MeetingOf(name, members[k], dec.kindOf(k.relation), at)
	}
	return nil
}
