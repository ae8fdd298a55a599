package importers_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/dl"
	"github.com/samkart/samkart/graph/encoding/gexf"
	"github.com/samkart/samkart/graph/encoding/graphml"
	"github.com/samkart/samkart/graph/encoding/nodelink"
	"github.com/samkart/samkart/graph/encoding/pajek"
	"github.com/samkart/samkart/importers"
)

// A format writes a file in which unit a has the value v in field, or
// in which a contact from unit a to unit b has it, and reads it back;
// carries says whether it can write the value of the field at all.
type format struct {
	name    string
	carries func(tie bool, field, v string) bool
	unit    func(field, v string) (*graph.Dataset, error)
	tie     func(field, v string) (*graph.Dataset, error)
}

func all(bool, string, string) bool { return true }

// csvFormat is units.csv and contacts.csv, delimited by ";" so that a
// decimal comma is allowed, as in the exchange formats.
var csvFormat = format{"csv", all,
	func(field, v string) (*graph.Dataset, error) {
		return loadCSV(fstest.MapFS{"d/units.csv": {Data: []byte("id;" + field + "\na;" + csvQuote(v) + "\n")}})
	},
	func(field, v string) (*graph.Dataset, error) {
		return loadCSV(fstest.MapFS{
			"d/units.csv":    {Data: []byte("id;name\na;A\nb;B\n")},
			"d/contacts.csv": {Data: []byte("from;to;" + field + "\na;b;" + csvQuote(v) + "\n")},
		})
	},
}

func loadCSV(fsys fstest.MapFS) (*graph.Dataset, error) {
	return importers.Source{FS: fsys, Dir: "d"}.Load()
}

func csvQuote(v string) string { return `"` + strings.ReplaceAll(v, `"`, `""`) + `"` }

func xmlText(v string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(v))
	return b.String()
}

var graphmlFormat = format{"graphml", all,
	func(field, v string) (*graph.Dataset, error) {
		doc := `<graphml><key id="k" for="node" attr.name="` + field + `"/><graph>` +
			`<node id="a"><data key="k">` + xmlText(v) + `</data></node></graph></graphml>`
		return decode(graphml.Decode, doc)
	},
	func(field, v string) (*graph.Dataset, error) {
		doc := `<graphml><key id="k" for="edge" attr.name="` + field + `"/><graph><node id="a"/><node id="b"/>` +
			`<edge source="a" target="b"><data key="k">` + xmlText(v) + `</data></edge></graph></graphml>`
		return decode(graphml.Decode, doc)
	},
}

var gexfFormat = format{"gexf", all,
	func(field, v string) (*graph.Dataset, error) {
		doc := `<gexf><graph><attributes class="node"><attribute id="0" title="` + field + `" type="string"/></attributes>` +
			`<nodes><node id="a"><attvalues><attvalue for="0" value="` + xmlText(v) + `"/></attvalues></node></nodes></graph></gexf>`
		return decode(gexf.Decode, doc)
	},
	func(field, v string) (*graph.Dataset, error) {
		edge := `<edge source="a" target="b" weight="` + xmlText(v) + `"/>`
		attrs := ""
		if field != "weight" {
			attrs = `<attributes class="edge"><attribute id="0" title="` + field + `" type="string"/></attributes>`
			edge = `<edge source="a" target="b"><attvalues><attvalue for="0" value="` + xmlText(v) + `"/></attvalues></edge>`
		}
		doc := `<gexf><graph>` + attrs + `<nodes><node id="a"/><node id="b"/></nodes><edges>` + edge + `</edges></graph></gexf>`
		return decode(gexf.Decode, doc)
	},
}

var nodelinkFormat = format{"nodelink", all,
	func(field, v string) (*graph.Dataset, error) {
		doc := `{"nodes": [{"id": "a", ` + jsonString(field) + `: ` + jsonString(v) + `}], "links": []}`
		return decode(nodelink.Decode, doc)
	},
	func(field, v string) (*graph.Dataset, error) {
		doc := `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", ` +
			jsonString(field) + `: ` + jsonString(v) + `}]}`
		return decode(nodelink.Decode, doc)
	},
}

func jsonString(v string) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Pajek and DL carry only weights, as one word each.
var pajekFormat = format{"pajek",
	func(tie bool, field, v string) bool {
		return tie && field == "weight" && v != "" && !strings.ContainsAny(v, " \t\"")
	},
	nil,
	func(field, v string) (*graph.Dataset, error) {
		return decode(pajek.Decode, "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2 "+v+"\n")
	},
}

var dlFormat = format{"dl",
	func(tie bool, field, v string) bool {
		// A comma separates words in DL, and a cell of 0 is no tie.
		return tie && field == "weight" && v != "" && !strings.ContainsAny(v, " \t\",=") && v != "0"
	},
	nil,
	func(field, v string) (*graph.Dataset, error) {
		return decode(dl.Decode, "DL n=2\nformat=edgelist1\nlabels:\na,b\ndata:\n1 2 "+v+"\n")
	},
}

func decode(dec func(r io.Reader, name string) (*graph.Dataset, error), doc string) (*graph.Dataset, error) {
	return dec(strings.NewReader(doc), "x")
}

var formats = []format{csvFormat, graphmlFormat, gexfFormat, nodelinkFormat, pajekFormat, dlFormat}

// valueCase is a value of a field and what every format makes of it: the
// value read, as read formats it, or the problem.
type valueCase struct {
	in, want string
	err      error
}

// TestVocabularyAcrossFormats checks that a level, agency, kind, yes/no,
// date or weight is accepted or refused the same, and read as the same
// value, by units.csv and contacts.csv and by every exchange format that
// can carry it.
func TestVocabularyAcrossFormats(t *testing.T) {
	unitA := func(ds *graph.Dataset) *graph.Unit {
		i, _ := ds.Lookup("a")
		return &ds.Units[i]
	}
	contactAB := func(ds *graph.Dataset) *graph.Contact {
		if len(ds.Contacts) != 1 {
			return nil
		}
		return &ds.Contacts[0]
	}
	for _, field := range []struct {
		name  string
		tie   bool
		read  func(*graph.Dataset) string
		cases []valueCase
	}{
		{"level", false, func(ds *graph.Dataset) string { return fmt.Sprint(int(unitA(ds).Level)) }, []valueCase{
			{"", "0", nil}, {"4", "4", nil}, {"+4", "4", nil}, {"4.0", "4", nil}, {"1001", "1001", nil},
			{"nasjonal", "1", nil}, {"Stat", "1", nil}, {"region", "2", nil}, {"Municipal leadership", "3", nil},
			{"ENHET", "4", nil}, {"førstelinjen", "5", nil}, {"Brukere", "6", nil}, {"users", "6", nil},
			{"0", "", graph.ErrLevel}, {"-2", "", graph.ErrLevel}, {"4.5", "", graph.ErrLevel}, {"4e0", "", graph.ErrLevel},
			{"kommunal", "", graph.ErrLevel},
		}},
		{"agency", false, func(ds *graph.Dataset) string { return unitA(ds).Agency }, []valueCase{
			{"", "", nil}, {"NAV-kontoret", "nav", nil}, {"Helse og omsorg", "helse", nil}, {"Rådmannen", "ledelse", nil},
			{"Skole", "skole", nil}, {"Kultur  og idrett", "kultur og idrett", nil},
		}},
		{"kind", true, func(ds *graph.Dataset) string {
			c := contactAB(ds)
			return fmt.Sprintf("%s formal=%t", ds.KindName(c.Kind), c.Formal)
		}, []valueCase{
			{"", " formal=false", nil}, {"Møte", "meeting formal=true", nil}, {"telefon", "phone formal=false", nil},
			{"Besøk", "visit formal=true", nil}, {"Lunsj", "lunsj formal=false", nil},
		}},
		{"formal", true, func(ds *graph.Dataset) string { return fmt.Sprint(contactAB(ds).Formal) }, []valueCase{
			{"", "false", nil}, {"ja", "true", nil}, {"NEI", "false", nil}, {"true", "true", nil}, {"1", "true", nil},
			{"0", "false", nil}, {"Sann", "true", nil}, {"kanskje", "", graph.ErrYesNo},
		}},
		{"date", true, func(ds *graph.Dataset) string { return contactAB(ds).Date.String() }, []valueCase{
			{"", "", nil}, {"2011-09-14", "2011-09-14", nil}, {"14.09.2011", "2011-09-14", nil},
			{"1.9.2011 9:00", "2011-09-01T09:00", nil}, {"2011-09-14T13:00:00+02:00", "2011-09-14T13:00", nil},
			{"2011-09-14 13:00", "2011-09-14T13:00", nil}, {"4999-12-31", "4999-12-31", nil},
			{"31.02.2011", "", graph.ErrDayRange}, {"1850-01-01", "", graph.ErrYearRange},
			{"2011-09-14T25:00", "", graph.ErrTimeRange}, {"i går", "", graph.ErrDate},
		}},
		{"weight", true, func(ds *graph.Dataset) string { return fmt.Sprint(contactAB(ds).Weight) }, []valueCase{
			{"", "1", nil}, {"2", "2", nil}, {"0.5", "0.5", nil}, {"1,5", "1.5", nil}, {"1e3", "1000", nil}, {"0", "0", nil},
			{"-1", "", graph.ErrNegative}, {"mye", "", graph.ErrNotNumber}, {"NaN", "", graph.ErrNotNumber},
		}},
	} {
		for _, tc := range field.cases {
			for _, f := range formats {
				if !f.carries(field.tie, field.name, tc.in) {
					continue
				}
				write := f.unit
				if field.tie {
					write = f.tie
				}
				ds, err := write(field.name, tc.in)
				switch {
				case tc.err == graph.ErrLevel && f.name != "csv":
					// An exchange file's level attribute with a value that
					// is no level is someone else's: kept as an attribute,
					// with a warning, instead of refusing the file.
					if err != nil || unitA(ds).Level != 0 || unitA(ds).Attr(field.name) != tc.in || len(ds.Warnings) == 0 {
						t.Errorf("%s %s %q: %v; want it kept as an attribute with a warning", f.name, field.name, tc.in, err)
					}
				case tc.err == nil && err != nil:
					t.Errorf("%s %s %q: %v; want %s", f.name, field.name, tc.in, err, tc.want)
				case tc.err != nil && !errors.Is(err, tc.err):
					t.Errorf("%s %s %q: %v; want an error %v", f.name, field.name, tc.in, err, tc.err)
				case err == nil:
					if got := field.read(ds); got != tc.want {
						t.Errorf("%s %s %q: %s; want %s", f.name, field.name, tc.in, got, tc.want)
					}
				}
			}
		}
	}
}
