package graph

import "strings"

// RoundLabel returns the name of a survey round: its label, or its date
// when it has none.
func (r Round) RoundLabel() string {
	if r.Label != "" {
		return r.Label
	}
	return r.Date.String()
}

// RoundsApart returns a copy of d in which every survey round is a
// network of its own, side by side: each unit is there once per round,
// its key followed by " · " and the round's label, its municipality
// (when it has one) by a space and the label ("Fjordvik 2011"), and each
// answer refers to the units of its round. Municipalities and expected
// ties are copied for each round likewise. Contacts and meetings are
// left out: they belong to no round. A comparison of the municipalities
// of the copy puts the rounds of each municipality side by side.
//
// Only the units f matches are copied (with f.Scope, the rows of
// municipalities.csv of that municipality), with the answers and
// expected ties among them. It returns nil when d has no survey rounds
// with a label or a date.
func (d *Dataset) RoundsApart(f Filter) *Dataset {
	s := d.Survey
	if s == nil || len(s.Rounds) == 0 || len(s.Rounds) == 1 && s.Rounds[0].RoundLabel() == "" {
		return nil
	}
	out := NewDataset(d.Name)
	out.Files, out.Parts, out.Warnings = d.Files, d.Parts, d.Warnings
	var kept []int32 // the units copied, by index in d
	at := make([]int32, len(d.Units))
	for i := range d.Units {
		at[i] = -1
		if f.IsZero() || f.Match(&d.Units[i]) {
			at[i] = int32(len(kept))
			kept = append(kept, int32(i))
		}
	}
	nu := int32(len(kept))
	sv := &Survey{Rounds: s.Rounds, Topics: s.Topics}
	for ri, r := range s.Rounds {
		label := r.RoundLabel()
		suffix := func(key string) string {
			if key == "" {
				return ""
			}
			return key + " · " + label
		}
		place := func(m string) string {
			if m == "" {
				return ""
			}
			return m + " " + label
		}
		for _, i := range kept {
			u := d.Units[i]
			u.Key, u.Parent, u.Municipality = suffix(u.Key), suffix(u.Parent), place(u.Municipality)
			if p, ok := d.Lookup(d.Units[i].Parent); !ok || at[p] < 0 {
				u.Parent = "" // a parent left out
			}
			out.AddUnit(u)
		}
		for _, m := range d.Municipalities {
			if f.Scope == "" || strings.EqualFold(m.Name, f.Scope) {
				m.Name = place(m.Name)
				out.Municipalities = append(out.Municipalities, m)
			}
		}
		out.Expected = append(out.Expected, roundExpected(d, at, suffix, place)...)
		off := int32(ri) * nu
		for _, a := range s.Answers {
			if int(a.Round) != ri || at[a.Respondent] < 0 || a.Alter >= 0 && at[a.Alter] < 0 {
				continue
			}
			a.Respondent = at[a.Respondent] + off
			if a.Alter >= 0 {
				a.Alter = at[a.Alter] + off
			}
			sv.Answers = append(sv.Answers, a)
		}
	}
	out.Survey = sv
	return out
}

// roundExpected returns d's expected ties for one round: those whose
// unit ends are copied (at[i] ≥ 0), renamed by suffix and place.
func roundExpected(d *Dataset, at []int32, suffix, place func(string) string) []Expectation {
	var out []Expectation
	for _, x := range d.Expected {
		keep := true
		for _, e := range []*Endpoint{&x.A, &x.B} {
			if e.Kind != EndUnit {
				continue
			}
			if i, ok := d.Lookup(e.Unit); !ok || at[i] < 0 {
				keep = false
			}
			e.Unit = suffix(e.Unit)
		}
		if keep {
			x.Scope = place(x.Scope)
			out = append(out, x)
		}
	}
	return out
}
