package report

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

func exampleNet(t *testing.T, name string) *graph.Network {
	t.Helper()
	ds, err := importers.Load(filepath.Join("..", "..", "..", "..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSignificanceAndPlan checks the words of the E-I key figures and of
// plan and practice on the examples: Fjordvik (kommune) collaborates more
// within its agencies than chance would, although its E-I index is
// positive, and its ties go against its action plan (QAP, p = 0.03 in R
// sna); the region has no plan, and the default expectations are not
// tested.
func TestSignificanceAndPlan(t *testing.T) {
	n := exampleNet(t, "kommune")
	a, l := eiSignificance(n, 1)
	if a.EN != "more inward-looking than chance, p < 0.001" || a.NB != "mer innadvendt enn tilfeldig, p < 0,001" {
		t.Errorf("E-I by agency: %+v", a)
	}
	if !strings.HasPrefix(l.EN, "more within levels than chance") {
		t.Errorf("E-I by level: %+v", l)
	}
	if got := eiNote(a, graph.T("skala", "scale")); got.EN != a.EN+" (scale)" {
		t.Errorf("note %+v", got)
	}
	plan := planPractice(n, "", 1)
	if len(plan) != 1 || !strings.Contains(plan[0].EN, "In Fjordvik, the pairs expected to collaborate by the action plan (expected.csv) are tied less often") ||
		!strings.Contains(plan[0].NB, "plan og praksis går i hver sin retning (QAP r = −0,12, p < 0,05)") {
		t.Errorf("kommune: %+v", plan)
	}
	if got := planPractice(n, "Nowhere", 1); len(got) != 0 {
		t.Errorf("scope Nowhere: %+v", got)
	}
	if got := planPractice(exampleNet(t, "region"), "", 1); len(got) != 0 {
		t.Errorf("region, without expected.csv: %+v", got)
	}
}
