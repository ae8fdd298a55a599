package draw_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"log"
	"strings"

	"github.com/samkart/samkart/graph/draw"
)

func ExampleRenderer_Render() {
	dot := []byte(`graph {
	node [shape=box, style=filled, fillcolor="#56b4e9"];
	"Rådmann Østfjord" -- "NAV Østfjord" [style=dashed];
}`)
	var r draw.Renderer // lays out every graph in this process
	var svg, pic bytes.Buffer
	if err := r.Render(context.Background(), dot, draw.FormatSVG, &svg); err != nil {
		log.Fatal(err)
	}
	if err := r.Render(context.Background(), dot, draw.FormatPNG, &pic); err != nil {
		log.Fatal(err)
	}
	img, err := png.Decode(&pic)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Contains(svg.String(), ">Rådmann Østfjord</text>"))
	fmt.Println(img.Bounds().Dx() > 0)
	// Output:
	// true
	// true
}

// A format reads and writes its name, as a command-line flag does.
func ExampleFormat_UnmarshalText() {
	var f draw.Format
	err := f.UnmarshalText([]byte("PNG"))
	fmt.Println(f, err)
	err = f.UnmarshalText([]byte("pdf"))
	fmt.Println(err)
	// Output:
	// png <nil>
	// want one of svg, png, dot
}

// A styled graph is written as DOT, its text quoted once for Graphviz.
func ExampleGraph() {
	g := draw.NewGraph("g")
	g.NodeAttrs.Set("shape", "box")
	var a, b draw.Attrs
	a.Set("label", draw.Quote(`Rådmann "Øst"`))
	b.Set("fillcolor", "#56B4E9")
	nav := g.AddNode("NAV", b)
	rad := g.AddNode("RAD", a)
	var e draw.Attrs
	e.Set("style", "dashed")
	g.AddEdge(nav.ID, rad.ID, e)
	dot, err := g.Marshal()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(dot))
	// Output:
	// strict graph g {
	// 	node [
	// 		shape=box
	// 	];
	//
	// 	// Node definitions.
	// 	"NAV" [fillcolor="#56B4E9"];
	// 	"RAD" [label="Rådmann \"Øst\""];
	//
	// 	// Edge definitions.
	// 	"NAV" -- "RAD" [style=dashed];
	// }
}

// A picture laid out by hand has the same shapes in SVG and PNG.
func ExamplePicture() {
	p := &draw.Picture{W: 120, H: 40}
	p.Rect(10, 10, 20, 20, "#D55E00", "#333333", 0.6, "NAV: 4 units")
	p.Text(40, 25, "NAV & co", 12, true, 'l', "#222222")
	svg := p.SVG()
	png, err := p.PNG()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Contains(string(svg), "<title>NAV: 4 units</title>"), strings.Contains(string(svg), ">NAV &amp; co</text>"))
	fmt.Println(bytes.HasPrefix(png, []byte("\x89PNG")))
	// Output:
	// true true
	// true
}
