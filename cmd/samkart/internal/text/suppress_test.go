package text

import (
	"bytes"
	"math"
	"testing"

	"github.com/samkart/samkart/graph"
)

// blocks is a small block table: group sizes, ties, a weight and the
// density computed from them.
func blocks() *Table {
	return &Table{Name: "blocks", Columns: []Column{
		Col("from", "fra", "from"), Col("to", "til", "to"),
		Col("units_from", "enheter fra", "units from").Counted(), Col("units_to", "enheter til", "units to").Counted(),
		Col("ties", "bånd", "ties").Counted(), Col("weight", "vekt", "weight").Counted(),
		Col("density", "tetthet", "density").Of("units_from", "units_to", "ties")},
		Rows: [][]any{
			{"nav", "nav", 4, 4, 6, 346.0, 1.0},
			{"nav", "bolig", 4, 3, 2, 13.5, 2.0 / 12},
			{"nav", "imdi", 4, 1, 0, 0.0, 0.0},
			{"imdi", "imdi", 1, 1, 0, 0.0, math.NaN()},
			{"bolig", "bolig", 3, 3, 3, 2.5, 1.0},
		}}
}

func TestSuppressionTable(t *testing.T) {
	for _, tc := range []struct {
		below                  int
		text, excel, jsonLines string
	}{
		{3,
			"from   to     units from  units to  ties  weight  density\n" +
				"nav    nav             4         4     6     346        1\n" +
				"nav    bolig           4         3    <3    13.5       <3\n" +
				"nav    imdi            4        <3     0       0       <3\n" +
				"imdi   imdi           <3        <3     0       0       <3\n" +
				"bolig  bolig           3         3     3      <3        1\n",
			"\uFEFFfrom;to;units from;units to;ties;weight;density\r\n" + // Excel: the titles
				"nav;nav;4;4;6;346;1\r\nnav;bolig;4;3;<3;13,5;<3\r\nnav;imdi;4;<3;0;0;<3\r\nimdi;imdi;<3;<3;0;0;<3\r\nbolig;bolig;3;3;3;<3;1\r\n",
			`  {"from": "nav", "to": "bolig", "units_from": 4, "units_to": 3, "ties": null, "weight": 13.5, "density": null},`},
		{0, "", "", `  {"from": "nav", "to": "bolig", "units_from": 4, "units_to": 3, "ties": 2, "weight": 13.5, "density": 0.16666666666666666},`},
		{1, "", "", `  {"from": "nav", "to": "bolig", "units_from": 4, "units_to": 3, "ties": 2, "weight": 13.5, "density": 0.16666666666666666},`},
	} {
		in := blocks()
		got := Suppression{tc.below}.Table(in)
		if !(Suppression{tc.below}).On() && got != in {
			t.Errorf("below %d: the table was copied though nothing is hidden", tc.below)
		}
		if in.Rows[1][4] != 2 {
			t.Errorf("below %d: the table given was changed", tc.below)
		}
		var b bytes.Buffer
		if tc.text != "" {
			WriteText(&b, got, graph.EN)
			if b.String() != tc.text {
				t.Errorf("below %d, text:\n%s\nwant\n%s", tc.below, b.String(), tc.text)
			}
			b.Reset()
			WriteCSV(&b, got, CSVOptions{Excel: true})
			if b.String() != tc.excel {
				t.Errorf("below %d, excel:\n%q\nwant\n%q", tc.below, b.String(), tc.excel)
			}
			b.Reset()
		}
		WriteJSON(&b, got)
		if !bytes.Contains(b.Bytes(), []byte(tc.jsonLines)) {
			t.Errorf("below %d, JSON:\n%s\nwant a line\n%s", tc.below, b.String(), tc.jsonLines)
		}
	}
}

func TestSuppressionCells(t *testing.T) {
	s := Suppression{5}
	for _, tc := range []struct {
		got, want any
	}{
		{s.Count(0), 0}, {s.Count(1), Hidden{5}}, {s.Count(4), Hidden{5}}, {s.Count(5), 5},
		{s.Amount(4.99), Hidden{5}}, {s.Amount(0), 0.0}, {s.Amount(5), 5.0},
		{s.Of(0.5, 7, Hidden{5}), Hidden{5}}, {s.Of(0.5, 7, 8), 0.5},
		{Suppression{}.Count(1), 1},
	} {
		if tc.got != tc.want {
			t.Errorf("got %v, want %v", tc.got, tc.want)
		}
	}
	for _, tc := range []struct {
		below  int
		nb, en string
	}{
		{3, "<3: under 3. Gruppestørrelser og antall fra 1 til 2 er skjult, slik statistikkbyråer gjør, og det samme er tall regnet ut av dem (tetthet, andel, E-I-indeks).",
			"<3: under 3. Group sizes and counts from 1 to 2 are hidden, as statistical agencies do, and so is what is computed from them (density, share, E-I index)."},
		{2, "<2: under 2. Gruppestørrelser og antall på 1 er skjult, slik statistikkbyråer gjør, og det samme er tall regnet ut av dem (tetthet, andel, E-I-indeks).",
			"<2: under 2. Group sizes and counts of 1 are hidden, as statistical agencies do, and so is what is computed from them (density, share, E-I index)."},
	} {
		if n := (Suppression{tc.below}).Note(); n.NB != tc.nb || n.EN != tc.en {
			t.Errorf("Note(%d) = %q / %q", tc.below, n.NB, n.EN)
		}
	}
}
