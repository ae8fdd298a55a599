package dl

import (
	"io"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// noDates is why a DL file's records are undated.
var noDates = graph.T("UCINET DL-filer har ingen datoer", "UCINET DL files carry no dates")

// formats are the data formats of the DL language samkart reads, by
// every name UCINET accepts.
var formats = map[string]string{
	"fullmatrix": "fullmatrix", "fm": "fullmatrix",
	"lowerhalf": "lowerhalf", "lh": "lowerhalf",
	"upperhalf": "upperhalf", "uh": "upperhalf",
	"edgelist1": "edgelist1", "el1": "edgelist1",
	"nodelist1": "nodelist1", "nl1": "nodelist1",
	"edgelist2": "edgelist2", "el2": "edgelist2",
	"nodelist2": "nodelist2", "nl2": "nodelist2",
}

// labels is a list of labels: the nodes of one mode, or the matrices.
type labels struct {
	list   []string
	at     []netio.Pos
	index  map[string]int32
	folded map[string]int32 // lower case → index, −1 when ambiguous
	max    int              // the most there may be
	what   string           // for errors: "n=5", "nr=3"
}

func newLabels(max int, what string) *labels {
	return &labels{index: make(map[string]int32), folded: make(map[string]int32), max: max, what: what}
}

type decoder struct {
	src *netio.Source
	s   *stream

	n, nr, nc, nm int // −1 until given
	format        string
	diagonal      bool // the diagonal is present
	rowEmbedded   bool
	colEmbedded   bool
	rows, cols    *labels // the same in a one-mode file
	matrices      []string
	twoMode       bool
	cells         []netio.Cell
	weighted      bool // a two-mode value other than 0 and 1
	zero          int  // lines of an edge list with the value 0
	zeroAt        netio.Pos
}

// Decode reads a DL file from r into a dataset; name is the file name
// errors carry. The file is read line by line; lines that are not UTF-8
// are read as Windows-1252.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src := netio.NewSource(r, name)
	dec := &decoder{src: src, s: &stream{src: src}, n: -1, nr: -1, nc: -1, nm: -1,
		format: "fullmatrix", diagonal: true}
	if err := dec.header(); err != nil {
		return nil, err
	}
	if err := dec.shape(); err != nil {
		return nil, err
	}
	if err := dec.data(); err != nil {
		return nil, err
	}
	return dec.dataset()
}

// stream hands out the tokens of a DL file, lines read as they are
// needed.
type stream struct {
	src  *netio.Source
	line []netio.Token
	err  error
}

// fill reads lines until the current one has a token; false at the end
// of the file or on an error (err).
func (s *stream) fill() bool {
	for len(s.line) == 0 {
		if s.err != nil {
			return false
		}
		l, err := s.src.Line()
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			return false
		}
		// UCINET separates words by white space, commas and '='.
		toks, err := s.src.Tokens(l, ",=")
		if err != nil {
			s.err = err
			return false
		}
		s.line = toks
	}
	return true
}

// next returns the next token, where line ends do not matter; a ':' on
// its own is skipped.
func (s *stream) next() (netio.Token, bool) {
	for s.fill() {
		t := s.line[0]
		s.line = s.line[1:]
		if !t.Quoted && t.Text == ":" {
			continue
		}
		return t, true
	}
	return netio.Token{At: s.src.End()}, false
}

func (s *stream) peek() (netio.Token, bool) {
	for s.fill() {
		if t := s.line[0]; t.Quoted || t.Text != ":" {
			return t, true
		}
		s.line = s.line[1:]
	}
	return netio.Token{At: s.src.End()}, false
}

// nextLine returns the rest of the current line, or the next line with
// tokens.
func (s *stream) nextLine() ([]netio.Token, bool) {
	if !s.fill() {
		return nil, false
	}
	l := s.line
	s.line = nil
	return l, true
}

func word(t netio.Token) string {
	if t.Quoted {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(t.Text), ":")
}

var keywords = map[string]bool{"data": true, "labels": true, "row": true, "column": true, "col": true,
	"format": true, "n": true, "nr": true, "nc": true, "nm": true, "diagonal": true, "matrix": true,
	"level": true, "embedded": true}

func (dec *decoder) header() error {
	t, ok := dec.s.next()
	if !ok || word(t) != "dl" {
		if dec.s.err != nil {
			return dec.s.err
		}
		if !ok {
			return dec.src.FileError("empty file; want a DL file starting with DL")
		}
		return dec.src.Errorf(t.At, "%q: want a DL file starting with DL", t.Text)
	}
	for {
		t, ok := dec.s.next()
		if !ok {
			if dec.s.err != nil {
				return dec.s.err
			}
			return dec.src.Errorf(t.At, "no data: section")
		}
		done, err := dec.keyword(t)
		if err != nil || done {
			return err
		}
	}
}

// keyword reads one statement of the header, starting with t; done at
// data:.
func (dec *decoder) keyword(t netio.Token) (done bool, err error) {
	switch w := word(t); w {
	case "n", "nr", "nc", "nm":
		v, err := dec.count(t)
		if err != nil {
			return false, err
		}
		switch w {
		case "n":
			dec.n = v
		case "nr":
			dec.nr = v
		case "nc":
			dec.nc = v
		default:
			dec.nm = v
		}
	case "format":
		v, _ := dec.s.next()
		f, ok := formats[word(v)]
		if !ok {
			return false, dec.src.Errorf(v.At, "format %s is not supported; want fullmatrix, lowerhalf, upperhalf, edgelist1, nodelist1, edgelist2 or nodelist2", v.Text)
		}
		dec.format = f
	case "diagonal":
		v, _ := dec.s.next()
		switch word(v) {
		case "present":
			dec.diagonal = true
		case "absent":
			dec.diagonal = false
		default:
			return false, dec.src.Errorf(v.At, "diagonal %q: want present or absent", v.Text)
		}
	case "labels", "row", "column", "col", "matrix", "level":
		return false, dec.labelStatement(t, w)
	case "data":
		if dec.n < 0 && dec.nr < 0 && dec.nc < 0 {
			return false, dec.src.Errorf(t.At, "data: before n=")
		}
		return true, nil
	default:
		return false, dec.src.Errorf(t.At, "%q: want n=, format=, labels:, labels embedded or data:", t.Text)
	}
	return false, nil
}

// labelStatement reads "labels:", "labels embedded", "row labels:",
// "column labels embedded", "matrix labels:" or "level labels:".
func (dec *decoder) labelStatement(t netio.Token, w string) error {
	which := "labels"
	if w != "labels" {
		v, _ := dec.s.next()
		if word(v) != "labels" {
			return dec.src.Errorf(t.At, "%q: want %s labels:", t.Text, t.Text)
		}
		which = w
	}
	if v, _ := dec.s.peek(); word(v) == "embedded" {
		dec.s.next()
		switch which {
		case "labels":
			dec.rowEmbedded, dec.colEmbedded = true, true
		case "row":
			dec.rowEmbedded = true
		case "column", "col":
			dec.colEmbedded = true
		default:
			return dec.src.Errorf(t.At, "%s labels cannot be embedded", which)
		}
		return nil
	}
	switch which {
	case "matrix", "level":
		return dec.matrixLabels(t)
	case "labels":
		return dec.labelList(t, "labels")
	case "row":
		return dec.labelList(t, "row")
	}
	return dec.labelList(t, "column")
}

func (dec *decoder) count(key netio.Token) (int, error) {
	t, _ := dec.s.next()
	v, err := strconv.Atoi(t.Text)
	if err != nil || v < 0 {
		return 0, dec.src.Errorf(t.At, "%s=%s: want a whole number", key.Text, t.Text)
	}
	if max := dec.src.MaxDeclared(); v > max {
		return 0, dec.src.TooMany(t.At, max, graph.T("noder i en fil av denne størrelsen", "nodes in a file of this size"))
	}
	return v, nil
}
