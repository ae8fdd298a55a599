// Package netio is what samkart's exchange formats share: the typed
// attribute columns every encoder writes (UnitColumns, TieColumns,
// ArcColumns), the source positions every decoder reports (Source), and
// the Builder that turns decoded nodes and edges into a graph.Dataset with
// the SPEC's column names mapped to unit fields.
package netio
