package graph

import "slices"

// Term is one word of the vocabulary, for lists users read (samkart init
// writes them beside its template): its key, its name in both languages,
// and every spelling that means it.
type Term struct {
	Key   string // the level's English name, the agency's or the kind's key
	Label Text
	// Words are the spellings that mean it, in lower case: a value is
	// compared in lower case with runs of white space as one space.
	Words []string
	// Prefixes are, for an agency, the beginnings of longer names that
	// mean it ("nav " for "NAV Bodø").
	Prefixes []string
	// Formal is, for a kind, whether a contact of it is formal when its
	// row does not say.
	Formal bool
}

// LevelTerms returns the named levels in their order, national to user:
// the i-th is level i+1, which a file may also write as its number.
func LevelTerms() []Term {
	var out []Term
	for l := LevelNational; int(l) < len(levels); l++ {
		out = append(out, Term{Key: levels[l].key, Label: levels[l].label, Words: clone(levels[l].words)})
	}
	return out
}

// AgencyTerms returns the known agencies in the vocabulary's order.
func AgencyTerms() []Term {
	out := make([]Term, len(agencies))
	for i, a := range agencies {
		out[i] = Term{Key: a.key, Label: a.label, Words: clone(a.words), Prefixes: clone(a.prefixes)}
	}
	return out
}

// KindTerms returns the known kinds of contact in the vocabulary's order.
func KindTerms() []Term {
	out := make([]Term, len(kinds))
	for i, k := range kinds {
		out[i] = Term{Key: k.key, Label: k.label, Words: clone(k.words), Formal: k.formal}
	}
	return out
}

// YesNoWords returns the words of a yes/no value, each list sorted.
func YesNoWords() (yes, no []string) {
	for w, v := range yesNo {
		if v == Yes {
			yes = append(yes, w)
		} else {
			no = append(no, w)
		}
	}
	slices.Sort(yes)
	slices.Sort(no)
	return yes, no
}

func clone(s []string) []string { return append([]string(nil), s...) }
