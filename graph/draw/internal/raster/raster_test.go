package raster

import (
	"image/color"
	"math"
	"testing"

	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
)

func TestParseColor(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want color.NRGBA
		ok   bool
	}{
		{"#000000", color.NRGBA{0, 0, 0, 255}, true},
		{"#cce5ff", color.NRGBA{0xcc, 0xe5, 0xff, 255}, true},
		{"#00000080", color.NRGBA{0, 0, 0, 0x80}, true},
		{"#fffffe00", color.NRGBA{0xff, 0xff, 0xfe, 0}, true},
		{"#CCE5FF", color.NRGBA{0xcc, 0xe5, 0xff, 255}, true},
		{"black", color.NRGBA{0, 0, 0, 255}, true},
		{"transparent", color.NRGBA{}, true},
		{"#12345", color.NRGBA{}, false},
		{"#gggggg", color.NRGBA{}, false},
		{"red", color.NRGBA{}, false}, // xdot writes hex; names other than these are not expected
		{"", color.NRGBA{}, false},
	} {
		got, ok := parseColor(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseColor(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSizeZoom(t *testing.T) {
	for _, tc := range []struct {
		size string
		w, h float64
		want float64
	}{
		{"", 500, 300, 1},
		{"10,10", 500, 300, 1},   // fits: not scaled up
		{"10,10!", 360, 180, 2},  // "!" scales up to fit 720×720
		{"5,5", 720, 360, 0.5},   // 360 points wide at most
		{"5", 720, 1440, 0.25},   // one number is both width and height
		{"2,8", 288, 288, 0.5},   // the tighter side wins
		{"x,y", 720, 360, 1},     // unreadable: ignored
		{"-3,4", 720, 360, 1},    // negative: ignored
		{"1e400,2", 720, 360, 1}, // out of range: ignored
	} {
		if got := sizeZoom(tc.size, tc.w, tc.h); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("sizeZoom(%q, %v, %v) = %v; want %v", tc.size, tc.w, tc.h, got, tc.want)
		}
	}
}

// coverage draws polygons in black on white and returns the ink: the sum
// over pixels of darkness, 1 for a black pixel.
func coverage(w, h int, draw func(c *canvas)) float64 {
	c := newCanvas(w, h, 1, 0, 0)
	c.clear(color.NRGBA{255, 255, 255, 255})
	c.reset()
	draw(c)
	ink := 0.0
	for i := 0; i < len(c.img.Pix); i += 4 {
		ink += float64(255-c.img.Pix[i]) / 255
	}
	return ink
}

// TestStroke checks stroke outlines by the ink they leave: a straight
// line covers length × width, a square outline with miter joins covers
// (L+w)² − (L−w)², and a dashed line covers its dashes only.
func TestStroke(t *testing.T) {
	black := brush{c: color.NRGBA{0, 0, 0, 255}}
	for _, tc := range []struct {
		name   string
		pts    []point
		closed bool
		width  float64
		dash   []float64
		want   float64
	}{
		{"line", []point{{20, 50}, {120, 50}}, false, 4, nil, 400},
		{"diagonal", []point{{20, 20}, {80, 100}}, false, 2, nil, 200},
		{"square", []point{{50, 50}, {150, 50}, {150, 150}, {50, 150}}, true, 4, nil, 104*104 - 96*96},
		{"polyline", []point{{20, 20}, {120, 20}, {120, 120}}, false, 2, nil, 400},  // 2 × 200, − 1 overlap, + 1 miter corner
		{"dashed", []point{{20, 50}, {120, 50}}, false, 2, []float64{5, 2}, 2 * 72}, // 14 × 5 on, then 2 more
		{"dotted", []point{{20, 50}, {120, 50}}, false, 2, []float64{1, 5}, 2 * 17},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := coverage(200, 200, func(c *canvas) {
				c.fillPath(strokePolyline(tc.pts, tc.closed, tc.width, tc.dash), black)
			})
			if math.Abs(got-tc.want) > 0.01*tc.want+1 {
				t.Errorf("ink %.1f; want %.1f", got, tc.want)
			}
		})
	}
}

// TestFillTiles checks that a shape spanning many tiles is filled exactly
// once: no seams, no double coverage.
func TestFillTiles(t *testing.T) {
	black := brush{c: color.NRGBA{0, 0, 0, 255}}
	// A thin diagonal band across 5×5 tiles and a large disc.
	band := strokePolyline([]point{{3.3, 7.1}, {310.7, 299.9}}, false, 3, nil)
	got := coverage(320, 320, func(c *canvas) { c.fillPath(band, black) })
	if want := 3 * math.Hypot(307.4, 292.8); math.Abs(got-want) > 1 {
		t.Errorf("band ink %.2f; want %.2f", got, want)
	}
	c := newCanvas(320, 320, 1, 0, 0)
	disc := c.ellipse([]float64{160, -160, 150, 150})
	got = coverage(320, 320, func(c *canvas) { c.fillPath([][]point{disc}, black) })
	if want := math.Pi * 150 * 150; math.Abs(got-want) > 0.002*want {
		t.Errorf("disc ink %.1f; want %.1f", got, want)
	}
	// Translucent: two overlapping pieces of one path still composite once.
	c = newCanvas(100, 100, 1, 0, 0)
	c.clear(color.NRGBA{255, 255, 255, 255})
	c.fillPath(strokePolyline([]point{{10, 50}, {50, 50}, {50, 10}}, false, 10, nil), brush{c: color.NRGBA{0, 0, 0, 128}})
	if r := c.img.RGBAAt(50, 50).R; r < 120 || r > 135 {
		t.Errorf("overlap of a translucent stroke has red %d; want about 127", r)
	}
}

func TestDashRuns(t *testing.T) {
	runs := dashRuns([]point{{0, 0}, {10, 0}, {10, 10}}, []float64{4, 2})
	// 20 pixels of path: on 0–4, 6–10 (turning the corner), 12–16, 18–20.
	want := [][]point{
		{{0, 0}, {4, 0}},
		{{6, 0}, {10, 0}, {10, 0}},
		{{10, 2}, {10, 6}},
		{{10, 8}, {10, 10}},
	}
	if len(runs) != len(want) {
		t.Fatalf("runs = %v; want %v", runs, want)
	}
	for i := range want {
		a, b := runs[i], want[i]
		if a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
			t.Errorf("run %d = %v; want %v", i, a, b)
		}
	}
}

func TestFixBeziers(t *testing.T) {
	g := &Graph{
		Objects: []Object{{Draw: []Op{{Op: "B"}, {Op: "b"}}}},
		Edges:   []Edge{{Draw: []Op{{Op: "c"}, {Op: "b"}}}},
	}
	g.fixBeziers()
	if g.Objects[0].Draw[0].Op != "b" || g.Objects[0].Draw[1].Op != "B" || g.Edges[0].Draw[1].Op != "B" {
		t.Errorf("swapped JSON not fixed: %+v %+v", g.Objects, g.Edges)
	}
	// A Graphviz that writes B for edges is right already.
	g = &Graph{
		Objects: []Object{{Draw: []Op{{Op: "b"}}}},
		Edges:   []Edge{{Draw: []Op{{Op: "B"}}}},
	}
	g.fixBeziers()
	if g.Objects[0].Draw[0].Op != "b" || g.Edges[0].Draw[0].Op != "B" {
		t.Errorf("correct JSON changed: %+v %+v", g.Objects, g.Edges)
	}
}

func TestGoFontsCoverNorwegian(t *testing.T) {
	for style := range 8 {
		f := goFont(style)
		var fs fontCache
		for _, r := range "æøåÆØÅéü–«»" {
			x, err := f.GlyphIndex(&fs.buf, r)
			if err != nil || x == 0 {
				t.Errorf("font style %d has no glyph for %q", style, r)
				continue
			}
			if g := fs.glyph(style, f, x); len(g.contours) == 0 || g.advance <= 0 {
				t.Errorf("font style %d: glyph %q has no outline", style, r)
			}
		}
	}
}

func TestFontStyle(t *testing.T) {
	for _, tc := range []struct {
		face string
		char int
		want int
	}{
		{"Times-Roman", 0, 0},
		{"Helvetica", 1, fontBold},
		{"Helvetica-Bold", 0, fontBold},
		{"Arial Italic", 0, fontItalic},
		{"Helvetica", 3, fontBold | fontItalic},
		{"Courier", 0, fontMono},
		{"DejaVu Sans Mono Bold Oblique", 0, fontMono | fontBold | fontItalic},
	} {
		if got := fontStyle(tc.face, tc.char); got != tc.want {
			t.Errorf("fontStyle(%q, %d) = %d; want %d", tc.face, tc.char, got, tc.want)
		}
	}
}

// TestRasterOddInput feeds operations with missing or bad fields: nothing
// may panic, and a well-formed image still comes out.
func TestRasterOddInput(t *testing.T) {
	ops := []Op{
		{Op: "E", Rect: []float64{1, 2}},
		{Op: "e", Rect: []float64{10, 10, 0, 0}},
		{Op: "P"},
		{Op: "p", Points: [][2]float64{{1, 1}}},
		{Op: "L", Points: [][2]float64{{1, 1}, {1, 1}, {1, 1}}},
		{Op: "B", Points: [][2]float64{{1, 1}, {2, 2}}},
		{Op: "b", Points: [][2]float64{{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}}},
		{Op: "T"},
		{Op: "T", Pt: []float64{5, 5}, Text: "\xff\xfe Ås", Width: -3},
		{Op: "S", Style: "setlinewidth(-1)"},
		{Op: "S", Style: "setlinewidth(1e999)"},
		{Op: "S", Style: "setlinewidth("},
		{Op: "c", Color: "nonsense"},
		{Op: "C", Grad: "linear", Stops: nil},
		{Op: "C", Grad: "radial", P0: []float64{1, 1, 1}, P1: []float64{1, 1, 1}, Stops: []Stop{{0, "#ff0000"}, {1, "#0000ff"}}},
		{Op: "E", Rect: []float64{20, 20, 10, 10}},
		{Op: "F", Size: -1, Face: ""},
		{Op: "T", Pt: []float64{20, 20}, Text: "x", Align: "q"},
		{Op: "I"},
		{Op: "zz"},
	}
	g := &Graph{BB: "0,0,40,40", Draw: ops, SubgraphCnt: 5,
		Edges: []Edge{{Tail: -1, Head: 99, Draw: ops}}}
	img, err := g.rasterize()
	if err != nil || img.Bounds().Dx() != 96 {
		t.Errorf("raster = %v, %v", img.Bounds(), err)
	}
	for _, bb := range []string{"", "0,0,1", "0,0,nan,1", "5,5,5,5", "0,0,-3,1"} {
		if _, err := (&Graph{BB: bb}).rasterize(); err == nil && bb != "5,5,5,5" {
			t.Errorf("bb %q: no error", bb)
		}
	}
	if _, err := PNG([]byte("{not json")); err == nil {
		t.Error("PNG accepted bad JSON")
	}
}

// TestBoxDPI checks that a picture printed in a box is drawn at no more
// than MaxBoxDPI there, and cleared to its background to the last row.
func TestBoxDPI(t *testing.T) {
	g := &Graph{BB: "0,0,720,360", Pad: "0", Box: [2]float64{72, 72},
		Draw: []Op{{Op: "C", Color: "#336699"}, {Op: "c", Color: "#336699"}, {Op: "P", Points: [][2]float64{{0, 0}, {0, 360}, {720, 360}, {720, 0}}}}}
	img, err := g.rasterize()
	if err != nil {
		t.Fatal(err)
	}
	// 720 points in a 72-point box: a tenth of the size, 300 dpi there.
	if b := img.Bounds(); b.Dx() != 300 || b.Dy() != 150 {
		t.Errorf("%v pixels, want 300 × 150", b.Size())
	}
	if c := img.RGBAAt(299, 149); c.R != 0x33 || c.G != 0x66 || c.B != 0x99 || c.A != 0xff {
		t.Errorf("last pixel %v", c)
	}
	g.Box = [2]float64{7200, 7200} // large: the default 2 pixels a point
	if img, _ = g.rasterize(); img.Bounds().Dx() != 1440 {
		t.Errorf("%d pixels wide in a large box, want 1440", img.Bounds().Dx())
	}
}
