// Package netio is what samkart's exchange formats share: the typed
// attribute columns every encoder writes (UnitColumns, TieColumns,
// ArcColumns), the source positions every decoder reports (Source), and
// the Builder that turns decoded nodes and edges into a graph.Dataset,
// with units.csv's column names mapped to unit fields and every value read
// by the vocabulary's parsers (graph.ParseLevel, graph.ParseDate, …), as
// the CSV importer reads them.
package netio
