package graph

import (
	"errors"
	"math"
	"testing"
)

// surveyDataset is five units, A to E, of which E did not answer, with
// one unlabelled round of answers (frequencies in contacts per year):
//
//	A→B 46, B→A 11      both named each other
//	A→C 220, C→A 0      C answered "never"
//	B→C 4               C did not answer about B
//	A→E 11, D→E 1       E did not answer
//	C→D 23, D→C 23      both named each other
//	D→B 0               never, and B did not answer about D
func surveyDataset() *Dataset {
	d := NewDataset("survey")
	for _, k := range []string{"A", "B", "C", "D", "E"} {
		d.AddUnit(Unit{Key: k, Municipality: "Fjordvik"})
	}
	const A, B, C, D, E = 0, 1, 2, 3, 4
	ans := func(r, a int32, f float64, q float64) Answer {
		return Answer{Respondent: r, Alter: a, Frequency: f, Ratings: [NumRatings]float64{Quality: q}}
	}
	d.Survey = &Survey{Rounds: []Round{{}}, Topics: []string{""}, Answers: []Answer{
		ans(A, B, 46, 4), ans(B, A, 11, 2),
		ans(A, C, 220, 0), ans(C, A, 0, 0),
		ans(B, C, 4, 0),
		ans(A, E, 11, 5), ans(D, E, 1, 0),
		ans(C, D, 23, 0), ans(D, C, 23, 0),
		ans(D, B, 0, 0),
	}}
	return d
}

// tieWeights returns the network's ties as "A-B" → weight.
func tieWeights(n *Network) map[string]float64 {
	out := map[string]float64{}
	for _, t := range n.Ties() {
		out[n.Unit(int64(t.A)).Key+"-"+n.Unit(int64(t.B)).Key] = t.Weight
	}
	return out
}

func TestSurveyCombine(t *testing.T) {
	for _, tc := range []struct {
		c    Combine
		want map[string]float64
	}{
		{CombineMean, map[string]float64{"A-B": 28.5, "A-C": 110, "B-C": 4, "A-E": 11, "D-E": 1, "C-D": 23}},
		{CombineConfirmed, map[string]float64{"A-B": 28.5, "A-E": 11, "D-E": 1, "C-D": 23}},
		{CombineMax, map[string]float64{"A-B": 46, "A-C": 220, "B-C": 4, "A-E": 11, "D-E": 1, "C-D": 23}},
		{CombineMin, map[string]float64{"A-B": 11, "B-C": 4, "A-E": 11, "D-E": 1, "C-D": 23}},
	} {
		n, err := Build(surveyDataset(), BuildOptions{Combine: tc.c})
		if err != nil {
			t.Fatal(err)
		}
		got := tieWeights(n)
		if len(got) != len(tc.want) {
			t.Errorf("%s: ties %v, want %v", tc.c, got, tc.want)
		}
		for k, w := range tc.want {
			if math.Abs(got[k]-w) > 1e-12 {
				t.Errorf("%s: tie %s weight %g, want %g", tc.c, k, got[k], w)
			}
		}
		rounds := n.Survey()
		if len(rounds) != 1 {
			t.Fatalf("%s: %d rounds, want 1", tc.c, len(rounds))
		}
		var resp []string
		for id, ok := range rounds[0].Respondent {
			if ok {
				resp = append(resp, n.Unit(int64(id)).Key)
			}
		}
		if got, want := resp, []string{"A", "B", "C", "D"}; !equalStrings(got, want) {
			t.Errorf("%s: respondents %v, want %v", tc.c, got, want)
		}
	}
}

// TestSurveyWithContacts checks that a survey tie adds to the weight of
// the contacts of the same pair, and that the answered column of
// units.csv makes a respondent of a unit that named no one.
func TestSurveyWithContacts(t *testing.T) {
	d := surveyDataset()
	d.Contacts = []Contact{{From: 0, To: 1, Weight: 2}}
	d.Units[4].Answered = Yes // E answered, naming no one: A–E is no longer confirmed
	n, err := Build(d, BuildOptions{Combine: CombineConfirmed})
	if err != nil {
		t.Fatal(err)
	}
	got := tieWeights(n)
	if got["A-B"] != 30.5 {
		t.Errorf("A-B: weight %g, want 2 + 28.5", got["A-B"])
	}
	if _, ok := got["A-E"]; ok {
		t.Errorf("A-E: a tie, though E answered without naming A")
	}
}

// TestSurveyRounds checks that a window keeps the rounds dated in it,
// that the rounds' weights add up, and that a subgraph keeps its share
// of the respondents and pairs.
func TestSurveyRounds(t *testing.T) {
	d := surveyDataset()
	s := d.Survey
	s.Rounds = []Round{{"2011", day("2011-01-01")}, {"2013", day("2013-01-01")}}
	second := append([]Answer(nil), s.Answers...)
	for i := range second {
		second[i].Round = 1
	}
	s.Answers = append(s.Answers, second...)
	all, err := Build(d, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if w := tieWeights(all)["A-B"]; w != 57 {
		t.Errorf("both rounds: A-B weight %g, want 2 × 28.5", w)
	}
	one, err := Build(d, BuildOptions{Window: Window{From: day("2013-01-01"), To: day("2013-12-31")}})
	if err != nil {
		t.Fatal(err)
	}
	if w := tieWeights(one)["A-B"]; w != 28.5 {
		t.Errorf("2013: A-B weight %g, want 28.5", w)
	}
	if r := one.Survey(); len(r) != 1 || r[0].Round.Label != "2013" {
		t.Errorf("2013: rounds %v", r)
	}
	sub := all.Induced(func(u *Unit) bool { return u.Key != "A" })
	if r := sub.Survey(); len(r) != 2 || len(r[0].Respondent) != 4 || !r[0].Respondent[0] {
		t.Fatalf("without A: rounds %+v", r)
	}
	for _, p := range sub.Survey()[0].Pairs {
		if p.A >= p.B || int(p.B) >= sub.Len() {
			t.Errorf("without A: pair %+v", p)
		}
	}
}

func TestParseFrequency(t *testing.T) {
	scale, err := ParseFrequencyScale("daglig=200, flere ganger i uka=100")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in    string
		comma bool
		s     *FrequencyScale
		want  float64
		err   error
	}{
		{in: "daglig", want: 220},
		{in: "Daily", want: 220},
		{in: "  Annenhver   uke ", want: 23},
		{in: "månedlig", want: 11},
		{in: "kvartalsvis", want: 4},
		{in: "halvårlig", want: 2},
		{in: "årlig", want: 1},
		{in: "sjeldnere", want: 1},
		{in: "aldri", want: 0},
		{in: "never", want: 0},
		{in: "12", want: 12},
		{in: "2,5", comma: true, want: 2.5},
		{in: "daily", s: scale, want: 200},
		{in: "Flere ganger i uka", s: scale, want: 100},
		{in: "ukentlig", s: scale, want: 46},
		{in: "ukenlig", err: ErrFrequency},
		{in: "-1", err: ErrNegative},
		{in: "1e16", err: ErrTooLarge},
	} {
		got, ok, err := ParseFrequency([]byte(tc.in), tc.comma, tc.s)
		switch {
		case !ok:
			t.Errorf("%q: not ok", tc.in)
		case tc.err != nil:
			if !errors.Is(err, tc.err) {
				t.Errorf("%q: error %v, want %v", tc.in, err, tc.err)
			}
		case err != nil || got != tc.want:
			t.Errorf("%q: %g, %v; want %g", tc.in, got, err, tc.want)
		}
	}
	if _, ok, err := ParseFrequency(nil, false, nil); ok || err != nil {
		t.Errorf("empty: ok %v, err %v", ok, err)
	}
	for _, bad := range []string{"daglig", "daglig=", "daglig=x", "=3", "daglig=-1"} {
		if _, err := ParseFrequencyScale(bad); err == nil {
			t.Errorf("--frequency-weights %q accepted", bad)
		}
	}
}

func TestParseRound(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		err  error
	}{
		{in: "2011", want: "2011-01-01"},
		{in: "2011-09", want: "2011-09-01"},
		{in: "09.2011", want: "2011-09-01"},
		{in: "14.09.2011", want: "2011-09-14"},
		{in: "2011-09-14", want: "2011-09-14"},
		{in: "31.02.2011", err: ErrDayRange},
		{in: "2011-13", err: ErrMonthRange},
		{in: "1800", err: ErrYearRange},
		{in: "runde 1", err: ErrRound},
	} {
		d, ok, err := ParseRound([]byte(tc.in))
		switch {
		case !ok:
			t.Errorf("%q: not ok", tc.in)
		case tc.err != nil:
			if !errors.Is(err, tc.err) {
				t.Errorf("%q: error %v, want %v", tc.in, err, tc.err)
			}
		case err != nil || d.String() != tc.want:
			t.Errorf("%q: %s, %v; want %s", tc.in, d, err, tc.want)
		}
	}
}

func TestParseRating(t *testing.T) {
	for _, tc := range []struct {
		in    string
		comma bool
		want  float64
		bad   bool
	}{
		{in: "1", want: 1}, {in: "5", want: 5}, {in: "3,5", comma: true, want: 3.5},
		{in: "0", bad: true}, {in: "6", bad: true}, {in: "god", bad: true}, {in: "3,5", bad: true},
	} {
		r, ok, err := ParseRating([]byte(tc.in), tc.comma)
		if !ok || (err != nil) != tc.bad || !tc.bad && r != tc.want {
			t.Errorf("%q: %g, %v, %v", tc.in, r, ok, err)
		}
	}
}
