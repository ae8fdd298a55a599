package importers_test

import (
	"fmt"
	"testing/fstest"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

func ExampleLoad() {
	ds, err := importers.Load("testdata/good/kommune")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %d units, %d contacts, %d meetings\n", ds.Name, len(ds.Units), len(ds.Contacts), len(ds.Meetings))
	u := ds.Units[2]
	fmt.Printf("%s %q: agency %s (%q), level %s, parent %s\n", u.Key, u.Name, u.Agency, u.AgencyLabel, u.Level, u.Parent)
	c := ds.Contacts[1]
	fmt.Printf("line %d: %s -> %s on %s, %s, formal %t, weight %g\n", c.Line,
		ds.Units[c.From].Key, ds.Units[c.To].Key, c.Date, ds.KindName(c.Kind), c.Formal, c.Weight)
	for _, w := range ds.Warnings[:2] {
		fmt.Println("warning:", w)
	}
	// Output:
	// kommune: 12 units, 12 contacts, 4 meetings
	// NAV "NAV Sørbygd": agency nav ("NAV-kontoret"), level unit, parent RÅD
	// line 3: NAV -> EIE on 2011-09-14T13:00, phone, formal false, weight 0.5
	// warning: testdata/good/kommune/contacts.csv:9: a unit's contact with itself: dropped
	// warning: testdata/good/kommune/contacts.csv:10: weight 0: the row adds no tie
}

func ExampleSource_Load() {
	fsys := fstest.MapFS{
		"demo/enheter.csv": {Data: []byte("enhet_id;navn;etat;nivå\nNAV-OSLO;NAV Oslo;NAV;enhet\nEIE-OSLO;Eiendom Oslo;eiendom;enhet\n")},
		"demo/kontakter.csv": {Data: []byte("fra;til;dato;vekt\n" +
			"NAV-OSLO;EIE-OSLO;14.09.2011;1,5\n" +
			"NAV-Oslo;EIE-OSLO;31.02.2011;-1\n")},
	}
	_, err := importers.Source{FS: fsys, Dir: "demo"}.Load()
	fmt.Println(err)
	// Output:
	// demo/kontakter.csv:3:1: unknown unit "NAV-Oslo"; did you mean "NAV-OSLO"? (column A "fra")
	// demo/kontakter.csv:3:19: dato "31.02.2011": day out of range; want 2011-09-14 or 14.09.2011 (column C "dato")
	// demo/kontakter.csv:3:30: vekt "-1": negative; want a number of 0 or more, such as 1 or 2,5 (column D "vekt")
}

// LoadNetwork builds the network while reading, without keeping the
// contact records: for analyses of the network alone at national scale.
func ExampleSource_LoadNetwork() {
	n, err := importers.Source{Dir: "testdata/good/kommune"}.LoadNetwork(graph.BuildOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := n.ContactStats()
	fmt.Printf("%d units, %d ties from %d contacts (%d formal); %d contact records kept\n",
		n.Len(), len(n.Ties()), s.Contacts, s.Formal, len(n.Data.Contacts))
	// Output:
	// 12 units, 15 ties from 12 contacts (6 formal); 0 contact records kept
}
