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

// TestEIPermutations checks that a large network's E-I tests shuffle
// fewer times, never below 1 000, and that the methods say how many.
func TestEIPermutations(t *testing.T) {
	for _, tc := range []struct{ ties, want int }{{10, 10000}, {100000, 10000}, {200000, 5000}, {1061192, 1000}, {1 << 30, 1000}} {
		if got := eiPermutations(tc.ties); got != tc.want {
			t.Errorf("eiPermutations(%d) = %d, want %d", tc.ties, got, tc.want)
		}
	}
	m := eiMethod(200000)
	for _, want := range []string{"5000 ganger (færre enn de vanlige", "5,000 times (fewer than the usual 10,000: with 200,000 ties"} {
		if !strings.Contains(m.NB+m.EN, want) {
			t.Errorf("the method does not say %q: %s / %s", want, m.NB, m.EN)
		}
	}
	if m := eiMethod(1000); strings.Contains(m.EN, "fewer") || !strings.Contains(m.EN, "10,000 times") {
		t.Errorf("a small network's method: %s", m.EN)
	}
}
