package importers

import (
	"strings"

	"github.com/samkart/samkart/graph"
)

// A wide roster, as survey tools (Nettskjema, Questback, SurveyXact)
// export a roster question, has one row per respondent and one column
// per unit, holding how often the respondent works with that unit;
// columns named "UNIT [quality]" or "UNIT: tillit" hold the ratings.
// It reads as the long form with a row per filled cell.

// wideUnit is a unit of a wide roster and the columns about it (−1 for
// none).
type wideUnit struct {
	unit   int32
	freq   int
	rating [graph.NumRatings]int
}

// surveyWide reads a wide roster whose header c has a respondent column
// and no alter column.
func (l *loader) surveyWide(f *csvFile, c columns, errs *fileErrors) (bool, error) {
	ok := true
	for _, k := range []int{sFrequency, sQuality, sTrust, sValue} {
		if i := c.idx[k]; i >= 0 {
			errs.add(&graph.InputError{File: f.name, Line: f.hline, Column: f.hcol[i], Cell: i + 1, Field: f.header[i],
				Err: ErrWideColumn, Args: []any{quote(f.header[i])}})
			ok = false
		}
	}
	units, found := l.wideColumns(f, c, errs)
	if !ok || !found {
		return false, nil
	}
	sr := l.surv
	self, selfLine := 0, 0
	err := f.rows(c, errs, func(r *row) {
		a0, ok := l.surveyRespondent(r, c.idx[sRespondent], c.idx[sRound], c.idx[sTopic], errs)
		if !ok {
			return
		}
		k := answerKey{a0.Respondent, -1, a0.Round, a0.Topic}
		if first, dup := sr.row[k]; dup {
			errs.add(r.at(c.idx[sRespondent], ErrDuplicateRespondent, quote(l.ds.Units[a0.Respondent].Key), sr.roundTopic(a0), first))
			return
		}
		sr.row[k] = r.line()
		named := false
		for _, w := range units {
			a := a0
			rated, bad := ratings(r, w.rating, &a.Ratings, errs)
			freq, given := l.frequency(r, w.freq, errs)
			switch {
			case bad || w.freq >= 0 && len(r.text(w.freq)) > 0 && !given:
				continue // an error is added
			case !given && rated:
				errs.add(r.at(firstCol(w), ErrNoFrequency))
				continue
			case !given:
				continue
			case w.unit == a.Respondent:
				if self == 0 {
					selfLine = r.line()
				}
				self++
				continue
			}
			a.Alter, a.Frequency = w.unit, freq
			l.addAnswer(r, w.freq, a, errs)
			named = true
		}
		if !named {
			a0.Alter = -1 // the respondent answered, naming no one
			sr.s.Answers = append(sr.s.Answers, a0)
		}
	})
	if err != nil {
		return false, err
	}
	l.selfAnswers(f.name, self, selfLine)
	return true, nil
}

// firstCol is the first rating column of w, where an error about its
// missing frequency is put.
func firstCol(w wideUnit) int {
	for _, c := range w.rating {
		if c >= 0 {
			return c
		}
	}
	return w.freq
}

// wideColumns finds the units of a wide roster's columns, in the order
// of their first column. A column named like a unit id but misspelt is an
// error with the id suggested; other columns (a time stamp, a response
// number) get a warning and are not used. found is false, with an error,
// when no column is a unit.
func (l *loader) wideColumns(f *csvFile, c columns, errs *fileErrors) (units []wideUnit, found bool) {
	at := map[int32]int{}
	var unused []string
	ok := true
	for _, x := range c.extra {
		h := f.header[x]
		if strings.TrimSpace(h) == "" {
			continue
		}
		id, rating := splitWideHeader(h)
		u, known := l.idt.get([]byte(id))
		if !known {
			if misspelt(id, l.unitSug.names) != "" {
				e := unknownUnit(&graph.InputError{File: f.name, Line: f.hline, Column: f.hcol[x], Cell: x + 1, Field: h}, id)
				errs.add(e) // load suggests the id, as for other unknown units
				ok = false
			} else {
				unused = append(unused, h)
			}
			continue
		}
		i, seen := at[u]
		if !seen {
			i = len(units)
			at[u] = i
			units = append(units, wideUnit{unit: u, freq: -1, rating: [graph.NumRatings]int{-1, -1, -1}})
		}
		slot := &units[i].freq
		if rating >= 0 {
			slot = &units[i].rating[rating]
		}
		if *slot >= 0 {
			errs.add(&graph.InputError{File: f.name, Line: f.hline, Column: f.hcol[x], Cell: x + 1, Field: h,
				Err: ErrRepeatedColumn, Args: []any{quote(h), *slot + 1, quote(f.header[*slot])}})
			ok = false
			continue
		}
		*slot = x
	}
	if len(units) == 0 && ok {
		sp := surveyCols[sAlter]
		errs.add(&graph.InputError{File: f.name, Line: f.hline, Field: sp.name, Err: ErrNoAlterColumn, Args: []any{sp.name}})
		return nil, false
	}
	for _, h := range unused {
		l.warn(f.name, f.hline, trf("kolonnen %s er ingen enhets-id og brukes ikke", "column %s is no unit id and is not used", quote(h)))
	}
	return units, ok
}

// splitWideHeader reads a wide roster's column name: a unit id, perhaps
// followed by what the column holds in brackets or after a colon
// ("NAV [tillit]", "NAV: quality"). rating is −1 for the frequency.
func splitWideHeader(h string) (id string, rating int) {
	h = strings.TrimSpace(h)
	var what string
	switch {
	case strings.HasSuffix(h, "]") && strings.LastIndexByte(h, '[') > 0:
		i := strings.LastIndexByte(h, '[')
		id, what = h[:i], h[i+1:len(h)-1]
	case strings.LastIndexByte(h, ':') > 0:
		i := strings.LastIndexByte(h, ':')
		id, what = h[:i], h[i+1:]
	default:
		return h, -1
	}
	key := headerKey(what)
	for k, spec := range []int{sFrequency, sQuality, sTrust, sValue} {
		for _, a := range surveyCols[spec].aliases {
			if key == a {
				return strings.TrimSpace(id), k - 1
			}
		}
	}
	return h, -1
}
