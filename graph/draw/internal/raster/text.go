package raster

import (
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/gomonobolditalic"
	"golang.org/x/image/font/gofont/gomonoitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The embedded Go fonts, by style: regular, bold, italic, bold italic, and
// the same four monospaced. They cover Latin-1 and Latin Extended-A, so
// Norwegian letters are always drawn from the same outlines.
var goFonts struct {
	once  sync.Once
	fonts [8]*sfnt.Font
}

const (
	fontBold   = 1
	fontItalic = 2
	fontMono   = 4
)

func goFont(style int) *sfnt.Font {
	goFonts.once.Do(func() {
		for i, ttf := range [8][]byte{
			goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF,
			gomono.TTF, gomonobold.TTF, gomonoitalic.TTF, gomonobolditalic.TTF,
		} {
			f, err := sfnt.Parse(ttf)
			if err != nil {
				panic("draw: embedded Go font: " + err.Error())
			}
			goFonts.fonts[i] = f
		}
	})
	return goFonts.fonts[style&7]
}

// fontStyle picks the Go font for a Graphviz font name and xdot font
// characteristics (t operation: 1 bold, 2 italic). Every face that is not
// monospaced is drawn in Go's proportional sans.
func fontStyle(face string, char int) int {
	f := strings.ToLower(face)
	s := 0
	if char&1 != 0 || strings.Contains(f, "bold") || strings.Contains(f, "black") || strings.Contains(f, "heavy") {
		s |= fontBold
	}
	if char&2 != 0 || strings.Contains(f, "italic") || strings.Contains(f, "oblique") {
		s |= fontItalic
	}
	if strings.Contains(f, "mono") || strings.Contains(f, "courier") || strings.Contains(f, "consol") {
		s |= fontMono
	}
	return s
}

// fontCache caches glyph outlines (in font units) for one rendering.
type fontCache struct {
	buf    sfnt.Buffer
	glyphs map[glyphKey]*glyphOutline
}

type glyphKey struct {
	style int
	index sfnt.GlyphIndex
}

type glyphOutline struct {
	contours [][]point // flattened, y down, font units
	advance  float64
}

// glyph returns glyph x of f, with outlines flattened to within 1/256 em.
func (fs *fontCache) glyph(style int, f *sfnt.Font, x sfnt.GlyphIndex) *glyphOutline {
	key := glyphKey{style, x}
	if g, ok := fs.glyphs[key]; ok {
		return g
	}
	if fs.glyphs == nil {
		fs.glyphs = make(map[glyphKey]*glyphOutline)
	}
	upem := float64(f.UnitsPerEm())
	ppem := fixed.Int26_6(f.UnitsPerEm()) << 6 // one "pixel" per font unit
	g := &glyphOutline{}
	if adv, err := f.GlyphAdvance(&fs.buf, x, ppem, font.HintingNone); err == nil {
		g.advance = float64(adv) / 64
	}
	segs, err := f.LoadGlyph(&fs.buf, x, ppem, nil)
	if err == nil {
		tol := upem / 256
		var cur []point
		p := func(v fixed.Point26_6) point { return point{float64(v.X) / 64, float64(v.Y) / 64} }
		for _, s := range segs {
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				if len(cur) > 2 {
					g.contours = append(g.contours, cur)
				}
				cur = []point{p(s.Args[0])}
			case sfnt.SegmentOpLineTo:
				cur = append(cur, p(s.Args[0]))
			case sfnt.SegmentOpQuadTo:
				if len(cur) == 0 {
					continue
				}
				a, b, c := cur[len(cur)-1], p(s.Args[0]), p(s.Args[1])
				m := math.Hypot(a.x-2*b.x+c.x, a.y-2*b.y+c.y)
				n := min(max(int(math.Ceil(math.Sqrt(m/(4*tol)))), 1), 64)
				for i := 1; i <= n; i++ {
					t := float64(i) / float64(n)
					u := 1 - t
					cur = append(cur, point{u*u*a.x + 2*u*t*b.x + t*t*c.x, u*u*a.y + 2*u*t*b.y + t*t*c.y})
				}
			case sfnt.SegmentOpCubeTo:
				if len(cur) == 0 {
					continue
				}
				// appendCubic's tolerance is 0.1 unit; fine for outlines.
				cur = appendCubic(cur, cur[len(cur)-1], p(s.Args[0]), p(s.Args[1]), p(s.Args[2]))
			}
		}
		if len(cur) > 2 {
			g.contours = append(g.contours, cur)
		}
	}
	fs.glyphs[key] = g
	return g
}

// text draws a T operation: its text on the baseline at Pt, aligned left,
// centred or right, in the pen colour. Graphviz sized the label for its
// own estimate of the text's width (op.Width); where the Go font runs
// wider, the text is narrowed to fit (down to 80 %, then also made
// smaller), so it stays inside its box as it does in the SVG.
func (c *canvas) text(op *Op) {
	if op.Text == "" || c.pen.transparent() {
		return
	}
	style := fontStyle(c.fontFace, c.fontChar)
	f := goFont(style)
	em := c.fontSize * c.scale // pixels per em
	unit := em / float64(f.UnitsPerEm())

	type placed struct {
		g *glyphOutline
		x float64 // pen position, font units
	}
	var glyphs []placed
	pen := 0.0
	prev := sfnt.GlyphIndex(0)
	ppem := fixed.Int26_6(f.UnitsPerEm()) << 6
	for _, r := range op.Text {
		if r == '-' && style&fontMono == 0 {
			// Go's hyphen-minus is a code font's minus, as wide as an n;
			// in running text the soft hyphen's glyph reads as a hyphen.
			r = '\u00ad'
		}
		x, err := f.GlyphIndex(&c.fonts.buf, r)
		if err != nil {
			continue
		}
		if prev != 0 && x != 0 {
			if k, err := f.Kern(&c.fonts.buf, prev, x, ppem, font.HintingNone); err == nil {
				pen += float64(k) / 64
			}
		}
		g := c.fonts.glyph(style, f, x)
		glyphs = append(glyphs, placed{g, pen})
		pen += g.advance
		prev = x
	}
	width := pen * unit
	if width <= 0 {
		return
	}
	sx, sy := 1.0, 1.0
	if want := op.Width * c.scale; want > 0 && width > want {
		sx = want / width
		if sx < 0.8 {
			sy = sx / 0.8
		}
	}
	drawn := width * sx
	at := c.pt([2]float64{op.Pt[0], op.Pt[1]})
	x0 := at.x
	switch op.Align {
	case "c":
		x0 -= drawn / 2
	case "r":
		x0 -= drawn
	}
	var polys [][]point
	for _, pg := range glyphs {
		for _, ct := range pg.g.contours {
			poly := make([]point, len(ct))
			for i, q := range ct {
				poly[i] = point{x0 + (pg.x+q.x)*unit*sx, at.y + q.y*unit*sy}
			}
			polys = append(polys, poly)
		}
	}
	c.fillPath(polys, c.pen)

	// Decorations: underline, strike-through and overline (t flags 4, 32,
	// 64), at positions typical of a sans-serif font. They are filled on
	// their own: glyph contours may wind either way.
	polys = polys[:0]
	thick := math.Max(em*sy*0.06, 1)
	for _, d := range []struct {
		flag int
		y    float64 // in em, baseline = 0, up is negative
	}{{4, 0.12}, {32, -0.28}, {64, -0.8}} {
		if c.fontChar&d.flag != 0 {
			y := at.y + d.y*em*sy
			polys = append(polys, oriented([]point{
				{x0, y - thick/2}, {x0 + drawn, y - thick/2}, {x0 + drawn, y + thick/2}, {x0, y + thick/2},
			}))
		}
	}
	c.fillPath(polys, c.pen)
}

// measureFont caches a sfnt.Buffer for TextWidth.
var measureFont struct {
	sync.Mutex
	buf sfnt.Buffer
}

// TextWidth returns the width in points of s in the Go font at size
// points, as a PNG draws it; browsers' Helvetica is a little narrower.
func TextWidth(s string, size float64, bold bool) float64 {
	style := 0
	if bold {
		style = fontBold
	}
	fnt := goFont(style)
	measureFont.Lock()
	defer measureFont.Unlock()
	ppem := fixed.Int26_6(fnt.UnitsPerEm()) << 6
	w := 0.0
	prev := sfnt.GlyphIndex(0)
	for _, r := range s {
		x, err := fnt.GlyphIndex(&measureFont.buf, r)
		if err != nil {
			continue
		}
		if prev != 0 && x != 0 {
			if k, err := fnt.Kern(&measureFont.buf, prev, x, ppem, font.HintingNone); err == nil {
				w += float64(k) / 64
			}
		}
		if adv, err := fnt.GlyphAdvance(&measureFont.buf, x, ppem, font.HintingNone); err == nil {
			w += float64(adv) / 64
		}
		prev = x
	}
	return w / float64(fnt.UnitsPerEm()) * size
}
