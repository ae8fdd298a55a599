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
# The repository's examples with meetings, contact kinds, formal flags,
# parents and a region column (MIT, like the rest of samkart); kommune has
# an expected.csv.
EXAMPLES = ["region", "kommune"]


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


# ------------------------------------------------------ expected ties --
#
# The expected relation of metrics/compare.ExpectedRelation: 1 for every
# pair of units one expectation joins, from expected.csv or, without it,
# from the four default rules that metrics/gaps.Find documents. Written
# here from that documentation, independently of the Go code.

NON_SERVICE = {"ledelse", "bruker", "utbygger", "boligbyggelag"}
LEVEL_WORDS = {"nasjonal": 1, "national": 1, "regional": 2, "ledelse": 3, "leadership": 3,
               "enhet": 4, "unit": 4, "førstelinje": 5, "frontline": 5, "bruker": 6, "user": 6}


def _level(s):
    s = s.strip().lower()
    return LEVEL_WORDS.get(s) or int(s)


def _end(cell):
    """An end of expected.csv: ("unit", id), ("agency", key) or ("level", n)."""
    c = cell.strip()
    low = c.lower()
    if low.startswith("agency:") or low.startswith("etat:"):
        return ("agency", normalize_agency(c.split(":", 1)[1]))
    if low.startswith("level:") or low.startswith("nivå:"):
        return ("level", str(_level(c.split(":", 1)[1])))
    return ("unit", c)


class _Expect:
    def __init__(self, ds):
        self.ds = ds
        a = ds.attr
        self.mun = a["municipality"]
        self.muns = sorted({m for m in self.mun.values() if m})
        self.by_mun = {m: [u for u in ds.ids if self.mun[u] == m] for m in self.muns}
        self.no_mun = [u for u in ds.ids if not self.mun[u]]
        rows = {}
        path = os.path.join(ds.folder, "municipalities.csv")
        if os.path.exists(path):
            rows = {r["municipality"].strip(): (r.get("region") or "").strip() for r in read_csv(path)}
        self.region = {}
        for m in self.muns:
            r = rows.get(m, "")
            if not r:  # the region the municipality's units agree on
                rs = {a["region"][u].lower() for u in self.by_mun[m] if a["region"][u]}
                r = rs.pop() if len(rs) == 1 else ""
            self.region[m] = r

    def match(self, end, u):
        kind, v = end
        if kind == "agency":
            return self.ds.attr["agency"][u] == v
        if kind == "level":
            return self.ds.attr["level"][u] == v
        return u == v

    def municipal(self, end):
        return any(self.mun[u] and self.match(end, u) for u in self.ds.ids)

    def same_region(self, a, b):
        return bool(a) and a.strip().lower() == (b or "").strip().lower()

    def members(self, end, m, municipal):
        if end[0] == "unit":
            return [end[1]] if end[1] in self.mun else []
        if m is None:
            return [u for u in self.ds.ids if self.match(end, u)]
        if municipal:
            return [u for u in self.by_mun[m] if self.match(end, u)]
        every = [u for u in self.no_mun if self.match(end, u)]
        near = [u for u in every if self.same_region(self.region[m], self.ds.attr["region"][u])]
        return near or every

    def plan_row(self, a, b, scope):
        if a[0] == "unit" and b[0] == "unit":
            if a[1] in self.mun and b[1] in self.mun:
                yield [a[1]], [b[1]]
            return
        unit = None
        for e in (a, b):
            if e[0] == "unit":
                if e[1] not in self.mun:
                    return
                unit = e[1]
        if scope:
            found = [m for m in self.muns if m.lower() == scope.strip().lower()]
            cands = found[:1]
            if not cands:
                return
        else:
            cands = []
            for m in self.muns:
                if not any((a[0] != "unit" and self.match(a, u)) or (b[0] != "unit" and self.match(b, u))
                           for u in self.by_mun[m]):
                    continue
                if unit and self.mun[unit] and self.mun[unit] != m:
                    continue
                reg = self.ds.attr["region"][unit] if unit else None
                if unit and not self.mun[unit] and reg and not self.same_region(reg, self.region[m]):
                    continue
                cands.append(m)
            cands = cands or [None]
        ma, mb = self.municipal(a), self.municipal(b)
        for m in cands:
            xs, ys = self.members(a, m, ma), self.members(b, m, mb)
            if xs and ys:
                yield xs, ys

    def defaults(self):
        at = self.ds.attr
        lead = {m: [u for u in self.by_mun[m] if at["level"][u] == "3"] for m in self.muns}
        for m in self.muns:  # every pair of services in a municipality
            services = sorted({at["agency"][u] for u in self.by_mun[m] if at["agency"][u]
                               and at["agency"][u] not in NON_SERVICE and at["level"][u] in ("4", "5", None)})
            for i, ka in enumerate(services):
                for kb in services[i + 1:]:
                    yield ([u for u in self.by_mun[m] if at["agency"][u] == ka],
                           [u for u in self.by_mun[m] if at["agency"][u] == kb])
        for u in self.ds.ids:  # every unit with its parent
            p = at["parent"][u]
            if p and p in self.mun and p != u:
                yield [u], [p]
        for m in self.muns:  # level-4 units with the leadership
            if not lead[m]:
                continue
            for u in self.by_mun[m]:
                if at["level"][u] != "4" or at["agency"][u] in NON_SERVICE:
                    continue
                p = at["parent"][u]
                if p and p in self.mun and at["level"][p] == "3" and self.mun[p] == m:
                    continue
                yield [u], lead[m]
        for m in self.muns:  # the leadership with its Husbanken region
            if not lead[m] or not self.region[m]:
                continue
            hb = [u for u in self.no_mun if at["agency"][u] == "husbanken"
                  and self.same_region(self.region[m], at["region"][u])]
            if hb:
                yield lead[m], hb


def expected_pairs(ds):
    """The set of ordered pairs (a, b), a != b, the expectations join, and
    "plan" or "default"."""
    x = _Expect(ds)
    path = os.path.join(ds.folder, "expected.csv")
    rows = read_csv(path) if os.path.exists(path) else []
    if rows:
        sets = (s for r in rows for s in x.plan_row(_end(r["a"]), _end(r["b"]), (r.get("scope") or "").strip()))
        by = "plan"
    else:
        sets, by = x.defaults(), "default"
    pairs = set()
    for xs, ys in sets:
        for a in xs:
            for b in ys:
                if a != b:
                    pairs.add((a, b))
                    pairs.add((b, a))
    return pairs, by
