"""Read samkart's exports with NetworkX and python-igraph.

Usage: /usr/bin/python3 read.py DIR

For every file DIR/NAME.{graphml,gexf,json,net,dl} it prints, as one JSON
object keyed "NAME.EXT client", what the client read: whether the graph is
directed, every node with its attributes and every edge with its
attributes. The Go test clients_test.go compares that with the network.
"""
import json
import math
import os
import sys

import igraph
import networkx as nx


def clean(attrs):
    out = {}
    for k, v in attrs.items():
        if v is None or (isinstance(v, float) and math.isnan(v)) or v == "":
            continue
        if isinstance(v, (list, tuple)):
            v = [list(x) if isinstance(x, tuple) else x for x in v]
        out[k] = v
    return out


def from_networkx(g):
    return {
        "directed": g.is_directed(),
        "nodes": {str(n): clean(d) for n, d in g.nodes(data=True)},
        "edges": [[str(a), str(b), clean(d)] for a, b, d in g.edges(data=True)],
    }


def from_igraph(g, key):
    names = [str(x) for x in g.vs[key]]
    nodes = {}
    for v in g.vs:
        nodes[names[v.index]] = clean(v.attributes())
    edges = [[names[e.source], names[e.target], clean(e.attributes())] for e in g.es]
    return {"directed": g.is_directed(), "nodes": nodes, "edges": edges}


def main(folder):
    out = {"versions": {"networkx": nx.__version__, "igraph": igraph.__version__}}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        base, ext = os.path.splitext(name)
        if ext == ".graphml":
            out[name + " networkx"] = from_networkx(nx.read_graphml(path))
            out[name + " igraph"] = from_igraph(igraph.Graph.Read_GraphML(path), "id")
        elif ext == ".gexf":
            out[name + " networkx"] = from_networkx(nx.read_gexf(path))
        elif ext == ".json":
            with open(path, encoding="utf-8") as f:
                out[name + " networkx"] = from_networkx(nx.node_link_graph(json.load(f)))
        elif ext == ".net":
            out[name + " igraph"] = from_igraph(igraph.Graph.Read_Pajek(path), "id")
        elif ext == ".dl":
            out[name + " igraph"] = from_igraph(igraph.Graph.Read_DL(path, directed=True), "name")
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
