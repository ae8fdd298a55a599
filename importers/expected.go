package importers

import (
	"fmt"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

var endpointWant = tr("en enhets-id, etat:NAVN eller nivå:N", "a unit id, agency:NAME or level:N")

// expected reads expected.csv: pairs that should be tied, each end a unit
// id, agency:NAME (an agency of the units, normalised) or level:N (a level
// number or word); min_weight defaults to 1 and must be above 0; scope is
// a municipality.
func (l *loader) expected(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, expectedCols, errs)
	if !ok {
		return false, nil
	}
	l.ignored(f, c, expectedCols)
	cA, cB, cMin, cScope := c.idx[0], c.idx[1], c.idx[2], c.idx[3]
	ds := l.ds
	agencies := make(map[string]bool)
	for i := range ds.Units {
		if a := ds.Units[i].Agency; a != "" {
			agencies[a] = true
		}
	}
	var agencyList []string
	for a := range agencies {
		agencyList = append(agencyList, a)
	}
	sort.Strings(agencyList)
	agencySug := newSuggester(agencyList)
	muns := make(map[string]bool)
	for _, m := range ds.MunicipalityNames() {
		muns[strings.ToLower(m)] = true
	}
	comma := f.delim == ';'
	endpoint := func(r *row, col int) (graph.Endpoint, bool) {
		s := r.str(col)
		low := strings.ToLower(s)
		switch {
		case s == "":
			errs.add(r.at(col).say(trf("kolonnen %s er tom", "column %s is empty", r.f.header[col]), endpointWant))
			return graph.Endpoint{}, false
		case hasPrefix(low, "agency:", "etat:"):
			name := s[strings.IndexByte(s, ':')+1:]
			key := graph.NormalizeAgency(name)
			if !agencies[key] {
				e := r.at(col)
				msg := trf("ukjent etat %s", "unknown agency %s", quote(strings.TrimSpace(name)))
				if sg := agencySug.suggest(key); sg != "" {
					e.say(graph.T(msg.NB+fmt.Sprintf("; mente du %s?", quote("etat:"+sg)),
						msg.EN+fmt.Sprintf("; did you mean %s?", quote("agency:"+sg))), graph.Text{})
				} else {
					list := listSome(agencyList, len(agencyList))
					e.say(msg, graph.T("en etat blant enhetene: "+list.NB, "an agency of the units: "+list.EN))
				}
				errs.add(e)
				return graph.Endpoint{}, false
			}
			return graph.Endpoint{Kind: graph.EndAgency, Agency: key}, true
		case hasPrefix(low, "level:", "nivå:", "niva:"):
			lv, ok := parseLevel(s[strings.IndexByte(s, ':')+1:])
			if !ok || lv == graph.LevelUnknown {
				errs.add(r.at(col).say(trf("%s %s: ikke et nivå", "%s %s: not a level", r.f.header[col], quote(s)),
					graph.T("nivå:N, der N er "+levelWant.NB, "level:N, with N "+levelWant.EN)))
				return graph.Endpoint{}, false
			}
			return graph.Endpoint{Kind: graph.EndLevel, Level: lv}, true
		}
		if _, ok := l.ids[s]; !ok {
			errs.add(unknownUnit(r.at(col), s))
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
			w, okW := parseNumber(v, comma)
			if !okW || w <= 0 {
				errs.add(r.errorf(cMin, tr("et tall over 0, som 1 eller 2.5", "a number above 0, such as 1 or 2.5"),
					tr("ikke et tall over 0", "not a number above 0")))
				ok = false
			}
			x.MinWeight = w
		}
		if x.Scope != "" && !muns[strings.ToLower(x.Scope)] {
			l.warn(f.name, r.line(), trf("scope %s er ikke en kommune blant enhetene eller i municipalities.csv",
				"scope %s is no municipality of the units or of municipalities.csv", quote(x.Scope)))
		}
		if ok {
			ds.Expected = append(ds.Expected, x)
		}
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
		return graph.T(fmt.Sprintf("%s og %d til", shown, rest), fmt.Sprintf("%s and %d more", shown, rest))
	}
	return graph.T(shown, shown)
}
