package graph_test

import (
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
