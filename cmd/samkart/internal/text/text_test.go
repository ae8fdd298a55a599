package text

import (
	"bytes"
	"math"
	"testing"

	"github.com/samkart/samkart/graph"
)

func TestThousands(t *testing.T) {
	for _, tc := range []struct {
		in   string
		l    graph.Lang
		want string
	}{
		{"0", graph.NB, "0"},
		{"1234", graph.NB, "1234"},
		{"1234", graph.EN, "1,234"},
		{"12345", graph.NB, "12\u00a0345"},
		{"1234567", graph.EN, "1,234,567"},
		{"-12345", graph.NB, "−12\u00a0345"},
		{"-123", graph.EN, "−123"},
	} {
		if got := Thousands(tc.in, tc.l); got != tc.want {
			t.Errorf("Thousands(%q, %s) = %q; want %q", tc.in, tc.l, got, tc.want)
		}
	}
}

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
