#!/usr/bin/python3
"""Reference values for k-cores, cliques, the initiative graph and ego
networks (metrics' CoreNumber, Cliques, Direction, DirectedPaths, Ego and
EgoComposition).

Run with Debian's interpreter (python3-networkx 2.8.8, python3-igraph 0.10.2):

    cd metrics/testdata/reference
    /usr/bin/python3 generate_structure.py               # every dataset found
    /usr/bin/python3 generate_structure.py region        # only the named ones

Writes structure/<name>.json for the datasets of generate.py (the GPL ones
from ../../../../shared/data, skipped when absent) and for examples/region.
Definitions are in CONVENTIONS.md ("Structure"); README.md lists versions.

Cross-checks, each stopping the script on failure:
  * core numbers against igraph coreness();
  * maximal cliques of 3+ units against igraph maximal_cliques(min=3)
    (count and per-unit membership), the clique number against
    igraph clique_number();
  * directed betweenness against igraph betweenness(directed=True) scaled
    by 1/((n-1)(n-2));
  * directed in- and out-closeness against exact rationals;
  * ego constraint (NetworkX on the ego graph) against exact rationals;
    the value written is the exact one rounded once;
  * ego density against 2t/(k(k-1)) in integers.
"""

import json
import math
import os
import sys
import warnings
from fractions import Fraction

import igraph
import networkx as nx

from dataset_io import EXAMPLES, GPL, HERE, MIT, Dataset, build, folder

warnings.simplefilter("ignore", DeprecationWarning)

TOL = 1e-12


def close(a, b, tol=TOL):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def num(x):
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def check(ok, msg):
    if not ok:
        raise SystemExit(msg)


def to_igraph(G, nodes, directed=False):
    idx = {v: i for i, v in enumerate(nodes)}
    return igraph.Graph(n=len(nodes), edges=[(idx[a], idx[b]) for a, b in G.edges()], directed=directed)


def cores_and_cliques(S, where):
    nodes = list(S)
    core = nx.core_number(S)
    g = to_igraph(S, nodes)
    for v, c in zip(nodes, g.coreness()):
        check(core[v] == c, f"{where}: core of {v}: networkx {core[v]} igraph {c}")
    cliques = [c for c in nx.find_cliques(S)]
    big = [c for c in cliques if len(c) >= 3]
    member = {v: 0 for v in S}
    for c in big:
        for v in c:
            member[v] += 1
    largest = max((len(c) for c in cliques), default=0)
    ig_big = g.maximal_cliques(min=3) if len(nodes) else []
    check(len(ig_big) == len(big), f"{where}: {len(big)} cliques, igraph {len(ig_big)}")
    ig_member = [0] * len(nodes)
    for c in ig_big:
        for i in c:
            ig_member[i] += 1
    for v, m in zip(nodes, ig_member):
        check(member[v] == m, f"{where}: cliques of {v}: networkx {member[v]} igraph {m}")
    if len(nodes):
        check(g.clique_number() == largest, f"{where}: clique number {largest}, igraph {g.clique_number()}")
    return core, member, {"count": len(big), "largest": largest}


def closeness_exact(D, v, n):
    """NetworkX closeness of v on D: distances from the others to v."""
    dist = nx.single_source_shortest_path_length(D.reverse(copy=False), v)
    tot = sum(dist.values())
    r = len(dist)
    if tot == 0 or n <= 1:
        return Fraction(0)
    return Fraction((r - 1) * (r - 1), tot * (n - 1))


def direction(D, where):
    nodes = list(D)
    n = len(nodes)
    bt = nx.betweenness_centrality(D, normalized=True)
    g = to_igraph(D, nodes, directed=True)
    scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 1
    ig = g.betweenness(directed=True) if n else []
    for v, b in zip(nodes, ig):
        check(close(bt[v], b * scale), f"{where}: directed betweenness of {v}: nx {bt[v]} igraph {b * scale}")
    cin = nx.closeness_centrality(D)
    cout = nx.closeness_centrality(D.reverse())
    R = D.reverse()
    out = {}
    for v in nodes:
        xin, xout = closeness_exact(D, v, n), closeness_exact(R, v, n)
        check(close(cin[v], float(xin)), f"{where}: in-closeness of {v}: nx {cin[v]} exact {xin}")
        check(close(cout[v], float(xout)), f"{where}: out-closeness of {v}: nx {cout[v]} exact {xout}")
        out[v] = {
            "in_degree": D.in_degree(v),
            "out_degree": D.out_degree(v),
            "in_strength": float(D.in_degree(v, weight="weight")),
            "out_strength": float(D.out_degree(v, weight="weight")),
            "betweenness_directed": bt[v],
            "closeness_directed": float(xin),
            "closeness_out_directed": float(xout),
        }
    rec = nx.overall_reciprocity(D) if D.number_of_edges() else None
    return out, rec


def ego(S, v, where):
    nb = set(S[v])
    k = len(nb)
    t = S.subgraph(nb).number_of_edges()
    dens = None
    if k >= 2:
        dens = nx.density(S.subgraph(nb))
        check(close(dens, 2 * t / (k * (k - 1))), f"{where}: ego density of {v}")
    if k == 0:
        return {"ego_size": 0, "ego_ties": 0, "ego_density": None, "ego_constraint": None,
                "ego_effective_size": None}
    E = nx.ego_graph(S, v)
    con_nx = nx.constraint(E, nodes=[v])[v]
    eff_nx = nx.effective_size(E, nodes=[v])[v]
    con = Fraction(0)
    for j in nb:
        ind = sum((Fraction(1, k * E.degree(q)) for q in nb if E.has_edge(q, j)), Fraction(0))
        con += (Fraction(1, k) + ind) ** 2
    eff = k - Fraction(2 * t, k)
    check(close(con_nx, float(con)), f"{where}: ego constraint of {v}: nx {con_nx} exact {float(con)}")
    check(close(eff_nx, float(eff)), f"{where}: ego effective size of {v}: nx {eff_nx} exact {float(eff)}")
    return {"ego_size": k, "ego_ties": t, "ego_density": dens, "ego_constraint": float(con),
            "ego_effective_size": float(eff)}


def composition(S, v, groups):
    """Counts of v's contacts per known group and Blau's 1 - sum p^2."""
    counts = {}
    for u in S[v]:
        g = groups[u]
        if g is not None:
            counts[g] = counts.get(g, 0) + 1
    known = sum(counts.values())
    blau = None
    if known:
        blau = float(1 - sum(Fraction(c, known) ** 2 for c in counts.values()))
    return {"known": known, "counts": dict(sorted(counts.items())), "blau": blau}


def analyse(ds, keep, where):
    U, S, D = build(ds, keep)
    core, member, cliques = cores_and_cliques(S, where)
    dirn, rec = direction(D, where)
    parts = [c for c in ("agency", "level", "municipality", "region", "parent") if ds.has[c]]
    units = {}
    for v in keep:
        u = {"core": core[v], "cliques": member[v]}
        u.update(dirn[v])
        u.update(ego(S, v, where))
        u["composition"] = {c: composition(S, v, ds.groups(c, keep)) for c in parts}
        units[v] = u
    network = {"cliques": cliques, "reciprocity": num(rec), "arcs": D.number_of_edges()}
    return {"network": network, "units": units}


def versions():
    import platform
    return {"python": platform.python_version(), "networkx": nx.__version__, "igraph": igraph.__version__}


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    names = sys.argv[1:] or MIT + GPL + EXAMPLES
    tv = versions()
    if tv["networkx"] != "2.8.8":
        raise SystemExit(f"networkx {tv['networkx']}: the references are defined for 2.8.8")
    os.makedirs(os.path.join(HERE, "structure"), exist_ok=True)
    for name in names:
        if not os.path.isdir(folder(name)):
            print(f"skip {name}: {folder(name)} not found", file=sys.stderr)
            continue
        ds = Dataset(name)
        out = {"dataset": name, "tool_versions": tv}
        out.update(analyse(ds, ds.ids, name))
        if ds.has["municipality"]:
            out["municipalities"] = {}
            for m in sorted({x for x in ds.attr["municipality"].values() if x is not None}):
                keep = [u for u in ds.ids if ds.attr["municipality"][u] == m]
                out["municipalities"][m] = analyse(ds, keep, name + "/" + m)
        path = os.path.join(HERE, "structure", name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False)
            f.write("\n")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
