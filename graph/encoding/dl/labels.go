package dl

import (
	"strings"

	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// labelList reads the labels after labels:, row labels: or column
// labels:, up to as many as there are nodes of the mode, or up to the
// next keyword.
func (dec *decoder) labelList(at netio.Token, which string) error {
	max, what := dec.n, "n"
	switch {
	case dec.n >= 0:
	case which == "column":
		max, what = dec.nc, "nc"
	default:
		max, what = dec.nr, "nr"
	}
	if max < 0 {
		return dec.src.Errorf(at.At, "%s: before n=", at.Text)
	}
	l := newLabels(max, what+"="+itoa(max))
	switch {
	case which == "column" && dec.cols != nil, which != "column" && dec.rows != nil:
		return dec.src.Errorf(at.At, "a second list of labels")
	case which == "column":
		dec.cols = l
	default:
		dec.rows = l
	}
	for len(l.list) < max {
		t, ok := dec.s.peek()
		if !ok || keywords[word(t)] {
			break
		}
		dec.s.next()
		if _, err := dec.add(l, t); err != nil {
			return err
		}
	}
	return dec.s.err
}

// matrixLabels reads the names of the matrices: the kinds of contact.
func (dec *decoder) matrixLabels(at netio.Token) error {
	if dec.nm < 0 {
		return dec.src.Errorf(at.At, "matrix labels: before nm=")
	}
	for len(dec.matrices) < dec.nm {
		t, ok := dec.s.peek()
		if !ok || keywords[word(t)] {
			break
		}
		dec.s.next()
		dec.matrices = append(dec.matrices, strings.TrimSpace(t.Text))
	}
	return dec.s.err
}

// add appends a label, refusing a second one with the same text.
func (dec *decoder) add(l *labels, t netio.Token) (int32, error) {
	s := strings.TrimSpace(t.Text)
	if s == "" {
		return 0, dec.src.Errorf(t.At, "empty label")
	}
	if i, dup := l.index[s]; dup {
		return 0, dec.src.Errorf(t.At, "label %q is given twice (first on line %d)", s, l.at[i].Line)
	}
	if len(l.list) >= l.max {
		return 0, dec.src.Errorf(t.At, "label %q: more than %s labels", s, l.what)
	}
	i := int32(len(l.list))
	l.list = append(l.list, s)
	l.at = append(l.at, t.At)
	l.index[s] = i
	f := strings.ToLower(s)
	if _, ok := l.folded[f]; ok {
		l.folded[f] = -1
	} else {
		l.folded[f] = i
	}
	return i, nil
}

// node returns the index of an embedded label, adding a new one. UCINET
// turns labels to upper case, so a label matches one in another case when
// only one does.
func (dec *decoder) node(l *labels, t netio.Token) (int32, error) {
	s := strings.TrimSpace(t.Text)
	if i, ok := l.index[s]; ok {
		return i, nil
	}
	if i, ok := l.folded[strings.ToLower(s)]; ok && i >= 0 {
		return i, nil
	}
	return dec.add(l, t)
}

// number returns the index of a node given by number, 1…max.
func (dec *decoder) number(t netio.Token, max int) (int32, error) {
	v, err := atoi(t.Text)
	if err != nil || v < 1 || v > max {
		return 0, dec.src.Errorf(t.At, "node %q: want a number from 1 to %d", t.Text, max)
	}
	return int32(v - 1), nil
}

// row and col return the index of a row or column node of the data.
func (dec *decoder) row(t netio.Token) (int32, error) {
	if dec.rowEmbedded {
		return dec.node(dec.rows, t)
	}
	return dec.number(t, dec.nr)
}

func (dec *decoder) col(t netio.Token) (int32, error) {
	if dec.colEmbedded {
		return dec.node(dec.cols, t)
	}
	return dec.number(t, dec.nc)
}

// sameLabels reports whether the row and column labels are one list.
func sameLabels(a, b *labels) bool {
	if len(a.list) != len(b.list) {
		return false
	}
	for i := range a.list {
		if !strings.EqualFold(a.list[i], b.list[i]) {
			return false
		}
	}
	return true
}
