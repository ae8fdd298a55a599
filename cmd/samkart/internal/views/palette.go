package views

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/samkart/samkart/graph"
)

// Colours. Agencies are told apart by colour, so the palette must survive
// the common forms of colour blindness: the colours are Okabe and Ito's
// ("Color Universal Design", 2008) and Paul Tol's
// (https://personal.sron.nl/~pault/), chosen so that under simulated
// protanopia, deuteranopia and tritanopia (Machado, Oliveira and
// Fernandes 2009, full severity) any two agencies of a municipal housing
// dataset — the leadership, NAV, the housing office, property, health and
// care, substance abuse, the refugee service, Husbanken, IMDi and user
// organisations — lie at least 16 apart in CIELAB (ΔE*ab), and any two
// known agencies at least 11 (see cvdDistance and its test).

// knownAgencies lists the agency keys graph.NormalizeAgency knows, in the
// order diagrams show them (legends, left to right in the levels view):
// the municipal services first, then the state, then others. Each has a
// fixed colour, so NAV is the same vermillion in every diagram of every
// dataset, and in the heat map.
var knownAgencies = []struct{ key, color string }{
	{"ledelse", "#882255"},       // Tol wine
	{"nav", "#D55E00"},           // Okabe–Ito vermillion
	{"bolig", "#56B4E9"},         // Okabe–Ito sky blue
	{"eiendom", "#E69F00"},       // Okabe–Ito orange
	{"helse", "#009E73"},         // Okabe–Ito bluish green
	{"rus", "#F0E442"},           // Okabe–Ito yellow
	{"flyktning", "#CC79A7"},     // Okabe–Ito reddish purple
	{"barnevern", "#A5170E"},     // Tol dark red
	{"sosial", "#FFAABB"},        // Tol light pink
	{"plan", "#994F88"},          // Tol purple
	{"husbanken", "#0072B2"},     // Okabe–Ito blue
	{"imdi", "#332288"},          // Tol indigo
	{"direktorat", "#99DDFF"},    // Tol light cyan
	{"departement", "#117733"},   // Tol green
	{"ks", "#999933"},            // Tol olive
	{"bruker", "#CAE0AB"},        // Tol pale green
	{"utbygger", "#CAACCB"},      // Tol light purple
	{"boligbyggelag", "#90C987"}, // Tol light green
}

// otherColors are the colours the agencies a dataset has that samkart
// does not know may get: each, in key order, takes the first that is far
// enough from the colours already in use (cvdApart), else the one
// farthest from them.
var otherColors = []string{
	"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
	"#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
	"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
	"#A5170E", "#994F88", "#CAE0AB", "#90C987", "#CAACCB", "#555555",
}

// cvdApart is the least distance (cvdDistance) between the colour of an
// agency samkart does not know and the colours already in use.
const cvdApart = 15

// Fixed colours of the diagrams.
const (
	noAgencyColor   = "#DDDDDD" // units without an agency, and groups of several
	edgeColor       = "#555555"
	horizontalColor = "#0072B2" // levels view: ties within a level
	verticalColor   = "#E69F00" // levels view: ties between levels
	gapColor        = "#CC3311" // Tol vibrant red: missing expected ties
	fadingColor     = "#888888"
	clusterFill     = "#F4F4F4"
	clusterLine     = "#AAAAAA"
	textColor       = "#222222"
	mutedText       = "#555555"
)

// palette gives every agency of a dataset its colour and its place in the
// agency order.
type palette struct {
	color map[string]string
	order []string // agency keys: known ones in knownAgencies order, then others sorted
	rank  map[string]int
}

// newPalette assigns colours to the agencies of all units of ds, not only
// those of one network, so that a diagram scoped to one municipality or
// window colours every agency as the whole dataset does.
func newPalette(ds *graph.Dataset) *palette {
	present := make(map[string]bool)
	if ds != nil {
		for i := range ds.Units {
			present[ds.Units[i].Agency] = true
		}
	}
	return paletteOf(present)
}

func paletteOf(present map[string]bool) *palette {
	p := &palette{color: make(map[string]string), rank: make(map[string]int)}
	known := make(map[string]bool)
	for _, k := range knownAgencies {
		known[k.key] = true
		p.color[k.key] = k.color
		if present[k.key] {
			p.order = append(p.order, k.key)
		}
	}
	var others []string
	for a := range present {
		if a != "" && !known[a] {
			others = append(others, a)
		}
	}
	sort.Strings(others)
	var inUse []string
	for _, k := range knownAgencies {
		if present[k.key] {
			inUse = append(inUse, k.color)
		}
	}
	for _, a := range others {
		c := farColor(inUse)
		p.color[a] = c
		inUse = append(inUse, c)
		p.order = append(p.order, a)
	}
	if present[""] {
		p.order = append(p.order, "")
	}
	for i, a := range p.order {
		p.rank[a] = i
	}
	return p
}

// fill returns the colour of an agency; units without one are pale grey.
func (p *palette) fill(agency string) string {
	if c, ok := p.color[agency]; ok {
		return c
	}
	return noAgencyColor
}

// position returns the agency's place in the agency order; agencies the
// palette has not seen come last.
func (p *palette) position(agency string) int {
	if r, ok := p.rank[agency]; ok {
		return r
	}
	return len(p.order)
}

// AgencyColors returns the colour (#RRGGBB) every diagram of ds gives each
// of its agencies, keyed by normalised agency key: fixed colours for the
// agencies samkart knows, and the rest of a colour-blind-safe palette for
// the others, in key order. The report uses it to colour tables.
func AgencyColors(ds *graph.Dataset) map[string]string {
	p := newPalette(ds)
	out := make(map[string]string, len(p.order))
	for _, a := range p.order {
		out[a] = p.fill(a)
	}
	return out
}

// levelShape is the node shape of a level: the higher in the vertical
// line, the more corners; frontline staff are ellipses, users houses.
func levelShape(l graph.Level) string {
	switch l {
	case graph.LevelNational:
		return "doubleoctagon"
	case graph.LevelRegional:
		return "octagon"
	case graph.LevelLeadership:
		return "hexagon"
	case graph.LevelUnit:
		return "box"
	case graph.LevelFrontline:
		return "ellipse"
	case graph.LevelUser:
		return "house"
	case graph.LevelUnknown:
		return "note"
	}
	return "septagon"
}

type rgb struct{ r, g, b float64 } // 0..1

func parseHex(s string) rgb {
	if len(s) != 7 || s[0] != '#' {
		return rgb{}
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return rgb{}
	}
	return rgb{float64(v>>16&0xff) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255}
}

func (c rgb) hex() string {
	q := func(x float64) int { return int(math.Round(math.Max(0, math.Min(1, x)) * 255)) }
	return fmt.Sprintf("#%02X%02X%02X", q(c.r), q(c.g), q(c.b))
}

// luminance is the relative luminance of WCAG 2.
func (c rgb) luminance() float64 {
	lin := func(x float64) float64 {
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// inkOn returns black or white, whichever reads better on fill.
func inkOn(fill string) string {
	// The luminance where black and white text have equal contrast.
	if parseHex(fill).luminance() < 0.179 {
		return "#FFFFFF"
	}
	return "#000000"
}

// heatStops is Paul Tol's sequential YlOrBr scheme, for the heat map: pale
// for no ties, dark brown for a block where every possible tie exists.
var heatStops = []string{"#FFFFE5", "#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29", "#EC7014", "#CC4C02", "#993404", "#662506"}

// heatColor returns the colour of a density in [0, 1] on heatStops,
// interpolated in sRGB.
func heatColor(x float64) string {
	if math.IsNaN(x) {
		return "#EEEEEE"
	}
	x = math.Max(0, math.Min(1, x))
	f := x * float64(len(heatStops)-1)
	i := int(f)
	if i >= len(heatStops)-1 {
		return heatStops[len(heatStops)-1]
	}
	t := f - float64(i)
	a, b := parseHex(heatStops[i]), parseHex(heatStops[i+1])
	return rgb{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t}.hex()
}

// lighten mixes a colour with white: f 0 keeps it, 1 gives white.
func lighten(c string, f float64) string {
	x := parseHex(c)
	return rgb{x.r + (1-x.r)*f, x.g + (1-x.g)*f, x.b + (1-x.b)*f}.hex()
}

// farColor returns the first of otherColors at least cvdApart from every
// colour in use, else the one farthest from them; with more agencies than
// colours, colours repeat.
func farColor(inUse []string) string {
	best, bestD := "", -1.0
	for _, c := range otherColors {
		d := math.Inf(1)
		for _, u := range inUse {
			d = math.Min(d, cvdDistance(c, u))
		}
		if d >= cvdApart {
			return c
		}
		if d > bestD {
			best, bestD = c, d
		}
	}
	return best
}

// Colour-blindness simulation: the matrices of Machado, Oliveira and
// Fernandes (2009), severity 1, on linear RGB.
var cvdMatrices = [...][3][3]float64{
	{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, // normal vision
	{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}, // protanopia
	{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},  // deuteranopia
	{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}, // tritanopia
}

// cvdDistance is the least distance in CIELAB (ΔE*ab, D65) between two
// colours as seen with normal vision, protanopia, deuteranopia and
// tritanopia.
func cvdDistance(a, b string) float64 {
	d := math.Inf(1)
	for _, m := range cvdMatrices {
		la, lb := parseHex(a).simulate(m).lab(), parseHex(b).simulate(m).lab()
		d = math.Min(d, math.Sqrt((la[0]-lb[0])*(la[0]-lb[0])+(la[1]-lb[1])*(la[1]-lb[1])+(la[2]-lb[2])*(la[2]-lb[2])))
	}
	return d
}

// linear returns c in linear RGB.
func (c rgb) linear() rgb {
	lin := func(x float64) float64 {
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return rgb{lin(c.r), lin(c.g), lin(c.b)}
}

// simulate returns the linear RGB of sRGB colour c through matrix m,
// clipped to the gamut.
func (c rgb) simulate(m [3][3]float64) rgb {
	l := c.linear()
	v := [3]float64{l.r, l.g, l.b}
	var o [3]float64
	for i := range o {
		o[i] = math.Max(0, math.Min(1, m[i][0]*v[0]+m[i][1]*v[1]+m[i][2]*v[2]))
	}
	return rgb{o[0], o[1], o[2]}
}

// lab returns linear RGB colour c in CIELAB (D65 white).
func (c rgb) lab() [3]float64 {
	x := (0.4124*c.r + 0.3576*c.g + 0.1805*c.b) / 0.95047
	y := 0.2126*c.r + 0.7152*c.g + 0.0722*c.b
	z := (0.0193*c.r + 0.1192*c.g + 0.9505*c.b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}
