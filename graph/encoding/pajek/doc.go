// Package pajek writes and reads samkart networks in the .net format of
// Pajek (Batagelj and Mrvar, "Pajek — Program for Large Network Analysis",
// Connections 21(2), 1998; manual at http://mrvar.fdv.uni-lj.si/pajek/),
// which Pajek, UCINET, igraph (Graph.Read_Pajek) and NetworkX
// (read_pajek) read, and its .clu partitions.
//
// Encode writes
//
//	*Network NAME
//	*Vertices N
//	1 "KEY"
//	…
//	*Edges            (*Arcs with Options.Directed)
//	1 2 WEIGHT
//
// with vertices numbered in node ID order (the order of the unit keys) and
// labelled by key, or by name with Options.Names. Pajek labels cannot hold
// a double quote, so one is written as a single quote, and control
// characters as spaces. Unit attributes other than the label go into
// partitions: EncodePartition writes a .clu by agency or level.
//
// Decode reads *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist and
// *Matrix sections (a symmetric matrix is read as undirected); a vertex's
// label is the unit's key and name, and a vertex without one is keyed by
// its number. Several vertices with one label get keys made unique with
// their number, and a warning. Partitions and vectors in a .paj project are
// skipped; a second network is refused.
package pajek
