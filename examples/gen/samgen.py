"""samgen - the small engine behind samkart's generated example datasets.

Stdlib only, deterministic (random.Random with a fixed seed, no hash-order
dependence). Used by ../kommune/generate.py and ../region/generate.py:

    w = World(start, end, seed)
    w.unit(...)                        # units.csv rows
    w.meeting(id, units, day, ...)     # a fixed multi-party meeting
    w.contact(a, b, day, ...)          # a fixed contact
    w.relation(a, b, every=14, ...)    # a flexible tie: dates drawn and shifted
    w.write(folder)                    # units.csv, contacts.csv, meetings.csv

Flexible contacts are shifted by a few working days, or dropped, when they
would create an *accidental* finding:

  - an uncoordinated parallel contact: two units of one office (same parent,
    or same agency, region and municipality) both in contact with the same
    target within WINDOW days, with no contact between the two of them in
    between (the strictest reading of what samkart gaps reports);
  - a forbidden contact (World.forbid), which is how the planted gaps stay
    gaps.

audit() reports every such finding left in the data and every fading tie
(by an aggressive rule), so the generate scripts can assert that exactly the
planted ones remain.
"""

import bisect
import csv
import datetime as dt
import os
import random
import statistics
from collections import defaultdict

WINDOW = 7  # days; the default of samkart gaps --window-days


def d(s):
    """Parse 2010-01-04 into a date."""
    return dt.date.fromisoformat(s)


def norwegian_holidays(years):
    """Public holidays (and the Christmas week) for the given years."""
    easter = {2009: "2009-04-12", 2010: "2010-04-04", 2011: "2011-04-24", 2012: "2012-04-08"}
    out = set()
    for y in years:
        e = d(easter[y])
        for off in (-3, -2, 1, 39, 50):  # skjærtorsdag, langfredag, 2. påskedag, Kristi himmelfart, 2. pinsedag
            out.add(e + dt.timedelta(days=off))
        out.add(dt.date(y, 1, 1))
        out.add(dt.date(y, 5, 1))
        out.add(dt.date(y, 5, 17))
        for day in range(22, 32):  # romjul: offices are closed or nearly
            out.add(dt.date(y, 12, day))
        out.add(dt.date(y, 1, 2))
        out.add(dt.date(y, 1, 3))
    return out


class Unit:
    __slots__ = ("id", "name", "agency", "level", "municipality", "region", "parent")

    def __init__(self, id, name, agency, level, municipality, region, parent):
        self.id, self.name, self.agency, self.level = id, name, agency, level
        self.municipality, self.region, self.parent = municipality, region, parent


class Event:
    """A contact (two units, a from and a to) or a meeting (k units)."""

    __slots__ = ("day", "time", "units", "kind", "formal", "weight", "meeting", "note")

    def __init__(self, day, time, units, kind, formal, weight, meeting, note):
        self.day, self.time, self.units = day, time, units
        self.kind, self.formal, self.weight = kind, formal, weight
        self.meeting, self.note = meeting, note


def pkey(a, b):
    return (a, b) if a < b else (b, a)


class World:
    def __init__(self, start, end, seed, summer=None):
        self.start, self.end = start, end
        self.rng = random.Random(seed)
        self.units = {}
        self.order = []
        self.events = []
        self.days = defaultdict(list)  # pair key -> sorted ordinals of events with both
        self.forbids = []
        self.holidays = norwegian_holidays(range(start.year, end.year + 1))
        # Fellesferie: weeks with (almost) no meetings.
        self.summer = summer or []
        self._mates = None
        self.dropped = 0
        self.shifted = 0

    # --- units -----------------------------------------------------------

    def unit(self, id, name, agency, level, municipality="", region="", parent=""):
        assert id not in self.units, id
        self.units[id] = Unit(id, name, agency, level, municipality, region, parent)
        self.order.append(id)
        self._mates = None
        return id

    def mates(self):
        """Office-mates: same parent, or same agency, region and municipality."""
        if self._mates is None:
            m = defaultdict(set)
            by_parent = defaultdict(list)
            by_office = defaultdict(list)
            for u in self.units.values():
                if u.parent:
                    by_parent[u.parent].append(u.id)
                by_office[(u.agency.lower(), u.region, u.municipality)].append(u.id)
            for group in list(by_parent.values()) + list(by_office.values()):
                for a in group:
                    for b in group:
                        if a != b:
                            m[a].add(b)
            self._mates = {k: sorted(v) for k, v in m.items()}
        return self._mates

    # --- calendar --------------------------------------------------------

    def in_summer(self, day):
        return any(a <= day <= b for a, b in self.summer)

    def workday(self, day):
        return day.weekday() < 5 and day not in self.holidays

    def open(self, day):
        """A day on which regular meetings are held."""
        return self.workday(day) and not self.in_summer(day) and self.start <= day <= self.end

    def series(self, first, every_days, last=None, skip=()):
        """Dates first, first+every, ... up to last, skipping closed days."""
        last = last or self.end
        out = []
        day = first
        while day <= last:
            if self.open(day) and day not in skip:
                out.append(day)
            day += dt.timedelta(days=every_days)
        return out

    def monthly(self, weekday, nth, first_month, last=None, skip_months=()):
        """The nth weekday (0=Monday) of each month, moved a week on when closed."""
        last = last or self.end
        out = []
        y, mo = first_month.year, first_month.month
        while dt.date(y, mo, 1) <= last:
            day = dt.date(y, mo, 1)
            while day.weekday() != weekday:
                day += dt.timedelta(days=1)
            day += dt.timedelta(days=7 * (nth - 1))
            while not self.open(day) and day.month == mo:
                day += dt.timedelta(days=7)
            if day.month == mo and day <= last and (y, mo) not in skip_months and self.open(day):
                out.append(day)
            mo += 1
            if mo > 12:
                y, mo = y + 1, 1
        return out

    # --- constraints -----------------------------------------------------

    def forbid(self, fn):
        """fn(units tuple, day) returns a reason when the event is not allowed."""
        self.forbids.append(fn)

    def between(self, a, b, lo, hi):
        """Whether a and b have an event with lo <= day <= hi (ordinals)."""
        ds = self.days.get(pkey(a, b))
        if not ds:
            return False
        i = bisect.bisect_left(ds, lo)
        return i < len(ds) and ds[i] <= hi

    def conflicts(self, units, day):
        for fn in self.forbids:
            r = fn(units, day)
            if r:
                return r
        mates = self.mates()
        o = day.toordinal()
        us = set(units)
        for x in units:
            for s in mates.get(x, ()):
                if s in us:
                    continue
                for y in units:
                    if y == x or y == s:
                        continue
                    ds = self.days.get(pkey(s, y))
                    if not ds:
                        continue
                    i = bisect.bisect_left(ds, o - WINDOW)
                    while i < len(ds) and ds[i] <= o + WINDOW:
                        lo, hi = min(o, ds[i]), max(o, ds[i])
                        if not self.between(x, s, lo, hi):
                            return "parallel %s/%s -> %s" % (x, s, y)
                        i += 1
        return None

    # --- events ----------------------------------------------------------

    def _add(self, ev):
        for u in ev.units:
            assert u in self.units, u
        assert len(set(ev.units)) == len(ev.units), ev.units
        self.events.append(ev)
        o = ev.day.toordinal()
        us = ev.units
        for i in range(len(us)):
            for j in range(i + 1, len(us)):
                bisect.insort(self.days[pkey(us[i], us[j])], o)
        return ev

    def meeting(self, mid, units, day, time="09:00", kind="meeting", formal="", note=""):
        """A fixed multi-party meeting (meetings.csv)."""
        return self._add(Event(day, time, tuple(units), kind, formal, None, mid, note))

    def contact(self, frm, to, day, kind="meeting", formal="", weight=1, time="", note=""):
        """A fixed contact (contacts.csv)."""
        return self._add(Event(day, time, (frm, to), kind, formal, weight, None, note))

    def flexible(self, frm, to, day, kind, formal, weight, time="", max_shift=6, lo=None, hi=None):
        """A contact placed on day or the nearest workday that creates no finding."""
        lo = lo or self.start
        hi = hi or self.end
        offs = [0]
        for k in range(1, max_shift + 1):
            offs += [k, -k]
        for k in offs:
            day2 = day + dt.timedelta(days=k)
            if not (lo <= day2 <= hi) or not self.workday(day2) or self.in_summer(day2) and kind == "meeting":
                continue
            if self.conflicts((frm, to), day2):
                continue
            if k:
                self.shifted += 1
            return self._add(Event(day2, time, (frm, to), kind, formal, weight, None, ""))
        self.dropped += 1
        return None

    def relation(self, a, b, every, kinds, start=None, end=None, initiative=0.5,
                 jitter=0.35, summer_factor=0.25, formal_rate=0.5):
        """Draw a tie's contacts: about one every `every` days from start to end.

        kinds is a list of (kind, relative frequency). initiative is the share
        of contacts a starts. Returns the candidate list; place() adds them.
        """
        rng = self.rng
        start = start or self.start
        end = end or self.end
        out = []
        day = start + dt.timedelta(days=rng.randrange(max(1, every)))
        names = [k for k, _ in kinds]
        freq = [f for _, f in kinds]
        while day <= end:
            if not self.in_summer(day) or rng.random() < summer_factor:
                kind = rng.choices(names, freq)[0]
                frm, to = (a, b) if rng.random() < initiative else (b, a)
                formal = formal_of(rng, kind, formal_rate)
                weight = weight_of(rng, kind)
                time = time_of(rng, kind)
                out.append((day, frm, to, kind, formal, weight, time, start, end))
            step = every * rng.uniform(1 - jitter, 1 + jitter)
            day += dt.timedelta(days=max(1, round(step)))
        return out

    def place(self, candidates):
        """Place flexible candidates in date order (stable)."""
        candidates.sort(key=lambda c: (c[0], c[1], c[2]))
        for day, frm, to, kind, formal, weight, time, lo, hi in candidates:
            self.flexible(frm, to, day, kind, formal, weight, time, lo=lo, hi=hi)

    # --- audit -----------------------------------------------------------

    def pair_days(self):
        return self.days

    def last_day(self):
        return max(ev.day for ev in self.events)

    def parallel_findings(self, window=WINDOW, office=None):
        """All uncoordinated parallel contacts by the strictest reading.

        office(u) -> key overrides the office-mate rule (for variants).
        """
        if office is None:
            mates = self.mates()
        else:
            groups = defaultdict(list)
            for u in self.units.values():
                for k in office(u):
                    groups[k].append(u.id)
            m = defaultdict(set)
            for g in groups.values():
                for a in g:
                    for b in g:
                        if a != b:
                            m[a].add(b)
            mates = m
        partners = defaultdict(set)
        for (a, b) in self.days:
            partners[a].add(b)
            partners[b].add(a)
        found = set()
        for x in sorted(mates):
            for s in sorted(mates[x]):
                if s <= x:
                    continue
                for y in sorted(partners[x] & partners[s]):
                    if y in (x, s):
                        continue
                    dx = self.days[pkey(x, y)]
                    ds = self.days[pkey(s, y)]
                    for o1 in dx:
                        i = bisect.bisect_left(ds, o1 - window)
                        while i < len(ds) and ds[i] <= o1 + window:
                            lo, hi = min(o1, ds[i]), max(o1, ds[i])
                            if not self.between(x, s, lo, hi):
                                found.add((x, s, y, dt.date.fromordinal(lo), dt.date.fromordinal(hi)))
                            i += 1
        return sorted(found)

    def fading_findings(self, as_of=None, factor=2.0, min_silence=15):
        """Ties silent for more than factor x their median interval at as_of.

        Every tie with at least two distinct contact days is judged, which is
        stricter than any sensible rule; the yearly tie passes because its
        silence is shorter than its interval.
        """
        as_of = (as_of or self.last_day()).toordinal()
        out = []
        for key in sorted(self.days):
            ds = sorted(set(self.days[key]))
            if len(ds) < 2:
                continue
            gaps = [b - a for a, b in zip(ds, ds[1:])]
            med = statistics.median(gaps)
            silent = as_of - ds[-1]
            if silent > factor * med and silent >= min_silence:
                out.append((key[0], key[1], dt.date.fromordinal(ds[-1]), silent, med, len(ds)))
        return out

    # --- output ----------------------------------------------------------

    def write(self, folder):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "units.csv"), "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f, lineterminator="\n")
            wr.writerow(["id", "name", "agency", "level", "municipality", "region", "parent"])
            for id in self.order:
                u = self.units[id]
                wr.writerow([u.id, u.name, u.agency, u.level, u.municipality, u.region, u.parent])
        contacts = [e for e in self.events if e.meeting is None]
        contacts.sort(key=lambda e: (e.day, e.time, e.units))
        with open(os.path.join(folder, "contacts.csv"), "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f, lineterminator="\n")
            wr.writerow(["from", "to", "date", "kind", "formal", "weight"])
            for e in contacts:
                wr.writerow([e.units[0], e.units[1], fmt_date(e.day, e.time), e.kind, e.formal, fmt_num(e.weight)])
        meetings = [e for e in self.events if e.meeting is not None]
        meetings.sort(key=lambda e: (e.day, e.time, e.meeting))
        if meetings:
            with open(os.path.join(folder, "meetings.csv"), "w", newline="", encoding="utf-8") as f:
                wr = csv.writer(f, lineterminator="\n")
                wr.writerow(["meeting", "unit", "date", "kind", "formal"])
                for e in meetings:
                    for u in e.units:
                        wr.writerow([e.meeting, u, fmt_date(e.day, e.time), e.kind, e.formal])
        return len(contacts), sum(len(e.units) for e in meetings)


def fmt_date(day, time):
    return day.isoformat() + ("T" + time if time else "")


def fmt_num(x):
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return ("%.2f" % x).rstrip("0")


def formal_of(rng, kind, rate):
    """The formal column: often empty (the default from the kind applies)."""
    if rng.random() < rate:
        return ""
    if kind in ("meeting", "case", "visit", "seminar", "agreement"):
        return "no" if kind == "meeting" and rng.random() < 0.12 else "yes"
    if kind == "phone" and rng.random() < 0.15:
        return "yes"  # an agreed telephone meeting
    return "no"


def weight_of(rng, kind):
    """Hours for meetings and visits, 1 for everything else."""
    if kind == "meeting":
        return rng.choice([1, 1, 1.5, 1.5, 2])
    if kind == "visit":
        return rng.choice([1.5, 2, 2, 3])
    return 1


def time_of(rng, kind):
    if kind in ("meeting", "visit"):
        return rng.choice(["08:30", "09:00", "10:00", "12:30", "13:00", "14:00"])
    return ""


def write_rows(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(header)
        for r in rows:
            wr.writerow(r)
