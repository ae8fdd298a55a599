#!/usr/bin/python3
"""Golden reference values for the samkart metrics package.

Run with Debian's interpreter (python3-networkx 2.8.8, python3-igraph 0.10.2,
r-cran-sna for brokerage through generate.R):

    cd metrics/testdata/reference
    /usr/bin/python3 generate.py                 # every dataset found
    /usr/bin/python3 generate.py lazega-advice   # only the named ones

MIT datasets are read from ../data/<name>/, the GPL ones from the shared
data folder beside the repository, when present (GPL_DIR; skipped with a
message when absent). One <name>.json is written per dataset. CONVENTIONS.md states every definition;
README.md lists the tool versions and the cross-checks below.

Cross-checks done on every run (the script stops when one fails, except
where it says "noted": those are printed as NOTE lines at the end):
  * betweenness (both) against an exact rational Brandes (fractions.Fraction
    distances and dependencies) and igraph; the exact value is the reference.
    NetworkX's and igraph's weighted values are kept beside it and a
    disagreement is noted (NetworkX is wrong on synthetic-floatpaths);
  * eigenvector (power iteration) against eigenvector_centrality_numpy:
    must agree on connected graphs, noted on disconnected ones;
  * PageRank against igraph (PRPACK) and an exact linear solve;
  * brokerage from sna against an independent Python count;
  * distance fragmentation (exact rationals) against the harmonic sums;
  * degree and betweenness centralization against R igraph's centr_degree
    and centr_betw when R igraph is installed.
"""

import csv
import heapq
import itertools
import json
import math
import os
import platform
import subprocess
import sys
import warnings
from fractions import Fraction

import networkx as nx
import numpy as np
import scipy
import igraph

warnings.simplefilter("ignore", DeprecationWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
MIT_DIR = os.path.normpath(os.path.join(HERE, "..", "data"))
GPL_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))

MIT = [
    "krackhardt-advice", "krackhardt-friendship", "krackhardt-reports",
    "lazega-advice", "lazega-cowork", "lazega-friendship",
    "padgett-marriage", "padgett-business",
    # written for these tests (edge cases; see ../data/README.md)
    "synthetic-floatpaths", "synthetic-single", "synthetic-isolates", "synthetic-pair",
]
GPL = [
    "emon-all", "emon-cheyenne", "emon-hurrfrederic", "emon-lakepomona",
    "emon-mtsi", "emon-mtsthelens", "emon-texas", "emon-wichita",
    "knoke-information", "knoke-money",
]

# graph.NormalizeAgency (Go) maps known service names to canonical keys and
# lower-cases everything else. The reference only lower-cases and collapses
# white space, so a dataset may use a canonical key or an unknown name, but
# not an alias that Go would rewrite (checked in Dataset).
GO_CANONICAL_AGENCIES = {
    "nav", "eiendom", "helse", "flyktning", "bolig", "husbanken", "rus",
    "barnevern", "sosial", "plan", "ledelse", "bruker", "utbygger",
    "boligbyggelag", "departement", "direktorat", "imdi", "ks",
}
GO_AGENCY_ALIASES = {
    "property", "health", "refugee", "housing", "psykiatri", "planning",
    "administrasjon", "leadership", "administration", "user", "developer",
    "ministry", "krd", "directorate",
}
GO_AGENCY_PREFIXES = (
    "nav ", "nav-", "eiendom", "flyktning", "boligkontor", "helse og omsorg",
    "husbanken", "barnevern", "rus og psykiatri", "rus- og",
)


def go_rewrites(key):
    if key == "" or key in GO_CANONICAL_AGENCIES:
        return False
    return key in GO_AGENCY_ALIASES or key.startswith(GO_AGENCY_PREFIXES)


BROKERAGE_COLUMNS = [  # sna raw.nli column -> samkart name (see README.md)
    ("w_I", "coordinator"),      # A -> A -> A
    ("w_O", "itinerant"),        # A -> B -> A
    ("b_IO", "representative"),  # A -> A -> B
    ("b_OI", "gatekeeper"),      # A -> B -> B
    ("b_O", "liaison"),          # A -> B -> C
]

TOL = 1e-12  # agreement demanded of the cross-checks (relative when |x| > 1)
NOTES = []   # disagreements found, printed at the end


def note(msg):
    NOTES.append(msg)
    print("NOTE:", msg, file=sys.stderr)


def close(a, b, tol=TOL):
    if a is None or b is None:
        return a is None and b is None
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def num(x):
    """JSON number as a float; NaN, infinities and None become null."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


# ---------------------------------------------------------------- reading --

def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def norm_agency(s):
    return " ".join((s or "").split()).lower()


class Dataset:
    def __init__(self, name, folder):
        self.name = name
        self.folder = folder
        rows = read_csv(os.path.join(folder, "units.csv"))
        self.cols = list(rows[0].keys()) if rows else []
        self.ids = [r["id"].strip() for r in rows]
        self.agency_label = {}
        self.agency = {}
        self.level = {}
        self.municipality = {}
        for r in rows:
            u = r["id"].strip()
            lab = (r.get("agency") or "").strip()
            self.agency_label[u] = lab
            self.agency[u] = norm_agency(lab)
            lv = (r.get("level") or "").strip()
            self.level[u] = int(lv) if lv else None
            m = (r.get("municipality") or "").strip()
            self.municipality[u] = m if m else None
        for a in set(self.agency.values()):
            if go_rewrites(a):
                raise SystemExit(f"{name}: agency {a!r} is normalised differently in Go")
        labels = {}
        for u, a in self.agency.items():
            labels.setdefault(a, set()).add(self.agency_label[u])
        for a, ls in labels.items():
            if len(ls) > 1:
                raise SystemExit(f"{name}: agency key {a!r} joins labels {ls}")
        self.has_municipality = "municipality" in self.cols
        # contacts: (from, to, weight) with self-loops and zero weights dropped
        self.contacts = []
        idset = set(self.ids)
        for r in read_csv(os.path.join(folder, "contacts.csv")):
            a, b = r["from"].strip(), r["to"].strip()
            w = (r.get("weight") or "").strip()
            w = float(w) if w else 1.0
            if a not in idset or b not in idset:
                raise SystemExit(f"{name}: contact with unknown unit {a!r}->{b!r}")
            if a == b or w == 0:
                continue
            self.contacts.append((a, b, w))


def build(ds, keep):
    """U (weighted undirected), S (simple), D (directed binary) on the units in
    keep (a list of ids in units.csv order)."""
    ks = set(keep)
    U = nx.Graph()
    U.add_nodes_from(keep)
    D = nx.DiGraph()
    D.add_nodes_from(keep)
    for a, b, w in ds.contacts:
        if a not in ks or b not in ks:
            continue
        if U.has_edge(a, b):
            U[a][b]["weight"] += w
        else:
            U.add_edge(a, b, weight=w)
        D.add_edge(a, b)
    for a, b, d in U.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    S = nx.Graph()
    S.add_nodes_from(keep)
    S.add_edges_from(U.edges())
    return U, S, D


# ---------------------------------------------------- exact computations --

def brandes_exact(G, weight=None):
    """Normalised betweenness as NetworkX defines it, in exact arithmetic:
    distances are Fractions (1/weight) so equal-length paths are always
    recognised; sigma are Python ints, dependencies Fractions."""
    nodes = list(G)
    n = len(nodes)
    adj = {v: [] for v in nodes}
    for a, b, d in G.edges(data=True):
        ln = Fraction(1) if weight is None else 1 / Fraction(d[weight])
        adj[a].append((b, ln))
        adj[b].append((a, ln))
    cb = {v: Fraction(0) for v in nodes}
    for s in nodes:
        S, P, sigma, dist = [], {s: []}, {s: 1}, {}
        seen = {s: Fraction(0)}
        cnt = itertools.count()
        Q = [(Fraction(0), next(cnt), s)]
        while Q:
            d, _, v = heapq.heappop(Q)
            if v in dist:
                continue
            dist[v] = d
            S.append(v)
            for w, ln in adj[v]:
                nd = d + ln
                if w in dist:
                    continue
                if w not in seen or nd < seen[w]:
                    seen[w] = nd
                    heapq.heappush(Q, (nd, next(cnt), w))
                    sigma[w] = sigma[v]
                    P[w] = [v]
                elif nd == seen[w]:
                    sigma[w] += sigma[v]
                    P[w].append(v)
        delta = {v: Fraction(0) for v in S}
        for w in reversed(S):
            for v in P[w]:
                delta[v] += Fraction(sigma[v], sigma[w]) * (1 + delta[w])
            if w != s:
                cb[w] += delta[w]
    if n > 2:
        scale = Fraction(1, (n - 1) * (n - 2))
        cb = {v: x * scale for v, x in cb.items()}
    return cb


def local_exact(S):
    """Closeness, harmonic, constraint and effective size of S as exact
    rationals (NetworkX sums over Python sets, whose order depends on string
    hashing, so its last bits vary from run to run)."""
    n = len(S)
    out = {}
    for v in S:
        dist = nx.single_source_shortest_path_length(S, v)
        tot = sum(dist.values())
        r = len(dist)
        clo = Fraction((r - 1) * (r - 1), tot * (n - 1)) if tot > 0 and n > 1 else Fraction(0)
        har = sum((Fraction(1, d) for d in dist.values() if d > 0), Fraction(0))
        nb = set(S[v])
        k = len(nb)
        if k == 0:
            con = eff = None
        else:
            con = Fraction(0)
            for j in nb:
                ind = sum((Fraction(1, k * len(S[q])) for q in nb if S.has_edge(q, j)), Fraction(0))
                con += (Fraction(1, k) + ind) ** 2
            t = sum(1 for a, b in itertools.combinations(sorted(nb), 2) if S.has_edge(a, b))
            eff = k - Fraction(2 * t, k)
        out[v] = {"closeness": clo, "harmonic": har, "constraint": con, "effective_size": eff}
    return out


def fragmentation_exact(S):
    n = S.number_of_nodes()
    if n < 2:
        return None
    same = sum(len(c) * (len(c) - 1) for c in nx.connected_components(S))
    return 1 - Fraction(same, n * (n - 1))


def distance_fragmentation_exact(S):
    n = S.number_of_nodes()
    if n < 2:
        return None
    total = Fraction(0)
    for s in S:
        for t, d in nx.single_source_shortest_path_length(S, s).items():
            if d > 0:
                total += Fraction(1, d)
    return 1 - total / (n * (n - 1))


def brokerage_python(D, cls):
    """Gould-Fernandez counts as sna documents them: v brokers the ordered
    pair (a, b), a != b, when a -> v -> b and not a -> b."""
    out = {v: dict.fromkeys(["w_I", "w_O", "b_IO", "b_OI", "b_O"], 0) for v in D}
    for v in D:
        for a in D.predecessors(v):
            for b in D.successors(v):
                if a == b or a == v or b == v or D.has_edge(a, b):
                    continue
                ca, cv, cb_ = cls[a], cls[v], cls[b]
                if ca == cv == cb_:
                    k = "w_I"
                elif ca == cb_:
                    k = "w_O"
                elif ca == cv:
                    k = "b_IO"
                elif cv == cb_:
                    k = "b_OI"
                else:
                    k = "b_O"
                out[v][k] += 1
    return out


# ------------------------------------------------------------ tool calls --

def brokerage_r(ds, municipality):
    cmd = ["Rscript", os.path.join(HERE, "generate.R"), ds.folder]
    if municipality is not None:
        cmd.append(municipality)
    res = subprocess.run(cmd, check=True, capture_output=True, text=True)
    lines = res.stdout.strip("\n").split("\n")
    head = lines[0].split("\t")
    out = {}
    for ln in lines[1:]:
        f = ln.split("\t")
        out[f[0]] = {h: int(float(x)) for h, x in zip(head[1:], f[1:])}
    return out


CENTR_R = r"""
suppressMessages(library(igraph))
a <- commandArgs(trailingOnly = TRUE)
e <- read.delim(a[1], header = FALSE, colClasses = "character")
n <- as.integer(a[2])
g <- make_empty_graph(n, directed = FALSE)
if (nrow(e) > 0) g <- add_edges(g, as.vector(t(as.matrix(e))) |> as.integer())
cat(sprintf("%.17g", centr_betw(g, normalized = TRUE)$centralization),
    sprintf("%.17g", centr_degree(g, loops = FALSE, normalized = TRUE)$centralization), "\n")
"""


def centralization_r(S):
    """Freeman centralizations from R igraph (centr_betw, centr_degree), as a
    cross-check of the definitions in CONVENTIONS.md; None when R igraph is
    not installed."""
    import tempfile
    idx = {v: i + 1 for i, v in enumerate(S)}
    with tempfile.TemporaryDirectory() as tmp:
        ef, rf = os.path.join(tmp, "e.tsv"), os.path.join(tmp, "c.R")
        with open(ef, "w") as f:
            for a, b in S.edges():
                f.write(f"{idx[a]}\t{idx[b]}\n")
        with open(rf, "w") as f:
            f.write(CENTR_R)
        res = subprocess.run(["Rscript", rf, ef, str(len(S))], capture_output=True, text=True)
    if res.returncode != 0:
        if "igraph" in res.stderr:
            return None
        raise SystemExit(res.stderr)
    return [float(x) for x in res.stdout.split()]


def to_igraph(U):
    nodes = list(U)
    idx = {v: i for i, v in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(idx[a], idx[b]) for a, b in U.edges()])
    g.es["weight"] = [d["weight"] for _, _, d in U.edges(data=True)]
    g.es["distance"] = [d["distance"] for _, _, d in U.edges(data=True)]
    return g, nodes


# ------------------------------------------------------------ measures ----

def freeman(values, n, denom):
    if n < 3 or not values:
        return None
    mx = max(values)
    return sum(mx - x for x in values) / denom


def ei(G, attr):
    """Krackhardt-Stern E-I index of the simple graph G by attr (dict unit ->
    group or None); ties with None at either end are left out."""
    el = il = 0
    groups = {}
    for u in G:
        g = attr[u]
        if g is not None:
            groups.setdefault(g, {"units": 0, "external": 0, "internal": 0})
            groups[g]["units"] += 1
    for a, b in G.edges():
        ga, gb = attr[a], attr[b]
        if ga is None or gb is None:
            continue
        if ga == gb:
            il += 1
            groups[ga]["internal"] += 1
        else:
            el += 1
            groups[ga]["external"] += 1
            groups[gb]["external"] += 1
    for g in groups.values():
        t = g["external"] + g["internal"]
        g["index"] = (g["external"] - g["internal"]) / t if t else None
    return {
        "external": el,
        "internal": il,
        "index": (el - il) / (el + il) if el + il else None,
        "groups": {str(k): v for k, v in sorted(groups.items(), key=lambda kv: str(kv[0]))},
    }


def blocks(U, attr):
    """Block counts, weights and densities among units whose attr is known."""
    sizes = {}
    for u in U:
        if attr[u] is not None:
            sizes[str(attr[u])] = sizes.get(str(attr[u]), 0) + 1
    cells = {g: {h: {"ties": 0, "weight": 0.0} for h in sizes} for g in sizes}
    for a, b, d in U.edges(data=True):
        if attr[a] is None or attr[b] is None:
            continue
        ga, gb = str(attr[a]), str(attr[b])
        cells[ga][gb]["ties"] += 1
        cells[ga][gb]["weight"] += d["weight"]
        if ga != gb:
            cells[gb][ga]["ties"] += 1
            cells[gb][ga]["weight"] += d["weight"]
    for g in sizes:
        for h in sizes:
            c = cells[g][h]
            if g == h:
                pairs = sizes[g] * (sizes[g] - 1) // 2
            else:
                pairs = sizes[g] * sizes[h]
            c["pairs"] = pairs
            c["density"] = c["ties"] / pairs if pairs else None
    return {"sizes": sizes, "cells": cells}


def modularity(U, ds, weighted):
    if U.number_of_edges() == 0:
        return None
    parts = {}
    for u in U:
        parts.setdefault(ds.agency[u], set()).add(u)
    return nx.algorithms.community.modularity(
        U, list(parts.values()), weight="weight" if weighted else None, resolution=1)


def analyse(ds, keep, municipality):
    """All measures of the network induced by keep."""
    U, S, D = build(ds, keep)
    n = S.number_of_nodes()
    where = ds.name + ("" if municipality is None else "/" + municipality)

    deg = dict(S.degree())
    strength = dict(U.degree(weight="weight"))

    # betweenness: NetworkX, exact, igraph
    bt = nx.betweenness_centrality(S, normalized=True)
    btw = nx.betweenness_centrality(U, normalized=True, weight="distance")
    bt_x = brandes_exact(S)
    btw_x = brandes_exact(U, weight="weight")
    g, order = to_igraph(U)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1
    bt_ig = dict(zip(order, [x * scale for x in g.betweenness()])) if n else {}
    btw_ig = dict(zip(order, [x * scale for x in g.betweenness(weights="distance")])) if n else {}
    for v in S:
        if not close(bt[v], float(bt_x[v])):
            raise SystemExit(f"{where}: unweighted betweenness {v}: nx {bt[v]!r} exact {float(bt_x[v])!r}")
        if not close(bt_ig[v], float(bt_x[v])):
            raise SystemExit(f"{where}: unweighted betweenness {v}: igraph {bt_ig[v]!r} exact {float(bt_x[v])!r}")
        if not close(btw[v], float(btw_x[v])):
            note(f"{where}: weighted betweenness of {v}: NetworkX {btw[v]!r}, exact {float(btw_x[v])!r} "
                 f"(igraph {btw_ig[v]!r}); the exact value is the reference")
        if not close(btw_ig[v], float(btw_x[v])):
            note(f"{where}: weighted betweenness of {v}: igraph {btw_ig[v]!r}, exact {float(btw_x[v])!r}")

    closeness = nx.closeness_centrality(S)
    harmonic = nx.harmonic_centrality(S)

    # eigenvector
    eig = nx.eigenvector_centrality(S, max_iter=100000, tol=1e-14) if n else {}
    eig_np = {}
    if S.number_of_edges() > 0 and n > 2:  # ARPACK needs k < n - 1
        eig_np = nx.eigenvector_centrality_numpy(S, max_iter=100000)
        comps = nx.number_connected_components(S)
        diff = max(abs(eig[v] - eig_np[v]) for v in S)
        if diff > 1e-9:
            if comps == 1:
                raise SystemExit(f"{where}: eigenvector power vs numpy differ by {diff}")
            note(f"{where}: eigenvector power iteration and eigenvector_centrality_numpy differ by "
                 f"up to {diff:.3g} ({comps} components); the power iteration is the reference")

    # PageRank: NetworkX, igraph, exact linear solve
    pr = nx.pagerank(U, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000) if n else {}
    pr_ig = dict(zip(order, g.pagerank(weights="weight", damping=0.85, directed=False))) if n else {}
    if n:
        idx = {v: i for i, v in enumerate(order)}
        A = np.zeros((n, n))
        for a, b, d in U.edges(data=True):
            A[idx[a], idx[b]] = A[idx[b], idx[a]] = d["weight"]
        s = A.sum(axis=1)
        P = np.zeros((n, n))
        for i in range(n):
            P[i] = A[i] / s[i] if s[i] > 0 else 1.0 / n
        x = np.linalg.solve(np.eye(n) - 0.85 * P.T, np.full(n, 0.15 / n))
        x /= x.sum()
        for v in U:
            if not close(pr[v], x[idx[v]], 1e-11) or not close(pr_ig[v], x[idx[v]], 1e-11):
                raise SystemExit(f"{where}: pagerank {v}: nx {pr[v]!r} igraph {pr_ig[v]!r} solve {x[idx[v]]!r}")

    constraint = nx.constraint(S)
    eff = nx.effective_size(S)
    exact = local_exact(S)
    for v in S:
        for key, val in (("closeness", closeness[v]), ("harmonic", harmonic[v]),
                         ("constraint", constraint[v]), ("effective_size", eff[v])):
            x = exact[v][key]
            if not close(num(val), None if x is None else float(x)):
                raise SystemExit(f"{where}: {key} of {v}: NetworkX {val!r}, exact {x}")

    # brokerage: sna, checked against the Python count
    br = brokerage_r(ds, municipality)
    br_py = brokerage_python(D, {v: ds.agency_label[v] for v in D})
    for v in D:
        for col, _ in BROKERAGE_COLUMNS:
            if br[v][col] != br_py[v][col]:
                raise SystemExit(f"{where}: brokerage {v} {col}: sna {br[v][col]} python {br_py[v][col]}")

    cut = set(nx.articulation_points(S))

    units = {}
    for v in keep:
        rest = S.subgraph([u for u in S if u != v])
        fr = fragmentation_exact(rest)
        units[v] = {
            "agency": ds.agency_label[v] or None,
            "agency_key": ds.agency[v] or None,
            "level": ds.level[v],
            "municipality": ds.municipality[v],
            "degree": deg[v],
            "strength": float(strength[v]),
            "betweenness": float(bt_x[v]),
            "betweenness_networkx": num(bt[v]),
            "betweenness_weighted": float(btw_x[v]),
            "betweenness_weighted_networkx": num(btw[v]),
            "betweenness_weighted_igraph": num(btw_ig[v]),
            "closeness": num(exact[v]["closeness"]),
            "harmonic": num(exact[v]["harmonic"]),
            "eigenvector": num(eig[v]),
            "eigenvector_numpy": num(eig_np.get(v)),
            "pagerank": num(pr[v]),
            "pagerank_igraph": num(pr_ig[v]),
            "constraint": num(exact[v]["constraint"]),
            "effective_size": num(exact[v]["effective_size"]),
            "brokerage": {name: br[v][col] for col, name in BROKERAGE_COLUMNS},
            "brokerage_total": br[v]["t"],
            "cut_point": v in cut,
            "fragmentation_if_removed": None if fr is None else float(fr),
        }

    # network level
    frag = fragmentation_exact(S)
    dfrag = distance_fragmentation_exact(S)
    dfrag_float = None
    if n >= 2:
        dfrag_float = 1 - math.fsum(harmonic.values()) / (n * (n - 1))
        if not close(dfrag_float, float(dfrag)):
            raise SystemExit(f"{where}: distance fragmentation {dfrag_float} vs {float(dfrag)}")
    degc = freeman(list(deg.values()), n, (n - 1) * (n - 2) if n > 2 else 1)
    btc = freeman([float(bt_x[v]) for v in S], n, n - 1)
    if n >= 3 and S.number_of_edges() > 0:
        rc = centralization_r(S)
        if rc is not None and not (close(rc[0], btc) and close(rc[1], degc)):
            raise SystemExit(f"{where}: centralization {btc!r} {degc!r}, R igraph {rc}")
    network = {
        "units": n,
        "ties": S.number_of_edges(),
        "weight": float(U.size(weight="weight")),
        "arcs": D.number_of_edges(),
        "density": num(nx.density(S)) if n >= 2 else None,  # NetworkX: 0 for n < 2
        "components": nx.number_connected_components(S) if n else 0,
        "isolates": nx.number_of_isolates(S),
        "fragmentation": None if frag is None else float(frag),
        "distance_fragmentation": None if dfrag is None else float(dfrag),
        "degree_centralization": degc,
        "betweenness_centralization": btc,
        "transitivity": num(nx.transitivity(S)),
        "average_clustering": num(nx.average_clustering(S)) if n else None,
        "agency_modularity": modularity(U, ds, weighted=True),
        "agency_modularity_unweighted": modularity(U, ds, weighted=False),
        "cut_points": len(cut),
    }

    agency = {v: (ds.agency[v] or None) for v in keep}
    level = {v: ds.level[v] for v in keep}
    muni = {v: ds.municipality[v] for v in keep}
    ei_index = {"agency": ei(S, agency), "level": ei(S, level)}
    if ds.has_municipality:
        ei_index["municipality"] = ei(S, muni)
    blk = {"agency": blocks(U, agency), "level": blocks(U, level)}
    return {"network": network, "units": units, "ei_index": ei_index, "blocks": blk}


def versions():
    r = subprocess.run(
        ["Rscript", "-e",
         'suppressMessages(library(sna)); '
         'ig <- tryCatch(as.character(packageVersion("igraph")), error = function(e) "none"); '
         'cat(R.version$major, ".", R.version$minor, " ", as.character(packageVersion("sna")), " ", ig, sep = "")'],
        check=True, capture_output=True, text=True).stdout.split()
    return {
        "python": platform.python_version(),
        "networkx": nx.__version__,
        "igraph": igraph.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "R": r[0],
        "sna": r[1],
        "R_igraph": r[2],
    }


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # fixed string hashing: NetworkX iterates over sets in places
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    names = sys.argv[1:] or MIT + GPL
    tv = versions()
    if tv["networkx"] != "2.8.8":
        raise SystemExit(f"networkx {tv['networkx']}: the references are defined for 2.8.8")
    for name in names:
        folder = os.path.join(MIT_DIR if name in MIT else GPL_DIR, name)
        if not os.path.isdir(folder):
            print(f"skip {name}: {folder} not found", file=sys.stderr)
            continue
        ds = Dataset(name, folder)
        out = {"dataset": name, "tool_versions": tv}
        out.update(analyse(ds, ds.ids, None))
        if ds.has_municipality:
            out["municipalities"] = {}
            for m in sorted({x for x in ds.municipality.values() if x is not None}):
                keep = [u for u in ds.ids if ds.municipality[u] == m]
                out["municipalities"][m] = analyse(ds, keep, m)
        path = os.path.join(HERE, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False)
            f.write("\n")
        print(f"wrote {path}", file=sys.stderr)
    if NOTES:
        print(f"\n{len(NOTES)} notes:", file=sys.stderr)
        for n_ in NOTES:
            print(" ", n_, file=sys.stderr)


if __name__ == "__main__":
    main()
