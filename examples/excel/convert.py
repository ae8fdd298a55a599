#!/usr/bin/python3
"""Convert examples/kommune into examples/excel: the same data as Norwegian Excel saves it.

    /usr/bin/python3 examples/excel/convert.py

Stdlib only. Reads every CSV file of ../kommune and writes it here in
Windows-1252 with ';' as delimiter, CRLF line ends, Norwegian headers,
dd.mm.yyyy dates ("dd.mm.yyyy hh:mm" where there is a time), Norwegian
kinds (møte, telefon, epost, sak, uformell, besøk), ja/nei, a decimal comma
in weights and level names in Norwegian words. Values that are free text
(names, agencies, municipalities, regions, ids) are kept as they are.

examples_test.go checks that the two folders hold the same rows.
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "kommune")

HEADERS = {
    "units.csv": {"id": "enhet_id", "name": "navn", "agency": "etat", "level": "nivå",
                  "municipality": "kommune", "region": "region", "parent": "overordnet"},
    "contacts.csv": {"from": "fra", "to": "til", "date": "dato", "kind": "type",
                     "formal": "formell", "weight": "vekt"},
    "meetings.csv": {"meeting": "møte", "unit": "enhet", "date": "dato", "kind": "type",
                     "formal": "formell"},
    "municipalities.csv": {"municipality": "kommune", "region": "region", "programme": "program",
                           "population": "folketall", "kommunale_boliger": "kommunale_boliger"},
    "expected.csv": {"a": "a", "b": "b", "min_weight": "min_vekt", "scope": "kommune"},
}

KINDS = {"meeting": "møte", "phone": "telefon", "email": "epost", "case": "sak",
         "informal": "uformell", "visit": "besøk", "seminar": "seminar", "agreement": "avtale"}
YESNO = {"yes": "ja", "no": "nei", "": ""}
LEVELS = {"1": "nasjonal", "2": "regional", "3": "ledelse", "4": "enhet", "5": "førstelinje", "6": "bruker"}


def date(s):
    """2011-03-08 -> 08.03.2011; 2011-03-08T10:00 -> 08.03.2011 10:00."""
    if not s:
        return s
    day, _, time = s.partition("T")
    y, m, d = day.split("-")
    out = "%s.%s.%s" % (d, m, y)
    return out + " " + time if time else out


def number(s):
    return s.replace(".", ",")


VALUES = {
    "date": date, "kind": lambda s: KINDS[s], "formal": lambda s: YESNO[s],
    "programme": lambda s: YESNO[s], "weight": number, "min_weight": number,
    "level": lambda s: LEVELS.get(s, s),
}


def convert(name):
    with open(os.path.join(SRC, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    out = [[HEADERS[name][h] for h in header]]
    for r in body:
        out.append([VALUES.get(h, str)(v) for h, v in zip(header, r)])
    with open(os.path.join(HERE, name), "w", newline="", encoding="cp1252") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(out)
    return len(body)


def main():
    for name in sorted(HEADERS):
        if os.path.exists(os.path.join(SRC, name)):
            print("%-20s %5d rows" % (name, convert(name)))
        elif os.path.exists(os.path.join(HERE, name)):
            os.remove(os.path.join(HERE, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
