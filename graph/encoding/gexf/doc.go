// Package gexf writes and reads samkart networks as GEXF
// (https://gexf.net), Gephi's native format; NetworkX reads the files with
// read_gexf.
//
// Encode writes GEXF 1.2 through gonum's graph/formats/gexf12 types. It
// declares typed attributes (integer, long, double, string) for units and
// ties as described in package encoding; a node's label is the unit's name
// and its id the unit's key, an edge's weight the tie weight. Unless
// Options.Static is set, the graph is dynamic with timeformat "date":
// every tie carries spells, one per run of consecutive days with contacts
// or meetings between its two units, so Gephi's timeline plays the
// network over time, and its weight at each date (the reserved dynamic
// attribute weight; a date with a time of day is written with it, as
// 2011-09-14T13:00:00); the weight of its undated records is the static
// attribute undated_weight. Ties without dated records have no spells and
// are present throughout.
//
// Decode reads GEXF 1.1, 1.2 and 1.3 documents as a stream: nodes become
// units (the label is the name unless a name attribute says otherwise;
// a dynamic attribute gives its latest value, with a note) and edges
// contacts of the edge's kind (GEXF 1.3's kind attribute, or a kind
// attribute). An edge's contacts are dated by its dynamic weights (one
// contact per value, at its start or timestamp), else by its spells (or
// start and end, timestamp, timestamps, intervals: one contact at the
// start of each, sharing the edge's weight, with a note), else by a date
// attribute. Times that are numbers (timeformat double or integer) are no
// dates: the contacts are undated, and the dataset says so. Gephi's
// drawing (viz colours, positions, sizes) and the nodes' spells are left
// out with a note.
package gexf
