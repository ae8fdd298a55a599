package views

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics/compare"
)

// The compare view: small multiples of the municipalities of a comparison.
//
//   - compare-networks: one small network per municipality, all on one
//     scale (Graphviz's neato with the same edge length for every one,
//     so a large municipality takes more room than a small one), units
//     coloured by agency as in the other diagrams;
//   - compare-measures: a dot chart per measure, one row per municipality
//     grouped by region, with each region's median marked.
//
// Both are pictures whose nodes are pinned in place: the small networks
// are laid out one by one and their positions copied into one picture,
// and the dot charts are placed by hand. The SVG and PNG are drawn from
// the pinned nodes directly (pinned.picture), with no Graphviz layout of
// thousands of pinned nodes to wait for; the DOT (layout neato, pos
// "x,y!") gives Graphviz the same picture.

// CompareStyle tunes the compare view.
type CompareStyle struct {
	Lang graph.Lang
	// Renderer lays out the small networks; nil lays them out in this
	// process.
	Renderer *draw.Renderer
	// Columns is the number of small networks per row; 0 chooses about the
	// square root of their number, at most 6.
	Columns int
}

// CompareDiagram is one picture of the compare view.
type CompareDiagram struct {
	Name    string // compare-networks or compare-measures
	Title   graph.Text
	Caption graph.Text
	DOT     []byte
	SVG     []byte
	PNG     []byte
}

// Layout constants of the compare view, in points.
const (
	cmpDot       = 0.13 // unit dot diameter, inches
	cmpCellPad   = 18.0
	cmpTitleH    = 30.0
	cmpRowH      = 13.0
	cmpPlotW     = 150.0
	cmpNameW     = 120.0
	cmpPanelGap  = 22.0
	cmpPanelCols = 4
	cmpEmptyCell = 90.0
)

// cmpMaxNodes is the most units the small networks draw; past it the
// picture shows the measures and says why the networks are not there (a
// variable for the tests).
var cmpMaxNodes = 20000

// CompareDiagrams draws the compare view of n for comparison c (from
// compare.Municipalities on n): the small networks and the dot charts, each as
// DOT, SVG and PNG.
//
// When the municipalities hold more units than the small networks can
// show (ErrCompareTooLarge), it returns the dot charts with that error.
func CompareDiagrams(ctx context.Context, n *graph.Network, c *compare.Comparison, s CompareStyle) ([]CompareDiagram, error) {
	l := cmpLang(s.Lang)
	type part struct {
		name           string
		g              *pinned
		title, caption graph.Text
	}
	var parts []part
	nets, netErr := compareNetworks(ctx, n, c, s)
	switch {
	case netErr == nil:
		parts = append(parts, part{"compare-networks", nets, graph.T("Kommunenes nettverk.", "The municipalities' networks."),
			graph.T("Ett lite nettverk per kommune, alle i samme målestokk; enhetene farget etter etat.",
				"One small network per municipality, all on one scale; units coloured by agency.")})
	case !errors.Is(netErr, ErrCompareTooLarge):
		return nil, netErr
	}
	groups := cmpMeasureGroups(c)
	for i, g := range groups {
		name := "compare-measures"
		title := graph.T("Målene side om side.", "The measures side by side.")
		if len(groups) > 1 {
			name += "-" + strconv.Itoa(i+1)
			title = graph.T(fmt.Sprintf("Målene side om side (%d av %d).", i+1, len(groups)),
				fmt.Sprintf("The measures side by side (%d of %d).", i+1, len(groups)))
		}
		parts = append(parts, part{name, compareMeasures(c, l, g), title,
			graph.T("Ett punkt per kommune på målets faste skala; den loddrette streken er regionens median. Blått: bedre enn medianen, oransje: dårligere, grått: lik medianen eller mål uten retning.",
				"One dot per municipality on the measure's fixed scale; the vertical bar is the region's median. Blue: better than the median, orange: worse, grey: equal to the median or a measure without direction.")})
	}
	// The pictures are pinned: drawn here, without a Graphviz layout.
	out := make([]CompareDiagram, len(parts))
	for i, d := range parts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		src, err := d.g.marshal(d.name)
		if err != nil {
			return nil, err
		}
		pic := d.g.picture(float64(cmpPNGDPI(d.g)))
		// The report prints each picture on a landscape page of its own.
		bw, bh, _ := MediumA4Landscape.Box()
		pic.Box = [2]float64{bw, bh}
		png, err := pic.PNG()
		if err != nil {
			return nil, err
		}
		out[i] = CompareDiagram{Name: d.name, Title: d.title, Caption: d.caption, DOT: src, SVG: pic.SVG(), PNG: png}
	}
	return out, netErr
}

// ErrCompareTooLarge is returned when the compared municipalities have
// more units than the small networks draw (cmpMaxNodes).
var ErrCompareTooLarge = errors.New("views: compare view: too many units to draw one by one")

// CompareTooLargeError is ErrCompareTooLarge with the numbers, for a
// message in the user's language.
type CompareTooLargeError struct {
	Units, Max int
}

func (e *CompareTooLargeError) Error() string {
	return fmt.Sprintf("%v: %d units in the municipalities, more than %d", ErrCompareTooLarge, e.Units, e.Max)
}

func (e *CompareTooLargeError) Unwrap() error { return ErrCompareTooLarge }

// CompareTooLarge returns why the small networks of c are left out of
// the compare view of n, or nil when they are drawn.
func CompareTooLarge(n *graph.Network, c *compare.Comparison) *CompareTooLargeError {
	if n == nil || c == nil {
		return nil
	}
	// Counted, not built: Scope would go through every tie.
	count := map[string]int{}
	for _, u := range n.Units() {
		count[u.Municipality]++
	}
	total := 0
	for _, m := range c.Municipalities {
		if m.Name == "" {
			total += n.Len()
			continue
		}
		for name, k := range count {
			if strings.EqualFold(name, m.Name) {
				total += k
			}
		}
	}
	if total > cmpMaxNodes {
		return &CompareTooLargeError{Units: total, Max: cmpMaxNodes}
	}
	return nil
}

// Note says in words why the small networks are left out.
func (e *CompareTooLargeError) Note() graph.Text {
	units := func(l graph.Lang, n int) string { return graph.GroupDigits(strconv.Itoa(n), l) }
	return graph.T(
		fmt.Sprintf("Kommunenes nettverk er for store til å tegnes side om side (%s enheter, mer enn %s); målene vises.",
			units(graph.NB, e.Units), units(graph.NB, e.Max)),
		fmt.Sprintf("The municipalities' networks are too large to draw side by side (%s units, more than %s); the measures are shown.",
			units(graph.EN, e.Units), units(graph.EN, e.Max)))
}

// cmpPageHeight is the height, in points, a dot-chart picture of the
// report may take: what a landscape A4 page holds below a heading and a
// caption, so that the picture prints at nearly its own size and its
// 8-point labels stay above 7 points on paper.
const cmpPageHeight = 500.0

// cmpMeasureGroups splits the measures of c into groups of whole rows of
// panels, each group small enough for one page; a comparison of a few
// municipalities fits in one group.
func cmpMeasureGroups(c *compare.Comparison) [][]int {
	if c == nil {
		return nil
	}
	all := make([]int, len(c.Measures))
	for k := range all {
		all[k] = k
	}
	perImage := max(1, int(cmpPageHeight/cmpPanelRowHeight(c)))
	step := perImage * cmpPanelCols
	var groups [][]int
	for lo := 0; lo < len(all); lo += step {
		groups = append(groups, all[lo:min(lo+step, len(all))])
	}
	if groups == nil {
		groups = [][]int{{}}
	}
	return groups
}

// cmpPanelRowHeight is the height of one row of dot-chart panels.
func cmpPanelRowHeight(c *compare.Comparison) float64 {
	h, _, _ := cmpRows(c)
	return h + cmpHeadH + cmpPanelFoot
}

// DrawCompare writes the whole compare view as one picture in format f:
// the small networks above the dot charts. When the municipalities hold
// more units than the small networks show, the picture says so in their
// place (see CompareTooLargeError.Note).
func DrawCompare(ctx context.Context, n *graph.Network, c *compare.Comparison, s CompareStyle, f draw.Format, w io.Writer) error {
	p, err := compareAll(ctx, n, c, s)
	if err != nil {
		return err
	}
	var out []byte
	switch f {
	case draw.FormatDOT:
		out, err = p.marshal("compare")
	case draw.FormatSVG:
		out = p.picture(0).SVG()
	case draw.FormatPNG:
		out, err = p.picture(float64(cmpPNGDPI(p))).PNG()
	default:
		err = fmt.Errorf("views: compare view: unknown format %v", f)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// compareAll is the whole compare view as one pinned picture.
func compareAll(ctx context.Context, n *graph.Network, c *compare.Comparison, s CompareStyle) (*pinned, error) {
	l := cmpLang(s.Lang)
	nets, err := compareNetworks(ctx, n, c, s)
	var tooLarge *CompareTooLargeError
	switch {
	case errors.As(err, &tooLarge):
		// The measures alone, with the reason the networks are not there.
		nets = &pinned{}
		nets.text(0, 0, 900, tooLarge.Note().In(l), 12, false, 'l', textColor)
	case err != nil:
		return nil, err
	}
	all := make([]int, len(c.Measures))
	for k := range all {
		all[k] = k
	}
	meas := compareMeasures(c, l, all)
	p := &pinned{}
	title := graph.T("Sammenligning av kommuner", "Comparison of municipalities").In(l)
	if n.Data != nil && n.Data.Name != "" {
		title += " – " + n.Data.Name
	}
	p.text(0, 10, math.Max(nets.w, 400), title, 16, true, 'l', textColor)
	p.append(nets, 0, 30)
	p.append(meas, 0, p.h+cmpPanelGap)
	return p, nil
}

// cmpPNGDPI is the resolution of a compare picture's PNG: Graphviz's
// default 144 dpi for a small one, less for a large one, so that the PNG
// of fifty municipalities stays a few megapixels and quick to draw.
func cmpPNGDPI(p *pinned) int {
	pixels := p.w * p.h * 4 // at 144 dpi, 2 pixels per point
	switch {
	case pixels <= 12e6:
		return 0
	case pixels <= 48e6:
		return 72
	}
	return 48
}

func cmpLang(l graph.Lang) graph.Lang {
	if l != graph.NB {
		return graph.EN
	}
	return l
}
