package metrics

import (
	"cmp"
	"math"
	"slices"

	"github.com/samkart/samkart/graph"
)

// RoundResponse is the response to one survey round among the units of a
// network: who answered, and how far the answers confirm each other.
type RoundResponse struct {
	Round graph.Round
	Units int // the units of the network, each of whom was asked
	// Respondents answered the round (graph.SurveyRound.Respondent);
	// NonRespondents are the keys of the others, sorted.
	Respondents    int
	NonRespondents []string
	ResponseRate   float64 // Respondents / Units; NaN without units
	// Ties are the pairs the answers make a tie of (Weight > 0 under the
	// network's graph.Combine).
	Ties int
	// Reported are the pairs of two respondents of which at least one
	// named the other with a frequency above 0; Confirmed those both
	// named, whatever the combination. ConfirmedShare is
	// Confirmed / Reported (NaN when none was reported): the pairs with a
	// unit that did not answer could not have been confirmed.
	Reported, Confirmed int
	ConfirmedShare      float64
}

// SurveyResponse returns the response to each survey round of n in its
// window, by date: nil when n's dataset has no survey.
func SurveyResponse(n *graph.Network) []RoundResponse {
	rounds := n.Survey()
	if rounds == nil {
		return nil
	}
	out := make([]RoundResponse, len(rounds))
	for i := range rounds {
		sr := &rounds[i]
		r := RoundResponse{Round: sr.Round, Units: n.Len(), NonRespondents: []string{},
			ResponseRate: math.NaN(), ConfirmedShare: math.NaN()}
		for id, ok := range sr.Respondent {
			if ok {
				r.Respondents++
			} else {
				r.NonRespondents = append(r.NonRespondents, n.Unit(int64(id)).Key)
			}
		}
		if r.Units > 0 {
			r.ResponseRate = float64(r.Respondents) / float64(r.Units)
		}
		for k := range sr.Pairs {
			p := &sr.Pairs[k]
			if p.Weight > 0 {
				r.Ties++
			}
			if !sr.Respondent[p.A] || !sr.Respondent[p.B] || !p.Named(0) && !p.Named(1) {
				continue
			}
			r.Reported++
			if p.Confirmed() {
				r.Confirmed++
			}
		}
		if r.Reported > 0 {
			r.ConfirmedShare = float64(r.Confirmed) / float64(r.Reported)
		}
		out[i] = r
	}
	return out
}

// Mean is a running mean of ratings: Sum over N.
type Mean struct {
	Sum float64
	N   int
}

// Add adds a rating.
func (m *Mean) Add(x float64) { m.Sum += x; m.N++ }

// Value returns the mean, NaN when there is none.
func (m Mean) Value() float64 {
	if m.N == 0 {
		return math.NaN()
	}
	return m.Sum / float64(m.N)
}

// TieRating is the survey's view of one pair of units: how often they
// work together and how well, as the two sides rated it.
type TieRating struct {
	A, B int32 // node IDs, A < B
	// PerYear is the pair's combined frequency in contacts per year (the
	// survey's part of the tie's weight), averaged over the rounds of
	// the window: a pair not named in a round counts 0 there.
	PerYear float64
	// Ratings are the means of the ratings either side gave the other,
	// over the rounds of the window.
	Ratings [graph.NumRatings]Mean
}

// Lowest returns the rating whose mean is lowest, and that mean; ok is
// false when the pair has no rating.
func (t *TieRating) Lowest() (r graph.Rating, mean float64, ok bool) {
	for k, m := range t.Ratings {
		if v := m.Value(); !math.IsNaN(v) && (!ok || v < mean) {
			r, mean, ok = graph.Rating(k), v, true
		}
	}
	return r, mean, ok
}

// SurveyRatings are the ratings of a network's survey: per pair of units,
// per unit and per pair of groups of units.
type SurveyRatings struct {
	// Received[i] are the means of the ratings node i received from the
	// others (PARTNER's trust and value scores), Given[i] of those it
	// gave.
	Received, Given [][graph.NumRatings]Mean
	// Ties are the pairs that at least one answer is about, sorted by
	// (A, B).
	Ties []TieRating
	// Rounds is the number of rounds in the window.
	Rounds int
}

// Rated reports whether any answer gave a rating.
func (s *SurveyRatings) Rated() bool {
	for _, r := range s.Received {
		for _, m := range r {
			if m.N > 0 {
				return true
			}
		}
	}
	return false
}

// surveyAnswers calls fn for each answer of n's survey in its window
// whose respondent and named unit are both nodes of n, with their node
// IDs.
func surveyAnswers(n *graph.Network, fn func(a *graph.Answer, x, y int32)) {
	ds := n.Data
	if ds == nil || ds.Survey == nil {
		return
	}
	s := ds.Survey
	node := make([]int32, len(ds.Units))
	for i := range ds.Units {
		id, ok := n.Lookup(ds.Units[i].Key)
		node[i] = int32(id)
		if !ok {
			node[i] = -1
		}
	}
	win := n.Options.Window
	for i := range s.Answers {
		a := &s.Answers[i]
		if a.Alter < 0 || !win.Contains(s.Rounds[a.Round].Date) {
			continue
		}
		if x, y := node[a.Respondent], node[a.Alter]; x >= 0 && y >= 0 && x != y {
			fn(a, x, y)
		}
	}
}

// Ratings returns the ratings of n's survey in its window: the mean
// quality, trust and value per pair of units (from both sides), the mean
// each unit received from the others and gave them, and the pairs'
// frequencies. Nil when n's dataset has no survey.
func Ratings(n *graph.Network) *SurveyRatings {
	rounds := n.Survey()
	if rounds == nil {
		return nil
	}
	r := &SurveyRatings{Received: make([][graph.NumRatings]Mean, n.Len()), Given: make([][graph.NumRatings]Mean, n.Len()),
		Rounds: len(rounds)}
	at := map[[2]int32]int{}
	tie := func(x, y int32) *TieRating {
		key := [2]int32{min(x, y), max(x, y)}
		i, ok := at[key]
		if !ok {
			i = len(r.Ties)
			at[key] = i
			r.Ties = append(r.Ties, TieRating{A: key[0], B: key[1]})
		}
		return &r.Ties[i]
	}
	surveyAnswers(n, func(a *graph.Answer, x, y int32) {
		t := tie(x, y)
		for k, v := range a.Ratings {
			if v > 0 {
				t.Ratings[k].Add(v)
				r.Received[y][k].Add(v)
				r.Given[x][k].Add(v)
			}
		}
	})
	for _, sr := range rounds {
		for _, p := range sr.Pairs {
			if i, ok := at[[2]int32{p.A, p.B}]; ok {
				r.Ties[i].PerYear += p.Weight / float64(len(rounds))
			}
		}
	}
	slices.SortFunc(r.Ties, func(p, q TieRating) int { return cmp.Or(cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B)) })
	return r
}

// The thresholds of FrequentPoorlyRated.
const (
	// FrequentPerYear is the frequency from which a pair works together
	// often: monthly, as the vocabulary counts it (11 contacts a year).
	FrequentPerYear = 11
	// PoorRating is the mean below which a rating is poor: the middle of
	// the scale from 1 to 5.
	PoorRating = 3
)

// FrequentPoorlyRated returns the pairs that work together often
// (PerYear at least FrequentPerYear) but whose lowest mean rating is
// below PoorRating: frequent, but with little trust ("hyppig, men lite
// tillit"). The lowest rated come first, then the most frequent, then by
// node IDs.
func FrequentPoorlyRated(r *SurveyRatings) []TieRating {
	if r == nil {
		return nil
	}
	var out []TieRating
	for _, t := range r.Ties {
		if _, low, ok := t.Lowest(); ok && low < PoorRating && t.PerYear >= FrequentPerYear {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(p, q TieRating) int {
		_, lp, _ := p.Lowest()
		_, lq, _ := q.Lowest()
		return cmp.Or(cmp.Compare(lp, lq), cmp.Compare(q.PerYear, p.PerYear))
	})
	return out
}

// RatingMatrix is the mean rating between groups of units (agencies or
// levels): Mean[k][g][h] is the mean of rating k that units of group g
// gave units of group h. It is read from the rows: how g rates h.
type RatingMatrix struct {
	By     Attribute
	Groups []string // sorted as BlockMatrix's
	Mean   [graph.NumRatings][][]Mean
}

// RatingBlocks returns the mean ratings between the groups of n's units
// by attribute by, from the answers of its survey in its window; nil
// when n's dataset has no survey.
func RatingBlocks(n *graph.Network, by Attribute) *RatingMatrix {
	if n.Survey() == nil {
		return nil
	}
	of, groups := groupIndex(n, by)
	m := &RatingMatrix{By: by, Groups: groups}
	for k := range m.Mean {
		m.Mean[k] = make([][]Mean, len(groups))
		for g := range groups {
			m.Mean[k][g] = make([]Mean, len(groups))
		}
	}
	surveyAnswers(n, func(a *graph.Answer, x, y int32) {
		g, h := of[x], of[y]
		if g < 0 || h < 0 {
			return
		}
		for k, v := range a.Ratings {
			if v > 0 {
				m.Mean[k][g][h].Add(v)
			}
		}
	})
	return m
}

// SurveyResult is what the metrics suite says of a network's survey: the
// response per round, the ratings, and the ratings between agencies and
// between levels.
type SurveyResult struct {
	Response       []RoundResponse
	Ratings        *SurveyRatings
	Agency, Level  *RatingMatrix
	FrequentPoorly []TieRating // FrequentPoorlyRated
}

// Survey returns the survey's measures of n, nil when n's dataset has no
// survey.
func Survey(n *graph.Network) *SurveyResult {
	if n.Survey() == nil {
		return nil
	}
	r := &SurveyResult{Response: SurveyResponse(n), Ratings: Ratings(n),
		Agency: RatingBlocks(n, ByAgency), Level: RatingBlocks(n, ByLevel)}
	r.FrequentPoorly = FrequentPoorlyRated(r.Ratings)
	return r
}
