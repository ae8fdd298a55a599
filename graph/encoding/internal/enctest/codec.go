package enctest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
)

// Codec is one exchange format as the shared tests drive it.
type Codec struct {
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
}

// Encoded returns n encoded by c, failing the test on error.
func (c Codec) Encoded(t testing.TB, n *graph.Network, directed bool, extra []encoding.Measure) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := c.Encode(&b, n, directed, extra); err != nil {
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
// measure, and compares with testdata/small{,-directed,-degree}EXT.
func TestGolden(t *testing.T, c Codec) {
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
			Golden(t, tc.file, c.Encoded(t, n, tc.directed, tc.extra))
		})
	}
}

// TestRoundTrip checks that decoding an export and building the dataset
// gives the network exported, for Small and for lazega-advice, undirected
// and directed.
func TestRoundTrip(t *testing.T, c Codec) {
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
// the error is an *encoding.SyntaxError.
func TestErrors(t *testing.T, c Codec, cases []ErrorCase) {
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			_, err := c.Decode(strings.NewReader(tc.In), "bad"+c.Ext)
			if err == nil {
				t.Fatalf("no error, want %s", tc.Want)
			}
			var se *encoding.SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("%T is not a SyntaxError", err)
			}
			if err.Error() != tc.Want {
				t.Errorf("got  %s\nwant %s", err, tc.Want)
			}
		})
	}
}

// Seed adds the golden files and the error cases to f's corpus.
func Seed(f *testing.F, c Codec, cases []ErrorCase) {
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

// Fuzz checks that Decode never panics, that every error is a
// SyntaxError with a position inside the input, and that whatever decodes
// builds, and survives an export and a second decode with the same keys,
// ties and weights.
func Fuzz(t *testing.T, c Codec, data []byte) {
	d, err := c.Decode(bytes.NewReader(data), "fuzz"+c.Ext)
	if err != nil {
		var se *encoding.SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("%T %v is not a SyntaxError", err, err)
		}
		if se.Line > 1+bytes.Count(data, []byte("\n")) {
			t.Fatalf("%v: line past the end of the input", err)
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

// TestOtherTools decodes files that NetworkX and igraph wrote from Small
// (testdata/clients/write.py) and checks that they give Small again, with
// what check names.
func TestOtherTools(t *testing.T, c Codec, files map[string]Check) {
	for file, check := range files {
		t.Run(file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", file))
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
