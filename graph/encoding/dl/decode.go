package dl

import (
	"io"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

type decoder struct {
	src      *netio.Source
	lines    [][]netio.Token // the tokens of each line, blank lines left out
	line, at int             // the next token: lines[line][at]

	n        int // −1 until n= is read
	format   string
	embedded bool
	diagonal bool // the diagonal is present (fullmatrix)
	labels   []string
	labelOff []int
	index    map[string]int32
	folded   map[string]int32 // lower case → index, −1 when ambiguous
	cells    []netio.Cell
}

// Decode reads a DL file from r into a dataset; name is the file name
// errors carry. The file may be UTF-8 or Windows-1252.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src, err := netio.Read(r, name)
	if err != nil {
		return nil, err
	}
	src.FromWindows1252()
	dec := &decoder{src: src, n: -1, format: "fullmatrix", diagonal: true,
		index: make(map[string]int32), folded: make(map[string]int32)}
	for _, l := range src.Lines() {
		// UCINET separates words by white space, commas and '='.
		toks, err := src.Tokens(l, ",=")
		if err != nil {
			return nil, err
		}
		if len(toks) > 0 {
			dec.lines = append(dec.lines, toks)
		}
	}
	if err := dec.header(); err != nil {
		return nil, err
	}
	if err := dec.data(); err != nil {
		return nil, err
	}
	return dec.dataset()
}

// next returns the next token of the header, where line ends do not
// matter; a ':' on its own is skipped.
func (dec *decoder) next() (netio.Token, bool) {
	for dec.line < len(dec.lines) {
		l := dec.lines[dec.line]
		if dec.at >= len(l) {
			dec.line, dec.at = dec.line+1, 0
			continue
		}
		t := l[dec.at]
		dec.at++
		if !t.Quoted && t.Text == ":" {
			continue
		}
		return t, true
	}
	return netio.Token{Off: len(dec.src.Data)}, false
}

func (dec *decoder) peek() (netio.Token, bool) {
	line, at := dec.line, dec.at
	t, ok := dec.next()
	dec.line, dec.at = line, at
	return t, ok
}

func word(t netio.Token) string {
	if t.Quoted {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(t.Text), ":")
}

var keywords = map[string]bool{"data": true, "labels": true, "row": true, "column": true, "col": true,
	"format": true, "n": true, "nr": true, "nc": true, "nm": true, "diagonal": true, "matrix": true}

func (dec *decoder) header() error {
	t, ok := dec.next()
	if !ok || word(t) != "dl" {
		if !ok {
			return dec.src.FileError("empty file; want a DL file starting with DL")
		}
		return dec.src.Errorf(t.Off, "%q: want a DL file starting with DL", t.Text)
	}
	for {
		t, ok := dec.next()
		if !ok {
			return dec.src.Errorf(t.Off, "no data: section")
		}
		switch w := word(t); w {
		case "n", "nr", "nc":
			v, err := dec.count(t)
			if err != nil {
				return err
			}
			if dec.n >= 0 && v != dec.n {
				return dec.src.Errorf(t.Off, "two-mode data (nr=%d, nc=%d) is not supported", dec.n, v)
			}
			dec.n = v
		case "nm":
			v, err := dec.count(t)
			if err != nil {
				return err
			}
			if v != 1 {
				return dec.src.Errorf(t.Off, "nm=%d: samkart reads one matrix per file", v)
			}
		case "format":
			v, ok := dec.next()
			if !ok {
				return dec.src.Errorf(v.Off, "format without a value")
			}
			dec.format = word(v)
			switch dec.format {
			case "fullmatrix", "edgelist1", "nodelist1":
			default:
				return dec.src.Errorf(v.Off, "format %s is not supported; want fullmatrix, edgelist1 or nodelist1", v.Text)
			}
		case "diagonal":
			v, _ := dec.next()
			switch word(v) {
			case "present":
				dec.diagonal = true
			case "absent":
				dec.diagonal = false
			default:
				return dec.src.Errorf(v.Off, "diagonal %q: want present or absent", v.Text)
			}
		case "row", "column", "col":
			if v, _ := dec.peek(); word(v) != "labels" {
				return dec.src.Errorf(t.Off, "%q: want %s labels:", t.Text, t.Text)
			}
		case "labels":
			if v, _ := dec.peek(); word(v) == "embedded" {
				dec.next()
				dec.embedded = true
				continue
			}
			if err := dec.labelList(t); err != nil {
				return err
			}
		case "data":
			if dec.n < 0 {
				return dec.src.Errorf(t.Off, "data: before n=")
			}
			return nil
		default:
			return dec.src.Errorf(t.Off, "%q: want n=, format=, labels:, labels embedded or data:", t.Text)
		}
	}
}

func (dec *decoder) count(key netio.Token) (int, error) {
	t, _ := dec.next()
	v, err := strconv.Atoi(t.Text)
	if err != nil || v < 0 {
		return 0, dec.src.Errorf(t.Off, "%s=%s: want a whole number", key.Text, t.Text)
	}
	if v > netio.MaxNodes(len(dec.src.Data)) {
		return 0, dec.src.Errorf(t.Off, "%s=%d: more than samkart reads from a file of %d bytes", key.Text, v, len(dec.src.Data))
	}
	return v, nil
}

// labelList reads the labels after labels: up to n of them, or up to the
// next keyword.
func (dec *decoder) labelList(at netio.Token) error {
	if dec.n < 0 {
		return dec.src.Errorf(at.Off, "labels: before n=")
	}
	if len(dec.labels) > 0 {
		return dec.src.Errorf(at.Off, "a second list of labels")
	}
	for len(dec.labels) < dec.n {
		t, ok := dec.peek()
		if !ok || keywords[word(t)] {
			break
		}
		dec.next()
		if _, err := dec.add(t); err != nil {
			return err
		}
	}
	return nil
}

// add appends a label, refusing a second one with the same text.
func (dec *decoder) add(t netio.Token) (int32, error) {
	l := strings.TrimSpace(t.Text)
	if l == "" {
		return 0, dec.src.Errorf(t.Off, "empty label")
	}
	if i, dup := dec.index[l]; dup {
		return 0, dec.src.Errorf(t.Off, "label %q is given twice (first on line %d)", l, dec.src.Line(dec.labelOff[i]))
	}
	if len(dec.labels) >= dec.n {
		return 0, dec.src.Errorf(t.Off, "label %q: more than n=%d labels", l, dec.n)
	}
	i := int32(len(dec.labels))
	dec.labels = append(dec.labels, l)
	dec.labelOff = append(dec.labelOff, t.Off)
	dec.index[l] = i
	f := strings.ToLower(l)
	if _, ok := dec.folded[f]; ok {
		dec.folded[f] = -1
	} else {
		dec.folded[f] = i
	}
	return i, nil
}

// node returns the index of an embedded label, adding a new one. UCINET
// turns labels to upper case, so a label matches one in another case when
// only one does.
func (dec *decoder) node(t netio.Token) (int32, error) {
	l := strings.TrimSpace(t.Text)
	if i, ok := dec.index[l]; ok {
		return i, nil
	}
	if i, ok := dec.folded[strings.ToLower(l)]; ok && i >= 0 {
		return i, nil
	}
	return dec.add(t)
}

// number returns the index of a node given by number, 1…n.
func (dec *decoder) number(t netio.Token) (int32, error) {
	v, err := strconv.Atoi(t.Text)
	if err != nil || v < 1 || v > dec.n {
		return 0, dec.src.Errorf(t.Off, "node %q: want a number from 1 to %d", t.Text, dec.n)
	}
	return int32(v - 1), nil
}

func (dec *decoder) end(t netio.Token) (int32, error) {
	if dec.embedded {
		return dec.node(t)
	}
	return dec.number(t)
}

// value reads a value of the data: a weight, 0 for no tie.
func (dec *decoder) value(t netio.Token) (float64, error) {
	return dec.src.Weight(t, "value", false)
}

// dataLines returns the lines after data:, the rest of its own line first.
func (dec *decoder) dataLines() [][]netio.Token {
	var lines [][]netio.Token
	if dec.line < len(dec.lines) && dec.at < len(dec.lines[dec.line]) {
		lines = append(lines, dec.lines[dec.line][dec.at:])
	}
	if dec.line+1 < len(dec.lines) {
		lines = append(lines, dec.lines[dec.line+1:]...)
	}
	return lines
}

func (dec *decoder) data() error {
	lines := dec.dataLines()
	switch dec.format {
	case "edgelist1":
		for _, l := range lines {
			if len(l) < 2 || len(l) > 3 {
				return dec.src.Errorf(l[0].Off, "an edgelist1 line has two nodes and an optional value; found %d words", len(l))
			}
			from, err := dec.end(l[0])
			if err != nil {
				return err
			}
			to, err := dec.end(l[1])
			if err != nil {
				return err
			}
			w := 1.0
			if len(l) == 3 {
				if w, err = dec.value(l[2]); err != nil {
					return err
				}
			}
			dec.cells = append(dec.cells, netio.Cell{From: from, To: to, Weight: w, Off: l[0].Off})
		}
	case "nodelist1":
		for _, l := range lines {
			from, err := dec.end(l[0])
			if err != nil {
				return err
			}
			for _, t := range l[1:] {
				to, err := dec.end(t)
				if err != nil {
					return err
				}
				dec.cells = append(dec.cells, netio.Cell{From: from, To: to, Weight: 1, Off: t.Off})
			}
		}
	default:
		return dec.matrix(lines)
	}
	return nil
}

// matrix reads a full matrix: the values as one stream, line ends not
// mattering, after the column labels and with a row label first on each
// row when labels are embedded.
func (dec *decoder) matrix(lines [][]netio.Token) error {
	var toks []netio.Token
	for _, l := range lines {
		toks = append(toks, l...)
	}
	k := 0
	if dec.embedded {
		if len(toks) < dec.n {
			return dec.src.Errorf(len(dec.src.Data), "fewer than n=%d column labels", dec.n)
		}
		for _, t := range toks[:dec.n] {
			if _, err := dec.node(t); err != nil {
				return err
			}
		}
		k = dec.n
	}
	for row := 0; row < dec.n; row++ {
		if dec.embedded {
			if k >= len(toks) {
				return dec.src.Errorf(len(dec.src.Data), "the matrix has %d rows; want n=%d", row, dec.n)
			}
			i, ok := dec.index[strings.TrimSpace(toks[k].Text)]
			if !ok || int(i) != row {
				return dec.src.Errorf(toks[k].Off, "row label %q: want %q", toks[k].Text, dec.labels[row])
			}
			k++
		}
		for col := 0; col < dec.n; col++ {
			if col == row && !dec.diagonal {
				continue
			}
			if k >= len(toks) {
				return dec.src.Errorf(len(dec.src.Data), "the matrix ends in row %d; want n=%d rows of %d values", row+1, dec.n, dec.n)
			}
			w, err := dec.value(toks[k])
			if err != nil {
				return err
			}
			if w != 0 {
				dec.cells = append(dec.cells, netio.Cell{From: int32(row), To: int32(col), Weight: w, Off: toks[k].Off})
			}
			k++
		}
	}
	if k < len(toks) {
		return dec.src.Errorf(toks[k].Off, "%q after the last row of the matrix", toks[k].Text)
	}
	return nil
}

func (dec *decoder) dataset() (*graph.Dataset, error) {
	b := netio.NewBuilder(dec.src)
	for i := 0; i < dec.n; i++ {
		key, off := "", 0
		if i < len(dec.labels) {
			key, off = dec.labels[i], dec.labelOff[i]
		} else {
			// Nodes without a label are keyed by number, made unique.
			key = strconv.Itoa(i + 1)
			for _, taken := dec.index[key]; taken; _, taken = dec.index[key] {
				key = "#" + key
			}
			dec.index[key] = int32(i)
		}
		if err := b.Node(strconv.Itoa(i+1), []netio.Field{{Name: "id", Value: key}}, off); err != nil {
			return nil, err
		}
	}
	b.Cells(dec.cells)
	return b.Finish()
}
