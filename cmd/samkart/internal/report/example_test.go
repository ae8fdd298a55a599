package report_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"

	"github.com/samkart/samkart/cmd/samkart/internal/report"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// ExampleWrite lays out a report by hand, without diagrams: names from the
// data are escaped, and headings follow the language.
func ExampleWrite() {
	r := &report.Report{
		Lang:    graph.NB,
		Title:   "Samhandling i <Vik>",
		Dataset: "vik",
		Figures: []report.Figure{{Label: graph.T("tetthet", "density"), Value: 0.25, Kind: "index"}},
		Gaps: []report.Finding{{Rank: 1, Type: gaps.Horizontal, Scope: "Vik",
			Text: graph.T("NAV og boligkontoret i Vik har ingen registrert kontakt.", "NAV and the housing office in Vik have no recorded contact.")}},
	}
	var b bytes.Buffer
	if err := report.Write(context.Background(), &b, r); err != nil {
		fmt.Println(err)
		return
	}
	for _, re := range []string{`<h1>.*</h1>`, `<h2>Nøkkeltall</h2>`, `<div class="value">.*</div>`, `<td>NAV og boligkontoret.*</td>`} {
		fmt.Println(regexp.MustCompile(re).FindString(b.String()))
	}
	// Output:
	// <h1>Samhandling i &lt;Vik&gt;</h1>
	// <h2>Nøkkeltall</h2>
	// <div class="value">0,250</div>
	// <td>NAV og boligkontoret i Vik har ingen registrert kontakt.</td>
}
