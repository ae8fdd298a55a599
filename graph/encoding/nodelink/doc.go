// Package nodelink writes and reads samkart networks as JSON in the
// node-link shape of NetworkX's node_link_data (NetworkX 2.8), which
// networkx.node_link_graph reads back and D3's force layouts draw:
//
//	{"directed": false, "multigraph": false, "graph": {"name": "…"},
//	 "nodes": [{"id": "KEY", "name": "…", "level": 4, …}, …],
//	 "contacts": [{"source": "KEY", "target": "KEY", "date": "2011-09-14", "kind": "meeting", "formal": true, "weight": 1.0}, …],
//	 "meetings": [{"id": "KEY", "units": ["KEY", …], "date": "…", "kind": "…", "formal": true}, …],
//	 "links": [{"source": "KEY", "target": "KEY", "weight": 2.5, …}, …]}
//
// Node and link attributes are those of package encoding, numbers as JSON
// numbers; attributes a unit or tie does not have are left out. Nodes come
// in key order and links by (source, target), one per line. The contacts
// and meetings are the records the links sum (NetworkX ignores them), so
// that the file read back gives the network of any time window.
//
// Decode reads that shape as a stream, with the links under "links" or, as
// newer NetworkX writes them, "edges"; node ids may be strings or numbers.
// When the file lists its contacts, they are read instead of the links.
package nodelink
