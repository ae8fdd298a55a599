package enctest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/dl"
	"github.com/samkart/samkart/graph/encoding/gexf"
	"github.com/samkart/samkart/graph/encoding/graphml"
	"github.com/samkart/samkart/graph/encoding/nodelink"
	"github.com/samkart/samkart/graph/encoding/pajek"
	"github.com/samkart/samkart/graph/graphtest"
)

// Format is one exchange format as the shared tests drive it.
type Format struct {
	Name   string // the package, and its folder under graph/encoding
	Ext    string // file extension, with the dot
	Encode func(w io.Writer, n *graph.Network, directed bool, extra []encoding.Measure) error
	Decode func(r io.Reader, name string) (*graph.Dataset, error)
	// Survives says what a round trip keeps besides keys, ties and
	// weights.
	Survives Check
	// Arcs says whether Decode keeps the direction of a directed export,
	// so that the round trip gives the same arcs.
	Arcs bool
	// NoExtra says the format cannot carry measures.
	NoExtra bool
	// OtherTools are the files NetworkX and igraph wrote from Small
	// (testdata/clients/write.py) in the format's testdata, with what
	// reading them back keeps.
	OtherTools map[string]Check
}

// Formats are the five exchange formats, the table every format's golden,
// round-trip and decoding tests run from.
var Formats = []Format{
	{Name: "graphml", Ext: ".graphml",
		Encode: func(w io.Writer, n *graph.Network, directed bool, extra []encoding.Measure) error {
			return graphml.Encode(w, n, graphml.Options{Directed: directed, Extra: extra})
		},
		Decode: graphml.Decode, Survives: Check{Attributes: true, Dates: true}, Arcs: true,
		OtherTools: map[string]Check{
			"networkx-small.graphml": {Attributes: true, Dates: true},
			"igraph-small.graphml":   {Attributes: true, Dates: true},
		}},
	{Name: "gexf", Ext: ".gexf",
		Encode: func(w io.Writer, n *graph.Network, directed bool, extra []encoding.Measure) error {
			return gexf.Encode(w, n, gexf.Options{Directed: directed, Extra: extra})
		},
		Decode: gexf.Decode, Survives: Check{Attributes: true, Dates: true}, Arcs: true,
		OtherTools: map[string]Check{"networkx-small.gexf": {Attributes: true, Dates: true}}},
	{Name: "pajek", Ext: ".net",
		Encode: func(w io.Writer, n *graph.Network, directed bool, _ []encoding.Measure) error {
			return pajek.Encode(w, n, pajek.Options{Directed: directed})
		},
		Decode: pajek.Decode, Arcs: true, NoExtra: true,
		OtherTools: map[string]Check{"networkx-small.net": {}, "igraph-small.net": {}}},
	{Name: "dl", Ext: ".dl",
		Encode: func(w io.Writer, n *graph.Network, directed bool, _ []encoding.Measure) error {
			return dl.Encode(w, n, dl.Options{Directed: directed})
		},
		Decode: dl.Decode, Arcs: true, NoExtra: true},
	{Name: "nodelink", Ext: ".json",
		Encode: func(w io.Writer, n *graph.Network, directed bool, extra []encoding.Measure) error {
			return nodelink.Encode(w, n, nodelink.Options{Directed: directed, Extra: extra})
		},
		Decode: nodelink.Decode, Survives: Check{Attributes: true, Dates: true}, Arcs: true,
		OtherTools: map[string]Check{"networkx-small.json": {Attributes: true, Dates: true}}},
}

// Lookup returns the format of package name.
func Lookup(name string) Format {
	for _, f := range Formats {
		if f.Name == name {
			return f
		}
	}
	panic("enctest: no format " + name)
}

// Encoded returns n encoded by f, failing the test on error.
func (f Format) Encoded(t testing.TB, n *graph.Network, directed bool, extra []encoding.Measure) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f.Encode(&b, n, directed, extra); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Degrees returns the degree of every unit of n as a measure.
func Degrees(n *graph.Network) encoding.Measure {
	m := encoding.Measure{Name: "degree", Values: make([]float64, n.Len())}
	for i := range m.Values {
		m.Values[i] = float64(n.Degree(int64(i)))
	}
	return m
}

// TestGolden encodes Small undirected, directed and with a degree
// measure, and compares with small{,-directed,-degree}EXT in the folder
// testdata.
func TestGolden(t *testing.T, c Format, testdata string) {
	n := Small()
	for _, tc := range []struct {
		file     string
		directed bool
		extra    []encoding.Measure
	}{
		{"small" + c.Ext, false, nil},
		{"small-directed" + c.Ext, true, nil},
		{"small-degree" + c.Ext, false, []encoding.Measure{Degrees(n)}},
	} {
		if tc.extra != nil && c.NoExtra {
			continue
		}
		t.Run(tc.file, func(t *testing.T) {
			graphtest.Golden(t, filepath.Join(testdata, tc.file), c.Encoded(t, n, tc.directed, tc.extra))
		})
	}
}

// TestRoundTrip checks that decoding an export and building the dataset
// gives the network exported, for Small and for lazega-advice, undirected
// and directed.
func TestRoundTrip(t *testing.T, c Format) {
	lazega, err := Lazega()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		n        *graph.Network
		directed bool
	}{
		{"empty", Build(t, graph.NewDataset("tom")), false},
		{"small", Small(), false},
		{"small directed", Small(), true},
		{"lazega", Build(t, lazega), false},
		{"lazega directed", Build(t, lazega), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := c.Encoded(t, tc.n, tc.directed, nil)
			d, err := c.Decode(bytes.NewReader(data), "x"+c.Ext)
			if err != nil {
				t.Fatal(err)
			}
			got := Build(t, d)
			if !tc.directed {
				if err := Same(tc.n, got, c.Survives); err != nil {
					t.Error(err)
				}
				return
			}
			if err := SameArcs(tc.n, got, c.Arcs); err != nil {
				t.Error(err)
			}
		})
	}
}

// SameArcs compares the initiative arcs of want with what a directed
// export decoded to: the arcs themselves when the format keeps direction,
// otherwise the undirected ties they make.
func SameArcs(want, got *graph.Network, arcs bool) error {
	wu, gu := want.Units(), got.Units()
	if len(wu) != len(gu) {
		return fmt.Errorf("%d units, want %d", len(gu), len(wu))
	}
	type pair struct{ a, b int32 }
	wantW := make(map[pair]float64)
	for _, a := range want.Arcs() {
		p := pair{a.From, a.To}
		if !arcs && p.a > p.b {
			p = pair{p.b, p.a}
		}
		wantW[p] += a.Weight
	}
	gotW := make(map[pair]float64)
	if arcs {
		for _, a := range got.Arcs() {
			gotW[pair{a.From, a.To}] += a.Weight
		}
	} else {
		for _, t := range got.Ties() {
			gotW[pair{t.A, t.B}] += t.Weight
		}
	}
	if len(gotW) != len(wantW) {
		return fmt.Errorf("%d arcs, want %d", len(gotW), len(wantW))
	}
	for p, w := range wantW {
		if g := gotW[p]; g != w {
			return fmt.Errorf("arc %s→%s: weight %v, want %v", wu[p.a].Key, wu[p.b].Key, g, w)
		}
	}
	return nil
}

// ErrorCase is malformed input and the error Decode must give. It is an
// unnamed struct type, so that tables of cases can be written unkeyed.
type ErrorCase = struct {
	Name, In, Want string
}

// TestErrors decodes each case as bad+Ext and checks the message and that
// the error is a *graph.InputError of the format's rules
// (encoding.ErrSyntax) or of a value (a *graph.Problem).
func TestErrors(t *testing.T, c Format, cases []ErrorCase) {
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			_, err := c.Decode(strings.NewReader(tc.In), "bad"+c.Ext)
			if err == nil {
				t.Fatalf("no error, want %s", tc.Want)
			}
			if err := inputError(err); err != nil {
				t.Error(err)
			}
			if err.Error() != tc.Want {
				t.Errorf("got  %s\nwant %s", err, tc.Want)
			}
		})
	}
}

// inputError says what is wrong with a decoder's error: it must be a
// *graph.InputError that is encoding.ErrSyntax or a *graph.Problem.
func inputError(err error) error {
	var ie *graph.InputError
	var p *graph.Problem
	switch {
	case !errors.As(err, &ie):
		return fmt.Errorf("%T %v is not a *graph.InputError", err, err)
	case !errors.Is(err, encoding.ErrSyntax) && !errors.As(err, &p):
		return fmt.Errorf("%T %v is neither encoding.ErrSyntax nor a *graph.Problem", ie.Err, err)
	}
	return nil
}

// Seed adds the golden files and the error cases to f's corpus.
func Seed(f *testing.F, c Format, cases []ErrorCase) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"+c.Ext))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	for _, tc := range cases {
		f.Add([]byte(tc.In))
	}
}

// badFormat matches what fmt writes for a verb without its argument or an
// argument without its verb (%!d(string=x), %!(EXTRA …), %!(MISSING)),
// not a "%!" in the file's own text that an error quotes.
var badFormat = regexp.MustCompile(`%!\w*\(`)

// Fuzz checks that Decode never panics, that every error is an input
// error (TestErrors) with a position inside the input, and that whatever
// decodes builds, and survives an export and a second decode with the
// same keys, ties and weights.
func Fuzz(t *testing.T, c Format, data []byte) {
	d, err := c.Decode(bytes.NewReader(data), "fuzz"+c.Ext)
	if err != nil {
		if err := inputError(err); err != nil {
			t.Fatal(err)
		}
		var ie *graph.InputError
		errors.As(err, &ie)
		if ie.Line > 1+bytes.Count(data, []byte("\n")) {
			t.Fatalf("%v: line past the end of the input", err)
		}
		if nb := ie.In(graph.NB); badFormat.MatchString(nb + ie.Error()) {
			t.Fatalf("badly formatted message: %s", nb)
		}
		return
	}
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		t.Fatalf("decoded dataset does not build: %v", err)
	}
	var b bytes.Buffer
	if err := c.Encode(&b, n, false, nil); err != nil {
		t.Fatalf("encode: %v", err)
	}
	d2, err := c.Decode(bytes.NewReader(b.Bytes()), "again"+c.Ext)
	if err != nil {
		t.Fatalf("decoding the export: %v\n%s", err, b.Bytes())
	}
	n2, err := graph.Build(d2, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Same(n, n2, Check{}); err != nil {
		t.Fatalf("export changed the network:\n%v\n%s", err, b.Bytes())
	}
}

// TestOtherTools decodes the files of c.OtherTools in the folder testdata
// and checks that they give Small again, with what their Check names.
func TestOtherTools(t *testing.T, c Format, testdata string) {
	for file, check := range c.OtherTools {
		t.Run(file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(testdata, file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d, err := c.Decode(f, file)
			if err != nil {
				t.Fatal(err)
			}
			if err := Same(Small(), Build(t, d), check); err != nil {
				t.Error(err)
			}
		})
	}
}

// Build builds d with the default options, failing the test on error.
func Build(t testing.TB, d *graph.Dataset) *graph.Network {
	t.Helper()
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
