package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// The glossary: one name for each concept samkart's output speaks of, in
// bokmål and English, used by every command, the diagrams and the report.
// A concept named anywhere else by other words is a bug: add it here and
// use it from here. Terms are written in lower case as they stand inside
// a sentence; Cap gives them a capital for a heading.

// Noun is a countable word in the singular and the plural.
type Noun struct{ One, Many graph.Text }

// For returns the form of the noun for n things.
func (w Noun) For(n int) graph.Text {
	if n == 1 || n == -1 {
		return w.One
	}
	return w.Many
}

// Count writes n and the noun in l: "1 enhet", "12 345 enheter".
func (w Noun) Count(n int, l graph.Lang) string {
	return Integer(n, l) + " " + w.For(n).In(l)
}

// Cap returns t with the first letter of each language in upper case.
func Cap(t graph.Text) graph.Text {
	return graph.T(upperFirst(t.NB), upperFirst(t.EN))
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Nouns.
var (
	NounUnit         = Noun{graph.T("enhet", "unit"), graph.T("enheter", "units")}
	NounTie          = Noun{graph.T("bånd", "tie"), graph.T("bånd", "ties")}
	NounContact      = Noun{graph.T("kontakt", "contact"), graph.T("kontakter", "contacts")}
	NounMeeting      = Noun{graph.T("møte", "meeting"), graph.T("møter", "meetings")}
	NounMunicipality = Noun{graph.T("kommune", "municipality"), graph.T("kommuner", "municipalities")}
	NounDay          = Noun{graph.T("dag", "day"), graph.T("dager", "days")}
	NounGap          = Noun{graph.T("hull", "gap"), graph.T("hull", "gaps")}
	NounWarning      = Noun{graph.T("advarsel", "warning"), graph.T("advarsler", "warnings")}
	// NounContactChain is a recorded two-step i → b → j that a broker b
	// relays: i contacted b, b contacted j, i and j had no contact.
	NounContactChain = Noun{graph.T("kontaktkjede", "chain of contact"), graph.T("kontaktkjeder", "chains of contact")}
)

// Findings.
var (
	TermGaps           = graph.T("manglende samarbeid", "collaboration gaps")
	TermGap            = graph.T("hull", "gap")
	TermHorizontal     = graph.T("horisontal", "horizontal")
	TermVertical       = graph.T("vertikal", "vertical")
	TermGapsHorizontal = graph.T("horisontale hull", "horizontal gaps")
	TermGapsVertical   = graph.T("vertikale hull", "vertical gaps")
	TermUncoordinated  = graph.T("ukoordinerte parallelle kontakter", "uncoordinated parallel contacts")
	TermFading         = graph.T("bånd som svekkes", "fading ties")
	TermExpectedByPlan = graph.T("plan", "plan")
	TermExpectedByRule = graph.T("standardforventning", "default expectation")
)

// Units and their roles.
var (
	TermKeyPlayer    = graph.T("nøkkelaktør", "key player")
	TermTurnoverRisk = graph.T("sårbarhet ved utskifting", "turnover risk")
	TermBroker       = graph.T("megler", "broker")
	TermBrokers      = graph.T("meglere", "brokers")
	TermBrokerage    = graph.T("meglerroller", "brokerage roles")
	TermCutPoint     = graph.T("kuttpunkt", "cut point")
	TermCutPoints    = graph.T("kuttpunkter", "cut points")
	TermKeyUnits     = graph.T("nøkkelenheter", "key units")
	// The roles of Gould and Fernandez.
	TermCoordinator    = graph.T("koordinator", "coordinator")
	TermItinerant      = graph.T("omreisende", "itinerant")
	TermRepresentative = graph.T("representant", "representative")
	TermGatekeeper     = graph.T("portvakt", "gatekeeper")
	TermLiaison        = graph.T("bindeledd", "liaison")
)

// Measures.
var (
	TermDensity               = graph.T("tetthet", "density")
	TermFragmentation         = graph.T("fragmentering", "fragmentation")
	TermDistanceFragmentation = graph.T("avstandsfragmentering", "distance fragmentation")
	TermDegreeCentralization  = graph.T("gradsentralisering", "degree centralization")
	TermBetweenness           = graph.T("mellomhetssentralitet", "betweenness")
	TermBetweennessWeighted   = graph.T("mellomhetssentralitet (vektet)", "betweenness (weighted)")
	TermBetweennessCentr      = graph.T("mellomhetssentralisering", "betweenness centralization")
	TermCloseness             = graph.T("nærhetssentralitet", "closeness")
	TermDegree                = graph.T("grad", "degree")
	TermStrength              = graph.T("styrke", "strength")
	TermEIIndex               = graph.T("E-I-indeks", "E-I index")
	TermEIAgency              = graph.T("E-I-indeks etter etat", "E-I index by agency")
	TermEILevel               = graph.T("E-I-indeks etter nivå", "E-I index by level")
	TermEIMunicipality        = graph.T("E-I-indeks etter kommune", "E-I index by municipality")
	TermInformalShare         = graph.T("andel uformell kontakt", "share of informal contact")
	TermMultiPartyShare       = graph.T("andel i møter med tre eller flere", "share in meetings of three or more")
	TermKeyPlayerFrag         = graph.T("fragmentering uten nøkkelaktøren", "fragmentation without the key player")
	TermFragIfRemoved         = graph.T("fragmentering uten enheten", "fragmentation without the unit")
	TermCommunity             = graph.T("gruppering", "community")
	TermModularity            = graph.T("modularitet", "modularity")
	TermMedian                = graph.T("median", "median")
)

// Judgements in the comparison.
var (
	TermHigherBetter = graph.T("høyere er bedre", "higher is better")
	TermLowerBetter  = graph.T("lavere er bedre", "lower is better")
	TermNeither      = graph.T("verken høyere eller lavere er bedre", "neither higher nor lower is better")
	TermBetter       = graph.T("bedre enn regionens median", "better than the region's median")
	TermWorse        = graph.T("dårligere enn regionens median", "worse than the region's median")
	TermRankBest     = graph.T("1 = best", "1 = best")
	TermRankHighest  = graph.T("1 = høyest", "1 = highest")
	TermVerdict      = graph.T("vurdering", "verdict")
)

// DirectionTerm names a measure's direction.
func DirectionTerm(d compare.Direction) graph.Text {
	switch d {
	case compare.HigherBetter:
		return TermHigherBetter
	case compare.LowerBetter:
		return TermLowerBetter
	}
	return TermNeither
}

// DirectionArrow marks a measure's direction in a narrow header: ↑ when
// higher is better, ↓ when lower is better, nothing for neither (the
// legend of each table says so).
func DirectionArrow(d compare.Direction) string {
	switch d {
	case compare.HigherBetter:
		return "↑"
	case compare.LowerBetter:
		return "↓"
	}
	return ""
}

// verdictWords are the words of the comparison's verdicts.
var verdictWords = map[compare.Verdict]graph.Text{
	compare.MostCoordinated:  graph.T("mest samordnet i regionen", "most coordinated in the region"),
	compare.LeastCoordinated: graph.T("minst samordnet i regionen", "least coordinated in the region"),
	compare.MostlyBetter:     graph.T("stort sett bedre enn regionens median", "mostly better than the region's median"),
	compare.MostlyWorse:      graph.T("stort sett dårligere enn regionens median", "mostly worse than the region's median"),
	compare.NearMedian:       graph.T("nær regionens median", "close to the region's median"),
	compare.MostFragmented:   graph.T("mest fragmentert", "most fragmented"),
	compare.MostGaps:         graph.T("flest hull", "most gaps"),
	compare.MostDependent:    graph.T("mest avhengig av én enhet", "most dependent on one unit"),
	compare.MostSiloed:       graph.T("mest preget av siloer", "most divided into silos"),
}

// VerdictTerm names a verdict of the comparison.
func VerdictTerm(v compare.Verdict) graph.Text {
	if t, ok := verdictWords[v]; ok {
		return t
	}
	return graph.T(v.String(), v.String())
}

// VerdictLine writes a municipality's verdicts as one line: "minst
// samordnet i regionen; mest fragmentert, flest hull"; "" for none.
func VerdictLine(vs []compare.Verdict, l graph.Lang) string {
	s := ""
	for i, v := range vs {
		switch {
		case i == 0:
		case i == 1 && vs[0] <= compare.NearMedian:
			s += "; "
		default:
			s += ", "
		}
		s += VerdictTerm(v).In(l)
	}
	return upperFirst(s)
}

// Words that stand alone.
var (
	WordYes        = graph.T("ja", "yes")
	WordNo         = graph.T("nei", "no")
	WordUndefined  = graph.T("ikke definert", "undefined")
	WordInterrupt  = graph.T("avbrutt", "interrupted")
	WordWarning    = graph.T("advarsel", "warning")
	WordNoRegion   = graph.T("uten region", "no region")
	WordAll        = graph.T("alle", "all")
	WordNone       = graph.T("ingen", "none")
	WordLegend     = graph.T("forklaring", "legend")
	WordMunicipal  = graph.T("kommune", "municipality")
	WordRegion     = graph.T("region", "region")
	WordProgramme  = graph.T("program", "programme")
	WordRank       = graph.T("rang", "rank")
	WordDiffMedian = graph.T("avvik fra median", "difference from median")
)

// SystemProblems are the system errors as samkart says them, with %s for
// the path the user gave: the words for the command's error edge.
var SystemProblems = struct {
	NotExist, Permission, IsDir, NotDir, NoSpace, ReadOnly graph.Text
}{
	NotExist:   graph.T("%s finnes ikke", "%s does not exist"),
	Permission: graph.T("samkart har ikke tilgang til %s (filrettighetene hindrer det)", "samkart may not open %s (its permissions forbid it)"),
	IsDir:      graph.T("%s er en mappe; forventet en fil", "%s is a folder; expected a file"),
	NotDir:     graph.T("%s: en del av stien er en fil, ikke en mappe", "%s: part of the path is a file, not a folder"),
	NoSpace:    graph.T("det er ikke mer plass på disken (for %s)", "no space left on the disk (for %s)"),
	ReadOnly:   graph.T("%s ligger på en disk som bare kan leses", "%s is on a read-only disk"),
}

// gapWords name the kinds, sources and rules of gaps (gaps.Horizontal,
// gaps.ExpectedByPlan, gaps.RuleAgencies, …) and the changes of `samkart
// diff`.
var gapWords = map[string]graph.Text{
	gaps.Horizontal:        TermHorizontal,
	gaps.Vertical:          TermVertical,
	gaps.ExpectedByPlan:    TermExpectedByPlan,
	gaps.ExpectedByDefault: TermExpectedByRule,
	gaps.RuleAgencies:      graph.T("tjenester i kommunen", "services of the municipality"),
	gaps.RuleParent:        graph.T("overordnet enhet", "parent unit"),
	gaps.RuleLeadership:    graph.T("kommuneledelsen", "municipal leadership"),
	gaps.RuleHusbanken:     graph.T("Husbanken-regionen", "Husbanken region"),
	"gained":               graph.T("nytt", "gained"),
	"lost":                 graph.T("borte", "lost"),
	"strengthened":         graph.T("styrket", "strengthened"),
	"weakened":             graph.T("svekket", "weakened"),
	"opened":               graph.T("åpnet", "opened"),
	"closed":               graph.T("lukket", "closed"),
}

// GapWord returns a gap's kind, source, rule or a change as a table cell
// (Word); "" gives nil.
func GapWord(key string) any {
	if key == "" {
		return nil
	}
	if t, ok := gapWords[key]; ok {
		return Word{Key: key, Text: t}
	}
	return Word{Key: key, Text: graph.T(key, key)}
}
