package dl_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/dl"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

func ExampleEncode() {
	if err := dl.Encode(os.Stdout, enctest.Tiny(), dl.Options{}); err != nil {
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
