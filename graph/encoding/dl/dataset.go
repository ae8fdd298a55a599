package dl

import (
	"fmt"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

func (dec *decoder) dataset() (*graph.Dataset, error) {
	b := netio.NewBuilder(dec.src)
	for i := 0; i < dec.nr; i++ {
		key, at := dec.key(dec.rows, i)
		if err := b.Node(strconv.Itoa(i+1), []netio.Field{{Name: "id", Value: key}}, at); err != nil {
			return nil, err
		}
	}
	switch {
	case dec.zero == 1:
		b.Warn(dec.zeroAt, graph.T("verdi 0: linjen gir ikke noe bånd", "value 0: the line adds no tie"))
	case dec.zero > 1:
		b.Warn(dec.zeroAt, graph.T(fmt.Sprintf("%d linjer med verdi 0 (den første her): de gir ikke noe bånd", dec.zero),
			fmt.Sprintf("%d lines of value 0 (the first here): they add no tie", dec.zero)))
	}
	var err error
	if dec.twoMode {
		dec.events(b)
	} else {
		err = b.Cells(dec.cells)
	}
	if err != nil {
		return nil, err
	}
	d, err := b.Finish()
	if err != nil {
		return nil, err
	}
	d.NoDates = noDates
	return d, nil
}

// key returns the key of node i of a mode: its label, or its number made
// unique among the labels.
func (dec *decoder) key(l *labels, i int) (string, netio.Pos) {
	if i < len(l.list) {
		return l.list[i], l.at[i]
	}
	key := strconv.Itoa(i + 1)
	for _, taken := l.index[key]; taken; _, taken = l.index[key] {
		key = "#" + key
	}
	l.index[key] = int32(i)
	return key, netio.Pos{}
}

// events adds the columns of a two-mode file as meetings of the rows
// tied to them, one per matrix.
func (dec *decoder) events(b *netio.Builder) {
	type key struct {
		col  int32
		kind string
	}
	members := make(map[key][]int32)
	var order []key
	for _, c := range dec.cells {
		k := key{c.To, c.Kind}
		if _, ok := members[k]; !ok {
			order = append(order, k)
		}
		members[k] = append(members[k], c.From)
	}
	at := netio.Pos{Line: 1}
	if dec.weighted {
		b.Warn(at, graph.T(
			"verdiene i to-modus-filen er ikke lest: hver kolonne er et møte, og hvert par av radene der får et bånd (1/(k−1) eller 1)",
			"the values of the two-mode file are not read: each column is a meeting, and each pair of its rows a tie (1/(k−1) or 1)"))
	}
	b.Warn(at, graph.T(
		fmt.Sprintf("to-modus-fil: de %d radene er enheter, de %d kolonnene hendelser, lest som møter mellom enhetene", dec.nr, dec.nc),
		fmt.Sprintf("two-mode file: the %d rows are units, the %d columns events, read as meetings of the units", dec.nr, dec.nc)))
	for _, k := range order {
		name, _ := dec.key(dec.cols, int(k.col))
		b.MeetingOf(name, members[k], k.kind, at)
	}
}
