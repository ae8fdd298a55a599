"""Write the Small network of samkart's tests back out with NetworkX and
python-igraph, for the decoders' tests of files other tools wrote.

Usage, from graph/encoding: /usr/bin/python3 testdata/clients/write.py
It reads graphml/testdata/small.graphml and writes
  graphml/testdata/networkx-small.graphml, graphml/testdata/igraph-small.graphml,
  gexf/testdata/networkx-small.gexf, nodelink/testdata/networkx-small.json,
  pajek/testdata/networkx-small.net and pajek/testdata/igraph-small.net.
"""
import json

import igraph
import networkx as nx

G = nx.read_graphml("graphml/testdata/small.graphml")
nx.write_graphml(G, "graphml/testdata/networkx-small.graphml")
nx.write_gexf(G, "gexf/testdata/networkx-small.gexf")
with open("nodelink/testdata/networkx-small.json", "w", encoding="utf-8") as f:
    json.dump(nx.node_link_data(G), f, ensure_ascii=False)
nx.write_pajek(G, "pajek/testdata/networkx-small.net")

g = igraph.Graph.Read_GraphML("graphml/testdata/small.graphml")
g.write_graphml("graphml/testdata/igraph-small.graphml")
g.vs["name"] = g.vs["id"]  # igraph's Pajek writer labels vertices by name
g.write_pajek("pajek/testdata/igraph-small.net")
