"""Write one small network as NetworkX and python-igraph write it, in
every format samkart reads, for the test of files other tools write
(variants_test.go).

Usage: /usr/bin/python3 variants.py DIR

The network: units a, b, c, d (names, agencies, levels), ties a–b (2,
meeting, 2011-09-14), a–c (1.5, phone, 2011-10-01) and b–c (1, meeting,
2011-11-20); d is isolated. The multigraph adds a second a–b contact (1,
phone, 2011-09-20), the directed graph b→a (0.5, e-mail, 2011-09-15).
"""
import json, sys, os
import networkx as nx
import igraph

out = sys.argv[1]
nodes = [("a", {"name": "NAV Bodø", "agency": "nav", "level": 4}),
         ("b", {"name": "Boligkontoret", "agency": "bolig", "level": 4}),
         ("c", {"name": "Rådmannen", "agency": "ledelse", "level": 3}),
         ("d", {"name": "Husbanken", "agency": "husbanken", "level": 2})]
edges = [("a", "b", {"weight": 2.0, "kind": "møte", "date": "2011-09-14"}),
         ("a", "c", {"weight": 1.5, "kind": "telefon", "date": "2011-10-01"}),
         ("b", "c", {"weight": 1.0, "kind": "møte", "date": "2011-11-20"})]
G = nx.Graph(); G.add_nodes_from(nodes); G.add_edges_from(edges)
nx.write_graphml(G, os.path.join(out, "networkx.graphml"))
nx.write_gexf(G, os.path.join(out, "networkx.gexf"))
with open(os.path.join(out, "networkx.json"), "w", encoding="utf-8") as f:
    json.dump(nx.node_link_data(G), f)
nx.write_pajek(G, os.path.join(out, "networkx.net"))
M = nx.MultiGraph(); M.add_nodes_from(nodes); M.add_edges_from(edges)
M.add_edge("a", "b", weight=1.0, kind="telefon", date="2011-09-20")
nx.write_graphml(M, os.path.join(out, "networkx-multi.graphml"))
with open(os.path.join(out, "networkx-multi.json"), "w", encoding="utf-8") as f:
    json.dump(nx.node_link_data(M), f)
D = nx.DiGraph(); D.add_nodes_from(nodes); D.add_edges_from(edges); D.add_edge("b", "a", weight=0.5, kind="epost", date="2011-09-15")
nx.write_gexf(D, os.path.join(out, "networkx-directed.gexf"))
# A dynamic GEXF as NetworkX writes one: edges with start and end.
T = nx.Graph(mode="dynamic"); T.add_nodes_from(nodes)
for u, v, d in edges:
    T.add_edge(u, v, weight=d["weight"], start=d["date"], end=d["date"])
nx.write_gexf(T, os.path.join(out, "networkx-dynamic.gexf"))

g = igraph.Graph()
g.add_vertices([n for n, _ in nodes])
for k in ("name", "agency", "level"):
    if k != "name":
        g.vs[k] = [d[k] for _, d in nodes]
g.vs["label"] = [d["name"] for _, d in nodes]
g.add_edges([(u, v) for u, v, _ in edges])
for k in ("weight", "kind", "date"):
    g.es[k] = [d[k] for _, _, d in edges]
g.write_graphml(os.path.join(out, "igraph.graphml"))
g.write_pajek(os.path.join(out, "igraph.net"))
