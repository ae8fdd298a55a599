package draw

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph/draw/internal/raster"
)

// A diagram's legend is laid out by dot on its own and placed to the right
// of the diagram, top-aligned: fdp, which lays out the network views,
// would put a legend cluster anywhere and scatter its samples. The SVG is
// one document holding both drawings; the PNG is rasterised from both
// layouts at once, so they share one scale. Beside a large diagram the
// legend is enlarged (legendScale), so that it stays legible when the
// picture is shrunk onto a slide.

// legendScale is the factor the legend is drawn at beside a diagram of
// height h points, for a legend of height lh: up to 3 times, so that it
// takes about half the diagram's height.
func legendScale(h, lh float64) float64 {
	if lh <= 0 {
		return 1
	}
	return min(max(0.5*h/lh, 1), 3)
}

// Compose renders the diagram main and its legend leg, both DOT, in
// format f (SVG or PNG) as one picture, the legend to the right of the
// diagram.
func (r *Renderer) Compose(ctx context.Context, main, leg []byte, f Format) ([]byte, error) {
	return r.ComposeIn(ctx, main, leg, f, 0, 0)
}

// ComposeIn is Compose for a picture printed in a box of w × h points:
// its PNG is drawn at no more than 300 dpi there. Zero is no box.
func (r *Renderer) ComposeIn(ctx context.Context, main, leg []byte, f Format, w, h float64) ([]byte, error) {
	switch f {
	case FormatSVG:
		var a, b bytes.Buffer
		if err := r.Render(ctx, main, FormatSVG, &a); err != nil {
			return nil, err
		}
		if err := r.Render(ctx, leg, FormatSVG, &b); err != nil {
			return nil, err
		}
		return composeSVG(a.Bytes(), b.Bytes())
	case FormatPNG:
		a, err := r.layout(ctx, main, "json")
		if err != nil {
			return nil, err
		}
		b, err := r.layout(ctx, leg, "json")
		if err != nil {
			return nil, err
		}
		return raster.ComposeIn(a, b, legendScale, [2]float64{w, h})
	}
	return nil, fmt.Errorf("draw: cannot compose %v", f)
}

// svgRoot matches the root element's start tag of a Graphviz SVG.
var svgRoot = regexp.MustCompile(`(?s)<svg width="([0-9.]+)pt" height="([0-9.]+)pt"\s+viewBox="([-0-9. ]+)"[^>]*>`)

type svgDoc struct {
	prolog string  // everything before <svg
	w, h   float64 // points
	body   string  // between the root's start and end tags
}

func parseSVG(b []byte) (svgDoc, error) {
	s := string(b)
	m := svgRoot.FindStringSubmatchIndex(s)
	if m == nil {
		return svgDoc{}, fmt.Errorf("draw: unexpected SVG from Graphviz")
	}
	d := svgDoc{prolog: s[:m[0]]}
	vb := strings.Fields(s[m[6]:m[7]])
	if len(vb) != 4 {
		return svgDoc{}, fmt.Errorf("draw: unexpected SVG viewBox %q", s[m[6]:m[7]])
	}
	var err1, err2 error
	d.w, err1 = strconv.ParseFloat(vb[2], 64)
	d.h, err2 = strconv.ParseFloat(vb[3], 64)
	if err1 != nil || err2 != nil {
		return svgDoc{}, fmt.Errorf("draw: unexpected SVG viewBox %q", s[m[6]:m[7]])
	}
	end := strings.LastIndex(s, "</svg>")
	if end < m[1] {
		return svgDoc{}, fmt.Errorf("draw: unexpected SVG from Graphviz")
	}
	d.body = s[m[1]:end]
	return d, nil
}

// composeSVG puts the legend's drawing to the right of the main one. The
// legend's element IDs get a prefix, so that IDs stay unique.
func composeSVG(main, leg []byte) ([]byte, error) {
	a, err := parseSVG(main)
	if err != nil {
		return nil, err
	}
	b, err := parseSVG(leg)
	if err != nil {
		return nil, err
	}
	body := strings.NewReplacer(`id="`, `id="legend_`, `url(#`, `url(#legend_`, `href="#`, `href="#legend_`).Replace(b.body)
	k := legendScale(a.h, b.h)
	w, h := a.w+k*b.w, max(a.h, k*b.h)
	var out strings.Builder
	out.WriteString(a.prolog)
	fmt.Fprintf(&out, `<svg width="%spt" height="%spt"`+"\n"+` viewBox="0.00 0.00 %.2f %.2f" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">`,
		strconv.FormatFloat(ceil(w), 'f', -1, 64), strconv.FormatFloat(ceil(h), 'f', -1, 64), w, h)
	fmt.Fprintf(&out, "\n<rect x=\"0\" y=\"0\" width=\"%.2f\" height=\"%.2f\" fill=\"white\"/>", w, h)
	out.WriteString(a.body)
	fmt.Fprintf(&out, "<g id=\"legend\" transform=\"translate(%.2f 0) scale(%.3f)\">", a.w, k)
	out.WriteString(body)
	out.WriteString("</g>\n</svg>\n")
	return []byte(out.String()), nil
}

func ceil(x float64) float64 { return float64(int64(x + 0.999999)) }
