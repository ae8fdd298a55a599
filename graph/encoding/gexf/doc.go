// Package gexf writes and reads samkart networks as GEXF 1.2
// (https://gexf.net/schema.html), Gephi's native format, through gonum's
// graph/formats/gexf12 types. NetworkX reads the files with read_gexf.
//
// Encode declares typed attributes (integer, long, double, string) for
// units and ties as described in package encoding; a node's label is the
// unit's name and its id the unit's key, an edge's weight the tie weight.
// Unless Options.Static is set, the graph is dynamic with timeformat
// "date": every tie carries spells, one per run of consecutive days with
// contacts or meetings between its two units, so Gephi's timeline plays
// the network over time. Ties without dated records have no spells and are
// present throughout.
//
// Decode reads GEXF 1.1, 1.2 and 1.3 documents: nodes become units (the
// label is the name unless a name attribute says otherwise) and edges
// contacts dated by their first spell.
package gexf
