// Package graphml writes and reads samkart networks as GraphML, the XML
// graph format of Brandes, Eiglsperger, Lerner and Pich ("GraphML
// Transformation", GD 2004; http://graphml.graphdrawing.org/specification.html),
// which NetworkX (read_graphml), igraph (Graph.Read_GraphML), Gephi, yEd
// and Cytoscape read.
//
// Encode declares one typed <key> per attribute (attr.type int, long,
// double or string) and writes every unit as a <node> whose id is the
// unit's key, with the attributes described in package encoding (name the
// key, as igraph takes it, and label the unit's name), and every
// tie as an <edge> of the undirected graph, or with Options.Directed every
// initiative arc as an <edge> of a directed graph. Attributes a unit or tie
// does not have are left out, so a client sees them as missing.
//
// Decode reads the first <graph> of a GraphML file as a stream: nodes
// become units (see encoding for how attributes map to unit fields,
// including key defaults; in a file with a label attribute, as samkart and
// igraph write them, name is the unit's key) and edges become contacts. Nested graphs, hyperedges and
// several graphs in one file are refused with the position of the element.
package graphml
