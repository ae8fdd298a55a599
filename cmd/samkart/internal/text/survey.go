package text

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// The survey's words: the response to each round, the note on what
// non-response does to the measures, the ratings' tables and the finding
// of ties that are frequent but poorly rated.

// NonResponseNote says which measures non-response biases, for the
// report's sections that show them.
var NonResponseNote = graph.T(
	"Frafall: enheter som ikke svarte på undersøkelsen, har bare de båndene andre oppga. Det skjevvrir mål som bygger på korteste veier – nærhet, mellomhet og fragmentering – så de bør leses med forbehold.",
	"Non-response: units that did not answer the survey have only the ties others reported. This biases the measures built on shortest paths – closeness, betweenness and fragmentation – which should be read with caution.")

// percent writes a share as a whole percentage, "83 %".
func percent(x float64) string {
	if math.IsNaN(x) {
		return "–"
	}
	return strconv.Itoa(int(math.Round(100*x))) + " %"
}

// roundPrefix names a round at the start of a sentence, "Runde 2011: ";
// "" for the round without a label.
func roundPrefix(r graph.Round) graph.Text {
	if r.Label == "" {
		return graph.T("", "")
	}
	return graph.T("Runde "+r.Label+": ", "Round "+r.Label+": ")
}

// unitNames names units by their names, with the key in parentheses
// when it differs.
func unitNames(n *graph.Network, keys []string) string {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = k
		if name := unitName(n, k); name != k {
			names[i] = name + " (" + k + ")"
		}
	}
	return strings.Join(names, ", ")
}

// ResponseSentences words the response to each survey round: how many
// answered, who did not, and how many of the ties between two
// respondents both named.
func ResponseSentences(n *graph.Network, rs []metrics.RoundResponse) []graph.Text {
	var out []graph.Text
	for _, r := range rs {
		p := roundPrefix(r.Round)
		out = append(out, graph.T(
			fmt.Sprintf("%s%s av %s enheter svarte på undersøkelsen (%s).", p.NB, Integer(r.Respondents, graph.NB), Integer(r.Units, graph.NB), percent(r.ResponseRate)),
			fmt.Sprintf("%s%s of %s units answered the survey (%s).", p.EN, Integer(r.Respondents, graph.EN), Integer(r.Units, graph.EN), percent(r.ResponseRate))))
		if len(r.NonRespondents) > 0 {
			names := unitNames(n, r.NonRespondents)
			out = append(out, graph.T("Svarte ikke: "+names+".", "Did not answer: "+names+"."))
		}
		if r.Reported > 0 {
			out = append(out, graph.T(
				fmt.Sprintf("Av %s bånd mellom to enheter som begge svarte, ble %s oppgitt av begge sider (%s).", Integer(r.Reported, graph.NB), Integer(r.Confirmed, graph.NB), percent(r.ConfirmedShare)),
				fmt.Sprintf("Of %s ties between two units that both answered, %s were named by both sides (%s).", Integer(r.Reported, graph.EN), Integer(r.Confirmed, graph.EN), percent(r.ConfirmedShare))))
		}
	}
	return out
}

// writeSurveySummary writes the survey's part of the summary: the
// combination and the response to each round.
func writeSurveySummary(b *strings.Builder, s *metrics.Summary, lang graph.Lang) {
	if s.Survey == nil {
		return
	}
	combine := graph.CombineMean
	if n := s.Net(); n != nil {
		combine = n.Options.Combine
	}
	fmt.Fprintf(b, "\n%s (%s: %s)\n", graph.T("Undersøkelse", "Survey").In(lang),
		graph.T("bånd", "ties").In(lang), CombineText(combine).In(lang))
	for _, t := range ResponseSentences(s.Net(), s.Survey) {
		fmt.Fprintf(b, "  %s\n", t.In(lang))
	}
	for i, t := range s.PoorlyRated {
		if i == maxPoorlyRated {
			fmt.Fprintf(b, "  %s\n", graph.T(fmt.Sprintf("… og %d til (samkart metrics)", len(s.PoorlyRated)-i),
				fmt.Sprintf("… and %d more (samkart metrics)", len(s.PoorlyRated)-i)).In(lang))
			break
		}
		fmt.Fprintf(b, "  %s\n", PoorlyRatedFinding(s.Net(), t).In(lang))
	}
}

// maxPoorlyRated is the number of frequent but poorly rated ties the
// summary words.
const maxPoorlyRated = 5

// SurveyMainFinding words the most serious tie of a survey that is
// frequent but poorly rated, for the main findings: the lowest rated of
// metrics.FrequentPoorlyRated. ok is false when there is none. Its
// evidence is the report's survey section (id "survey") and samkart
// metrics' tie_ratings table.
func SurveyMainFinding(n *graph.Network, s *metrics.SurveyResult) (graph.Text, bool) {
	if s == nil || len(s.FrequentPoorly) == 0 {
		return graph.Text{}, false
	}
	return PoorlyRatedFinding(n, s.FrequentPoorly[0]), true
}

// SurveyResponseTable returns the response to each round: one row per
// round.
func SurveyResponseTable(rs []metrics.RoundResponse) *Table {
	t := &Table{Name: "survey_response", Title: graph.T("Svar på undersøkelsen", "Survey response"), Columns: []Column{
		Col("round", "runde", "round"), Col("date", "dato", "date"), Col("units", "enheter", "units"),
		Col("respondents", "svarte", "respondents"), Col("response_rate", "svarandel", "response rate"),
		Col("non_respondents", "svarte ikke", "did not answer"), Col("ties", "bånd", "ties"),
		Col("reported", "oppgitt mellom svarere", "reported between respondents"),
		Col("confirmed", "bekreftet av begge", "confirmed by both"), Col("confirmed_share", "andel bekreftet", "share confirmed")}}
	for _, r := range rs {
		t.Rows = append(t.Rows, []any{r.Round.Label, r.Round.Date.String(), r.Units, r.Respondents, r.ResponseRate,
			strings.Join(r.NonRespondents, " "), r.Ties, r.Reported, r.Confirmed, r.ConfirmedShare})
	}
	return t
}

var ratingColumns = []Column{
	Col("quality", "kvalitet", "quality"), Col("trust", "tillit", "trust"), Col("value", "verdi", "value"),
}

// means returns the values of ms as table cells.
func means(ms [graph.NumRatings]metrics.Mean) []any {
	out := make([]any, len(ms))
	for i, m := range ms {
		out[i] = m.Value()
	}
	return out
}

func ratingCount(ms [graph.NumRatings]metrics.Mean) int {
	n := 0
	for _, m := range ms {
		n = max(n, m.N)
	}
	return n
}

// UnitRatingsTable returns the mean ratings each unit received from the
// others (PARTNER's trust and value scores) and gave them.
func UnitRatingsTable(n *graph.Network, r *metrics.SurveyRatings) *Table {
	cols := append([]Column(nil), unitIdentity...)
	for _, c := range ratingColumns {
		cols = append(cols, Column{Key: c.Key + "_received", Title: graph.T(c.Title.NB+" (fått)", c.Title.EN+" (received)")})
	}
	cols = append(cols, Col("answers_received", "svar om enheten", "answers about it"))
	for _, c := range ratingColumns {
		cols = append(cols, Column{Key: c.Key + "_given", Title: graph.T(c.Title.NB+" (gitt)", c.Title.EN+" (given)")})
	}
	t := &Table{Name: "unit_ratings", Title: graph.T("Vurderinger per enhet", "Ratings per unit"), Columns: cols}
	for v, u := range n.Units() {
		row := []any{u.Key, u.Name, optString(u.Agency), optLevel(u.Level), optString(u.Municipality)}
		row = append(row, means(r.Received[v])...)
		row = append(row, ratingCount(r.Received[v]))
		row = append(row, means(r.Given[v])...)
		t.Rows = append(t.Rows, row)
	}
	return t
}

// TieRatingsTable returns the survey's pairs: how often they work
// together, in contacts per year, and their mean ratings.
func TieRatingsTable(n *graph.Network, r *metrics.SurveyRatings) *Table {
	cols := []Column{Col("a", "a", "a"), Col("b", "b", "b"), Col("per_year", "kontakter i året", "contacts per year")}
	cols = append(cols, ratingColumns...)
	cols = append(cols, Col("ratings", "vurderinger", "ratings"))
	t := &Table{Name: "tie_ratings", Title: graph.T("Bånd i undersøkelsen", "Ties in the survey"), Columns: cols}
	for _, x := range r.Ties {
		row := []any{n.Unit(int64(x.A)).Key, n.Unit(int64(x.B)).Key, x.PerYear}
		row = append(row, means(x.Ratings)...)
		row = append(row, ratingCount(x.Ratings))
		t.Rows = append(t.Rows, row)
	}
	return t
}

// SurveyTables returns the survey's tables of `samkart metrics`: none
// without a survey.
func SurveyTables(r *metrics.Result) []*Table {
	s := r.Survey
	if s == nil {
		return nil
	}
	return []*Table{SurveyResponseTable(s.Response), UnitRatingsTable(r.Net(), s.Ratings), TieRatingsTable(r.Net(), s.Ratings)}
}

// ratingPhrase names a rating inside a sentence: "tilliten", "trust".
var ratingPhrase = [graph.NumRatings]graph.Text{
	graph.Quality: graph.T("kvaliteten på samarbeidet", "the quality of the collaboration"),
	graph.Trust:   graph.T("tilliten", "trust"),
	graph.Value:   graph.T("verdien av samarbeidet", "the value of the collaboration"),
}

// PoorlyRatedFinding words a tie that is frequent but poorly rated
// (metrics.FrequentPoorlyRated): "hyppig, men lite tillit".
func PoorlyRatedFinding(n *graph.Network, t metrics.TieRating) graph.Text {
	a, b := unitName(n, n.Unit(int64(t.A)).Key), unitName(n, n.Unit(int64(t.B)).Key)
	k, low, _ := t.Lowest()
	per := strconv.Itoa(int(math.Round(t.PerYear)))
	return capitalise(
		a+" og "+b+" samarbeider ofte (om lag "+per+" kontakter i året), men "+ratingPhrase[k].NB+" får bare "+weightWords(low, graph.NB)+" av 5: hyppig, men lite tillit.",
		a+" and "+b+" work together often (about "+per+" contacts a year), but "+ratingPhrase[k].EN+" is rated only "+weightWords(low, graph.EN)+" of 5: frequent, but little trust.")
}

// PoorlyRatedFindings words the frequent but poorly rated ties of a
// survey, at most max of them.
func PoorlyRatedFindings(n *graph.Network, s *metrics.SurveyResult, max int) []graph.Text {
	if s == nil {
		return nil
	}
	var out []graph.Text
	for i, t := range s.FrequentPoorly {
		if i == max {
			break
		}
		out = append(out, PoorlyRatedFinding(n, t))
	}
	return out
}

// surveySummaryRows are the survey's rows of the summary table: per
// round, the respondents, the units that did not answer and the ties
// confirmed by both sides.
func surveySummaryRows(rs []metrics.RoundResponse) [][]any {
	var rows [][]any
	for _, r := range rs {
		key := func(k string) string {
			if r.Round.Label == "" {
				return k
			}
			return k + " " + r.Round.Label
		}
		rows = append(rows,
			[]any{"survey", key("respondents"), "svarte", "answered", r.Respondents},
			[]any{"survey", key("non_respondents"), "svarte ikke", "did not answer", len(r.NonRespondents)},
			[]any{"survey", key("reported"), "oppgitt mellom svarere", "reported between respondents", r.Reported},
			[]any{"survey", key("confirmed"), "bekreftet av begge", "confirmed by both", r.Confirmed})
	}
	return rows
}

// SurveyLine says in one line what the survey of n's dataset holds, for
// samkart validate: its answers, rounds and response; ok is false
// without a survey.
func SurveyLine(n *graph.Network) (graph.Text, bool) {
	ds := n.Data
	if ds == nil || ds.Survey == nil {
		return graph.Text{}, false
	}
	answers := 0
	for _, a := range ds.Survey.Answers {
		if a.Alter >= 0 {
			answers++
		}
	}
	nb := fmt.Sprintf("undersøkelse: %d %s i %d %s", answers, surveyPlural(answers, "svar", "svar"), len(ds.Survey.Rounds), surveyPlural(len(ds.Survey.Rounds), "runde", "runder"))
	en := fmt.Sprintf("survey: %d %s in %d %s", answers, surveyPlural(answers, "answer", "answers"), len(ds.Survey.Rounds), surveyPlural(len(ds.Survey.Rounds), "round", "rounds"))
	for _, r := range metrics.SurveyResponse(n) {
		p := roundPrefix(r.Round)
		nb += fmt.Sprintf("; %s%s av %s enheter svarte", strings.ToLower(p.NB), Integer(r.Respondents, graph.NB), Integer(r.Units, graph.NB))
		en += fmt.Sprintf("; %s%s of %s units answered", strings.ToLower(p.EN), Integer(r.Respondents, graph.EN), Integer(r.Units, graph.EN))
	}
	return graph.T(nb, en), true
}

// surveyPlural returns one for n = 1 and many otherwise.
func surveyPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// CombineText says how a survey's two sides' answers make a tie, with
// the --survey-combine value in parentheses.
func CombineText(c graph.Combine) graph.Text {
	var t graph.Text
	switch c {
	case graph.CombineMax:
		t = graph.T("den største av de to sidenes hyppigheter", "the larger of the two sides' frequencies")
	case graph.CombineMin:
		t = graph.T("den minste av de to sidenes hyppigheter", "the smaller of the two sides' frequencies")
	case graph.CombineConfirmed:
		t = graph.T("bare bånd begge sider oppga, og ensidige bånd til dem som ikke svarte", "only ties both sides named, and one-sided ties to those who did not answer")
	default:
		t = graph.T("snittet av de to sidenes hyppigheter", "the mean of the two sides' frequencies")
	}
	return graph.T(t.NB+" ("+c.String()+")", t.EN+" ("+c.String()+")")
}
