package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// References cited in the methods section.
const (
	refBorgatti    = "Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and Mathematical Organization Theory, 12, 21–34."
	refFreeman     = "Freeman, L. C. (1979). Centrality in social networks: Conceptual clarification. Social Networks, 1, 215–239."
	refBrandes     = "Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical Sociology, 25, 163–177; as NetworkX betweenness_centrality(normalized=True)."
	refKrackhardt  = "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises. Social Psychology Quarterly, 51(2), 123–140."
	refGould       = "Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation. Sociological Methodology, 19, 89–126; as R sna::brokerage."
	refHopcroft    = "Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation. Communications of the ACM, 16(6), 372–378; as NetworkX articulation_points."
	refNetworkX    = "NetworkX 2.8.8 density."
	refBlocks      = "Block densities of an undirected binary graph, as UCINET and R sna::blockmodel(diag = FALSE)."
	refFieldReport = "Samhandling som kilde til økt boligsosial handlingskapasitet (2011)."
	refUCINET      = "Borgatti, S. P., Everett, M. G. & Freeman, L. C. (2002). UCINET 6 for Windows: Software for social network analysis. Harvard, MA: Analytic Technologies; Network > Cohesion > E-I Index (permutation test, re-scaled index)."
	refQAP         = "Krackhardt, D. (1987). QAP partialling as a test of spuriousness. Social Networks, 9, 171–186; as R sna::qaptest(gcor). Dekker, D., Krackhardt, D. & Snijders, T. A. B. (2007). Sensitivity of MRQAP tests to collinearity and autocorrelation conditions. Psychometrika, 72(4), 563–581; as R sna::netlm(nullhyp = \"qapspp\")."
	refResearch    = "NetworkX 2.8.8 core_number (Batagelj & Zaversnik 2003), find_cliques (Bron & Kerbosch 1973), DiGraph degrees, overall_reciprocity, betweenness_centrality and closeness_centrality on the DiGraph; UCINET Egonet basic measures, composition and Structural Holes (ego network model; Burt 1992); Blau, P. M. (1977). Inequality and Heterogeneity."
)

// methods returns the methods section: every measure on the page with its
// definition and reference, for a network of ties ties.
func methods(ties int) []Method {
	def := cmpDefinition
	return append([]Method{
		{graph.T("Tetthet", "Density"), def("density"), refNetworkX},
		{graph.T("Fragmentering", "Fragmentation"), def("fragmentation"), refBorgatti},
		{graph.T("Avstandsfragmentering", "Distance fragmentation"), def("distance_fragmentation"), refBorgatti},
		{graph.T("Gradsentralisering", "Degree centralization"), def("degree_centralization"), refFreeman},
		{graph.T("E-I-indeks", "E-I index"),
			graph.T("(eksterne − interne bånd)/(alle bånd), etter etat (horisontalt) eller nivå (vertikalt); −1 når alle bånd går innad i gruppene, +1 når alle går på tvers. Bånd der en ende mangler etat eller nivå, er utelatt.",
				"(external − internal ties)/(all ties), by agency (horizontal) or level (vertical); −1 when every tie stays within the groups, +1 when every tie crosses. Ties with the agency or level missing at an end are left out."),
			refKrackhardt},
		{graph.T("Er E-I-indeksen tilfeldig?", "Could the E-I index be chance?"), eiMethod(ties), refUCINET},
		{graph.T("Plan og praksis", "Plan and practice"),
			graph.T("Når datasettet har en handlingsplan (expected.csv), sammenlignes i hver kommune båndene mellom kommunens enheter (finnes eller ikke) med parene planen forventer skal samarbeide (en etat eller et nivå står for alle sine enheter i kommunen) ved QAP-korrelasjon: enhetene stokkes tilfeldig, rader og kolonner sammen, 10 000 ganger. Kommunen nevnes når de forventede parene ikke har bånd oftere enn tilfeldig (p ≥ 0,05), eller sjeldnere (p < 0,05). Standardreglene testes ikke slik: de ber om ett bånd mellom to tjenester, ikke bånd mellom alle enhetene deres.",
				"When the dataset has an action plan (expected.csv), in each municipality the ties among its units (present or not) are compared with the pairs the plan expects to collaborate (an agency or level stands for all its units in the municipality) by QAP correlation: the units are shuffled at random, rows and columns together, 10,000 times. A municipality is named when the expected pairs are not tied more often than chance would give (p ≥ 0.05), or less often (p < 0.05). The default rules are not tested this way: they ask for one tie between two services, not for ties between all their units."),
			refQAP},
		{graph.T(text.Cap(text.TermBetweenness).NB+" ("+text.TermBroker.NB+")", text.Cap(text.TermBetweenness).EN+" ("+text.TermBroker.EN+")"),
			graph.T("Summen over alle andre par av andelen korteste veier som går gjennom enheten, delt på antall par: andelen av veiene enheten ligger på.",
				"The sum over all other pairs of the share of their shortest paths that pass through the unit, divided by the number of pairs: the share of the paths the unit lies on."),
			refBrandes},
		{text.Cap(text.TermBrokerage),
			graph.T("Tellinger av to-steg i, b, j der i kontaktet b og b kontaktet j uten at i kontaktet j, etter etatene til i, b og j: koordinator, omreisende, representant, portvakt og bindeledd (tre ulike etater).",
				"Counts of two-steps i, b, j where i contacted b and b contacted j while i never contacted j, by the agencies of i, b and j: coordinator, itinerant, representative, gatekeeper and liaison (three different agencies)."),
			refGould},
		{text.Cap(text.TermCutPoint),
			graph.T("En enhet som alene binder deler av nettverket sammen: uten den har nettverket flere komponenter. Verdien er fragmenteringen uten enheten.",
				"A unit that alone joins parts of the network: without it the network has more components. The value is the fragmentation without the unit."),
			refHopcroft},
		{graph.T(text.Cap(text.TermKeyPlayer).NB+" og "+text.TermTurnoverRisk.NB, text.Cap(text.TermKeyPlayer).EN+" and "+text.TermTurnoverRisk.EN), def("key_player_fragmentation"), refBorgatti + " Greedy search with swaps (KPP-Neg), k = 1."},
		{graph.T("Blokktetthet (varmekart)", "Block density (heat map)"),
			graph.T("Bånd mellom to etater delt på antall mulige bånd mellom dem (n·m), og innenfor en etat på n(n−1)/2.",
				"Ties between two agencies divided by the number of possible ties between them (n·m), and within one agency by n(n−1)/2."),
			refBlocks},
		{graph.T(text.Cap(text.TermGaps).NB+" (hull)", text.Cap(text.TermGaps).EN),
			graph.T("Forventede bånd fra handlingsplanen (expected.csv) eller, uten den, fra standardreglene: alle tjenester i en kommune med hverandre, hver enhet med sin overordnede og med kommuneledelsen, og kommuneledelsen med Husbanken-regionen. Et hull er horisontalt når begge ender står på samme nivå, ellers vertikalt; de rangeres etter hvor sentrale endene er. Reglene er samkarts egne, bygd på feltrapporten; samkart help gaps beskriver dem.",
				"Expected ties from the action plan (expected.csv) or, without one, from the default rules: every service of a municipality with every other, every unit with its parent and with the municipal leadership, and the municipal leadership with its Husbanken region. A gap is horizontal when both ends are at one level, else vertical; gaps are ranked by how central their ends are. The rules are samkart's own, built on the field report; samkart help gaps describes them."),
			refFieldReport},
		{text.Cap(text.TermUncoordinated),
			graph.T(fmt.Sprintf("To eller flere enheter fra samme kontor (samme overordnede, eller samme etat og region) som kontaktet samme enhet innenfor %d dager uten registrert kontakt med hverandre rundt det tidspunktet.", gaps.DefaultWindowDays),
				fmt.Sprintf("Two or more units of one office (the same parent, or the same agency and region) that contacted the same unit within %d days without any recorded contact with each other around that time.", gaps.DefaultWindowDays)),
			refFieldReport},
		{text.Cap(text.TermFading),
			graph.T(fmt.Sprintf("Et bånd med kontakt på minst %d dager svekkes når det har vært stille lenger enn %d ganger sitt vanlige intervall (medianen mellom kontaktdagene) og mer enn %d dager, regnet fra siste dato i dataene.", gaps.FadingMinDays, gaps.FadingFactor, gaps.FadingFloorDays),
				fmt.Sprintf("A tie with contact on at least %d days is fading when it has been silent for more than %d times its usual interval (the median between its contact days) and more than %d days, counted from the last date in the data.", gaps.FadingMinDays, gaps.FadingFactor, gaps.FadingFloorDays)),
			refFieldReport},
		{text.Cap(text.TermInformalShare), def("informal_share"), refFieldReport},
		{text.Cap(text.TermMultiPartyShare), def("multi_party_share"), refFieldReport},
		{graph.T("Flere mål for forskere", "More measures for researchers"),
			graph.T("samkart metrics gir i tillegg hver enhets kjernetall (k-kjerne) og maksimale klikker med 3 enheter eller flere, inn- og utgrad og -styrke langs retningen kontaktene er registrert i (fra → til; for data registrert én gang per par uten initiativ beskriver de bare registreringsrekkefølgen), gjensidighet, med --directed mellomhet og nærhet langs retningen, egonettverkets størrelse, tetthet og Burts mål innenfor egonettverket, kontaktenes andel per etat og nivå og Blau-indeksen for mangfoldet deres, og permutasjonstesten for hver E-I-indeks, også etter en valgfri kolonne (--by). samkart qap tester om to relasjoner henger sammen (QAP-korrelasjon og MRQAP-regresjon med Dekkers semipartialisering). JSON-utdataens «conventions» gir hver definisjon.",
				"samkart metrics also gives each unit's k-core number and maximal cliques of 3 units or more, in- and out-degree and strength along the direction contacts were recorded in (from → to; for data recorded once per pair without initiative they describe only the recording order), reciprocity, with --directed betweenness and closeness along that direction, the ego network's size, density and Burt's measures within it, the share of its contacts per agency and level and Blau's index of their diversity, and the permutation test of every E-I index, also by any column (--by). samkart qap tests whether two relations go together (QAP correlation and MRQAP regression with Dekker's semi-partialling). The JSON output's \"conventions\" give each definition."),
			refResearch},
	}, comparisonMethods()...)
}

// cmpDefinition is the definition of a measure of the comparison with
// its direction: "… I sammenligningen er lavere bedre."
func cmpDefinition(key string) graph.Text {
	d := text.CompareDefinition(key)
	dir := text.CompareDirection(key)
	return graph.T(d.NB+" I sammenligningen: "+dir.NB+".", d.EN+" In the comparison: "+dir.EN+".")
}

// comparisonMethods state the direction of every measure of the
// comparison, and the rules of the verdicts.
func comparisonMethods() []Method {
	lists := map[compare.Direction][2][]string{}
	for _, key := range compare.Measures {
		d := compare.DirectionOf(key)
		l := lists[d]
		l[0] = append(l[0], text.CompareTitle(key).NB)
		l[1] = append(l[1], text.CompareTitle(key).EN)
		lists[d] = l
	}
	join := func(d compare.Direction, i int, and string) string { return joinList(lists[d][i], and) }
	dirs := graph.T(
		fmt.Sprintf("Høyere er bedre: %s. Lavere er bedre: %s. Verken høyere eller lavere er bedre: %s (et knutepunkt samordner, men er sårbart; vertikale bånd trengs, men ikke i stedet for horisontale; uformell kontakt bærer mye av arbeidet, men etterlater seg lite). Rang 1 er den beste verdien i regionen, for mål uten retning den høyeste; en verdi er farget som bedre eller dårligere enn regionens median etter målets retning.",
			join(compare.HigherBetter, 0, "og"), join(compare.LowerBetter, 0, "og"), join(compare.Neither, 0, "og")),
		fmt.Sprintf("Higher is better: %s. Lower is better: %s. Neither higher nor lower is better: %s (a hub coordinates but is a single point of failure; vertical ties are needed, but not instead of horizontal ones; informal contact carries much of the work but leaves little trace). Rank 1 is the best value in the region, for measures without a direction the highest; a value is coloured as better or worse than the region's median by the measure's direction.",
			join(compare.HigherBetter, 1, "and"), join(compare.LowerBetter, 1, "and"), join(compare.Neither, 1, "and")))
	clear := int(compare.ClearShare * 100)
	verdict := graph.T(
		fmt.Sprintf("I en region med minst %d kommuner: en verdi er klart bedre eller dårligere enn medianen når den avviker med minst %d %% av målets spenn (for tellinger minst 1). En kommune som er klart bedre på minst %d flere mål enn den er klart dårligere på, er «stort sett bedre enn regionens median» (motsatt: «stort sett dårligere»); den med høyest slik balanse er «mest samordnet», den med lavest «minst samordnet»; ellers «nær regionens median». Den ene kommunen med høyest avstandsfragmentering er «mest fragmentert», med flest hull (minst dobbelt så mange som medianen og to flere) «flest hull», med høyest fragmentering uten nøkkelaktøren «mest avhengig av én enhet», og med lavest negativ E-I-indeks etter etat «mest preget av siloer» — hver bare når verdien er klart dårligere enn medianen. Deler to kommuner ytterpunktet, får ingen vurderingen; en kommune med færre enn halvparten av målene definert får ingen.",
			compare.MinVerdictMunicipalities, clear, compare.NetMeasures),
		fmt.Sprintf("In a region of at least %d municipalities: a value is clearly better or worse than the median when it differs by at least %d %% of the measure's range (for counts at least 1). A municipality clearly better on at least %d more measures than it is clearly worse on is “mostly better than the region's median” (the opposite: “mostly worse”); the one with the highest such balance is the “most coordinated”, the one with the lowest the “least coordinated”; otherwise “close to the region's median”. The one municipality with the highest distance fragmentation is the “most fragmented”, with the most gaps (at least twice the median and two more) “most gaps”, with the highest fragmentation without the key player “most dependent on one unit”, and with the lowest negative E-I index by agency “most divided into silos” — each only when the value is clearly worse than the median. When two municipalities share the extreme, neither gets the verdict; a municipality with fewer than half of the measures defined gets none.",
			compare.MinVerdictMunicipalities, clear, compare.NetMeasures))
	return []Method{
		{graph.T("Retning i sammenligningen", "Direction in the comparison"), dirs, ""},
		{graph.T("Vurdering av kommunene", "Verdicts on the municipalities"), verdict, ""},
	}
}

// joinList joins items as "a, b og c".
func joinList(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

const refSampling = "Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality through sampling. Data Mining and Knowledge Discovery, 30, 438–475; paths drawn by balanced bidirectional search as in Borassi, M. & Natale, E. (2019), KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation, ACM JEA 24; sources by Hoeffding's inequality as in Eppstein, D. & Wang, J. (2004), Fast approximation of centrality, JGAA 8."

// eiMethod describes the E-I permutation test for a network of ties ties,
// saying so when it was shuffled fewer times than usual.
func eiMethod(ties int) graph.Text {
	k := eiPermutations(ties)
	times := func(l graph.Lang) string { return text.Integer(k, l) }
	def := metrics.DefaultPermutations
	fewer := graph.T("", "")
	if k < def {
		fewer = graph.T(fmt.Sprintf(" (færre enn de vanlige %s: med %s bånd ville %s stokkinger gått gjennom mer enn en milliard bånd)",
			text.Integer(def, graph.NB), text.Integer(ties, graph.NB), text.Integer(def, graph.NB)),
			fmt.Sprintf(" (fewer than the usual %s: with %s ties, %s shuffles would go through more than a billion ties)",
				text.Integer(def, graph.EN), text.Integer(ties, graph.EN), text.Integer(def, graph.EN)))
	}
	return graph.T(fmt.Sprintf("Etatene (eller nivåene) stokkes tilfeldig over enhetene %s ganger%s, med de samme båndene, og E-I-indeksen regnes på nytt hver gang. «Mer innadvendt enn tilfeldig, p < 0,01» betyr at under 1 %% av de stokkede nettverkene hadde så få bånd på tvers; p er andelen stokkede verdier som er minst like ekstreme. Under 5 %% regnes som signifikant.", times(graph.NB), fewer.NB),
		fmt.Sprintf("The agencies (or levels) are shuffled over the units %s times%s, with the same ties, and the E-I index recomputed each time. “More inward-looking than chance, p < 0.01” means that under 1%% of the shuffled networks had so few ties across; p is the share of shuffled values at least as extreme. Under 5%% counts as significant.", times(graph.EN), fewer.EN))
}

// sampledMethod says which measures of the page were computed on a
// sample, with their error and confidence, and why.
func sampledMethod(m *metrics.PathMethod, lang graph.Lang) Method {
	num := func(x float64) string {
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if lang == graph.NB {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s
	}
	count := func(k int) string { return text.Integer(k, lang) }
	conf := num(math.Round(m.Confidence*1e6)/1e4) + " %"
	why := graph.T("Utvalget ble bedt om (--approx).", "The sample was asked for (--approx).")
	if m.MaxTime > 0 {
		why = graph.T(fmt.Sprintf("Nettverket er for stort til å regne disse målene eksakt innen --max-time %s.", m.MaxTime),
			fmt.Sprintf("The network is too large to compute these measures exactly within --max-time %s.", m.MaxTime))
	}
	def := graph.T(
		fmt.Sprintf("%s Mellomhet er regnet på %s tilfeldige par av enheter med én tilfeldig korteste sti hver: hver enhets mellomhet er innenfor ±%s av den eksakte verdien med %s sikkerhet, mellomhetssentraliseringen innenfor ±%s.",
			why.NB, count(m.Samples), num(m.Eps), conf, num(2*m.Eps)),
		fmt.Sprintf("%s Betweenness is computed on %s random pairs of units with one random shortest path each: every unit's betweenness is within ±%s of the exact value with %s confidence, betweenness centralization within ±%s.",
			why.EN, count(m.Samples), num(m.Eps), conf, num(2*m.Eps)))
	if m.SourceEps > 0 {
		def.NB += fmt.Sprintf(" Avstandsfragmenteringen er regnet fra %s tilfeldige startenheter, innenfor ±%s med samme sikkerhet.", count(m.Sources), num(m.SourceEps))
		def.EN += fmt.Sprintf(" Distance fragmentation is computed from %s random starting units, within ±%s with the same confidence.", count(m.Sources), num(m.SourceEps))
	}
	return Method{graph.T("Målt på et utvalg", "Measured on a sample"), def, refSampling}
}
