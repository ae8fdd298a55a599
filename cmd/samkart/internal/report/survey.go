package report

import (
	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// SurveySection is what the report says of a survey: the response to
// each round, the ties that are frequent but poorly rated, and the note
// on the measures that non-response biases.
type SurveySection struct {
	Combine  graph.Text   // how the two sides' answers made the ties
	Response []graph.Text // sentences: who answered, who did not, what both sides named
	// PoorlyRated are the ties that are frequent but poorly rated
	// (metrics.FrequentPoorlyRated), worded; PoorlyMore the number left
	// out.
	PoorlyRated []graph.Text
	PoorlyMore  int
	Rated       bool // the survey gave ratings: the ratings heat map is drawn
	// Note says which measures non-response biases; empty when every
	// unit answered every round.
	Note graph.Text
}

// survey words the survey's part of the report and draws the ratings
// heat map, when the network's dataset has a survey.
func (b *builder) survey() error {
	n, r := b.n, b.r
	s := metrics.Survey(n)
	if s == nil {
		return nil
	}
	if err := b.step("survey"); err != nil {
		return err
	}
	sec := &SurveySection{Combine: text.CombineText(n.Options.Combine), Response: text.ResponseSentences(n, s.Response),
		Rated: s.Ratings.Rated()}
	for _, rr := range s.Response {
		if len(rr.NonRespondents) > 0 {
			sec.Note = text.NonResponseNote
		}
	}
	sec.PoorlyRated = text.PoorlyRatedFindings(n, s, maxFindings)
	sec.PoorlyMore = max(0, len(s.FrequentPoorly)-maxFindings)
	r.Survey = sec
	if sec.Note != (graph.Text{}) {
		for i := range r.Methods {
			if m := &r.Methods[i]; biasedMethod(m.Name) {
				m.Definition = graph.T(m.Definition.NB+" "+biasShort.NB, m.Definition.EN+" "+biasShort.EN)
			}
		}
	}
	r.Methods = append(r.Methods, surveyMethods...)
	if !sec.Rated {
		return nil
	}
	d := &Diagram{Name: views.ViewRatings.String(), Title: graph.T("Vurderinger mellom etater.", "Ratings between agencies."),
		Caption: graph.T("Hvordan hver etats enheter vurderte de andre etatenes i undersøkelsen: mørkere celle, bedre vurdering (1 til 5).",
			"How each agency's units rated the other agencies' in the survey: the darker the cell, the better the rating (1 to 5).")}
	style := views.Style{Lang: b.lang, Renderer: b.opt.Renderer, Suppress: b.opt.Suppress}
	if err := drawView(b.ctx, n, views.ViewRatings, style, d); err != nil {
		if b.ctx.Err() != nil {
			return b.ctx.Err()
		}
		r.Notes = append(r.Notes, graph.T("Vurderingskartet kunne ikke lages: "+err.Error(), "The ratings heat map could not be made: "+err.Error()))
		return nil
	}
	r.Diagrams = append(r.Diagrams, d)
	return nil
}

// biasShort is said of each method that non-response biases.
var biasShort = graph.T("Frafall i undersøkelsen skjevvrir dette målet (se Spørreundersøkelsen).",
	"Non-response to the survey biases this measure (see The survey).")

// biasedMethod reports whether the method named name is one that
// non-response biases: betweenness, closeness and fragmentation.
func biasedMethod(name graph.Text) bool {
	for _, w := range []string{"Betweenness", "Closeness", "Fragmentation", "Distance fragmentation", "Cut point", "Key player"} {
		if len(name.EN) >= len(w) && name.EN[:len(w)] == w {
			return true
		}
	}
	return false
}

// surveyMethods are the methods section's entries for a survey.
var surveyMethods = []Method{
	{graph.T("Bånd fra spørreundersøkelsen", "Ties from the survey"),
		graph.T("Hver respondent oppga hvor ofte enheten samarbeider med hver av de andre; ordene regnes om til kontakter i året (daglig 220, ukentlig 46, annenhver uke 23, månedlig 11, kvartalsvis 4, halvårlig 2, årlig og sjeldnere 1, aldri 0). Et bånd finnes når minst én side oppga den andre med en hyppighet over 0; vekten er snittet av hyppighetene til de som svarte om paret (mean), den største (max) eller minste (min), eller, med confirmed, bare bånd begge oppga mellom to som svarte og ellers den enes svar til en som ikke svarte. Rundene er tidspunkter; over flere runder legges vektene sammen, og båndet legges til kontaktene og møtene mellom de samme enhetene.",
			"Each respondent gave how often its unit works with each of the others; the words count as contacts per year (daily 220, weekly 46, fortnightly 23, monthly 11, quarterly 4, half-yearly 2, yearly and rarely 1, never 0). A tie exists where at least one side named the other with a frequency above 0; its weight is the mean of the frequencies of those who answered about the pair (mean), the largest (max) or smallest (min), or, with confirmed, only ties both named between two respondents and otherwise the one answer about a unit that did not answer. Rounds are time points; over several rounds the weights add up, and the tie adds to the contacts and meetings between the same units."),
		"Provan, K. G., Veazie, M. A., Staten, L. K. & Teufel-Shone, N. I. (2005). The use of network analysis to strengthen community partnerships. Public Administration Review, 65(5), 603–613."},
	{graph.T("Vurderinger (kvalitet, tillit, verdi)", "Ratings (quality, trust, value)"),
		graph.T("Snittet av vurderingene fra 1 (svært dårlig) til 5 (svært godt): per bånd fra begge sider, per enhet det den fikk fra de andre, per par av etater det den ene etatens enheter ga den andres. «Hyppig, men lite tillit»: bånd med minst 11 kontakter i året der den laveste snittvurderingen er under 3.",
			"The mean of the ratings from 1 (very poor) to 5 (very good): per tie from both sides, per unit what it received from the others, per pair of agencies what one agency's units gave the other's. \"Frequent, but little trust\": ties of at least 11 contacts a year whose lowest mean rating is below 3."),
		"Varda, D. M., Chandra, A., Stern, S. A. & Lurie, N. (2008). Core dimensions of connectivity in public health collaboratives. Journal of Public Health Management and Practice, 14(5), E1–E7 (PARTNER's trust and value scores)."},
}
