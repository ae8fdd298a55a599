package importers

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/samkart/samkart/graph"
)

// genDataset makes a dataset in memory like the synthetic L's, with a
// fixed seed: units with Norwegian ids, and contacts rows of the common
// form (ISO dates, kinds, formal, integer and decimal weights).
func genDataset(units, contacts int) fstest.MapFS {
	r := rand.New(rand.NewPCG(1, 2))
	agencies := []string{"NAV", "EIE", "HO", "FLY", "BOL", "RUS", "BV", "PLAN"}
	kinds := []string{"phone", "informal", "email", "meeting", "case", "seminar", "visit"}
	var u strings.Builder
	u.WriteString("id,name,agency,level,municipality,region,parent\n")
	ids := make([]string, units)
	for i := range ids {
		mun := 1000 + i/40
		ids[i] = fmt.Sprintf("K%04d-%s-%02d", mun, agencies[i%len(agencies)], i%40)
		fmt.Fprintf(&u, "%s,Enhet %d i Kommune %d,%s,unit,Kommune %d,øst,\n", ids[i], i, mun, agencies[i%len(agencies)], mun)
	}
	var c strings.Builder
	c.WriteString("from,to,date,kind,formal,weight\n")
	for i := range contacts {
		a := r.IntN(units)
		b := (a + 1 + r.IntN(units-1)) % units
		day := 1 + i*28/contacts
		formal := ""
		if r.IntN(3) == 0 {
			formal = "yes"
		}
		w := "1"
		if r.IntN(4) == 0 {
			w = "0.5"
		}
		fmt.Fprintf(&c, "%s,%s,2010-02-%02d,%s,%s,%s\n", ids[a], ids[b], day, kinds[r.IntN(len(kinds))], formal, w)
	}
	return fstest.MapFS{
		"gen/units.csv":    {Data: []byte(u.String())},
		"gen/contacts.csv": {Data: []byte(c.String())},
	}
}

// BenchmarkLoad loads a generated dataset of 2000 units and 200 000
// contact rows (about 10 MB) from memory.
func BenchmarkLoad(b *testing.B) {
	fsys := genDataset(2000, 200_000)
	size := len(fsys["gen/units.csv"].Data) + len(fsys["gen/contacts.csv"].Data)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		ds, err := Source{FS: fsys, Dir: "gen"}.Load()
		if err != nil {
			b.Fatal(err)
		}
		if len(ds.Contacts) != 200_000 {
			b.Fatalf("%d contacts", len(ds.Contacts))
		}
	}
}

// BenchmarkLoadL loads the synthetic L dataset (bench/README.md:
// 26 407 units, 5.3 million contact rows, 248 MB) from $SAMKART_BENCH/L or
// ../bench/L relative to the repository root; it skips when that is
// absent. MB/s counts every file of the folder.
func BenchmarkLoadL(b *testing.B) {
	benchFolder(b, filepath.Join(benchDir(), "L"))
}

// BenchmarkLoadM is BenchmarkLoadL for the M dataset (13 MB).
func BenchmarkLoadM(b *testing.B) {
	benchFolder(b, filepath.Join(benchDir(), "M"))
}

// BenchmarkLoadNetworkL is BenchmarkLoadL with the network aggregated while
// reading, as samkart summary and metrics read a dataset folder.
func BenchmarkLoadNetworkL(b *testing.B) {
	dir := filepath.Join(benchDir(), "L")
	skipUnless(b, filepath.Join(dir, "contacts.csv"))
	b.SetBytes(folderSize(dir))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Source{Dir: dir}).LoadNetwork(graph.BuildOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func folderSize(dir string) int64 {
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	var size int64
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			size += fi.Size()
		}
	}
	return size
}

func benchFolder(b *testing.B, dir string) {
	skipUnless(b, filepath.Join(dir, "contacts.csv"))
	b.SetBytes(folderSize(dir))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(dir); err != nil {
			b.Fatal(err)
		}
	}
}
