package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
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
	refFieldReport = "Samhandling som kilde til økt boligsosial handlingskapasitet (2011); samkart's rules, see samkart help gaps."
	refUCINET      = "Borgatti, S. P., Everett, M. G. & Freeman, L. C. (2002). UCINET 6 for Windows: Software for social network analysis. Harvard, MA: Analytic Technologies; Network > Cohesion > E-I Index (permutation test, re-scaled index)."
	refQAP         = "Krackhardt, D. (1987). QAP partialling as a test of spuriousness. Social Networks, 9, 171–186; as R sna::qaptest(gcor). Dekker, D., Krackhardt, D. & Snijders, T. A. B. (2007). Sensitivity of MRQAP tests to collinearity and autocorrelation conditions. Psychometrika, 72(4), 563–581; as R sna::netlm(nullhyp = \"qapspp\")."
	refResearch    = "NetworkX 2.8.8 core_number (Batagelj & Zaversnik 2003), find_cliques (Bron & Kerbosch 1973), DiGraph degrees, overall_reciprocity, betweenness_centrality and closeness_centrality on the DiGraph; UCINET Egonet basic measures, composition and Structural Holes (ego network model; Burt 1992); Blau, P. M. (1977). Inequality and Heterogeneity."
)

// methods returns the methods section: every measure on the page with its
// definition and reference.
func methods() []Method {
	def := text.CompareDefinition
	return []Method{
		{graph.T("Tetthet", "Density"), def("density"), refNetworkX},
		{graph.T("Fragmentering", "Fragmentation"), def("fragmentation"), refBorgatti},
		{graph.T("Avstandsfragmentering", "Distance fragmentation"), def("distance_fragmentation"), refBorgatti},
		{graph.T("Gradsentralisering", "Degree centralization"), def("degree_centralization"), refFreeman},
		{graph.T("E-I-indeks", "E-I index"),
			graph.T("(eksterne − interne bånd)/(alle bånd), etter etat (horisontalt) eller nivå (vertikalt); −1 når alle bånd går innad i gruppene, +1 når alle går på tvers. Bånd der en ende mangler etat eller nivå, er utelatt.",
				"(external − internal ties)/(all ties), by agency (horizontal) or level (vertical); −1 when every tie stays within the groups, +1 when every tie crosses. Ties with the agency or level missing at an end are left out."),
			refKrackhardt},
		{graph.T("Er E-I-indeksen tilfeldig?", "Could the E-I index be chance?"),
			graph.T(fmt.Sprintf("Etatene (eller nivåene) stokkes tilfeldig over enhetene %s ganger, med de samme båndene, og E-I-indeksen regnes på nytt hver gang. «Mer innadvendt enn tilfeldig, p < 0,01» betyr at under 1 %% av de stokkede nettverkene hadde så få bånd på tvers; p er andelen stokkede verdier som er minst like ekstreme. Under 5 %% regnes som signifikant.", text.Thousands(fmt.Sprint(metrics.DefaultPermutations), graph.NB)),
				fmt.Sprintf("The agencies (or levels) are shuffled over the units %s times, with the same ties, and the E-I index recomputed each time. “More inward-looking than chance, p < 0.01” means that under 1%% of the shuffled networks had so few ties across; p is the share of shuffled values at least as extreme. Under 5%% counts as significant.", text.Thousands(fmt.Sprint(metrics.DefaultPermutations), graph.EN))),
			refUCINET},
		{graph.T("Plan og praksis", "Plan and practice"),
			graph.T("Når datasettet har en handlingsplan (expected.csv), sammenlignes i hver kommune båndene mellom kommunens enheter (finnes eller ikke) med parene planen forventer skal samarbeide (en etat eller et nivå står for alle sine enheter i kommunen) ved QAP-korrelasjon: enhetene stokkes tilfeldig, rader og kolonner sammen, 10 000 ganger. Kommunen nevnes når de forventede parene ikke har bånd oftere enn tilfeldig (p ≥ 0,05), eller sjeldnere (p < 0,05). Standardreglene testes ikke slik: de ber om ett bånd mellom to tjenester, ikke bånd mellom alle enhetene deres.",
				"When the dataset has an action plan (expected.csv), in each municipality the ties among its units (present or not) are compared with the pairs the plan expects to collaborate (an agency or level stands for all its units in the municipality) by QAP correlation: the units are shuffled at random, rows and columns together, 10,000 times. A municipality is named when the expected pairs are not tied more often than chance would give (p ≥ 0.05), or less often (p < 0.05). The default rules are not tested this way: they ask for one tie between two services, not for ties between all their units."),
			refQAP},
		{graph.T("Mellomliggende sentralitet (megler)", "Betweenness (broker)"),
			graph.T("Summen over alle andre par av andelen korteste veier som går gjennom enheten, delt på antall par: andelen av veiene enheten ligger på.",
				"The sum over all other pairs of the share of their shortest paths that pass through the unit, divided by the number of pairs: the share of the paths the unit lies on."),
			refBrandes},
		{graph.T("Meglerroller", "Brokerage roles"),
			graph.T("Tellinger av to-steg i, b, j der i kontaktet b og b kontaktet j uten at i kontaktet j, etter etatene til i, b og j: koordinator, reisende, representant, portvakt og bindeledd (tre ulike etater).",
				"Counts of two-steps i, b, j where i contacted b and b contacted j while i never contacted j, by the agencies of i, b and j: coordinator, itinerant, representative, gatekeeper and liaison (three different agencies)."),
			refGould},
		{graph.T("Kuttpunkt", "Cut point"),
			graph.T("En enhet som alene binder deler av nettverket sammen: uten den har nettverket flere komponenter. Verdien er fragmenteringen uten enheten.",
				"A unit that alone joins parts of the network: without it the network has more components. The value is the fragmentation without the unit."),
			refHopcroft},
		{graph.T("Nøkkelaktør og sårbarhet ved utskifting", "Key player and turnover risk"), def("key_player_fragmentation"), refBorgatti + " Greedy search with swaps (KPP-Neg), k = 1."},
		{graph.T("Blokktetthet (varmekart)", "Block density (heat map)"),
			graph.T("Bånd mellom to etater delt på antall mulige bånd mellom dem (n·m), og innenfor en etat på n(n−1)/2.",
				"Ties between two agencies divided by the number of possible ties between them (n·m), and within one agency by n(n−1)/2."),
			refBlocks},
		{graph.T("Manglende samarbeid (hull)", "Collaboration gaps"),
			graph.T("Forventede bånd fra handlingsplanen (expected.csv) eller, uten den, fra standardreglene: alle tjenester i en kommune med hverandre, hver enhet med sin overordnede og med kommuneledelsen, og kommuneledelsen med Husbanken-regionen. Et hull er horisontalt når begge ender står på samme nivå, ellers vertikalt; de rangeres etter hvor sentrale endene er.",
				"Expected ties from the action plan (expected.csv) or, without one, from the default rules: every service of a municipality with every other, every unit with its parent and with the municipal leadership, and the municipal leadership with its Husbanken region. A gap is horizontal when both ends are at one level, else vertical; gaps are ranked by how central their ends are."),
			refFieldReport},
		{graph.T("Ukoordinerte kontakter", "Uncoordinated contacts"),
			graph.T(fmt.Sprintf("To eller flere enheter fra samme kontor (samme overordnede, eller samme etat og region) som kontaktet samme enhet innenfor %d dager uten registrert kontakt med hverandre rundt det tidspunktet.", gaps.DefaultWindowDays),
				fmt.Sprintf("Two or more units of one office (the same parent, or the same agency and region) that contacted the same unit within %d days without any recorded contact with each other around that time.", gaps.DefaultWindowDays)),
			refFieldReport},
		{graph.T("Bånd som forvitrer", "Fading ties"),
			graph.T(fmt.Sprintf("Et bånd med kontakt på minst %d dager forvitrer når det har vært stille lenger enn %d ganger sitt vanlige intervall (medianen mellom kontaktdagene) og mer enn %d dager, regnet fra siste dato i dataene.", gaps.FadingMinDays, gaps.FadingFactor, gaps.FadingFloorDays),
				fmt.Sprintf("A tie with contact on at least %d days is fading when it has been silent for more than %d times its usual interval (the median between its contact days) and more than %d days, counted from the last date in the data.", gaps.FadingMinDays, gaps.FadingFactor, gaps.FadingFloorDays)),
			refFieldReport},
		{graph.T("Andel uformell kontakt", "Informal share"), def("informal_share"), refFieldReport},
		{graph.T("Andel i møter med tre eller flere", "Share in meetings of three or more"), def("multi_party_share"), refFieldReport},
		{graph.T("Flere mål for forskere", "More measures for researchers"),
			graph.T("samkart metrics gir i tillegg hver enhets kjernetall (k-kjerne) og maksimale klikker med 3 enheter eller flere, inn- og utgrad og -styrke langs retningen kontaktene er registrert i (fra → til; for data registrert én gang per par uten initiativ beskriver de bare registreringsrekkefølgen), gjensidighet, med --directed mellomhet og nærhet langs retningen, egonettverkets størrelse, tetthet og Burts mål innenfor egonettverket, kontaktenes andel per etat og nivå og Blau-indeksen for mangfoldet deres, og permutasjonstesten for hver E-I-indeks, også etter en valgfri kolonne (--by). samkart qap tester om to relasjoner henger sammen (QAP-korrelasjon og MRQAP-regresjon med Dekkers semipartialisering). JSON-utdataens «conventions» gir hver definisjon.",
				"samkart metrics also gives each unit's k-core number and maximal cliques of 3 units or more, in- and out-degree and strength along the direction contacts were recorded in (from → to; for data recorded once per pair without initiative they describe only the recording order), reciprocity, with --directed betweenness and closeness along that direction, the ego network's size, density and Burt's measures within it, the share of its contacts per agency and level and Blau's index of their diversity, and the permutation test of every E-I index, also by any column (--by). samkart qap tests whether two relations go together (QAP correlation and MRQAP regression with Dekker's semi-partialling). The JSON output's \"conventions\" give each definition."),
			refResearch},
	}
}

const refSampling = "Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality through sampling. Data Mining and Knowledge Discovery, 30, 438–475; paths drawn by balanced bidirectional search as in Borassi, M. & Natale, E. (2019), KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation, ACM JEA 24; sources by Hoeffding's inequality as in Eppstein, D. & Wang, J. (2004), Fast approximation of centrality, JGAA 8."

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
	count := func(k int) string { return text.Thousands(strconv.Itoa(k), lang) }
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
