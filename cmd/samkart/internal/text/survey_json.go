package text

import (
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// roundResponseJSON is metrics.RoundResponse in the JSON of summary and
// metrics, keyed as SurveyResponseTable.
type roundResponseJSON struct {
	Round          string          `json:"round"`
	Date           string          `json:"date"`
	Units          int             `json:"units"`
	Respondents    int             `json:"respondents"`
	ResponseRate   graph.JSONFloat `json:"response_rate"`
	NonRespondents []string        `json:"non_respondents"`
	Ties           int             `json:"ties"`
	Reported       int             `json:"reported"`
	Confirmed      int             `json:"confirmed"`
	ConfirmedShare graph.JSONFloat `json:"confirmed_share"`
}

func newResponseJSON(rs []metrics.RoundResponse) []roundResponseJSON {
	if rs == nil {
		return nil
	}
	out := make([]roundResponseJSON, len(rs))
	for i, r := range rs {
		out[i] = roundResponseJSON{r.Round.Label, r.Round.Date.String(), r.Units, r.Respondents, graph.JSONFloat(r.ResponseRate),
			r.NonRespondents, r.Ties, r.Reported, r.Confirmed, graph.JSONFloat(r.ConfirmedShare)}
	}
	return out
}

// ratingsJSON are the mean quality, trust and value, null when none was
// given, and the number of answers behind the most given of them.
type ratingsJSON struct {
	Quality graph.JSONFloat `json:"quality"`
	Trust   graph.JSONFloat `json:"trust"`
	Value   graph.JSONFloat `json:"value"`
	N       int             `json:"n"`
}

func newRatingsJSON(ms [graph.NumRatings]metrics.Mean) ratingsJSON {
	return ratingsJSON{graph.JSONFloat(ms[graph.Quality].Value()), graph.JSONFloat(ms[graph.Trust].Value()),
		graph.JSONFloat(ms[graph.Value].Value()), ratingCount(ms)}
}

// unitSurveyJSON is a unit's survey ratings in the metrics JSON: those
// it received from the others (PARTNER's trust and value scores) and
// those it gave.
type unitSurveyJSON struct {
	ID       string      `json:"id"`
	Received ratingsJSON `json:"received"`
	Given    ratingsJSON `json:"given"`
}

// surveyJSON is the metrics JSON's "survey" object.
type surveyJSON struct {
	Combine        string                `json:"combine"`
	Response       []roundResponseJSON   `json:"response"`
	Units          []unitSurveyJSON      `json:"units"`
	Ties           []tieRatingJSON       `json:"ties"`
	Agencies       []ratingCellJSON      `json:"agencies"`
	Levels         []ratingCellJSON      `json:"levels"`
	FrequentPoorly []tieRatingJSON       `json:"frequent_poorly_rated"`
	Definitions    map[string]graph.Text `json:"definitions"`
}

type tieRatingJSON struct {
	A       string          `json:"a"`
	B       string          `json:"b"`
	PerYear graph.JSONFloat `json:"per_year"`
	ratingsJSON
}

// ratingCellJSON is the mean rating units of one group gave units of
// another: graph.JSONFloat means and an int count, or all Hidden when the
// count or a group is small (a mean of few answers, or of a small group's,
// would give them away).
type ratingCellJSON struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Quality any    `json:"quality"`
	Trust   any    `json:"trust"`
	Value   any    `json:"value"`
	N       any    `json:"n"`
}

// surveyDefinitions say what the survey's numbers are.
var surveyDefinitions = map[string]graph.Text{
	"per_year": graph.T("kontakter i året etter svarene: et ord for hyppighet gjort om etter skalaen (daglig 220, ukentlig 46, annenhver uke 23, månedlig 11, kvartalsvis 4, halvårlig 2, årlig og sjeldnere 1, aldri 0) eller et tall, slått sammen for de to sidene (combine) og i snitt over rundene",
		"contacts per year from the answers: a frequency word turned into a number by the scale (daily 220, weekly 46, fortnightly 23, monthly 11, quarterly 4, half-yearly 2, yearly and rarely 1, never 0) or a number, combined for the two sides (combine) and averaged over the rounds"),
	"combine": graph.T("mean: snittet av hyppighetene til de som svarte om paret; max, min: den største eller minste; confirmed: et bånd mellom to som svarte bare når begge oppga det, et bånd til en som ikke svarte fra den ene siden",
		"mean: the mean of the frequencies of those who answered about the pair; max, min: the largest or smallest; confirmed: a tie between two respondents only when both named it, a tie with a non-respondent from the one side"),
	"ratings": graph.T("snittet av vurderingene fra 1 (svært dårlig) til 5 (svært godt); for en enhet de den fikk fra de andre (som PARTNERs tillits- og verdiskår)",
		"the mean of the ratings from 1 (very poor) to 5 (very good); for a unit those it received from the others (as PARTNER's trust and value scores)"),
	"confirmed_share": graph.T("andelen av båndene mellom to som svarte, som begge oppga", "the share of the ties between two respondents that both named"),
	"frequent_poorly_rated": graph.T("bånd med minst 11 kontakter i året der den laveste snittvurderingen er under 3",
		"ties of at least 11 contacts a year whose lowest mean rating is below 3"),
}

func newSurveyJSON(r *metrics.Result, sup Suppression) *surveyJSON {
	s, n := r.Survey, r.Net()
	j := &surveyJSON{Combine: n.Options.Combine.String(), Response: newResponseJSON(s.Response),
		Ties: tieRatingsJSON(n, s.Ratings.Ties), Agencies: ratingCellsJSON(s.Agency, r.BlocksAgency, sup), Levels: ratingCellsJSON(s.Level, r.BlocksLevel, sup),
		FrequentPoorly: tieRatingsJSON(n, s.FrequentPoorly), Definitions: surveyDefinitions}
	for v, u := range n.Units() {
		s := s.Ratings
		j.Units = append(j.Units, unitSurveyJSON{u.Key, newRatingsJSON(s.Received[v]), newRatingsJSON(s.Given[v])})
	}
	return j
}

func tieRatingsJSON(n *graph.Network, ts []metrics.TieRating) []tieRatingJSON {
	out := make([]tieRatingJSON, len(ts))
	for i, t := range ts {
		out[i] = tieRatingJSON{n.Unit(int64(t.A)).Key, n.Unit(int64(t.B)).Key, graph.JSONFloat(t.PerYear), newRatingsJSON(t.Ratings)}
	}
	return out
}

// ratingCellsJSON lists the pairs of groups with at least one rating.
func ratingCellsJSON(m *metrics.RatingMatrix, blocks *metrics.BlockMatrix, sup Suppression) []ratingCellJSON {
	out := []ratingCellJSON{}
	size := map[string]int{}
	for g, name := range blocks.Groups {
		size[name] = blocks.Units[g]
	}
	for g, from := range m.Groups {
		for h, to := range m.Groups {
			var ms [graph.NumRatings]metrics.Mean
			for k := range ms {
				ms[k] = m.Mean[k][g][h]
			}
			n := ratingCount(ms)
			if n == 0 {
				continue
			}
			r := newRatingsJSON(ms)
			if sup.Hides(float64(n)) || sup.Hides(float64(size[from])) || sup.Hides(float64(size[to])) {
				h := Hidden(sup)
				out = append(out, ratingCellJSON{from, to, h, h, h, h})
				continue
			}
			out = append(out, ratingCellJSON{from, to, r.Quality, r.Trust, r.Value, r.N})
		}
	}
	return out
}
