package encoding_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

// variant is a file as another tool writes it, and what samkart reads
// from it: every unit, tie and weight, the kinds of contact, the dates,
// the meetings; or the error that refuses it by name.
type variant struct {
	file, format string
	units        string // keys
	ties         string // A-B:WEIGHT of the symmetrised network
	kinds        string // the kinds of the records, comma-separated
	dates        string // the distinct dates of the records, sorted
	meetings     int
	noDates      bool   // the dataset says it has no dates
	warn         string // a warning that says this
	refused      string // the error that says this
	units2       string // when set, each unit's name/municipality/level
}

const (
	abcd = "a,b,c,d"
	ties = "a-b:2,a-c:1.5,b-c:1"
)

// handWritten are the GEXF 1.1 and 1.3 files, as Gephi writes them, and
// the UCINET DL and Pajek files in testdata/variants, written from the
// published descriptions of the formats (gexf.net's GEXF 1.3 primer,
// UCINET's DL language help, Pajek's manual).
var handWritten = []variant{
	{file: "gephi13-static.gexf", units: abcd, ties: "a-b:3,a-c:1.5,b-c:1", kinds: "meeting,phone", noDates: true,
		warn: "the GEXF file's drawing (viz: colours, positions, sizes) is not read"},
	{file: "gephi13-spells.gexf", units: abcd, ties: ties, dates: "2011-09-14,2011-10-01,2011-11-02,2011-11-20",
		warn: "edges with several spells are read as one contact at the start of each spell"},
	{file: "gephi13-timestamps.gexf", units: abcd, ties: ties, dates: "2011-09-14T09:00,2011-10-01T10:00,2011-11-02T13:30,2011-11-20T08:00"},
	{file: "gephi13-dynamic.gexf", units: abcd, ties: "a-b:3,a-c:1.5,b-c:1", kinds: ",meeting", dates: "2011-09-14,2011-10-01,2011-11-02,2011-11-20",
		warn:   "the attribute level changes over time; its latest value is read",
		units2: "NAV Bodø//4 Boligkontoret//4 Rådmannen//3 Husbanken//2"},
	{file: "gephi13-numeric.gexf", units: abcd, ties: ties, noDates: true},
	{file: "gephi11-static.gexf", units: abcd, ties: ties, noDates: true},
	{file: "ucinet-lowerhalf.dl", units: "A,B,C,D", ties: "A-B:2,A-C:1.5,B-C:1", noDates: true},
	{file: "ucinet-lowerhalf-absent.dl", units: abcd, ties: ties, noDates: true},
	{file: "ucinet-upperhalf.dl", units: "A,B,C,D", ties: "A-B:2,A-C:1.5,B-C:1", noDates: true},
	{file: "ucinet-upperhalf-absent.dl", units: abcd, ties: ties, noDates: true},
	{file: "ucinet-rowcol-labels.dl", units: "A,B,C,D", ties: "A-B:2,A-C:1.5,B-C:1", kinds: "meeting,phone", noDates: true},
	{file: "ucinet-embedded.dl", units: abcd, ties: ties, noDates: true},
	{file: "ucinet-matrices.dl", units: abcd, ties: ties, kinds: "meeting,phone", noDates: true},
	{file: "ucinet-edgelist-matrices.dl", units: abcd, ties: ties, kinds: "meeting,phone", noDates: true},
	{file: "ucinet-twomode.dl", units: abcd, ties: "a-b:0.5,a-c:0.5,b-c:1.5", kinds: "", meetings: 3, noDates: true,
		warn: "two-mode file: the 4 rows are units, the 3 columns events"},
	{file: "ucinet-edgelist2.dl", units: abcd, ties: "a-b:0.5,a-c:0.5,b-c:1.5", meetings: 3, noDates: true},
	{file: "ucinet-nodelist1.dl", units: abcd, ties: "a-b:1,a-c:1,b-c:1", noDates: true},
	{file: "ucinet-blockmatrix.dl", refused: "format blockmatrix is not supported"},
	{file: "pajek-relations.net", units: abcd, ties: ties, kinds: "meeting,phone", noDates: true},
	{file: "pajek-relation-lines.net", units: abcd, ties: ties, kinds: "1,2", noDates: true},
	{file: "pajek-twomode.net", units: abcd, ties: "a-b:0.5,a-c:0.5,b-c:1.5", meetings: 3, noDates: true,
		warn: "two-mode file: the first 4 vertices are units, the other 3 events"},
	{file: "pajek-project.paj", format: "pajek", units: abcd, ties: ties, noDates: true, units2: "a/Bodø/0 b/Bodø/0 c/Bodø/0 d/Tromsø/0"},
}

// byTools are the files testdata/clients/variants.py writes with NetworkX
// and python-igraph.
var byTools = []variant{
	{file: "networkx.graphml", units: abcd, ties: ties, kinds: "meeting,phone", dates: "2011-09-14,2011-10-01,2011-11-20"},
	{file: "networkx-multi.graphml", units: abcd, ties: "a-b:3,a-c:1.5,b-c:1", kinds: "meeting,phone", dates: "2011-09-14,2011-09-20,2011-10-01,2011-11-20"},
	{file: "networkx.gexf", units: abcd, ties: ties, kinds: "meeting,phone", dates: "2011-09-14,2011-10-01,2011-11-20"},
	{file: "networkx-directed.gexf", units: abcd, ties: "a-b:2.5,a-c:1.5,b-c:1", kinds: "email,meeting,phone", dates: "2011-09-14,2011-09-15,2011-10-01,2011-11-20"},
	{file: "networkx-dynamic.gexf", units: abcd, ties: ties, dates: "2011-09-14,2011-10-01,2011-11-20"},
	{file: "networkx.json", units: abcd, ties: ties, kinds: "meeting,phone", dates: "2011-09-14,2011-10-01,2011-11-20"},
	{file: "networkx-multi.json", units: abcd, ties: "a-b:3,a-c:1.5,b-c:1", kinds: "meeting,phone", dates: "2011-09-14,2011-09-20,2011-10-01,2011-11-20"},
	// NetworkX's write_pajek writes string attributes only: no level.
	{file: "networkx.net", units: abcd, ties: ties, kinds: "meeting,phone", dates: "2011-09-14,2011-10-01,2011-11-20",
		units2: "NAV Bodø//0 Boligkontoret//0 Rådmannen//0 Husbanken//0"},
	{file: "igraph.graphml", units: abcd, ties: ties, kinds: "meeting,phone", dates: "2011-09-14,2011-10-01,2011-11-20",
		units2: "NAV Bodø//4 Boligkontoret//4 Rådmannen//3 Husbanken//2"},
	{file: "igraph.net", units: "1,2,3,4", ties: "1-2:2,1-3:1.5,2-3:1", noDates: true},
}

func TestVariantsHandWritten(t *testing.T) {
	checkVariants(t, filepath.Join("testdata", "variants"), handWritten)
}

// TestVariantsByTools has NetworkX and python-igraph write the files, when
// /usr/bin/python3 has them, and reads them.
func TestVariantsByTools(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Python")
	}
	if err := exec.Command(python, "-c", "import networkx, igraph").Run(); err != nil {
		t.Skipf("%s with networkx and igraph is not available: %v", python, err)
	}
	dir := t.TempDir()
	if out, err := exec.Command(python, filepath.Join("testdata", "clients", "variants.py"), dir).CombinedOutput(); err != nil {
		t.Fatalf("variants.py: %v\n%s", err, out)
	}
	checkVariants(t, dir, byTools)
}

var formatOfExt = map[string]string{".graphml": "graphml", ".gexf": "gexf", ".json": "nodelink", ".net": "pajek", ".dl": "dl"}

func checkVariants(t *testing.T, dir string, variants []variant) {
	for _, v := range variants {
		t.Run(v.file, func(t *testing.T) {
			name := v.format
			if name == "" {
				name = formatOfExt[filepath.Ext(v.file)]
			}
			f, err := os.Open(filepath.Join(dir, v.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d, err := enctest.Lookup(name).Decode(f, v.file)
			if v.refused != "" {
				var ie *graph.InputError
				if !errors.As(err, &ie) || !strings.Contains(err.Error(), v.refused) {
					t.Fatalf("err %v, want an input error saying %q", err, v.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			n := enctest.Build(t, d)
			if got := enctest.Keys(n); got != v.units {
				t.Errorf("units %s, want %s", got, v.units)
			}
			if got := enctest.Ties(n); got != v.ties {
				t.Errorf("ties %s, want %s", got, v.ties)
			}
			kinds := d.KindsUsed()
			sort.Strings(kinds)
			if got := strings.Join(kinds, ","); got != v.kinds {
				t.Errorf("kinds %q, want %q", got, v.kinds)
			}
			if got := dates(d); got != v.dates {
				t.Errorf("dates %s, want %s", got, v.dates)
			}
			if len(d.Meetings) != v.meetings {
				t.Errorf("%d meetings, want %d", len(d.Meetings), v.meetings)
			}
			if got := d.NoDates.EN != ""; got != v.noDates {
				t.Errorf("no dates %v (%q), want %v", got, d.NoDates.EN, v.noDates)
			}
			if v.units2 != "" {
				var us []string
				for _, u := range d.Units {
					us = append(us, fmt.Sprintf("%s/%s/%d", u.Name, u.Municipality, u.Level))
				}
				if got := strings.Join(us, " "); got != v.units2 {
					t.Errorf("units %s, want %s", got, v.units2)
				}
			}
			if v.warn != "" && !hasWarning(d, v.warn) {
				t.Errorf("no warning %q in %v", v.warn, d.Warnings)
			}
		})
	}
}

// dates returns the distinct dates of d's records, sorted.
func dates(d *graph.Dataset) string {
	seen := map[graph.Date]bool{}
	for _, c := range d.Contacts {
		if c.Date.Valid() {
			seen[c.Date] = true
		}
	}
	for _, m := range d.Meetings {
		if m.Date.Valid() {
			seen[m.Date] = true
		}
	}
	var s []string
	for x := range seen {
		s = append(s, x.String())
	}
	sort.Strings(s)
	return strings.Join(s, ",")
}

func hasWarning(d *graph.Dataset, s string) bool {
	for _, w := range d.Warnings {
		if strings.Contains(w.String(), s) {
			return true
		}
	}
	return false
}
