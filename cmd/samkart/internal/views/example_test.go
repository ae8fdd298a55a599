package views_test

import (
	"bufio"
	"bytes"
	"fmt"
	"log"

	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// The levels view of the example municipality, in bokmål, as DOT.
func ExampleDiagram() {
	ds, err := importers.Load("../../../../examples/kommune")
	if err != nil {
		log.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		log.Fatal(err)
	}
	dot, err := views.Diagram(n, views.ViewLevels, views.Style{Lang: graph.NB})
	if err != nil {
		log.Fatal(err)
	}
	first, _ := bufio.NewReader(bytes.NewReader(dot)).ReadString('\n')
	fmt.Print(first)
	fmt.Println(bytes.Contains(dot, []byte(`label="kommuneledelse\n(3)"`)))
	// Output:
	// strict graph levels {
	// true
}

// Every diagram of a dataset gives an agency the same colour.
func ExampleAgencyColors() {
	ds := graph.NewDataset("x")
	ds.AddUnit(graph.Unit{Key: "a", Agency: graph.NormalizeAgency("NAV-kontoret")})
	ds.AddUnit(graph.Unit{Key: "b", Agency: graph.NormalizeAgency("Lawyers")})
	c := views.AgencyColors(ds)
	fmt.Println(c["nav"], c["lawyers"])
	// Output: #D55E00 #E69F00
}

// The agencies view is a heat map drawn without Graphviz.
func ExampleHeatmap() {
	ds, err := importers.Load("../../../../examples/kommune")
	if err != nil {
		log.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		log.Fatal(err)
	}
	h := views.Heatmap(n, views.Style{})
	svg := h.SVG()
	fmt.Println(bytes.Contains(svg, []byte("Collaboration between agencies – Fjordvik")))
	// Output: true
}
