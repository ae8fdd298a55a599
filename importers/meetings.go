package importers

import (
	"slices"

	"github.com/samkart/samkart/graph"
)

// meetings reads meetings.csv, one row per participant, into one
// graph.Meeting per meeting id: its units sorted without repeats; date,
// kind and formal from the first row that gives them; meetings in the
// order they first appear. Meeting ids count within their file: the same
// id in another folder's file is another meeting.
func (l *loader) meetings(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, meetingCols, errs)
	if !ok {
		return false, nil
	}
	l.ignored(f, c, meetingCols)
	cMeeting, cUnit, cDate, cKind, cFormal := c.idx[0], c.idx[1], c.idx[2], c.idx[3], c.idx[4]
	ds := l.ds
	start := len(ds.Meetings) // the meetings of earlier files (other folders)
	at := make(map[string]int32)
	var formal []graph.Tri // formal as first given, per meeting
	err := f.rows(c, errs, func(r *row) {
		key := r.text(cMeeting)
		if len(key) == 0 {
			errs.add(r.at(cMeeting, ErrEmptyMeeting))
			return
		}
		mi, ok := at[string(key)]
		if !ok {
			mi = int32(len(ds.Meetings) - start)
			ds.Meetings = append(ds.Meetings, graph.Meeting{Key: string(key), Date: graph.NoDate, Line: r.line()})
			at[string(key)] = mi
			formal = append(formal, graph.Unknown)
		}
		m := &ds.Meetings[start+int(mi)]
		u, ok := l.idt.get(r.text(cUnit))
		if !ok {
			errs.add(unknownUnit(r.at(cUnit, nil), string(r.text(cUnit))))
		} else {
			m.Units = append(m.Units, u)
		}
		if d, err := graph.ParseDate(r.raw(cDate)); err != nil {
			errs.add(r.valueError(cDate, err))
		} else if !m.Date.Valid() {
			m.Date = d
		}
		if v := r.text(cKind); len(v) > 0 && m.Kind == 0 {
			m.Kind = ds.Kind(string(v))
			e := r.at(cKind, nil)
			l.plausible.kind(m.Kind, spot{file: f.name, line: e.Line, col: cKind, column: e.Column, field: e.Field})
		}
		switch t, err := graph.ParseYesNo(r.raw(cFormal)); {
		case err != nil:
			errs.add(r.valueError(cFormal, err))
		case t != graph.Unknown && formal[mi] == graph.Unknown:
			formal[mi] = t
		}
	})
	if err != nil {
		return false, err
	}
	single, singleLine := 0, 0
	for i := range ds.Meetings[start:] {
		m := &ds.Meetings[start+i]
		slices.Sort(m.Units)
		m.Units = slices.Clip(slices.Compact(m.Units))
		switch formal[i] {
		case graph.Unknown:
			m.Formal = graph.FormalByDefault(ds.KindName(m.Kind))
		default:
			m.Formal = formal[i] == graph.Yes
		}
		l.plausible.kindN[m.Kind]++
		l.plausible.date(m.Date, spot{file: f.name, line: m.Line, col: cDate})
		if len(m.Units) == 1 {
			if single == 0 {
				singleLine = m.Line
			}
			single++
		}
	}
	switch {
	case single == 1:
		l.warn(f.name, singleLine, tr("et møte med bare én enhet: det gir ikke noe bånd", "a meeting with only one unit: it adds no tie"))
	case single > 1:
		l.warn(f.name, singleLine, trf("%d møter med bare én enhet (det første her): de gir ikke noe bånd",
			"%d meetings with only one unit (the first here): they add no tie", single))
	}
	return true, nil
}
