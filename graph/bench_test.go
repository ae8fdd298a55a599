package graph_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// BenchmarkBuildL aggregates the contacts of the synthetic L dataset (5.3
// million contact rows; importers/bench/README.md) into a Network; it
// reads $SAMKART_BENCH/L or ../bench/L relative to the repository root and
// skips when that is absent.
func BenchmarkBuildL(b *testing.B) {
	dir := os.Getenv("SAMKART_BENCH")
	if dir == "" {
		dir = filepath.Join("..", "..", "bench")
	}
	dir = filepath.Join(dir, "L")
	if _, err := os.Stat(filepath.Join(dir, "contacts.csv")); err != nil {
		b.Skipf("no L dataset in %s (see importers/bench/README.md)", dir)
	}
	ds, err := importers.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := graph.Build(ds, graph.BuildOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
