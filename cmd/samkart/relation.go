package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/pajek"
)

// kindsValue is --kind KIND[,KIND…]: the kinds of contact and meeting to
// analyse, as the vocabulary names them (møte and meeting are one).
type kindsValue struct {
	kinds []string
	raw   string
}

func (v *kindsValue) String() string { return v.raw }
func (v *kindsValue) Type() string   { return "kinds" }
func (v *kindsValue) Set(s string) error {
	var kinds []string
	for _, k := range strings.Split(s, ",") {
		if k = strings.TrimSpace(k); k != "" {
			kinds = append(kinds, graph.NormalizeKind(k))
		}
	}
	if len(kinds) == 0 {
		return usagef("%q: gi én eller flere former, som meeting eller meeting,phone", "%q: give one or more kinds, such as meeting or meeting,phone", s)
	}
	v.kinds, v.raw = append(v.kinds, kinds...), s
	return nil
}

// formalValue is --formal yes|no.
type formalValue struct{ t graph.Tri }

func (v *formalValue) String() string {
	switch v.t {
	case graph.Yes:
		return "yes"
	case graph.No:
		return "no"
	}
	return ""
}
func (v *formalValue) Type() string { return "yes|no" }
func (v *formalValue) Set(s string) error {
	t, err := graph.ParseYesNoString(strings.TrimSpace(s))
	if err != nil || t == graph.Unknown {
		return usagef("%q: forventet ja eller nei (yes eller no)", "%q: want yes or no (ja or nei)", s)
	}
	v.t = t
	return nil
}

// relation returns the records --kind and --formal select.
func (f *inputFlags) relation() graph.Relation {
	return graph.Relation{Kinds: f.kinds.kinds, Formal: f.formal.t}
}

// checkRelation fails when --kind names a kind no record of ds has.
func (f *inputFlags) checkRelation(ds *graph.Dataset) error {
	have := append([]string(nil), ds.Kinds[1:]...)
	for _, k := range f.kinds.kinds {
		if !containsString(ds.Kinds[1:], k) {
			list := strings.Join(have, ", ")
			if list == "" {
				return usagef("--kind %s: ingen kontakt eller møte i datasettet har en type", "--kind %s: no contact or meeting in the dataset has a kind", k)
			}
			return usagef("--kind %s: ingen kontakt eller møte har den typen; datasettet har %s",
				"--kind %s: no contact or meeting has that kind; the dataset has %s", k, list)
		}
	}
	return nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkDates fails when a time window is asked of a dataset whose source
// could not carry dates: a window would give an empty or wrong result.
func checkDates(ds *graph.Dataset, flag string) error {
	if ds.NoDates.EN == "" {
		return nil
	}
	return &usageError{graph.T(
		fmt.Sprintf("%s: %s; et tidsvindu trenger datoen for hver kontakt (les CSV-filene, eller en GEXF- eller JSON-eksport fra samkart)", flag, ds.NoDates.NB),
		fmt.Sprintf("%s: %s; a time window needs the date of each contact (read the CSV files, or a GEXF or JSON export of samkart)", flag, ds.NoDates.EN))}
}

// warnRelations says that the several relations of a Pajek or DL file
// (its sections or matrices) are analysed as one network, unless --kind
// selects some. (The kinds of the other formats are those of contacts, as
// in the CSV files.)
func (f *inputFlags) warnRelations(e *env, ds *graph.Dataset) {
	if !f.from.set || len(f.kinds.kinds) > 0 || f.from.value != encoding.FormatPajek && f.from.value != encoding.FormatDL {
		return
	}
	kinds := ds.KindsUsed()
	if len(kinds) < 2 {
		return
	}
	list := kindList(kinds, e.lang)
	fmt.Fprintf(e.stderr, "samkart: %s: %s\n", graph.T("merk", "note").In(e.lang), graph.T(
		fmt.Sprintf("filen har %d relasjoner (%s), som analyseres sammen som ett nettverk; --kind velger én av dem", len(kinds), list),
		fmt.Sprintf("the file has %d relations (%s), analysed together as one network; --kind selects one of them", len(kinds), list)).In(e.lang))
}

// readPartitions reads the .clu partitions samkart's Pajek export writes
// beside FILE.net (FILE-municipality.clu, FILE-agency.clu,
// FILE-level.clu), when they are there, into the units of ds.
func readPartitions(format encoding.Format, path string, ds *graph.Dataset) error {
	if format != encoding.FormatPajek {
		return nil
	}
	base := strings.TrimSuffix(path, ".net")
	for _, by := range pajek.Partitions() {
		clu := base + "-" + by.String() + ".clu"
		file, err := os.Open(clu)
		if err != nil {
			continue
		}
		err = pajek.DecodePartition(file, clu, ds, by)
		file.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// undated returns a copy of ds whose contacts and meetings have no date,
// for analyses of time (fading ties) on data whose dates do not date each
// contact.
func undated(ds *graph.Dataset) *graph.Dataset {
	c := *ds
	c.Contacts = append([]graph.Contact(nil), ds.Contacts...)
	for i := range c.Contacts {
		c.Contacts[i].Date = graph.NoDate
	}
	c.Meetings = append([]graph.Meeting(nil), ds.Meetings...)
	for i := range c.Meetings {
		c.Meetings[i].Date = graph.NoDate
	}
	return &c
}

// kindList names kinds of contact for a message, in language l.
func kindList(kinds []string, l graph.Lang) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = graph.KindLabel(k).In(l)
	}
	return strings.Join(names, ", ")
}
