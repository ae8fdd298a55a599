package encoding_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

// files returns a network of two nodes, a at level levelA and b, and an
// edge a–b of the given weight, in every format that has levels, weights
// or both.
func files(levelA, weight string) map[string]string {
	return map[string]string{
		"graphml": `<graphml><key id="l" for="node" attr.name="level"/><key id="w" for="edge" attr.name="weight"/><graph>` + "\n" +
			`<node id="a"><data key="l">` + levelA + `</data></node><node id="b"/>` + "\n" +
			`<edge source="a" target="b"><data key="w">` + weight + `</data></edge></graph></graphml>`,
		"gexf": `<gexf><graph><attributes class="node"><attribute id="0" title="level" type="string"/></attributes><nodes>` + "\n" +
			`<node id="a"><attvalues><attvalue for="0" value="` + levelA + `"/></attvalues></node><node id="b"/></nodes><edges>` + "\n" +
			`<edge source="a" target="b" weight="` + weight + `"/></edges></graph></gexf>`,
		"nodelink": `{"nodes": [{"id": "a", "level": "` + levelA + `"}, {"id": "b"}],` + "\n" +
			`"links": [{"source": "a", "target": "b", "weight": ` + weight + `}]}`,
		"pajek": "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 " + weight + "\n",
		"dl":    "DL n=2\nformat=edgelist1\nlabels:\na b\ndata:\n1 2 " + weight + "\n",
	}
}

// TestValueRules checks that every format reads weights and levels as the
// CSV files are read: a negative weight is refused at its place, a weight
// of 0 adds no tie with a warning, and a level attribute with a value
// that is no level of samkart's is kept as an attribute with a warning.
func TestValueRules(t *testing.T) {
	for _, f := range enctest.Formats {
		t.Run(f.Name, func(t *testing.T) {
			decode := func(levelA, weight string) (*graph.Dataset, error) {
				return f.Decode(strings.NewReader(files(levelA, weight)[f.Name]), "v"+f.Ext)
			}
			_, err := decode("4", "-1")
			var ie *graph.InputError
			if !errors.Is(err, graph.ErrNegative) || !errors.As(err, &ie) || ie.Line == 0 || ie.Column == 0 {
				t.Errorf("negative weight: %v, want ErrNegative at its place", err)
			}
			d, err := decode("4", "0")
			if err != nil {
				t.Fatal(err)
			}
			if f.Name == "dl" {
				// A matrix's cell of value 0 is no tie, as UCINET reads it.
				if len(d.Contacts) != 0 || !hasWarning(d, "value 0: the line adds no tie") {
					t.Errorf("value 0: %d contacts, warnings %v; want none and a warning", len(d.Contacts), d.Warnings)
				}
			} else if n := enctest.Build(t, d); len(n.Ties()) != 0 || n.ContactStats().Contacts != 1 || !hasWarning(d, "weight 0: the edge adds no tie") {
				t.Errorf("weight 0: %d ties, %d contacts, warnings %v; want no tie, one contact and a warning", len(n.Ties()), n.ContactStats().Contacts, d.Warnings)
			}
			if f.Name == "pajek" || f.Name == "dl" {
				return // no levels
			}
			d, err = decode("7", "1")
			if err != nil || d.Units[0].Level != 7 {
				t.Errorf("level 7: %v, %+v", err, d.Units)
			}
			for _, foreign := range []string{"senior", "2.5"} {
				d, err = decode(foreign, "1")
				if err != nil {
					t.Fatal(err)
				}
				u := d.Units[0]
				if u.Level != graph.LevelUnknown || u.Attr("level") != foreign || !hasWarning(d, `level "`+foreign+`" of node "a" is not a level samkart knows`) {
					t.Errorf("level %q: level %d, attribute %q, warnings %v", foreign, u.Level, u.Attr("level"), d.Warnings)
				}
			}
		})
	}
}
