package importers

import (
	"strings"

	"github.com/samkart/samkart/graph"
)

// colSpec is a column a reader knows: its English name and the names
// accepted for it, in lower case with spaces and hyphens as underscores.
type colSpec struct {
	name     string
	aliases  []string
	required bool
}

// The columns of each file, as the package documentation lists them. The
// first alias is the English name, the second the bokmål one.
var (
	unitCols = []colSpec{
		{"id", []string{"id", "enhet_id", "enhetid", "enhets_id"}, true},
		{"name", []string{"name", "navn"}, false},
		{"agency", []string{"agency", "etat", "tjeneste"}, false},
		{"level", []string{"level", "nivå", "niva", "nivaa"}, false},
		{"municipality", []string{"municipality", "kommune"}, false},
		{"region", []string{"region"}, false},
		{"parent", []string{"parent", "overordnet"}, false},
		{"answered", []string{"answered", "svart", "besvart", "responded"}, false},
	}
	contactCols = []colSpec{
		{"from", []string{"from", "fra"}, true},
		{"to", []string{"to", "til"}, true},
		{"date", []string{"date", "dato"}, false},
		{"kind", []string{"kind", "type"}, false},
		{"formal", []string{"formal", "formell"}, false},
		{"weight", []string{"weight", "vekt"}, false},
	}
	meetingCols = []colSpec{
		{"meeting", []string{"meeting", "møte", "mote", "moete", "møte_id", "meeting_id"}, true},
		{"unit", []string{"unit", "enhet", "enhet_id", "unit_id"}, true},
		{"date", []string{"date", "dato"}, false},
		{"kind", []string{"kind", "type"}, false},
		{"formal", []string{"formal", "formell"}, false},
	}
	municipalityCols = []colSpec{
		{"municipality", []string{"municipality", "kommune", "kommunenavn", "municipality_name"}, true},
		{"region", []string{"region"}, false},
		{"programme", []string{"programme", "program", "programkommune"}, false},
	}
	expectedCols = []colSpec{
		{"a", []string{"a"}, true},
		{"b", []string{"b"}, true},
		{"min_weight", []string{"min_weight", "min_vekt", "minweight", "minvekt"}, false},
		{"scope", []string{"scope", "kommune", "municipality"}, false},
	}
	// surveyCols are the columns of the survey's long form, in the order
	// of the indices sRespondent, sAlter, …; a wide roster has the
	// respondent, round and topic columns and one column per unit.
	surveyCols = []colSpec{
		{"respondent", []string{"respondent", "svarer", "respondent_id", "informant", "fra", "from"}, true},
		{"alter", []string{"alter", "samarbeidspartner", "navngitt", "named", "partner", "til", "to"}, false},
		{"frequency", []string{"frequency", "hyppighet", "frekvens", "how_often", "hvor_ofte"}, false},
		{"quality", []string{"quality", "kvalitet"}, false},
		{"trust", []string{"trust", "tillit"}, false},
		{"value", []string{"value", "verdi", "nytte"}, false},
		{"topic", []string{"topic", "tema"}, false},
		{"round", []string{"round", "runde", "bølge", "wave"}, false},
	}
)

// headerKey is the form header names are compared in: trimmed, lower case,
// with runs of spaces, hyphens and underscores as one underscore.
func headerKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	sep := false
	for _, r := range s {
		if r == ' ' || r == '-' || r == '_' || r == '\t' {
			sep = true
			continue
		}
		if sep && b.Len() > 0 {
			b.WriteByte('_')
		}
		sep = false
		b.WriteRune(r)
	}
	return b.String()
}

// columns is a file's header mapped to a reader's colSpecs.
type columns struct {
	idx   []int // idx[k] is the header column of spec k, or −1
	extra []int // header columns no spec claims, in order
	n     int   // fields per record
}

// mapHeader matches f's header to specs. It reports a missing required
// column (listing the accepted names) and a column given twice.
func mapHeader(f *csvFile, specs []colSpec, errs *fileErrors) (columns, bool) {
	c := columns{idx: make([]int, len(specs)), n: len(f.header)}
	for k := range c.idx {
		c.idx[k] = -1
	}
	ok := true
	for i, h := range f.header {
		key := headerKey(h)
		found := false
		for k, sp := range specs {
			for _, a := range sp.aliases {
				if key != a {
					continue
				}
				found = true
				if j := c.idx[k]; j >= 0 {
					errs.add(&graph.InputError{File: f.name, Line: f.hline, Column: f.hcol[i], Cell: i + 1, Field: h,
						Err: ErrRepeatedColumn, Args: []any{quote(h), j + 1, quote(f.header[j])}})
					ok = false
				} else {
					c.idx[k] = i
				}
				break
			}
			if found {
				break
			}
		}
		if !found {
			c.extra = append(c.extra, i)
		}
	}
	for k, sp := range specs {
		if sp.required && c.idx[k] < 0 {
			errs.add(&graph.InputError{File: f.name, Line: f.hline, Field: sp.name, Err: ErrMissingColumn,
				Args: []any{sp.name}, WantArgs: []any{graph.T(orList(sp.aliases, "eller"), orList(sp.aliases, "or"))}})
			ok = false
		}
	}
	if !ok {
		return c, false
	}
	return c, true
}

// orList joins names as "a, b or c".
func orList(names []string, or string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + or + " " + names[len(names)-1]
}

// specNames lists the names a file's columns may have, for messages.
func specNames(specs []colSpec) string {
	var names []string
	for _, sp := range specs {
		names = append(names, sp.aliases[0])
		if len(sp.aliases) > 1 {
			names = append(names, sp.aliases[1])
		}
	}
	return strings.Join(names, ", ")
}
