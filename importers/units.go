package importers

import (
	"fmt"
	"strings"

	"github.com/samkart/samkart/graph"
)

// parentRef is a unit that names a parent, and where.
type parentRef struct {
	unit         int32
	file         string
	line, column int
	cell         int
	field        string
}

// units reads a units file. It reports false when the file cannot give
// any units (no id column), since the other files then cannot be checked.
// A unit defined by an earlier file (of another folder) is the same unit
// when the rows agree, and an error otherwise.
func (l *loader) units(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, unitCols, errs)
	if !ok {
		return false, nil
	}
	cID, cName, cAgency, cLevel, cMun, cRegion, cParent := c.idx[0], c.idx[1], c.idx[2], c.idx[3], c.idx[4], c.idx[5], c.idx[6]
	cAnswered := c.idx[7]
	ds := l.ds
	if l.ids == nil {
		l.ids = make(map[string]int32, f.size/64)
	}
	err := f.rows(c, errs, func(r *row) {
		key := r.str(cID)
		if key == "" {
			errs.add(r.at(cID, ErrEmptyID))
			return
		}
		u := graph.Unit{Key: key, Name: r.str(cName), Line: r.line()}
		if u.Name == "" {
			u.Name = key
		}
		u.AgencyLabel = r.str(cAgency)
		u.Agency = graph.NormalizeAgency(u.AgencyLabel)
		lv, err := graph.ParseLevel(r.text(cLevel))
		if err != nil {
			errs.add(r.valueError(cLevel, err))
		}
		u.Level = lv
		u.Municipality = r.str(cMun)
		u.Region = r.str(cRegion)
		u.Parent = r.str(cParent)
		if u.Answered, err = graph.ParseYesNo(r.raw(cAnswered)); err != nil {
			errs.add(r.valueError(cAnswered, err))
		}
		if i, dup := l.ids[key]; dup {
			l.sameUnit(r, cID, i, &u, errs)
			return
		}
		for _, x := range c.extra {
			if v := r.str(x); v != "" {
				name := f.header[x]
				if name == "" {
					name = fmt.Sprintf("column %d", x+1)
				}
				u.Attrs = append(u.Attrs, graph.Attr{Name: name, Value: v})
			}
		}
		if u.AgencyLabel != "" {
			e := r.at(cAgency, nil)
			l.plausible.agency(&u, spot{file: f.name, line: e.Line, col: cAgency, column: e.Column, field: e.Field})
		}
		i, _ := ds.AddUnit(u)
		l.ids[key] = i
		l.unitFile = append(l.unitFile, f.name)
		if u.Parent != "" {
			e := r.at(cParent, nil)
			l.parents = append(l.parents, parentRef{i, f.name, e.Line, e.Column, e.Cell, e.Field})
		}
	})
	return err == nil, err
}

// sameUnit checks u, a second row with the id of unit i: in the same
// file it is a duplicate; in another folder's file it must agree.
func (l *loader) sameUnit(r *row, cID int, i int32, u *graph.Unit, errs *fileErrors) {
	first := &l.ds.Units[i]
	if l.unitFile[i] == r.f.name {
		errs.add(r.at(cID, ErrDuplicateUnit, quote(u.Key), first.Line))
		return
	}
	var diff []string
	for _, d := range []struct {
		field     string
		got, want string
	}{
		{"name", u.Name, first.Name},
		{"agency", u.Agency, first.Agency},
		{"level", u.Level.String(), first.Level.String()},
		{"municipality", u.Municipality, first.Municipality},
		{"region", u.Region, first.Region},
		{"parent", u.Parent, first.Parent},
	} {
		if d.got != d.want {
			diff = append(diff, fmt.Sprintf("%s %s ≠ %s", d.field, quote(d.got), quote(d.want)))
		}
	}
	if len(diff) > 0 {
		errs.add(r.at(cID, ErrSharedUnit, quote(u.Key), fmt.Sprintf("%s:%d", l.unitFile[i], first.Line), strings.Join(diff, ", ")))
	}
}

// checkParents reports parents that are no unit, units that are their
// own parent, and cycles of parents, once every units file is read.
func (l *loader) checkParents() {
	ds := l.ds
	parentOf := make([]int32, len(ds.Units)) // −1: none, or not a unit
	for i := range parentOf {
		parentOf[i] = -1
	}
	ref := make(map[int32]int, len(l.parents))
	var errs []*graph.InputError
	for k, p := range l.parents {
		u := &ds.Units[p.unit]
		e := &graph.InputError{File: p.file, Line: p.line, Column: p.column, Cell: p.cell, Field: p.field}
		switch j, ok := l.ids[u.Parent]; {
		case u.Parent == u.Key:
			e.Err, e.Args = ErrOwnParent, []any{quote(u.Key)}
			errs = append(errs, e)
		case !ok:
			unknownUnit(e, u.Parent).Err = ErrUnknownParent
			if s := l.unitSug.suggest(u.Parent); s != "" {
				e.Suggestion = s
			}
			errs = append(errs, e)
		default:
			parentOf[p.unit] = j
			ref[p.unit] = k
		}
	}
	for _, cycle := range parentCycles(parentOf) {
		// The error is at the parent cell of the cycle's first unit in the
		// files, which is where a reader starts.
		at := cycle[0]
		for _, u := range cycle {
			if p, q := l.parents[ref[u]], l.parents[ref[at]]; p.file < q.file || p.file == q.file && p.line < q.line {
				at = u
			}
		}
		p := l.parents[ref[at]]
		e := &graph.InputError{File: p.file, Line: p.line, Column: p.column, Cell: p.cell, Field: p.field, Err: ErrParentCycle,
			Args: []any{len(cycle), l.cycleText(cycle, at)}}
		errs = append(errs, e)
	}
	l.errs = append(l.errs, errs...)
}

// cycleText writes a cycle of parents from unit at: "A → B → C → A",
// cutting long ones.
func (l *loader) cycleText(cycle []int32, at int32) string {
	start := 0
	for i, u := range cycle {
		if u == at {
			start = i
		}
	}
	var b strings.Builder
	for k := range min(len(cycle), maxListed) {
		b.WriteString(quote(l.ds.Units[cycle[(start+k)%len(cycle)]].Key))
		b.WriteString(" → ")
	}
	if len(cycle) > maxListed {
		b.WriteString("… → ")
	}
	b.WriteString(quote(l.ds.Units[at].Key))
	return b.String()
}

// parentCycles returns the cycles of the parent relation parentOf (−1 for
// none), each in the order of the relation, in linear time: each unit is
// walked up once.
func parentCycles(parentOf []int32) [][]int32 {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(parentOf))
	var cycles [][]int32
	var path []int32
	for start := range parentOf {
		path = path[:0]
		u := int32(start)
		for u >= 0 && state[u] == unseen {
			state[u] = onPath
			path = append(path, u)
			u = parentOf[u]
		}
		if u >= 0 && state[u] == onPath {
			for i, v := range path {
				if v == u {
					cycles = append(cycles, append([]int32(nil), path[i:]...))
					break
				}
			}
		}
		for _, v := range path {
			state[v] = done
		}
	}
	return cycles
}
