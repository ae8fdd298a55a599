package pajek_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
	"github.com/samkart/samkart/graph/encoding/pajek"
)

func ExampleEncode() {
	if err := pajek.Encode(os.Stdout, enctest.Tiny(), pajek.Options{Names: true}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// *Network bodø
	// *Vertices 2
	// 1 "Boligkontoret"
	// 2 "NAV Bodø"
	// *Edges
	// 1 2 2.5
}

func ExampleEncodePartition() {
	if err := pajek.EncodePartition(os.Stdout, enctest.Tiny(), pajek.ByAgency); err != nil {
		fmt.Println(err)
	}
	// Output:
	// % samkart: partition by agency (etat)
	// % 1 = "bolig" "" (housing office / boligkontoret)
	// % 2 = "nav" "" (NAV (labour and welfare) / NAV)
	// % 0 = no agency (uten etat)
	// *Vertices 2
	// 1
	// 2
}

func ExampleDecode() {
	const net = `*Vertices 3
1 "NAV Tromsø"
2 "Boligkontoret"
3 "Husbanken"
*Arcs
1 2 3
3 1
`
	d, err := pajek.Decode(strings.NewReader(net), "tromsø.net")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := graph.Build(d, graph.BuildOptions{})
	for _, t := range n.Ties() {
		fmt.Printf("%s – %s: %g\n", n.Unit(int64(t.A)).Key, n.Unit(int64(t.B)).Key, t.Weight)
	}
	// A vertex number out of range is an error at its position:
	_, err = pajek.Decode(strings.NewReader("*Vertices 2\n*Edges\n1 3\n"), "feil.net")
	fmt.Println(err)
	// Output:
	// Boligkontoret – NAV Tromsø: 3
	// Husbanken – NAV Tromsø: 1
	// feil.net:3:3: vertex 3: want a number from 1 to 2
}
