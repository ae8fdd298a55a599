package dl_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/dl"
)

// tiny returns NAV and the housing office of Bodø with two contacts.
func tiny() *graph.Network {
	d := graph.NewDataset("bodø")
	nav, _ := d.AddUnit(graph.Unit{Key: "nav", Name: "NAV Bodø", Agency: "nav", Level: graph.LevelUnit, Municipality: "Bodø"})
	bol, _ := d.AddUnit(graph.Unit{Key: "bolig", Name: "Boligkontoret", Agency: "bolig", Level: graph.LevelUnit, Municipality: "Bodø"})
	day := graph.DateOf(time.Date(2011, 9, 14, 0, 0, 0, 0, time.UTC))
	d.Contacts = append(d.Contacts,
		graph.Contact{From: nav, To: bol, Weight: 2, Date: day, Formal: true},
		graph.Contact{From: bol, To: nav, Weight: 0.5, Date: day + 24*60})
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		panic(err)
	}
	return n
}

func ExampleEncode() {
	if err := dl.Encode(os.Stdout, tiny(), dl.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// DL n=2
	// format = edgelist1
	// labels:
	// bolig
	// nav
	// labels embedded:
	// data:
	// bolig nav 2.5
	// nav bolig 2.5
}

func ExampleDecode() {
	// Gephi's example of labels embedded in an edgelist1.
	const file = `DL n=5
format = edgelist1
labels embedded:
data:
george sally
george jim
sally jim
billy george
jane jim
`
	d, err := dl.Decode(strings.NewReader(file), "gephi.dl")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := graph.Build(d, graph.BuildOptions{})
	fmt.Println(n.Len(), "units,", len(n.Ties()), "ties,", len(n.Arcs()), "arcs")
	// Output:
	// 5 units, 5 ties, 5 arcs
}
