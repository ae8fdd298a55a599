package text

import (
	"sort"

	"github.com/samkart/samkart/graph"
)

// Convention states the definition of one measure of `samkart metrics`
// and the reference it matches: the glossary of the output, written in
// its JSON ("conventions") and as its last table. The measures' doc
// comments in package metrics hold the same definitions for programmers.
type Convention struct {
	Key        string     // the measure's key in JSON and CSV
	Definition graph.Text // the definition in bokmål and English
	Reference  string     // tool and function, or paper, it matches
}

// conventions lists every measure of the metrics result. The tests check
// that each key of the JSON output has an entry.
var conventions = []Convention{
	// Per unit.
	{"degree", graph.T("antall bånd (enkel graf)", "number of ties (simple graph)"),
		"NetworkX 2.8.8 G.degree()"},
	{"strength", graph.T("summen av båndvektene", "sum of tie weights"),
		"NetworkX 2.8.8 G.degree(weight=\"weight\")"},
	{"betweenness", graph.T("mellomhetssentralitet: andelen korteste stier (i antall ledd) mellom andre par som går gjennom enheten, normalisert med 2/((n−1)(n−2))",
		"betweenness: share of shortest paths (hops) between other pairs through the unit, unordered pairs × 2/((n−1)(n−2))"),
		"NetworkX 2.8.8 betweenness_centrality(normalized=True); Brandes 2001"},
	{"betweenness_weighted", graph.T("mellomhetssentralitet på vektede stier, avstand = 1/vekt; like lange stier teller likt (relativ toleranse 1e-12, som eksakt aritmetikk)",
		"betweenness on weighted paths, distance = 1/weight; equally long paths count as equal (relative tolerance 1e-12, as exact arithmetic)"),
		"NetworkX 2.8.8 betweenness_centrality(weight=1/w, normalized=True) in exact arithmetic; igraph betweenness(weights=1/w)"},
	{"closeness", graph.T("nærhetssentralitet: (r−1)/Σd · (r−1)/(n−1), r = enheter som nås (inkludert enheten selv), d i antall ledd",
		"closeness: (r−1)/Σd · (r−1)/(n−1), r = units reached (itself included), d in hops"),
		"NetworkX 2.8.8 closeness_centrality(wf_improved=True); Wasserman & Faust 1994"},
	{"harmonic", graph.T("harmonisk sentralitet: Σ 1/d til alle andre (1/∞ = 0), ikke normalisert",
		"harmonic centrality: Σ 1/d to all others (1/∞ = 0), not normalised"),
		"NetworkX 2.8.8 harmonic_centrality"},
	{"eigenvector", graph.T("egenvektorsentralitet på den enkle grafen, euklidsk norm 1 (potensiterasjon på A+I til L1-endring < n·1e-15)",
		"eigenvector centrality on the simple graph, Euclidean norm 1 (power iteration on A+I until the L1 change < n·1e-15)"),
		"NetworkX 2.8.8 eigenvector_centrality (tolerance tightened)"},
	{"pagerank", graph.T("PageRank på vektet graf, α = 0,85, enheter uten bånd sprer jevnt",
		"PageRank on the weighted graph, α = 0.85, units without ties spread uniformly"),
		"NetworkX 2.8.8 pagerank(alpha=0.85, weight=\"weight\"); igraph PRPACK"},
	{"constraint", graph.T("Burts begrensning Σ_j (p_ij + Σ_q p_iq p_qj)², p_ij = 1/grad(i); null for isolerte enheter",
		"Burt's constraint Σ_j (p_ij + Σ_q p_iq p_qj)², p_ij = 1/degree(i); null for isolates"),
		"NetworkX 2.8.8 constraint; Burt 1992"},
	{"effective_size", graph.T("Burts effektive størrelse k − 2t/k (t = bånd mellom naboene); null for isolerte enheter",
		"Burt's effective size k − 2t/k (t = ties among the neighbours); null for isolates"),
		"NetworkX 2.8.8 effective_size; Borgatti 1997"},
	{"cut_point", graph.T("kuttpunkt: nettverket deles hvis enheten forsvinner",
		"cut point: removing the unit splits its component"),
		"NetworkX 2.8.8 articulation_points; Hopcroft & Tarjan 1973"},
	{"fragmentation_if_removed", graph.T("fragmentering av nettverket uten enheten (n−1 enheter): risikoen ved utskifting",
		"fragmentation of the network without the unit (n−1 units): the staff-turnover risk"),
		"Borgatti 2006 fragmentation, exact"},
	{"community", graph.T("gruppering fra Louvain-metoden (fast frø)", "community from the Louvain method (fixed seed)"),
		"Blondel et al. 2008; see groups.communities.method"},
	{"brokerage", graph.T("Gould–Fernandez meglerroller etter etat på den rettede initiativgrafen: koordinator, omreisende, representant, portvakt, bindeledd",
		"Gould–Fernandez brokerage roles by agency on the directed initiative graph: coordinator, itinerant, representative, gatekeeper, liaison"),
		"R sna::brokerage()$raw.nli (w_I, w_O, b_IO, b_OI, b_O); Gould & Fernandez 1989"},

	{"core", graph.T("kjernetall: den største k slik at enheten hører til en delgraf der hver enhet har minst k bånd (enkel graf); 0 for isolerte enheter",
		"k-core number: the largest k such that the unit belongs to a subgraph in which every unit has at least k ties (simple graph); 0 for isolates"),
		"NetworkX 2.8.8 core_number; Batagelj & Zaversnik 2003"},
	{"cliques", graph.T("maksimale klikker (enheter som alle har bånd til hverandre, ikke del av en større slik gruppe) med 3 enheter eller flere: per enhet hvor mange den er med i; for nettverket antallet (count) og størrelsen på den største klikken av alle størrelser (largest)",
		"maximal cliques (units all tied to each other, not part of a larger such set) of 3 units or more: per unit how many it belongs to; for the network their number (count) and the size of the largest clique of any size (largest)"),
		"NetworkX 2.8.8 find_cliques, graph_clique_number; Bron & Kerbosch 1973 with Tomita's pivot"},
	{"in_degree", graph.T("antall ulike enheter som har kontaktet enheten (fra → til i kontaktene; møter har ingen retning)",
		"number of distinct units that contacted the unit (from → to in the contacts; meetings have no direction)"),
		"NetworkX 2.8.8 DiGraph.in_degree()"},
	{"out_degree", graph.T("antall ulike enheter enheten har kontaktet (fra → til)", "number of distinct units the unit contacted (from → to)"),
		"NetworkX 2.8.8 DiGraph.out_degree()"},
	{"in_strength", graph.T("summen av vektene av kontaktene enheten har mottatt", "summed weight of the contacts the unit received"),
		"NetworkX 2.8.8 DiGraph.in_degree(weight=\"weight\")"},
	{"out_strength", graph.T("summen av vektene av kontaktene enheten har tatt", "summed weight of the contacts the unit made"),
		"NetworkX 2.8.8 DiGraph.out_degree(weight=\"weight\")"},
	{"betweenness_directed", graph.T("mellomhet på initiativgrafen (fra → til): Σ over ordnede par av andelen korteste stier gjennom enheten, × 1/((n−1)(n−2)); bare med --directed",
		"betweenness on the initiative graph (from → to): Σ over ordered pairs of the share of shortest paths through the unit, × 1/((n−1)(n−2)); only with --directed"),
		"NetworkX 2.8.8 betweenness_centrality(D, normalized=True) on the DiGraph"},
	{"closeness_directed", graph.T("nærhet langs initiativbåndene inn til enheten: (r−1)/Σd · (r−1)/(n−1), r = enheter som når den (inkludert den selv); bare med --directed",
		"closeness along the initiative arcs into the unit: (r−1)/Σd · (r−1)/(n−1), r = units that reach it (itself included); only with --directed"),
		"NetworkX 2.8.8 closeness_centrality(D)"},
	{"closeness_out_directed", graph.T("nærhet langs initiativbåndene ut fra enheten, som closeness_directed; bare med --directed",
		"closeness along the initiative arcs out of the unit, as closeness_directed; only with --directed"),
		"NetworkX 2.8.8 closeness_centrality(D.reverse())"},
	{"ego_size", graph.T("egonettverkets størrelse: antall kontakter (grad)", "ego network size: the number of contacts (degree)"),
		"UCINET Egonet basic measures (Size)"},
	{"ego_ties", graph.T("bånd mellom enhetens kontakter", "ties among the unit's contacts"),
		"UCINET Egonet basic measures (Ties)"},
	{"ego_density", graph.T("egonettverkets tetthet: bånd mellom kontaktene delt på mulige par 2t/(k(k−1)); null under 2 kontakter",
		"ego network density: ties among the contacts over the possible pairs 2t/(k(k−1)); null under 2 contacts"),
		"UCINET Egonet basic measures (Density); NetworkX 2.8.8 density(G.subgraph(G[v]))"},
	{"ego_constraint", graph.T("Burts begrensning i egonettverksmodellen: bare bånd innenfor egonettverket teller; null for isolerte enheter",
		"Burt's constraint in the ego-network model: only ties within the ego network count; null for isolates"),
		"UCINET Structural Holes (ego network model); NetworkX 2.8.8 constraint(ego_graph(G, v))"},
	{"ego_effective_size", graph.T("Burts effektive størrelse i egonettverksmodellen k − 2t/k (lik effective_size på den enkle grafen); null for isolerte enheter",
		"Burt's effective size in the ego-network model k − 2t/k (equal to effective_size on the simple graph); null for isolates"),
		"UCINET Structural Holes (ego network model); NetworkX 2.8.8 effective_size(ego_graph(G, v))"},
	{"composition", graph.T("kontaktenes sammensetning etter etat, nivå og --by-kolonnen: kontakter med kjent gruppe (known), hver gruppes andel av dem (shares) og Blau-indeksen (blau)",
		"the make-up of the contacts by agency, level and the --by column: contacts of known group (known), each group's share of them (shares) and Blau's index (blau)"),
		"UCINET Egonet composition"},
	{"blau", graph.T("Blaus heterogenitetsindeks for kontaktenes grupper 1 − Σ p_g²: 0 når alle er i én gruppe; null uten kontakter med kjent gruppe (kolonnene blau_etat osv.)",
		"Blau's heterogeneity index of the contacts' groups 1 − Σ p_g²: 0 when all are in one group; null without contacts of known group (the columns blau_agency etc.)"),
		"Blau 1977; UCINET Egonet composition (heterogeneity)"},

	// Network level.
	{"units", graph.T("antall enheter", "number of units"), ""},
	{"ties", graph.T("antall bånd (enkel graf)", "number of ties (simple graph)"), ""},
	{"weight", graph.T("sum av båndvekter", "total tie weight"), ""},
	{"arcs", graph.T("antall rettede initiativbånd", "number of directed initiative arcs"), ""},
	{"isolates", graph.T("enheter uten bånd", "units without ties"), ""},
	{"components", graph.T("sammenhengende komponenter", "connected components"), "NetworkX 2.8.8 number_connected_components"},
	{"cut_points", graph.T("antall kuttpunkter", "number of cut points"), "NetworkX 2.8.8 articulation_points"},
	{"density", graph.T("tetthet 2m/(n(n−1)); null for n < 2", "density 2m/(n(n−1)); null for n < 2"),
		"NetworkX 2.8.8 density"},
	{"fragmentation", graph.T("fragmentering 1 − Σ s_k(s_k−1)/(n(n−1)) over komponentene; null for n < 2",
		"fragmentation 1 − Σ s_k(s_k−1)/(n(n−1)) over the components; null for n < 2"),
		"Borgatti 2006, exact"},
	{"distance_fragmentation", graph.T("avstandsfragmentering 1 − gjennomsnitt av 1/d over ordnede par (antall ledd, 1/∞ = 0); null for n < 2",
		"distance fragmentation 1 − mean of 1/d over ordered pairs (hops, 1/∞ = 0); null for n < 2"),
		"Borgatti 2006, exact"},
	{"degree_centralization", graph.T("Freemans gradsentralisering Σ(maks − d_i)/((n−1)(n−2)); null for n < 3",
		"Freeman degree centralization Σ(max − d_i)/((n−1)(n−2)); null for n < 3"),
		"Freeman 1979; R igraph centr_degree"},
	{"betweenness_centralization", graph.T("Freemans mellomhetssentralisering Σ(maks − b_i)/(n−1) over normalisert mellomhetssentralitet; null for n < 3",
		"Freeman betweenness centralization Σ(max − b_i)/(n−1) over normalised betweenness; null for n < 3"),
		"Freeman 1979; R igraph centr_betw(normalized=TRUE)"},
	{"transitivity", graph.T("transitivitet 3·trekanter/sammenhengende tripler", "transitivity 3·triangles/connected triples"),
		"NetworkX 2.8.8 transitivity"},
	{"average_clustering", graph.T("gjennomsnittlig lokal klyngekoeffisient, enheter med grad < 2 teller 0",
		"average local clustering coefficient, units of degree < 2 counting 0"),
		"NetworkX 2.8.8 average_clustering"},
	{"agency_modularity", graph.T("vektet modularitet av inndelingen etter etat", "weighted modularity of the partition by agency"),
		"NetworkX 2.8.8 community.modularity(weight=\"weight\")"},
	{"ei_index", graph.T("E-I-indeks (EL − IL)/(EL + IL) over bånd, etter etat, nivå, kommune og --by-kolonnen; bånd med manglende verdi utelates",
		"E-I index (EL − IL)/(EL + IL) over ties, by agency, level, municipality and the --by column; ties with a missing value are left out"),
		"Krackhardt & Stern 1988"},

	{"reciprocity", graph.T("gjensidighet: andelen initiativbånd der båndet motsatt vei også finnes, 2·gjensidige par/initiativbånd; null uten initiativbånd",
		"reciprocity: the share of initiative arcs whose reverse arc exists too, 2·mutual pairs/arcs; null without arcs"),
		"NetworkX 2.8.8 overall_reciprocity"},
	{"largest_clique", graph.T("størrelsen på den største klikken (klikktallet)", "the size of the largest clique (the clique number)"),
		"NetworkX 2.8.8 graph_clique_number"},

	// Groups.
	{"expected", graph.T("E-I-indeksens forventning når gruppene fordeles tilfeldig over enhetene: 1 − 2Σ n_g(n_g−1)/(L(L−1)) over gruppestørrelsene",
		"the E-I index expected when the groups are spread over the units at random: 1 − 2Σ n_g(n_g−1)/(L(L−1)) over the group sizes"),
		"UCINET 6 E-I Index (expected value)"},
	{"min", graph.T("den minste E-I-indeksen antallet bånd tillater med disse gruppestørrelsene", "the smallest E-I index the number of ties allows with these group sizes"),
		"UCINET 6 E-I Index (re-scaled)"},
	{"max", graph.T("den største E-I-indeksen antallet bånd tillater med disse gruppestørrelsene", "the largest E-I index the number of ties allows with these group sizes"),
		"UCINET 6 E-I Index (re-scaled)"},
	{"rescaled", graph.T("E-I-indeksen avbildet lineært fra [min, max] til [−1, 1]; null når min = max",
		"the E-I index mapped linearly from [min, max] onto [−1, 1]; null when min = max"),
		"UCINET 6 E-I Index (re-scaled)"},
	{"permutation", graph.T("permutasjonstest: gruppene stokkes tilfeldig over enhetene som har en (--permutations ganger, frø --seed); permutations (de der indeksen er definert), mean, sd (divisor N), p_ge andelen stokkede verdier ≥ den observerte, p_le ≤; null når testen ikke er kjørt (--permutations 0)",
		"permutation test: the group labels shuffled at random over the units that have one (--permutations times, seeded by --seed); permutations (those in which the index is defined), mean, sd (divisor N), p_ge the share of permuted values ≥ the observed one, p_le ≤; null when not run (--permutations 0)"),
		"UCINET 6 E-I Index permutation test; Borgatti, Everett & Freeman 2002"},
	{"blocks", graph.T("blokktettheter etat × etat, nivå × nivå og etter --by-kolonnen: bånd (blandingsmatrisen), vekt, tetthet",
		"block densities agency × agency, level × level and by the --by column: ties (the mixing matrix), weight, density"),
		"UCINET / R sna blockmodel(diag=FALSE)"},
	{"communities", graph.T("Louvain-grupperinger med fast frø, modularitet og siloindeks", "Louvain communities with a fixed seed, modularity and silo index"),
		"Blondel et al. 2008; NetworkX 2.8.8 community.modularity"},
	{"silo_index", graph.T("normalisert gjensidig informasjon mellom grupperinger og etater (1 = grupperingene følger etatsgrensene)",
		"normalised mutual information between communities and agencies (1 = communities follow agency lines)"),
		"NMI with arithmetic-mean normalisation, as scikit-learn normalized_mutual_info_score; Danon et al. 2005"},
	{"key_players", graph.T("nøkkelaktører: de k = 1..3 enhetene per kommune som fragmenterer kommunens nettverk mest når de forsvinner",
		"key players: the k = 1..3 units per municipality whose removal fragments its network most"),
		"Borgatti 2006 KPP-Neg, greedy search with swaps"},
	{"suppressed_below", graph.T("med --suppress N (3 med --pseudonymise) vises gruppestørrelser og antall bånd, kontakter og vekt i eller mellom grupper fra 1 til N−1 som <N (null i JSON), og det samme gjelder tall regnet ut av dem (tetthet, E-I-indeks); 0 og enhetenes egne mål vises",
		"with --suppress N (3 with --pseudonymise), group sizes and counts of ties, contacts and weight in or between groups from 1 to N−1 are shown as <N (null in JSON), as is what is computed from them (density, E-I index); 0 and each unit's own measures are shown"),
		"small-cell suppression as statistical agencies practise it"},
}

// qapConventions lists every value of the qap result.
var qapConventions = []Convention{
	{"mode", graph.T("parene testen går over: graph (uordnede par, symmetriske relasjoner) eller digraph (ordnede par, med --directed eller en rettet relasjon)",
		"the pairs the test runs over: graph (unordered pairs, symmetric relations) or digraph (ordered pairs, with --directed or a directed relation)"),
		"R sna 2.7-1 mode"},
	{"pairs", graph.T("antall par av ulike enheter: n(n−1)/2 uordnede eller n(n−1) ordnede", "the number of pairs of distinct units: n(n−1)/2 unordered or n(n−1) ordered"),
		""},
	{"correlation", graph.T("Pearsons korrelasjon mellom y og x over parene; null når en av relasjonene er konstant",
		"Pearson's correlation of y and x over the pairs; null when either relation is constant"),
		"R sna 2.7-1 gcor"},
	{"permutation", graph.T("QAP-test: enhetene i x (korrelasjon) eller en forklaringsvariabels residual på de andre (regresjon, Dekkers semipartialisering) stokkes, rader og kolonner sammen, --permutations ganger med frø --seed; permutations, mean og sd (divisor N) av den stokkede korrelasjonen eller t-verdien, p_ge andelen ≥ den observerte, p_le ≤ (relativ toleranse 1e-10)",
		"QAP test: the units of x (correlation) or a predictor's residual on the others (regression, Dekker's semi-partialling) are shuffled, rows and columns together, --permutations times seeded by --seed; permutations, mean and sd (divisor N) of the permuted correlation or t-value, p_ge the share ≥ the observed one, p_le ≤ (relative tolerance 1e-10)"),
		"R sna 2.7-1 qaptest with gcor (Krackhardt 1987); netlm(nullhyp = \"qapspp\") (Dekker, Krackhardt & Snijders 2007)"},
	{"r_squared", graph.T("forklart andel av variansen i y, 1 − RSS/TSS; null når y er konstant", "the share of y's variance explained, 1 − RSS/TSS; null when y is constant"),
		"R sna 2.7-1 netlm r.squared"},
	{"adj_r_squared", graph.T("justert R², 1 − (1 − R²)(N − 1)/(N − k) med N par og k koeffisienter", "adjusted R², 1 − (1 − R²)(N − 1)/(N − k) with N pairs and k coefficients"),
		"R sna 2.7-1 netlm adj.r.squared"},
	{"estimate", graph.T("koeffisienten etter minste kvadraters metode; (intercept) er konstantleddet", "the least-squares coefficient; (intercept) is the constant"),
		"R sna 2.7-1 netlm coefficients"},
	{"t", graph.T("t-verdien: koeffisienten delt på standardfeilen", "the t-value: the coefficient over its standard error"),
		"R sna 2.7-1 netlm tstat"},
	{"p_abs", graph.T("andelen stokkede |t| ≥ observert |t|: tosidig p-verdi", "the share of permuted |t| ≥ the observed |t|: the two-sided p-value"),
		"R sna 2.7-1 netlm pgreqabs"},
}

// Conventions returns the definition and reference of every measure of
// the metrics result, sorted by key.
func Conventions() []Convention { return sortedConventions(conventions) }

// QAPConventions returns the definition and reference of every value of
// the qap result, sorted by key.
func QAPConventions() []Convention { return sortedConventions(qapConventions) }

func sortedConventions(cs []Convention) []Convention {
	c := append([]Convention(nil), cs...)
	sort.Slice(c, func(i, j int) bool { return c[i].Key < c[j].Key })
	return c
}

// ConventionsTable returns Conventions as a table.
func ConventionsTable() *Table { return conventionsTable(Conventions()) }

// QAPConventionsTable returns QAPConventions as a table.
func QAPConventionsTable() *Table { return conventionsTable(QAPConventions()) }

func conventionsTable(cs []Convention) *Table {
	t := &Table{Name: "conventions", Title: graph.T("Definisjoner", "Definitions"),
		Columns: []Column{Col("measure", "mål", "measure"), Col("definition_nb", "definisjon", "definition (nb)"),
			Col("definition_en", "definition", "definition (en)"), Col("reference", "referanse", "reference")}}
	for _, c := range cs {
		t.Rows = append(t.Rows, []any{c.Key, c.Definition.NB, c.Definition.EN, c.Reference})
	}
	return t
}
