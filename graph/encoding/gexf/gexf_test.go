package gexf_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/gexf"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

var format = enctest.Lookup("gexf")

func TestDecodeErrors(t *testing.T) {
	enctest.TestErrors(t, format, errorCases)
}

func FuzzDecode(f *testing.F) {
	enctest.Seed(f, format, errorCases)
	f.Fuzz(func(t *testing.T, data []byte) { enctest.Fuzz(t, format, data) })
}

var errorCases = []enctest.ErrorCase{
	{"empty", ``, "bad.gexf: no <gexf> element"},
	{"not gexf", `<graphml/>`, "bad.gexf:1:1: <graphml>: want a <gexf> document"},
	{"no graph", `<gexf></gexf>`, "bad.gexf: no <graph> element"},
	{"unclosed", "<gexf>\n<graph>\n<nodes>", "bad.gexf:3:8: unexpected end of file: <nodes> is not closed"},
	{"unclosed node", "<gexf>\n<graph>\n<nodes><node id=\"a\">", "bad.gexf:3:21: unexpected end of file: <node> is not closed"},
	{"bad xml", "<gexf>\n  <graph>\n    <nodes><node id=a/>", "bad.gexf:3:22: unquoted or missing attribute value in element"},
	{"undeclared attribute", "<gexf><graph><nodes>\n <node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes></graph></gexf>",
		`bad.gexf:2:26: <attvalue for="9">: no node attribute with that id is declared`},
	{"unknown node", "<gexf><graph><nodes>\n<node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"æøå\"/></edges></graph></gexf>",
		`bad.gexf:3:1: edge to "æøå": no such node`},
	{"duplicate node", "<gexf><graph><nodes>\n<node id=\"a\"/>\n  <node id=\"a\"/></nodes></graph></gexf>",
		`bad.gexf:3:3: node "a" is declared twice`},
	{"bad weight", "<gexf><graph><nodes>\n<node id=\"a\"/><node id=\"b\"/></nodes><edges>\n" +
		"<edge source=\"a\" target=\"b\" weight=\"mye\"/></edges></graph></gexf>",
		`bad.gexf:3:1: edge a–b: weight "mye": not a number; want a number of 0 or more, such as 1 or 2.5`},
	{"bad date", "<gexf><graph timeformat=\"date\"><nodes>\n<node id=\"a\"/><node id=\"b\"/></nodes><edges>\n" +
		"<edge source=\"a\" target=\"b\"><spells><spell start=\"31.02.2011\"/></spells></edge></edges></graph></gexf>",
		`bad.gexf:3:37: edge a–b: time "31.02.2011": day out of range; want 2011-09-14 or 14.09.2011`},
	{"negative dynamic weight", "<gexf><graph mode=\"dynamic\"><attributes class=\"edge\" mode=\"dynamic\"><attribute id=\"w\" title=\"weight\" type=\"double\"/></attributes>" +
		"<nodes>\n<node id=\"a\"/><node id=\"b\"/></nodes><edges>\n" +
		"<edge source=\"a\" target=\"b\"><attvalues><attvalue for=\"w\" value=\"-2\" start=\"2011-01-01\"/></attvalues></edge></edges></graph></gexf>",
		`bad.gexf:3:40: edge a–b: weight "-2": negative; want a number of 0 or more, such as 1 or 2.5`},
	{"not a node", "<gexf><graph><nodes>\n<edge/></nodes></graph></gexf>", "bad.gexf:2:1: <edge> in <nodes>: want <node>"},
	{"nested nodes", "<gexf><graph><nodes>\n<node id=\"a\"><nodes><node id=\"b\"/></nodes></node></nodes></graph></gexf>",
		`bad.gexf:2:14: node "a": nested nodes are not supported`},
	{"two graphs", "<gexf><graph/>\n<graph/></gexf>", "bad.gexf:2:1: a second <graph>: samkart reads one network per file"},
}

func TestStatic(t *testing.T) {
	var b bytes.Buffer
	if err := gexf.Encode(&b, enctest.Small(), gexf.Options{Static: true}); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.Contains(s, "<spell") || !strings.Contains(s, `mode="static"`) || strings.Contains(s, "timeformat") {
		t.Errorf("a static export has spells or a time format:\n%s", s)
	}
}

// TestSpellsWindow checks that spells come only from the records inside
// the network's window, merged into runs of consecutive days.
func TestSpellsWindow(t *testing.T) {
	day := func(s string) graph.Date {
		d, _ := time.Parse("2006-01-02", s)
		return graph.DateOf(d)
	}
	n, err := graph.Build(enctest.SmallDataset(), graph.BuildOptions{Window: graph.Window{From: day("2011-09-15"), To: day("2011-09-30")}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := gexf.Encode(&b, n, gexf.Options{}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	i := strings.Index(s, `source="bolig-bodø" target="nav-bodø"`)
	if i < 0 {
		t.Fatal("no bolig–nav edge")
	}
	edge := s[i : i+strings.Index(s[i:], "</edge>")]
	var spells []string
	for _, l := range strings.Split(edge, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "<spell ") {
			spells = append(spells, l)
		}
	}
	want := []string{
		`<spell start="2011-09-15" end="2011-09-16"></spell>`,
		`<spell start="2011-09-20" end="2011-09-20"></spell>`,
	}
	if strings.Join(spells, "\n") != strings.Join(want, "\n") {
		t.Errorf("spells\n%s\nwant\n%s", strings.Join(spells, "\n"), strings.Join(want, "\n"))
	}
}
