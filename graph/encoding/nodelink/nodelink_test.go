package nodelink_test

import (
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
	"github.com/samkart/samkart/graph/encoding/nodelink"
)

var format = enctest.Lookup("nodelink")

func TestDecodeErrors(t *testing.T) {
	enctest.TestErrors(t, format, errorCases)
}

func FuzzDecode(f *testing.F) {
	enctest.Seed(f, format, errorCases)
	f.Add([]byte(networkx))
	f.Fuzz(func(t *testing.T, data []byte) { enctest.Fuzz(t, format, data) })
}

// networkx is what NetworkX 2.8.8 writes with
// json.dumps(nx.node_link_data(G)) for a graph with integer nodes.
const networkx = `{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"navn": "Troms\u00f8", "id": 1}, ` +
	`{"id": 2, "niv\u00e5": 3}], "links": [{"vekt": 2.5, "source": 1, "target": 2}]}`

func TestDecodeNetworkX(t *testing.T) {
	d, err := nodelink.Decode(strings.NewReader(networkx), "nx.json")
	if err != nil {
		t.Fatal(err)
	}
	n := enctest.Build(t, d)
	if got, want := enctest.Keys(n)+" "+enctest.Ties(n), "1,2 1-2:2.5"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if u := n.Unit(0); u.Name != "Tromsø" {
		t.Errorf("name %q, want Tromsø", u.Name)
	}
	if u := n.Unit(1); u.Level != graph.LevelLeadership {
		t.Errorf("level %d, want 3", u.Level)
	}
}

var errorCases = []enctest.ErrorCase{
	{"empty", "", "bad.json:1:1: unexpected end of file"},
	{"array", "[]", `bad.json:1:1: want a JSON object with "nodes" and "links"`},
	{"no nodes", `{"links": []}`, `bad.json: no "nodes"`},
	{"syntax", "{\"nodes\": [\n{\"id\": \"a\",}]}", "bad.json:2:12: invalid character '}' looking for beginning of object key string"},
	{"unclosed", "{\"nodes\": [\n{\"id\": \"a\"}", "bad.json:2:12: unexpected end of file"},
	{"node not object", "{\"nodes\": [\n  \"a\"]}", "bad.json:2:3: a node is a string; want an object"},
	{"no id", "{\"nodes\": [\n  {\"navn\": \"Bodø\"}]}", `bad.json:2:3: node without "id"`},
	{"null id", "{\"nodes\": [\n  {\"id\": null}]}", "bad.json:2:10: node id: want a string or a number"},
	{"unknown node", "{\"nodes\": [{\"id\": \"a\"}],\n\"links\": [{\"source\": \"a\", \"target\": \"æ\"}]}",
		`bad.json:2:11: edge to "æ": no such node`},
	{"bad weight", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \"mye\"}]}",
		`bad.json:2:52: edge a–b: weight "mye": not a number; want a number of 0 or more, such as 1 or 2.5`},
	{"trailing", "{\"nodes\": []}\n{}", "bad.json:2:1: data after the JSON object"},
}
