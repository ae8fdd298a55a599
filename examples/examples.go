// Package examples holds samkart's example datasets, embedded in the binary
// so that every command runs without a dataset argument.
//
// Each dataset is a folder in samkart's input format, which package
// importers documents (units.csv and optionally contacts.csv, meetings.csv,
// municipalities.csv, expected.csv), with a README.md that says what it is,
// what was planted in it and which commands to try:
//
//   - kommune: Fjordvik, a fictional Norwegian municipality with the planted
//     findings of the gaps analysis (a horizontal gap, an expectation below
//     its minimum, a vertical gap, an uncoordinated parallel contact, a
//     fading tie) and near misses that must not be reported. The default.
//   - region: Husbanken region Midt-Norge with six fictional municipalities
//     (integrated, typical, silo, small) for comparisons.
//   - excel: exactly the data of kommune as Norwegian Excel saves it
//     (Windows-1252, ';', CRLF, dd.mm.yyyy, Norwegian headers and values).
//   - krackhardt: Krackhardt's high-tech managers, advice relation (MIT).
//   - survey: Sjøby, a fictional municipality mapped by a roster survey
//     in 2011 and 2013 (survey.csv), with units that did not answer and
//     ties that are frequent but poorly rated.
//
// The generated datasets come from kommune/generate.py,
// region/generate.py and survey/generate.py, and excel from excel/convert.py (Python 3, standard
// library only, fixed seeds); the scripts are not embedded.
package examples

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

// FS holds the example datasets: one folder per dataset with its CSV files
// and README.md, and the overview README.md at the root.
//
//go:embed README.md
//go:embed kommune/*.csv kommune/README.md
//go:embed region/*.csv region/README.md
//go:embed excel/*.csv excel/README.md
//go:embed krackhardt/*.csv krackhardt/README.md
//go:embed survey/*.csv survey/README.md
var FS embed.FS

// Default is the dataset the commands use when they are given none.
const Default = "kommune"

// Names returns the sorted names of the folders in FS that hold a dataset,
// that is, a units.csv file.
func Names() []string {
	entries, err := fs.ReadDir(FS, ".")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(FS, path.Join(e.Name(), "units.csv")); err == nil {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}
