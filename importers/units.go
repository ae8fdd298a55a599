package importers

import (
	"fmt"

	"github.com/samkart/samkart/graph"
)

// units reads units.csv. It reports false when the file cannot give any
// units (no id column), since the other files then cannot be checked.
func (l *loader) units(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, unitCols, errs)
	if !ok {
		return false, nil
	}
	cID, cName, cAgency, cLevel, cMun, cRegion, cParent := c.idx[0], c.idx[1], c.idx[2], c.idx[3], c.idx[4], c.idx[5], c.idx[6]
	ds := l.ds
	l.ids = make(map[string]int32, f.size/64)
	type parentRef struct {
		unit         int32
		line, column int
		cell         int
		field        string
	}
	var parents []parentRef
	err := f.rows(c, errs, func(r *row) {
		key := r.str(cID)
		if key == "" {
			errs.add(r.at(cID, ErrEmptyID))
			return
		}
		if i, dup := l.ids[key]; dup {
			errs.add(r.at(cID, ErrDuplicateUnit, quote(key), ds.Units[i].Line))
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
		for _, x := range c.extra {
			if v := r.str(x); v != "" {
				name := f.header[x]
				if name == "" {
					name = fmt.Sprintf("column %d", x+1)
				}
				u.Attrs = append(u.Attrs, graph.Attr{Name: name, Value: v})
			}
		}
		i, _ := ds.AddUnit(u)
		l.ids[key] = i
		if u.Parent != "" {
			e := r.at(cParent, nil)
			parents = append(parents, parentRef{i, e.Line, e.Column, e.Cell, e.Field})
		}
	})
	if err != nil {
		return false, err
	}
	keys := make([]string, len(ds.Units))
	for i := range ds.Units {
		keys[i] = ds.Units[i].Key
	}
	l.unitSug = newSuggester(keys)
	for _, p := range parents {
		u := &ds.Units[p.unit]
		e := &graph.InputError{File: f.name, Line: p.line, Column: p.column, Cell: p.cell, Field: p.field}
		switch _, ok := l.ids[u.Parent]; {
		case u.Parent == u.Key:
			e.Err, e.Args = ErrOwnParent, []any{quote(u.Key)}
			errs.add(e)
		case !ok:
			unknownUnit(e, u.Parent).Err = ErrUnknownParent
			errs.add(e)
		}
	}
	return true, nil
}
