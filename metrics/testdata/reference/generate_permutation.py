#!/usr/bin/python3
"""Reference values for the permutation tests: the E-I index test
(metrics.EIPermutationTest) and QAP correlation and regression
(metrics.QAPCorrelate, QAPRegress).

Run with Debian's interpreter (python3-networkx 2.8.8, NumPy) and R with
r-cran-sna 2.7-1:

    cd metrics/testdata/reference
    /usr/bin/python3 generate_permutation.py              # every dataset found
    /usr/bin/python3 generate_permutation.py region       # only the named ones
    /usr/bin/python3 generate_permutation.py --no-qap     # E-I only (seconds)
    /usr/bin/python3 generate_permutation.py --recompute  # rerun every QAP test

QAP tests already in a file (same y, x, mode and municipality) are kept
unless --recompute is given: the same inputs and seed give the same values,
and the R side takes minutes per test.

Writes permutation/<name>.json. The E-I test is computed here with NumPy
(UCINET is not available to run): 100 000 uniform random permutations of
the group labels over the units that have one, with exact integer
comparisons, plus the observed, expected, minimum, maximum and rescaled
index from their definitions (CONVENTIONS.md, "Permutation tests"). QAP
runs through generate_qap.R: the observed values from sna, the
100 000-permutation distributions from a step-by-step copy of sna's code
that draws the same permutations (checked against sna on the first
CHECK); the relations are built here from the dataset files and passed as
matrices.
"""

import json
import math
import os
import subprocess
import sys
import tempfile
from fractions import Fraction

import numpy as np

from dataset_io import EXAMPLES, GPL, HERE, MIT, Dataset, build, expected_pairs, folder, formal_counts

REPS = 100_000
CHECK = 50  # permutations run through sna itself (see generate_qap.R)
SEED = 16

# QAP tests per dataset: (y, x, mode) correlations and (y, [x...], mode)
# regressions, relations named as metrics.RelationNamed names them.
QAP = {
    "krackhardt-advice": {
        "correlations": [("ties", "same-agency", "graph"), ("ties-binary", "same-level", "graph"),
                         ("arcs", "same-agency", "digraph")],
        "regressions": [("ties", ["same-agency", "same-level"], "graph"),
                        ("arcs-binary", ["same-agency", "same-level"], "digraph")],
    },
    "krackhardt-friendship": {
        "correlations": [("ties", "same-parent", "graph")],
        "regressions": [("ties", ["same-agency", "same-parent"], "graph")],
    },
    "lazega-advice": {
        "correlations": [("ties", "same-municipality", "graph")],
        "regressions": [("ties", ["same-agency", "same-level", "same-municipality"], "graph")],
    },
    "lazega-friendship": {
        "correlations": [("ties", "same-level", "graph")],
        "regressions": [("ties", ["same-agency", "same-level", "same-municipality"], "graph")],
    },
    "region": {
        "correlations": [("ties", "same-agency", "graph"), ("formal", "informal", "graph"),
                         ("kind:phone", "ties", "graph"), ("arcs", "same-municipality", "digraph"),
                         ("ties", "expected", "graph"), ("ties-binary", "expected", "graph"),
                         ("ties-binary", "expected", "graph", "Brattøy"),
                         ("ties-binary", "expected", "graph", "Granmo")],
        "regressions": [("ties", ["same-agency", "same-level", "same-municipality"], "graph"),
                        ("ties-binary", ["kind:email-binary", "same-parent"], "graph"),
                        ("ties", ["expected", "same-agency"], "graph")],
    },
    "kommune": {
        "correlations": [("ties", "expected", "graph"), ("ties-binary", "expected", "graph", "Fjordvik")],
        "regressions": [("ties", ["expected", "same-agency"], "graph")],
    },
}


# ------------------------------------------------------------------ E-I --

def ei_counts(labels, ta, tb, groups):
    """Internal ties and per-group internal/external counts for label
    rows (one permutation per row)."""
    la, lb = labels[:, ta], labels[:, tb]
    same = la == lb
    il = same.sum(axis=1)
    ins, exs = [], []
    for g in range(groups):
        a, b = la == g, lb == g
        ins.append((a & b).sum(axis=1))
        exs.append((a != b).sum(axis=1))
    return il, ins, exs


def summary(values, ge, le):
    n = len(values)
    if n == 0:
        return {"permutations": 0, "mean": None, "sd": None, "p_ge": None, "p_le": None}
    return {"permutations": int(n), "mean": float(np.mean(values)), "sd": float(np.std(values)),
            "p_ge": None if ge is None else float(np.mean(ge)),
            "p_le": None if le is None else float(np.mean(le))}


def ei_test(ds, S, col, rng):
    lab_of = ds.groups(col, ds.ids)
    keys = sorted({g for g in lab_of.values() if g is not None})
    gi = {k: i for i, k in enumerate(keys)}
    labelled = [u for u in ds.ids if lab_of[u] is not None]
    pos = {u: i for i, u in enumerate(labelled)}
    labels = np.array([gi[lab_of[u]] for u in labelled], dtype=np.int32)
    ties = [(pos[a], pos[b]) for a, b in S.edges() if a in pos and b in pos]
    ta = np.array([a for a, _ in ties], dtype=np.int64)
    tb = np.array([b for _, b in ties], dtype=np.int64)
    t, G = len(ties), len(keys)
    sizes = [int((labels == g).sum()) for g in range(G)]
    il0, in0, ex0 = ei_counts(labels[None, :], ta, tb, G)
    il0 = int(il0[0])
    in0 = [int(x[0]) for x in in0]
    ex0 = [int(x[0]) for x in ex0]
    L = len(labelled)
    res = {"index": (t - 2 * il0) / t if t else None, "internal": il0, "external": t - il0}
    same = sum(s * (s - 1) for s in sizes)
    res["expected"] = float(1 - Fraction(2 * same, L * (L - 1))) if L >= 2 else None
    if t:
        pint = same // 2
        pext = L * (L - 1) // 2 - pint
        lo = Fraction(t - 2 * min(t, pint), t)
        hi = Fraction(2 * min(t, pext) - t, t)
        res["min"], res["max"] = float(lo), float(hi)
        res["rescaled"] = float(2 * (Fraction(t - 2 * il0, t) - lo) / (hi - lo) - 1) if hi > lo else None
    else:
        res["min"] = res["max"] = res["rescaled"] = None
    # permutations, in chunks
    whole, gvals = [], [[] for _ in range(G)]
    wge, wle = [], []
    gge, gle = [[] for _ in range(G)], [[] for _ in range(G)]
    done = 0
    while t and done < REPS:
        c = min(5000, REPS - done)
        lab = rng.permuted(np.tile(labels, (c, 1)), axis=1)
        il, ins, exs = ei_counts(lab, ta, tb, G)
        whole.append((t - 2 * il) / t)
        wge.append(il <= il0)
        wle.append(il >= il0)
        for g in range(G):
            e, i = exs[g].astype(np.int64), ins[g].astype(np.int64)
            ok = (e + i) > 0
            gvals[g].append(((e - i) / np.where(ok, e + i, 1))[ok])
            gge[g].append((e * in0[g] >= ex0[g] * i)[ok])
            gle[g].append((e * in0[g] <= ex0[g] * i)[ok])
        done += c
    cat = lambda parts: np.concatenate(parts) if parts else np.array([])
    res["permutation"] = summary(cat(whole), cat(wge), cat(wle)) if t else summary([], None, None)
    res["groups"] = {}
    for g, k in enumerate(keys):
        e, i = ex0[g], in0[g]
        obs = e + i > 0
        res["groups"][k] = {
            "units": sizes[g], "internal": i, "external": e, "index": (e - i) / (e + i) if obs else None,
            "permutation": summary(cat(gvals[g]), cat(gge[g]) if obs else None, cat(gle[g]) if obs else None),
        }
    return res


# ------------------------------------------------------------------ QAP --

def relation(ds, name, ids=None):
    """The relation as an n x n list of lists over ids (default ds.ids, a
    municipality's units for the plan tests: then every relation is
    restricted to those units)."""
    ids = ids or ds.ids
    idx = {u: i for i, u in enumerate(ids)}
    n = len(ids)
    m = [[0.0] * n for _ in range(n)]
    base, binary = (name[:-len("-binary")], True) if name.endswith("-binary") else (name, False)

    def val(w):
        return (1.0 if w != 0 else 0.0) if binary else float(w)

    if base in ("ties", "arcs") or base.startswith("kind:"):
        U, _, D = build(ds, ids, kind=base[len("kind:"):] if base.startswith("kind:") else None)
        if base == "arcs":
            for a, b, d in D.edges(data=True):
                m[idx[a]][idx[b]] = val(d["weight"])
        else:
            for a, b, d in U.edges(data=True):
                m[idx[a]][idx[b]] = m[idx[b]][idx[a]] = val(d["weight"])
    elif base in ("formal", "informal"):
        for (a, b), c in formal_counts(ds, ids).items():
            m[idx[a]][idx[b]] = m[idx[b]][idx[a]] = val(c[0 if base == "formal" else 1])
    elif name == "expected":
        pairs, _ = expected_pairs(ds)
        for a, b in pairs:
            if a in idx and b in idx:
                m[idx[a]][idx[b]] = 1.0
    elif name.startswith("same-"):
        g = ds.groups(name[len("same-"):], ids)
        for a in ids:
            for b in ids:
                if a != b and g[a] is not None and g[a] == g[b]:
                    m[idx[a]][idx[b]] = 1.0
    else:
        raise SystemExit(f"unknown relation {name}")
    return m


def run_r(tmp, ds, y, xs, mode, ids=None):
    files = []
    for r in [y] + xs:
        path = os.path.join(tmp, r.replace(":", "_") + ".tsv")
        with open(path, "w") as f:
            for row in relation(ds, r, ids):
                f.write("\t".join("%.17g" % v for v in row) + "\n")
        files.append(path)
    cmd = ["Rscript", os.path.join(HERE, "generate_qap.R"), str(SEED), str(REPS), str(CHECK), mode] + files
    res = subprocess.run(cmd, check=True, capture_output=True, text=True)
    out = {}
    for line in res.stdout.strip("\n").split("\n"):
        f = line.rstrip("\t").split("\t")
        vals = [float(x) for x in f[1:]]
        out[f[0]] = vals if len(vals) > 1 or f[0] not in SCALARS else vals[0]
    return out


SCALARS = {"testval", "pgreq", "pleeq", "pgreq_tol", "pleeq_tol", "mean", "sd", "reps",
           "r_squared", "adj_r_squared", "n"}


def qap(ds, old):
    """The QAP tests of QAP[ds.name]; a test already in old (the file's
    previous "qap", same y, x, mode and municipality) is kept as it is,
    since the same inputs and seed give the same values."""
    spec = QAP.get(ds.name)
    if not spec:
        return None
    out = {"correlations": [], "regressions": []}
    key = lambda e: (e["y"], json.dumps(e["x"]), e["mode"], e.get("municipality"))
    done = {key(e): e for part in ("correlations", "regressions") for e in (old or {}).get(part, [])}
    with tempfile.TemporaryDirectory() as tmp:
        for y, x, mode, *mun in spec["correlations"]:
            e = {"y": y, "x": x, "mode": mode}
            if mun:  # a plan test: the municipality's units only
                e["municipality"] = mun[0]
                e["expected_by"] = expected_pairs(ds)[1]
            if key(e) not in done:
                ids = [u for u in ds.ids if ds.attr["municipality"][u] == mun[0]] if mun else None
                e.update(run_r(tmp, ds, y, [x], mode, ids))
                print(f"  {ds.name}: gcor {y} ~ {x} {' '.join(mun)}", file=sys.stderr)
            out["correlations"].append(done.get(key(e), e))
        for y, xs, mode in spec["regressions"]:
            if key({"y": y, "x": xs, "mode": mode}) in done:
                out["regressions"].append(done[key({"y": y, "x": xs, "mode": mode})])
                continue
            r = run_r(tmp, ds, y, xs, mode)
            for k in ("coefficients", "tstat", "pgreq", "pleeq", "pgreqabs", "mean", "sd",
                      "pgreq_tol", "pleeq_tol", "pgreqabs_tol"):
                if not isinstance(r[k], list):
                    r[k] = [r[k]]
            out["regressions"].append({"y": y, "x": xs, "mode": mode, **r})
            print(f"  {ds.name}: netlm {y} ~ {' + '.join(xs)}", file=sys.stderr)
    return out


def versions():
    import platform
    r = subprocess.run(["Rscript", "-e", 'suppressMessages(library(sna)); '
                        'cat(R.version$major, ".", R.version$minor, " ", as.character(packageVersion("sna")), sep = "")'],
                       check=True, capture_output=True, text=True).stdout.split()
    return {"python": platform.python_version(), "numpy": np.__version__, "R": r[0], "sna": r[1]}


def main():
    args = sys.argv[1:]
    with_qap = "--no-qap" not in args
    names = [a for a in args if not a.startswith("--")] or MIT + GPL + EXAMPLES
    tv = versions()
    os.makedirs(os.path.join(HERE, "permutation"), exist_ok=True)
    for name in names:
        if not os.path.isdir(folder(name)):
            print(f"skip {name}: {folder(name)} not found", file=sys.stderr)
            continue
        ds = Dataset(name)
        _, S, _ = build(ds, ds.ids)
        rng = np.random.default_rng([SEED, sum(map(ord, name))])
        out = {"dataset": name, "tool_versions": tv, "permutations": REPS, "ei": {}}
        for col in ("agency", "level", "municipality", "parent"):
            if ds.has[col]:
                out["ei"][col] = ei_test(ds, S, col, rng)
        path = os.path.join(HERE, "permutation", name + ".json")
        old = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = json.load(f)
        if with_qap and "--recompute" in args:
            old = {}
        if with_qap:
            q = qap(ds, old.get("qap"))
            if q:
                out["qap"] = q
        elif "qap" in old:  # keep the QAP values already there
            out["qap"] = old["qap"]
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False)
            f.write("\n")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
