package compare_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// refPlanQAP holds the QAP tests of a metrics/testdata/reference/
// permutation/<dataset>.json file (generate_permutation.py: the relations
// built in Python, the tests run by R sna 2.7-1 with 100 000
// permutations).
type refPlanQAP struct {
	QAP struct {
		Correlations []struct {
			Y, X, Mode   string
			Municipality string
			ExpectedBy   string `json:"expected_by"`
			Testval      float64
			PGE          float64 `json:"pgreq_tol"`
			PLE          float64 `json:"pleeq_tol"`
			Mean, SD     float64
			Reps         float64
		}
		Regressions []struct {
			Y, Mode      string
			X            []string
			Coefficients []float64
			Tstat        []float64
			PAbs         []float64 `json:"pgreqabs_tol"`
			PGE          []float64 `json:"pgreq_tol"`
			PLE          []float64 `json:"pleeq_tol"`
			RSquared     float64   `json:"r_squared"`
			N            float64
		}
	}
}

const refReps = 100000

func exampleNetwork(t *testing.T, name string) *graph.Network {
	t.Helper()
	ds, err := importers.Load(filepath.Join("..", "..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func near(got, want float64) bool { return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want)) }

// checkPerm compares p-values within 0.01 and the mean within four
// standard errors of a 100 000-permutation reference.
func checkPerm(t *testing.T, where string, got metrics.Permutation, mean, sd, pge, ple float64) {
	t.Helper()
	se := sd*math.Sqrt(2.0/refReps) + 1e-12
	if math.Abs(got.PGE-pge) > 0.01 || math.Abs(got.PLE-ple) > 0.01 || math.Abs(got.Mean-mean) > 4*se {
		t.Errorf("%s: p_ge %.4f, p_le %.4f, mean %.5f; sna %.4f, %.4f, %.5f", where, got.PGE, got.PLE, got.Mean, pge, ple, mean)
	}
}

// TestExpectedQAPReference checks the QAP tests with the expected
// relation against R sna: on the whole network (region: the default
// expectations; kommune: expected.csv) and per municipality (PlanPractice).
func TestExpectedQAPReference(t *testing.T) {
	for _, name := range []string{"region", "kommune"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "reference", "permutation", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var ref refPlanQAP
			if err := json.Unmarshal(b, &ref); err != nil {
				t.Fatal(err)
			}
			n := exampleNetwork(t, name)
			exp, by := compare.ExpectedRelation(n)
			popt := metrics.PermutationOptions{Permutations: refReps, Seed: 1}
			plans := compare.PlanPractice(n, popt)
			rel := func(s string) *metrics.Relation {
				if s == compare.ExpectedName {
					return exp
				}
				r, err := metrics.RelationNamed(n, s)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			tested := 0
			for _, c := range ref.QAP.Correlations {
				if c.X != compare.ExpectedName {
					continue
				}
				tested++
				where := fmt.Sprintf("gcor(%s, expected) %s", c.Y, c.Municipality)
				var got *metrics.QAPCorrelation
				if c.Municipality == "" {
					got, err = metrics.QAPCorrelate(rel(c.Y), exp, metrics.QAPOptions{PermutationOptions: popt})
					if err != nil {
						t.Fatal(err)
					}
				} else {
					i := slices.IndexFunc(plans, func(p compare.PlanTest) bool { return p.Municipality == c.Municipality })
					if i < 0 || c.Y != "ties-binary" || c.ExpectedBy != by {
						t.Fatalf("%s: no plan test (expected by %s, reference %s)", where, by, c.ExpectedBy)
					}
					got = plans[i].Correlation
				}
				if !near(got.Correlation, c.Testval) {
					t.Errorf("%s = %.17g, sna %.17g", where, got.Correlation, c.Testval)
				}
				checkPerm(t, where, got.Permutation, c.Mean, c.SD, c.PGE, c.PLE)
			}
			for _, r := range ref.QAP.Regressions {
				if !slices.Contains(r.X, compare.ExpectedName) {
					continue
				}
				tested++
				var xs []*metrics.Relation
				for _, x := range r.X {
					xs = append(xs, rel(x))
				}
				got, err := metrics.QAPRegress(rel(r.Y), xs, metrics.QAPOptions{PermutationOptions: popt})
				if err != nil {
					t.Fatal(err)
				}
				if float64(got.Pairs) != r.N || !near(got.RSquared, r.RSquared) {
					t.Errorf("netlm: %d pairs, R² %.17g; sna %v, %.17g", got.Pairs, got.RSquared, r.N, r.RSquared)
				}
				for k, c := range got.Coefficients {
					where := "netlm " + c.Name
					if !near(c.Estimate, r.Coefficients[k]) || !near(c.T, r.Tstat[k]) || math.Abs(c.PAbs-r.PAbs[k]) > 0.01 ||
						math.Abs(c.Permutation.PGE-r.PGE[k]) > 0.01 || math.Abs(c.Permutation.PLE-r.PLE[k]) > 0.01 {
						t.Errorf("%s: estimate %.17g, t %.17g, p(|t|) %.4f, p_ge %.4f, p_le %.4f; sna %.17g, %.17g, %.4f, %.4f, %.4f",
							where, c.Estimate, c.T, c.PAbs, c.Permutation.PGE, c.Permutation.PLE,
							r.Coefficients[k], r.Tstat[k], r.PAbs[k], r.PGE[k], r.PLE[k])
					}
				}
			}
			if tested < 3 {
				t.Errorf("%d tests with the expected relation in the reference, want 3 or more", tested)
			}
		})
	}
}

// TestExpectedRelation checks the expected relation on a small plan: an
// agency row stands for every unit of both agencies in the municipality,
// a unit row for its two units; duplicates count once.
func TestExpectedRelation(t *testing.T) {
	ds := graph.NewDataset("plan")
	for _, u := range []graph.Unit{
		{Key: "nav1", Agency: "nav", Level: 4, Municipality: "A"},
		{Key: "nav2", Agency: "nav", Level: 5, Municipality: "A"},
		{Key: "bol", Agency: "bolig", Level: 4, Municipality: "A"},
		{Key: "led", Agency: "ledelse", Level: 3, Municipality: "A"},
		{Key: "navB", Agency: "nav", Level: 4, Municipality: "B"},
	} {
		ds.AddUnit(u)
	}
	ds.Expected = []graph.Expectation{
		{A: graph.Endpoint{Kind: graph.EndAgency, Agency: "nav"}, B: graph.Endpoint{Kind: graph.EndAgency, Agency: "bolig"}, Scope: "A", Line: 2},
		{A: graph.Endpoint{Kind: graph.EndUnit, Unit: "nav1"}, B: graph.Endpoint{Kind: graph.EndUnit, Unit: "bol"}, Line: 3},
		{A: graph.Endpoint{Kind: graph.EndUnit, Unit: "led"}, B: graph.Endpoint{Kind: graph.EndUnit, Unit: "navB"}, Line: 4},
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, by := compare.ExpectedRelation(n)
	if by != gaps.ExpectedByPlan || !r.Symmetric {
		t.Errorf("expected by %s, symmetric %v", by, r.Symmetric)
	}
	id := func(k string) int32 { v, _ := n.Lookup(k); return int32(v) }
	want := map[[2]string]bool{{"nav1", "bol"}: true, {"nav2", "bol"}: true, {"led", "navB"}: true}
	keys := []string{"nav1", "nav2", "bol", "led", "navB"}
	for _, a := range keys {
		for _, b := range keys {
			w := 0.0
			if want[[2]string{a, b}] || want[[2]string{b, a}] {
				w = 1
			}
			if got := r.At(id(a), id(b)); got != w {
				t.Errorf("expected(%s, %s) = %v, want %v", a, b, got, w)
			}
		}
	}
}
