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

func ExampleParseFormat() {
	f, err := draw.ParseFormat("PNG")
	fmt.Println(f, err)
	_, err = draw.ParseFormat("pdf")
	fmt.Println(err)
	// Output:
	// png <nil>
	// draw: unknown format "pdf"; want svg, png or dot
}
