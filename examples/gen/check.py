#!/usr/bin/python3
"""check.py - what a dataset folder plants, read back from its CSV files.

    /usr/bin/python3 examples/gen/check.py examples/kommune [--pairs A:B,C:D]

Independent of samgen and of samkart: it reads units.csv, contacts.csv,
meetings.csv and expected.csv (UTF-8, comma) and prints

  - agency pairs per municipality with no tie at all (horizontal gaps),
  - units without a tie to their parent (vertical gaps),
  - expected.csv rows with their observed weight (1/(k-1) and 1 projections),
  - uncoordinated parallel contacts by the strictest reading (two units of
    one office - same parent, or same agency, region and municipality - in
    contact with one target within 7 days and not with each other between
    the two dates), with and without meetings,
  - ties silent for more than twice their median interval at the last date,
  - the contact days of the pairs given with --pairs.
"""

import bisect
import csv
import datetime as dt
import os
import statistics
import sys
from collections import defaultdict


def read(folder, name):
    p = os.path.join(folder, name)
    if not os.path.exists(p):
        return []
    with open(p, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def day(s):
    return dt.date.fromisoformat(s[:10]).toordinal()


def key(a, b):
    return (a, b) if a < b else (b, a)


AGENCY = {
    "nav-kontoret": "nav", "nav": "nav", "eiendomsavdelingen": "eiendom", "eiendom": "eiendom",
    "helse og omsorg": "helse", "flyktningtjenesten": "flyktning", "boligkontoret": "bolig",
    "husbanken": "husbanken", "rus og psykiatri": "rus", "administrasjon": "ledelse",
    "brukerorganisasjon": "bruker", "imdi": "imdi", "boligbyggelag": "boligbyggelag",
}


def agency(s):
    s = s.strip().lower()
    return AGENCY.get(s, s)


def main(argv):
    folder = argv[1]
    pairs_arg = ""
    if "--pairs" in argv:
        pairs_arg = argv[argv.index("--pairs") + 1]
    units = {u["id"]: u for u in read(folder, "units.csv")}
    contacts = read(folder, "contacts.csv")
    mrows = read(folder, "meetings.csv")
    meetings = defaultdict(list)
    mdate = {}
    for r in mrows:
        meetings[r["meeting"]].append(r["unit"])
        mdate[r["meeting"]] = r["date"]

    w1 = defaultdict(float)  # 1/(k-1)
    wone = defaultdict(float)  # 1 per pair
    days = defaultdict(list)
    cdays = defaultdict(list)  # contacts only
    for c in contacts:
        k = key(c["from"], c["to"])
        wt = float(c["weight"] or 1)
        w1[k] += wt
        wone[k] += wt
        if c["date"]:
            days[k].append(day(c["date"]))
            cdays[k].append(day(c["date"]))
    for m, us in meetings.items():
        n = len(us)
        for i in range(n):
            for j in range(i + 1, n):
                k = key(us[i], us[j])
                w1[k] += 1 / (n - 1)
                wone[k] += 1
                if mdate[m]:
                    days[k].append(day(mdate[m]))
    for k in days:
        days[k].sort()
    for k in cdays:
        cdays[k].sort()
    last = max(max(v) for v in days.values())
    print("%s: %d units, %d contacts, %d meetings (%d rows), last date %s"
          % (folder, len(units), len(contacts), len(meetings), len(mrows), dt.date.fromordinal(last)))

    # Horizontal: agency pairs per municipality without any tie.
    bymun = defaultdict(lambda: defaultdict(set))
    for u in units.values():
        if u.get("municipality"):
            bymun[u["municipality"]][agency(u["agency"])].add(u["id"])
    print("\nagency pairs with no tie (per municipality):")
    for mun in sorted(bymun):
        ags = sorted(bymun[mun])
        missing = []
        for i, a in enumerate(ags):
            for b in ags[i + 1:]:
                if not any(key(x, y) in w1 for x in bymun[mun][a] for y in bymun[mun][b]):
                    missing.append(a + "–" + b)
        print("  %-10s %2d of %2d: %s" % (mun, len(missing), len(ags) * (len(ags) - 1) // 2, ", ".join(missing)))

    print("\nunits without a tie to their parent:")
    for u in units.values():
        p = u.get("parent")
        if p and key(u["id"], p) not in w1:
            print("  %s -> %s" % (u["id"], p))

    exp = read(folder, "expected.csv")
    if exp:
        print("\nexpected.csv (observed: unit pair, or agency pair sum / max tie; 1/(k-1) | 1):")
        for r in exp:
            def ends(e, scope):
                if e.startswith("agency:"):
                    a = agency(e[7:])
                    return {x for x, u in units.items() if agency(u["agency"]) == a
                            and (not scope or u.get("municipality") in (scope, ""))}
                if e.startswith("level:"):
                    return {x for x, u in units.items() if u["level"] == e[6:]}
                return {e}
            A, B = ends(r["a"], r["scope"]), ends(r["b"], r["scope"])
            ks = {key(x, y) for x in A for y in B if x != y}
            s1 = sum(w1.get(k, 0) for k in ks)
            so = sum(wone.get(k, 0) for k in ks)
            m1 = max([w1.get(k, 0) for k in ks] or [0])
            mw = float(r["min_weight"] or 1)
            flag = "GAP" if m1 < mw or s1 < mw else ""
            print("  %-22s %-22s min %5.1f  sum %7.2f | %7.2f  max %7.2f  %s"
                  % (r["a"], r["b"], mw, s1, so, m1, flag))

    def office_mates(with_mun=True):
        groups = defaultdict(list)
        for u in units.values():
            if u.get("parent"):
                groups[("p", u["parent"])].append(u["id"])
            groups[("o", agency(u["agency"]), u.get("region", ""), u.get("municipality", "") if with_mun else "")].append(u["id"])
        m = defaultdict(set)
        for g in groups.values():
            for a in g:
                for b in g:
                    if a != b:
                        m[a].add(b)
        return m

    def parallel(dd, mates, window=7):
        partners = defaultdict(set)
        for a, b in dd:
            partners[a].add(b)
            partners[b].add(a)

        def between(a, b, lo, hi):
            ds = dd.get(key(a, b), [])
            i = bisect.bisect_left(ds, lo)
            return i < len(ds) and ds[i] <= hi
        out = set()
        for x in sorted(mates):
            for s in mates[x]:
                if s <= x:
                    continue
                for y in partners[x] & partners[s]:
                    if y in (x, s):
                        continue
                    ds = dd[key(s, y)]
                    for o in dd[key(x, y)]:
                        i = bisect.bisect_left(ds, o - window)
                        while i < len(ds) and ds[i] <= o + window:
                            lo, hi = min(o, ds[i]), max(o, ds[i])
                            if not between(x, s, lo, hi):
                                out.add((x, s, y, dt.date.fromordinal(lo), dt.date.fromordinal(hi)))
                            i += 1
        return sorted(out)

    for label, dd, wm in (("contacts and meetings", days, True), ("contacts only", cdays, True),
                          ("contacts and meetings, office without municipality", days, False)):
        found = parallel(dd, office_mates(wm))
        print("\nuncoordinated parallel contacts, strictest reading (%s): %d" % (label, len(found)))
        for f in found[:12]:
            print("  %s + %s -> %s  %s..%s" % f)

    print("\nfading: silent > 2 x median interval and >= 15 days at %s:" % dt.date.fromordinal(last))
    for k in sorted(days):
        ds = sorted(set(days[k]))
        if len(ds) < 2:
            continue
        med = statistics.median(b - a for a, b in zip(ds, ds[1:]))
        silent = last - ds[-1]
        if silent > 2 * med and silent >= 15:
            print("  %s – %s: last %s, %d days silent, median interval %g, %d contact days"
                  % (k[0], k[1], dt.date.fromordinal(ds[-1]), silent, med, len(ds)))

    for p in filter(None, pairs_arg.split(",")):
        a, b = p.split(":")
        ds = sorted(set(days.get(key(a, b), [])))
        gaps = [y - x for x, y in zip(ds, ds[1:])]
        print("\n%s – %s: %d days, first %s, last %s, silent %s, median interval %s, weight %.2f"
              % (a, b, len(ds), ds and dt.date.fromordinal(ds[0]), ds and dt.date.fromordinal(ds[-1]),
                 ds and last - ds[-1], gaps and statistics.median(gaps), w1.get(key(a, b), 0)))
        print("   intervals:", gaps)


if __name__ == "__main__":
    main(sys.argv)
