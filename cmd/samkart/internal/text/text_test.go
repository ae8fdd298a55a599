package text

import (
	"bytes"
	"math"
	"testing"

	"github.com/samkart/samkart/graph"
)

// table is a small table with a text, an integer, a fraction, an
// undefined value and a text that would run as a formula.
func table() *Table {
	return &Table{
		Columns: []Column{
			Col("unit", "enhet", "unit"),
			Col("degree", "grad", "degree"),
			Col("betweenness", "mellomliggende", "betweenness"),
			Col("note_nb", "merknad", "note"),
			Col("note_en", "merknad", "note"),
			Col("change", "endring", "change"),
			Col("cut_point", "kuttpunkt", "cut point"),
		},
		Rows: [][]any{
			{"NAV Fjordvik", 14, 0.123456, "ingen", "none", Word{"lost", graph.T("tapt", "lost")}, true},
			{"=SUM(A1)", 12345, math.NaN(), "ja", "yes", Word{"gained", graph.T("nytt", "gained")}, false},
		},
	}
}

func TestWriteTable(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
		want  string
	}{
		{"text nb", func(b *bytes.Buffer) error { return WriteText(b, table(), graph.NB) },
			"enhet           grad  mellomliggende  merknad  endring  kuttpunkt\n" +
				"NAV Fjordvik      14          0,1235  ingen    tapt     ja\n" +
				"=SUM(A1)      12\u00a0345               –  ja       nytt     nei\n"},
		{"text en", func(b *bytes.Buffer) error { return WriteText(b, table(), graph.EN) },
			"unit          degree  betweenness  note  change  cut point\n" +
				"NAV Fjordvik      14       0.1235  none  lost    yes\n" +
				"=SUM(A1)      12,345            –  yes   gained  no\n"},
		{"csv", func(b *bytes.Buffer) error { return WriteCSV(b, table(), CSVOptions{}) },
			"unit,degree,betweenness,note_nb,note_en,change,cut_point\n" +
				"NAV Fjordvik,14,0.123456,ingen,none,lost,true\n" +
				"'=SUM(A1),12345,,ja,yes,gained,false\n"},
		{"excel nb", func(b *bytes.Buffer) error {
			return WriteCSV(b, table(), CSVOptions{Excel: true, Lang: graph.NB})
		},
			"\uFEFFenhet;grad;mellomliggende;merknad;endring;kuttpunkt\r\n" +
				"NAV Fjordvik;14;0,123456;ingen;tapt;ja\r\n" +
				"'=SUM(A1);12345;;ja;nytt;nei\r\n"},
		{"excel en", func(b *bytes.Buffer) error {
			return WriteCSV(b, table(), CSVOptions{Excel: true, Lang: graph.EN})
		},
			"\uFEFFunit;degree;betweenness;note;change;cut point\r\n" +
				"NAV Fjordvik;14;0,123456;none;lost;true\r\n" +
				"'=SUM(A1);12345;;yes;gained;false\r\n"},
		{"json", func(b *bytes.Buffer) error { return WriteJSON(b, table()) },
			"[\n" +
				`  {"unit": "NAV Fjordvik", "degree": 14, "betweenness": 0.123456, "note_nb": "ingen", "note_en": "none", "change": "lost", "cut_point": true},` + "\n" +
				`  {"unit": "=SUM(A1)", "degree": 12345, "betweenness": null, "note_nb": "ja", "note_en": "yes", "change": "gained", "cut_point": false}` + "\n" +
				"]\n"},
	} {
		var b bytes.Buffer
		if err := tc.write(&b); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if b.String() != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, b.String(), tc.want)
		}
	}
}

// TestCSVFormulaCells checks the OWASP advice on every text cell that a
// spreadsheet would run as a formula, and that numbers, negative ones
// and numbers written as text included, are never altered.
func TestCSVFormulaCells(t *testing.T) {
	tb := &Table{Columns: []Column{Col("unit", "enhet", "unit"), Col("ei", "E-I", "E-I")}}
	for _, name := range []string{`=HYPERLINK("http://x","klikk")`, "-2+3", "+47 99 99 99", "@SUM(A1)", "\tTab", "\rCR", "-0,093", "-2", "+1.5", "NAV -2", "-", "-1.", "1,2,3"} {
		tb.Rows = append(tb.Rows, []any{name, -0.093})
	}
	want := map[bool]string{
		false: "unit,ei\n" +
			`"'=HYPERLINK(""http://x"",""klikk"")",-0.093` + "\n" +
			"'-2+3,-0.093\n'+47 99 99 99,-0.093\n'@SUM(A1),-0.093\n'\tTab,-0.093\n\"'\rCR\",-0.093\n" +
			"\"-0,093\",-0.093\n-2,-0.093\n+1.5,-0.093\nNAV -2,-0.093\n'-,-0.093\n'-1.,-0.093\n\"1,2,3\",-0.093\n",
		true: "\uFEFFunit;E-I\r\n" + // Excel: the titles
			`"'=HYPERLINK(""http://x"",""klikk"")";-0,093` + "\r\n" +
			"'-2+3;-0,093\r\n'+47 99 99 99;-0,093\r\n'@SUM(A1);-0,093\r\n'\tTab;-0,093\r\n\"'CR\";-0,093\r\n" + // encoding/csv drops a lone CR with CRLF line ends
			"-0,093;-0,093\r\n-2;-0,093\r\n+1.5;-0,093\r\nNAV -2;-0,093\r\n'-;-0,093\r\n'-1.;-0,093\r\n1,2,3;-0,093\r\n",
	}
	for _, excel := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteCSV(&b, tb, CSVOptions{Excel: excel}); err != nil {
			t.Fatal(err)
		}
		if b.String() != want[excel] {
			t.Errorf("excel %v:\n got %q\nwant %q", excel, b.String(), want[excel])
		}
	}
}
