package graph_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// TestScopes checks that Scopes gives the networks Scope gives, for every
// municipality of a region, a name in another case, one not there and
// none, and with the survey of a dataset that has one.
func TestScopes(t *testing.T) {
	for _, name := range []string{"region", "survey"} {
		ds, err := importers.Load(filepath.Join("..", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		n, err := graph.Build(ds, graph.BuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		names := append(ds.MunicipalityNames(), "nowhere", "")
		if len(names) > 2 {
			names = append(names, "  ", names[0]+"X")
		}
		if m := ds.MunicipalityNames(); len(m) > 0 {
			names = append(names, upper(m[0]))
		}
		subs := n.Scopes(names)
		for i, s := range names {
			want, got := n.Scope(s), subs[i]
			if got.Len() != want.Len() || !reflect.DeepEqual(got.Ties(), want.Ties()) || !reflect.DeepEqual(got.Units(), want.Units()) ||
				!reflect.DeepEqual(got.Arcs(), want.Arcs()) || !reflect.DeepEqual(got.Survey(), want.Survey()) {
				t.Errorf("%s: Scopes(%q) differs from Scope: %d units, %d ties; want %d, %d", name, s, got.Len(), len(got.Ties()), want.Len(), len(want.Ties()))
			}
		}
	}
}

func upper(s string) string {
	b := []rune(s)
	for i, r := range b {
		if r >= 'a' && r <= 'z' {
			b[i] = r - 'a' + 'A'
		}
	}
	return string(b)
}
