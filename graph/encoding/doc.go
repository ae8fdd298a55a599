// Package encoding holds what samkart's exchange formats share: their
// names (Format), the per-unit measures an export can carry (Measure), and
// the problems of a malformed file (ErrSyntax) and of one larger than
// samkart reads (ErrTooLong, ErrTooMany).
//
// One package per format lives below it, each named by a Format:
//
//   - graphml: GraphML (Brandes et al.), read by NetworkX, igraph, Gephi,
//     yEd and Cytoscape;
//   - gexf: GEXF 1.2 (Gephi) through gonum's graph/formats/gexf12, with
//     each tie's weight at each date so Gephi's timeline plays it; it reads
//     GEXF 1.1 to 1.3;
//   - pajek: Pajek .net networks and .clu partitions;
//   - dl: UCINET DL;
//   - nodelink: the JSON of NetworkX's node_link_data, named json.
//
// Each has
//
//	func Encode(w io.Writer, n *graph.Network, opt Options) error
//	func Decode(r io.Reader, name string) (*graph.Dataset, error)
//
// # Encoding
//
// Every encoder writes the units in node ID order (the order of their keys)
// and the ties by (A, B), so output is deterministic. Unit attributes are
// written under units.csv's column names: id (the node's identifier), name,
// agency (the normalised key), agency_label (the user's spelling), level
// (1–6), municipality, region and parent, then the units' extra columns
// (typed: a column is a number when every value is one) and any Measure
// (an integer one typed int or long). GraphML names them so that igraph
// reads them as meant: name is the unit's key and label its name. Tie
// attributes are weight, contacts, meetings, formal, informal,
// multi_party_share and the first and last dates; the arcs of the
// initiative graph (Options.Directed) carry contacts and weight.
//
// Dates: the GEXF export gives every tie its weight at each date with
// contacts or meetings (a dynamic weight, and the weight of undated ones
// as undated_weight), the JSON export every contact and meeting with its
// date and kind (the lists contacts and meetings), so that a time window
// on the file read back gives what it gives on the CSV files. GraphML,
// Pajek and DL files carry no contact dates.
//
// Relations: each kind of contact (meeting, phone, …) is a relation. The
// Pajek export writes one *Edges :k "kind" section per kind, and the DL
// export one matrix per kind (nm=, matrix labels:), as Pajek and UCINET
// read a multiplex network; Options.OneRelation writes one, for igraph and
// NetworkX, which read neither.
//
// # Decoding
//
// Every decoder reads its file as a stream, once, and builds a
// graph.Dataset: each node a unit (attributes named like units.csv's
// columns, in English or bokmål, fill the unit's fields; the others are
// kept as extra columns) and each edge one contact, with the edge's
// weight, date (an attribute date, dato, time or timestamp; a tie's first
// date, first, as samkart's GraphML export writes it; GEXF's spells,
// timestamps and dynamic weights) and kind (kind, type, relation; a Pajek
// relation; a DL matrix; GEXF 1.3's edge kind), so that graph.Build on
// the decoded dataset gives the network that was encoded: the same units,
// ties and weights. The counts of a tie (contacts, meetings, formal,
// informal) are not restored; a formal or informal attribute is read as
// such a count or as yes or no, and without either the contact is formal
// as its kind is by default. A two-mode file (Pajek's *Vertices n n1, DL's
// nr= and nc=, edgelist2, nodelist2) is read as unit × event: every event
// is a meeting of the units tied to it.
//
// Values are read by the vocabulary's parsers in package graph, as the CSV
// importer reads them: a level, date, weight or yes/no means the same in
// every format, and the same values are refused (a negative weight, with
// its place). A weight of 0 adds no tie, with a warning, as in the CSV
// files. A level attribute with a value that is none of samkart's levels
// is someone else's (a seniority, a score): it is kept as a plain
// attribute, with a warning, and the units have no level. Files may be
// UTF-8, with or without a byte order mark; XML files declared as Latin-1
// or Windows-1252 are read as such, and the lines of the line-based
// formats (Pajek, DL) that are not UTF-8 as Windows-1252, as Windows
// programs save them.
//
// What a decoder cannot keep it says: a dataset whose source carries no
// contact dates records why in graph.Dataset.NoDates (so that a time
// window is refused), and what is simplified (a GEXF file's drawing, a
// dynamic attribute read at its latest value, a two-mode file read as
// meetings, spells read as contacts) is a warning.
//
// # Errors and limits
//
// A decoder's error is a *graph.InputError at FILE:LINE:COLUMN, the column
// counted in characters: of a value the vocabulary refuses (errors.Is
// finds graph.ErrLevel, graph.ErrDate, graph.ErrNotNumber, …), said in
// bokmål or English as asked; of the format's rules (ErrSyntax), said in
// English; or of a limit (ErrTooLong, ErrTooMany). The limits keep memory
// bounded whatever the file: a line, element or value of at most 16 MiB,
// 4 194 304 nodes (and no more than 64 per byte of the file that a count
// declares), 33 554 432 edges, 4096 attributes on one element, 256 levels
// of nesting. A file of the wrong kind is refused at its first bytes.
package encoding
