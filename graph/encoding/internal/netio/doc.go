// Package netio is what samkart's exchange formats share: the typed
// attribute columns every encoder writes (UnitColumns, TieColumns,
// ArcColumns) and the networks of each relation (Relations); the stream
// every decoder reads (Source), which hands out a file's bytes or lines,
// turns offsets into lines and columns incrementally and enforces the
// limits; the XML reader over it; and the Builder that turns decoded
// nodes, edges and meetings into a graph.Dataset, with units.csv's column
// names mapped to unit fields and every value read by the vocabulary's
// parsers (graph.ParseLevel, graph.ParseDate, …), as the CSV importer
// reads them.
package netio
