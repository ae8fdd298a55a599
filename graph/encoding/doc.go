// Package encoding holds what samkart's exchange formats share: their
// names (Format), the per-unit measures an export can carry (Measure) and
// the problem of a malformed file (ErrSyntax).
//
// One package per format lives below it, each named by a Format:
//
//   - graphml: GraphML (Brandes et al.), read by NetworkX, igraph, Gephi,
//     yEd and Cytoscape;
//   - gexf: GEXF 1.2 (Gephi) through gonum's graph/formats/gexf12, with a
//     spell for each tie's contact dates so Gephi's timeline plays it;
//   - pajek: Pajek .net networks and .clu partitions;
//   - dl: UCINET DL, edgelist1 with labels embedded;
//   - nodelink: the JSON of NetworkX's node_link_data, named json.
//
// Each has
//
//	func Encode(w io.Writer, n *graph.Network, opt Options) error
//	func Decode(r io.Reader, name string) (*graph.Dataset, error)
//
// Every encoder writes the units in node ID order (the order of their keys)
// and the ties by (A, B), so output is deterministic. Unit attributes are
// written under units.csv's column names: id (the node's identifier), name,
// agency (the normalised key), agency_label (the user's spelling), level
// (1–6), municipality, region and parent, then the units' extra columns
// (typed: a column is a number when every value is one) and any Measure.
// Tie attributes are weight, contacts, meetings, formal, informal,
// multi_party_share and the first and last dates; the arcs of the
// initiative graph (Options.Directed) carry contacts and weight.
//
// Every decoder builds a graph.Dataset: each node a unit (attributes named
// like units.csv's columns, in English or bokmål, fill the unit's fields;
// the others are kept as extra columns) and each edge one contact with the
// edge's weight, first date and kind, so that graph.Build on the decoded
// dataset gives the network that was encoded: the same units, ties and
// weights. The counts of a tie (contacts, meetings, formal, informal) are
// not restored; a formal or informal attribute is read as such a count or
// as yes or no, and without either the contact is formal as its kind is by
// default. Values are read by the vocabulary's parsers in package graph,
// as the CSV importer reads them: a level, date, weight or yes/no means
// the same in every format, and the same values are refused. Files may be
// UTF-8, with or without a byte order mark; the line-based formats (Pajek,
// DL) may also be Windows-1252, as Windows programs save them.
//
// A decoder's error is a *graph.InputError at FILE:LINE:COLUMN, the column
// counted in characters: of a value the vocabulary refuses (errors.Is
// finds graph.ErrLevel, graph.ErrDate, graph.ErrNotNumber, …), said in
// bokmål or English as asked, or of the format's rules (ErrSyntax), said
// in English.
package encoding
