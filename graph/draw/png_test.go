package draw

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph/draw/internal/raster"
	"github.com/samkart/samkart/graph/graphtest"
)

// renderPNG renders dot as a PNG and decodes it.
func renderPNG(t *testing.T, dot []byte) (image.Image, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := isolated.Render(context.Background(), dot, FormatPNG, &buf); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	return img, buf.Bytes()
}

// TestPNGGolden compares rendered PNGs with testdata/png_*.png, pixel by
// pixel with a tolerance, so that a change in anti-aliasing or rounding
// does not fail the test but a missing edge, label or fill does: a pixel
// differs when a channel is off by more than 48, and 0.2% may differ.
func TestPNGGolden(t *testing.T) {
	for _, name := range []string{"basic", "legend", "html", "network"} {
		t.Run(name, func(t *testing.T) {
			_, raw := renderPNG(t, readTestdata(t, "graphviz_"+name+".dot"))
			graphtest.GoldenFunc(t, filepath.Join("testdata", "png_"+name+".png"), raw, graphtest.PNGWithin(48, 0.002))
		})
	}
}

// colorDistance is the largest difference of the 8-bit channels.
func colorDistance(a, b color.Color) int {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	d := 0
	for _, p := range [][2]uint32{{ar, br}, {ag, bg}, {ab, bb}, {aa, ba}} {
		d = max(d, int(math.Abs(float64(p[0]>>8)-float64(p[1]>>8))))
	}
	return d
}

func luma(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 257
}

// layoutOf returns Graphviz's JSON layout of dot, for tests that look at
// the PNG where the layout put things.
type testLayout struct {
	BB      string `json:"bb"`
	Objects []struct {
		Name   string      `json:"name"`
		Pos    string      `json:"pos"`
		Width  string      `json:"width"`
		Height string      `json:"height"`
		Draw   []raster.Op `json:"_draw_"`
	} `json:"objects"`
	Edges []struct {
		Tail, Head int
		Draw       []raster.Op `json:"_draw_"`
		HDraw      []raster.Op `json:"_hdraw_"`
	} `json:"edges"`
}

func layoutOf(t *testing.T, dot []byte) (*testLayout, func(x, y float64) image.Point) {
	t.Helper()
	js, err := isolated.layout(context.Background(), dot, "json")
	if err != nil {
		t.Fatal(err)
	}
	var l testLayout
	if err := json.Unmarshal(js, &l); err != nil {
		t.Fatal(err)
	}
	bb, err := parseFloats(l.BB, 4)
	if err != nil {
		t.Fatal(err)
	}
	// The default PNG transform: 2 pixels per point, a 4-point pad.
	return &l, func(x, y float64) image.Point {
		return image.Pt(int(math.Floor((x-bb[0]+4)*raster.PixelsPerPoint)), int(math.Floor((bb[3]-y+4)*raster.PixelsPerPoint)))
	}
}

// bezierAt evaluates the first cubic of a B-spline's control points.
func bezierAt(p [][2]float64, t float64) (x, y float64) {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return a*p[0][0] + b*p[1][0] + c*p[2][0] + d*p[3][0], a*p[0][1] + b*p[1][1] + c*p[2][1] + d*p[3][1]
}

func opPoints(t *testing.T, ops []raster.Op, kinds string) [][2]float64 {
	t.Helper()
	for _, op := range ops {
		if strings.Contains(kinds, op.Op) && len(op.Points) > 0 {
			return op.Points
		}
	}
	t.Fatalf("no %s operation in %v", kinds, ops)
	return nil
}

// TestPNGPicture checks what goccy/go-graphviz#106 gets wrong: edges are
// thin lines, not filled shapes; boxes are filled and outlined; arrowheads
// are filled; dashed edges are dashed; the page is white.
func TestPNGPicture(t *testing.T) {
	dot := []byte(`digraph {
		nodesep=1.5; ranksep=1.5;
		node [shape=box, style=filled, fillcolor="#cce5ff", fontname="Helvetica"];
		a [label="Rådmann Østfjord"];
		b [label="Helse og omsorg Ås"];
		c [label="Flyktningtjenesten Bjørnøy"];
		a -> b;
		a -> c [style=dashed];
	}`)
	img, _ := renderPNG(t, dot)
	l, px := layoutOf(t, dot)
	bounds := img.Bounds()

	white := 0
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			if luma(img.At(x, y)) > 245 {
				white++
			}
		}
	}
	if frac := float64(white) / float64(bounds.Dx()*bounds.Dy()); frac < 0.6 {
		t.Errorf("only %.0f%% of the picture is white background", 100*frac)
	}
	if c := color.NRGBAModel.Convert(img.At(0, 0)).(color.NRGBA); c != (color.NRGBA{255, 255, 255, 255}) {
		t.Errorf("corner pixel %v; want opaque white", c)
	}

	edge := func(tail, head string) int {
		for i, e := range l.Edges {
			if l.Objects[e.Tail].Name == tail && l.Objects[e.Head].Name == head {
				return i
			}
		}
		t.Fatalf("no edge %s -> %s", tail, head)
		return -1
	}

	// Thin solid edge: around the middle of a -> b, a 21×21 window holds
	// a line (some dark pixels) and no filled shape (few of them).
	ab := l.Edges[edge("a", "b")]
	mid := px(bezierAt(opPoints(t, ab.Draw, "bB"), 0.5))
	dark := 0
	for y := mid.Y - 10; y <= mid.Y+10; y++ {
		for x := mid.X - 10; x <= mid.X+10; x++ {
			if luma(img.At(x, y)) < 128 {
				dark++
			}
		}
	}
	if dark == 0 || dark > 441/4 {
		t.Errorf("%d of 441 pixels dark around the middle of edge a -> b; want a thin line", dark)
	}

	// The arrowhead is filled: its centroid is dark.
	head := opPoints(t, ab.HDraw, "Pp")
	var cx, cy float64
	for _, p := range head {
		cx, cy = cx+p[0]/float64(len(head)), cy+p[1]/float64(len(head))
	}
	if c := px(cx, cy); luma(img.At(c.X, c.Y)) > 100 {
		t.Errorf("arrowhead centre %v is %v; want dark", c, img.At(c.X, c.Y))
	}

	// Dashed edge: dark and light alternate along a -> c.
	ac := opPoints(t, l.Edges[edge("a", "c")].Draw, "bB")
	changes, was := 0, false
	for i := 0; i <= 400; i++ {
		p := px(bezierAt(ac, 0.1+0.8*float64(i)/400))
		on := false
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				on = on || luma(img.At(p.X+dx, p.Y+dy)) < 160
			}
		}
		if i > 0 && on != was {
			changes++
		}
		was = on
	}
	if changes < 8 {
		t.Errorf("%d dash boundaries along a -> c; want a dashed line", changes)
	}

	// Boxes: filled near the top inside, outlined on the border.
	for _, o := range l.Objects {
		pos, err := parseFloats(o.Pos, 2)
		if err != nil {
			t.Fatal(err)
		}
		hs, _ := parseFloats(o.Height, 1)
		top := pos[1] + hs[0]*72/2
		inside := px(pos[0], top-4)
		fill := color.NRGBAModel.Convert(img.At(inside.X, inside.Y)).(color.NRGBA)
		if colorDistance(fill, color.NRGBA{0xcc, 0xe5, 0xff, 0xff}) > 8 {
			t.Errorf("node %s: fill %v; want #cce5ff", o.Name, fill)
		}
		border := px(pos[0], top)
		darkest := 255.0
		for dy := -2; dy <= 2; dy++ {
			darkest = math.Min(darkest, luma(img.At(border.X, border.Y+dy)))
		}
		if darkest > 80 {
			t.Errorf("node %s: no outline at its top edge (darkest %.0f)", o.Name, darkest)
		}
	}
}

// TestPNGResolution checks the pixel size: 2 pixels per point, the dpi
// attribute, and the size attribute's scaling, as Graphviz does.
func TestPNGResolution(t *testing.T) {
	for _, tc := range []struct {
		attrs string
		scale float64 // pixels per point
	}{
		{"", 2},
		{"dpi=72;", 1},
		{"dpi=216;", 3},
		{`size="1,1";`, 0}, // scaled down to 1 inch (72 points) at most
	} {
		t.Run(tc.attrs, func(t *testing.T) {
			dot := []byte(fmt.Sprintf("graph { %s a -- b -- c; a [label=\"Ærø\"] }", tc.attrs))
			img, _ := renderPNG(t, dot)
			l, _ := layoutOf(t, dot)
			bb, _ := parseFloats(l.BB, 4)
			w, h := bb[2]-bb[0]+8, bb[3]-bb[1]+8
			scale := tc.scale
			if scale == 0 {
				scale = raster.PixelsPerPoint * math.Min(72/w, 72/h)
			}
			want := image.Pt(int(math.Ceil(w*scale)), int(math.Ceil(h*scale)))
			if got := img.Bounds().Size(); got != want {
				t.Errorf("size %v; want %v", got, want)
			}
		})
	}
}

func TestPNGEmptyGraph(t *testing.T) {
	img, _ := renderPNG(t, []byte("digraph {}"))
	if img.Bounds().Empty() {
		t.Error("empty image")
	}
}

func TestPNGTransparentBackground(t *testing.T) {
	img, _ := renderPNG(t, []byte("digraph { bgcolor=transparent; a -> b }"))
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Errorf("corner alpha %d; want 0 for bgcolor=transparent", a)
	}
}

// parseFloats parses the n comma- or space-separated numbers of a Graphviz
// attribute.
func parseFloats(s string, n int) ([]float64, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	if len(fields) != n {
		return nil, fmt.Errorf("%q: want %d numbers", s, n)
	}
	out := make([]float64, n)
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
