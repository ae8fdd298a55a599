package views

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/samkart/samkart/graph"
)

// Colours. Agencies are told apart by colour, so the palette must survive
// the common forms of colour blindness: it is Okabe and Ito's eight
// colours ("Color Universal Design", 2008) without black, then Paul Tol's
// muted and light schemes (https://personal.sron.nl/~pault/).

// knownAgencies lists the agency keys graph.NormalizeAgency knows, in the
// order diagrams show them (legends, left to right in the levels view):
// the municipal services first, then the state, then others. Each has a
// fixed colour, so NAV is the same vermillion in every diagram of every
// dataset.
var knownAgencies = []struct{ key, color string }{
	{"ledelse", "#DDCC77"},   // Tol sand
	{"nav", "#D55E00"},       // Okabe–Ito vermillion
	{"bolig", "#56B4E9"},     // Okabe–Ito sky blue
	{"eiendom", "#E69F00"},   // Okabe–Ito orange
	{"helse", "#009E73"},     // Okabe–Ito bluish green
	{"rus", "#F0E442"},       // Okabe–Ito yellow
	{"flyktning", "#CC79A7"}, // Okabe–Ito reddish purple
	{"barnevern", "#882255"}, // Tol wine
	{"sosial", "#44AA99"},    // Tol teal
	{"plan", "#999933"},      // Tol olive
	{"husbanken", "#0072B2"}, // Okabe–Ito blue
	{"imdi", "#332288"},      // Tol indigo
	{"direktorat", "#77AADD"},
	{"departement", "#117733"}, // Tol green
	{"ks", "#BBCC33"},
	{"bruker", "#88CCEE"},   // Tol cyan
	{"utbygger", "#AA4499"}, // Tol purple
	{"boligbyggelag", "#CC6677"},
}

// otherColors are given, in this order, to the agencies a dataset has that
// samkart does not know, sorted by key, skipping the colours of the known
// agencies the dataset also has. When they run out they are reused.
var otherColors = []string{
	"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
	"#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
	"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
}

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
	used := make(map[string]bool)
	known := make(map[string]bool)
	for _, k := range knownAgencies {
		known[k.key] = true
		p.color[k.key] = k.color
		if present[k.key] {
			used[k.color] = true
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
	free := make([]string, 0, len(otherColors))
	for _, c := range otherColors {
		if !used[c] {
			free = append(free, c)
		}
	}
	if len(free) == 0 {
		free = otherColors
	}
	for i, a := range others {
		p.color[a] = free[i%len(free)]
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
