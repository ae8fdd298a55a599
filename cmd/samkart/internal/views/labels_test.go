package views

import (
	"testing"

	"github.com/samkart/samkart/graph"
)

// Node labels and titles of national networks count tens of thousands of
// units: the digits are grouped as each language groups them.
func TestCountGroupsDigits(t *testing.T) {
	for _, c := range []struct {
		n    int
		l    graph.Lang
		want string
	}{
		{1, graph.NB, "1 enhet"},
		{712, graph.EN, "712 units"},
		{4000, graph.NB, "4000 enheter"},
		{26844, graph.NB, "26\u00a0844 enheter"},
		{213249, graph.EN, "213,249 units"},
	} {
		if got := count(c.n, wUnit, wUnits, c.l); got != c.want {
			t.Errorf("count(%d, %s) = %q, want %q", c.n, c.l, got, c.want)
		}
	}
}
