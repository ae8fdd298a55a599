package nodelink_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
	"github.com/samkart/samkart/graph/encoding/nodelink"
)

func ExampleEncode() {
	if err := nodelink.Encode(os.Stdout, enctest.Tiny(), nodelink.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"directed": false, "multigraph": false, "graph": {"name": "bodø"},
	// "nodes": [
	// {"id": "bolig", "name": "Boligkontoret", "agency": "bolig", "level": 4, "municipality": "Bodø"},
	// {"id": "nav", "name": "NAV Bodø", "agency": "nav", "level": 4, "municipality": "Bodø"}
	// ],
	// "contacts": [
	// {"source": "nav", "target": "bolig", "date": "2011-09-14", "formal": true, "weight": 2.0},
	// {"source": "bolig", "target": "nav", "date": "2011-09-15", "formal": false, "weight": 0.5}
	// ],
	// "meetings": [
	// ],
	// "links": [
	// {"source": "bolig", "target": "nav", "weight": 2.5, "contacts": 2, "meetings": 0, "formal": 1, "informal": 1, "multi_party_share": 0.0, "first": "2011-09-14", "last": "2011-09-15"}
	// ]}
}

func ExampleDecode() {
	// What networkx.node_link_data writes for a graph with integer nodes.
	const file = `{"directed": false, "multigraph": false, "graph": {},
 "nodes": [{"navn": "NAV Tromsø", "id": 1}, {"navn": "Boligkontoret", "id": 2}],
 "links": [{"vekt": 3, "source": 1, "target": 2}]}`
	d, err := nodelink.Decode(strings.NewReader(file), "tromsø.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := graph.Build(d, graph.BuildOptions{})
	for _, t := range n.Ties() {
		fmt.Printf("%s – %s: %g\n", n.Unit(int64(t.A)).Name, n.Unit(int64(t.B)).Name, t.Weight)
	}
	// Output:
	// NAV Tromsø – Boligkontoret: 3
}
