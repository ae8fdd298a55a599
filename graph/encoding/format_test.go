package encoding_test

import (
	"fmt"
	"testing"

	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

func TestFormatText(t *testing.T) {
	const refusal = "want one of graphml, gexf, pajek, dl, json"
	for _, tc := range []struct {
		in   string
		want encoding.Format
		err  string
	}{
		{"graphml", encoding.FormatGraphML, ""},
		{"GEXF", encoding.FormatGEXF, ""},
		{" pajek ", encoding.FormatPajek, ""},
		{"dl", encoding.FormatDL, ""},
		{"json", encoding.FormatNodeLink, ""},
		{"nodelink", encoding.FormatGraphML, refusal},
		{"csv", encoding.FormatGraphML, refusal},
		{"", encoding.FormatGraphML, refusal},
	} {
		var got encoding.Format
		msg := ""
		if err := got.UnmarshalText([]byte(tc.in)); err != nil {
			msg = err.Error()
		}
		if got != tc.want || msg != tc.err {
			t.Errorf("UnmarshalText(%q) = %v, %q; want %v, %q", tc.in, got, msg, tc.want, tc.err)
		}
	}
	for _, f := range encoding.Formats() {
		b, err := f.MarshalText()
		var back encoding.Format
		if err != nil || string(b) != f.String() || back.UnmarshalText(b) != nil || back != f {
			t.Errorf("%v does not round-trip: %q, %v", f, b, err)
		}
	}
	if s := encoding.Format(9).String(); s != "Format(9)" {
		t.Errorf("Format(9).String() = %q", s)
	}
	if _, err := encoding.Format(9).MarshalText(); err == nil {
		t.Error("Format(9).MarshalText() succeeded")
	}
}

// The formats are those of the shared tests' table, in its order, each
// named as its package or (json) as its files' extension, and carry
// measures where their encoders take them.
func TestFormatsTable(t *testing.T) {
	fs := encoding.Formats()
	if len(fs) != len(enctest.Formats) {
		t.Fatalf("%d formats; the shared tests have %d", len(fs), len(enctest.Formats))
	}
	for i, f := range fs {
		e := enctest.Formats[i]
		if f.String() != e.Name && "."+f.String() != e.Ext {
			t.Errorf("format %d is %v; the shared tests' is %s (%s)", i, f, e.Name, e.Ext)
		}
		if f.CarriesMeasures() == e.NoExtra {
			t.Errorf("%v.CarriesMeasures() = %v; the shared tests say NoExtra %v", f, f.CarriesMeasures(), e.NoExtra)
		}
	}
}

// A format reads and writes its name, as the command line spells it.
func ExampleFormat_UnmarshalText() {
	var f encoding.Format
	err := f.UnmarshalText([]byte("JSON"))
	fmt.Println(f, f.CarriesMeasures(), err)
	err = f.UnmarshalText([]byte("csv"))
	fmt.Println(err)
	// Output:
	// json true <nil>
	// want one of graphml, gexf, pajek, dl, json
}

func TestFormatOfName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want encoding.Format
		ok   bool
	}{
		{"region.graphml", encoding.FormatGraphML, true},
		{"Region.GEXF", encoding.FormatGEXF, true},
		{"krackhardt.net", encoding.FormatPajek, true},
		{"krackhardt.paj", encoding.FormatPajek, true},
		{"knoke.dl", encoding.FormatDL, true},
		{"nx/region.json", encoding.FormatNodeLink, true},
		{"contacts.csv", 0, false},
		{"kommune", 0, false},
	} {
		got, ok := encoding.FormatOfName(tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FormatOfName(%q) = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
