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
// labelled by key, or by name with Options.Names. When the contacts and
// meetings are of several kinds, each kind is a relation of its own, as
// Pajek writes multiple relations (*Edges :1 "meeting", *Edges :2
// "phone"; the relation of contacts without a kind has no name);
// Options.OneRelation writes one, for igraph and NetworkX, which do not
// read multiple relations. Pajek labels cannot hold a double quote, so one
// is written as a single quote, and control characters as spaces. Unit
// attributes other than the label go into partitions: EncodePartition
// writes a .clu by municipality, agency or level, naming its clusters in
// comments, and DecodePartition reads one back into the units.
//
// Decode reads *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist and
// *Matrix sections line by line (a symmetric matrix is read as
// undirected); a vertex's label is the unit's key and name, and a vertex
// without one is keyed by its number. Several vertices with one label get
// keys made unique with their number, and a warning. Relations (*Edges :2
// "advice", or lines "2: 1 3") are kinds of contact, named by the
// relation's name. A two-mode network (*Vertices 7 4: the first 4 are
// units, the others events) is read as meetings: each event is a meeting
// of the units tied to it. The attributes NetworkX's write_pajek puts
// after a vertex's label or an edge's weight (name, agency, kind, date, …)
// are read. Partitions named municipality, agency or level in a .paj
// project set the units' fields; other partitions and vectors are
// skipped, and a second network is refused.
package pajek
