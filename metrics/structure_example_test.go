package metrics_test

import (
	"fmt"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// teamsNetwork builds two teams of a municipality: NAV (n1–n3) and health
// (h1–h3), closely knit inside, with two contacts across; every contact is
// from → to.
func teamsNetwork() *graph.Network {
	ds := graph.NewDataset("teams")
	for _, u := range []graph.Unit{
		{Key: "h1", Agency: "helse", Level: graph.LevelUnit}, {Key: "h2", Agency: "helse", Level: graph.LevelFrontline},
		{Key: "h3", Agency: "helse", Level: graph.LevelFrontline}, {Key: "n1", Agency: "nav", Level: graph.LevelUnit},
		{Key: "n2", Agency: "nav", Level: graph.LevelFrontline}, {Key: "n3", Agency: "nav", Level: graph.LevelFrontline},
	} {
		ds.AddUnit(u)
	}
	for _, c := range [][2]string{
		{"n1", "n2"}, {"n2", "n1"}, {"n1", "n3"}, {"n2", "n3"}, {"h1", "h2"}, {"h2", "h3"}, {"h3", "h1"},
		{"n1", "h1"}, {"h2", "n2"},
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

func ExampleCoreNumber() {
	n := teamsNetwork()
	fmt.Println(metrics.CoreNumber(n))
	// Output:
	// [2 2 2 2 2 2]
}

func ExampleCliques() {
	c := metrics.Cliques(teamsNetwork())
	fmt.Printf("%d cliques of 3+, largest %d, per unit %v\n", c.Count, c.Largest, c.Of)
	// Output:
	// 2 cliques of 3+, largest 3, per unit [1 1 1 1 1 1]
}

func ExampleDirection() {
	n := teamsNetwork()
	d := metrics.Direction(n)
	for i, u := range n.Units() {
		fmt.Printf("%s out %d in %d\n", u.Key, d.OutDegree[i], d.InDegree[i])
	}
	fmt.Printf("reciprocity %.3f\n", d.Reciprocity)
	// Output:
	// h1 out 1 in 2
	// h2 out 2 in 1
	// h3 out 1 in 1
	// n1 out 3 in 1
	// n2 out 2 in 2
	// n3 out 0 in 2
	// reciprocity 0.222
}

func ExampleEgo() {
	n := teamsNetwork()
	e := metrics.Ego(n)
	for i, u := range n.Units() {
		fmt.Printf("%s: %d contacts, density %.2f, constraint %.3f (whole network %.3f)\n",
			u.Key, e.Size[i], e.Density[i], e.Constraint[i], metrics.Constraint(n)[i])
	}
	// Output:
	// h1: 3 contacts, density 0.33, constraint 0.611 (whole network 0.559)
	// h2: 3 contacts, density 0.33, constraint 0.611 (whole network 0.559)
	// h3: 2 contacts, density 1.00, constraint 1.125 (whole network 0.889)
	// n1: 3 contacts, density 0.33, constraint 0.611 (whole network 0.559)
	// n2: 3 contacts, density 0.33, constraint 0.611 (whole network 0.559)
	// n3: 2 contacts, density 1.00, constraint 1.125 (whole network 0.889)
}

func ExampleEIPermutationTest() {
	// The two teams are the only split into groups of three that keeps
	// six ties inside: 2 of the 20 ways to split, so p = 0.1.
	n := teamsNetwork()
	res := metrics.EIPermutationTest(n, metrics.PartitionBy(n, metrics.ByAgency),
		metrics.PermutationOptions{Permutations: 100000, Seed: 1})
	fmt.Printf("E-I %.3f, expected %.3f, rescaled %.3f\n", res.Index, res.Expected, res.Rescaled)
	p := res.Permutation
	fmt.Printf("over %d permutations: mean %.2f, p(≤ observed) %.2f\n", p.Permutations, p.Mean, p.PLE)
	// Output:
	// E-I -0.500, expected 0.200, rescaled -1.000
	// over 100000 permutations: mean 0.20, p(≤ observed) 0.10
}

func ExampleQAPRegress() {
	n := teamsNetwork()
	ties, _ := metrics.RelationNamed(n, "ties")
	agency, _ := metrics.RelationNamed(n, "same-agency")
	level, _ := metrics.RelationNamed(n, "same-level")
	opt := metrics.QAPOptions{PermutationOptions: metrics.PermutationOptions{Permutations: 2000, Seed: 1}}
	res, err := metrics.QAPRegress(ties, []*metrics.Relation{agency, level}, opt)
	if err != nil {
		panic(err)
	}
	for _, c := range res.Coefficients {
		fmt.Printf("%-12s %+.3f  p(≥) %.2f\n", c.Name, c.Estimate, c.Permutation.PGE)
	}
	fmt.Printf("R² %.3f\n", res.RSquared)
	// Output:
	// (intercept)  +0.135  p(≥) 0.30
	// same-agency  +0.979  p(≥) 0.05
	// same-level   +0.156  p(≥) 0.29
	// R² 0.589
}
