package draw

import (
	"bytes"
	"fmt"
	"math"
	"strconv"

	"github.com/samkart/samkart/graph/draw/internal/raster"
)

// Picture is a drawing laid out by its maker rather than by Graphviz:
// rectangles, lines and texts, in points with y pointing down. Its SVG and
// PNG come from the same shapes; the PNG is drawn by the rasteriser of a
// Renderer's PNGs, with the same embedded Go fonts.
type Picture struct {
	W, H   float64 // size in points
	Shapes []Shape
	// DPI is the PNG's resolution; 0 is the rasteriser's default (144).
	DPI float64
	// Box, when set, is the size in points of the box the picture is
	// printed in: the PNG has no more than 300 dpi there.
	Box [2]float64
}

// ShapeKind is what a Shape draws.
type ShapeKind byte

// The kinds of shape.
const (
	RectShape ShapeKind = 'r'
	TextShape ShapeKind = 't'
	LineShape ShapeKind = 'l'
	// CircleShape is a circle of diameter W centred on X, Y.
	CircleShape ShapeKind = 'c'
)

// Shape is one drawing primitive of a Picture.
type Shape struct {
	Kind       ShapeKind
	X, Y, W, H float64 // a line runs from X, Y to X+W, Y+H
	Fill       string  // rectangles; "" for none
	Stroke     string  // rectangles and lines; "" for none
	LineWidth  float64
	Text       string
	Size       float64 // text: font size
	Bold       bool
	Anchor     byte   // text: 'l', 'c' or 'r'
	Color      string // text colour
	Title      string // tooltip (SVG only)
}

// Rect adds a rectangle, filled with fill and outlined with stroke of
// width lw ("" for none); title is its tooltip in the SVG.
func (p *Picture) Rect(x, y, w, h float64, fill, stroke string, lw float64, title string) {
	p.Shapes = append(p.Shapes, Shape{Kind: RectShape, X: x, Y: y, W: w, H: h, Fill: fill, Stroke: stroke, LineWidth: lw, Title: title})
}

// Text adds one line of text with its baseline at y, starting at x (anchor
// 'l'), centred on it ('c') or ending at it ('r').
func (p *Picture) Text(x, y float64, s string, size float64, bold bool, anchor byte, color string) {
	p.Shapes = append(p.Shapes, Shape{Kind: TextShape, X: x, Y: y, Text: s, Size: size, Bold: bold, Anchor: anchor, Color: color})
}

// Line adds a line from x1, y1 to x2, y2.
func (p *Picture) Line(x1, y1, x2, y2 float64, stroke string, lw float64) {
	p.Shapes = append(p.Shapes, Shape{Kind: LineShape, X: x1, Y: y1, W: x2 - x1, H: y2 - y1, Stroke: stroke, LineWidth: lw})
}

// Circle adds a circle of diameter d centred on x, y, filled with fill
// and outlined with stroke of width lw ("" for none); title is its tooltip
// in the SVG.
func (p *Picture) Circle(x, y, d float64, fill, stroke string, lw float64, title string) {
	p.Shapes = append(p.Shapes, Shape{Kind: CircleShape, X: x, Y: y, W: d, H: d, Fill: fill, Stroke: stroke, LineWidth: lw, Title: title})
}

// Right returns the right edge of the shapes, texts measured as the PNG
// draws them.
func (p *Picture) Right() float64 {
	right := 0.0
	for _, s := range p.Shapes {
		switch s.Kind {
		case TextShape:
			w := TextWidth(s.Text, s.Size, s.Bold)
			switch s.Anchor {
			case 'c':
				right = math.Max(right, s.X+w/2)
			case 'r':
				right = math.Max(right, s.X)
			default:
				right = math.Max(right, s.X+w)
			}
		case CircleShape:
			right = math.Max(right, s.X+s.W/2)
		default:
			right = math.Max(right, s.X+math.Max(s.W, 0))
		}
	}
	return right
}

// TextWidth returns the width in points of s in the Go font at size
// points, as a PNG draws it; browsers' Helvetica is a little narrower.
func TextWidth(s string, size float64, bold bool) float64 {
	return raster.TextWidth(s, size, bold)
}

// coord formats a coordinate for SVG.
func coord(x float64) string { return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) }

// SVG returns the picture as a standalone SVG document. Rectangles with a
// title show it when pointed at.
func (p *Picture) SVG() []byte {
	f := coord
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%spt" height="%spt" viewBox="0 0 %s %s" font-family="Helvetica,Arial,sans-serif">
<rect x="0" y="0" width="%s" height="%s" fill="#FFFFFF"/>
`, f(p.W), f(p.H), f(p.W), f(p.H), f(p.W), f(p.H))
	for _, s := range p.Shapes {
		switch s.Kind {
		case RectShape:
			writeSVGRect(&b, s)
		case LineShape:
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" %s stroke-width="%s"/>`+"\n",
				f(s.X), f(s.Y), f(s.X+s.W), f(s.Y+s.H), svgPaint("stroke", s.Stroke), f(s.LineWidth))
		case CircleShape:
			writeSVGCircle(&b, s)
		case TextShape:
			anchor := "start"
			switch s.Anchor {
			case 'c':
				anchor = "middle"
			case 'r':
				anchor = "end"
			}
			weight := ""
			if s.Bold {
				weight = ` font-weight="bold"`
			}
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" text-anchor="%s" fill="%s"%s>%s</text>`+"\n",
				f(s.X), f(s.Y), f(s.Size), anchor, s.Color, weight, xmlText(s.Text))
		}
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func writeSVGRect(b *bytes.Buffer, s Shape) {
	f := coord
	fill, stroke := s.Fill, s.Stroke
	if fill == "" {
		fill = "none"
	}
	if stroke == "" {
		stroke = "none"
	}
	fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="%s"`, f(s.X), f(s.Y), f(s.W), f(s.H), fill, stroke)
	endSVGShape(b, s, "rect")
}

func writeSVGCircle(b *bytes.Buffer, s Shape) {
	f := coord
	fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="%s" %s %s`, f(s.X), f(s.Y), f(s.W/2), svgPaint("fill", s.Fill), svgPaint("stroke", s.Stroke))
	endSVGShape(b, s, "circle")
}

// endSVGShape ends the element tag of s: its stroke width and its title,
// the tooltip.
func endSVGShape(b *bytes.Buffer, s Shape, tag string) {
	if s.Stroke != "" {
		fmt.Fprintf(b, ` stroke-width="%s"`, coord(s.LineWidth))
	}
	if s.Title != "" {
		fmt.Fprintf(b, "><title>%s</title></%s>\n", xmlText(s.Title), tag)
	} else {
		b.WriteString("/>\n")
	}
}

// svgPaint is the SVG attribute attr (fill or stroke) for the colour c,
// "" for none; a colour #RRGGBBAA is written as #RRGGBB with an opacity,
// as Graphviz writes it, which every SVG reader understands.
func svgPaint(attr, c string) string {
	switch {
	case c == "":
		return attr + `="none"`
	case len(c) == 9 && c[0] == '#':
		a, err := strconv.ParseUint(c[7:], 16, 8)
		if err == nil {
			return fmt.Sprintf(`%s="%s" %s-opacity="%s"`, attr, c[:7], attr, strconv.FormatFloat(math.Round(float64(a)/255*1000)/1000, 'f', -1, 64))
		}
	}
	return attr + `="` + c + `"`
}

// PNG returns the picture as a PNG, drawn as xdot operations by the
// rasteriser of a Renderer's PNGs.
func (p *Picture) PNG() ([]byte, error) {
	f := coord
	g := raster.Graph{BB: "0,0," + f(p.W) + "," + f(p.H), Pad: "0"}
	if p.DPI > 0 {
		g.DPI = strconv.FormatFloat(p.DPI, 'f', -1, 64)
	}
	g.Box = p.Box
	flip := func(y float64) float64 { return p.H - y }
	g.Draw = append(g.Draw, raster.Op{Op: "C", Color: "#FFFFFF"}, raster.Op{Op: "c", Color: "#FFFFFF"},
		raster.Op{Op: "P", Points: [][2]float64{{0, 0}, {0, p.H}, {p.W, p.H}, {p.W, 0}}})
	for _, s := range p.Shapes {
		switch s.Kind {
		case RectShape:
			pts := [][2]float64{{s.X, flip(s.Y)}, {s.X + s.W, flip(s.Y)}, {s.X + s.W, flip(s.Y + s.H)}, {s.X, flip(s.Y + s.H)}}
			if s.Fill != "" {
				g.Draw = append(g.Draw, raster.Op{Op: "C", Color: s.Fill}, raster.Op{Op: "c", Color: s.Fill},
					raster.Op{Op: "S", Style: "setlinewidth(0)"}, raster.Op{Op: "P", Points: pts})
			}
			if s.Stroke != "" {
				g.Draw = append(g.Draw, raster.Op{Op: "c", Color: s.Stroke},
					raster.Op{Op: "S", Style: "setlinewidth(" + f(s.LineWidth) + ")"}, raster.Op{Op: "p", Points: pts})
			}
		case LineShape:
			g.Draw = append(g.Draw, raster.Op{Op: "c", Color: s.Stroke},
				raster.Op{Op: "S", Style: "setlinewidth(" + f(s.LineWidth) + ")"},
				raster.Op{Op: "L", Points: [][2]float64{{s.X, flip(s.Y)}, {s.X + s.W, flip(s.Y + s.H)}}})
		case CircleShape:
			// As Graphviz draws a filled node: the outline in the pen
			// colour around the fill.
			e := []float64{s.X, flip(s.Y), s.W / 2, s.W / 2}
			pen, lw, op := s.Stroke, s.LineWidth, "E"
			if pen == "" {
				pen, lw = "none", 0
			}
			fill := s.Fill
			if fill == "" {
				fill, op = "none", "e"
			}
			g.Draw = append(g.Draw, raster.Op{Op: "C", Color: fill}, raster.Op{Op: "c", Color: pen},
				raster.Op{Op: "S", Style: "setlinewidth(" + f(lw) + ")"}, raster.Op{Op: op, Rect: e})
		case TextShape:
			face := "Helvetica"
			if s.Bold {
				face = "Helvetica-Bold"
			}
			g.Draw = append(g.Draw, raster.Op{Op: "F", Size: s.Size, Face: face}, raster.Op{Op: "c", Color: s.Color},
				raster.Op{Op: "T", Pt: []float64{s.X, flip(s.Y)}, Align: string(s.Anchor), Width: 1e6, Text: s.Text})
		}
	}
	return raster.Draw(&g)
}
