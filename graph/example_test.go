package graph_test

import (
	"errors"
	"fmt"

	"github.com/samkart/samkart/graph"
)

func ExampleBuild() {
	d := graph.NewDataset("example")
	nav, _ := d.AddUnit(graph.Unit{Key: "NAV", Agency: "nav", Level: graph.LevelUnit})
	bol, _ := d.AddUnit(graph.Unit{Key: "BOL", Agency: "bolig", Level: graph.LevelUnit})
	fly, _ := d.AddUnit(graph.Unit{Key: "FLY", Agency: "flyktning", Level: graph.LevelUnit})
	d.Contacts = append(d.Contacts, graph.Contact{From: nav, To: bol, Weight: 2})
	// A meeting of three units adds 1/(3−1) to each of its three pairs.
	d.Meetings = append(d.Meetings, graph.Meeting{Key: "forum", Units: []int32{nav, bol, fly}})

	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		panic(err)
	}
	units := n.Units()
	for _, t := range n.Ties() {
		fmt.Printf("%s–%s weight %.1f, horizontal %v\n", units[t.A].Key, units[t.B].Key, t.Weight, n.Horizontal(&t))
	}
	// Output:
	// BOL–FLY weight 0.5, horizontal true
	// BOL–NAV weight 2.5, horizontal true
	// FLY–NAV weight 0.5, horizontal true
}

// A Builder aggregates contacts as they arrive, so that millions of
// contact records need not be kept; it builds what Build builds.
func ExampleBuilder() {
	d := graph.NewDataset("example")
	nav, _ := d.AddUnit(graph.Unit{Key: "NAV", Agency: "nav"})
	bol, _ := d.AddUnit(graph.Unit{Key: "BOL", Agency: "bolig"})
	b := graph.NewBuilder(d, graph.BuildOptions{})
	for _, chunk := range [][]graph.Contact{
		{{From: nav, To: bol, Weight: 2}},
		{{From: bol, To: nav, Weight: 1}, {From: nav, To: bol, Weight: 0.5}},
	} {
		b.Add(chunk)
	}
	n, err := b.Network()
	if err != nil {
		panic(err)
	}
	t := n.Ties()[0]
	fmt.Printf("%d tie, weight %.1f from %d contacts; %d arcs\n", len(n.Ties()), t.Weight, n.ContactStats().Contacts, len(n.Arcs()))
	// Output:
	// 1 tie, weight 3.5 from 3 contacts; 2 arcs
}

func ExampleParseLevel() {
	for _, s := range []string{"Førstelinje", "municipal leadership", "4.0", "9", "0", "øverst"} {
		l, err := graph.ParseLevelString(s)
		fmt.Printf("%q: %d %v\n", s, l, err)
	}
	// Output:
	// "Førstelinje": 5 <nil>
	// "municipal leadership": 3 <nil>
	// "4.0": 4 <nil>
	// "9": 9 <nil>
	// "0": 0 not a level
	// "øverst": 0 not a level
}

// An InputError says what is wrong in the language it is printed in, and
// errors.Is finds its problem.
func ExampleInputError() {
	_, err := graph.ParseDateString("31.02.2011")
	e := &graph.InputError{File: "kontakter.csv", Line: 14, Column: 23, Cell: 3, Field: "dato", Value: "31.02.2011", Err: err}
	fmt.Println(e)
	fmt.Println(e.In(graph.NB))
	fmt.Println(errors.Is(e, graph.ErrDate))
	// Output:
	// kontakter.csv:14:23: dato "31.02.2011": day out of range; want 2011-09-14 or 14.09.2011 (column C "dato")
	// kontakter.csv:14:23: dato "31.02.2011": dagen finnes ikke i måneden; forventet 2011-09-14 eller 14.09.2011 (kolonne C «dato»)
	// true
}

func ExamplePseudonymise() {
	d := graph.NewDataset("kommune")
	d.AddUnit(graph.Unit{Key: "RAD", Name: "Rådmannen (Kari Nordmann)", Agency: "administrasjon", Level: graph.LevelLeadership})
	d.AddUnit(graph.Unit{Key: "NAV-V1", Name: "NAV-veileder (Siri Ødegård)", Agency: "nav", Level: graph.LevelFrontline})
	key := graph.Pseudonymise(d, 1, nil, graph.NB)
	for _, u := range d.Units {
		fmt.Println(u.Key, "|", u.Name)
	}
	fmt.Println(key[0].NewID, "=", key[0].ID)
	// Output:
	// RAD | Rådmannen
	// nav-5-1 | NAV-veileder 1
	// nav-5-1 = NAV-V1
}

func ExampleTextf() {
	// A count is written as each language groups its digits (bokmål
	// with a no-break space).
	t := graph.Textf("%s enheter har ingen bånd", "%s units have no tie", graph.Count(26407))
	fmt.Println(t.In(graph.NB))
	fmt.Println(t.In(graph.EN))
	// Output:
	// 26 407 enheter har ingen bånd
	// 26,407 units have no tie
}
