package netio

import (
	"io"
	"math"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
)

func TestColumnNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"12", 12, true}, {"-3", -3, true}, {"0", 0, true}, {"0.25", 0.25, true},
		{"1,5", 1.5, true}, {"2e3", 2000, true}, {"1.5E-2", 0.015, true},
		{"0301", 0, false}, // a municipality number stays text
		{"+47", 0, false}, {"", 0, false}, {"1.", 0, false}, {".5", 0, false},
		{"1 000", 0, false}, {"NaN", 0, false}, {"Inf", 0, false}, {"1e999", 0, false},
		{"1.2.3", 0, false}, {"1,2,3", 0, false}, {"12a", 0, false},
	} {
		got, ok := columnNumber(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("columnNumber(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFormatFloat(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {2, "2"}, {0.5, "0.5"}, {1.0 / 3, "0.3333333333333333"}, {123456789, "123456789"},
		{1e-7, "1e-07"}, {2e20, "2e+20"}, {-0.25, "-0.25"},
	} {
		if got := FormatFloat(tc.in); got != tc.want {
			t.Errorf("FormatFloat(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPos(t *testing.T) {
	data := "ab\r\nBodø å x\nz"
	src := NewSource(strings.NewReader(data), "x")
	if _, err := io.ReadAll(src); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		off       int64
		line, col int
	}{
		{0, 1, 1}, {1, 1, 2}, {3, 1, 3}, {4, 2, 1},
		{10, 2, 6}, // "Bodø " is 5 characters but 6 bytes
		{13, 2, 8}, {15, 3, 1}, {99, 3, 2},
	} {
		if p := src.Pos(tc.off); p.Line != tc.line || p.Col != tc.col {
			t.Errorf("Pos(%d) = %d:%d, want %d:%d", tc.off, p.Line, p.Col, tc.line, tc.col)
		}
	}
}

func TestWindows1252(t *testing.T) {
	src := NewSource(strings.NewReader("Bod\xf8 \xc6\xd8\xc5 \x80 \x96"), "x")
	src.FromWindows1252()
	b, err := io.ReadAll(src)
	if got, want := string(b), "Bodø ÆØÅ € –"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	lines := NewSource(strings.NewReader("Bodø\nBod\xf8\n"), "x")
	for _, want := range []string{"Bodø", "Bodø"} {
		l, err := lines.Line()
		if err != nil || l.Text != want {
			t.Errorf("line %q, %v; want %q", l.Text, err, want)
		}
	}
}

func TestTokens(t *testing.T) {
	src := NewSource(strings.NewReader(""), "x")
	toks, err := src.Tokens(Line{Text: `1 "NAV Bodø" x,y=z "" 2`, Num: 1}, ",=")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	if g, w := strings.Join(got, "|"), "1|NAV Bodø|x|y|z||2"; g != w {
		t.Errorf("tokens %s, want %s", g, w)
	}
	if toks[2].At != (Pos{1, 14}) {
		t.Errorf("position of x: %v, want 1:14", toks[2].At)
	}
	if _, err := src.Tokens(Line{Text: `1 "open`, Num: 1}, ""); err == nil || err.Error() != "x:1:3: unterminated quoted label" {
		t.Errorf("unterminated quote: %v", err)
	}
}

func TestCleanLabel(t *testing.T) {
	if got, want := CleanLabel("a \"b\"\nc\td"), "a 'b' c d"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestColumnsTyping(t *testing.T) {
	d := graph.NewDataset("t")
	for _, attrs := range [][]graph.Attr{
		{{Name: "kommunenr", Value: "0301"}, {Name: "ansatte", Value: "12"}, {Name: "andel", Value: "0,5"}, {Name: "stor", Value: "3000000000"}},
		{{Name: "kommunenr", Value: "1804"}, {Name: "ansatte", Value: ""}, {Name: "andel", Value: "2"}, {Name: "stor", Value: "1"}},
		{{Name: "name", Value: "shadowed"}, {Name: "Level", Value: "9"}},
	} {
		d.AddUnit(graph.Unit{Key: string(rune('a' + len(d.Units))), Attrs: attrs})
	}
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cols, err := UnitColumns(n, []encoding.Measure{{Name: "grad", Values: []float64{1, math.NaN(), math.Inf(1)}}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cols[7:] {
		got = append(got, c.Name+":"+[]string{"string", "int", "long", "double"}[c.Type])
	}
	if g, w := strings.Join(got, " "), "kommunenr:string ansatte:int andel:double stor:long grad:double"; g != w {
		t.Errorf("columns %s, want %s", g, w)
	}
	andel, grad := cols[9], cols[11]
	if andel.Text(0) != "0.5" || andel.Text(1) != "2" || andel.Has(2) {
		t.Errorf("andel: %q %q %v", andel.Text(0), andel.Text(1), andel.Has(2))
	}
	if !grad.Has(0) || grad.Has(1) || grad.Has(2) {
		t.Errorf("grad: NaN and Inf must be missing")
	}
}

func TestColumnsMeasureErrors(t *testing.T) {
	d := graph.NewDataset("t")
	d.AddUnit(graph.Unit{Key: "a", Attrs: []graph.Attr{{Name: "grad", Value: "1"}}})
	n, _ := graph.Build(d, graph.BuildOptions{})
	for _, tc := range []struct {
		m    encoding.Measure
		want string
	}{
		{encoding.Measure{Name: "x", Values: []float64{1, 2}}, `measure "x" has 2 values for 1 units`},
		{encoding.Measure{Name: "Grad", Values: []float64{1}}, `measure "Grad": a unit attribute has that name already`},
		{encoding.Measure{Name: "level", Values: []float64{1}}, `measure "level": a unit attribute has that name already`},
	} {
		if _, err := UnitColumns(n, []encoding.Measure{tc.m}); err == nil || err.Error() != tc.want {
			t.Errorf("got %v, want %s", err, tc.want)
		}
	}
}

func TestCellsSymmetric(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells []Cell
		want  int // contacts
	}{
		{"symmetric", []Cell{{0, 1, 2, "", Pos{}}, {1, 0, 2, "", Pos{}}, {1, 2, 1, "", Pos{}}, {2, 1, 1, "", Pos{}}}, 2},
		{"asymmetric value", []Cell{{0, 1, 2, "", Pos{}}, {1, 0, 3, "", Pos{}}}, 2},
		{"one way", []Cell{{0, 1, 2, "", Pos{}}}, 1},
		{"last value wins", []Cell{{0, 1, 5, "", Pos{}}, {1, 0, 2, "", Pos{}}, {0, 1, 2, "", Pos{}}}, 1},
		{"zero is absent", []Cell{{0, 1, 0, "", Pos{}}, {1, 2, 1, "", Pos{}}, {2, 1, 1, "", Pos{}}}, 1},
		{"one matrix per kind", []Cell{{0, 1, 1, "a", Pos{}}, {1, 0, 1, "a", Pos{}}, {0, 1, 1, "b", Pos{}}}, 2},
	} {
		src := NewSource(strings.NewReader(""), "x")
		b := NewBuilder(src)
		for _, k := range []string{"a", "b", "c"} {
			if err := b.Node(k, nil, Pos{}); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Cells(tc.cells); err != nil {
			t.Fatal(err)
		}
		d, _ := b.Finish()
		if len(d.Contacts) != tc.want {
			t.Errorf("%s: %d contacts, want %d", tc.name, len(d.Contacts), tc.want)
		}
	}
}

func TestBuilderNode(t *testing.T) {
	src := NewSource(strings.NewReader("line"), "x")
	b := NewBuilder(src)
	err := b.Node("n0", []Field{
		{Name: "id", Value: "nav-tromsø"}, {Name: "Label", Value: "NAV"}, {Name: "etat", Value: "NAV-kontoret"},
		{Name: "Nivå", Value: "enhet"}, {Name: "kommune", Value: "Tromsø"}, {Name: "overordnet", Value: "rådmann"},
		{Name: "ansatte", Value: " 40 "}, {Name: "tom", Value: ""},
	}, Pos{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := b.Finish()
	u := d.Units[0]
	if u.Key != "nav-tromsø" || u.Name != "NAV" || u.Agency != "nav" || u.AgencyLabel != "NAV-kontoret" ||
		u.Level != graph.LevelUnit || u.Municipality != "Tromsø" || u.Parent != "rådmann" ||
		len(u.Attrs) != 1 || u.Attr("ansatte") != "40" {
		t.Errorf("unit %+v", u)
	}
	if d.Name != "x" || d.Files.Units != "x" {
		t.Errorf("dataset %q %+v", d.Name, d.Files)
	}
}
