package examples

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
)

// frequencies are the contacts per year of the frequency words the
// examples use, as the vocabulary counts them.
var frequencies = map[string]float64{"daglig": 220, "ukentlig": 46, "annenhver uke": 23, "månedlig": 11,
	"kvartalsvis": 4, "halvårlig": 2, "årlig": 1, "sjeldnere": 1, "aldri": 0}

// checkSurvey checks a dataset's survey.csv: its units exist, its
// frequencies are words of the vocabulary, its ratings run from 1 to 5,
// its rounds are years, and no respondent answers twice about a unit.
func checkSurvey(t *testing.T, name string, ids map[string]int) {
	s := readTable(t, name, "survey.csv")
	if s == nil {
		return
	}
	seen := map[string]int{}
	for r := range s.rows {
		resp, alter, freq := s.get(r, "respondent"), s.get(r, "alter"), s.get(r, "frequency")
		if _, ok := ids[resp]; !ok {
			t.Errorf("%s: respondent %q is not a unit", s.pos(r), resp)
		}
		if _, ok := ids[alter]; alter != "" && !ok {
			t.Errorf("%s: alter %q is not a unit", s.pos(r), alter)
		}
		if _, ok := frequencies[freq]; (freq != "" || alter != "") && !ok {
			t.Errorf("%s: frequency %q is not a word of the vocabulary", s.pos(r), freq)
		}
		for _, col := range []string{"quality", "trust", "value"} {
			if v := s.get(r, col); v != "" {
				if x, err := strconv.ParseFloat(v, 64); err != nil || x < 1 || x > 5 {
					t.Errorf("%s: %s %q: want 1 to 5", s.pos(r), col, v)
				}
			}
		}
		if y, err := strconv.Atoi(s.get(r, "round")); err != nil || y < 1900 {
			t.Errorf("%s: round %q: want a year", s.pos(r), s.get(r, "round"))
		}
		k := resp + "\x00" + alter + "\x00" + s.get(r, "round")
		if first, dup := seen[k]; dup {
			t.Errorf("%s: the same answer as line %d", s.pos(r), first)
		}
		seen[k] = s.line[r]
	}
}

// surveyAnswer is one row of a survey.csv.
type surveyAnswer struct {
	freq                  float64
	quality, trust, value string
}

// TestSurveyPlanted checks the raw facts behind survey/README.md: who
// answered each round, the ties both sides named, and the ties that are
// frequent but poorly rated.
func TestSurveyPlanted(t *testing.T) {
	s := readTable(t, "survey", "survey.csv")
	units := readTable(t, "survey", "units.csv")
	answers := map[string]map[[2]string]surveyAnswer{} // round → (respondent, alter) → answer
	resp := map[string]map[string]bool{}
	for r := range s.rows {
		round := s.get(r, "round")
		if answers[round] == nil {
			answers[round], resp[round] = map[[2]string]surveyAnswer{}, map[string]bool{}
		}
		resp[round][s.get(r, "respondent")] = true
		if a := s.get(r, "alter"); a != "" {
			answers[round][[2]string{s.get(r, "respondent"), a}] = surveyAnswer{frequencies[s.get(r, "frequency")],
				s.get(r, "quality"), s.get(r, "trust"), s.get(r, "value")}
		}
	}
	var all []string
	for r := range units.rows {
		all = append(all, units.get(r, "id"))
	}
	missing := func(round string) []string {
		var out []string
		for _, u := range all {
			if !resp[round][u] {
				out = append(out, u)
			}
		}
		slices.Sort(out)
		return out
	}
	if got := missing("2011"); !slices.Equal(got, []string{"SJB-EIE", "SJB-MH"}) {
		t.Errorf("2011: did not answer %v, want SJB-EIE and SJB-MH", got)
	}
	if got := missing("2013"); !slices.Equal(got, []string{"SJB-MH"}) {
		t.Errorf("2013: did not answer %v, want SJB-MH", got)
	}
	// Confirmed: of the pairs of respondents one named, how many both named.
	for round, want := range map[string][2]int{"2011": {9, 12}, "2013": {16, 17}} {
		named := func(a, b string) bool { x, ok := answers[round][[2]string{a, b}]; return ok && x.freq > 0 }
		both, one := 0, 0
		for i, a := range all {
			for _, b := range all[i+1:] {
				if !resp[round][a] || !resp[round][b] || !named(a, b) && !named(b, a) {
					continue
				}
				one++
				if named(a, b) && named(b, a) {
					both++
				}
			}
		}
		if [2]int{both, one} != want {
			t.Errorf("%s: %d of %d ties between respondents named by both, want %d of %d", round, both, one, want[0], want[1])
		}
	}
	// Frequent, but little trust: NAV and the housing office, weekly, in 2011.
	nb, bn := answers["2011"][[2]string{"SJB-NAV", "SJB-BOL"}], answers["2011"][[2]string{"SJB-BOL", "SJB-NAV"}]
	if got := fmt.Sprintln(nb.freq, bn.freq, nb.trust, bn.trust); got != "46 46 2 1\n" {
		t.Errorf("2011 NAV–BOL: frequencies and trust %s, want 46 46 2 1", got)
	}
	if x := answers["2011"][[2]string{"SJB-NAV", "SJB-FLY"}]; x.freq != 0 {
		t.Errorf("2011 NAV → FLY: %g, want never", x.freq)
	}
}
