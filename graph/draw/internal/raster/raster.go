package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strconv"
	"strings"

	"golang.org/x/image/vector"
)

// canvas draws xdot operations (see Op) onto an RGBA image.
// Layout points map to pixels by px = (x+ox)·scale, py = (oy−y)·scale:
// Graphviz's y axis points up.
type canvas struct {
	img    *image.RGBA
	scale  float64
	ox, oy float64
	z      vector.Rasterizer
	mask   image.Alpha // the coverage of one tile
	fonts  fontCache

	// The drawing state; each operation list starts from the default.
	pen, fill brush
	lineWidth float64   // points
	dash      []float64 // points on, off, …; nil for solid
	invisible bool
	fontSize  float64
	fontFace  string
	fontChar  int
}

// brush is a solid colour or, when grad is set, a gradient.
type brush struct {
	c    color.NRGBA
	grad *gradient
}

type point struct{ x, y float64 }

func newCanvas(w, h int, scale, ox, oy float64) *canvas {
	return &canvas{
		img:   image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1))),
		scale: scale, ox: ox, oy: oy,
	}
}

// clear paints the canvas bg: the first row pixel by pixel, every other
// row copied from it (several times faster than image/draw's fill for the
// tens of megapixels of a large diagram).
func (c *canvas) clear(bg color.NRGBA) {
	r, g, b, a := bg.RGBA() // premultiplied, as RGBA stores it
	px := [4]uint8{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
	img := c.img
	w, h := img.Rect.Dx(), img.Rect.Dy()
	if w == 0 || h == 0 {
		return
	}
	first := img.Pix[:4*w]
	for x := 0; x < len(first); x += 4 {
		copy(first[x:x+4], px[:])
	}
	for y := 1; y < h; y++ {
		copy(img.Pix[y*img.Stride:y*img.Stride+4*w], first)
	}
}

// pt converts a layout point to pixels.
func (c *canvas) pt(p [2]float64) point {
	return point{(p[0] + c.ox) * c.scale, (c.oy - p[1]) * c.scale}
}

func (c *canvas) reset() {
	black := brush{c: color.NRGBA{0, 0, 0, 255}}
	c.pen, c.fill = black, black
	c.lineWidth, c.dash, c.invisible = 1, nil, false
	c.fontSize, c.fontFace, c.fontChar = 14, "Times-Roman", 0
}

// drawOps draws one list of operations (one _draw_, _ldraw_, … attribute).
func (c *canvas) drawOps(ops []Op) {
	c.reset()
	for i := range ops {
		c.drawOp(&ops[i])
	}
}

func (c *canvas) drawOp(op *Op) {
	switch op.Op {
	case "c", "C":
		p := c.paint(op)
		if op.Op == "c" {
			c.pen = p
		} else {
			c.fill = p
		}
	case "S":
		c.style(op.Style)
	case "F":
		if op.Size > 0 {
			c.fontSize = op.Size
		}
		c.fontFace = op.Face
	case "t":
		c.fontChar = op.FontChar
	case "E", "e":
		if len(op.Rect) == 4 && !c.invisible {
			c.shape(c.ellipse(op.Rect), true, op.Op == "E")
		}
	case "P", "p", "L":
		if len(op.Points) > 0 && !c.invisible {
			pts := make([]point, len(op.Points))
			for i, p := range op.Points {
				pts[i] = c.pt(p)
			}
			c.shape(pts, op.Op != "L", op.Op == "P")
		}
	case "B", "b":
		if len(op.Points) >= 4 && !c.invisible {
			c.shape(c.bspline(op.Points), op.Op == "b", op.Op == "b")
		}
	case "T":
		if len(op.Pt) >= 2 && !c.invisible {
			c.text(op)
		}
	}
}

// style applies an S operation. Graphviz's SVG renderer draws dashed as
// 5 on, 2 off and dotted as 1 on, 5 off, in points; c.dash matches it.
func (c *canvas) style(s string) {
	s = strings.TrimSpace(s)
	switch {
	case s == "solid":
		c.dash = nil
	case s == "dashed":
		c.dash = []float64{5, 2}
	case s == "dotted":
		c.dash = []float64{1, 5}
	case s == "bold":
		c.lineWidth = 2
	case s == "invis" || s == "invisible":
		c.invisible = true
	case strings.HasPrefix(s, "setlinewidth(") && strings.HasSuffix(s, ")"):
		if w, err := strconv.ParseFloat(s[len("setlinewidth("):len(s)-1], 64); err == nil && w >= 0 && !math.IsInf(w, 0) {
			c.lineWidth = w
		}
	}
}

// shape fills (when filled) and strokes an outline given in pixels.
// Graphviz's filled shapes have an outline in the pen colour too.
func (c *canvas) shape(pts []point, closed, filled bool) {
	if filled && len(pts) >= 3 {
		c.fillPath([][]point{pts}, c.fill)
	}
	if c.lineWidth <= 0 || c.pen.transparent() {
		return
	}
	w := math.Max(c.lineWidth*c.scale, 1)
	var dash []float64
	for _, d := range c.dash {
		dash = append(dash, d*c.scale)
	}
	c.fillPath(strokePolyline(pts, closed, w, dash), c.pen)
}

// ellipse flattens an ellipse (centre, radii in points) to a polygon whose
// sides stay within 0.1 pixel of the curve.
func (c *canvas) ellipse(r []float64) []point {
	ctr := c.pt([2]float64{r[0], r[1]})
	rx, ry := math.Abs(r[2]*c.scale), math.Abs(r[3]*c.scale)
	rmax := math.Max(rx, ry)
	n := 16
	if rmax > 0.2 {
		n = max(n, int(math.Ceil(math.Pi/math.Acos(1-0.1/rmax))))
	}
	n = min(n, 1024)
	pts := make([]point, n)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / float64(n)
		pts[i] = point{ctr.x + rx*math.Cos(a), ctr.y + ry*math.Sin(a)}
	}
	return pts
}

// bspline flattens xdot's piecewise cubic Bézier (1 + 3k control points).
func (c *canvas) bspline(cp [][2]float64) []point {
	p0 := c.pt(cp[0])
	out := []point{p0}
	for i := 1; i+2 < len(cp); i += 3 {
		p1, p2, p3 := c.pt(cp[i]), c.pt(cp[i+1]), c.pt(cp[i+2])
		out = appendCubic(out, p0, p1, p2, p3)
		p0 = p3
	}
	return out
}

// appendCubic appends the flattened cubic p0…p3 (without p0), with enough
// uniform steps to stay within 0.1 pixel of the curve (Wang's formula:
// n = √(¾·M/tol), M the largest second difference of the control points).
func appendCubic(out []point, p0, p1, p2, p3 point) []point {
	const tol = 0.1
	d1 := math.Hypot(p0.x-2*p1.x+p2.x, p0.y-2*p1.y+p2.y)
	d2 := math.Hypot(p1.x-2*p2.x+p3.x, p1.y-2*p2.y+p3.y)
	m := math.Max(d1, d2)
	n := 1
	if m > 0 && !math.IsInf(m, 0) {
		n = int(math.Ceil(math.Sqrt(0.75 * m / tol)))
	}
	n = min(max(n, 1), 256)
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, cc, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		out = append(out, point{
			a*p0.x + b*p1.x + cc*p2.x + d*p3.x,
			a*p0.y + b*p1.y + cc*p2.y + d*p3.y,
		})
	}
	return out
}

// tileSize is the side of the square tiles fillPath works in.
const tileSize = 64

// fillPath fills polygons (in pixels) with paint. Polygons of the same
// orientation add up: x/image/vector accumulates signed coverage and
// clamps it, so the union of positively oriented pieces is filled once.
//
// The work is done tile by tile, each tile with only the polygons whose
// bounds touch it: a long thin edge then costs about its length times the
// tile side instead of the area of its bounding box. This is exact, since
// the rasteriser accounts for geometry outside its bounds (a closed
// polygon left of a tile adds nothing to it), and each pixel is
// composited once, so strokes in translucent colours have no seams.
func (c *canvas) fillPath(polys [][]point, p brush) {
	if p.transparent() || len(polys) == 0 {
		return
	}
	type box struct{ x0, y0, x1, y1 float64 }
	boxes := make([]box, len(polys))
	all := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for i, poly := range polys {
		b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
		for _, q := range poly {
			if math.IsNaN(q.x) || math.IsNaN(q.y) || math.IsInf(q.x, 0) || math.IsInf(q.y, 0) {
				return
			}
			b.x0, b.x1 = math.Min(b.x0, q.x), math.Max(b.x1, q.x)
			b.y0, b.y1 = math.Min(b.y0, q.y), math.Max(b.y1, q.y)
		}
		boxes[i] = b
		all.x0, all.x1 = math.Min(all.x0, b.x0), math.Max(all.x1, b.x1)
		all.y0, all.y1 = math.Min(all.y0, b.y0), math.Max(all.y1, b.y1)
	}
	if all.x0 > all.x1 || all.y0 > all.y1 {
		return
	}
	bounds := c.img.Bounds()
	clampf := func(v float64, hi int) int { return int(math.Max(0, math.Min(v, float64(hi)))) }
	r := image.Rect(clampf(math.Floor(all.x0), bounds.Max.X), clampf(math.Floor(all.y0), bounds.Max.Y),
		clampf(math.Ceil(all.x1)+1, bounds.Max.X), clampf(math.Ceil(all.y1)+1, bounds.Max.Y))
	if r.Empty() {
		return
	}
	var sel []int
	for ty := r.Min.Y; ty < r.Max.Y; ty += tileSize {
		for tx := r.Min.X; tx < r.Max.X; tx += tileSize {
			t := image.Rect(tx, ty, min(tx+tileSize, r.Max.X), min(ty+tileSize, r.Max.Y))
			sel = sel[:0]
			for i, b := range boxes {
				if b.x0 < float64(t.Max.X)+1 && b.x1 > float64(t.Min.X)-1 && b.y0 < float64(t.Max.Y)+1 && b.y1 > float64(t.Min.Y)-1 {
					sel = append(sel, i)
				}
			}
			if len(sel) == 0 {
				continue
			}
			z := &c.z
			z.Reset(t.Dx(), t.Dy())
			ox, oy := float64(t.Min.X), float64(t.Min.Y)
			for _, i := range sel {
				poly := polys[i]
				if len(poly) < 3 {
					continue
				}
				z.MoveTo(float32(poly[0].x-ox), float32(poly[0].y-oy))
				for _, q := range poly[1:] {
					z.LineTo(float32(q.x-ox), float32(q.y-oy))
				}
				z.ClosePath()
			}
			c.composite(t, p)
		}
	}
}

// composite paints p through the coverage accumulated in c.z onto the
// tile t, skipping uncovered pixels: src over dst with coverage as the
// mask, in 16-bit premultiplied arithmetic as image/draw does it.
func (c *canvas) composite(t image.Rectangle, p brush) {
	w, h := t.Dx(), t.Dy()
	if cap(c.mask.Pix) < w*h {
		c.mask.Pix = make([]uint8, w*h)
	}
	c.mask.Pix, c.mask.Stride, c.mask.Rect = c.mask.Pix[:w*h], w, image.Rect(0, 0, w, h)
	c.z.DrawOp = draw.Src
	c.z.Draw(&c.mask, c.mask.Rect, image.Opaque, image.Point{})
	sr, sg, sb, sa := p.c.RGBA()
	for y := 0; y < h; y++ {
		row := c.mask.Pix[y*w : (y+1)*w]
		for x, m := range row {
			if m == 0 {
				continue
			}
			if p.grad != nil {
				sr, sg, sb, sa = p.grad.At(t.Min.X+x, t.Min.Y+y).RGBA()
			}
			ma := uint32(m) * 0x101
			a := 0xffff - sa*ma/0xffff
			i := c.img.PixOffset(t.Min.X+x, t.Min.Y+y)
			px := c.img.Pix[i : i+4 : i+4]
			px[0] = uint8((uint32(px[0])*0x101*a + sr*ma) / 0xffff >> 8)
			px[1] = uint8((uint32(px[1])*0x101*a + sg*ma) / 0xffff >> 8)
			px[2] = uint8((uint32(px[2])*0x101*a + sb*ma) / 0xffff >> 8)
			px[3] = uint8((uint32(px[3])*0x101*a + sa*ma) / 0xffff >> 8)
		}
	}
}

func (p brush) transparent() bool { return p.grad == nil && p.c.A == 0 }

// paint reads a c or C operation's colour or gradient.
func (c *canvas) paint(op *Op) brush {
	if (op.Grad == "linear" || op.Grad == "radial") && len(op.Stops) > 0 {
		g := &gradient{radial: op.Grad == "radial"}
		for _, s := range op.Stops {
			col, _ := parseColor(s.Color)
			g.stops = append(g.stops, gradientStop{s.Frac, col})
		}
		switch {
		case !g.radial && len(op.P0) >= 2 && len(op.P1) >= 2:
			g.p0, g.p1 = c.pt([2]float64{op.P0[0], op.P0[1]}), c.pt([2]float64{op.P1[0], op.P1[1]})
		case g.radial && len(op.P0) >= 3 && len(op.P1) >= 3:
			g.p0, g.p1 = c.pt([2]float64{op.P0[0], op.P0[1]}), c.pt([2]float64{op.P1[0], op.P1[1]})
			g.r0, g.r1 = op.P0[2]*c.scale, op.P1[2]*c.scale
		default:
			return brush{c: g.stops[0].c}
		}
		return brush{grad: g}
	}
	col, ok := parseColor(op.Color)
	if !ok {
		col = color.NRGBA{0, 0, 0, 255}
	}
	return brush{c: col}
}

// parseColor reads #rrggbb or #rrggbbaa (what xdot writes) and the few
// names that can still appear.
func parseColor(s string) (color.NRGBA, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "black":
		return color.NRGBA{0, 0, 0, 255}, true
	case "white":
		return color.NRGBA{255, 255, 255, 255}, true
	case "none", "transparent", "invis":
		return color.NRGBA{}, true
	}
	if len(s) != 7 && len(s) != 9 || s[0] != '#' {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	if len(s) == 7 {
		v = v<<8 | 0xff
	}
	return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
}

// gradient is a linear gradient from p0 to p1, or a radial one
// between the circles (p0, r0) and (p1, r1) simplified to concentric
// circles about p1, which is how Graphviz draws node gradients.
type gradient struct {
	radial bool
	p0, p1 point
	r0, r1 float64
	stops  []gradientStop
}

type gradientStop struct {
	frac float64
	c    color.NRGBA
}

var _ image.Image = (*gradient)(nil)

func (g *gradient) ColorModel() color.Model { return color.NRGBAModel }
func (g *gradient) Bounds() image.Rectangle {
	return image.Rect(-1<<30, -1<<30, 1<<30, 1<<30)
}

func (g *gradient) At(x, y int) color.Color {
	px, py := float64(x)+0.5, float64(y)+0.5
	var t float64
	if g.radial {
		if d := g.r1 - g.r0; d != 0 {
			t = (math.Hypot(px-g.p1.x, py-g.p1.y) - g.r0) / d
		}
	} else {
		dx, dy := g.p1.x-g.p0.x, g.p1.y-g.p0.y
		if l := dx*dx + dy*dy; l > 0 {
			t = ((px-g.p0.x)*dx + (py-g.p0.y)*dy) / l
		}
	}
	s := g.stops
	if t <= s[0].frac {
		return s[0].c
	}
	for i := 1; i < len(s); i++ {
		if t <= s[i].frac {
			a, b := s[i-1], s[i]
			f := 0.0
			if b.frac > a.frac {
				f = (t - a.frac) / (b.frac - a.frac)
			}
			mix := func(u, v uint8) uint8 { return uint8(math.Round(float64(u) + f*(float64(v)-float64(u)))) }
			return color.NRGBA{mix(a.c.R, b.c.R), mix(a.c.G, b.c.G), mix(a.c.B, b.c.B), mix(a.c.A, b.c.A)}
		}
	}
	return s[len(s)-1].c
}

// strokePolyline returns the outline of a stroke of width w along pts
// (pixels) as positively oriented polygons: one quadrilateral per segment
// and one miter (or, past SVG's miter limit of 4, bevel) wedge per corner;
// caps are butt, as in Graphviz's SVG. dash, when set, is an on/off pattern
// in pixels applied along the whole path.
func strokePolyline(pts []point, closed bool, w float64, dash []float64) [][]point {
	pts = dedupe(pts)
	if closed && len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	if len(pts) < 2 {
		return nil
	}
	if closed {
		pts = append(pts, pts[0])
	}
	if len(dash) == 0 || !validDash(dash) {
		return strokeRun(pts, closed, w, nil)
	}
	var out [][]point
	for _, run := range dashRuns(pts, dash) {
		out = strokeRun(run, false, w, out)
	}
	return out
}

func validDash(d []float64) bool {
	sum := 0.0
	for _, v := range d {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
		sum += v
	}
	return sum > 0.1
}

func dedupe(pts []point) []point {
	out := make([]point, 0, len(pts))
	for _, p := range pts {
		if n := len(out); n == 0 || math.Hypot(p.x-out[n-1].x, p.y-out[n-1].y) > 1e-6 {
			out = append(out, p)
		}
	}
	return out
}

// dashRuns cuts a polyline into the pieces where the dash pattern is on.
func dashRuns(pts []point, dash []float64) [][]point {
	var runs [][]point
	i, left, on := 0, dash[0], true
	var cur []point
	if on {
		cur = []point{pts[0]}
	}
	for k := 1; k < len(pts); k++ {
		a, b := pts[k-1], pts[k]
		seg := math.Hypot(b.x-a.x, b.y-a.y)
		pos := 0.0
		for seg-pos > left {
			pos += left
			q := point{a.x + (b.x-a.x)*pos/seg, a.y + (b.y-a.y)*pos/seg}
			if on {
				runs = append(runs, append(cur, q))
				cur = nil
			} else {
				cur = []point{q}
			}
			on = !on
			i = (i + 1) % len(dash)
			left = dash[i]
		}
		left -= seg - pos
		if on {
			cur = append(cur, b)
		}
	}
	if on && len(cur) > 1 {
		runs = append(runs, cur)
	}
	return runs
}

// strokeRun appends the stroke outline of one continuous polyline; closed
// means its last point equals its first and gets a corner there too.
func strokeRun(pts []point, closed bool, w float64, out [][]point) [][]point {
	pts = dedupe(pts)
	if len(pts) < 2 {
		return out
	}
	hw := w / 2
	normal := func(a, b point) point {
		dx, dy := b.x-a.x, b.y-a.y
		l := math.Hypot(dx, dy)
		return point{-dy / l * hw, dx / l * hw}
	}
	for k := 1; k < len(pts); k++ {
		a, b := pts[k-1], pts[k]
		n := normal(a, b)
		out = append(out, oriented([]point{
			{a.x + n.x, a.y + n.y}, {b.x + n.x, b.y + n.y},
			{b.x - n.x, b.y - n.y}, {a.x - n.x, a.y - n.y},
		}))
	}
	corner := func(a, v, b point) {
		n0, n1 := normal(a, v), normal(v, b)
		cross := (v.x-a.x)*(b.y-v.y) - (v.y-a.y)*(b.x-v.x)
		if math.Abs(cross) < 1e-12 {
			return
		}
		// The outer side of the turn is opposite to the way it turns.
		s := 1.0
		if cross > 0 {
			s = -1
		}
		o0 := point{v.x + s*n0.x, v.y + s*n0.y}
		o1 := point{v.x + s*n1.x, v.y + s*n1.y}
		// The miter point is where the two outer edges meet.
		mx, my := (n0.x+n1.x)/2, (n0.y+n1.y)/2
		ml := math.Hypot(mx, my)
		if ml < 1e-12 {
			return
		}
		// Length from v to the miter tip: hw / cos(θ/2), with
		// cos(θ/2) = ml/hw; SVG's miter limit is on tip length / half width.
		tip := hw * hw / ml
		if tip/hw > 4 {
			out = append(out, oriented([]point{v, o0, o1}))
			return
		}
		m := point{v.x + s*mx/ml*tip, v.y + s*my/ml*tip}
		out = append(out, oriented([]point{v, o0, m, o1}))
	}
	for k := 1; k+1 < len(pts); k++ {
		corner(pts[k-1], pts[k], pts[k+1])
	}
	if closed && len(pts) > 2 {
		corner(pts[len(pts)-2], pts[0], pts[1])
	}
	return out
}

// oriented returns poly with a positive signed area (in pixel space).
func oriented(poly []point) []point {
	a := 0.0
	for i := range poly {
		p, q := poly[i], poly[(i+1)%len(poly)]
		a += p.x*q.y - q.x*p.y
	}
	if a < 0 {
		for i, j := 0, len(poly)-1; i < j; i, j = i+1, j-1 {
			poly[i], poly[j] = poly[j], poly[i]
		}
	}
	return poly
}
