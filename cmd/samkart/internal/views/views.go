package views

import (
	"context"
	"errors"
	"io"
	"math"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/gaps"
)

// maxRouted bounds edges × nodes for routing edges round the nodes as
// splines: the router's time grows with both (seconds for a few hundred
// ties among a hundred units). Larger diagrams get straight edges, drawn
// under the nodes.
const maxRouted = 20000

// DefaultMaxUnits is the number of units above which AggregateAuto groups
// them: a few hundred nodes are as many as a slide can show.
const DefaultMaxUnits = 300

// Style holds the choices that shape a diagram. The zero Style draws in
// English, sizes units by betweenness and aggregates large networks.
type Style struct {
	Lang      graph.Lang
	Size      Measure
	Aggregate Aggregation
	MaxUnits  int // the limit of AggregateAuto; 0 means DefaultMaxUnits

	// By chooses the groups of the agencies view: metrics.ByAgency (the
	// default) or metrics.ByLevel.
	By metrics.Attribute

	// Rating is the rating the ratings view shows; nil is DefaultRating.
	Rating *graph.Rating

	Unit   string // the ego view's unit key
	Radius int    // the ego view's radius: 1 (the default) or 2

	// Title names what the diagram shows, after the view's own title;
	// "" means the municipality or region (text.PlaceName), never the
	// dataset's folder.
	Title string

	// Gaps are the findings the gaps view draws; nil means computing them
	// with gaps.Compute on the network without its scope filter, with the
	// filter's scope.
	Gaps *gaps.Report

	// Renderer lays out the graph views for Draw: samkart gives it a
	// child process for the fdp layouts of the network, gaps and ego views,
	// which keeps them reproducible. nil lays out in this process.
	Renderer *draw.Renderer

	// Medium is where the diagram is shown; the zero value is the screen.
	Medium Medium

	// Suppress hides the heat map's small group sizes and numbers of
	// ties, and the densities computed from them.
	Suppress text.Suppression

	// scale multiplies every font size (and the nodes' least sizes): Fit
	// sets it for a Medium; 0 means 1, or for a Medium not fitted yet.
	scale float64
}

// fontScale returns s.scale, 1 when unset.
func (s Style) fontScale() float64 {
	if s.scale <= 0 {
		return 1
	}
	return s.scale
}

func (s Style) maxUnits() int {
	if s.MaxUnits <= 0 {
		return DefaultMaxUnits
	}
	return s.MaxUnits
}

// ErrHeatmap is returned by Diagram for the agencies view, which is not a
// graph: draw it with Heatmap or Draw.
var ErrHeatmap = errors.New("views: the agencies view is a heat map, not a graph; it has no DOT form (use svg or png)")

// ErrCompare is returned by Diagram and Draw for the compare view, which
// is drawn from a comparison: draw it with DrawCompare.
var ErrCompare = errors.New("views: the compare view is drawn from a comparison of municipalities (use DrawCompare)")

// Diagram returns the DOT source of view v of n (network, levels, gaps or
// ego), built with gonum's encoding/dot. The bytes depend only on n and s.
//
// Units are coloured by agency (a fixed colour-blind-safe palette, see
// AgencyColors), shaped by level and sized by s.Size; ties are as wide as
// their weight (relative to the heaviest drawn) and dashed when most of
// their contacts and meetings were informal. Hovering over a unit or tie in
// the SVG shows its name and measures (the DOT tooltip attribute).
func Diagram(n *graph.Network, v View, s Style) ([]byte, error) {
	switch v {
	case ViewAgencies, ViewRatings:
		return nil, ErrHeatmap
	case ViewCompare:
		return nil, ErrCompare
	}
	b, err := build(n, v, s)
	if err != nil {
		return nil, err
	}
	var a draw.Attrs
	a.Set("label", draw.Quote(""))
	a.Set("color", "#CCCCCC")
	b.d.Merge(b.leg, "cluster_legend", a)
	return b.d.Marshal()
}

// Draw writes view v of n to w in format f: Graphviz's SVG or samkart's
// PNG of the DOT from Diagram, or the DOT itself; for the agencies view,
// the heat map's SVG or PNG. For a medium other than the screen the
// diagram is drawn for the medium's box (see Medium): laid out until its
// smallest text is legible there, and in SVG sized to fit the box.
func Draw(ctx context.Context, n *graph.Network, v View, s Style, f draw.Format, w io.Writer) error {
	if v == ViewCompare {
		return ErrCompare
	}
	if s.Medium != MediumScreen {
		if s.scale == 0 {
			var err error
			if s, _, err = Fit(ctx, n, v, s); err != nil {
				return err
			}
		}
		return drawMedium(ctx, n, v, s, f, w)
	}
	return drawScreen(ctx, n, v, s, f, w)
}

// drawScreen is Draw for the screen, or for a medium at the font scale
// s.scale.
func drawScreen(ctx context.Context, n *graph.Network, v View, s Style, f draw.Format, w io.Writer) error {
	if v == ViewAgencies || v == ViewRatings {
		var out []byte
		p, err := heatmapOf(n, v, s)
		switch {
		case err != nil:
			return err
		case f == draw.FormatSVG:
			out = p.SVG()
		case f == draw.FormatPNG:
			bw, bh, _ := s.Medium.Box()
			p.Box = [2]float64{bw, bh}
			out, err = p.PNG()
		default:
			return ErrHeatmap
		}
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	if f == draw.FormatDOT {
		src, err := Diagram(n, v, s)
		if err != nil {
			return err
		}
		return s.Renderer.Render(ctx, src, f, w)
	}
	b, err := build(n, v, s)
	if err != nil {
		return err
	}
	main, err := b.d.Marshal()
	if err != nil {
		return err
	}
	leg, err := b.leg.Marshal()
	if err != nil {
		return err
	}
	bw, bh, _ := s.Medium.Box()
	out, err := s.Renderer.ComposeIn(ctx, main, leg, f, bw, bh)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// AutoAggregation returns the aggregation view v of n is drawn with when
// s.Aggregate is AggregateAuto: none when the units to draw number at most
// s.MaxUnits, else the first grouping with at most that many nodes of
// agency, municipality and agency-all (for the levels view agency,
// agency-all, municipality: its bands grow wide), else the one with the
// fewest nodes. The ego view, the heat map and the compare view are never
// aggregated.
func AutoAggregation(n *graph.Network, v View, s Style) Aggregation {
	if s.Aggregate != AggregateAuto {
		return s.Aggregate
	}
	if v == ViewEgo || v == ViewAgencies || v == ViewCompare || v == ViewRatings || n.Len() <= s.maxUnits() {
		return AggregateNone
	}
	order := []Aggregation{AggregateAgency, AggregateMunicipality, AggregateAgencyAll}
	if v == ViewLevels {
		order = []Aggregation{AggregateAgency, AggregateAgencyAll, AggregateMunicipality}
	}
	best, fewest := AggregateAgencyAll, math.MaxInt
	for _, a := range order {
		c := groupCount(n, a, v == ViewLevels)
		if c <= s.maxUnits() {
			return a
		}
		if c < fewest {
			best, fewest = a, c
		}
	}
	return best
}

// groupCount is the number of nodes aggregation a gives.
func groupCount(n *graph.Network, a Aggregation, byLevel bool) int {
	seen := make(map[string]bool)
	muni := municipalityRegions(n.Data)
	for _, u := range n.Units() {
		seen[groupOf(u, a, byLevel, muni).Key] = true
	}
	return len(seen)
}
