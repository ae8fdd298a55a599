package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportExamples writes the report of every example, and of EMON's
// seven sites when that data set lies beside the checkout, and checks the
// files.
func TestReportExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the reports lay out diagrams with Graphviz")
	}
	cases := map[string]string{
		"default":    "",
		"region":     "../../examples/region",
		"excel":      "../../examples/excel",
		"krackhardt": "../../examples/krackhardt",
		"survey":     "../../examples/survey",
		"emon-all":   "../../../shared/data/emon-all",
	}
	for name, dir := range cases {
		t.Run(name, func(t *testing.T) {
			if dir != "" {
				if _, err := os.Stat(dir); err != nil {
					t.Skipf("%s: %v", dir, err)
				}
			}
			out := filepath.Join(t.TempDir(), "rapport")
			args := []string{"report", "-o", out, "--lang", "nb"}
			if dir != "" {
				args = append(args, dir)
			}
			stdout, stderr, code := runArgs(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			index := filepath.Join(out, "index.html")
			if strings.TrimSpace(stdout) != index {
				t.Errorf("printed %q, want the path %s", stdout, index)
			}
			html, err := os.ReadFile(index)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range []string{"Nøkkeltall", "Manglende samarbeid", "Metoder", "<svg"} {
				if !strings.Contains(string(html), h) {
					t.Errorf("index.html has no %q", h)
				}
			}
			for _, f := range []string{"levels.svg", "levels.png", "agencies.svg", "agencies.png"} {
				if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
					t.Errorf("%s not written: %v", f, err)
				}
			}
			if name == "survey" {
				checkSurveyReport(t, out, string(html))
			}
			several := name == "region" || name == "emon-all"
			if _, err := os.Stat(filepath.Join(out, "compare-networks.svg")); (err == nil) != several {
				t.Errorf("compare-networks.svg written: %v, want %v", err == nil, several)
			}
			if several != strings.Contains(string(html), `id="compare"`) {
				t.Errorf("comparison section present: %v, want %v", !several, several) // it is present exactly when not wanted
			}
			if name == "emon-all" {
				if n := strings.Count(string(html), `<tr class="region">`); n != 1 {
					t.Errorf("emon-all: %d region blocks, want 1", n)
				}
				for _, site := range []string{"Cheyenne", "Hurricane Frederic", "Lake Pomona", "Mt. Si", "Mt. St. Helens", "Texas Hill Country", "Wichita Falls"} {
					if !strings.Contains(string(html), `<th scope="row">`+site+`</th>`) {
						t.Errorf("emon-all: no comparison row for %s", site)
					}
				}
			}
		})
	}
}

// TestReportRewrite checks that a second report into the same folder
// removes the comparison files the first one wrote when the new data has
// one municipality, and leaves the user's own files alone.
func TestReportRewrite(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the reports lay out diagrams with Graphviz")
	}
	out := filepath.Join(t.TempDir(), "r")
	if _, stderr, code := runArgs(t, "report", "-o", out, "../../examples/region"); code != 0 {
		t.Fatal(stderr)
	}
	own := filepath.Join(out, "compare-budsjett.png")
	if err := os.WriteFile(own, []byte("the user's own chart"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runArgs(t, "report", "-o", out, "../../examples/kommune"); code != 0 {
		t.Fatal(stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "compare-networks.svg")); err == nil {
		t.Error("compare-networks.svg of the first report left behind")
	}
	if b, err := os.ReadFile(own); err != nil || string(b) != "the user's own chart" {
		t.Errorf("compare-budsjett.png, not written by samkart: %q, %v", b, err)
	}
}

// BenchmarkReportM writes the full report of the generated M dataset (50
// municipalities, 2 682 units), when it is there, as
// `samkart report DIR -o OUT` does: load, measures, gaps, comparison,
// every diagram in SVG and PNG, the page. SAMKART_BENCH_M names another
// folder of it (shared/bench/gen.py --scale M --seed 1 --out DIR).
func BenchmarkReportM(b *testing.B) {
	dir := ""
	for _, d := range []string{os.Getenv("SAMKART_BENCH_M"), "../../../bench/M", "/work/bench/M"} {
		if _, err := os.Stat(filepath.Join(d, "units.csv")); err == nil {
			dir = d
			break
		}
	}
	if dir == "" {
		b.Skip("the generated M dataset is not there")
	}
	out := filepath.Join(b.TempDir(), "r")
	// The command's renderer, whose Graphviz code comes from the user's
	// cache as samkart's does, not compiled anew for the benchmark.
	r := newRenderer(nil)
	for range b.N {
		var stdout, stderr bytes.Buffer
		e := &env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }, renderer: r}
		if code := run(context.Background(), []string{"report", "-o", out, dir}, e); code != 0 {
			b.Fatal(stderr.String())
		}
	}
}

// checkSurveyReport checks the survey's part of the report of
// examples/survey: the response, the units that did not answer, the
// frequent but poorly rated ties, the note on non-response and the
// ratings heat map.
func checkSurveyReport(t *testing.T, out, html string) {
	t.Helper()
	for _, want := range []string{`id="survey"`, "Runde 2011: 10 av 12 enheter svarte på undersøkelsen (83 %).",
		"Svarte ikke: Eiendomsavdelingen (SJB-EIE), Mental Helse Sjøby (SJB-MH).",
		"Av 12 bånd mellom to enheter som begge svarte, ble 9 oppgitt av begge sider (75 %).",
		"hyppig, men lite tillit", "Frafall: enheter som ikke svarte", "Frafall i undersøkelsen skjevvrir dette målet"} {
		if !strings.Contains(html, want) {
			t.Errorf("survey report lacks %q", want)
		}
	}
	for _, f := range []string{"ratings.svg", "ratings.png"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
}
