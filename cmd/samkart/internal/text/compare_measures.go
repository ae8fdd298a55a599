package text

import "github.com/samkart/samkart/graph"

// compareWords are the column title and the definition (one plain
// sentence with the reference) of each measure of a comparison, by key
// (compare.Measures).
var compareWords = map[string]struct{ title, definition graph.Text }{
	"units": {graph.T("enheter", "units"),
		graph.T("Antall enheter (noder) i kommunens nettverk.",
			"Number of units (nodes) in the municipality's network.")},
	"ties": {graph.T("bånd", "ties"),
		graph.T("Antall bånd mellom kommunens enheter (par med minst én kontakt eller ett felles møte).",
			"Number of ties among the municipality's units (pairs with at least one contact or shared meeting).")},
	"density": {graph.T("tetthet", "density"),
		graph.T("Andelen av alle mulige bånd som finnes: 2·bånd/(n(n−1)) (NetworkX density).",
			"Share of all possible ties that exist: 2·ties/(n(n−1)) (NetworkX density).")},
	"fragmentation": {graph.T("fragmentering", "fragmentation"),
		graph.T("Andelen enhetspar som ikke kan nå hverandre: 1 − Σ s(s−1)/(n(n−1)) over komponentene (Borgatti 2006).",
			"Share of unit pairs that cannot reach each other: 1 − Σ s(s−1)/(n(n−1)) over the components (Borgatti 2006).")},
	"distance_fragmentation": {graph.T("avstandsfragmentering", "distance fragmentation"),
		graph.T("1 minus gjennomsnittet av 1/avstand over alle enhetspar; høyt når veiene er lange eller mangler (Borgatti 2006).",
			"1 minus the mean of 1/distance over all unit pairs; high when paths are long or missing (Borgatti 2006).")},
	"degree_centralization": {graph.T("gradsentralisering", "degree centralization"),
		graph.T("Hvor mye nettverket samles om én enhet: Freemans Σ(dmax − di)/((n−1)(n−2)); 1 for en stjerne (Freeman 1979).",
			"How much the network centres on one unit: Freeman's Σ(dmax − di)/((n−1)(n−2)); 1 for a star (Freeman 1979).")},
	"ei_agency": {graph.T("E-I etat", "E-I agency"),
		graph.T("(eksterne − interne)/(alle) bånd mellom etater; −1 bare innad i etatene (siloer), +1 bare på tvers (Krackhardt og Stern 1988).",
			"(external − internal)/(all) ties by agency; −1 only within agencies (silos), +1 only across (Krackhardt and Stern 1988).")},
	"ei_level": {graph.T("E-I nivå", "E-I level"),
		graph.T("Som E-I etat, men etter nivå: +1 når alle bånd går mellom nivåer (vertikalt), −1 når alle går innad i et nivå.",
			"As E-I agency, but by level: +1 when every tie runs between levels (vertical), −1 when every tie stays within one.")},
	"gaps_horizontal": {graph.T("horisontale hull", "horizontal gaps"),
		graph.T("Forventede bånd på samme nivå som mangler eller er for svake (samkart gaps).",
			"Expected ties at one level that are missing or too weak (samkart gaps).")},
	"gaps_vertical": {graph.T("vertikale hull", "vertical gaps"),
		graph.T("Forventede bånd mellom nivåer som mangler eller er for svake (samkart gaps).",
			"Expected ties between levels that are missing or too weak (samkart gaps).")},
	"informal_share": {graph.T("andel uformell", "informal share"),
		graph.T("Andelen av kontakter og møter på bånd med en ende i kommunen som var uformelle.",
			"Share of the contacts and meetings on ties with an end in the municipality that were informal.")},
	"multi_party_share": {graph.T("andel møter 3+", "share in meetings of 3+"),
		graph.T("Andelen av kontakter og møter på de samme båndene som var møter med tre eller flere enheter.",
			"Share of the contacts and meetings on the same ties that were meetings of three or more units.")},
	"key_player_fragmentation": {graph.T("fragmentering uten nøkkelaktør", "fragmentation without key player"),
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

// compareShort are the short column titles of the comparison in text
// tables, by measure key; measures not listed use their title.
var compareShort = map[string]graph.Text{
	"units":                    graph.T("enheter", "units"),
	"ties":                     graph.T("bånd", "ties"),
	"density":                  graph.T("tetthet", "density"),
	"fragmentation":            graph.T("fragm.", "fragm."),
	"distance_fragmentation":   graph.T("avst.fragm.", "dist.fragm."),
	"degree_centralization":    graph.T("gradsentr.", "deg.centr."),
	"ei_agency":                graph.T("E-I etat", "E-I agency"),
	"ei_level":                 graph.T("E-I nivå", "E-I level"),
	"gaps_horizontal":          graph.T("hull H", "gaps H"),
	"gaps_vertical":            graph.T("hull V", "gaps V"),
	"informal_share":           graph.T("uformell", "informal"),
	"multi_party_share":        graph.T("møter 3+", "meet. 3+"),
	"key_player_fragmentation": graph.T("fragm. u/nøkkel", "fragm. w/o key"),
}

// CompareShort returns the short title of comparison measure key, for
// narrow tables.
func CompareShort(key string) graph.Text {
	if t, ok := compareShort[key]; ok {
		return t
	}
	return CompareTitle(key)
}

// compareIsCount reports whether comparison measure key counts something
// (written as an integer).
func compareIsCount(key string) bool {
	switch key {
	case "units", "ties", "gaps_horizontal", "gaps_vertical":
		return true
	}
	return false
}
