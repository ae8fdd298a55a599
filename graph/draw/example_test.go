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
