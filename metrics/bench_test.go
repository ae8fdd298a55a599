package metrics

import (
	"fmt"
	"io"
	"testing"

	"github.com/samkart/samkart/graph"
)

func BenchmarkPathsM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		Paths(n, PathOptions{Weighted: true})
	}
}

// BenchmarkPathsRandom runs the weighted path measures on a fixed-seed
// random network of the M dataset's size (2 682 units, 19 046 ties), which
// needs no generated dataset; its integer weights make many weighted paths
// of equal length.
func BenchmarkPathsRandom(b *testing.B) {
	n := randomNet(b, 1, 2682, 19046)
	b.ResetTimer()
	for range b.N {
		Paths(n, PathOptions{Weighted: true})
	}
}

func BenchmarkPathsUnweightedM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		Paths(n, PathOptions{})
	}
}

func BenchmarkEigenvectorM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		Eigenvector(n)
	}
}

func BenchmarkPageRankM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		PageRank(n)
	}
}

func BenchmarkHolesM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		holes(n)
	}
}

func BenchmarkCutPointsM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		CutPoints(n)
	}
}

// BenchmarkSuiteM runs the whole suite (what `samkart metrics` computes)
// on the generated M dataset; python-igraph's comparable operations take
// 2.35 s there (see bench/compare.sh for the process-level comparison).
func BenchmarkSuiteM(b *testing.B) {
	n := benchNetwork(b, "M")
	b.ResetTimer()
	for range b.N {
		Compute(n, Options{Seed: 1})
	}
}

// BenchmarkSuiteL is BenchmarkSuiteM on the national-scale L dataset
// (26 407 units, 256 958 ties); it takes minutes.
func BenchmarkSuiteL(b *testing.B) {
	n := benchNetwork(b, "L")
	b.ResetTimer()
	for range b.N {
		Compute(n, Options{Seed: 1})
	}
}

// nationalShape returns a generated network of the size of the national
// L dataset's units (356 municipalities of 74 units, 26 344 in all), each
// municipality a ring with chords to the unit five steps on, of three
// agencies and two levels; no tie crosses municipalities, so that Compute
// is quick and the benchmark measures what follows it.
func nationalShape(tb testing.TB) *graph.Network {
	tb.Helper()
	const munis, per = 356, 74
	ds := graph.NewDataset("national-shape")
	agencies := []string{"nav", "bolig", "helse"}
	for m := range munis {
		for i := range per {
			k := fmt.Sprintf("m%03d-u%02d", m, i)
			ds.AddUnit(graph.Unit{Key: k, Name: "Enhet " + k, Agency: agencies[i%3], AgencyLabel: agencies[i%3],
				Level: graph.Level(4 + i%2), Municipality: fmt.Sprintf("Kommune %03d", m)})
		}
	}
	for m := range munis {
		at := func(i int) int32 { id, _ := ds.Lookup(fmt.Sprintf("m%03d-u%02d", m, i%per)); return id }
		for i := range per {
			ds.Contacts = append(ds.Contacts,
				graph.Contact{From: at(i), To: at(i + 1), Weight: float64(1 + i%4), Date: graph.NoDate},
				graph.Contact{From: at(i), To: at(i + 5), Weight: 1, Date: graph.NoDate})
		}
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// BenchmarkSuiteJSON streams the JSON of `samkart metrics` for a network
// of national size (see nationalShape) with WriteJSON.
func BenchmarkSuiteJSON(b *testing.B) {
	r := Compute(nationalShape(b), Options{Seed: 1})
	var size countingWriter
	if err := r.WriteJSON(&size); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := r.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
