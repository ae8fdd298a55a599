package importers

import (
	"fmt"
	"slices"
	"strings"

	"github.com/samkart/samkart/graph"
)

// municipalities reads municipalities.csv: name, region, programme
// membership, and any other columns, kept as numbers (Municipality.Numbers)
// when every value in the column is a number and as text (Attrs)
// otherwise. A column with numbers written with leading zeros, such as the
// municipality number 0301, is text.
func (l *loader) municipalities(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, municipalityCols, errs)
	if !ok {
		return false, nil
	}
	cName, cRegion, cProg := c.idx[0], c.idx[1], c.idx[2]
	ds := l.ds
	start := len(ds.Municipalities) // those of earlier files (other folders)
	comma := f.comma
	seen := make(map[string]int) // lower-case name → line
	var extra [][]string         // per row, the values of c.extra
	numeric := make([]bool, len(c.extra))
	for i := range numeric {
		numeric[i] = true
	}
	err := f.rows(c, errs, func(r *row) {
		name := r.str(cName)
		if name == "" {
			errs.add(r.at(cName, ErrEmptyMunicipality))
			return
		}
		low := strings.ToLower(name)
		if line, dup := seen[low]; dup {
			errs.add(r.at(cName, ErrDuplicateMunicipality, quote(name), line))
			return
		}
		seen[low] = r.line()
		m := graph.Municipality{Name: name, Region: r.str(cRegion), Line: r.line()}
		t, err := graph.ParseYesNo(r.raw(cProg))
		if err != nil {
			errs.add(r.valueError(cProg, err))
		}
		m.Programme = t
		vals := make([]string, len(c.extra))
		for i, x := range c.extra {
			v := r.str(x)
			vals[i] = v
			if v != "" && numeric[i] {
				_, ok := graph.ParseNumberString(v, comma)
				numeric[i] = ok && !leadingZero(v)
			}
		}
		ds.Municipalities = append(ds.Municipalities, m)
		extra = append(extra, vals)
	})
	if err != nil {
		return false, err
	}
	for ri := range ds.Municipalities[start:] {
		m := &ds.Municipalities[start+ri]
		for i, x := range c.extra {
			v := extra[ri][i]
			if v == "" {
				continue
			}
			name := f.header[x]
			if name == "" {
				name = fmt.Sprintf("column %d", x+1)
			}
			if numeric[i] {
				n, _ := graph.ParseNumberString(v, comma)
				m.Numbers = append(m.Numbers, graph.Num{Name: name, Value: n})
			} else {
				m.Attrs = append(m.Attrs, graph.Attr{Name: name, Value: v})
			}
		}
	}
	l.sameMunicipalities(f, start, errs)
	return true, nil
}

// sameMunicipalities checks the municipalities read from f, from index
// start on, against those of earlier files (other folders): one that is
// there already is dropped when it agrees, and an error otherwise.
func (l *loader) sameMunicipalities(f *csvFile, start int, errs *fileErrors) {
	ds := l.ds
	if start == 0 {
		for range ds.Municipalities {
			l.munFile = append(l.munFile, f.name)
		}
		return
	}
	earlier := make(map[string]int, start)
	for i, m := range ds.Municipalities[:start] {
		earlier[strings.ToLower(m.Name)] = i
	}
	kept := ds.Municipalities[:start]
	for _, m := range ds.Municipalities[start:] {
		i, dup := earlier[strings.ToLower(m.Name)]
		if !dup {
			kept = append(kept, m)
			l.munFile = append(l.munFile, f.name)
			continue
		}
		first := &ds.Municipalities[i]
		if m.Region != first.Region || m.Programme != first.Programme ||
			!slices.Equal(m.Numbers, first.Numbers) || !slices.Equal(m.Attrs, first.Attrs) {
			errs.add(&graph.InputError{File: f.name, Line: m.Line, Err: ErrSharedMunicipality,
				Args: []any{quote(m.Name), fmt.Sprintf("%s:%d", l.munFile[i], first.Line)}})
		}
	}
	ds.Municipalities = kept
}

// leadingZero reports whether s is an integer written with a leading zero,
// like a municipality number (0301).
func leadingZero(s string) bool {
	s = strings.TrimLeft(s, "+-")
	return len(s) > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9'
}
