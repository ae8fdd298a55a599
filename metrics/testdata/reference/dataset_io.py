"""Reading samkart dataset folders for the reference generators.

Used by generate_structure.py and generate_permutation.py (generate.py has
its own, contacts-only reader). Reads units.csv, contacts.csv and, when
present, meetings.csv, and builds the graphs CONVENTIONS.md defines:

  U  weighted undirected: contacts in both directions plus meetings, a
     meeting of k units giving each pair 1/(k-1) (samkart's default
     projection, Newman 2001);
  S  U without weights;
  D  the initiative DiGraph of the contacts (from -> to), arc weight the sum
     of the contacts' weights; meetings add no arcs.

Self-contacts and rows of weight 0 are dropped. Agency keys follow Go's
graph.NormalizeAgency (the alias table is copied below), levels are
integers, the other columns text; an empty cell is missing. Kinds are
lower-cased and trimmed (every kind in these datasets is already one of
graph.NormalizeKind's canonical names), and a record's formal flag is its
yes/no cell or, when empty, graph.FormalByDefault of its kind.
"""

import csv
import os
from fractions import Fraction

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
MIT_DIR = os.path.normpath(os.path.join(HERE, "..", "data"))
GPL_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))
EXAMPLES_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "examples"))

MIT = [
    "krackhardt-advice", "krackhardt-friendship", "krackhardt-reports",
    "lazega-advice", "lazega-cowork", "lazega-friendship",
    "padgett-marriage", "padgett-business",
    "synthetic-floatpaths", "synthetic-single", "synthetic-isolates", "synthetic-pair",
]
GPL = [
    "emon-all", "emon-cheyenne", "emon-hurrfrederic", "emon-lakepomona",
    "emon-mtsi", "emon-mtsthelens", "emon-texas", "emon-wichita",
    "knoke-information", "knoke-money",
]
# The repository's example with meetings, contact kinds, formal flags,
# parents and a region column (MIT, like the rest of samkart).
EXAMPLES = ["region"]


def folder(name):
    if name in EXAMPLES:
        return os.path.join(EXAMPLES_DIR, name)
    return os.path.join(MIT_DIR if name in MIT else GPL_DIR, name)


# graph.NormalizeAgency: exact spellings, then prefixes, else the lower-cased
# name with white space collapsed.
AGENCY_KEYS = {
    "nav": "nav", "nav-kontor": "nav", "nav-kontoret": "nav", "nav kontor": "nav", "nav kontoret": "nav",
    "eiendom": "eiendom", "property": "eiendom", "eiendomsavdeling": "eiendom", "eiendomsavdelingen": "eiendom",
    "kommunal eiendom": "eiendom", "eiendomsforvaltning": "eiendom",
    "helse": "helse", "health": "helse", "helse og omsorg": "helse", "health and care": "helse",
    "helse- og omsorg": "helse", "helse og omsorgstjenesten": "helse", "pleie og omsorg": "helse",
    "flyktning": "flyktning", "refugee": "flyktning", "refugee service": "flyktning",
    "flyktningtjeneste": "flyktning", "flyktningtjenesten": "flyktning", "flyktningkontoret": "flyktning",
    "bolig": "bolig", "housing": "bolig", "housing office": "bolig", "boligkontor": "bolig",
    "boligkontoret": "bolig", "boligtjenesten": "bolig",
    "husbanken": "husbanken", "state housing bank": "husbanken", "norwegian state housing bank": "husbanken",
    "rus": "rus", "rus og psykiatri": "rus", "rus- og psykiatri": "rus", "rus- og psykiatritjenesten": "rus",
    "psykiatri": "rus", "rus og psykisk helse": "rus", "substance abuse and mental health": "rus",
    "barnevern": "barnevern", "barneverntjenesten": "barnevern", "barnevernet": "barnevern", "child welfare": "barnevern",
    "sosial": "sosial", "sosialtjenesten": "sosial", "social services": "sosial",
    "plan": "plan", "plan og utvikling": "plan", "plan og næring": "plan", "planning": "plan",
    "administrasjon": "ledelse", "ledelse": "ledelse", "rådmann": "ledelse", "rådmannen": "ledelse",
    "kommunedirektør": "ledelse", "leadership": "ledelse", "administration": "ledelse",
    "brukerorganisasjon": "bruker", "brukerorganisasjoner": "bruker", "user organisation": "bruker",
    "user organization": "bruker", "bruker": "bruker", "user": "bruker",
    "privat utbygger": "utbygger", "utbygger": "utbygger", "private developer": "utbygger", "developer": "utbygger",
    "boligbyggelag": "boligbyggelag", "housing cooperative": "boligbyggelag",
    "departement": "departement", "ministry": "departement", "krd": "departement",
    "direktorat": "direktorat", "directorate": "direktorat",
    "imdi": "imdi", "ks": "ks",
}
AGENCY_PREFIXES = [
    ("nav ", "nav"), ("nav-", "nav"), ("eiendom", "eiendom"), ("flyktning", "flyktning"),
    ("boligkontor", "bolig"), ("helse og omsorg", "helse"), ("husbanken", "husbanken"),
    ("barnevern", "barnevern"), ("rus og psykiatri", "rus"), ("rus- og", "rus"),
]
FORMAL_KINDS = {"meeting", "seminar", "case", "visit", "agreement"}
YES = {"yes", "ja", "true", "1", "y", "j", "sann"}
NO = {"no", "nei", "false", "0", "n", "usann"}


def normalize_agency(name):
    s = " ".join((name or "").split()).lower()
    if not s:
        return ""
    if s in AGENCY_KEYS:
        return AGENCY_KEYS[s]
    for p, k in AGENCY_PREFIXES:
        if s.startswith(p):
            return k
    return s


def formal_flag(cell, kind):
    c = (cell or "").strip().lower()
    if c in YES:
        return True
    if c in NO:
        return False
    return kind in FORMAL_KINDS


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


class Dataset:
    def __init__(self, name):
        self.name = name
        self.folder = folder(name)
        rows = read_csv(os.path.join(self.folder, "units.csv"))
        self.cols = list(rows[0].keys()) if rows else []
        self.ids = sorted(r["id"].strip() for r in rows)  # samkart's node order
        self.attr = {c: {} for c in ("agency", "level", "municipality", "region", "parent")}
        for r in rows:
            u = r["id"].strip()
            self.attr["agency"][u] = normalize_agency(r.get("agency")) or None
            lv = (r.get("level") or "").strip()
            self.attr["level"][u] = str(int(lv)) if lv else None
            for c in ("municipality", "region", "parent"):
                self.attr[c][u] = (r.get(c) or "").strip() or None
        self.has = {c: c in self.cols for c in self.attr}
        self.has["agency"] = self.has["level"] = True  # missing columns mean every value missing
        idset = set(self.ids)
        # contacts: (from, to, weight, kind, formal)
        self.contacts = []
        for r in read_csv(os.path.join(self.folder, "contacts.csv")):
            a, b = r["from"].strip(), r["to"].strip()
            w = (r.get("weight") or "").strip()
            w = float(w) if w else 1.0
            if a not in idset or b not in idset:
                raise SystemExit(f"{name}: contact with unknown unit {a!r}->{b!r}")
            if a == b or w == 0:
                continue
            kind = (r.get("kind") or "").strip().lower()
            self.contacts.append((a, b, w, kind, formal_flag(r.get("formal"), kind)))
        # meetings: key -> [units, kind, formal cell]
        self.meetings = []
        path = os.path.join(self.folder, "meetings.csv")
        if os.path.exists(path):
            byid = {}
            for r in read_csv(path):
                m = byid.setdefault(r["meeting"].strip(), {"units": set(), "kind": "", "formal": ""})
                m["units"].add(r["unit"].strip())
                if not m["kind"]:
                    m["kind"] = (r.get("kind") or "").strip().lower()
                if not m["formal"]:
                    m["formal"] = (r.get("formal") or "").strip()
            for m in byid.values():
                self.meetings.append((sorted(m["units"]), m["kind"], formal_flag(m["formal"], m["kind"])))

    def groups(self, col, keep):
        """unit -> group key (or None) for the units in keep."""
        return {u: self.attr[col][u] for u in keep}


def build(ds, keep, kind=None):
    """U, S, D on the units in keep (sorted ids). With kind, only the
    contacts and meetings of that kind go into U (and D)."""
    ks = set(keep)
    U = nx.Graph()
    U.add_nodes_from(keep)
    D = nx.DiGraph()
    D.add_nodes_from(keep)

    def add(a, b, w):
        if U.has_edge(a, b):
            U[a][b]["weight"] += w
        else:
            U.add_edge(a, b, weight=w)

    for a, b, w, k, _ in ds.contacts:
        if a in ks and b in ks and (kind is None or k == kind):
            add(a, b, w)
            if D.has_edge(a, b):
                D[a][b]["weight"] += w
            else:
                D.add_edge(a, b, weight=w)
    for units, k, _ in ds.meetings:
        if kind is not None and k != kind:
            continue
        if len(units) < 2:
            continue
        present = [u for u in units if u in ks]
        w = 1 / (len(units) - 1)
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                add(a, b, w)
    S = nx.Graph()
    S.add_nodes_from(keep)
    S.add_edges_from(U.edges())
    return U, S, D


def formal_counts(ds, keep):
    """(a, b) -> [formal, informal] counts of contacts and meetings."""
    ks = set(keep)
    out = {}

    def see(a, b, f):
        key = (min(a, b), max(a, b))
        c = out.setdefault(key, [0, 0])
        c[0 if f else 1] += 1

    for a, b, _, _, f in ds.contacts:
        if a in ks and b in ks:
            see(a, b, f)
    for units, _, f in ds.meetings:
        if len(units) < 2:
            continue
        present = [u for u in units if u in ks]
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                see(a, b, f)
    return out


def exact(x):
    """A float as an exact Fraction (for sums done in rationals)."""
    return Fraction(x)
