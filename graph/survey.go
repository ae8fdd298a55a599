package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Survey is what a survey file holds: each respondent's answers about
// the units it works with, in one or more rounds.
type Survey struct {
	Answers []Answer
	// Rounds are the rounds the answers belong to, by date; a survey
	// without a round column has one round without a date (NoDate),
	// which a time window leaves out, as it leaves out undated contacts.
	Rounds []Round
	// Topics[t] is the name of topic t; Topics[0] is "" (no topic).
	Topics []string
}

// Round is one round of a survey: a time point, the date of its label
// (ParseRound: a year label such as 2011 is 1 January of that year).
type Round struct {
	Label string // as the file writes it
	Date  Date
}

// Rating is one of the ratings a survey answer may give: quality, trust
// or value, each from 1 (very poor) to 5 (very good).
type Rating uint8

// The ratings, as PARTNER's survey asks them.
const (
	Quality Rating = iota // how well the collaboration works
	Trust                 // how far the respondent trusts the unit
	Value                 // how much the collaboration is worth to the respondent
	NumRatings
)

var ratingNames = [NumRatings]struct {
	key   string
	label Text
}{
	{"quality", T("kvalitet", "quality")},
	{"trust", T("tillit", "trust")},
	{"value", T("verdi", "value")},
}

// Ratings returns the ratings in their order.
func Ratings() []Rating { return []Rating{Quality, Trust, Value} }

// String returns the rating's English key: quality, trust or value.
func (r Rating) String() string {
	if r < NumRatings {
		return ratingNames[r].key
	}
	return "Rating(" + strconv.Itoa(int(r)) + ")"
}

// Label returns the rating's name in both languages.
func (r Rating) Label() Text {
	if r < NumRatings {
		return ratingNames[r].label
	}
	return T(r.String(), r.String())
}

// MarshalText returns the rating's key.
func (r Rating) MarshalText() ([]byte, error) {
	if r >= NumRatings {
		return nil, fmt.Errorf("graph: unknown rating %d", int(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText accepts a rating's key in English or bokmål (kvalitet,
// tillit, verdi), in any case.
func (r *Rating) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, n := range ratingNames {
		if s == n.key || s == n.label.NB {
			*r = Rating(i)
			return nil
		}
	}
	return NotOneOf("quality", "trust", "value")
}

// Answer is one respondent's answer about one unit in one round: how
// often they work together, in contacts per year, and the ratings given.
type Answer struct {
	Respondent int32 // index into Dataset.Units
	// Alter is the unit named, an index into Dataset.Units; −1 for a row
	// that says only that the respondent answered (naming no unit).
	Alter     int32
	Round     int32 // index into Survey.Rounds
	Topic     int32 // index into Survey.Topics
	Frequency float64
	// Ratings are the quality, trust and value given, 0 when not.
	Ratings [NumRatings]float64
	Line    int32 // line in the survey file
}

// Combine chooses how the answers of a pair's two sides make its tie.
type Combine uint8

// The combinations of a pair's answers, each within one round. A tie
// exists where at least one side named the other with a frequency above
// 0; its weight is, of the frequencies of the sides that answered about
// the other (0 for "aldri" included):
const (
	CombineMean      Combine = iota // the mean
	CombineMax                      // the largest
	CombineMin                      // the smallest (no tie when one side said never)
	CombineConfirmed                // both respondents named each other: their mean; a non-respondent: the respondent's
)

var combineNames = [...]string{CombineMean: "mean", CombineMax: "max", CombineMin: "min", CombineConfirmed: "confirmed"}

// Combines returns the combinations in the order of their names in help.
func Combines() []Combine { return []Combine{CombineMean, CombineMax, CombineMin, CombineConfirmed} }

// String returns the combination's name.
func (c Combine) String() string {
	if int(c) < len(combineNames) {
		return combineNames[c]
	}
	return "Combine(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText returns the combination's name.
func (c Combine) MarshalText() ([]byte, error) {
	if int(c) >= len(combineNames) {
		return nil, fmt.Errorf("graph: unknown survey combination %d", int(c))
	}
	return []byte(combineNames[c]), nil
}

// UnmarshalText accepts a combination's name in any case.
func (c *Combine) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, name := range combineNames {
		if s == name {
			*c = Combine(i)
			return nil
		}
	}
	return NotOneOf(combineNames[:]...)
}

// SurveyRound is one round of a survey in a network: who answered, and
// the pairs of the network's units that the answers are about.
type SurveyRound struct {
	Round Round
	// Respondent[i] says whether node i answered in this round: it wrote
	// a row as respondent, or units.csv says it answered.
	Respondent []bool
	Pairs      []SurveyPair // sorted by (A, B)
}

// SurveyPair is a pair of units that at least one answered about, in one
// round, and the tie the answers make.
type SurveyPair struct {
	A, B int32 // node IDs, A < B
	// Weight is the combined frequency in contacts per year (Combine); 0
	// when the answers make no tie.
	Weight float64
	// Freq[0] is A's frequency about B and Freq[1] B's about A, summed
	// over topics; Answered says which of them was given.
	Freq     [2]float64
	Answered [2]bool
}

// Named reports whether end e (0 for A, 1 for B) named the other with a
// frequency above 0.
func (p *SurveyPair) Named(e int) bool { return p.Answered[e] && p.Freq[e] > 0 }

// Confirmed reports whether both ends named each other.
func (p *SurveyPair) Confirmed() bool { return p.Named(0) && p.Named(1) }

// Survey returns the survey rounds of the network in its window, by
// date; nil when its dataset has no survey.
func (n *Network) Survey() []SurveyRound { return n.survey }

// combine returns the weight of pair p under c, where resp says which
// ends answered the round.
func (c Combine) weight(p *SurveyPair, resp [2]bool) float64 {
	if !p.Named(0) && !p.Named(1) {
		return 0
	}
	if c == CombineConfirmed {
		switch {
		case resp[0] && resp[1]:
			if p.Confirmed() {
				return (p.Freq[0] + p.Freq[1]) / 2
			}
			return 0
		case p.Named(0):
			return p.Freq[0]
		default:
			return p.Freq[1]
		}
	}
	var sum, lo, hi float64
	k := 0
	for e := range 2 {
		if !p.Answered[e] {
			continue
		}
		f := p.Freq[e]
		if k == 0 || f < lo {
			lo = f
		}
		if k == 0 || f > hi {
			hi = f
		}
		sum += f
		k++
	}
	switch c {
	case CombineMax:
		return hi
	case CombineMin:
		return lo
	}
	return sum / float64(k)
}

// surveyRounds combines the survey answers of the rounds in the
// builder's window into SurveyRounds, and adds their weights to the ties
// (a tie's weight sums its contacts, meetings and, over the rounds, the
// survey's combined frequencies).
func (b *Builder) surveyRounds() ([]SurveyRound, error) {
	d, opt := b.d, b.opt
	s := d.Survey
	if s == nil {
		return nil, nil
	}
	nodes := len(b.units)
	var out []SurveyRound
	for ri, r := range s.Rounds {
		if !opt.Window.Contains(r.Date) {
			continue
		}
		sr := SurveyRound{Round: r, Respondent: make([]bool, nodes)}
		for id, i := range b.units {
			sr.Respondent[id] = d.Units[i].Answered == Yes
		}
		at := make(map[[2]int32]int)
		for ai := range s.Answers {
			a := &s.Answers[ai]
			if int(a.Round) != ri {
				continue
			}
			if a.Respondent < 0 || int(a.Respondent) >= len(b.node) || a.Alter >= int32(len(b.node)) {
				return nil, fmt.Errorf("graph: survey answer on line %d refers to a unit outside the dataset", a.Line)
			}
			x := b.node[a.Respondent]
			if x < 0 {
				continue
			}
			sr.Respondent[x] = true
			if a.Alter < 0 {
				continue
			}
			y := b.node[a.Alter]
			if y < 0 || y == x {
				continue
			}
			key := [2]int32{min(x, y), max(x, y)}
			k, ok := at[key]
			if !ok {
				k = len(sr.Pairs)
				at[key] = k
				sr.Pairs = append(sr.Pairs, SurveyPair{A: key[0], B: key[1]})
			}
			p := &sr.Pairs[k]
			e := 0
			if x > y {
				e = 1
			}
			p.Freq[e] += a.Frequency
			p.Answered[e] = true
		}
		slices.SortFunc(sr.Pairs, func(p, q SurveyPair) int {
			return cmp.Or(cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B))
		})
		for k := range sr.Pairs {
			p := &sr.Pairs[k]
			p.Weight = opt.Combine.weight(p, [2]bool{sr.Respondent[p.A], sr.Respondent[p.B]})
			if p.Weight > 0 {
				g := b.parts[0]
				if p.A >= b.split {
					g = b.parts[1]
				}
				g.at(p.A, p.B).Weight += p.Weight
			}
		}
		out = append(out, sr)
	}
	return out, nil
}

// inducedSurvey returns the survey rounds of a subgraph whose node i is
// remap[i] (−1 when left out).
func inducedSurvey(rounds []SurveyRound, remap []int32, nodes int) []SurveyRound {
	if rounds == nil {
		return nil
	}
	out := make([]SurveyRound, len(rounds))
	for k, r := range rounds {
		s := SurveyRound{Round: r.Round, Respondent: make([]bool, nodes)}
		for i, resp := range r.Respondent {
			if remap[i] >= 0 {
				s.Respondent[remap[i]] = resp
			}
		}
		for _, p := range r.Pairs {
			a, b := remap[p.A], remap[p.B]
			if a >= 0 && b >= 0 {
				p.A, p.B = a, b // remap keeps the order of node IDs
				s.Pairs = append(s.Pairs, p)
			}
		}
		out[k] = s
	}
	return out
}
