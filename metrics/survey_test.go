package metrics

import (
	"math"
	"reflect"
	"testing"

	"github.com/samkart/samkart/graph"
)

// surveyNet builds the five units A to E, of which E did not answer,
// from one round of answers (contacts per year, quality, trust):
//
//	A→B 46 q4 t4   B→A 11 q2 t3
//	A→C 220 q3 t2  C→A 0
//	A→E 11 q5      B→C 4
//	C→D 23 q4 t4   D→C 23 q4 t5
//	D→E 1          D→B 0
func surveyNet(t *testing.T, c graph.Combine) *graph.Network {
	t.Helper()
	d := graph.NewDataset("survey")
	for _, k := range []string{"A", "B", "C", "D", "E"} {
		d.AddUnit(graph.Unit{Key: k, Agency: map[string]string{"A": "nav", "B": "bolig", "C": "helse", "D": "helse", "E": "eiendom"}[k]})
	}
	ans := func(r, a int32, f, q, tr float64) graph.Answer {
		return graph.Answer{Respondent: r, Alter: a, Frequency: f, Ratings: [graph.NumRatings]float64{q, tr, 0}}
	}
	d.Survey = &graph.Survey{Rounds: []graph.Round{{}}, Topics: []string{""}, Answers: []graph.Answer{
		ans(0, 1, 46, 4, 4), ans(1, 0, 11, 2, 3),
		ans(0, 2, 220, 3, 2), ans(2, 0, 0, 0, 0),
		ans(0, 4, 11, 5, 0), ans(1, 2, 4, 0, 0),
		ans(2, 3, 23, 4, 4), ans(3, 2, 23, 4, 5),
		ans(3, 4, 1, 0, 0), ans(3, 1, 0, 0, 0),
	}}
	n, err := graph.Build(d, graph.BuildOptions{Combine: c})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSurveyResponse(t *testing.T) {
	for _, tc := range []struct {
		c    graph.Combine
		ties int
	}{{graph.CombineMean, 6}, {graph.CombineConfirmed, 4}} {
		r := SurveyResponse(surveyNet(t, tc.c))
		want := []RoundResponse{{Units: 5, Respondents: 4, NonRespondents: []string{"E"}, ResponseRate: 0.8,
			Ties: tc.ties, Reported: 4, Confirmed: 2, ConfirmedShare: 0.5}}
		if !reflect.DeepEqual(r, want) {
			t.Errorf("%s: %+v, want %+v", tc.c, r, want)
		}
	}
}

func TestRatings(t *testing.T) {
	n := surveyNet(t, graph.CombineMean)
	r := Ratings(n)
	near := func(what string, got, want float64) {
		t.Helper()
		if math.IsNaN(want) != math.IsNaN(got) || !math.IsNaN(want) && math.Abs(got-want) > 1e-12 {
			t.Errorf("%s: %g, want %g", what, got, want)
		}
	}
	nan := math.NaN()
	for i, want := range [][2]float64{{2, 3}, {4, 4}, {3.5, 3.5}, {4, 4}, {5, nan}} {
		near(n.Unit(int64(i)).Key+" quality", r.Received[i][graph.Quality].Value(), want[0])
		near(n.Unit(int64(i)).Key+" trust", r.Received[i][graph.Trust].Value(), want[1])
		near(n.Unit(int64(i)).Key+" value", r.Received[i][graph.Value].Value(), nan)
	}
	near("A gives quality", r.Given[0][graph.Quality].Value(), 4)
	if len(r.Ties) != 7 { // the six ties and D–B, answered "never"
		t.Fatalf("%d rated pairs, want 7: %+v", len(r.Ties), r.Ties)
	}
	ab := r.Ties[0]
	near("A–B quality", ab.Ratings[graph.Quality].Value(), 3)
	near("A–B trust", ab.Ratings[graph.Trust].Value(), 3.5)
	near("A–B per year", ab.PerYear, 28.5)
	poor := FrequentPoorlyRated(r)
	if len(poor) != 1 || n.Unit(int64(poor[0].A)).Key != "A" || n.Unit(int64(poor[0].B)).Key != "C" {
		t.Fatalf("frequent but poorly rated: %+v, want A–C", poor)
	}
	if k, low, _ := poor[0].Lowest(); k != graph.Trust || low != 2 {
		t.Errorf("A–C lowest %s %g, want trust 2", k, low)
	}
	b := RatingBlocks(n, ByAgency)
	g := func(a string) int {
		for i, x := range b.Groups {
			if x == a {
				return i
			}
		}
		t.Fatalf("no group %s in %v", a, b.Groups)
		return -1
	}
	near("nav rates helse (quality)", b.Mean[graph.Quality][g("nav")][g("helse")].Value(), 3)
	near("helse rates helse (trust)", b.Mean[graph.Trust][g("helse")][g("helse")].Value(), 4.5)
	near("helse rates nav", b.Mean[graph.Trust][g("helse")][g("nav")].Value(), nan)
}

func TestSurveyAbsent(t *testing.T) {
	n, err := graph.Build(graph.NewDataset("x"), graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if SurveyResponse(n) != nil || Ratings(n) != nil || RatingBlocks(n, ByAgency) != nil || FrequentPoorlyRated(nil) != nil {
		t.Error("survey results without a survey")
	}
}
