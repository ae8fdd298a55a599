package dl_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph/encoding/dl"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
	"github.com/samkart/samkart/graph/graphtest"
)

var format = enctest.Lookup("dl")

func TestDecodeErrors(t *testing.T) {
	enctest.TestErrors(t, format, errorCases)
}

func FuzzDecode(f *testing.F) {
	enctest.Seed(f, format, errorCases)
	for _, tc := range published {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) { enctest.Fuzz(t, format, data) })
}

// published are the examples of the DL format in Gephi's documentation
// ("UCINET DL format") and UCINET's help, with what they mean.
var published = []struct {
	name, in string
	units    string // keys, comma-separated
	ties     string // a-b:weight of the symmetrised network
	arcs     int
}{
	{"fullmatrix", "DL N = 5\nData:\n0 1 1 1 1\n1 0 1 0 0\n1 1 0 0 1\n1 0 0 0 0\n1 0 1 0 0\n",
		"1,2,3,4,5", "1-2:1,1-3:1,1-4:1,1-5:1,2-3:1,3-5:1", 6},
	{"fullmatrix labels", "dl n=5\nformat = fullmatrix\nlabels:\nbarry,david,lin,pat,russ\ndata:\n" +
		"0 1 1 1 0\n1 0 0 0 1\n1 0 0 1 0\n1 0 1 0 1\n0 1 0 1 0\n",
		"barry,david,lin,pat,russ", "barry-david:1,barry-lin:1,barry-pat:1,david-russ:1,lin-pat:1,pat-russ:1", 6},
	{"edgelist1 labels", "DL n=5\nformat = edgelist1\nlabels:\ngeorge, sally, jim, billy, jane\ndata:\n1 2\n1 3\n2 3\n3 1\n4 3\n",
		"billy,george,jane,jim,sally", "billy-jim:1,george-jim:2,george-sally:1,jim-sally:1", 5},
	{"edgelist1 labels embedded", "DL n=5\nformat = edgelist1\nlabels embedded:\ndata:\ngeorge sally\ngeorge jim\nsally jim\nbilly george\njane jim\n",
		"billy,george,jane,jim,sally", "billy-george:1,george-jim:1,george-sally:1,jane-jim:1,jim-sally:1", 5},
	{"edgelist1 weights", "dl\nformat=edgelist1\nn=3\ndata:\n1 2 1.56263736263736\n1 3 1.48687978687979\n2 3 1.39597069597070\n3 1 0.676190476190476\n",
		"1,2,3", "1-2:1.56263736263736,1-3:2.1630702630702663,2-3:1.3959706959707", 4},
	{"fullmatrix labels embedded", "dl\nn = 5\nlabels embedded\nformat = fullmatrix\ndata:\nBill Jan Jim Sue Zoe\n" +
		"Bill 0 0 1 0 0\nJan 0 0 0 1 1\nJim 1 0 0 1 0\nSue 0 1 1 0 0\nZoe 0 1 0 0 0\n",
		"Bill,Jan,Jim,Sue,Zoe", "Bill-Jim:1,Jan-Sue:1,Jan-Zoe:1,Jim-Sue:1", 4},
	{"edgelist format", "dl\nn = 50\nformat = edgelist1\ndata:\n1 7\n1 8\n1 2\n3 19\n", "", "1-2:1,1-7:1,1-8:1,19-3:1", 4},
	{"nodelist1", "dl n=4\nformat=nodelist1\nlabels embedded\ndata:\nA B C\nB A\nD\n", "A,B,C,D", "A-B:2,A-C:1", 3},
	{"diagonal absent", "dl n=3 diagonal=absent\ndata:\n1 0\n1 2\n0 2\n", "1,2,3", "1-2:1,2-3:2", 2},
	{"quoted labels", "DL n=2\nformat = edgelist1\nlabels:\n\"NAV Bodø\", \"Helse og omsorg\"\ndata:\n1 2 3\n2 1 3\n",
		"Helse og omsorg,NAV Bodø", "Helse og omsorg-NAV Bodø:3", 1},
	{"upper case", "DL n=2\nformat = edgelist1\nlabels:\nnav,bolig\nlabels embedded\ndata:\nNAV BOLIG 2\n",
		"bolig,nav", "bolig-nav:2", 1},
}

func TestDecodePublished(t *testing.T) {
	for _, tc := range published {
		t.Run(tc.name, func(t *testing.T) {
			d, err := dl.Decode(strings.NewReader(tc.in), "x.dl")
			if err != nil {
				t.Fatal(err)
			}
			n := enctest.Build(t, d)
			if got := enctest.Keys(n); tc.units != "" && got != tc.units {
				t.Errorf("units %s, want %s", got, tc.units)
			}
			if got := enctest.Ties(n); got != tc.ties {
				t.Errorf("ties %s, want %s", got, tc.ties)
			}
			if got := len(n.Arcs()); got != tc.arcs {
				t.Errorf("%d arcs, want %d", got, tc.arcs)
			}
		})
	}
}

var errorCases = []enctest.ErrorCase{
	{"empty", "", "bad.dl: empty file; want a DL file starting with DL"},
	{"not dl", "*Vertices 3\n", `bad.dl:1:1: "*Vertices": want a DL file starting with DL`},
	{"no data", "DL n=3\n", "bad.dl:2:1: no data: section"},
	{"no n", "DL\ndata:\n", "bad.dl:2:1: data: before n="},
	{"bad n", "DL n=tre\n", "bad.dl:1:6: n=tre: want a whole number"},
	{"huge n", "DL n=999999999\ndata:\n", "bad.dl:1:6: more than 2368 nodes in a file of this size; samkart does not read files this large; want a smaller file, or the data as CSV files"},
	{"two-mode half", "DL nr=2, nc=3\nformat=lowerhalf\ndata:\n", "bad.dl: format lowerhalf is for one-mode data (n=); a two-mode file is a fullmatrix, edgelist2 or nodelist2"},
	{"matrices", "DL n=2 nm=2\nformat=edgelist1\ndata:\n1 2\n", "bad.dl:5:1: nm=2, and the edgelist1 data gives 1; separate the matrices with a line !"},
	{"format", "DL n=2\nformat = blockmatrix\n", "bad.dl:2:10: format blockmatrix is not supported; want fullmatrix, lowerhalf, upperhalf, edgelist1, nodelist1, edgelist2 or nodelist2"},
	{"nr without nc", "DL nr=2\ndata:\n", "bad.dl: nr= without nc=, or nc= without nr=: give both, or n="},
	{"column labels", "DL n=2\nrow labels:\na b\ncolumn labels:\na c\ndata:\n", `bad.dl:5:1: the column labels differ from the row labels in a one-mode file (n=2)`},
	{"keyword", "DL n=2\nvekt: 3\n", `bad.dl:2:1: "vekt:": want n=, format=, labels:, labels embedded or data:`},
	{"duplicate label", "DL n=2\nlabels:\nå å\ndata:\n", `bad.dl:3:3: label "å" is given twice (first on line 3)`},
	{"too many labels", "DL n=1\nformat=edgelist1\nlabels embedded\ndata:\na b\n", `bad.dl:5:3: label "b": more than n=1 labels`},
	{"node range", "DL n=2\nformat=edgelist1\ndata:\n1 3\n", `bad.dl:4:3: node "3": want a number from 1 to 2`},
	{"value", "DL n=2\nformat=edgelist1\ndata:\n1 2 mye\n", `bad.dl:4:5: value "mye": not a number; want a number of 0 or more, such as 1 or 2.5`},
	{"negative value", "DL n=2\ndata:\n0 -1\n1 0\n", `bad.dl:3:3: value "-1": negative; want a number of 0 or more, such as 1 or 2.5`},
	{"words", "DL n=2\nformat=edgelist1\ndata:\n1 2 3 4\n", "bad.dl:4:1: an edgelist1 line has two nodes and an optional value; found 4 words"},
	{"short matrix", "DL n=2\ndata:\n0 1\n1\n", "bad.dl:5:1: the matrix ends in row 2; want n=2 rows of 2 values"},
	{"long matrix", "DL n=1\ndata:\n0 1\n", `bad.dl:3:3: "1" after the last row of the matrix`},
	{"row label", "DL n=2\nlabels embedded\ndata:\na b\nb 0 1\na 1 0\n", `bad.dl:5:1: row label "b": want "a"`},
	{"unterminated", "DL n=2\nlabels:\n\"NAV Bodø\n", "bad.dl:3:1: unterminated quoted label"},
}

func TestGoldenNames(t *testing.T) {
	var b bytes.Buffer
	if err := dl.Encode(&b, enctest.Small(), dl.Options{Names: true}); err != nil {
		t.Fatal(err)
	}
	graphtest.Golden(t, "testdata/small-names.dl", b.Bytes())
}
