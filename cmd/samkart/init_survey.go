package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// initSurvey writes a survey's template into dir: the long form as the
// dataset's survey file (two example rows), a wide roster to fill in
// instead, the list of unit ids as a roster, and instructions for the
// respondents in both languages. The units are those of dir's units.csv
// when dir holds a dataset; otherwise the whole template dataset is
// written first. It never overwrites a file.
func initSurvey(e *env, dir string) error {
	l := e.lang
	var files []templateFile
	var units []graph.Unit
	ds, err := importers.Load(dir)
	var ie *graph.InputError
	switch {
	case err == nil:
		units = ds.Units
	case errors.As(err, &ie) && (errors.Is(err, importers.ErrNoUnitsFile) || errors.Is(err, fs.ErrNotExist)):
		files = templateFiles(l)
		units = templateUnits(l)
	default:
		return err
	}
	files = append(files, surveyTemplate(units, l)...)
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if _, err := os.Stat(p); err == nil {
			return usagef("%s finnes; init skriver aldri over filer (velg en tom mappe)", "%s exists; init never overwrites files (choose an empty folder)", p)
		}
	}
	if err := os.MkdirAll(dir, 0o777); err != nil { // the umask gives the mode
		return err
	}
	for _, f := range files {
		if err := writeFileAtomic(e.context(), e, filepath.Join(dir, f.name), f.body); err != nil {
			return err
		}
	}
	long, wide := files[len(files)-4].name, files[len(files)-3].name
	fmt.Fprintf(e.stdout, "%s\n", neutralise(graph.T(
		fmt.Sprintf("Skrev en mal for undersøkelsen til %s: %s (langt skjema, to eksempelrader), %s (bredt skjema), %s og %s. Fyll inn ett av skjemaene og kjør: samkart sjekk %s",
			dir, long, wide, files[len(files)-2].name, files[len(files)-1].name, quoteArg(dir)),
		fmt.Sprintf("Wrote a survey template to %s: %s (long form, two example rows), %s (wide roster), %s and %s. Fill in one of the forms and run: samkart validate %s",
			dir, long, wide, files[len(files)-2].name, files[len(files)-1].name, quoteArg(dir))).In(l)))
	return nil
}

// templateUnits returns the units of the template dataset of
// templateFiles, for its survey.
func templateUnits(l graph.Lang) []graph.Unit {
	rows := nbTemplate().units
	if l == graph.EN {
		rows = enTemplate().units
	}
	var units []graph.Unit
	for _, r := range rows[1:] {
		units = append(units, graph.Unit{Key: r[0], Name: r[1], AgencyLabel: r[2]})
	}
	return units
}

// surveyTemplate returns the survey's files for units in lang: the long
// form (the dataset's survey file), the wide roster, the roster and the
// instructions, in that order; in bokmål as Norwegian Excel saves CSV, as
// the template dataset is.
func surveyTemplate(units []graph.Unit, l graph.Lang) []templateFile {
	names := [4]string{"survey.csv", "survey-wide.csv", "roster.csv", "survey-instructions.txt"}
	long := [][]string{{"respondent", "alter", "frequency", "quality", "trust", "value", "topic", "round"}}
	wide := [][]string{{"respondent", "round"}}
	roster := [][]string{{"id", "name", "agency"}}
	ex := [2]string{"weekly", "monthly"}
	topic, round := "housing", "2024"
	write := plainCSV
	if l == graph.NB {
		names = [4]string{"undersøkelse.csv", "undersøkelse-bred.csv", "enhetsliste.csv", "undersøkelse-instruks.txt"}
		long[0] = []string{"respondent", "samarbeidspartner", "hyppighet", "kvalitet", "tillit", "verdi", "tema", "runde"}
		wide[0] = []string{"respondent", "runde"}
		roster[0] = []string{"id", "navn", "etat"}
		ex = [2]string{"ukentlig", "månedlig"}
		topic = "bolig"
		write = excelCSV
	}
	for _, u := range units {
		wide[0] = append(wide[0], u.Key)
		roster = append(roster, []string{u.Key, u.Name, u.AgencyLabel})
	}
	if len(units) >= 2 {
		a, b := units[0].Key, units[1].Key
		long = append(long,
			[]string{a, b, ex[0], "4", "4", "5", topic, round},
			[]string{b, a, ex[1], "3", "4", "4", topic, round})
		for i, f := range ex {
			row := []string{units[i].Key, round}
			for j := range units {
				cell := ""
				if j == 1-i {
					cell = f
				}
				row = append(row, cell)
			}
			wide = append(wide, row)
		}
	}
	return []templateFile{{names[0], write(long)}, {names[1], write(wide)}, {names[2], write(roster)},
		{names[3], []byte(surveyInstructions(l))}}
}

// surveyInstructions are the instructions for the respondents, in both
// languages, lang's first.
func surveyInstructions(l graph.Lang) string {
	var freq []string
	for _, w := range graph.FrequencyWords() {
		freq = append(freq, fmt.Sprintf("%s / %s (%g)", w.Label.NB, w.Label.EN, w.PerYear))
	}
	nb := `SPØRREUNDERSØKELSE OM SAMARBEID I DET BOLIGSOSIALE ARBEIDET

Du svarer for din enhet. Enhetslisten (enhetsliste.csv eller roster.csv) viser alle enhetene
med id, navn og etat. For hver enhet din enhet har arbeidet med det siste
året om boligsosiale saker, oppgi:

  hyppighet  hvor ofte dere samarbeider: daglig, ukentlig, annenhver uke,
             månedlig, kvartalsvis, halvårlig, årlig, sjeldnere eller aldri
             (eller et antall kontakter i året)
  kvalitet   hvor godt samarbeidet fungerer, fra 1 (svært dårlig) til 5
             (svært godt)
  tillit     hvor stor tillit du har til enheten, fra 1 til 5
  verdi      hvor mye samarbeidet betyr for arbeidet deres, fra 1 til 5

La feltene stå tomme for enheter dere ikke arbeider med. Svar for din egen
enhet, ikke om den.

Skjemaet kan fylles ut på to måter (bruk én av dem):
  - langt skjema (undersøkelse.csv eller survey.csv): én rad per enhet du nevner, med din
    enhets id som respondent og den andre enhetens id som samarbeidspartner;
  - bredt skjema (undersøkelse-bred.csv eller survey-wide.csv): én rad per respondent og én kolonne
    per enhet, med hyppigheten i cellen; lagre det som undersøkelse.csv i
    stedet for det lange skjemaet (én undersøkelsesfil per mappe). Kolonner som «NAV [tillit]» holder
    vurderingene.
Runde er året eller datoen for undersøkelsen (for eksempel 2011). En enhet
som svarte uten å nevne noen, får en rad med bare respondent og runde.
Sjekk til slutt med: samkart sjekk MAPPE
`
	en := `SURVEY OF COLLABORATION IN SOCIAL HOUSING WORK

You answer for your unit. The roster (roster.csv or enhetsliste.csv) lists every unit with its
id, name and agency. For each unit your unit has worked with on social
housing in the past year, give:

  frequency  how often you work together: daily, weekly, fortnightly,
             monthly, quarterly, half-yearly, yearly, rarely or never (or a
             number of contacts per year)
  quality    how well the collaboration works, from 1 (very poor) to 5
             (very good)
  trust      how far you trust the unit, from 1 to 5
  value      how much the collaboration matters to your work, from 1 to 5

Leave the fields empty for units you do not work with. Answer for your own
unit, not about it.

The form can be filled in two ways (use one of them):
  - long form (survey.csv or undersøkelse.csv): one row per unit you name, with your unit's id
    as respondent and the other unit's id as alter;
  - wide roster (survey-wide.csv or undersøkelse-bred.csv): one row per respondent and one column per
    unit, with the frequency in the cell; save it as survey.csv instead of
    the long form (one survey file per folder). Columns such as "NAV [trust]" hold the ratings.
The round is the year or date of the survey (for example 2011). A unit that
answered without naming any unit gets a row with only respondent and round.
Finally check it with: samkart validate FOLDER
`
	scale := "\nFrekvensord og kontakter i året / Frequency words and contacts per year:\n  " + strings.Join(freq, "\n  ") + "\n"
	if l == graph.NB {
		return nb + "\n---\n\n" + en + scale
	}
	return en + "\n---\n\n" + nb + scale
}
