package metrics_test

import (
	"fmt"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// exampleNetwork builds a small municipality: two NAV units, two health
// units and the property office, with contacts from → to.
func exampleNetwork() *graph.Network {
	ds := graph.NewDataset("example")
	for _, u := range []graph.Unit{
		{Key: "nav1", Agency: "nav", Level: graph.LevelUnit, Municipality: "Os"},
		{Key: "nav2", Agency: "nav", Level: graph.LevelFrontline, Municipality: "Os"},
		{Key: "helse1", Agency: "helse", Level: graph.LevelUnit, Municipality: "Os"},
		{Key: "helse2", Agency: "helse", Level: graph.LevelFrontline, Municipality: "Os"},
		{Key: "eiendom", Agency: "eiendom", Level: graph.LevelUnit, Municipality: "Os"},
	} {
		ds.AddUnit(u)
	}
	for _, c := range [][2]string{
		{"nav2", "nav1"}, {"nav1", "helse1"}, {"helse1", "helse2"}, {"helse2", "helse1"},
		{"helse1", "eiendom"}, {"nav1", "nav2"},
	} {
		from, _ := ds.Lookup(c[0])
		to, _ := ds.Lookup(c[1])
		ds.Contacts = append(ds.Contacts, graph.Contact{From: from, To: to, Weight: 1, Date: graph.NoDate})
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		panic(err)
	}
	return n
}

func ExampleEIIndex() {
	n := exampleNetwork()
	ei := metrics.EIIndex(n, metrics.ByAgency)
	fmt.Printf("E-I by agency: %.3f (%d across, %d within)\n", ei.Index, ei.External, ei.Internal)
	for _, g := range ei.Groups {
		fmt.Printf("%-8s %2d units  E-I %+.2f\n", g.Group, g.Units, g.Index)
	}
	// Output:
	// E-I by agency: 0.000 (2 across, 2 within)
	// eiendom   1 units  E-I +1.00
	// helse     2 units  E-I +0.33
	// nav       2 units  E-I +0.00
}

func ExampleBlocks() {
	b := metrics.Blocks(exampleNetwork(), metrics.ByLevel)
	for g := range b.Groups {
		for h := g; h < len(b.Groups); h++ {
			fmt.Printf("level %s–%s: %d ties, density %.2f\n", b.Groups[g], b.Groups[h], b.Ties[g][h], b.Density[g][h])
		}
	}
	// Output:
	// level 4–4: 2 ties, density 0.67
	// level 4–5: 2 ties, density 0.33
	// level 5–5: 0 ties, density 0.00
}

func ExampleBrokerage() {
	n := exampleNetwork()
	roles := metrics.Brokerage(n)
	for i, u := range n.Units() {
		if r := roles[i]; r.Total() > 0 {
			fmt.Printf("%s: %+v\n", u.Key, r)
		}
	}
	// Output:
	// helse1: {Coordinator:0 Itinerant:0 Representative:1 Gatekeeper:1 Liaison:1}
	// nav1: {Coordinator:0 Itinerant:0 Representative:1 Gatekeeper:0 Liaison:0}
}

func ExampleCommunities() {
	c := metrics.Communities(exampleNetwork(), 1)
	fmt.Println(c.Count, "communities:", c.Of)
	fmt.Printf("modularity %.3f, silo index %.3f\n", c.Modularity, c.SiloIndex)
	// Output:
	// 2 communities: [0 0 0 1 1]
	// modularity 0.319, silo index 0.779
}

func ExampleKeyPlayers() {
	kp := metrics.KeyPlayers(exampleNetwork(), 1, 1)
	fmt.Println(kp.Keys, kp.Method)
	fmt.Printf("fragmentation without them: %.3f\n", kp.Fragmentation)
	// Output:
	// [helse1] KPP-Neg greedy + swap
	// fragmentation without them: 0.833
}
