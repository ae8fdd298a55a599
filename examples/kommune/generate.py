#!/usr/bin/python3
"""Generate examples/kommune: Fjordvik, a fictional Norwegian municipality.

    /usr/bin/python3 examples/kommune/generate.py

Stdlib only and deterministic (fixed seed): running it again gives the same
bytes. Writes units.csv, contacts.csv, meetings.csv, municipalities.csv and
expected.csv next to this script, then audits the result and exits 1 unless
exactly the planted findings are present (see README.md).
"""

import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep examples/gen free of __pycache__
sys.path.insert(0, os.path.join(HERE, "..", "gen"))

import samgen  # noqa: E402
from samgen import d  # noqa: E402

SEED = 20110630
M = "Fjordvik"

w = samgen.World(d("2010-01-04"), d("2011-06-30"), SEED,
                 summer=[(d("2010-07-05"), d("2010-08-06"))])

# --- units ------------------------------------------------------------------

U = w.unit
U("HB", "Husbanken hovedkontor", "Husbanken", 1)
U("IMDI", "Integrerings- og mangfoldsdirektoratet (IMDi)", "IMDi", 1)
U("HB-MIDT", "Husbanken region Midt-Norge", "Husbanken", 2, "", "midt-norge", "HB")
U("HB-MIDT-R01", "Rådgiver boligsosialt utviklingsprogram (Ingrid Løvås)", "Husbanken", 5, "", "midt-norge", "HB-MIDT")
U("HB-MIDT-R02", "Rådgiver startlån og bostøtte (Øystein Bjørgen)", "Husbanken", 5, "", "midt-norge", "HB-MIDT")

U("FJV-RAD", "Rådmannen i Fjordvik", "administrasjon", 3, M)
U("FJV-KHO", "Kommunalsjef helse og omsorg", "administrasjon", 3, M, "", "FJV-RAD")
U("FJV-KOK", "Kommunalsjef oppvekst og kultur", "administrasjon", 3, M, "", "FJV-RAD")
U("FJV-KSU", "Kommunalsjef samfunnsutvikling", "administrasjon", 3, M, "", "FJV-RAD")

# NAV-kontoret is a partnership between the state (NAV) and the municipality:
# it has no single parent in the municipal line.
U("FJV-NAV", "NAV Fjordvik", "NAV-kontoret", 4, M)
U("FJV-NAV-V1", "NAV-veileder bolig og oppfølging (Siri Ødegård)", "NAV-kontoret", 5, M, "", "FJV-NAV")
U("FJV-NAV-V2", "NAV-veileder økonomi og gjeld (Håkon Brå)", "NAV-kontoret", 5, M, "", "FJV-NAV")
U("FJV-NAV-V3", "NAV-veileder kvalifiseringsprogrammet", "NAV-kontoret", 5, M, "", "FJV-NAV")

U("FJV-EIE", "Eiendomsavdelingen", "eiendomsavdelingen", 4, M, "", "FJV-KSU")
U("FJV-EIE-FV", "Boligforvalter kommunale boliger", "eiendomsavdelingen", 5, M, "", "FJV-EIE")
U("FJV-EIE-VM", "Vaktmester kommunale boliger (Bjørn Æsøy)", "eiendomsavdelingen", 5, M, "", "FJV-EIE")
U("FJV-EIE-PR", "Prosjektleder nye utleieboliger", "eiendomsavdelingen", 5, M, "", "FJV-EIE")

U("FJV-BOL", "Boligkontoret", "boligkontoret", 4, M, "", "FJV-KSU")
U("FJV-BOL-S1", "Saksbehandler startlån og bostøtte", "boligkontoret", 5, M, "", "FJV-BOL")
U("FJV-BOL-S2", "Saksbehandler kommunale utleieboliger", "boligkontoret", 5, M, "", "FJV-BOL")

U("FJV-HO", "Helse og omsorg", "helse og omsorg", 4, M, "", "FJV-KHO")
U("FJV-HO-HJT", "Hjemmetjenesten sone sør", "helse og omsorg", 5, M, "", "FJV-HO")
U("FJV-HO-TK", "Tjenestekontoret (tildeling av helse- og omsorgstjenester)", "helse og omsorg", 5, M, "", "FJV-HO")

U("FJV-RUS", "Rus- og psykiatritjenesten", "rus og psykiatri", 4, M, "", "FJV-KHO")
U("FJV-RUS-BO1", "Booppfølger (Trond Sætre)", "rus og psykiatri", 5, M, "", "FJV-RUS")
U("FJV-RUS-BO2", "Booppfølger (Åse Lien)", "rus og psykiatri", 5, M, "", "FJV-RUS")
U("FJV-RUS-KT", "Ruskonsulent", "rus og psykiatri", 5, M, "", "FJV-RUS")

U("FJV-FLY", "Flyktningtjenesten", "flyktningtjenesten", 4, M, "", "FJV-KOK")
U("FJV-FLY-K1", "Flyktningkonsulent bosetting", "flyktningtjenesten", 5, M, "", "FJV-FLY")
U("FJV-FLY-K2", "Flyktningkonsulent introduksjonsprogrammet", "flyktningtjenesten", 5, M, "", "FJV-FLY")

U("FJV-MHF", "Mental Helse Fjordvik", "brukerorganisasjon", 6, M)

NAV = {"FJV-NAV", "FJV-NAV-V1", "FJV-NAV-V2", "FJV-NAV-V3"}
FLY = {"FJV-FLY", "FJV-FLY-K1", "FJV-FLY-K2"}
LEAD = {"FJV-RAD", "FJV-KHO", "FJV-KOK", "FJV-KSU"}


# --- what must stay absent (the planted gaps) --------------------------------

def no_nav_fly(units, day):  # (a) horizontal gap
    s = set(units)
    if s & NAV and s & FLY:
        return "NAV and flyktningtjenesten never meet"


def no_rus_leadership(units, day):  # (c) vertical gap
    s = set(units)
    if "FJV-RUS" in s and s & LEAD:
        return "rus og psykiatri has no line to its leadership"


def fly_eie_fades(units, day):  # (e) fading tie
    if {"FJV-FLY", "FJV-EIE"} <= set(units) and day > d("2011-02-09"):
        return "flyktningtjenesten and eiendom stopped meeting"


def advisers_apart(units, day):  # (d) the two advisers do not talk that fortnight
    if {"HB-MIDT-R01", "HB-MIDT-R02"} <= set(units) and d("2011-02-28") <= day <= d("2011-03-18"):
        return "advisers unaware of each other"


def fly_bol_weak(units, day):  # (b) below min_weight: only the fixed contacts
    if {"FJV-FLY", "FJV-BOL"} <= set(units):
        return "flyktningtjenesten and boligkontoret meet rarely"


def yearly_only(units, day):  # near miss: IMDi and the refugee service meet once a year
    if "IMDI" in units:
        return "IMDi has only the yearly settlement meeting"


def planted_week(units, day):  # keep the planted week clean of other BOL contacts by the advisers
    s = set(units)
    if "FJV-BOL" in s and s & {"HB-MIDT-R01", "HB-MIDT-R02"} and d("2011-02-24") <= day <= d("2011-03-24"):
        return "planted week"


for fn in (no_nav_fly, no_rus_leadership, fly_eie_fades, advisers_apart, fly_bol_weak, yearly_only, planted_week):
    w.forbid(fn)

# --- fixed series (meetings.csv and regular bilateral meetings) --------------

# Rådmannens ledergruppe: every Monday.
for day in w.series(d("2010-01-11"), 7):
    w.meeting("LEDERGRUPPE-" + day.isoformat(), ["FJV-RAD", "FJV-KHO", "FJV-KOK", "FJV-KSU"], day, "09:00")

# Tildelingsmøte for kommunale boliger: every Thursday, up to the last day of
# the data (near miss: regular right up to the end).
for day in w.series(d("2010-01-07"), 7):
    w.meeting("TILDELING-" + day.isoformat(), ["FJV-BOL", "FJV-EIE", "FJV-HO"], day, "13:00")

# Boligsosialt forum: first Tuesday of the month, with the user organisation;
# flyktningtjenesten is not invited.
for day in w.monthly(1, 1, d("2010-02-01")):
    w.meeting("FORUM-" + day.strftime("%Y-%m"),
              ["FJV-BOL", "FJV-NAV", "FJV-EIE", "FJV-HO", "FJV-RUS", "FJV-MHF"], day, "12:00")

# Styringsgruppe for boligsosialt arbeid: quarterly, formal, with a user
# representative.
for s in ("2010-02-23", "2010-05-25", "2010-09-14", "2010-11-30", "2011-02-22", "2011-05-31"):
    w.meeting("STYRINGSGRUPPE-" + s,
              ["FJV-RAD", "FJV-KHO", "FJV-KSU", "FJV-NAV", "FJV-BOL", "FJV-EIE", "FJV-HO", "FJV-MHF"],
              d(s), "14:00", formal="yes")

# Avdelingsledermøte samfunnsutvikling: every second Wednesday.
for day in w.series(d("2010-01-06"), 14):
    w.meeting("SAMFUNN-" + day.isoformat(), ["FJV-KSU", "FJV-EIE", "FJV-BOL"], day, "08:30")

# Team meetings inside each unit, every second week.
TEAMS = [
    ("NAV", d("2010-01-05"), ["FJV-NAV", "FJV-NAV-V1", "FJV-NAV-V2", "FJV-NAV-V3"]),
    ("EIE", d("2010-01-11"), ["FJV-EIE", "FJV-EIE-FV", "FJV-EIE-VM", "FJV-EIE-PR"]),
    ("BOL", d("2010-01-08"), ["FJV-BOL", "FJV-BOL-S1", "FJV-BOL-S2"]),
    ("HO", d("2010-01-13"), ["FJV-HO", "FJV-HO-HJT", "FJV-HO-TK"]),
    ("RUS", d("2010-01-07"), ["FJV-RUS", "FJV-RUS-BO1", "FJV-RUS-BO2", "FJV-RUS-KT"]),
    ("FLY", d("2010-01-12"), ["FJV-FLY", "FJV-FLY-K1", "FJV-FLY-K2"]),
]
for name, first, members in TEAMS:
    for day in w.series(first, 14):
        w.meeting("TEAM-%s-%s" % (name, day.isoformat()), members, day, "08:30", formal="no")

# Husbanken Midt-Norge: section meeting on the first Monday of the month
# (March 2011 moved to the 21st).
for day in w.monthly(0, 1, d("2010-01-01")):
    if day.strftime("%Y-%m") == "2011-03":
        day = d("2011-03-21")
    w.meeting("HB-MIDT-SEKSJON-" + day.strftime("%Y-%m"), ["HB-MIDT", "HB-MIDT-R01", "HB-MIDT-R02"], day, "10:00")

# Boligsosial konferanse Midt-Norge: yearly seminar.
for s in ("2010-04-20", "2011-04-12"):
    w.meeting("KONFERANSE-" + s[:4],
              ["HB-MIDT", "HB-MIDT-R01", "HB-MIDT-R02", "FJV-KHO", "FJV-KSU", "FJV-BOL", "FJV-NAV", "FJV-HO"],
              d(s), "09:00", kind="seminar")

# Near miss N1: NAV and boligkontoret meet every second Tuesday throughout.
for day in w.series(d("2010-01-12"), 14):
    w.contact("FJV-NAV", "FJV-BOL", day, "meeting", "", 1.5, "09:00")

# Planted (e): flyktningtjenesten and eiendom met every second Wednesday until
# 09.02.2011, then never again.
for day in w.series(d("2010-01-13"), 14, last=d("2011-02-09")):
    w.contact("FJV-FLY", "FJV-EIE", day, "meeting", "", 1, "10:00")

# Kommunalsjef helse og omsorg follows up helse og omsorg every second Friday
# (but never rus og psykiatri: planted (c)).
for day in w.series(d("2010-01-15"), 14):
    w.contact("FJV-KHO", "FJV-HO", day, "meeting", "", 1, "10:00")

# Kommunalsjef oppvekst og kultur and flyktningtjenesten: monthly.
for day in w.monthly(3, 2, d("2010-01-01")):
    w.contact("FJV-KOK", "FJV-FLY", day, "meeting", "yes", 1, "13:00")

# Near miss (yearly tie): IMDi's settlement meeting with flyktningtjenesten.
w.contact("IMDI", "FJV-FLY", d("2010-02-10"), "meeting", "yes", 2, "10:00")
w.contact("IMDI", "FJV-FLY", d("2011-02-09"), "meeting", "yes", 2, "10:00")

# Husbanken Midt-Norge and the rådmann: dialogue meetings and the
# partnership agreement.
w.contact("HB-MIDT", "FJV-RAD", d("2010-05-04"), "meeting", "yes", 2, "10:00")
w.contact("FJV-RAD", "HB-MIDT", d("2010-09-21"), "agreement", "yes", 1, "14:00")
w.contact("HB-MIDT", "FJV-RAD", d("2011-05-03"), "meeting", "yes", 2, "10:00")

# Planted (b): the action plan wants a monthly meeting between
# flyktningtjenesten and boligkontoret; there were four contacts.
w.contact("FJV-FLY", "FJV-BOL", d("2010-02-17"), "meeting", "yes", 1.5, "13:00")
w.contact("FJV-BOL", "FJV-FLY", d("2010-06-09"), "phone", "", 1)
w.contact("FJV-FLY", "FJV-BOL", d("2010-10-06"), "meeting", "", 1.5, "13:00")
w.contact("FJV-FLY", "FJV-BOL", d("2011-03-16"), "email", "", 1)

# Planted (d): both Husbanken advisers visit boligkontoret in the same week
# without knowing of each other.
w.contact("HB-MIDT-R01", "FJV-BOL", d("2011-03-08"), "visit", "yes", 2, "10:00")
w.contact("HB-MIDT-R02", "FJV-BOL", d("2011-03-10"), "visit", "", 2, "13:00")

# Near miss N2a: two NAV advisers contact the same case worker in one week,
# and talk to each other in between.
w.contact("FJV-NAV-V1", "FJV-BOL-S1", d("2011-05-03"), "phone", "", 1)
w.contact("FJV-NAV-V1", "FJV-NAV-V2", d("2011-05-04"), "informal", "no", 1)
w.contact("FJV-NAV-V2", "FJV-BOL-S1", d("2011-05-05"), "case", "", 1)

# Near miss N2b: the two Husbanken advisers both contact eiendom in one week
# and call each other in between.
w.contact("HB-MIDT-R01", "FJV-EIE", d("2010-11-09"), "visit", "yes", 2, "10:00")
w.contact("HB-MIDT-R01", "HB-MIDT-R02", d("2010-11-10"), "phone", "", 1)
w.contact("HB-MIDT-R02", "FJV-EIE", d("2010-11-11"), "phone", "", 1)

# --- flexible ties: drawn with a rhythm and shifted to avoid accidents ------

R = []
P = [("phone", 3), ("email", 2), ("informal", 1)]
R += w.relation("HB", "HB-MIDT", 30, [("meeting", 1), ("phone", 2), ("email", 2)], initiative=0.5)
R += w.relation("HB-MIDT-R01", "FJV-BOL", 30, [("visit", 2), ("phone", 2), ("email", 2)], initiative=0.7)
R += w.relation("HB-MIDT-R01", "FJV-KSU", 45, [("meeting", 2), ("phone", 1), ("email", 2)], initiative=0.6)
R += w.relation("HB-MIDT-R01", "FJV-KHO", 90, [("phone", 1), ("email", 2)], initiative=0.6)
R += w.relation("HB-MIDT-R01", "FJV-EIE-PR", 60, [("visit", 1), ("phone", 2), ("email", 2)], initiative=0.4)
R += w.relation("HB-MIDT-R02", "FJV-BOL-S1", 21, [("phone", 3), ("email", 3), ("case", 1)], initiative=0.3)
R += w.relation("HB-MIDT-R02", "FJV-NAV-V2", 45, [("phone", 2), ("email", 2)], initiative=0.4)
R += w.relation("HB-MIDT-R02", "FJV-FLY-K1", 75, [("phone", 1), ("email", 2), ("visit", 1)], initiative=0.5)
R += w.relation("FJV-NAV", "FJV-RUS", 30, [("meeting", 2), ("phone", 2), ("email", 1)])
R += w.relation("FJV-NAV", "FJV-HO", 60, [("phone", 1), ("email", 2)])
R += w.relation("FJV-NAV", "FJV-RAD", 90, [("meeting", 1)], initiative=0.3)
R += w.relation("FJV-NAV", "FJV-EIE", 75, [("email", 2), ("phone", 1)])
R += w.relation("FJV-HO", "FJV-RUS", 14, [("meeting", 2), ("phone", 2), ("informal", 1)])
R += w.relation("FJV-BOL", "FJV-EIE", 10, P + [("case", 1)])
R += w.relation("FJV-BOL", "FJV-HO", 30, [("phone", 2), ("email", 2)])
R += w.relation("FJV-BOL", "FJV-RUS", 60, [("phone", 1), ("email", 1)])
R += w.relation("FJV-RUS", "FJV-MHF", 45, [("meeting", 2), ("informal", 1)], initiative=0.6)
R += w.relation("FJV-BOL", "FJV-MHF", 90, [("email", 1), ("phone", 1)])
R += w.relation("FJV-FLY", "FJV-HO", 60, [("phone", 1), ("email", 2)])
R += w.relation("FJV-FLY", "FJV-RUS", 60, [("phone", 1), ("meeting", 1)])
R += w.relation("FJV-KSU", "FJV-RAD", 30, [("phone", 1), ("informal", 1)])
# Frontline.
R += w.relation("FJV-NAV-V1", "FJV-BOL-S2", 10, [("case", 3), ("phone", 2), ("email", 2)], initiative=0.7)
R += w.relation("FJV-NAV-V2", "FJV-BOL-S1", 21, [("phone", 2), ("email", 2), ("case", 1)], initiative=0.6)
R += w.relation("FJV-NAV-V3", "FJV-RUS-KT", 14, [("phone", 2), ("meeting", 1), ("informal", 1)])
R += w.relation("FJV-NAV-V1", "FJV-RUS-BO1", 30, [("phone", 2), ("email", 1)])
R += w.relation("FJV-EIE-FV", "FJV-BOL-S2", 7, [("phone", 3), ("email", 3), ("case", 1)])
R += w.relation("FJV-EIE-VM", "FJV-RUS-BO1", 14, [("informal", 3), ("phone", 2)])
R += w.relation("FJV-EIE-VM", "FJV-HO-HJT", 30, [("informal", 2), ("phone", 1)])
R += w.relation("FJV-EIE-PR", "FJV-BOL", 45, [("meeting", 1), ("email", 2)])
R += w.relation("FJV-HO-HJT", "FJV-RUS-BO2", 10, [("phone", 3), ("informal", 2), ("meeting", 1)])
R += w.relation("FJV-HO-TK", "FJV-BOL-S2", 21, [("case", 2), ("email", 2)])
R += w.relation("FJV-RUS-KT", "FJV-MHF", 30, [("informal", 2), ("phone", 1)])
R += w.relation("FJV-FLY-K1", "FJV-BOL-S2", 14, [("case", 2), ("phone", 2), ("email", 1)], initiative=0.7)
R += w.relation("FJV-FLY-K2", "FJV-HO-TK", 45, [("email", 2), ("phone", 1)])
R += w.relation("FJV-FLY-K2", "FJV-MHF", 90, [("informal", 2), ("meeting", 1)])
# Inside units: leader and staff, staff and staff.
for name, first, members in TEAMS + [("HB", None, ["HB-MIDT", "HB-MIDT-R01", "HB-MIDT-R02"])]:
    lead, staff = members[0], members[1:]
    for s in staff:
        R += w.relation(lead, s, 14, [("phone", 2), ("email", 2), ("informal", 2), ("case", 1)])
    for i, a in enumerate(staff):
        for b in staff[i + 1:]:
            R += w.relation(a, b, 9, [("informal", 3), ("phone", 1), ("email", 1)])
w.place(R)

nc, nm = w.write(HERE)

samgen.write_rows(os.path.join(HERE, "municipalities.csv"),
                  ["municipality", "region", "programme", "population", "kommunale_boliger"],
                  [[M, "midt-norge", "yes", 14870, 236]])

# Drawn from "Boligsosial handlingsplan for Fjordvik 2010–2013" (fictional).
samgen.write_rows(os.path.join(HERE, "expected.csv"), ["a", "b", "min_weight", "scope"], [
    ["agency:nav", "agency:bolig", 12, M],
    ["agency:nav", "agency:flyktning", 4, M],
    ["agency:nav", "agency:rus", 6, M],
    ["agency:eiendom", "agency:bolig", 12, M],
    ["agency:flyktning", "agency:eiendom", 6, M],
    ["agency:helse", "agency:rus", 6, M],
    ["agency:rus", "agency:eiendom", 4, M],
    ["agency:bolig", "agency:brukerorganisasjon", 2, M],
    ["FJV-FLY", "FJV-BOL", 12, M],
    ["FJV-RUS", "FJV-KHO", 4, M],
    ["FJV-RAD", "HB-MIDT", 2, ""],
    ["FJV-BOL", "agency:husbanken", 6, ""],
])

print("kommune: %d units, %d contacts, %d meeting rows; %d shifted, %d dropped"
      % (len(w.units), nc, nm, w.shifted, w.dropped))

# --- audit --------------------------------------------------------------------

ok = True
par = w.parallel_findings()
want_par = [("HB-MIDT-R01", "HB-MIDT-R02", "FJV-BOL", d("2011-03-08"), d("2011-03-10"))]
if par != want_par:
    ok = False
    print("parallel findings:", *par, sep="\n  ")
fad = w.fading_findings()
if [(a, b) for a, b, *_ in fad] != [("FJV-EIE", "FJV-FLY")]:
    ok = False
    print("fading findings:", *fad, sep="\n  ")
else:
    print("fading:", fad)
print("parallel:", par)
if not ok:
    sys.exit(1)
