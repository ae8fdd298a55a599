package graph

import (
	"sort"
	"strings"
)

// Files names the input files a Dataset was read from; empty when absent.
type Files struct {
	Units, Contacts, Meetings, Municipalities, Expected string
	Survey                                              string
}

// Dataset is everything read from one dataset folder, or several read as
// one: the units and the records that refer to them by index. Importers
// fill it; Build turns it into a Network.
type Dataset struct {
	Name           string  // the folder's base name, or a label for embedded data
	Files          Files   // the files read; the first folder's when there are several
	Parts          []Files // every folder's files, when the dataset was read from several
	Units          []Unit
	Kinds          []string // Kinds[k] is the name of Kind k; Kinds[0] is "" (no kind)
	Contacts       []Contact
	Meetings       []Meeting
	Municipalities []Municipality
	Expected       []Expectation
	Survey         *Survey // the survey's answers; nil without a survey file
	Warnings       []Warning

	// Period is the first and last days of the dated contacts and
	// meetings, leaving out isolated dates (DayCount.Plausible), as the
	// importers counted them, contact records kept or not: what a display
	// of the data's period shows. NoDate twice when not counted.
	Period Period

	// NoDates says why the records carry no dates when their source could
	// not carry them (a Pajek or DL file, a GraphML file without contact
	// dates), so that a time window is refused instead of giving an empty
	// or wrong result; it is empty when the records are dated as the
	// source dated them.
	NoDates Text

	index map[string]int32
}

// Period is a span of dates, NoDate at an end that is not known.
type Period struct {
	First, Last Date
}

// NewDataset returns an empty dataset with the "no kind" entry in place.
func NewDataset(name string) *Dataset {
	return &Dataset{Name: name, Kinds: []string{""}}
}

// AddUnit appends u and returns its index. It reports false, and adds
// nothing, when a unit with the same key exists.
func (d *Dataset) AddUnit(u Unit) (int32, bool) {
	if d.index == nil {
		d.index = make(map[string]int32)
	}
	if i, dup := d.index[u.Key]; dup {
		return i, false
	}
	i := int32(len(d.Units))
	d.Units = append(d.Units, u)
	d.index[u.Key] = i
	return i, true
}

// InputFiles returns the names of every file the dataset was read from.
func (d *Dataset) InputFiles() []string {
	var names []string
	seen := make(map[string]bool)
	for _, f := range append([]Files{d.Files}, d.Parts...) {
		for _, n := range []string{f.Units, f.Contacts, f.Meetings, f.Municipalities, f.Expected, f.Survey} {
			if n != "" && !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names
}

// Lookup returns the index of the unit with the given key.
func (d *Dataset) Lookup(key string) (int32, bool) {
	if d.index == nil {
		d.reindex()
	}
	i, ok := d.index[key]
	return i, ok
}

func (d *Dataset) reindex() {
	d.index = make(map[string]int32, len(d.Units))
	for i := range d.Units {
		d.index[d.Units[i].Key] = int32(i)
	}
}

// Kind returns the Kind for a kind name, normalised with NormalizeKind,
// adding it to Kinds when it is new. Past 255 distinct kinds, further names
// share the last slot's index: "other".
func (d *Dataset) Kind(name string) Kind {
	k := NormalizeKind(name)
	for i, s := range d.Kinds {
		if s == k {
			return Kind(i)
		}
	}
	if len(d.Kinds) == 0 {
		d.Kinds = []string{""}
	}
	if len(d.Kinds) >= 255 {
		if d.Kinds[len(d.Kinds)-1] != "other" {
			d.Kinds = append(d.Kinds[:254], "other")
		}
		return Kind(len(d.Kinds) - 1)
	}
	d.Kinds = append(d.Kinds, k)
	return Kind(len(d.Kinds) - 1)
}

// KindName returns the name of kind k, "" when it has none.
func (d *Dataset) KindName(k Kind) string {
	if int(k) < len(d.Kinds) {
		return d.Kinds[k]
	}
	return ""
}

// Municipality returns the municipalities.csv row for name, or nil.
func (d *Dataset) Municipality(name string) *Municipality {
	for i := range d.Municipalities {
		if strings.EqualFold(d.Municipalities[i].Name, name) {
			return &d.Municipalities[i]
		}
	}
	return nil
}

// MunicipalityNames returns the sorted names of all municipalities that
// units belong to or municipalities.csv lists.
func (d *Dataset) MunicipalityNames() []string {
	seen := make(map[string]bool)
	for i := range d.Units {
		if m := d.Units[i].Municipality; m != "" {
			seen[m] = true
		}
	}
	for _, m := range d.Municipalities {
		seen[m.Name] = true
	}
	names := make([]string, 0, len(seen))
	for m := range seen {
		names = append(names, m)
	}
	sort.Strings(names)
	return names
}

// Span returns the first and last dates of the contacts and meetings, or
// NoDate twice when no record is dated. A dataset read without its contact
// records (importers.Source.LoadNetwork) has only its meetings here; its
// network's ContactStats has the contacts' dates.
func (d *Dataset) Span() (first, last Date) {
	first, last = NoDate, NoDate
	see := func(t Date) { widen(&first, &last, t) }
	for i := range d.Contacts {
		see(d.Contacts[i].Date)
	}
	for i := range d.Meetings {
		see(d.Meetings[i].Date)
	}
	return first, last
}
