package text

import (
	"fmt"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/gaps"
)

// QAPResult is what `samkart qap` found: the QAP correlation of the
// relation Y with each of X and, with two or more, the regression of Y on
// all of them.
type QAPResult struct {
	Dataset      string
	Units        int
	Y            string
	X            []string
	Directed     bool // ordered pairs of units; otherwise unordered
	Permutations int
	Seed         uint64
	// ExpectedBy is where the expected relation came from
	// (gaps.ExpectedByPlan or ExpectedByDefault); "" when it was not used.
	ExpectedBy   string
	Correlations []*metrics.QAPCorrelation // Y with each X, in order
	Regression   *metrics.QAPRegression    // nil with one X
}

// pairs returns the number of pairs the tests run over.
func (r *QAPResult) pairs() int {
	if len(r.Correlations) > 0 {
		return r.Correlations[0].Pairs
	}
	return 0
}

// WriteQAPJSON writes r as one JSON document, indented by two spaces:
//
//	{"dataset", "units", "pairs", "mode", "y", "x": […], "permutations", "seed", "expected_by",
//	 "correlations": [{"y", "x", "correlation", "permutation": {…}}, …],
//	 "regression": null or {"y", "pairs", "r_squared", "adj_r_squared",
//	                        "coefficients": [{"name", "estimate", "t", "p_abs", "permutation": {…}}, …]},
//	 "conventions": {value: {"definition", "definition_nb", "reference"}}}
//
// mode is "graph" (unordered pairs) or "digraph" (ordered pairs), as R sna
// names them; expected_by is null unless the expected relation was used;
// conventions defines every value (QAPConventions).
func WriteQAPJSON(w io.Writer, r *QAPResult) error {
	return writeIndented(w, newQAPJSON(r))
}

type qapJSON struct {
	Dataset      string                    `json:"dataset"`
	Units        int                       `json:"units"`
	Pairs        int                       `json:"pairs"`
	Mode         string                    `json:"mode"`
	Y            string                    `json:"y"`
	X            []string                  `json:"x"`
	Permutations int                       `json:"permutations"`
	Seed         uint64                    `json:"seed"`
	ExpectedBy   any                       `json:"expected_by"`
	Correlations []qapCorrJSON             `json:"correlations"`
	Regression   *qapRegressionJSON        `json:"regression"`
	Conventions  map[string]conventionJSON `json:"conventions"`
}

type qapCorrJSON struct {
	Y           string          `json:"y"`
	X           string          `json:"x"`
	Correlation graph.JSONFloat `json:"correlation"`
	Permutation permutationJSON `json:"permutation"`
}

type qapRegressionJSON struct {
	Y            string          `json:"y"`
	Pairs        int             `json:"pairs"`
	RSquared     graph.JSONFloat `json:"r_squared"`
	AdjRSquared  graph.JSONFloat `json:"adj_r_squared"`
	Coefficients []qapCoefJSON   `json:"coefficients"`
}

type qapCoefJSON struct {
	Name        string          `json:"name"`
	Estimate    graph.JSONFloat `json:"estimate"`
	T           graph.JSONFloat `json:"t"`
	PAbs        graph.JSONFloat `json:"p_abs"`
	Permutation permutationJSON `json:"permutation"`
}

func newQAPJSON(r *QAPResult) qapJSON {
	j := qapJSON{Dataset: r.Dataset, Units: r.Units, Pairs: r.pairs(), Mode: qapMode(r.Directed), Y: r.Y, X: r.X,
		Permutations: r.Permutations, Seed: r.Seed, ExpectedBy: optString(r.ExpectedBy), Correlations: []qapCorrJSON{},
		Conventions: conventionsJSONOf(qapConventions)}
	for _, c := range r.Correlations {
		j.Correlations = append(j.Correlations, qapCorrJSON{c.Y, c.X, graph.JSONFloat(c.Correlation), permJSON(c.Permutation)})
	}
	if g := r.Regression; g != nil {
		j.Regression = &qapRegressionJSON{Y: g.Y, Pairs: g.Pairs, RSquared: graph.JSONFloat(g.RSquared),
			AdjRSquared: graph.JSONFloat(g.AdjRSquared), Coefficients: []qapCoefJSON{}}
		for _, c := range g.Coefficients {
			j.Regression.Coefficients = append(j.Regression.Coefficients, qapCoefJSON{c.Name, graph.JSONFloat(c.Estimate),
				graph.JSONFloat(c.T), graph.JSONFloat(c.PAbs), permJSON(c.Permutation)})
		}
	}
	return j
}

// qapMode names the pairs as R sna does.
func qapMode(directed bool) string {
	if directed {
		return "digraph"
	}
	return "graph"
}

// QAPTables returns r as tables: the correlations, and with a regression
// its fit and its coefficients.
func QAPTables(r *QAPResult) []*Table {
	corr := &Table{Name: "qap_correlations", Title: graph.T("QAP-korrelasjoner", "QAP correlations"),
		Columns: []Column{Col("y", "y", "y"), Col("x", "x", "x"), Col("correlation", "korrelasjon", "correlation")}}
	corr.Columns = append(corr.Columns, eiTestColumns[4:]...)
	for _, c := range r.Correlations {
		corr.Rows = append(corr.Rows, append([]any{c.Y, c.X, c.Correlation}, permutationCells(c.Permutation, r.Permutations)...))
	}
	out := []*Table{corr}
	g := r.Regression
	if g == nil {
		return out
	}
	fit := &Table{Name: "qap_regression", Title: graph.T("MRQAP-regresjon (Dekkers semipartialisering)", "MRQAP regression (Dekker's semi-partialling)"),
		Columns: []Column{Col("y", "y", "y"), Col("pairs", "par", "pairs"), Col("r_squared", "R²", "R²"),
			Col("adj_r_squared", "justert R²", "adjusted R²")},
		Rows: [][]any{{g.Y, g.Pairs, g.RSquared, g.AdjRSquared}}}
	coef := &Table{Name: "qap_coefficients", Title: graph.T("Koeffisienter", "Coefficients"),
		Columns: []Column{Col("name", "forklaringsvariabel", "predictor"), Col("estimate", "estimat", "estimate"),
			Col("t", "t", "t"), Col("p_abs", "p (|t| ≥)", "p (|t| ≥)")}}
	coef.Columns = append(coef.Columns, eiTestColumns[4:]...)
	for _, c := range g.Coefficients {
		coef.Rows = append(coef.Rows, append([]any{c.Name, c.Estimate, c.T, c.PAbs}, permutationCells(c.Permutation, r.Permutations)...))
	}
	return append(out, fit, coef)
}

// WriteQAP writes r for people in lang: what was tested, the tables and a
// plain sentence for each correlation.
func WriteQAP(w io.Writer, r *QAPResult, lang graph.Lang) error {
	tr := func(nb, en string) string { return graph.T(nb, en).In(lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "QAP: %s ~ %s\n", r.Y, strings.Join(r.X, " + "))
	pairs := tr("uordnede par", "unordered pairs")
	if r.Directed {
		pairs = tr("ordnede par", "ordered pairs")
	}
	fmt.Fprintf(&b, "%s %s, %s %s; %s %s, %s %d.\n", graph.GroupDigits(fmt.Sprint(r.Units), lang), tr("enheter", "units"),
		graph.GroupDigits(fmt.Sprint(r.pairs()), lang), pairs, graph.GroupDigits(fmt.Sprint(r.Permutations), lang),
		tr("permutasjoner", "permutations"), tr("frø", "seed"), r.Seed)
	if r.ExpectedBy != "" {
		b.WriteString(expectedNote(r.ExpectedBy).In(lang) + "\n")
	}
	for _, t := range QAPTables(r) {
		fmt.Fprintf(&b, "\n%s\n\n", t.Title.In(lang))
		if err := WriteText(&b, t, lang); err != nil {
			return err
		}
	}
	b.WriteString("\n")
	for _, c := range r.Correlations {
		b.WriteString(QAPSentence(c).In(lang) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// expectedNote says where the expected relation came from.
func expectedNote(by string) graph.Text {
	if by == gaps.ExpectedByPlan {
		return graph.T("expected: parene handlingsplanen (expected.csv) forventer skal samarbeide; en etat eller et nivå står for alle sine enheter i kommunen.",
			"expected: the pairs the action plan (expected.csv) expects to collaborate; an agency or level stands for all its units in the municipality.")
	}
	return graph.T("expected: datasettet har ingen expected.csv, så samkarts standardforventninger gjelder: alle tjenester i en kommune med hverandre, hver enhet med sin overordnede, enheter på nivå 4 med kommuneledelsen og ledelsen med sin Husbanken-region (som i samkart gaps).",
		"expected: the dataset has no expected.csv, so samkart's default expectations apply: every service of a municipality with every other, every unit with its parent, level-4 units with the municipal leadership and the leadership with its Husbanken region (as in samkart gaps).")
}
