package pajek_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph/encoding/internal/enctest"
	"github.com/samkart/samkart/graph/encoding/pajek"
	"github.com/samkart/samkart/graph/graphtest"
)

var format = enctest.Lookup("pajek")

func TestDecodeErrors(t *testing.T) {
	enctest.TestErrors(t, format, errorCases)
}

func FuzzDecode(f *testing.F) {
	enctest.Seed(f, format, errorCases)
	for _, tc := range decodeCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) { enctest.Fuzz(t, format, data) })
}

func TestGoldenPartition(t *testing.T) {
	n := enctest.Small()
	for _, tc := range []struct {
		file string
		by   pajek.Partition
	}{
		{"small-agency.clu", pajek.ByAgency},
		{"small-level.clu", pajek.ByLevel},
	} {
		var b bytes.Buffer
		if err := pajek.EncodePartition(&b, n, tc.by); err != nil {
			t.Fatal(err)
		}
		graphtest.Golden(t, filepath.Join("testdata", tc.file), b.Bytes())
	}
}

func TestGoldenNames(t *testing.T) {
	var b bytes.Buffer
	if err := pajek.Encode(&b, enctest.Small(), pajek.Options{Names: true}); err != nil {
		t.Fatal(err)
	}
	graphtest.Golden(t, "testdata/small-names.net", b.Bytes())
}

// decodeCases are files as Pajek, igraph and NetworkX write them.
var decodeCases = []struct {
	name, in string
	units    string // keys, comma-separated
	ties     string // a-b:weight, comma-separated
}{
	{"pajek manual", "*Vertices 3\n1 \"Ana\" 0.1 0.2 0.5 ic Red\n2 \"Bor\"\n3 \"Cene\"\n*Arcs\n1 2 1 c Blue\n1 3 2\n*Edges\n2 3 4\n",
		"Ana,Bor,Cene", "Ana-Bor:1,Ana-Cene:2,Bor-Cene:4"},
	{"no labels", "*Vertices 3\n*Edges\n1 2\n2 3 0.5\n", "1,2,3", "1-2:1,2-3:0.5"},
	{"lists", "*Vertices 4\n*Arcslist\n1 2 3 4\n*Edgeslist\n2 3\n", "1,2,3,4", "1-2:1,1-3:1,1-4:1,2-3:1"},
	{"matrix symmetric", "*Vertices 3\n*Matrix\n0 2 0\n2 0 1\n0 1 0\n", "1,2,3", "1-2:2,2-3:1"},
	{"matrix directed", "*Vertices 2\n*Matrix\n0 2\n1 0\n", "1,2", "1-2:3"},
	{"comments and CRLF", "% made by hand\r\n*Network test\r\n*Vertices 2\r\n1 \"Bodø\"\r\n2 \"Tromsø\"\r\n*Edges :1 \"samarbeid\"\r\n1 2 3\r\n",
		"Bodø,Tromsø", "Bodø-Tromsø:3"},
	{"windows-1252", "*Vertices 2\n1 \"Bod\xf8\"\n2 \"\xc5lesund\"\n*Edges\n1 2\n", "Bodø,Ålesund", "Bodø-Ålesund:1"},
	{"duplicate labels", "*Vertices 3\n1 \"NAV\"\n2 \"NAV\"\n3 \"2\"\n*Edges\n1 2\n", "2,NAV (1),NAV (2)", "NAV (1)-NAV (2):1"},
	{"loop and partition", "*Vertices 2\n*Edges\n1 1\n1 2\n*Partition p\n*Vertices 2\n1\n2\n", "1,2", "1-2:1"},
	{"decimal comma", "*Vertices 2\n*Edges\n1 2 1,5\n", "1,2", "1-2:1.5"},
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := pajek.Decode(strings.NewReader(tc.in), "x.net")
			if err != nil {
				t.Fatal(err)
			}
			n := enctest.Build(t, d)
			if got := enctest.Keys(n); got != tc.units {
				t.Errorf("units %s, want %s", got, tc.units)
			}
			if got := enctest.Ties(n); got != tc.ties {
				t.Errorf("ties %s, want %s", got, tc.ties)
			}
		})
	}
}

var errorCases = []enctest.ErrorCase{
	{"empty", "", "bad.net: no *Vertices line"},
	{"edges first", "*Edges\n1 2\n", "bad.net:1:1: *Edges before *Vertices"},
	{"no count", "*Vertices\n", "bad.net:1:1: *Vertices without a count"},
	{"bad count", "*Vertices tre\n", `bad.net:1:11: vertex count "tre": want a whole number`},
	{"huge count", "*Vertices 99999999\n", "bad.net:1:11: more than 2240 vertices in a file of this size; samkart does not read files this large; want a smaller file, or the data as CSV files"},
	{"vertex range", "*Vertices 2\n1 \"a\"\n3 \"c\"\n", "bad.net:3:1: vertex 3: want a number from 1 to 2"},
	{"vertex twice", "*Vertices 2\n1 \"a\"\n 1 \"b\"\n", "bad.net:3:2: vertex 1 is declared twice (first on line 2)"},
	{"unterminated", "*Vertices 2\n1 \"Bodø\n", "bad.net:2:3: unterminated quoted label"},
	{"edge range", "*Vertices 2\n*Edges\n1 2\n2 æ\n", `bad.net:4:3: vertex "æ": want a number from 1 to 2`},
	{"one end", "*Vertices 2\n*Edges\n1\n", "bad.net:3:1: an edge needs two vertices"},
	{"bad weight", "*Vertices 2\n*Arcs\n1 2 mye\n", `bad.net:3:5: weight "mye": not a number; want a number of 0 or more, such as 1 or 2.5`},
	{"negative weight", "*Vertices 2\n*Arcs\n1 2 -1,5\n", `bad.net:3:5: weight "-1,5": negative; want a number of 0 or more, such as 1 or 2.5`},
	{"unknown section", "*Vertices 2\n*Kanter\n", "bad.net:2:1: unknown section *Kanter; want *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist or *Matrix"},
	{"two networks", "*Network a\n*Vertices 1\n*Network b\n", "bad.net:3:1: a second *Network: samkart reads one network per file"},
	{"junk", "hei\n", `bad.net:1:1: "hei" before *Vertices`},
	{"matrix rows", "*Vertices 1\n*Matrix\n0\n1\n", "bad.net:4:1: more than 1 rows in *Matrix"},
	{"matrix value", "*Vertices 1\n*Matrix\nx\n", `bad.net:3:1: matrix value "x": not a number; want a number of 0 or more, such as 1 or 2.5`},
}
