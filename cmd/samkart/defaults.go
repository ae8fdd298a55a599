package main

import (
	"errors"
	"fmt"

	"github.com/samkart/samkart/examples"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// loadDefault reads the dataset when none is named: the current folder's
// when it holds one (units.csv or enheter.csv), else the built-in example,
// which it says on standard error and marks in f.example; with f.needData
// it refuses instead.
func (f *inputFlags) loadDefault(e *env) (*graph.Dataset, error) {
	if e.workDir != "" {
		src := f.source(nil)
		src.Files, src.Dir = graph.Files{}, e.workDir
		ds, err := src.Load()
		switch {
		case err == nil:
			fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
				fmt.Sprintf("leser datasettet i denne mappen (%s)", ds.Name),
				fmt.Sprintf("reading the dataset in the current folder (%s)", ds.Name)).In(e.lang))
			return ds, nil
		case !errors.Is(err, importers.ErrUnitsNotFound):
			return nil, err
		}
	}
	if f.needData {
		return nil, &usageError{graph.T(
			"ingen datamappe oppgitt, og denne mappen har ingen enheter.csv (eller units.csv).\n"+
				"Oppgi mappen med dataene: samkart sjekk MAPPE. En mal å fylle ut: samkart mal --lang nb MAPPE",
			"no dataset folder given, and the current folder has no units.csv (or enheter.csv).\n"+
				"Name the folder with the data: samkart validate FOLDER. A template to fill in: samkart init FOLDER")}
	}
	fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
		fmt.Sprintf("ingen datamappe oppgitt; bruker det innebygde eksempelet %q (se examples/%s)", examples.Default, examples.Default),
		fmt.Sprintf("no dataset given; using the built-in example %q (see examples/%s)", examples.Default, examples.Default)).In(e.lang))
	ds, err := importers.Source{FS: examples.FS, Dir: examples.Default, Frequencies: f.freq.scale}.Load()
	if err != nil {
		return nil, err
	}
	ds.Name = examples.Default
	f.example = true
	return ds, nil
}

// exampleBanner is said at the top of what report and summary write from
// the built-in example.
var exampleBanner = graph.T(
	"Eksempeldata: Fjordvik, en oppdiktet kommune som følger med samkart – ikke dine data. "+
		"For dine egne data: samkart rapport MAPPE, eller dra mappen over samkart.exe.",
	"Example data: Fjordvik, a fictional municipality that comes with samkart – not your data. "+
		"For your own data: samkart report FOLDER, or drop the folder on samkart.exe.")
