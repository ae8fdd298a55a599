#!/usr/bin/python3
"""Generate examples/survey: Sjøby, a fictional municipality surveyed twice.

    /usr/bin/python3 examples/survey/generate.py

Writes units.csv, municipalities.csv, expected.csv and survey.csv beside
this script. Standard library only; the output is fixed (no randomness).
The story is in README.md: a roster survey in 2011, before Sjøby joined
Husbanken's programme, and again in 2013.
"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = [
    # id, name, agency, level, municipality, region, parent
    ("HB-MIDT", "Husbanken region Midt-Norge", "Husbanken", "regional", "", "midt-norge", ""),
    ("SJB-RAD", "Rådmannen", "administrasjon", "ledelse", "Sjøby", "", ""),
    ("SJB-KS", "Kommunalsjef helse og velferd", "administrasjon", "ledelse", "Sjøby", "", "SJB-RAD"),
    ("SJB-NAV", "NAV Sjøby", "NAV", "enhet", "Sjøby", "", ""),
    ("SJB-BOL", "Boligkontoret", "boligkontor", "enhet", "Sjøby", "", "SJB-RAD"),
    ("SJB-EIE", "Eiendomsavdelingen", "eiendom", "enhet", "Sjøby", "", "SJB-RAD"),
    ("SJB-HO", "Helse og omsorg", "helse og omsorg", "enhet", "Sjøby", "", "SJB-KS"),
    ("SJB-RUS", "Rus- og psykiatritjenesten", "rus og psykiatri", "enhet", "Sjøby", "", "SJB-KS"),
    ("SJB-FLY", "Flyktningtjenesten", "flyktningtjenesten", "enhet", "Sjøby", "", "SJB-KS"),
    ("SJB-BV", "Barneverntjenesten", "barnevern", "enhet", "Sjøby", "", "SJB-KS"),
    ("SJB-HJT", "Hjemmetjenesten", "helse og omsorg", "førstelinje", "Sjøby", "", "SJB-HO"),
    ("SJB-MH", "Mental Helse Sjøby", "brukerorganisasjon", "bruker", "Sjøby", "", ""),
]

# Each round: (respondent, alter, frequency, quality, trust, value); a
# rating of 0 is left empty, and an alter of None is a respondent that
# answered naming no unit. Units that did not answer have no row.
ROUND_2011 = [
    ("SJB-RAD", "SJB-KS", "ukentlig", 4, 4, 4), ("SJB-KS", "SJB-RAD", "ukentlig", 4, 5, 4),
    ("SJB-RAD", "HB-MIDT", "halvårlig", 3, 3, 4), ("HB-MIDT", "SJB-RAD", "halvårlig", 3, 3, 3),
    # NAV and the housing office: every week, and little trust.
    ("SJB-NAV", "SJB-BOL", "ukentlig", 2, 2, 3), ("SJB-BOL", "SJB-NAV", "ukentlig", 2, 1, 3),
    ("SJB-BOL", "SJB-EIE", "månedlig", 3, 3, 4),  # eiendom did not answer
    ("SJB-HO", "SJB-RUS", "ukentlig", 4, 4, 4), ("SJB-RUS", "SJB-HO", "ukentlig", 4, 4, 5),
    ("SJB-HO", "SJB-HJT", "daglig", 5, 5, 5), ("SJB-HJT", "SJB-HO", "daglig", 5, 4, 5),
    ("SJB-KS", "SJB-HO", "månedlig", 4, 4, 4), ("SJB-HO", "SJB-KS", "månedlig", 3, 4, 4),
    ("SJB-KS", "SJB-RUS", "kvartalsvis", 0, 0, 0),  # not named back
    ("SJB-NAV", "SJB-RUS", "månedlig", 3, 3, 3), ("SJB-RUS", "SJB-NAV", "kvartalsvis", 3, 2, 3),
    # The refugee service names NAV; NAV answers "never".
    ("SJB-FLY", "SJB-NAV", "kvartalsvis", 2, 3, 2), ("SJB-NAV", "SJB-FLY", "aldri", 0, 0, 0),
    ("SJB-FLY", "SJB-KS", "månedlig", 4, 4, 4), ("SJB-KS", "SJB-FLY", "månedlig", 4, 4, 4),
    ("SJB-BOL", "HB-MIDT", "kvartalsvis", 4, 4, 5), ("HB-MIDT", "SJB-BOL", "kvartalsvis", 4, 4, 4),
    ("SJB-RUS", "SJB-MH", "månedlig", 4, 5, 5),  # the user organisation did not answer
    ("SJB-HJT", "SJB-RUS", "månedlig", 4, 4, 4),
    ("SJB-BV", None, "", 0, 0, 0),  # child welfare answered: no housing work with anyone
]

ROUND_2013 = [
    ("SJB-RAD", "SJB-KS", "ukentlig", 4, 4, 4), ("SJB-KS", "SJB-RAD", "ukentlig", 5, 5, 4),
    ("SJB-RAD", "HB-MIDT", "kvartalsvis", 4, 4, 4), ("HB-MIDT", "SJB-RAD", "kvartalsvis", 4, 4, 4),
    # The programme: the rådmann follows the housing office up.
    ("SJB-RAD", "SJB-BOL", "månedlig", 4, 4, 4), ("SJB-BOL", "SJB-RAD", "månedlig", 4, 4, 5),
    ("SJB-NAV", "SJB-BOL", "ukentlig", 4, 4, 5), ("SJB-BOL", "SJB-NAV", "ukentlig", 4, 3, 5),
    ("SJB-NAV", "SJB-FLY", "annenhver uke", 4, 4, 4), ("SJB-FLY", "SJB-NAV", "annenhver uke", 3, 4, 4),
    ("SJB-BOL", "SJB-EIE", "annenhver uke", 4, 4, 4), ("SJB-EIE", "SJB-BOL", "annenhver uke", 3, 3, 4),
    ("SJB-HO", "SJB-RUS", "ukentlig", 4, 4, 4), ("SJB-RUS", "SJB-HO", "ukentlig", 4, 4, 4),
    ("SJB-HO", "SJB-HJT", "daglig", 5, 5, 5), ("SJB-HJT", "SJB-HO", "daglig", 5, 5, 5),
    ("SJB-KS", "SJB-HO", "månedlig", 4, 4, 4), ("SJB-HO", "SJB-KS", "månedlig", 4, 4, 4),
    ("SJB-KS", "SJB-RUS", "månedlig", 4, 4, 4), ("SJB-RUS", "SJB-KS", "månedlig", 4, 4, 4),
    ("SJB-NAV", "SJB-RUS", "månedlig", 4, 4, 4), ("SJB-RUS", "SJB-NAV", "månedlig", 3, 3, 4),
    ("SJB-FLY", "SJB-KS", "månedlig", 4, 4, 4), ("SJB-KS", "SJB-FLY", "månedlig", 4, 4, 4),
    ("SJB-BOL", "HB-MIDT", "månedlig", 4, 5, 5), ("HB-MIDT", "SJB-BOL", "månedlig", 4, 4, 5),
    ("SJB-RUS", "SJB-MH", "månedlig", 4, 5, 5),
    # The housing forum brings health and care and the housing office together.
    ("SJB-BOL", "SJB-HO", "månedlig", 3, 3, 4), ("SJB-HO", "SJB-BOL", "månedlig", 3, 3, 4),
    ("SJB-NAV", "SJB-EIE", "kvartalsvis", 3, 3, 3),
    ("SJB-HJT", "SJB-RUS", "månedlig", 4, 4, 4), ("SJB-RUS", "SJB-HJT", "månedlig", 4, 4, 4),
    # Refugees' housing: often, and not yet trusted.
    ("SJB-FLY", "SJB-BOL", "månedlig", 2, 2, 3), ("SJB-BOL", "SJB-FLY", "ukentlig", 3, 2, 3),
    ("SJB-BV", None, "", 0, 0, 0),
]


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    write("units.csv", ["id", "name", "agency", "level", "municipality", "region", "parent"], UNITS)
    write("municipalities.csv", ["municipality", "region", "programme", "population"],
          [("Sjøby", "midt-norge", "ja", 9800)])
    write("expected.csv", ["a", "b", "min_weight", "scope"], [
        ("agency:nav", "agency:flyktning", 11, "Sjøby"),  # monthly, as the action plan asks
        ("SJB-BOL", "SJB-EIE", 11, ""),
        ("SJB-RAD", "SJB-BOL", 4, ""),
        ("agency:bolig", "agency:helse", 4, "Sjøby"),
    ])
    rows = []
    for label, answers in (("2011", ROUND_2011), ("2013", ROUND_2013)):
        for resp, alter, freq, q, t, v in answers:
            cell = lambda x: "" if x == 0 else str(x)
            rows.append((resp, alter or "", freq, cell(q), cell(t), cell(v), label))
    write("survey.csv", ["respondent", "alter", "frequency", "quality", "trust", "value", "round"], rows)


if __name__ == "__main__":
    main()
