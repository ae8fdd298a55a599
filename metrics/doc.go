// Package metrics computes samkart's measures as pure functions of a
// *graph.Network: centrality, fragmentation, brokerage, structural holes,
// group measures (E-I index, block densities), communities, collaboration
// gaps and comparisons between municipalities. It never prints; results are
// typed values keyed by node ID plus a Table for the writers in
// graph/render.
//
// Every measure's doc comment states its definition, its normalisation and
// the reference it matches (NetworkX 2.8.8, igraph, UCINET or R sna); the
// tests compare against values produced by those tools
// (testdata/reference).
package metrics
