package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
)

// pseudoFlags are --pseudonymise and --key, kept with the input flags so
// every command that writes something has them.
type pseudoFlags struct {
	on  bool
	key string
	fs  *pflag.FlagSet
}

func (p *pseudoFlags) add(fs *pflag.FlagSet) {
	p.fs = fs
	fs.BoolVar(&p.on, "pseudonymise", false, "replace names and ids of units below municipal leadership by role codes (NAV adviser 1), drop names in parentheses and those in persons.csv")
	fs.StringVar(&p.key, "key", "", "with --pseudonymise, write the key from codes to real ids and names to `FILE` (mode 0600)")
}

// apply pseudonymises ds when asked, seeded by the command's --seed when
// it has one, and writes the key when --key names a file, its cells safe
// for a spreadsheet as every CSV table's.
func (p *pseudoFlags) apply(e *env, ds *graph.Dataset) error {
	if !p.on {
		if p.key != "" {
			return usagef("--key trenger --pseudonymise", "--key needs --pseudonymise")
		}
		return nil
	}
	var seed uint64 = 1
	if f := p.fs.Lookup("seed"); f != nil {
		fmt.Sscan(f.Value.String(), &seed)
	}
	persons, err := readPersons(ds)
	if err != nil {
		return err
	}
	key := graph.Pseudonymise(ds, seed, persons, e.lang)
	ds.Warnings = nil // they may quote real names and ids
	if p.key == "" {
		return nil
	}
	if err := refuseInput(p.key, ds); err != nil {
		return err
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write([]string{"code", "new_id", "id", "name"})
	for _, k := range key {
		w.Write([]string{text.SpreadsheetText(k.Code), text.SpreadsheetText(k.NewID), text.SpreadsheetText(k.ID), text.SpreadsheetText(k.Name)})
	}
	w.Flush()
	return writePrivate(p.key, []byte(b.String()))
}

// writePrivate writes data to path atomically, readable by its owner only.
func writePrivate(path string, data []byte) error {
	f, _, err := createTemp(path)
	if err != nil {
		return err
	}
	name := f.Name()
	defer releaseTemporary(name)
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = renameInPlace(name, path)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// readPersons reads the name (navn) column of persons.csv or personer.csv
// beside the units file, when there is one.
func readPersons(ds *graph.Dataset) ([]string, error) {
	if ds.Files.Units == "" {
		return nil, nil
	}
	dir := filepath.Dir(ds.Files.Units)
	for _, base := range []string{"persons.csv", "personer.csv"} {
		f, err := os.Open(filepath.Join(dir, base))
		if err != nil {
			continue
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			return nil, &usageError{graph.T(fmt.Sprintf("%s: kan ikke leses: %v", base, err), fmt.Sprintf("%s: cannot be read: %v", base, err))}
		}
		col := 0
		if len(rows) > 0 {
			for i, h := range rows[0] {
				if h = strings.ToLower(strings.TrimSpace(h)); h == "name" || h == "navn" {
					col = i
				}
			}
			rows = rows[1:]
		}
		var names []string
		for _, r := range rows {
			if col < len(r) {
				names = append(names, r[col])
			}
		}
		return names, nil
	}
	return nil, nil
}

// pseudonymBanner tops a pseudonymised report.
var pseudonymBanner = graph.T(
	"Rapporten er pseudonymisert: enheter under kommuneledelsen er vist med rollekoder (NAV-veileder 1), og personnavn er fjernet.",
	"This report is pseudonymised: units below municipal leadership are shown by role codes (NAV adviser 1), and names of persons are removed.")

// joinBanner puts two banners one after the other.
func joinBanner(a, b graph.Text) graph.Text {
	if a.NB == "" {
		return b
	}
	return graph.T(a.NB+" "+b.NB, a.EN+" "+b.EN)
}

// suppressFlag is --suppress N, on the commands that show group sizes
// and counts; unset, it is 3 with --pseudonymise and off otherwise.
type suppressFlag struct {
	n   int
	set bool
}

func (f *suppressFlag) add(fs *pflag.FlagSet) {
	fs.Var(f, "suppress", "hide group sizes and counts under `N` in tables and the heat map, shown as <N (default 3 with --pseudonymise, otherwise 0: off)")
}

func (f *suppressFlag) String() string {
	if !f.set {
		return ""
	}
	return strconv.Itoa(f.n)
}

func (f *suppressFlag) Type() string { return "N" }

func (f *suppressFlag) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return usagef("%q: forventet et helt tall, 0 eller mer (0: skjul ingenting)", "%q: want a whole number of 0 or more (0: hide nothing)", s)
	}
	f.n, f.set = n, true
	return nil
}

// of returns the suppression asked for, given the input flags.
func (f *suppressFlag) of(in *inputFlags) text.Suppression {
	switch {
	case f.set:
		return text.Suppression{Below: f.n}
	case in.pseudo.on:
		return text.Suppression{Below: 3}
	}
	return text.Suppression{}
}
