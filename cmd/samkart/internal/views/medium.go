package views

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// Medium is where a diagram is shown: as laid out (on a screen, where one
// zooms), on an A4 page or on a slide. For a page or a slide the diagram
// is drawn for a box of the medium's size, with every text at least the
// medium's smallest legible size once the picture is shrunk into the box
// (see Draw): the fonts grow, and the nodes with them, until the smallest
// text is large enough. Names are wrapped or shortened (the full name is
// in the hover text), never shrunk below that size.
type Medium int

// The media.
const (
	MediumScreen      Medium = iota // the size the layout needs; no box
	MediumA4                        // an A4 page, portrait, with a caption
	MediumA4Landscape               // an A4 page, landscape, with a caption
	MediumSlide                     // a 16:9 slide
)

var mediumNames = [...]string{MediumScreen: "screen", MediumA4: "a4", MediumA4Landscape: "a4-landscape", MediumSlide: "slide"}

// Media returns the media in the order of their names in help.
func Media() []Medium { return values[Medium](len(mediumNames)) }

// String returns the medium's name as the command line spells it.
func (m Medium) String() string { return nameOf(mediumNames[:], int(m), "Medium") }

// MarshalText returns the medium's name.
func (m Medium) MarshalText() ([]byte, error) { return marshalName(mediumNames[:], int(m), "medium") }

// UnmarshalText accepts a medium's name in any case.
func (m *Medium) UnmarshalText(b []byte) error { return unmarshalName(mediumNames[:], b, m) }

// Phrase says where the diagram is shown, as a sentence ends "on …":
// "et A4-ark" / "an A4 page".
func (m Medium) Phrase() graph.Text {
	switch m {
	case MediumA4:
		return graph.T("et stående A4-ark", "a portrait A4 page")
	case MediumA4Landscape:
		return graph.T("et liggende A4-ark", "a landscape A4 page")
	case MediumSlide:
		return graph.T("et lysbilde", "a slide")
	}
	return graph.T("skjermen", "the screen")
}

// Box returns the size in points a diagram may take in medium m, and the
// smallest size in points its texts may have there; zero for the screen.
//
// A4 leaves margins of about 12 mm and, below or above the picture, room
// for a heading and a caption of three lines; the texts aim at 7 pt
// (printed text under 6 pt is hard to read). A slide is 16:9, 960 × 540
// points as presentation programs make it, with texts aiming at 10 pt, a
// fiftieth of its height.
func (m Medium) Box() (w, h, minText float64) {
	switch m {
	case MediumA4:
		return 527, 690, 7
	case MediumA4Landscape:
		return 774, 460, 7
	case MediumSlide:
		return 960, 540, 10
	}
	return 0, 0, 0
}

// Legible returns the smallest text in points that is still legible in
// medium m: Fit aims higher (Box), but a diagram whose text is this size
// can be read (6 pt on paper, 8 pt on a slide); 0 for the screen.
func (m Medium) Legible() float64 {
	switch m {
	case MediumA4, MediumA4Landscape:
		return 6
	case MediumSlide:
		return 8
	}
	return 0
}

// drawing holds the choices of a graph view's layout that depend on the
// medium: on the screen, where one zooms, names are long and nodes spread;
// on a page or slide names are wrapped narrower, the nodes of the levels
// view are compact boxes (its bands already say the level), and the
// spacing is tighter, so that more of the picture is text.
type drawing struct {
	wrap, lines     int     // a node's name: characters a line, lines
	lvWrap, lvLines int     // the same in the levels view
	fontMin, fontUp float64 // a node's font: fontMin, up to fontMin+fontUp for the largest
	fdpK, fdpSep    string  // fdp's ideal edge length (inches) and node margin
	lvBoxes         bool    // levels view: every node a box
	lvShare         bool    // levels view: columns share places (levelsLayout.share)
	lvNodeGap       float64 // levels view: between two nodes of one cell
	lvColumnGap     float64 // between the columns of two agencies
	lvBandGap       float64 // between two bands
	lvBandFont      float64 // the bands' names
	lvBandWrap      int
}

// drawingFor returns the layout choices for medium m.
func drawingFor(m Medium) drawing {
	if m == MediumScreen {
		return drawing{wrap: 22, lines: 3, lvWrap: 16, lvLines: 4, fontMin: 10, fontUp: 10, fdpK: "0.9", fdpSep: "+12",
			lvNodeGap: 18, lvColumnGap: 26, lvBandGap: 70, lvBandFont: 20, lvBandWrap: 14}
	}
	return drawing{wrap: 13, lines: 3, lvWrap: 12, lvLines: 3, fontMin: 10, fontUp: 3, fdpK: "0.3", fdpSep: "+4",
		lvBoxes: true, lvShare: true, lvNodeGap: 8, lvColumnGap: 12, lvBandGap: 24, lvBandFont: 12, lvBandWrap: 10}
}

// fitScales are the font scales Fit tries, in order: a layout's size does
// not grow evenly with its fonts (force-directed layouts jump), so Fit
// tries steps rather than solving for the scale.
var fitScales = []float64{1, 1.15, 1.3, 1.5, 1.75, 2}

// Fit returns s with the font scale at which view v of n is legible in
// s.Medium (see Medium), and the size in points its smallest text has
// there. It lays the diagram out as SVG, measures the smallest text as it
// would be shown in the medium's box, and lays it out again with every
// font larger (fitScales) until that text reaches the medium's minimum;
// else the layout whose smallest text is largest wins (a picture whose
// nodes grow with their text cannot gain without end). Draw fits a style
// itself; Fit lets a caller draw one fitted diagram in several formats,
// or tell the user that it is not legible. On the screen s is returned as
// it is, with size 0.
func Fit(ctx context.Context, n *graph.Network, v View, s Style) (Style, float64, error) {
	if s.Medium == MediumScreen || v == ViewCompare {
		return s, 0, nil
	}
	bw, bh, least := s.Medium.Box()
	scales := fitScales
	if v == ViewAgencies || v == ViewRatings {
		scales = fitScales[:1] // the heat map is laid out for the medium as it is drawn
	}
	best, bestSize := 1.0, -1.0
	for _, k := range scales {
		s.scale = k
		svg, err := drawOnce(ctx, n, v, s, draw.FormatSVG)
		if err != nil {
			return s, 0, err
		}
		pw, ph, small, err := svgTextSizes(svg)
		if err != nil {
			return s, 0, err
		}
		shown := small * math.Min(bw/pw, bh/ph)
		if shown > bestSize {
			best, bestSize = k, shown
		}
		if shown >= least {
			break
		}
	}
	s.scale = best
	return s, bestSize, nil
}

// drawMedium draws a fitted style in format f, an SVG sized for the
// medium's box.
func drawMedium(ctx context.Context, n *graph.Network, v View, s Style, f draw.Format, w io.Writer) error {
	out, err := drawOnce(ctx, n, v, s, f)
	if err != nil {
		return err
	}
	if f == draw.FormatSVG {
		bw, bh, _ := s.Medium.Box()
		out = sizeSVG(out, bw, bh)
	}
	_, err = w.Write(out)
	return err
}

// drawOnce draws view v in format f as Draw does for the screen.
func drawOnce(ctx context.Context, n *graph.Network, v View, s Style, f draw.Format) ([]byte, error) {
	var b bytes.Buffer
	if err := drawScreen(ctx, n, v, s, f, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// svgRoot matches the size attributes of an SVG's root element.
var svgRoot = regexp.MustCompile(`<svg([^>]*?) width="([0-9.]+)(pt|px)?" height="([0-9.]+)(pt|px)?"`)

// sizeSVG sets the width and height of svg's root element to those of
// the largest picture of its proportions that fits a box of w × h points,
// so that a page shows it at the size it was drawn for.
func sizeSVG(svg []byte, w, h float64) []byte {
	m := svgRoot.FindSubmatchIndex(svg)
	if m == nil {
		return svg
	}
	pw, err1 := strconv.ParseFloat(string(svg[m[4]:m[5]]), 64)
	ph, err2 := strconv.ParseFloat(string(svg[m[8]:m[9]]), 64)
	if err1 != nil || err2 != nil || pw <= 0 || ph <= 0 {
		return svg
	}
	k := math.Min(w/pw, h/ph)
	var b bytes.Buffer
	b.Write(svg[:m[0]])
	fmt.Fprintf(&b, `<svg%s width="%spt" height="%spt"`, svg[m[2]:m[3]], num(pw*k, 1, graph.EN), num(ph*k, 1, graph.EN))
	b.Write(svg[m[1]:])
	return b.Bytes()
}

// svgTextSizes returns the size of an SVG picture in points (its viewBox,
// else its width and height) and the size of its smallest text that is
// not blank, with the scales of the groups around it applied.
func svgTextSizes(svg []byte) (w, h, smallest float64, err error) {
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	scales := []float64{1}
	smallest = math.Inf(1)
	var size float64 // of the open text element, 0 outside one
	var content strings.Builder
	for {
		tok, terr := d.Token()
		if terr == io.EOF {
			break
		}
		if terr != nil {
			return 0, 0, 0, fmt.Errorf("views: SVG: %w", terr)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			k := scales[len(scales)-1] * transformScale(attr(t, "transform"))
			scales = append(scales, k)
			switch t.Name.Local {
			case "svg":
				if len(scales) == 2 {
					w, h = rootSize(t)
				}
			case "text":
				fs, _ := strconv.ParseFloat(strings.TrimSuffix(attr(t, "font-size"), "px"), 64)
				size = fs * k
				content.Reset()
			}
		case xml.CharData:
			if size > 0 {
				content.Write(t)
			}
		case xml.EndElement:
			scales = scales[:len(scales)-1]
			if t.Name.Local == "text" {
				if strings.TrimSpace(content.String()) != "" && size > 0 {
					smallest = math.Min(smallest, size)
				}
				size = 0
			}
		}
	}
	if w <= 0 || h <= 0 {
		return 0, 0, 0, fmt.Errorf("views: SVG without a size")
	}
	if math.IsInf(smallest, 1) {
		smallest = 12 // no text: nothing to enlarge
	}
	return w, h, smallest, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// rootSize is the size of the root element: its viewBox, else its width
// and height.
func rootSize(t xml.StartElement) (w, h float64) {
	if vb := strings.Fields(strings.ReplaceAll(attr(t, "viewBox"), ",", " ")); len(vb) == 4 {
		w, _ = strconv.ParseFloat(vb[2], 64)
		h, _ = strconv.ParseFloat(vb[3], 64)
		if w > 0 && h > 0 {
			return w, h
		}
	}
	trim := func(s string) float64 {
		x, _ := strconv.ParseFloat(strings.TrimRight(s, "ptx"), 64)
		return x
	}
	return trim(attr(t, "width")), trim(attr(t, "height"))
}

var scaleFunc = regexp.MustCompile(`scale\(\s*([-0-9.eE]+)(?:[\s,]+([-0-9.eE]+))?\s*\)`)

// transformScale is the scale a transform attribute applies to text (the
// smaller of its x and y scales).
func transformScale(tr string) float64 {
	k := 1.0
	for _, m := range scaleFunc.FindAllStringSubmatch(tr, -1) {
		sx, _ := strconv.ParseFloat(m[1], 64)
		sy := sx
		if m[2] != "" {
			sy, _ = strconv.ParseFloat(m[2], 64)
		}
		if s := math.Min(math.Abs(sx), math.Abs(sy)); s > 0 {
			k *= s
		}
	}
	return k
}
