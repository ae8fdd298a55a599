package importers

import (
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// expected reads expected.csv: pairs that should be tied, each end a unit
// id, agency:NAME (an agency of the units, normalised) or level:N (a level
// number or word); min_weight defaults to 1 and must be above 0; scope is
// a municipality. A row that an earlier file (of another folder) has too
// is read once.
func (l *loader) expected(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, expectedCols, errs)
	if !ok {
		return false, nil
	}
	l.ignored(f, c, expectedCols)
	cA, cB, cMin, cScope := c.idx[0], c.idx[1], c.idx[2], c.idx[3]
	ds := l.ds
	agencies, agencyList := unitAgencies(ds)
	agencySug := newSuggester(agencyList)
	muns := make(map[string]bool)
	for _, m := range ds.MunicipalityNames() {
		muns[strings.ToLower(m)] = true
	}
	comma := f.comma
	endpoint := func(r *row, col int) (graph.Endpoint, bool) {
		s := r.str(col)
		low := strings.ToLower(s)
		switch {
		case s == "":
			errs.add(r.at(col, ErrEmptyEndpoint, r.f.header[col]))
			return graph.Endpoint{}, false
		case hasPrefix(low, "agency:", "etat:"):
			name := s[strings.IndexByte(s, ':')+1:]
			key := graph.NormalizeAgency(name)
			if !agencies[key] {
				e := r.at(col, ErrUnknownAgency, quote(strings.TrimSpace(name)))
				e.Value = name
				if e.Suggestion = agencySug.suggest(key); e.Suggestion == "" {
					e.WantArgs = []any{listSome(agencyList, len(agencyList))}
				}
				errs.add(e)
				return graph.Endpoint{}, false
			}
			return graph.Endpoint{Kind: graph.EndAgency, Agency: key}, true
		case hasPrefix(low, "level:", "nivå:", "niva:"):
			lv, err := graph.ParseLevelString(s[strings.IndexByte(s, ':')+1:])
			if err != nil || lv == graph.LevelUnknown {
				e := r.at(col, ErrEndpointLevel)
				e.Value = s
				errs.add(e)
				return graph.Endpoint{}, false
			}
			return graph.Endpoint{Kind: graph.EndLevel, Level: lv}, true
		}
		if _, ok := l.ids[s]; !ok {
			errs.add(unknownUnit(r.at(col, nil), s))
			return graph.Endpoint{}, false
		}
		return graph.Endpoint{Kind: graph.EndUnit, Unit: s}, true
	}
	err := f.rows(c, errs, func(r *row) {
		a, okA := endpoint(r, cA)
		b, okB := endpoint(r, cB)
		x := graph.Expectation{A: a, B: b, MinWeight: 1, Scope: r.str(cScope), Line: r.line()}
		ok := okA && okB
		if v := r.raw(cMin); len(v) > 0 {
			w, okW := graph.ParseNumber(v, comma)
			if !okW || w <= 0 {
				errs.add(r.valueError(cMin, ErrMinWeight))
				ok = false
			}
			x.MinWeight = w
		}
		if x.Scope != "" && !muns[strings.ToLower(x.Scope)] {
			l.warn(f.name, r.line(), trf("scope %s er ikke en kommune blant enhetene eller i municipalities.csv",
				"scope %s is no municipality of the units or of municipalities.csv", quote(x.Scope)))
		}
		if !ok {
			return
		}
		key := x
		key.Line = 0
		if file, dup := l.expectSet[key]; dup && file != f.name {
			return // the same row in another folder's file
		}
		if l.expectSet == nil {
			l.expectSet = make(map[graph.Expectation]string)
		}
		if _, dup := l.expectSet[key]; !dup {
			l.expectSet[key] = f.name
		}
		ds.Expected = append(ds.Expected, x)
	})
	return err == nil, err
}

func hasPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// listSome joins up to maxListed of names and says how many of total
// are left out.
func listSome(names []string, total int) graph.Text {
	if total == 0 {
		return tr("(ingen)", "(none)")
	}
	shown := strings.Join(names[:min(len(names), maxListed)], ", ")
	if rest := total - min(len(names), maxListed); rest > 0 {
		return trf("%s og %s til", "%s and %s more", shown, graph.Count(rest))
	}
	return graph.T(shown, shown)
}

// unitAgencies returns the agencies of ds's units, as a set and sorted.
func unitAgencies(ds *graph.Dataset) (map[string]bool, []string) {
	agencies := make(map[string]bool)
	for i := range ds.Units {
		if a := ds.Units[i].Agency; a != "" {
			agencies[a] = true
		}
	}
	list := make([]string, 0, len(agencies))
	for a := range agencies {
		list = append(list, a)
	}
	sort.Strings(list)
	return agencies, list
}
