package gexf_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/samkart/samkart/graph/encoding/gexf"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

// The tie between NAV and the housing office gets one spell for its two
// contacts on consecutive days, so Gephi's timeline shows it then, and
// its weight on each of the two days (the dynamic attribute weight).
func ExampleEncode() {
	if err := gexf.Encode(os.Stdout, enctest.Tiny(), gexf.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
	//   <meta>
	//     <creator>samkart</creator>
	//     <description>bodø</description>
	//   </meta>
	//   <graph timeformat="date" defaultedgetype="undirected" idtype="string" mode="dynamic">
	//     <attributes class="node" mode="static">
	//       <attribute id="0" title="name" type="string"></attribute>
	//       <attribute id="1" title="agency" type="string"></attribute>
	//       <attribute id="2" title="agency_label" type="string"></attribute>
	//       <attribute id="3" title="level" type="integer"></attribute>
	//       <attribute id="4" title="municipality" type="string"></attribute>
	//       <attribute id="5" title="region" type="string"></attribute>
	//       <attribute id="6" title="parent" type="string"></attribute>
	//     </attributes>
	//     <attributes class="edge" mode="static">
	//       <attribute id="0" title="contacts" type="integer"></attribute>
	//       <attribute id="1" title="meetings" type="integer"></attribute>
	//       <attribute id="2" title="formal" type="integer"></attribute>
	//       <attribute id="3" title="informal" type="integer"></attribute>
	//       <attribute id="4" title="multi_party_share" type="double"></attribute>
	//       <attribute id="5" title="first" type="string"></attribute>
	//       <attribute id="6" title="last" type="string"></attribute>
	//     </attributes>
	//     <attributes class="edge" mode="dynamic">
	//       <attribute id="weight" title="weight" type="double"></attribute>
	//     </attributes>
	//     <nodes count="2">
	//       <node id="bolig" label="Boligkontoret">
	//         <attvalues>
	//           <attvalue for="0" value="Boligkontoret"></attvalue>
	//           <attvalue for="1" value="bolig"></attvalue>
	//           <attvalue for="3" value="4"></attvalue>
	//           <attvalue for="4" value="Bodø"></attvalue>
	//         </attvalues>
	//       </node>
	//       <node id="nav" label="NAV Bodø">
	//         <attvalues>
	//           <attvalue for="0" value="NAV Bodø"></attvalue>
	//           <attvalue for="1" value="nav"></attvalue>
	//           <attvalue for="3" value="4"></attvalue>
	//           <attvalue for="4" value="Bodø"></attvalue>
	//         </attvalues>
	//       </node>
	//     </nodes>
	//     <edges count="1">
	//       <edge id="0" source="bolig" target="nav" weight="2.5">
	//         <attvalues>
	//           <attvalue for="0" value="2"></attvalue>
	//           <attvalue for="1" value="0"></attvalue>
	//           <attvalue for="2" value="1"></attvalue>
	//           <attvalue for="3" value="1"></attvalue>
	//           <attvalue for="4" value="0"></attvalue>
	//           <attvalue for="5" value="2011-09-14"></attvalue>
	//           <attvalue for="6" value="2011-09-15"></attvalue>
	//           <attvalue for="weight" value="2" start="2011-09-14" end="2011-09-14"></attvalue>
	//           <attvalue for="weight" value="0.5" start="2011-09-15" end="2011-09-15"></attvalue>
	//         </attvalues>
	//         <spells>
	//           <spell start="2011-09-14" end="2011-09-15"></spell>
	//         </spells>
	//       </edge>
	//     </edges>
	//   </graph>
	// </gexf>
}

func ExampleDecode() {
	// A dynamic GEXF as Gephi writes it.
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
    <attributes class="node">
      <attribute id="kommune" title="kommune" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="NAV Tromsø"><attvalues><attvalue for="kommune" value="Tromsø"/></attvalues></node>
      <node id="1" label="Flyktningtjenesten"><attvalues><attvalue for="kommune" value="Tromsø"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="2.0">
        <spells><spell start="2012-03-01" end="2012-03-02"/></spells>
      </edge>
    </edges>
  </graph>
</gexf>`
	d, err := gexf.Decode(strings.NewReader(file), "tromsø.gexf")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range d.Units {
		fmt.Printf("%s: %s in %s\n", u.Key, u.Name, u.Municipality)
	}
	c := d.Contacts[0]
	fmt.Println(c.Weight, c.Date)
	// Output:
	// 0: NAV Tromsø in Tromsø
	// 1: Flyktningtjenesten in Tromsø
	// 2 2012-03-01
}
