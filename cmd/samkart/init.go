package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
)

var cmdInit = &command{
	Name: "init",
	Args: "[--lang nb|en] DIR",
	Short: graph.T("skriv et maldatasett å fylle ut",
		"write a template dataset to fill in"),
	Long: graph.T(`samkart init lager MAPPE med de fem filene i et datasett og en tekstfil som
lister etatene, nivåene og kontaktformene samkart kjenner, med hver
skrivemåte den godtar. Filene inneholder en liten oppdiktet kommune
(Eksempelvik): ti enheter, fjorten kontakter, to møter og tre forventede
bånd, som validate godtar. Bytt ut radene med dine egne og kjør
samkart validate MAPPE.

Med --lang nb (eller norsk språk i systemet) er filene slik norsk Excel
lagrer «CSV UTF-8»: norske navn (enheter.csv, kontakter.csv, møter.csv,
kommuner.csv, forventet.csv) og overskrifter, ';' mellom cellene,
desimalkomma, datoer som 14.09.2024, CRLF som linjeslutt og et
byte-rekkefølgemerke, så Excel åpner dem i kolonner og viser æ, ø og å;
listen heter LES-MEG.txt. På engelsk er filene kommaseparert UTF-8 med
datoer som «2024-09-14», og listen heter README.txt.

samkart init skriver bare i en ny eller tom mappe.

Med --survey skriver den i stedet malen for en undersøkelse: den lange formen
(undersøkelse.csv, eller survey.csv på engelsk) med to eksempelrader, en bred
deltakerliste å fylle ut i stedet (survey-wide.csv: én kolonne per enhet,
slik verktøy for spørreundersøkelser eksporterer den), listen over enhetenes
id-er som deltakerliste (roster.csv) og en veiledning for dem som svarer, på
bokmål og engelsk. Enhetene er dem i MAPPE/units.csv når MAPPE har et
datasett; ellers skrives maldatasettet også.`,
		`Init creates DIR with the five files of a dataset and a text file that lists
the agencies, levels and kinds of contact samkart recognises, with every
spelling it accepts. The files hold a small fictional municipality
(Eksempelvik): ten units, fourteen contacts, two meetings and three expected
ties, which validate accepts. Replace the rows with your own and run
samkart validate DIR.

With --lang nb (or a Norwegian locale) the files are as Norwegian Excel saves
"CSV UTF-8": bokmål names (enheter.csv, kontakter.csv, møter.csv,
kommuner.csv, forventet.csv) and headers, ';' between cells, decimal commas,
dates as 14.09.2024, CRLF line ends and a byte order mark, so that Excel
opens them as columns and shows æ, ø and å; the list is LES-MEG.txt. In
English the files are comma-separated UTF-8 with ISO dates, and the list is
README.txt.

Init writes only into a new or empty folder.

With --survey it writes a survey's template instead: the long form
(survey.csv, or undersøkelse.csv in bokmål) with two example rows, a wide
roster to fill in instead (survey-wide.csv: one column per unit, as survey
tools export a roster), the list of unit ids as a roster (roster.csv) and
instructions for the respondents in bokmål and English. Its units are
those of DIR/units.csv when DIR holds a dataset; otherwise the template
dataset is written too.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		addLang(fs, "the file names, headers, examples and the list")
		survey := fs.Bool("survey", false, "write a survey's template (long and wide form, roster, instructions) for DIR's units")
		return func(ctx context.Context, e *env, args []string) error {
			if len(args) != 1 {
				return usagef("init trenger nøyaktig én MAPPE å lage malen i", "init needs exactly one DIR to create the template in")
			}
			if *survey {
				return initSurvey(e, args[0])
			}
			dir := args[0]
			if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
				return usagef("%s er ikke tom; init skriver bare i en ny eller tom mappe", "%s is not empty; init writes only into a new or empty folder", dir)
			}
			if err := os.MkdirAll(dir, 0o777); err != nil { // the umask gives the mode
				return err
			}
			for _, f := range templateFiles(e.lang) {
				if err := writeFileAtomic(ctx, e, filepath.Join(dir, f.name), f.body); err != nil {
					return err
				}
			}
			fmt.Fprintf(e.stdout, "%s\n", neutralise(graph.T(
				"Skrev en mal til "+dir+" (les LES-MEG.txt). Fyll inn filene og kjør: samkart sjekk "+quoteArg(dir),
				"Wrote a template to "+dir+" (see README.txt). Fill in the files and run: samkart validate "+quoteArg(dir)).In(e.lang)))
			return nil
		}
	},
}

type templateFile struct {
	name string
	body []byte
}

// templateRows are the rows of the template's files in one language:
// the header first.
type templateRows struct {
	units, contacts, meetings, municipalities, expected [][]string
}

// templateFiles returns the template dataset in language l: the five
// files, in Norwegian Excel's dialect for bokmål, and the list of words.
func templateFiles(l graph.Lang) []templateFile {
	if l == graph.NB {
		r := nbTemplate()
		return []templateFile{
			{"enheter.csv", excelCSV(r.units)},
			{"kontakter.csv", excelCSV(r.contacts)},
			{"møter.csv", excelCSV(r.meetings)},
			{"kommuner.csv", excelCSV(r.municipalities)},
			{"forventet.csv", excelCSV(r.expected)},
			{"LES-MEG.txt", []byte(vocabularyList(graph.NB))},
		}
	}
	r := enTemplate()
	return []templateFile{
		{"units.csv", plainCSV(r.units)},
		{"contacts.csv", plainCSV(r.contacts)},
		{"meetings.csv", plainCSV(r.meetings)},
		{"municipalities.csv", plainCSV(r.municipalities)},
		{"expected.csv", plainCSV(r.expected)},
		{"README.txt", []byte(vocabularyList(graph.EN))},
	}
}

// excelCSV writes rows as Norwegian Excel's "CSV UTF-8" does: a byte
// order mark, ';' between cells, CRLF line ends.
func excelCSV(rows [][]string) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.Comma, w.UseCRLF = ';', true
	w.WriteAll(rows)
	return b.Bytes()
}

// plainCSV writes rows comma-separated with LF line ends.
func plainCSV(rows [][]string) []byte {
	var b bytes.Buffer
	csv.NewWriter(&b).WriteAll(rows)
	return b.Bytes()
}

// nbTemplate is Eksempelvik in bokmål, with dates and decimal commas as
// Norwegian Excel writes them.
func nbTemplate() templateRows {
	return templateRows{
		units: [][]string{
			{"enhet_id", "navn", "etat", "nivå", "kommune", "region", "overordnet"},
			{"HB-MN", "Husbanken region Midt-Norge", "Husbanken", "regional", "", "Midt-Norge", ""},
			{"KD", "Kommunedirektøren", "ledelse", "kommuneledelse", "Eksempelvik", "Midt-Norge", ""},
			{"NAV", "NAV Eksempelvik", "NAV", "enhet", "Eksempelvik", "Midt-Norge", "KD"},
			{"NAV-BO", "NAV-veiledere bolig", "NAV", "førstelinje", "Eksempelvik", "Midt-Norge", "NAV"},
			{"EIE", "Eiendomsavdelingen", "eiendom", "enhet", "Eksempelvik", "Midt-Norge", "KD"},
			{"HO", "Helse og omsorg", "helse og omsorg", "enhet", "Eksempelvik", "Midt-Norge", "KD"},
			{"HO-HJ", "Hjemmetjenesten", "helse og omsorg", "førstelinje", "Eksempelvik", "Midt-Norge", "HO"},
			{"RUS", "Rus og psykisk helse", "rus og psykiatri", "enhet", "Eksempelvik", "Midt-Norge", "HO"},
			{"FLY", "Flyktningtjenesten", "flyktningtjenesten", "enhet", "Eksempelvik", "Midt-Norge", "KD"},
			{"BOL", "Boligkontoret", "boligkontor", "enhet", "Eksempelvik", "Midt-Norge", "KD"},
		},
		contacts: [][]string{
			{"fra", "til", "dato", "type", "formell", "vekt"},
			{"NAV", "BOL", "08.01.2024", "møte", "ja", "2"},
			{"BOL", "NAV", "12.01.2024", "telefon", "nei", "1"},
			{"NAV-BO", "BOL", "15.01.2024", "e-post", "nei", "0,5"},
			{"FLY", "BOL", "22.01.2024", "møte", "ja", "1,5"},
			{"BOL", "EIE", "29.01.2024", "sak", "ja", "1"},
			{"EIE", "BOL", "02.02.2024", "telefon", "nei", "1"},
			{"HO-HJ", "BOL", "08.02.2024", "besøk", "ja", "1"},
			{"KD", "BOL", "14.02.2024", "møte", "ja", "2"},
			{"BOL", "HB-MN", "20.02.2024", "seminar", "ja", "1"},
			{"HB-MN", "KD", "27.02.2024", "møte", "ja", "1"},
			{"FLY", "NAV", "04.03.2024", "telefon", "nei", "1"},
			{"RUS", "NAV-BO", "11.03.2024", "uformell", "nei", "0,5"},
			{"HO", "RUS", "18.03.2024", "møte", "ja", "1"},
			{"NAV", "FLY", "25.03.2024", "avtale", "ja", "2"},
		},
		meetings: [][]string{
			{"møte", "enhet", "dato", "type", "formell"},
			{"Boligforum april", "BOL", "10.04.2024", "møte", "ja"},
			{"Boligforum april", "NAV", "10.04.2024", "møte", "ja"},
			{"Boligforum april", "FLY", "10.04.2024", "møte", "ja"},
			{"Boligforum april", "HO", "10.04.2024", "møte", "ja"},
			{"Boligplan", "KD", "24.04.2024", "møte", "ja"},
			{"Boligplan", "BOL", "24.04.2024", "møte", "ja"},
			{"Boligplan", "EIE", "24.04.2024", "møte", "ja"},
		},
		municipalities: [][]string{
			{"kommune", "region", "program", "innbyggere"},
			{"Eksempelvik", "Midt-Norge", "ja", "12400"},
		},
		expected: [][]string{
			{"a", "b", "min_vekt", "kommune"},
			{"etat:NAV", "etat:boligkontor", "2", "Eksempelvik"},
			{"BOL", "EIE", "1", ""},
			{"RUS", "BOL", "1", ""},
		},
	}
}

// enTemplate is nbTemplate in English, as a comma-separated file writes
// it.
func enTemplate() templateRows {
	nb := nbTemplate()
	words := strings.NewReplacer(
		"Kommunedirektøren", "Chief municipal executive", "NAV-veiledere bolig", "NAV housing advisers",
		"Eiendomsavdelingen", "Property department", "Helse og omsorg", "Health and care",
		"Hjemmetjenesten", "Home care", "Rus og psykisk helse", "Substance abuse and mental health",
		"Flyktningtjenesten", "Refugee service", "Boligkontoret", "Housing office",
		"Boligforum april", "Housing forum April", "Boligplan", "Housing plan")
	tr := map[string]string{
		"enhet_id": "id", "navn": "name", "etat": "agency", "nivå": "level", "kommune": "municipality",
		"overordnet": "parent", "fra": "from", "til": "to", "dato": "date", "type": "kind", "formell": "formal",
		"vekt": "weight", "møte": "meeting", "enhet": "unit", "program": "programme", "innbyggere": "population",
		"min_vekt": "min_weight", "ledelse": "leadership", "kommuneledelse": "leadership", "førstelinje": "frontline",
		"eiendom": "property", "helse og omsorg": "health and care", "rus og psykiatri": "substance abuse and mental health",
		"flyktningtjenesten": "refugee service", "boligkontor": "housing office", "telefon": "phone",
		"e-post": "email", "sak": "case", "besøk": "visit", "uformell": "informal", "avtale": "agreement",
		"ja": "yes", "nei": "no", "etat:NAV": "agency:NAV", "etat:boligkontor": "agency:housing office",
	}
	conv := func(rows [][]string, header string) [][]string {
		out := make([][]string, len(rows))
		for i, row := range rows {
			out[i] = make([]string, len(row))
			for j, v := range row {
				switch {
				case i == 0 && j == len(row)-1 && header != "":
					v = header
				case tr[v] != "":
					v = tr[v]
				case len(v) == 10 && v[2] == '.' && v[5] == '.': // 08.01.2024
					v = v[6:] + "-" + v[3:5] + "-" + v[:2]
				default:
					v = strings.ReplaceAll(words.Replace(v), ",", ".")
				}
				out[i][j] = v
			}
		}
		return out
	}
	return templateRows{
		units: conv(nb.units, ""), contacts: conv(nb.contacts, ""), meetings: conv(nb.meetings, ""),
		municipalities: conv(nb.municipalities, ""), expected: conv(nb.expected, "scope"),
	}
}
