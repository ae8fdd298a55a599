package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
)

var cmdInit = &command{
	Name: "init",
	Args: "[--lang nb|en] DIR",
	Short: graph.T("skriv et maldatasett å fylle ut",
		"write a template dataset to fill in"),
	Long: graph.T(`samkart init lager MAPPE med de fem filene i et datasett (units.csv, contacts.csv,
meetings.csv, municipalities.csv, expected.csv), hver med overskrift og to
eksempelrader, på bokmål eller engelsk. Bytt ut radene med dine egne, eller
åpne filene i Excel og lagre dem som CSV; kjør så samkart validate MAPPE.
samkart init skriver aldri over en fil som finnes.`,
		`Init creates DIR with the five files of a dataset (units.csv, contacts.csv,
meetings.csv, municipalities.csv, expected.csv), each with its header and
two example rows, in bokmål or English. Replace the rows with your own, or
open the files in Excel and save them as CSV; then run samkart validate DIR.
Init never overwrites an existing file.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		addLang(fs, "headers and examples")
		return func(ctx context.Context, e *env, args []string) error {
			if len(args) != 1 {
				return usagef("init trenger nøyaktig én MAPPE å lage malen i", "init needs exactly one DIR to create the template in")
			}
			l := e.lang
			dir := args[0]
			files := templateFiles(l)
			for _, f := range files {
				p := filepath.Join(dir, f.name)
				if _, err := os.Stat(p); err == nil {
					return usagef("%s finnes; init skriver aldri over filer (velg en tom mappe)", "%s exists; init never overwrites files (choose an empty folder)", p)
				}
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			for _, f := range files {
				if err := writeFileAtomic(filepath.Join(dir, f.name), []byte(f.body)); err != nil {
					return err
				}
			}
			fmt.Fprintf(e.stdout, "%s\n", graph.T(
				"Skrev en mal til "+dir+". Fyll inn filene og kjør: samkart validate "+dir,
				"Wrote a template to "+dir+". Fill in the files and run: samkart validate "+dir).In(l))
			return nil
		}
	},
}

type templateFile struct{ name, body string }

// templateFiles returns the template dataset in lang: the headers in that
// language, as importers reads them, and two rows per file that validate
// accepts.
func templateFiles(l graph.Lang) []templateFile {
	if l == graph.NB {
		return []templateFile{
			{"units.csv", "enhet_id,navn,etat,nivå,kommune,region,overordnet\n" +
				"RADM,Rådmannen,administrasjon,ledelse,Eksempelvik,midt-norge,\n" +
				"NAV,NAV Eksempelvik,NAV,enhet,Eksempelvik,midt-norge,RADM\n"},
			{"contacts.csv", "fra,til,dato,type,formell,vekt\n" +
				"NAV,RADM,14.09.2011,møte,ja,1.5\n" +
				"RADM,NAV,03.10.2011,telefon,nei,1\n"},
			{"meetings.csv", "møte,enhet,dato,type,formell\n" +
				"M1,RADM,20.10.2011,møte,ja\n" +
				"M1,NAV,20.10.2011,møte,ja\n"},
			{"municipalities.csv", "kommune,region,program,innbyggere\n" +
				"Eksempelvik,midt-norge,ja,12000\n" +
				"Nabobygd,midt-norge,nei,4000\n"},
			{"expected.csv", "a,b,min_vekt,kommune\n" +
				"agency:nav,agency:ledelse,2,Eksempelvik\n" +
				"NAV,RADM,1,\n"},
		}
	}
	return []templateFile{
		{"units.csv", "id,name,agency,level,municipality,region,parent\n" +
			"RADM,Chief executive,leadership,leadership,Exampleton,midt-norge,\n" +
			"NAV,NAV Exampleton,NAV,unit,Exampleton,midt-norge,RADM\n"},
		{"contacts.csv", "from,to,date,kind,formal,weight\n" +
			"NAV,RADM,2011-09-14,meeting,yes,1.5\n" +
			"RADM,NAV,2011-10-03,phone,no,1\n"},
		{"meetings.csv", "meeting,unit,date,kind,formal\n" +
			"M1,RADM,2011-10-20,meeting,yes\n" +
			"M1,NAV,2011-10-20,meeting,yes\n"},
		{"municipalities.csv", "municipality,region,programme,population\n" +
			"Exampleton,midt-norge,yes,12000\n" +
			"Neighbourby,midt-norge,no,4000\n"},
		{"expected.csv", "a,b,min_weight,scope\n" +
			"agency:nav,agency:leadership,2,Exampleton\n" +
			"NAV,RADM,1,\n"},
	}
}
