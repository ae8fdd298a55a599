#!/usr/bin/python3
"""Generate examples/region: Husbanken region Midt-Norge and six municipalities.

    /usr/bin/python3 examples/region/generate.py

Stdlib only and deterministic (fixed seed): running it again gives the same
bytes. Writes units.csv, contacts.csv, meetings.csv and municipalities.csv
next to this script, then audits the result and exits 1 unless exactly the
planted uncoordinated contact and fading ties are present (see README.md).

The municipalities are fictional:

    Granmo    integrated: a forum with every service, many frontline ties
    Brattøy   typical programme municipality
    Havvik    typical; its NAV housing adviser leaves in December 2010
              (staff turnover: her ties fade, the successor picks up a few)
    Lysdal    typical and small; two Husbanken advisers contact its
              boligkontor in the same week without knowing of each other
    Myrstad   silo: services talk to their own kommunalsjef, hardly to each
              other; one case worker bridges NAV and boligkontoret; no line
              from the leadership to Husbanken
    Storsand  small, no boligkontor or flyktningtjeneste: NAV does housing,
              Myrstad's flyktningtjeneste serves its refugees
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep examples/gen free of __pycache__
sys.path.insert(0, os.path.join(HERE, "..", "gen"))

import samgen  # noqa: E402
from samgen import d  # noqa: E402

SEED = 20110701
REG = "midt-norge"

w = samgen.World(d("2010-01-04"), d("2011-06-30"), SEED,
                 summer=[(d("2010-07-05"), d("2010-08-06"))])
U = w.unit
R = []  # flexible candidates

U("HB", "Husbanken hovedkontor", "Husbanken", 1)
U("IMDI", "Integrerings- og mangfoldsdirektoratet (IMDi)", "IMDi", 1)
U("HB-MIDT", "Husbanken region Midt-Norge", "Husbanken", 2, "", REG, "HB")
ADV = {
    "HB-MIDT-R01": "Rådgiver boligsosialt utviklingsprogram (Granmo, Brattøy)",
    "HB-MIDT-R02": "Rådgiver startlån og bostøtte",
    "HB-MIDT-R03": "Rådgiver boligsosialt utviklingsprogram (Havvik, Lysdal)",
    "HB-MIDT-R04": "Rådgiver tilskudd til utleieboliger",
}
for k, v in ADV.items():
    U(k, v, "Husbanken", 5, "", REG, "HB-MIDT")

MUNIS = [
    # prefix, name, style, programme, population, kommunale boliger, adviser
    ("GRA", "Granmo", "integrated", "yes", 24810, 418, "HB-MIDT-R01"),
    ("BRA", "Brattøy", "typical", "yes", 11290, 174, "HB-MIDT-R01"),
    ("HAV", "Havvik", "typical", "yes", 18620, 287, "HB-MIDT-R03"),
    ("LYS", "Lysdal", "typical", "yes", 6940, 96, "HB-MIDT-R03"),
    ("MYR", "Myrstad", "silo", "no", 15230, 231, None),
    ("STO", "Storsand", "small", "no", 3320, 41, None),
]

PLANT_WEEK = (d("2010-10-11"), d("2010-10-29"))  # Lysdal: R03 and R04 apart
TURNOVER = (d("2010-12-17"), d("2011-02-01"))    # Havvik: V1 leaves, V3 starts


def forbid_planted(units, day):
    s = set(units)
    if {"HB-MIDT-R03", "HB-MIDT-R04"} <= s and PLANT_WEEK[0] <= day <= PLANT_WEEK[1]:
        return "advisers unaware of each other"
    if "LYS-BOL" in s and s & {"HB-MIDT-R03", "HB-MIDT-R04"} and d("2010-10-04") <= day <= d("2010-11-05"):
        return "planted week"
    if "HAV-NAV-V1" in s and day > TURNOVER[0]:
        return "has left"
    if "HAV-NAV-V3" in s and day < TURNOVER[1]:
        return "not yet started"
    if "IMDI" in s:
        return "IMDi meets each refugee service once a year"
    if "MYR-RAD" in s and s & {"HB-MIDT", "HB-MIDT-R01", "HB-MIDT-R02", "HB-MIDT-R03", "HB-MIDT-R04"}:
        return "Myrstad's leadership has no line to Husbanken"


w.forbid(forbid_planted)


def team(members, first):
    for day in w.series(first, 14):
        ms = [m for m in members
              if not (m == "HAV-NAV-V1" and day > TURNOVER[0]) and not (m == "HAV-NAV-V3" and day < TURNOVER[1])]
        w.meeting("%s-TEAM-%s" % (members[0], day.isoformat()), ms, day, "08:30", formal="no")


def inside(members, lead_every=14, staff_every=10):
    """Flexible ties inside a unit: leader and staff, staff and staff."""
    global R
    lead, staff = members[0], members[1:]
    for s in staff:
        R += rel(lead, s, lead_every, [("phone", 2), ("email", 2), ("informal", 2), ("case", 1)])
    for i, a in enumerate(staff):
        for b in staff[i + 1:]:
            R += rel(a, b, staff_every, [("informal", 3), ("phone", 1), ("email", 1)])


def rel(a, b, every, kinds, **kw):
    start, end = kw.pop("start", None), kw.pop("end", None)
    for u in (a, b):
        if u == "HAV-NAV-V1":
            end = TURNOVER[0]
        if u == "HAV-NAV-V3":
            start = TURNOVER[1]
    return w.relation(a, b, every, kinds, start=start, end=end, **kw)


P2 = [("phone", 3), ("email", 2), ("informal", 1)]
MEET = [("meeting", 2), ("phone", 2), ("email", 1)]
offset = 0
for P, name, style, prog, pop, boliger, adviser in MUNIS:
    offset += 1
    u = lambda suffix, label, agency, level, parent="": U(P + "-" + suffix, label, agency, level, name, "", parent)  # noqa: E731
    small = style == "small"
    u("RAD", "Rådmannen i " + name, "administrasjon", 3)
    if small:
        u("KSJ", "Kommunalsjef", "administrasjon", 3, P + "-RAD")
        khv = kte = P + "-KSJ"
    else:
        u("KHV", "Kommunalsjef helse og velferd", "administrasjon", 3, P + "-RAD")
        u("KTE", "Kommunalsjef teknisk", "administrasjon", 3, P + "-RAD")
        khv, kte = P + "-KHV", P + "-KTE"
    u("NAV", "NAV " + name, "NAV-kontoret", 4)
    nav_staff = [P + "-NAV-V1"]
    if P == "HAV":
        u("NAV-V1", "NAV-veileder bolig (Kristin Aune, sluttet desember 2010)", "NAV-kontoret", 5, P + "-NAV")
        u("NAV-V3", "NAV-veileder bolig (Jonas Vik, fra februar 2011)", "NAV-kontoret", 5, P + "-NAV")
        nav_staff.append(P + "-NAV-V3")
    else:
        u("NAV-V1", "NAV-veileder bolig og oppfølging", "NAV-kontoret", 5, P + "-NAV")
    if small:
        u("NAV-V2", "Boligsosial konsulent i NAV (startlån og bostøtte)", "NAV-kontoret", 5, P + "-NAV")
    else:
        u("NAV-V2", "NAV-veileder økonomi og gjeld", "NAV-kontoret", 5, P + "-NAV")
    nav_staff.append(P + "-NAV-V2")
    if P == "GRA":
        u("NAV-V4", "NAV-veileder kvalifiseringsprogrammet", "NAV-kontoret", 5, P + "-NAV")
        nav_staff.append(P + "-NAV-V4")
    u("EIE", "Eiendomsavdelingen" if not small else "Teknisk drift og eiendom", "eiendomsavdelingen", 4, kte)
    u("EIE-FV", "Boligforvalter" if not small else "Vaktmester", "eiendomsavdelingen", 5, P + "-EIE")
    u("HO", "Helse og omsorg", "helse og omsorg", 4, khv)
    u("HO-HJT", "Hjemmetjenesten", "helse og omsorg", 5, P + "-HO")
    teams = [(P + "-NAV", nav_staff), (P + "-EIE", [P + "-EIE-FV"]), (P + "-HO", [P + "-HO-HJT"])]
    if not small:
        u("RUS", "Rus- og psykiatritjenesten", "rus og psykiatri", 4, khv)
        u("RUS-BO", "Booppfølger", "rus og psykiatri", 5, P + "-RUS")
        u("FLY", "Flyktningtjenesten", "flyktningtjenesten", 4, khv)
        u("FLY-K1", "Flyktningkonsulent", "flyktningtjenesten", 5, P + "-FLY")
        u("BOL", "Boligkontoret", "boligkontoret", 4, kte)
        u("BOL-S1", "Saksbehandler startlån og bostøtte", "boligkontoret", 5, P + "-BOL")
        bol_staff = [P + "-BOL-S1"]
        if pop > 10000:
            u("BOL-S2", "Saksbehandler kommunale utleieboliger", "boligkontoret", 5, P + "-BOL")
            bol_staff.append(P + "-BOL-S2")
        if P == "GRA":
            u("BOL-BK", "Boligkonsulent oppfølging i bolig", "boligkontoret", 5, P + "-BOL")
            bol_staff.append(P + "-BOL-BK")
        teams += [(P + "-RUS", [P + "-RUS-BO"]), (P + "-FLY", [P + "-FLY-K1"]), (P + "-BOL", bol_staff)]
    if P == "GRA":
        u("MHF", "Mental Helse Granmo", "brukerorganisasjon", 6)
    if P == "HAV":
        u("RIO", "RIO Havvik (rusmisbrukernes interesseorganisasjon)", "brukerorganisasjon", 6)
    if P == "BRA":
        u("LBF", "Leieboerforeningen i Brattøy", "brukerorganisasjon", 6)

    # Leadership, vertical lines and the inside of each unit.
    lead = [P + "-RAD", khv] + ([kte] if kte != khv else [])
    for day in w.series(d("2010-01-04") + samgen.dt.timedelta(days=offset % 5), 14):
        w.meeting("%s-LEDERGRUPPE-%s" % (P, day.isoformat()), lead, day, "09:00")
    for k, (unit, staff) in enumerate(teams):
        # Every second week, on a weekday of its own.
        team([unit] + staff, d("2010-01-04") + samgen.dt.timedelta(days=(offset + k) % 5 + 7 * (k % 2)))
        inside([unit] + staff)
    for unit, _ in teams:
        parent = w.units[unit].parent
        if parent:
            R += rel(unit, parent, 21, [("meeting", 2), ("phone", 1), ("email", 2)])
    R += rel(P + "-NAV", P + "-RAD", 60, [("meeting", 1)], initiative=0.4)

    if style == "integrated":
        for day in w.monthly(1, 1, d("2010-01-01")):
            w.meeting("%s-FORUM-%s" % (P, day.strftime("%Y-%m")),
                      [P + "-BOL", P + "-NAV", P + "-EIE", P + "-HO", P + "-RUS", P + "-FLY", P + "-MHF", khv],
                      day, "12:00")
        for day in w.series(d("2010-01-07"), 7):
            w.meeting("%s-TILDELING-%s" % (P, day.isoformat()), [P + "-BOL", P + "-EIE", P + "-HO", P + "-NAV"],
                      day, "13:00")
        for a, b, every in (("NAV", "BOL", 14), ("NAV", "FLY", 21), ("FLY", "BOL", 14), ("HO", "RUS", 10),
                            ("EIE", "BOL", 7), ("RUS", "BOL", 30), ("FLY", "HO", 45), ("NAV", "RUS", 30)):
            R += rel(P + "-" + a, P + "-" + b, every, MEET)
        for a, b, every in (("NAV-V1", "BOL-S2", 7), ("NAV-V2", "BOL-S1", 14), ("FLY-K1", "BOL-S2", 14),
                            ("FLY-K1", "NAV-V1", 21), ("RUS-BO", "EIE-FV", 14), ("HO-HJT", "RUS-BO", 10),
                            ("BOL-BK", "RUS-BO", 14), ("NAV-V4", "RUS-BO", 21), ("MHF", "RUS", 30),
                            ("MHF", "BOL-BK", 45)):
            R += rel(P + "-" + a, P + "-" + b, every, P2 + [("case", 1)])
    elif style == "typical":
        for day in w.monthly(2, 2, d("2010-01-01"), skip_months={(y, m) for y in (2010, 2011) for m in (2, 3, 5, 6, 8, 9, 11, 12)}):
            w.meeting("%s-FORUM-%s" % (P, day.strftime("%Y-%m")), [P + "-BOL", P + "-NAV", P + "-EIE", P + "-HO", khv],
                      day, "12:00")
        for a, b, every in (("NAV", "BOL", 14), ("EIE", "BOL", 14), ("HO", "RUS", 21), ("FLY", "BOL", 30),
                            ("NAV", "RUS", 45), ("NAV", "FLY", 60), ("RUS", "EIE", 60)):
            R += rel(P + "-" + a, P + "-" + b, every, MEET)
        for a, b, every in (("NAV-V1", "BOL-S1", 14), ("HO-HJT", "RUS-BO", 21), ("FLY-K1", "BOL-S1", 30),
                            ("RUS-BO", "EIE-FV", 30), ("NAV-V1", "RUS-BO", 45)):
            R += rel(P + "-" + a, P + "-" + b, every, P2 + [("case", 1)])
        if P == "HAV":
            # The successor picks up the ties inside NAV and to boligkontoret only.
            R += rel("HAV-NAV-V3", "HAV-BOL-S1", 14, P2 + [("case", 1)])
            R += rel("HAV-RIO", "HAV-RUS", 30, [("meeting", 1), ("informal", 2)])
        if P == "BRA":
            R += rel("BRA-LBF", "BRA-BOL", 45, [("meeting", 1), ("email", 2)])
    elif style == "silo":
        # Each service reports upwards; one case worker bridges NAV and bolig.
        R += rel(P + "-NAV-V1", P + "-BOL-S1", 21, P2 + [("case", 1)])
        R += rel(P + "-HO", P + "-RUS", 30, MEET)
    else:  # small: everyone meets in the monthly ledermøte; NAV does housing
        for day in w.monthly(3, 1, d("2010-01-01")):
            w.meeting("%s-LEDERMØTE-%s" % (P, day.strftime("%Y-%m")),
                      [P + "-RAD", khv, P + "-NAV", P + "-EIE", P + "-HO"], day, "09:00")
        for a, b, every in (("NAV", "EIE", 14), ("NAV", "HO", 21), ("EIE", "HO", 30),
                            ("NAV-V2", "EIE-FV", 14), ("NAV-V1", "HO-HJT", 21)):
            R += rel(P + "-" + a, P + "-" + b, every, P2 + [("meeting", 1)])

    # Husbanken.
    if adviser:
        R += rel(adviser, P + "-BOL", 21 if style == "integrated" else 30,
                 [("visit", 2), ("phone", 2), ("email", 2)], initiative=0.7)
        R += rel(adviser, khv, 45, [("meeting", 1), ("phone", 1), ("email", 2)], initiative=0.6)
        R += rel(adviser, kte, 60, [("phone", 1), ("email", 2)], initiative=0.6)
        w.contact("HB-MIDT", P + "-RAD", d("2010-05-04") + samgen.dt.timedelta(days=2 * offset), "meeting", "yes", 2, "10:00")
        w.contact(P + "-RAD", "HB-MIDT", d("2010-09-21") + samgen.dt.timedelta(days=offset), "agreement", "yes", 1, "14:00")
        w.contact("HB-MIDT", P + "-RAD", d("2011-05-03") + samgen.dt.timedelta(days=2 * offset), "meeting", "yes", 2, "10:00")
    if style == "small":
        R += rel("HB-MIDT-R02", P + "-NAV-V2", 45, [("phone", 2), ("email", 2)], initiative=0.3)
        w.contact("HB-MIDT", P + "-RAD", d("2010-10-12"), "meeting", "yes", 1.5, "12:00")
        w.contact("HB-MIDT", P + "-RAD", d("2011-04-26"), "meeting", "yes", 1.5, "12:00")
    else:
        R += rel("HB-MIDT-R02", P + "-BOL-S1", 21 if prog == "yes" else 60, [("phone", 3), ("email", 3), ("case", 1)],
                 initiative=0.3)
        R += rel("HB-MIDT-R04", P + "-EIE", 45 if prog == "yes" else 120, [("visit", 1), ("phone", 2), ("email", 2)])
        # IMDi: the yearly settlement meeting, a fortnight apart per municipality.
        for y in (2010, 2011):
            day = d("%d-02-02" % y) + samgen.dt.timedelta(days=14 * (offset - 1))
            while not w.workday(day):
                day += samgen.dt.timedelta(days=1)
            w.contact("IMDI", P + "-FLY", day, "meeting", "yes", 2, "10:00")

# Husbanken Midt-Norge inside: a weekly office meeting (R04 travels in the
# planted weeks of October 2010) and day-to-day contact.
for day in w.series(d("2010-01-04"), 7):
    ms = ["HB-MIDT"] + [a for a in ADV if not (a == "HB-MIDT-R04" and PLANT_WEEK[0] <= day <= PLANT_WEEK[1])]
    w.meeting("HB-MIDT-UKEMØTE-" + day.isoformat(), ms, day, "09:00")
inside(["HB-MIDT"] + list(ADV), lead_every=14, staff_every=14)
R += rel("HB", "HB-MIDT", 30, [("meeting", 1), ("phone", 2), ("email", 2)])

# Cross-municipal: the programme municipalities' network, neighbours.
for day in w.monthly(3, 3, d("2010-01-01"), skip_months={(y, m) for y in (2010, 2011) for m in (1, 2, 4, 5, 7, 8, 10, 11)}):
    w.meeting("NETTVERK-" + day.strftime("%Y-%m"),
              ["GRA-BOL", "BRA-BOL", "HAV-BOL", "LYS-BOL", "HB-MIDT-R01", "HB-MIDT-R03"], day, "10:00")
for s in ("2010-04-20", "2011-04-12"):
    w.meeting("KONFERANSE-" + s[:4],
              ["HB-MIDT"] + list(ADV) + ["GRA-KHV", "GRA-BOL", "GRA-NAV", "GRA-FLY", "GRA-HO", "BRA-KHV", "BRA-BOL",
                                         "HAV-KHV", "HAV-BOL", "LYS-KHV", "LYS-BOL", "MYR-BOL", "STO-NAV-V2"],
              d(s), "09:00", kind="seminar")
R += rel("GRA-NAV", "BRA-NAV", 45, [("phone", 2), ("email", 1)])
R += rel("GRA-EIE", "BRA-EIE", 90, [("meeting", 1), ("email", 1)])
R += rel("MYR-FLY", "STO-NAV", 30, [("meeting", 1), ("phone", 2), ("email", 1)])
R += rel("MYR-FLY-K1", "STO-NAV-V1", 21, [("phone", 2), ("case", 1)])
R += rel("HAV-RUS", "LYS-RUS", 60, [("meeting", 1), ("phone", 1)])

# Planted: R03 visits Lysdal's boligkontor, R04 calls it two days later.
w.contact("HB-MIDT-R03", "LYS-BOL", d("2010-10-19"), "visit", "yes", 2, "10:00")
w.contact("HB-MIDT-R04", "LYS-BOL", d("2010-10-21"), "phone", "", 1)

w.place(R)
nc, nm = w.write(HERE)
samgen.write_rows(os.path.join(HERE, "municipalities.csv"),
                  ["municipality", "region", "programme", "population", "kommunale_boliger"],
                  [[name, REG, prog, pop, bol] for _, name, _, prog, pop, bol, _ in MUNIS])
print("region: %d units, %d contacts, %d meeting rows; %d shifted, %d dropped"
      % (len(w.units), nc, nm, w.shifted, w.dropped))

# --- audit --------------------------------------------------------------------

ok = True
par = w.parallel_findings()
want = [("HB-MIDT-R03", "HB-MIDT-R04", "LYS-BOL", d("2010-10-19"), d("2010-10-21"))]
print("parallel:", *par, sep="\n  ")
if par != want:
    ok = False
fad = w.fading_findings()
print("fading:", *fad, sep="\n  ")
if {x for a, b, *_ in fad for x in (a, b)} - {"HAV-NAV-V1"} != {b if a == "HAV-NAV-V1" else a for a, b, *_ in fad}:
    ok = False
if not all("HAV-NAV-V1" in (a, b) for a, b, *_ in fad):
    ok = False
if not ok:
    print("audit failed")
    sys.exit(1)
