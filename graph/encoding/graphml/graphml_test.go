package graphml_test

import (
	"testing"

	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

var format = enctest.Lookup("graphml")

func TestDecodeErrors(t *testing.T) {
	enctest.TestErrors(t, format, errorCases)
}

func FuzzDecode(f *testing.F) {
	enctest.Seed(f, format, errorCases)
	f.Fuzz(func(t *testing.T, data []byte) { enctest.Fuzz(t, format, data) })
}

var errorCases = []enctest.ErrorCase{
	{"empty", ``, "bad.graphml: no <graphml> element"},
	{"not graphml", `<gexf/>`, "bad.graphml:1:1: <gexf>: want a <graphml> document"},
	{"no graph", `<graphml></graphml>`, "bad.graphml: no <graph> element"},
	{"unclosed", "<graphml>\n<graph>\n<node id=\"a\">", "bad.graphml:3:14: unexpected end of file: <node> is not closed"},
	{"bad xml", "<graphml>\n  <graph>\n    <node id=a/>", "bad.graphml:3:15: unquoted or missing attribute value in element"},
	{"undeclared key", "<graphml><graph>\n <node id=\"a\"><data key=\"d9\">x</data></node></graph></graphml>",
		`bad.graphml:2:15: <data key="d9">: no <key> with that id is declared`},
	{"unknown node", "<graphml><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"æøå\"/></graph></graphml>",
		`bad.graphml:3:1: edge to "æøå": no such node`},
	{"duplicate node", "<graphml><graph>\n<node id=\"a\"/>\n  <node id=\"a\"/></graph></graphml>",
		`bad.graphml:3:3: node "a" is declared twice`},
	{"duplicate key", "<graphml><key id=\"i\" for=\"node\" attr.name=\"id\"/><graph>\n<node id=\"a\"><data key=\"i\">x</data></node>\n" +
		"<node id=\"b\"><data key=\"i\">x</data></node></graph></graphml>",
		`bad.graphml:3:1: node "b": unit id "x" is used by the node on line 2`},
	{"bad weight", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<node id=\"a\"/><node id=\"b\"/>\n" +
		"<edge source=\"a\" target=\"b\"><data key=\"w\">mye</data></edge></graph></graphml>",
		`bad.graphml:3:29: edge a–b: weight "mye": not a number; want a number of 0 or more, such as 1 or 2.5`},
	{"bad date", "<graphml><key id=\"f\" for=\"edge\" attr.name=\"first\"/><graph>\n<node id=\"a\"/><node id=\"b\"/>\n" +
		"<edge source=\"a\" target=\"b\"><data key=\"f\">31.02.2011</data></edge></graph></graphml>",
		`bad.graphml:3:29: edge a–b: first "31.02.2011": day out of range; want 2011-09-14 or 14.09.2011`},
	{"negative weight", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>\n<node id=\"a\"/><node id=\"b\"/>\n" +
		"<edge source=\"a\" target=\"b\"><data key=\"w\">-1</data></edge></graph></graphml>",
		`bad.graphml:3:29: edge a–b: weight "-1": negative; want a number of 0 or more, such as 1 or 2.5`},
	{"hyperedge", "<graphml><graph>\n<hyperedge/></graph></graphml>",
		"bad.graphml:2:1: <hyperedge> is not supported: write multi-party meetings as edges between every pair"},
	{"nested graph", "<graphml><graph>\n<node id=\"a\">\n <graph/></node></graph></graphml>",
		"bad.graphml:3:2: nested <graph> is not supported"},
	{"two graphs", "<graphml><graph/>\n<graph/></graphml>", "bad.graphml:2:1: a second <graph>: samkart reads one network per file"},
	{"encoding", `<?xml version="1.0" encoding="UTF-16"?><graphml/>`,
		`bad.graphml:1:31: encoding "UTF-16": want UTF-8, ISO-8859-1 or Windows-1252`},
	{"trailing garbage", "<graphml><graph/></graphml>\n<", "bad.graphml:2:2: unexpected end of file"},
}
