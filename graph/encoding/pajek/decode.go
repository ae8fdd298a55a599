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
	secSkip // partitions, vectors and the like in a .paj project
)

// edgeParams are the words Pajek allows after an edge's end points, for
// drawing; an edge line whose third word is one of them has no weight.
var edgeParams = map[string]bool{
	"c": true, "p": true, "s": true, "a": true, "w": true, "h1": true, "h2": true, "a1": true, "a2": true,
	"k1": true, "k2": true, "ap": true, "l": true, "lp": true, "lphi": true, "lc": true, "lr": true,
	"la": true, "size": true, "fos": true, "font": true,
}

type vertex struct {
	label string
	off   int
	set   bool
}

type decoder struct {
	src      *netio.Source
	n        int // declared vertices; −1 before *Vertices
	vertices []vertex
	vertOff  int
	edges    []edge
	cells    []netio.Cell
	networks int
}

type edge struct {
	from, to int32
	weight   float64
	off      int
}

// Decode reads a Pajek .net file from r into a dataset; name is the file
// name errors carry. The file may be UTF-8 or Windows-1252.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src, err := netio.Read(r, name)
	if err != nil {
		return nil, err
	}
	src.FromWindows1252()
	dec := &decoder{src: src, n: -1}
	if err := dec.parse(); err != nil {
		return nil, err
	}
	return dec.dataset()
}

func (dec *decoder) parse() error {
	sec := secNone
	matrixRow, matrixCol := 0, 0
	for _, l := range dec.src.Lines() {
		trimmed := strings.TrimSpace(l.Text)
		if trimmed == "" || trimmed[0] == '%' {
			continue
		}
		toks, err := dec.src.Tokens(l, "")
		if err != nil {
			// What follows a vertex's label or an edge's weight (drawing
			// parameters, NetworkX's attributes) is not read, so a stray
			// quote there does not matter.
			switch {
			case sec == secSkip:
				continue
			case sec == secVertices && len(toks) >= 2, sec == secEdges && len(toks) >= 3:
			default:
				return err
			}
		}
		if first := toks[0]; !first.Quoted && strings.HasPrefix(first.Text, "*") {
			word := strings.ToLower(first.Text)
			if sec == secSkip && word != "*network" {
				continue
			}
			switch word {
			case "*network", "*net":
				dec.networks++
				if dec.networks > 1 {
					return dec.src.Errorf(first.Off, "a second *Network: samkart reads one network per file")
				}
				sec = secNone
			case "*vertices":
				if dec.n >= 0 {
					return dec.src.Errorf(first.Off, "a second *Vertices line")
				}
				if err := dec.declare(toks); err != nil {
					return err
				}
				sec = secVertices
			case "*edges", "*arcs", "*edgeslist", "*arcslist", "*matrix":
				if dec.n < 0 {
					return dec.src.Errorf(first.Off, "%s before *Vertices", first.Text)
				}
				switch word {
				case "*edges", "*arcs":
					sec = secEdges
				case "*edgeslist", "*arcslist":
					sec = secEdgesList
				default:
					sec = secMatrix
					matrixRow, matrixCol = 0, 0
				}
			case "*partition", "*vector", "*permutation", "*cluster", "*hierarchy":
				sec = secSkip
			default:
				return dec.src.Errorf(first.Off, "unknown section %s; want *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist or *Matrix", first.Text)
			}
			continue
		}
		switch sec {
		case secNone:
			return dec.src.Errorf(toks[0].Off, "%q before *Vertices", toks[0].Text)
		case secVertices:
			err = dec.vertex(toks)
		case secEdges:
			err = dec.edge(toks)
		case secEdgesList:
			err = dec.list(toks)
		case secMatrix:
			for _, t := range toks {
				if matrixRow >= dec.n {
					return dec.src.Errorf(t.Off, "more than %d rows in *Matrix", dec.n)
				}
				w, err := dec.src.Weight(t, "matrix value", true)
				if err != nil {
					return err
				}
				if w != 0 {
					dec.cells = append(dec.cells, netio.Cell{From: int32(matrixRow), To: int32(matrixCol), Weight: w, Off: t.Off})
				}
				if matrixCol++; matrixCol == dec.n {
					matrixRow, matrixCol = matrixRow+1, 0
				}
			}
		}
		if err != nil {
			return err
		}
	}
	if dec.n < 0 {
		return dec.src.FileError("no *Vertices line")
	}
	return nil
}

func (dec *decoder) declare(toks []netio.Token) error {
	if len(toks) < 2 {
		return dec.src.Errorf(toks[0].Off, "*Vertices without a count")
	}
	n, err := strconv.Atoi(toks[1].Text)
	if err != nil || n < 0 {
		return dec.src.Errorf(toks[1].Off, "vertex count %q: want a whole number", toks[1].Text)
	}
	if n > netio.MaxNodes(len(dec.src.Data)) {
		return dec.src.Errorf(toks[1].Off, "%d vertices: more than samkart reads from a file of %d bytes", n, len(dec.src.Data))
	}
	dec.n = n
	dec.vertices = make([]vertex, n)
	dec.vertOff = toks[0].Off
	return nil
}

// number parses a vertex number, 1…n.
func (dec *decoder) number(t netio.Token) (int32, error) {
	v, err := strconv.Atoi(t.Text)
	if err != nil || t.Quoted {
		return 0, dec.src.Errorf(t.Off, "vertex %q: want a number from 1 to %d", t.Text, dec.n)
	}
	if v < 1 || v > dec.n {
		return 0, dec.src.Errorf(t.Off, "vertex %d: want a number from 1 to %d", v, dec.n)
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
		return dec.src.Errorf(toks[0].Off, "vertex %d is declared twice (first on line %d)", i+1, dec.src.Line(v.off))
	}
	v.set, v.off = true, toks[0].Off
	if len(toks) > 1 {
		v.label = strings.TrimSpace(toks[1].Text)
	}
	return nil
}

func (dec *decoder) edge(toks []netio.Token) error {
	if len(toks) < 2 {
		return dec.src.Errorf(toks[0].Off, "an edge needs two vertices")
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
			if !errors.Is(err, graph.ErrNotNumber) || t.Quoted || !edgeParams[strings.ToLower(t.Text)] {
				return err
			}
			w = 1 // a drawing parameter, no weight
		}
	}
	dec.edges = append(dec.edges, edge{from, to, w, toks[0].Off})
	return nil
}

func (dec *decoder) list(toks []netio.Token) error {
	from, err := dec.number(toks[0])
	if err != nil {
		return err
	}
	for _, t := range toks[1:] {
		to, err := dec.number(t)
		if err != nil {
			return err
		}
		dec.edges = append(dec.edges, edge{from, to, 1, t.Off})
	}
	return nil
}

func (dec *decoder) dataset() (*graph.Dataset, error) {
	b := netio.NewBuilder(dec.src)
	// Keys are the labels, made unique where vertices share one.
	used := make(map[string]int, dec.n)
	for i := range dec.vertices {
		if l := dec.vertices[i].label; l != "" {
			used[l]++
		}
	}
	taken := make(map[string]bool, dec.n)
	var warnings []graph.Warning
	for i := range dec.vertices {
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
			warnings = append(warnings, graph.Warning{File: dec.src.File, Line: dec.src.Line(v.off),
				Msg: graph.T("node "+num+": etiketten "+strconv.Quote(v.label)+" er ikke unik; enhets-id "+strconv.Quote(key),
					"vertex "+num+": label "+strconv.Quote(v.label)+" is not unique; unit id "+strconv.Quote(key))})
		}
		taken[key] = true
		off := v.off
		if !v.set {
			off = dec.vertOff
		}
		if err := b.Node(num, []netio.Field{{Name: "id", Value: key}, {Name: "name", Value: v.label}}, off); err != nil {
			return nil, err
		}
	}
	for _, e := range dec.edges {
		b.Contact(e.from, e.to, e.weight, e.off)
	}
	b.Cells(dec.cells)
	d, err := b.Finish()
	if err != nil {
		return nil, err
	}
	d.Warnings = append(warnings, d.Warnings...)
	return d, nil
}
