package main

import (
	"fmt"
	"strings"

	"github.com/samkart/samkart/graph"
)

// vocabularyList is the text init writes beside its template (LES-MEG.txt,
// README.txt): the files, and the agencies, levels, kinds of contact and
// yes/no words samkart recognises, made from the vocabulary in package
// graph so that it says what samkart accepts. CRLF line ends and a byte
// order mark, for Windows' Notepad.
func vocabularyList(l graph.Lang) string {
	t := func(nb, en string) string { return graph.T(nb, en).In(l) }
	var b strings.Builder
	b.WriteString(t(vocabIntroNB, vocabIntroEN))

	b.WriteString(t("\nETATER (kolonnen etat)\n\n", "\nAGENCIES (column agency)\n\n"))
	for _, a := range graph.AgencyTerms() {
		writeTerm(&b, a.Label.In(l), strings.Join(a.Words, ", "))
		if len(a.Prefixes) > 0 {
			writeTerm(&b, "", t("og navn som begynner med ", "and names beginning with ")+quoteAll(a.Prefixes, l))
		}
	}
	b.WriteString(t("Andre etater kan også brukes; hver telles for seg, under navnet den har.\n",
		"Other agencies may be used too; each counts on its own, by the name it has.\n"))

	b.WriteString(t("\nNIVÅER (kolonnen nivå: tallet eller et av ordene)\n\n", "\nLEVELS (column level: the number or one of the words)\n\n"))
	for i, lv := range graph.LevelTerms() {
		writeTerm(&b, fmt.Sprintf("%d  %s", i+1, lv.Label.In(l)), strings.Join(lv.Words, ", "))
	}

	b.WriteString(t("\nKONTAKTTYPER (kolonnen type; formell eller uformell når kolonnen formell er tom)\n\n",
		"\nKINDS OF CONTACT (column kind; formal or informal when the column formal is empty)\n\n"))
	for _, k := range graph.KindTerms() {
		f := t("uformell", "informal")
		if k.Formal {
			f = t("formell", "formal")
		}
		writeTerm(&b, fmt.Sprintf("%-9s %s", k.Label.In(l), f), strings.Join(k.Words, ", "))
	}
	b.WriteString(t("Andre typer kan også brukes; de telles hver for seg.\n", "Other kinds may be used too; each counts on its own.\n"))

	yes, no := graph.YesNoWords()
	b.WriteString(t("\nJA OG NEI (kolonnene formell og program)\n\n", "\nYES AND NO (columns formal and programme)\n\n"))
	writeTerm(&b, t("ja", "yes"), strings.Join(yes, ", "))
	writeTerm(&b, t("nei", "no"), strings.Join(no, ", "))
	b.WriteString(t("Store og små bokstaver betyr det samme overalt.\n", "Upper and lower case mean the same everywhere.\n"))
	return "\uFEFF" + strings.ReplaceAll(b.String(), "\n", "\r\n")
}

// writeTerm writes one entry: the name in a column of its own, then the
// words, wrapped at 78 characters between the items of the list.
func writeTerm(b *strings.Builder, name, words string) {
	const indent, width = 26, 78
	line := fmt.Sprintf("  %-*s", indent-2, name)
	if len([]rune(line)) > indent {
		b.WriteString(line + "\n")
		line = strings.Repeat(" ", indent)
	}
	items := strings.SplitAfter(words, ", ")
	for i, item := range items {
		if i > 0 && len([]rune(line))+len([]rune(strings.TrimSpace(item))) > width {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = strings.Repeat(" ", indent)
		}
		line += item
	}
	b.WriteString(line + "\n")
}

// quoteAll quotes each prefix as the language quotes, showing its space.
func quoteAll(ps []string, l graph.Lang) string {
	q := make([]string, len(ps))
	for i, p := range ps {
		if l == graph.NB {
			q[i] = "«" + p + "…»"
		} else {
			q[i] = `"` + p + `…"`
		}
	}
	return strings.Join(q, ", ")
}

const vocabIntroNB = `samkart – mal for et datasett
=============================

Denne mappen er en mal. Radene beskriver en oppdiktet kommune, Eksempelvik;
bytt dem ut med deres egne. Filene kan åpnes og lagres i Excel: lagre som
«CSV UTF-8 (kommadelt)» eller «CSV (semikolondelt)».

  enheter.csv     én rad per enhet (kontor, avdeling, tjeneste):
                  enhet_id (en kort kode), navn, etat, nivå, kommune, region,
                  overordnet (enhet_id-en til enheten over)
  kontakter.csv   én rad per kontakt mellom to enheter: fra, til (enhet_id),
                  dato (14.09.2024), type, formell (ja/nei),
                  vekt (1 om tom; 0,5 for en kort kontakt)
  møter.csv       én rad per deltaker i et møte med flere enheter:
                  møte (et navn eller nummer), enhet, dato, type, formell
  kommuner.csv    én rad per kommune: kommune, region, program (ja/nei),
                  og tall som innbyggere
  forventet.csv   par som bør samarbeide, for eksempel fra boligplanen:
                  a, b (enhet_id, etat:NAVN eller nivå:TALL), min_vekt, kommune

Bare enheter.csv må være med. Sjekk dataene ved å dra mappen over
samkart.exe (som lager rapporten), eller i et terminalvindu:

  samkart sjekk MAPPE      finner feil og sier hvilken celle
  samkart rapport MAPPE    lager rapporten i MAPPE/samkart-rapport
`

const vocabIntroEN = `samkart – a template dataset
============================

This folder is a template. Its rows describe a fictional municipality,
Eksempelvik; replace them with your own. The files open in Excel and may be
saved from it as "CSV UTF-8".

  units.csv           one row per unit (office, department, service):
                      id (a short code), name, agency, level, municipality,
                      region, parent (the id of the unit above)
  contacts.csv        one row per contact between two units: from, to (ids),
                      date (2024-09-14), kind, formal (yes/no),
                      weight (1 when empty; 0.5 for a short contact)
  meetings.csv        one row per participant of a meeting of several units:
                      meeting (a name or number), unit, date, kind, formal
  municipalities.csv  one row per municipality: municipality, region,
                      programme (yes/no), and numbers such as population
  expected.csv        pairs that should collaborate, for example from the
                      housing plan: a, b (id, agency:NAME or level:N),
                      min_weight, scope (a municipality)

Only units.csv is required. Check the data by dropping the folder on
samkart.exe (which writes the report), or in a terminal window:

  samkart validate FOLDER  finds mistakes and names their cells
  samkart report FOLDER    writes the report into FOLDER/samkart-report
`
