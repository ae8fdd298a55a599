package text

import (
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// betweennessMethodJSON is "betweenness_method" of the metrics JSON when
// betweenness was sampled: every unit's within approx of the exact value
// with probability confidence, from samples pairs (samples_weighted for
// weighted betweenness); max_time is the budget that chose sampling.
type betweennessMethodJSON struct {
	Approx          float64 `json:"approx"`
	Confidence      float64 `json:"confidence"`
	Samples         int     `json:"samples"`
	SamplesWeighted int     `json:"samples_weighted"`
	MaxTime         string  `json:"max_time,omitempty"`
	Reference       string  `json:"reference"`
}

// closenessMethodJSON is "closeness_method": closeness and harmonic
// centrality from sources sources; harmonic/(n−1) within approx with
// probability confidence. approx is null when they are exact.
type closenessMethodJSON struct {
	Approx     *float64 `json:"approx"`
	Confidence float64  `json:"confidence"`
	Sources    int      `json:"sources"`
	Reference  string   `json:"reference"`
}

const (
	betweennessSampleRef = "Riondato & Kornaropoulos 2016 (vertex-diameter bound), paths drawn by balanced bidirectional search (Borassi & Natale 2019)"
	closenessSampleRef   = "sources drawn uniformly, Hoeffding 1963 with the union bound (Eppstein & Wang 2004)"
)

func writeSampling(s *jsonStream, m *metrics.PathMethod) {
	b := betweennessMethodJSON{Approx: m.Eps, Confidence: m.Confidence, Samples: m.Samples,
		SamplesWeighted: m.SamplesWeighted, Reference: betweennessSampleRef}
	if m.MaxTime > 0 {
		b.MaxTime = m.MaxTime.String()
	}
	s.key("betweenness_method")
	s.value(b)
	c := closenessMethodJSON{Confidence: m.Confidence, Sources: m.Sources, Reference: closenessSampleRef}
	if m.SourceEps > 0 {
		c.Approx = &m.SourceEps
	}
	s.key("closeness_method")
	s.value(c)
}

// SamplingTable returns the sampled measures of r, with their error and
// sample; nil when every measure is exact.
func SamplingTable(r *metrics.Result) *Table {
	m := r.PathMethod
	if m == nil {
		return nil
	}
	t := &Table{Name: "sampling", Title: graph.T("Målt på et utvalg", "Measured on a sample"),
		Columns: []Column{Col("measure_nb", "mål", "measure"), Col("measure_en", "mål", "measure"),
			Col("error", "feil ±", "error ±"), Col("confidence", "sikkerhet", "confidence"), Col("sample", "utvalg", "sample"),
			Col("unit_nb", "av", "of"), Col("unit_en", "av", "of"), Col("max_time", "valgt av --max-time", "chosen by --max-time")}}
	maxTime := any(nil)
	if m.MaxTime > 0 {
		maxTime = m.MaxTime.String()
	}
	t.Rows = append(t.Rows,
		[]any{"mellomhet", "betweenness", m.Eps, m.Confidence, m.Samples, "par", "pairs", maxTime},
		[]any{"mellomhet (vektet)", "betweenness (weighted)", m.Eps, m.Confidence, m.SamplesWeighted, "par", "pairs", maxTime},
		[]any{"mellomhetssentralisering", "betweenness centralization", 2 * m.Eps, m.Confidence, m.Samples, "par", "pairs", maxTime})
	if m.SourceEps > 0 {
		t.Rows = append(t.Rows,
			[]any{"harmonisk / (n−1)", "harmonic / (n−1)", m.SourceEps, m.Confidence, m.Sources, "kilder", "sources", maxTime},
			[]any{"distansevektet fragmentering", "distance fragmentation", m.SourceEps, m.Confidence, m.Sources, "kilder", "sources", maxTime},
			[]any{"nærhet (uten garanti)", "closeness (no bound)", nil, nil, m.Sources, "kilder", "sources", maxTime})
	}
	return t
}
