package text

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// The sentences of the findings of `samkart gaps`, in bokmål and English,
// as an adviser would read them aloud. They name units by their names in
// the network the findings were made on (gaps.Report.Net), which
// for a municipality's gaps holds the state and regional units around it;
// a unit the network lacks is named by its key.

// gapAgencyPhrase names an agency inside a sentence: with the article in
// English and in the definite form in bokmål. Agencies it does not know are
// named as graph.AgencyName does.
var gapAgencyPhrase = map[string]graph.Text{
	"nav":           graph.T("NAV", "NAV"),
	"eiendom":       graph.T("eiendomsavdelingen", "the property department"),
	"helse":         graph.T("helse- og omsorgstjenesten", "health and care services"),
	"flyktning":     graph.T("flyktningtjenesten", "the refugee service"),
	"bolig":         graph.T("boligkontoret", "the housing office"),
	"husbanken":     graph.T("Husbanken", "Husbanken"),
	"rus":           graph.T("rus- og psykiatritjenesten", "substance abuse and mental health services"),
	"barnevern":     graph.T("barnevernet", "child welfare services"),
	"sosial":        graph.T("sosialtjenesten", "social services"),
	"plan":          graph.T("plan og utvikling", "planning"),
	"ledelse":       graph.T("kommuneledelsen", "the municipal leadership"),
	"bruker":        graph.T("brukerorganisasjonen", "the user organisation"),
	"utbygger":      graph.T("utbyggeren", "the developer"),
	"boligbyggelag": graph.T("boligbyggelaget", "the housing cooperative"),
	"imdi":          graph.T("IMDi", "IMDi"),
	"ks":            graph.T("KS", "KS"),
}

var gapLevelPhrase = [...]graph.Text{
	graph.T("enheter uten kjent nivå", "units of unknown level"),
	graph.T("statlig nivå", "the national level"),
	graph.T("regionalt nivå", "the regional level"),
	graph.T("kommuneledelsen", "the municipal leadership"),
	graph.T("enhetene", "the units"),
	graph.T("førstelinjen", "the frontline"),
	graph.T("brukerne", "the users"),
}

// unitName returns the name of unit key in n, or the key when n lacks the
// unit or its name.
func unitName(n *graph.Network, key string) string {
	if n != nil {
		if id, ok := n.Lookup(key); ok {
			if name := n.Unit(id).Name; name != "" {
				return name
			}
		}
	}
	return key
}

// endName names an end of a gap inside a sentence.
func endName(n *graph.Network, e gaps.End) graph.Text {
	switch e.Kind {
	case graph.EndAgency:
		if t, ok := gapAgencyPhrase[e.Agency]; ok {
			return t
		}
		label := ""
		if n != nil && e.First != "" {
			if id, ok := n.Lookup(e.First); ok {
				label = n.Unit(id).AgencyLabel
			}
		}
		return graph.AgencyName(e.Agency, label)
	case graph.EndLevel:
		if e.Level >= 0 && int(e.Level) < len(gapLevelPhrase) {
			return gapLevelPhrase[e.Level]
		}
		s := strconv.Itoa(int(e.Level))
		return graph.T("nivå "+s, "level "+s)
	}
	name := unitName(n, e.Unit)
	return graph.T(name, name)
}

// GapFinding words gap g, found on network n, in both languages.
func GapFinding(n *graph.Network, g *gaps.Gap) graph.Text {
	return GapFindingHiding(n, g, Suppression{})
}

// GapFindingHiding is GapFinding with the observed weight between two
// groups (an agency, a level) said as "under 3" when sup hides it; the
// weight between two units is shown.
func GapFindingHiding(n *graph.Network, g *gaps.Gap, sup Suppression) graph.Text {
	a, b := endName(n, g.A), endName(n, g.B)
	m := g.Scope
	switch g.Rule {
	case gaps.RuleAgencies:
		return capitalise(a.NB+" og "+b.NB+" i "+m+" har ingen registrert kontakt.",
			a.EN+" and "+b.EN+" in "+m+" have no recorded contact.")
	case gaps.RuleParent:
		return capitalise(a.NB+" har ingen registrert kontakt med sin overordnede enhet, "+b.NB+".",
			a.EN+" has no recorded contact with the unit it reports to, "+b.EN+".")
	case gaps.RuleLeadership:
		return capitalise(a.NB+" har ingen registrert kontakt med kommuneledelsen i "+m+".",
			a.EN+" has no recorded contact with the municipal leadership of "+m+".")
	case gaps.RuleHusbanken:
		return capitalise("Kommuneledelsen i "+m+" har ingen registrert kontakt med "+b.NB+".",
			"The municipal leadership of "+m+" has no recorded contact with "+b.EN+".")
	}
	whereNB, whereEN := "", ""
	if m != "" && (g.A.Kind != graph.EndUnit || g.B.Kind != graph.EndUnit) {
		whereNB, whereEN = " i "+m, " in "+m
	}
	line := strconv.Itoa(g.Line)
	srcNB, srcEN := "(boligsosial handlingsplan, linje "+line+")", "(housing action plan, line "+line+")"
	if w := g.ObservedWeight; w > 0 && groupGap(g) && sup.Hides(w) {
		return capitalise(
			a.NB+" og "+b.NB+whereNB+" har kontakt med vekt "+sup.Words().NB+", mot forventet "+weightWords(g.MinWeight, graph.NB)+" "+srcNB+".",
			a.EN+" and "+b.EN+whereEN+" have contact of weight "+sup.Words().EN+", below the expected "+weightWords(g.MinWeight, graph.EN)+" "+srcEN+".")
	}
	if w := g.ObservedWeight; w > 0 {
		return capitalise(
			a.NB+" og "+b.NB+whereNB+" har kontakt med vekt "+weightWords(w, graph.NB)+", under forventet "+weightWords(g.MinWeight, graph.NB)+" "+srcNB+".",
			a.EN+" and "+b.EN+whereEN+" have contact of weight "+weightWords(w, graph.EN)+", below the expected "+weightWords(g.MinWeight, graph.EN)+" "+srcEN+".")
	}
	return capitalise(a.NB+" og "+b.NB+whereNB+" har ingen registrert kontakt "+srcNB+".",
		a.EN+" and "+b.EN+whereEN+" have no recorded contact "+srcEN+".")
}

// groupGap reports whether an end of g is a group of units (an agency
// or a level) rather than a unit.
func groupGap(g *gaps.Gap) bool {
	return g.A.Kind != graph.EndUnit || g.B.Kind != graph.EndUnit
}

// ParallelFinding words the uncoordinated parallel contacts p, found on
// network n, in both languages.
func ParallelFinding(n *graph.Network, p *gaps.ParallelContact) graph.Text {
	names := make([]string, len(p.Units))
	for i, k := range p.Units {
		names[i] = unitName(n, k)
	}
	office := p.Office
	if p.OfficeParent {
		office = unitName(n, p.Office)
	}
	target := unitName(n, p.Target)
	first, last := p.Dates[0], p.Dates[len(p.Dates)-1]
	span := graph.T(DateSpan(first, last, graph.NB), DateSpan(first, last, graph.EN))
	within := graph.T("innen "+NounDay.Count(p.WindowDays, graph.NB), "within "+NounDay.Count(p.WindowDays, graph.EN))
	when := graph.T(within.NB+" ("+span.NB+")", within.EN+" ("+span.EN+")")
	if p.SpanDays >= p.WindowDays {
		// A chain of pairs, each within the window, can span more.
		d := p.SpanDays + 1
		when = graph.T("i løpet av "+NounDay.Count(d, graph.NB)+" ("+span.NB+"), hver "+within.NB+" fra en annen av dem,",
			"over "+NounDay.Count(d, graph.EN)+" ("+span.EN+"), each "+within.EN+" of another of them,")
	}

	return capitalise(
		joinNames(names, "og")+" ("+office+") kontaktet "+target+" "+when.NB+" uten registrert kontakt seg imellom.",
		joinNames(names, "and")+" ("+office+") contacted "+target+" "+when.EN+" with no recorded contact between them.")
}

// FadingFinding words the fading tie f, found on network n, in both
// languages.
func FadingFinding(n *graph.Network, f *gaps.FadingTie) graph.Text {
	an, bn := unitName(n, f.A), unitName(n, f.B)
	return capitalise(
		an+" og "+bn+" hadde kontakt "+Every(f.UsualIntervalDays, graph.NB)+", men ingen siden "+
			DateText(f.LastContact, graph.NB)+" ("+NounDay.Count(f.DaysSilent, graph.NB)+" før "+DateText(f.AsOf, graph.NB)+").",
		an+" and "+bn+" were in contact "+Every(f.UsualIntervalDays, graph.EN)+", but not since "+
			DateText(f.LastContact, graph.EN)+" ("+NounDay.Count(f.DaysSilent, graph.EN)+" before "+DateText(f.AsOf, graph.EN)+").")
}

// weightWords writes a number with at most two decimals as l writes it.
func weightWords(w float64, l graph.Lang) string {
	return Number(math.Round(w*100)/100, 2, l)
}

// joinNames joins names as "a, b og c".
func joinNames(s []string, and string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " " + and + " " + s[len(s)-1]
}

// capitalise returns the Text with the first letter of each sentence in
// upper case.
func capitalise(nb, en string) graph.Text {
	up := func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError {
			return s
		}
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return graph.T(up(nb), up(en))
}
