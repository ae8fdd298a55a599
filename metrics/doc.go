// Package metrics computes samkart's measures as pure functions of a
// *graph.Network: centrality, fragmentation, brokerage, structural holes,
// group measures (E-I index, block densities) under any partition of the
// units (Partition: agency, level, municipality or a column of
// units.csv), k-cores, cliques, the initiative graph's measures, ego
// networks, communities and key players, the permutation tests (the E-I
// index's, QAP correlation and regression over Relations), the whole
// suite at once (Compute), and the summary of a dataset (Summarize). Two
// sub-packages stand on it: metrics/gaps (expected ties that are
// missing, uncoordinated contacts, fading ties, shares of informal and
// multi-party contact, the change between two networks), which needs only
// package graph, and metrics/compare (the comparison of municipalities,
// and the expected relation with the test of each municipality's ties
// against it), which uses both.
//
// It never prints and holds no words for users. Results are typed values:
// numbers indexed by node ID, unit keys, and enumerations (a grouping
// attribute, a community method). The presentation layer of the command
// (cmd/samkart/internal: text for tables, sentences and JSON, views for
// diagrams, report for the HTML page) words, lays out and serialises
// them. A result whose units are named remembers the network it was
// computed on (Result.Net, Summary.Net), so that they can be named as
// that network names them.
//
// # Conventions
//
// Every measure follows the tie conventions of package graph:
//
//   - The undirected network is the symmetrised graph: a tie's weight is
//     the summed weight of the contacts between its two units, in either
//     direction, plus the projected weights of the meetings both attended.
//   - Unweighted measures (degree, betweenness and closeness in hops,
//     clustering, components) use the simple graph: a tie wherever the
//     weight is positive. Weighted shortest paths use distance = 1/weight.
//   - A tie, and so a gap, is horizontal when its two ends are at the same
//     level and vertical otherwise. An end that is a set of units (an
//     agency, a level) stands at the highest level among its units;
//     unknown levels count as 0.
//   - Brokerage uses the directed initiative graph: an arc from → to for
//     every pair where from contacted to at least once.
//
// # Surveys
//
// A network built from survey answers (graph.Survey) has the same ties as
// any other, so every measure applies. The survey's own numbers are in
// survey.go: the response to each round (SurveyResponse: respondents, the
// units that did not answer, the ties between respondents that both sides
// named), the mean quality, trust and value per tie and per unit
// (Ratings; a unit's are those it received from the others, as PARTNER's
// trust and value scores), per pair of agencies or levels (RatingBlocks),
// and the ties that are frequent but poorly rated (FrequentPoorlyRated:
// at least 11 contacts a year, the vocabulary's monthly, and a lowest
// mean rating below 3). Non-response biases the measures built on
// shortest paths, closeness, betweenness and fragmentation: a unit that
// did not answer has only the ties others reported.
//
// A measure is NaN where it is undefined (the density of a single unit, the
// constraint of an isolate); the writers show it as null in JSON and an
// empty cell in CSV. Lists are sorted and every random choice has a fixed
// seed, so the same network gives the same result. The permutation tests
// draw their permutations in blocks, each from its own stream seeded by
// the seed and the block number, so a seed gives the same result on any
// number of cores.
//
// # References
//
// Every measure's doc comment states its definition, its normalisation and
// the reference it matches: NetworkX 2.8.8, igraph, UCINET, R sna, or the
// paper (Brandes 2001, Borgatti 2006, Burt 1992, Freeman 1979, Gould and
// Fernandez 1989, Krackhardt and Stern 1988, Blondel et al. 2008,
// Batagelj and Zaversnik 2003, Krackhardt 1987, Dekker et al. 2007). The
// tests compare with values those tools computed (testdata/reference,
// with the scripts that made them) to 1e-9.
package metrics
