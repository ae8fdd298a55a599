package text

import (
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// compareWords are the column title and the definition (one plain
// sentence with the reference) of each measure of a comparison, by key
// (compare.Measures).
var compareWords = map[string]struct{ title, definition graph.Text }{
	"units": {NounUnit.Many,
		graph.T("Antall enheter (noder) i kommunens nettverk.",
			"Number of units (nodes) in the municipality's network.")},
	"ties": {NounTie.Many,
		graph.T("Antall bånd mellom kommunens enheter (par med minst én kontakt eller ett felles møte).",
			"Number of ties among the municipality's units (pairs with at least one contact or shared meeting).")},
	"density": {TermDensity,
		graph.T("Andelen av alle mulige bånd som finnes: 2·bånd/(n(n−1)) (NetworkX density).",
			"Share of all possible ties that exist: 2·ties/(n(n−1)) (NetworkX density).")},
	"fragmentation": {TermFragmentation,
		graph.T("Andelen enhetspar som ikke kan nå hverandre: 1 − Σ s(s−1)/(n(n−1)) over komponentene (Borgatti 2006).",
			"Share of unit pairs that cannot reach each other: 1 − Σ s(s−1)/(n(n−1)) over the components (Borgatti 2006).")},
	"distance_fragmentation": {TermDistanceFragmentation,
		graph.T("1 minus gjennomsnittet av 1/avstand over alle enhetspar; høyt når veiene er lange eller mangler (Borgatti 2006).",
			"1 minus the mean of 1/distance over all unit pairs; high when paths are long or missing (Borgatti 2006).")},
	"degree_centralization": {TermDegreeCentralization,
		graph.T("Hvor mye nettverket samles om én enhet: Freemans Σ(dmax − di)/((n−1)(n−2)); 1 for en stjerne (Freeman 1979).",
			"How much the network centres on one unit: Freeman's Σ(dmax − di)/((n−1)(n−2)); 1 for a star (Freeman 1979).")},
	"ei_agency": {TermEIAgency,
		graph.T("(eksterne − interne)/(alle) bånd mellom etater; −1 bare innad i etatene (siloer), +1 bare på tvers (Krackhardt og Stern 1988).",
			"(external − internal)/(all) ties by agency; −1 only within agencies (silos), +1 only across (Krackhardt and Stern 1988).")},
	"ei_level": {TermEILevel,
		graph.T("Som E-I-indeksen etter etat, men etter nivå: +1 når alle bånd går mellom nivåer (vertikalt), −1 når alle går innad i et nivå.",
			"As the E-I index by agency, but by level: +1 when every tie runs between levels (vertical), −1 when every tie stays within one.")},
	"gaps_horizontal": {TermGapsHorizontal,
		graph.T("Forventede bånd på samme nivå som mangler eller er for svake (samkart gaps).",
			"Expected ties at one level that are missing or too weak (samkart gaps).")},
	"gaps_vertical": {TermGapsVertical,
		graph.T("Forventede bånd mellom nivåer som mangler eller er for svake (samkart gaps).",
			"Expected ties between levels that are missing or too weak (samkart gaps).")},
	"informal_share": {TermInformalShare,
		graph.T("Andelen av kontakter og møter på bånd med en ende i kommunen som var uformelle.",
			"Share of the contacts and meetings on ties with an end in the municipality that were informal.")},
	"multi_party_share": {TermMultiPartyShare,
		graph.T("Andelen av kontakter og møter på de samme båndene som var møter med tre eller flere enheter.",
			"Share of the contacts and meetings on the same ties that were meetings of three or more units.")},
	"key_player_fragmentation": {TermKeyPlayerFrag,
		graph.T("Fragmenteringen når nøkkelaktøren (enheten hvis fravær splitter nettverket mest) er borte (Borgatti 2006, KPP-Neg).",
			"The fragmentation once the key player (the unit whose absence splits the network most) is gone (Borgatti 2006, KPP-Neg).")},
}

// CompareTitle returns the column title of comparison measure key.
func CompareTitle(key string) graph.Text {
	if w, ok := compareWords[key]; ok {
		return w.title
	}
	return graph.T(key, key)
}

// CompareDefinition returns the definition of comparison measure key, one
// plain sentence with its reference.
func CompareDefinition(key string) graph.Text {
	return compareWords[key].definition
}

// CompareDirection returns the direction of comparison measure key in
// words: "høyere er bedre", "lavere er bedre" or "verken høyere eller
// lavere er bedre".
func CompareDirection(key string) graph.Text {
	return DirectionTerm(compare.DirectionOf(key))
}

// CompareHeader returns the header of comparison measure key for a
// table: its full title with the arrow of its direction (↑ higher is
// better, ↓ lower is better; see CompareLegend).
func CompareHeader(key string) graph.Text {
	t := CompareTitle(key)
	if a := DirectionArrow(compare.DirectionOf(key)); a != "" {
		return graph.T(t.NB+"\u00a0"+a, t.EN+"\u00a0"+a)
	}
	return t
}

// CompareLegend explains the arrows of CompareHeader, and CompareRankLegend
// the ranks.
var (
	CompareLegend = graph.T("↑ høyere er bedre, ↓ lavere er bedre; for mål uten pil er en høy verdi verken bedre eller dårligere.",
		"↑ higher is better, ↓ lower is better; for measures without an arrow a high value is neither better nor worse.")
	CompareRankLegend = graph.T("Rang 1 er den beste verdien i regionen (for mål uten pil den høyeste).",
		"Rank 1 is the best value in the region (for measures without an arrow the highest).")
)

// compareIsCount reports whether comparison measure key counts something
// (written as an integer).
func compareIsCount(key string) bool {
	m, _ := compare.Describe(key)
	return m.Count
}
