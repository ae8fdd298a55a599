package graphml_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/graphml"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

func ExampleEncode() {
	n := enctest.Tiny()
	// A per-unit measure, as samkart export --with-metrics adds them.
	degree := encoding.Measure{Name: "degree", Values: []float64{1, 1}}
	if err := graphml.Encode(os.Stdout, n, graphml.Options{Directed: true, Extra: []encoding.Measure{degree}}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="g0" for="graph" attr.name="name" attr.type="string"></key>
	//   <key id="d0" for="node" attr.name="name" attr.type="string"></key>
	//   <key id="d1" for="node" attr.name="label" attr.type="string"></key>
	//   <key id="d2" for="node" attr.name="agency" attr.type="string"></key>
	//   <key id="d3" for="node" attr.name="agency_label" attr.type="string"></key>
	//   <key id="d4" for="node" attr.name="level" attr.type="int"></key>
	//   <key id="d5" for="node" attr.name="municipality" attr.type="string"></key>
	//   <key id="d6" for="node" attr.name="region" attr.type="string"></key>
	//   <key id="d7" for="node" attr.name="parent" attr.type="string"></key>
	//   <key id="d8" for="node" attr.name="degree" attr.type="double"></key>
	//   <key id="d9" for="edge" attr.name="weight" attr.type="double"></key>
	//   <key id="d10" for="edge" attr.name="contacts" attr.type="int"></key>
	//   <graph id="G" edgedefault="directed">
	//     <data key="g0">bodø</data>
	//     <node id="bolig">
	//       <data key="d0">bolig</data>
	//       <data key="d1">Boligkontoret</data>
	//       <data key="d2">bolig</data>
	//       <data key="d4">4</data>
	//       <data key="d5">Bodø</data>
	//       <data key="d8">1</data>
	//     </node>
	//     <node id="nav">
	//       <data key="d0">nav</data>
	//       <data key="d1">NAV Bodø</data>
	//       <data key="d2">nav</data>
	//       <data key="d4">4</data>
	//       <data key="d5">Bodø</data>
	//       <data key="d8">1</data>
	//     </node>
	//     <edge source="bolig" target="nav">
	//       <data key="d9">0.5</data>
	//       <data key="d10">1</data>
	//     </edge>
	//     <edge source="nav" target="bolig">
	//       <data key="d9">2</data>
	//       <data key="d10">1</data>
	//     </edge>
	//   </graph>
	// </graphml>
}

func ExampleDecode() {
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n" for="node" attr.name="navn" attr.type="string"/>
  <key id="k" for="node" attr.name="kommune" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="n">NAV Bodø</data><data key="k">Bodø</data></node>
    <node id="b"><data key="n">Helse og omsorg</data><data key="k">Bodø</data></node>
    <edge source="a" target="b"><data key="w">1.5</data></edge>
  </graph>
</graphml>`
	d, err := graphml.Decode(strings.NewReader(file), "bodø.graphml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range d.Units {
		fmt.Printf("%s: %s in %s\n", u.Key, u.Name, u.Municipality)
	}
	fmt.Println(d.Contacts[0].Weight)
	// Output:
	// a: NAV Bodø in Bodø
	// b: Helse og omsorg in Bodø
	// 1.5
}
