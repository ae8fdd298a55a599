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
		},
		Rows: [][]any{
			{"NAV Fjordvik", 14, 0.123456, "ingen", "none"},
			{"=SUM(A1)", 2, math.NaN(), "ja", "yes"},
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
			"enhet         grad  mellomliggende  merknad\n" +
				"NAV Fjordvik    14          0.1235  ingen\n" +
				"=SUM(A1)         2               –  ja\n"},
		{"text en", func(b *bytes.Buffer) error { return WriteText(b, table(), graph.EN) },
			"unit          degree  betweenness  note\n" +
				"NAV Fjordvik      14       0.1235  none\n" +
				"=SUM(A1)           2            –  yes\n"},
		{"csv", func(b *bytes.Buffer) error { return WriteCSV(b, table(), CSVOptions{}) },
			"unit,degree,betweenness,note_nb,note_en\n" +
				"NAV Fjordvik,14,0.123456,ingen,none\n" +
				"'=SUM(A1),2,,ja,yes\n"},
		{"excel", func(b *bytes.Buffer) error { return WriteCSV(b, table(), CSVOptions{Excel: true}) },
			"\uFEFFunit;degree;betweenness;note_nb;note_en\r\n" +
				"NAV Fjordvik;14;0,123456;ingen;none\r\n" +
				"'=SUM(A1);2;;ja;yes\r\n"},
		{"json", func(b *bytes.Buffer) error { return WriteJSON(b, table()) },
			"[\n" +
				`  {"unit": "NAV Fjordvik", "degree": 14, "betweenness": 0.123456, "note_nb": "ingen", "note_en": "none"},` + "\n" +
				`  {"unit": "=SUM(A1)", "degree": 2, "betweenness": null, "note_nb": "ja", "note_en": "yes"}` + "\n" +
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
