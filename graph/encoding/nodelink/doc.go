// Package nodelink writes and reads samkart networks as JSON in the
// node-link shape of NetworkX's node_link_data (NetworkX 2.8), which
// networkx.node_link_graph reads back and D3's force layouts draw:
//
//	{"directed": false, "multigraph": false, "graph": {"name": "…"},
//	 "nodes": [{"id": "KEY", "name": "…", "level": 4, …}, …],
//	 "links": [{"source": "KEY", "target": "KEY", "weight": 2.5, …}, …]}
//
// Node and link attributes are those of package encoding, numbers as JSON
// numbers; attributes a unit or tie does not have are left out. Nodes come
// in key order and links by (source, target), one per line.
//
// Decode reads that shape, with the links under "links" or, as newer
// NetworkX writes them, "edges"; node ids may be strings or numbers.
package nodelink
