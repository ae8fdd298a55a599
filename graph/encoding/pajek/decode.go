package pajek

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

type section uint8

const (
	secNone section = iota
	secVertices
	secEdges
	secEdgesList
	secMatrix
	secPartition // a partition or vector of a .paj project
)

// edgeParams are the words Pajek allows after an edge's end points, for
// drawing; an edge line whose third word is one of them has no weight.
var edgeParams = map[string]bool{
	"c": true, "p": true, "s": true, "a": true, "w": true, "h1": true, "h2": true, "a1": true, "a2": true,
	"k1": true, "k2": true, "ap": true, "l": true, "lp": true, "lphi": true, "lc": true, "lr": true,
	"la": true, "size": true, "fos": true, "font": true,
}

// noDates is why a Pajek file's records are undated.
var noDates = graph.T("Pajek-filer har ingen datoer", "Pajek files carry no dates")

type vertex struct {
	label  string
	at     netio.Pos
	set    bool
	fields []netio.Field // attributes NetworkX writes after the label
}

type decoder struct {
	src      *netio.Source
	n        int // declared vertices; −1 before *Vertices
	n1       int // vertices of the first mode in a two-mode file, else 0
	vertices []vertex
	vertAt   netio.Pos
	edges    []edge
	networks int

	relations map[int]string // relation number → name, from the headers
	relation  int            // the relation of the section read, 0 for none
	unnamed   []int          // relations without a name
	matrixRow int
	matrixCol int
	partition *partitionReader
	parts     []*partitionReader

	edgeFields [][]netio.Field // the attributes of edges that have them
}

type edge struct {
	from, to int32
	weight   float64
	relation int
	at       netio.Pos
	fields   int32 // index in decoder.edgeFields of the edge's attributes, −1 for none
}

// Decode reads a Pajek .net file (or the network of a .paj project) from
// r into a dataset; name is the file name errors carry. The file is read
// line by line; lines that are not UTF-8 are read as Windows-1252.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src := netio.NewSource(r, name)
	dec := &decoder{src: src, n: -1, relations: make(map[int]string)}
	if err := dec.parse(); err != nil {
		return nil, err
	}
	return dec.dataset()
}

func (dec *decoder) parse() error {
	sec := secNone
	for {
		l, err := dec.src.Line()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		trimmed := strings.TrimSpace(l.Text)
		if trimmed == "" || trimmed[0] == '%' {
			if sec == secPartition {
				dec.partition.comment(trimmed)
			}
			continue
		}
		toks, err := dec.src.Tokens(l, "")
		if err != nil {
			// What follows a vertex's label or an edge's weight (drawing
			// parameters, NetworkX's attributes) is not read, so a stray
			// quote there does not matter.
			switch {
			case sec == secPartition && len(toks) > 0:
			case sec == secVertices && len(toks) >= 2, sec == secEdges && len(toks) >= 3:
			default:
				return err
			}
		}
		if first := toks[0]; !first.Quoted && strings.HasPrefix(first.Text, "*") {
			if sec, err = dec.header(sec, toks); err != nil {
				return err
			}
			continue
		}
		if err := dec.line(sec, toks); err != nil {
			return err
		}
	}
	if dec.n < 0 {
		return dec.src.FileError("no *Vertices line")
	}
	return nil
}

// header reads a section's header line and returns the new section.
func (dec *decoder) header(sec section, toks []netio.Token) (section, error) {
	first := toks[0]
	word := strings.ToLower(first.Text)
	if sec == secPartition && word == "*vertices" {
		return sec, dec.partition.vertices(toks)
	}
	switch word {
	case "*network", "*net":
		dec.networks++
		if dec.networks > 1 {
			return sec, dec.src.Errorf(first.At, "a second *Network: samkart reads one network per file")
		}
		return secNone, nil
	case "*vertices":
		if dec.n >= 0 {
			return sec, dec.src.Errorf(first.At, "a second *Vertices line")
		}
		return secVertices, dec.declare(toks)
	case "*edges", "*arcs", "*edgeslist", "*arcslist", "*matrix":
		if dec.n < 0 {
			return sec, dec.src.Errorf(first.At, "%s before *Vertices", first.Text)
		}
		if err := dec.relationHeader(toks[1:]); err != nil {
			return sec, err
		}
		switch word {
		case "*edges", "*arcs":
			return secEdges, nil
		case "*edgeslist", "*arcslist":
			return secEdgesList, nil
		}
		dec.matrixRow, dec.matrixCol = 0, 0
		return secMatrix, nil
	case "*partition", "*vector", "*permutation", "*cluster", "*hierarchy":
		name := ""
		if len(toks) > 1 {
			name = toks[1].Text
		}
		dec.partition = &partitionReader{src: dec.src, name: name, kind: word}
		dec.parts = append(dec.parts, dec.partition)
		return secPartition, nil
	}
	return sec, dec.src.Errorf(first.At, "unknown section %s; want *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist or *Matrix", first.Text)
}

// relationHeader reads the relation of a section, ":2 \"advice\"", as
// Pajek writes multiple relations.
func (dec *decoder) relationHeader(toks []netio.Token) error {
	dec.relation = 0
	if len(toks) == 0 || toks[0].Quoted || !strings.HasPrefix(toks[0].Text, ":") {
		return nil
	}
	num := strings.TrimPrefix(toks[0].Text, ":")
	rest := toks[1:]
	if num == "" && len(rest) > 0 {
		num, rest = rest[0].Text, rest[1:]
	}
	k, err := strconv.Atoi(num)
	if err != nil || k < 1 {
		return dec.src.Errorf(toks[0].At, "relation %q: want :1, :2, …", toks[0].Text)
	}
	dec.relation = k
	if _, seen := dec.relations[k]; seen {
		return nil
	}
	name := ""
	if len(rest) > 0 {
		name = strings.TrimSpace(rest[0].Text)
	}
	dec.relations[k] = name
	if name == "" {
		dec.unnamed = append(dec.unnamed, k)
	}
	return nil
}

func (dec *decoder) line(sec section, toks []netio.Token) error {
	switch sec {
	case secNone:
		return dec.src.Errorf(toks[0].At, "%q before *Vertices", toks[0].Text)
	case secVertices:
		return dec.vertex(toks)
	case secEdges:
		return dec.edge(toks)
	case secEdgesList:
		return dec.list(toks)
	case secMatrix:
		return dec.matrix(toks)
	case secPartition:
		return dec.partition.value(toks)
	}
	return nil
}

func (dec *decoder) declare(toks []netio.Token) error {
	if len(toks) < 2 {
		return dec.src.Errorf(toks[0].At, "*Vertices without a count")
	}
	n, err := strconv.Atoi(toks[1].Text)
	if err != nil || n < 0 {
		return dec.src.Errorf(toks[1].At, "vertex count %q: want a whole number", toks[1].Text)
	}
	if max := dec.src.MaxDeclared(); n > max {
		return dec.src.TooMany(toks[1].At, max, graph.T("noder i en fil av denne størrelsen", "vertices in a file of this size"))
	}
	if len(toks) > 2 {
		n1, err := strconv.Atoi(toks[2].Text)
		if err != nil || n1 < 0 || n1 > n {
			return dec.src.Errorf(toks[2].At, "first mode %q: want a whole number from 0 to %d", toks[2].Text, n)
		}
		dec.n1 = n1
	}
	dec.n = n
	dec.vertices = make([]vertex, n)
	dec.vertAt = toks[0].At
	return nil
}

// number parses a vertex number, 1…n.
func (dec *decoder) number(t netio.Token) (int32, error) {
	v, err := strconv.Atoi(t.Text)
	if err != nil || t.Quoted {
		return 0, dec.src.Errorf(t.At, "vertex %q: want a number from 1 to %d", t.Text, dec.n)
	}
	if v < 1 || v > dec.n {
		return 0, dec.src.Errorf(t.At, "vertex %d: want a number from 1 to %d", v, dec.n)
	}
	return int32(v - 1), nil
}

func (dec *decoder) vertex(toks []netio.Token) error {
	i, err := dec.number(toks[0])
	if err != nil {
		return err
	}
	v := &dec.vertices[i]
	if v.set {
		return dec.src.Errorf(toks[0].At, "vertex %d is declared twice (first on line %d)", i+1, v.at.Line)
	}
	v.set, v.at = true, toks[0].At
	if len(toks) > 1 {
		v.label = strings.TrimSpace(toks[1].Text)
		v.fields = pairs(toks[2:], isUnitField)
	}
	return nil
}

// pairs reads the attributes NetworkX's write_pajek puts after the
// standard words of a vertex or edge line ("name \"NAV Bodø\" agency nav",
// "kind møte date 2011-09-14"): a word known reports the names read,
// and the word after it is the value. Pajek's drawing parameters (x, y,
// shape, ic Red, c Blue) are none of them and are skipped.
func pairs(toks []netio.Token, known func(string) bool) []netio.Field {
	var fs []netio.Field
	for i := 0; i+1 < len(toks); i++ {
		if t := toks[i]; !t.Quoted && known(t.Text) {
			fs = append(fs, netio.Field{Name: t.Text, Value: toks[i+1].Text, At: toks[i+1].At})
			i++
		}
	}
	return fs
}

// isUnitField and isEdgeField report whether a word names a unit's or a
// contact's attribute, as units.csv and contacts.csv name their columns.
func isUnitField(w string) bool {
	switch strings.ToLower(w) {
	case "name", "navn", "agency", "etat", "level", "nivå", "municipality", "kommune", "region", "parent", "overordnet", "id":
		return true
	}
	return false
}

func isEdgeField(w string) bool {
	switch strings.ToLower(w) {
	case "kind", "type", "date", "dato", "formal", "formell", "time":
		return true
	}
	return false
}

// lineRelation reads a line's relation prefix "2:" (another way Pajek
// writes multiple relations), returning the relation and the rest.
func (dec *decoder) lineRelation(toks []netio.Token) (int, []netio.Token, error) {
	t := toks[0]
	if t.Quoted || !strings.HasSuffix(t.Text, ":") {
		return dec.relation, toks, nil
	}
	k, err := strconv.Atoi(strings.TrimSuffix(t.Text, ":"))
	if err != nil || k < 1 {
		return 0, nil, dec.src.Errorf(t.At, "relation %q: want 1:, 2:, …", t.Text)
	}
	if _, seen := dec.relations[k]; !seen {
		dec.relations[k] = ""
		dec.unnamed = append(dec.unnamed, k)
	}
	return k, toks[1:], nil
}

func (dec *decoder) addEdge(e edge) error {
	if len(dec.edges) >= dec.src.Limits.MaxEdges {
		return dec.src.TooMany(e.at, dec.src.Limits.MaxEdges, graph.T("kanter", "edges"))
	}
	dec.edges = append(dec.edges, e)
	return nil
}

func (dec *decoder) edge(toks []netio.Token) error {
	rel, toks, err := dec.lineRelation(toks)
	if err != nil {
		return err
	}
	if len(toks) < 2 {
		return dec.src.Errorf(toks[0].At, "an edge needs two vertices")
	}
	from, err := dec.number(toks[0])
	if err != nil {
		return err
	}
	to, err := dec.number(toks[1])
	if err != nil {
		return err
	}
	w := 1.0
	if len(toks) > 2 {
		t := toks[2]
		if w, err = dec.src.Weight(t, "weight", true); err != nil {
			if !errors.Is(err, graph.ErrNotNumber) || t.Quoted || !edgeParams[strings.ToLower(t.Text)] && !isEdgeField(t.Text) {
				return err
			}
			w = 1 // a drawing parameter or an attribute, no weight
		}
	}
	e := edge{from, to, w, rel, toks[0].At, -1}
	if fs := pairs(toks[2:], isEdgeField); fs != nil {
		e.fields = int32(len(dec.edgeFields))
		dec.edgeFields = append(dec.edgeFields, fs)
	}
	return dec.addEdge(e)
}

func (dec *decoder) list(toks []netio.Token) error {
	rel, toks, err := dec.lineRelation(toks)
	if err != nil {
		return err
	}
	from, err := dec.number(toks[0])
	if err != nil {
		return err
	}
	for _, t := range toks[1:] {
		to, err := dec.number(t)
		if err != nil {
			return err
		}
		if err := dec.addEdge(edge{from, to, 1, rel, t.At, -1}); err != nil {
			return err
		}
	}
	return nil
}

// matrix reads the values of a *Matrix: n × n, or n1 × (n − n1) in a
// two-mode file, line ends not mattering.
func (dec *decoder) matrix(toks []netio.Token) error {
	rows, cols := dec.n, dec.n
	if dec.n1 > 0 {
		rows, cols = dec.n1, dec.n-dec.n1
	}
	for _, t := range toks {
		if dec.matrixRow >= rows {
			return dec.src.Errorf(t.At, "more than %d rows in *Matrix", rows)
		}
		w, err := dec.src.Weight(t, "matrix value", true)
		if err != nil {
			return err
		}
		if w != 0 {
			to := dec.matrixCol
			if dec.n1 > 0 {
				to += dec.n1
			}
			if err := dec.addEdge(edge{int32(dec.matrixRow), int32(to), w, -1 - dec.relation, t.At, -1}); err != nil {
				return err
			}
		}
		if dec.matrixCol++; dec.matrixCol == cols {
			dec.matrixRow, dec.matrixCol = dec.matrixRow+1, 0
		}
	}
	return nil
}
