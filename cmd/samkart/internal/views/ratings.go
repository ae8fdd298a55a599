package views

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
)

// ErrNoRatings is returned by Draw for the ratings view of a network
// whose survey gave no ratings (or that has no survey).
var ErrNoRatings = errors.New("views: the ratings view needs survey answers with quality, trust or value ratings (survey.csv)")

// DefaultRating returns the rating the ratings view shows when Style
// names none: trust when the survey rated it, else quality, else value.
func DefaultRating(m *metrics.RatingMatrix) (graph.Rating, bool) {
	if m == nil {
		return 0, false
	}
	for _, k := range []graph.Rating{graph.Trust, graph.Quality, graph.Value} {
		for _, row := range m.Mean[k] {
			for _, c := range row {
				if c.N > 0 {
					return k, true
				}
			}
		}
	}
	return 0, false
}

// ratingMap is the ratings view being laid out: the heat map's groups,
// order, header and sizes, with cells that show the mean rating one
// group's units gave the other's.
type ratingMap struct {
	*heatmap
	m *metrics.RatingMatrix
	k graph.Rating
}

// RatingHeatmap draws the second view of the heat map (render --view
// ratings): one row and column per agency (or level, s.By) as in
// Heatmap, each cell the mean rating (s.Rating, or DefaultRating) that
// the row's units gave the column's in the survey, coloured from 1 (pale)
// to 5 (dark), with the number of answers. It returns ErrNoRatings when
// the survey gave none.
func RatingHeatmap(n *graph.Network, s Style) (*draw.Picture, error) {
	h := newHeatmap(n, s)
	r := &ratingMap{heatmap: h, m: metrics.RatingBlocks(n, h.by)}
	k, ok := DefaultRating(r.m)
	if !ok {
		return nil, ErrNoRatings
	}
	if s.Rating != nil {
		k = *s.Rating
	}
	r.k = k
	r.title(s.Title)
	h.columns()
	r.rows()
	r.scale()
	r.notes()
	h.p.H = math.Ceil(h.y + hmMargin)
	h.p.W = math.Ceil(h.p.Right() + hmMargin)
	return h.p, nil
}

func (r *ratingMap) title(name string) {
	h, l := r.heatmap, r.l
	if name == "" {
		name = text.PlaceName(h.n.Data, h.n.Options.Filter.Scope, l)
	}
	what := graph.T("etat", "agency")
	if h.by == metrics.ByLevel {
		what = graph.T("nivå", "level")
	}
	title := graph.T("Vurdert "+r.k.Label().NB+" mellom etater", "Rated "+r.k.Label().EN+" between agencies").In(l)
	if h.by == metrics.ByLevel {
		title = graph.T("Vurdert "+r.k.Label().NB+" mellom nivåer", "Rated "+r.k.Label().EN+" between levels").In(l)
	}
	if name != "" {
		title += " – " + name
	}
	h.p.Text(hmMargin, h.y+18, title, 20, true, 'l', textColor)
	h.y += 28
	sub := graph.T("Snittet av svarene i undersøkelsen, fra 1 (svært dårlig) til 5 (svært godt): hvordan radens "+what.NB+" vurderer kolonnens",
		"The mean of the survey's answers, from 1 (very poor) to 5 (very good): how the row's "+what.EN+" rates the column's")
	h.p.Text(hmMargin, h.y+12, sub.In(l), 13, false, 'l', mutedText)
	h.y += 18
	h.p.Text(hmMargin, h.y+12, windowText(h.n, l), 13, false, 'l', mutedText)
	h.y += 30
}

func (r *ratingMap) rows() {
	h := r.heatmap
	h.p.Text(hmMargin, h.y-6, graph.T("vurdert av ↓", "rated by ↓").In(h.l), 11, false, 'l', mutedText)
	for ri, g := range h.order {
		ry := h.y + float64(ri)*hmCellH
		if h.by == metrics.ByAgency {
			h.p.Rect(hmMargin, ry+hmCellH/2-hmSwatch/2, hmSwatch, hmSwatch, h.pal.fill(h.bm.Groups[g]), "#333333", 0.6, "")
		}
		h.p.Text(hmMargin+hmSwatch+hmHeadPad, ry+hmCellH/2+4, truncate(h.labels[g], 40)+" "+h.size(g), 12, true, 'l', textColor)
		for ci, k := range h.order {
			r.cell(h.x0+float64(ci)*h.cellW, ry, g, k)
		}
	}
	h.y += float64(len(h.bm.Groups))*hmCellH + 26
}

// cell writes the mean rating group g gave group k, with its top left
// corner at x, y.
func (r *ratingMap) cell(x, y float64, g, k int) {
	h, l := r.heatmap, r.l
	m := r.m.Mean[r.k][g][k]
	v := m.Value()
	fill := heatColor(math.NaN())
	if m.N > 0 {
		fill = heatColor((v - 1) / 4)
	}
	tip := h.labels[g] + " → " + h.labels[k] + ": "
	if s := h.sup; m.N > 0 && (s.Hides(float64(m.N)) || s.Hides(float64(h.bm.Units[g])) || s.Hides(float64(h.bm.Units[k]))) {
		// A mean of few answers, or of a small group's, gives them away.
		answers := count(m.N, wAnswer, wAnswers, l)
		if s.Hides(float64(m.N)) {
			answers = s.Words().In(l) + " " + wAnswers.In(l)
		}
		h.p.Rect(x, y, h.cellW, hmCellH, hiddenFill, "#FFFFFF", 1, tip+answers)
		if g == k {
			h.p.Rect(x, y, h.cellW, hmCellH, "", "#333333", 1.5, "")
		}
		h.p.Text(x+h.cellW/2, y+hmCellH/2+4, answers, 9.5, false, 'c', mutedText)
		return
	}
	if m.N > 0 {
		tip += r.k.Label().In(l) + " " + num(v, 1, l) + graph.T(" av 5 (", " of 5 (").In(l) + count(m.N, wAnswer, wAnswers, l) + ")"
	} else {
		tip += graph.T("ingen vurdering", "no rating").In(l)
	}
	stroke, sw := "#FFFFFF", 1.0
	if g == k {
		stroke, sw = "#333333", 1.5
	}
	w := h.cellW
	h.p.Rect(x, y, w, hmCellH, fill, stroke, sw, tip)
	if m.N == 0 {
		h.p.Text(x+w/2, y+hmCellH/2+5, "–", 13, false, 'c', mutedText)
		return
	}
	ink := inkOn(fill)
	h.p.Text(x+w/2, y+hmCellH/2-1, num(math.Round(v*10)/10, 1, l), 13, true, 'c', ink)
	h.p.Text(x+w/2, y+hmCellH/2+13, count(m.N, wAnswer, wAnswers, l), 9.5, false, 'c', ink)
}

var (
	wAnswer  = graph.T("svar", "answer")
	wAnswers = graph.T("svar", "answers")
)

// scale writes the colour scale from 1 to 5.
func (r *ratingMap) scale() {
	h := r.heatmap
	scaleW := math.Min(math.Max(float64(len(h.bm.Groups))*h.cellW, 240), 420)
	h.p.Text(hmMargin, h.y+10, graph.T("Snittvurdering", "Mean rating").In(h.l)+": "+r.k.Label().In(h.l), 12, true, 'l', textColor)
	h.y += 18
	const steps = 60
	for i := 0; i < steps; i++ {
		f := (float64(i) + 0.5) / steps
		h.p.Rect(hmMargin+float64(i)*scaleW/steps, h.y, scaleW/steps+0.3, 14, heatColor(f), "", 0, "")
	}
	h.p.Rect(hmMargin, h.y, scaleW, 14, "", "#333333", 0.6, "")
	for i := 0; i <= 4; i++ {
		tx := hmMargin + float64(i)*scaleW/4
		h.p.Line(tx, h.y+14, tx, h.y+18, "#333333", 0.6)
		anchor := byte('c')
		if i == 0 {
			anchor = 'l'
		} else if i == 4 {
			anchor = 'r'
		}
		h.p.Text(tx, h.y+30, strconv.Itoa(i+1), 10, false, anchor, textColor)
	}
	h.y += 44
}

func (r *ratingMap) notes() {
	l := r.l
	notes := []string{
		graph.T("Hver celle: snittet av vurderingene radens enheter ga kolonnens, og antall svar bak det.",
			"Each cell: the mean of the ratings the row's units gave the column's, and the number of answers behind it.").In(l),
		graph.T("Diagonalen (mørk ramme): vurderinger innen samme gruppe. –: ingen vurdering.",
			"The diagonal (dark frame): ratings within one group. –: no rating.").In(l),
		graph.T("Bare enheter som svarte, har vurdert andre: se svarprosenten i oppsummeringen.",
			"Only units that answered have rated others: see the response rate in the summary.").In(l),
	}
	if r.sup.On() {
		notes = append(notes, r.sup.Legend().In(l),
			graph.T("Grå celle: snittet er skjult, siden det ville røpe enkeltsvar.",
				"Grey cell: the mean is hidden, since it would give single answers away.").In(l))
	}
	for _, s := range notes {
		r.p.Text(hmMargin, r.y+10, s, 11, false, 'l', mutedText)
		r.y += 16
	}
}

// heatmapOf returns the picture of the agencies view or, for the ratings
// view, RatingHeatmap's.
func heatmapOf(n *graph.Network, v View, s Style) (*draw.Picture, error) {
	if v == ViewRatings {
		return RatingHeatmap(n, s)
	}
	return Heatmap(n, s), nil
}

// roundsText names the survey rounds of n, "runde 2011 og 2013"; "" when
// it has none with a label or date.
func roundsText(n *graph.Network, l graph.Lang) string {
	var labels []string
	for _, r := range n.Survey() {
		if s := r.Round.RoundLabel(); s != "" {
			labels = append(labels, s)
		}
	}
	switch len(labels) {
	case 0:
		return ""
	case 1:
		return graph.T("runde ", "round ").In(l) + labels[0]
	}
	last := labels[len(labels)-1]
	rest := strings.Join(labels[:len(labels)-1], ", ")
	return graph.T("rundene "+rest+" og "+last, "rounds "+rest+" and "+last).In(l)
}
