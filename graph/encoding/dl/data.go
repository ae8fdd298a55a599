package dl

import (
	"fmt"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

func itoa(i int) string          { return strconv.Itoa(i) }
func atoi(s string) (int, error) { return strconv.Atoi(s) }
func (dec *decoder) kind(m int) string {
	switch {
	case m < len(dec.matrices):
		if l := dec.matrices[m]; l != noKind && l != "(uten type)" {
			return l
		}
		return ""
	case dec.nm <= 1:
		return ""
	}
	return strconv.Itoa(m + 1)
}

// shape settles the modes and sizes after the header: a file with n= is
// one-mode; one with nr= and nc= is two-mode (rows are units, columns
// events) unless its row and column labels are the same list, and so is
// one in the formats edgelist2 and nodelist2.
func (dec *decoder) shape() error {
	if dec.nm < 0 {
		dec.nm = 1
	}
	if dec.nm == 0 {
		return dec.src.FileError("nm=0: no matrix")
	}
	if dec.n >= 0 {
		dec.nr, dec.nc = dec.n, dec.n
	}
	if dec.nr < 0 || dec.nc < 0 {
		return dec.src.FileError("nr= without nc=, or nc= without nr=: give both, or n=")
	}
	two := dec.format == "edgelist2" || dec.format == "nodelist2"
	if dec.n < 0 && !two {
		two = !(dec.nr == dec.nc && dec.rows != nil && dec.cols != nil && sameLabels(dec.rows, dec.cols))
	}
	dec.twoMode = two
	if dec.rows == nil {
		dec.rows = newLabels(dec.nr, "nr="+itoa(dec.nr))
		if dec.n >= 0 {
			dec.rows.what = "n=" + itoa(dec.n)
		}
	}
	if !two {
		if dec.cols != nil && !sameLabels(dec.rows, dec.cols) {
			return dec.src.Errorf(dec.cols.at[0], "the column labels differ from the row labels in a one-mode file (n=%d)", dec.nr)
		}
		dec.cols = dec.rows
		return nil
	}
	if dec.cols == nil {
		dec.cols = newLabels(dec.nc, "nc="+itoa(dec.nc))
	}
	if dec.format == "lowerhalf" || dec.format == "upperhalf" {
		return dec.src.FileError("format %s is for one-mode data (n=); a two-mode file is a fullmatrix, edgelist2 or nodelist2", dec.format)
	}
	return nil
}

// cell adds the value w of row r, column c of matrix m.
func (dec *decoder) cell(r, c int32, w float64, m int, at netio.Pos) error {
	if w == 0 {
		return nil
	}
	if len(dec.cells) >= dec.src.Limits.MaxEdges {
		return dec.src.TooMany(at, dec.src.Limits.MaxEdges, graph.T("celler", "cells"))
	}
	dec.weighted = dec.weighted || w != 1
	dec.cells = append(dec.cells, netio.Cell{From: r, To: c, Weight: w, Kind: dec.kind(m), At: at})
	return nil
}

func (dec *decoder) data() error {
	switch dec.format {
	case "fullmatrix", "lowerhalf", "upperhalf":
		return dec.matrix()
	}
	m := 0
	for {
		l, ok := dec.s.nextLine()
		if !ok {
			break
		}
		if len(l) == 1 && l[0].Text == "!" && !l[0].Quoted {
			if m++; m >= dec.nm {
				return dec.src.Errorf(l[0].At, "more than nm=%d matrices", dec.nm)
			}
			continue
		}
		if err := dec.listLine(l, m); err != nil {
			return err
		}
	}
	if dec.s.err != nil {
		return dec.s.err
	}
	if m+1 < dec.nm {
		return dec.src.Errorf(dec.src.End(), "nm=%d, and the %s data gives %d; separate the matrices with a line !", dec.nm, dec.format, m+1)
	}
	return nil
}

// listLine reads a line of an edge or node list of matrix m.
func (dec *decoder) listLine(l []netio.Token, m int) error {
	edge := dec.format == "edgelist1" || dec.format == "edgelist2"
	if edge && (len(l) < 2 || len(l) > 3) {
		return dec.src.Errorf(l[0].At, "an %s line has two nodes and an optional value; found %d words", dec.format, len(l))
	}
	from, err := dec.row(l[0])
	if err != nil {
		return err
	}
	if edge {
		to, err := dec.col(l[1])
		if err != nil {
			return err
		}
		w := 1.0
		if len(l) == 3 {
			if w, err = dec.src.Weight(l[2], "value", false); err != nil {
				return err
			}
		}
		if w == 0 {
			if dec.zero == 0 {
				dec.zeroAt = l[0].At
			}
			dec.zero++ // as a weight of 0 in the CSV files: no tie
		}
		return dec.cell(from, to, w, m, l[0].At)
	}
	for _, t := range l[1:] {
		to, err := dec.col(t)
		if err != nil {
			return err
		}
		if err := dec.cell(from, to, 1, m, t.At); err != nil {
			return err
		}
	}
	return nil
}

// matrix reads full, lower-half or upper-half matrices, nm of them, one
// after another: the values as one stream, line ends not mattering, after
// the column labels and with a row label first on each row when labels
// are embedded.
func (dec *decoder) matrix() error {
	for m := 0; m < dec.nm; m++ {
		if dec.colEmbedded {
			if err := dec.columnLabels(m); err != nil {
				return err
			}
		}
		for r := 0; r < dec.nr; r++ {
			if err := dec.matrixRow(r, m); err != nil {
				return err
			}
		}
	}
	if t, ok := dec.s.next(); ok {
		return dec.src.Errorf(t.At, "%q after the last row of the matrix", t.Text)
	}
	return dec.s.err
}

// columnLabels reads the column labels before an embedded matrix: those
// of the first matrix name the columns, and later matrices may repeat
// them.
func (dec *decoder) columnLabels(m int) error {
	if m > 0 {
		if t, ok := dec.s.peek(); ok {
			if _, err := strconv.ParseFloat(t.Text, 64); err == nil && !t.Quoted {
				return nil // no labels again
			}
		}
	}
	for c := 0; c < dec.nc; c++ {
		t, ok := dec.s.next()
		if !ok {
			if dec.s.err != nil {
				return dec.s.err
			}
			return dec.src.Errorf(t.At, "fewer than %s column labels", dec.cols.what)
		}
		i, err := dec.node(dec.cols, t)
		if err != nil {
			return err
		}
		if int(i) != c {
			return dec.src.Errorf(t.At, "column label %q: want %s", t.Text, wantLabel(dec.cols, c))
		}
	}
	return nil
}

// matrixRow reads row r of matrix m.
func (dec *decoder) matrixRow(r, m int) error {
	if dec.rowEmbedded {
		t, ok := dec.s.next()
		if !ok {
			if dec.s.err != nil {
				return dec.s.err
			}
			return dec.src.Errorf(t.At, "the matrix has %d rows; want %s", r, dec.rows.what)
		}
		i, err := dec.node(dec.rows, t)
		if err != nil {
			return err
		}
		if int(i) != r {
			return dec.src.Errorf(t.At, "row label %q: want %s", t.Text, wantLabel(dec.rows, r))
		}
	}
	lo, hi := 0, dec.nc
	switch dec.format {
	case "lowerhalf":
		hi = r + 1
	case "upperhalf":
		lo = r
	}
	for c := lo; c < hi; c++ {
		if c == r && !dec.diagonal && !dec.twoMode {
			continue
		}
		t, ok := dec.s.next()
		if !ok {
			if dec.s.err != nil {
				return dec.s.err
			}
			return dec.src.Errorf(t.At, "the matrix ends in row %d; want %s", r+1, dec.size())
		}
		w, err := dec.src.Weight(t, "value", false)
		if err != nil {
			return err
		}
		if err := dec.cell(int32(r), int32(c), w, m, t.At); err != nil {
			return err
		}
		if dec.format != "fullmatrix" && c != r { // a half matrix is symmetric
			if err := dec.cell(int32(c), int32(r), w, m, t.At); err != nil {
				return err
			}
		}
	}
	return nil
}

func (dec *decoder) size() string {
	switch {
	case dec.format == "lowerhalf":
		return fmt.Sprintf("the lower half of n=%d rows", dec.nr)
	case dec.format == "upperhalf":
		return fmt.Sprintf("the upper half of n=%d rows", dec.nr)
	case dec.twoMode:
		return fmt.Sprintf("nr=%d rows of nc=%d values", dec.nr, dec.nc)
	}
	return fmt.Sprintf("n=%d rows of %d values", dec.nr, dec.nc)
}

// wantLabel says what label i of l should be: the one given, or a new one.
func wantLabel(l *labels, i int) string {
	if i < len(l.list) {
		return strconv.Quote(l.list[i])
	}
	return "a new label (one per node)"
}
