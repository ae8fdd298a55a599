package views

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
)

// surveyNet builds examples/survey in window w.
func surveyNet(t *testing.T, w graph.Window) *graph.Network {
	t.Helper()
	ds, err := importers.Load("../../../../examples/survey")
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: w})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRatingHeatmap(t *testing.T) {
	n := surveyNet(t, graph.All)
	p, err := RatingHeatmap(n, Style{Lang: graph.NB})
	if err != nil {
		t.Fatal(err)
	}
	svg := p.SVG()
	checkGolden(t, "view_ratings_nb.svg", svg)
	texts := strings.Join(svgTexts(t, svg), "\n")
	// NAV rates the housing office 4 and 4, the housing office NAV 1 and 3.
	for _, want := range []string{"Vurdert tillit mellom etater – Sjøby", "rundene 2011 og 2013", "vurdert av ↓",
		"NAV (1)", "3,5", "2", "2 svar", "Snittvurdering: tillit"} {
		if !strings.Contains(texts, want) {
			t.Errorf("ratings heat map lacks %q", want)
		}
	}
	value := graph.Value
	p, err = RatingHeatmap(n, Style{Lang: graph.EN, By: metrics.ByLevel, Rating: &value})
	if err != nil {
		t.Fatal(err)
	}
	en := strings.Join(svgTexts(t, p.SVG()), "\n")
	for _, want := range []string{"Rated value between levels – Sjøby", "Mean rating: value"} {
		if !strings.Contains(en, want) {
			t.Errorf("level ratings heat map lacks %q", want)
		}
	}
	var b bytes.Buffer
	if err := Draw(context.Background(), kommuneNet(t), ViewRatings, Style{}, draw.FormatSVG, &b); !errors.Is(err, ErrNoRatings) {
		t.Errorf("ratings view of a network without a survey: %v, want ErrNoRatings", err)
	}
	if _, err := Diagram(n, ViewRatings, Style{}); !errors.Is(err, ErrHeatmap) {
		t.Errorf("DOT of the ratings view: %v, want ErrHeatmap", err)
	}
}
