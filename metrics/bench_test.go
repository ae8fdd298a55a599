package metrics

import (
	"testing"

	"github.com/samkart/samkart/metrics/internal/benchdata"
)

func BenchmarkPathsM(b *testing.B) {
	n := benchdata.Network(b, "M")
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
	n := benchdata.Network(b, "M")
	b.ResetTimer()
	for range b.N {
		Paths(n, PathOptions{})
	}
}

func BenchmarkEigenvectorM(b *testing.B) {
	n := benchdata.Network(b, "M")
	b.ResetTimer()
	for range b.N {
		Eigenvector(n)
	}
}

func BenchmarkPageRankM(b *testing.B) {
	n := benchdata.Network(b, "M")
	b.ResetTimer()
	for range b.N {
		PageRank(n)
	}
}

func BenchmarkHolesM(b *testing.B) {
	n := benchdata.Network(b, "M")
	b.ResetTimer()
	for range b.N {
		holes(n)
	}
}

func BenchmarkCutPointsM(b *testing.B) {
	n := benchdata.Network(b, "M")
	b.ResetTimer()
	for range b.N {
		CutPoints(n)
	}
}

// BenchmarkSuiteM runs the whole suite (what `samkart metrics` computes)
// on the generated M dataset; python-igraph's comparable operations take
// 2.35 s there (see bench/compare.sh for the process-level comparison).
func BenchmarkSuiteM(b *testing.B) {
	n := benchdata.Network(b, "M")
	b.ResetTimer()
	for range b.N {
		Compute(n, Options{Seed: 1})
	}
}

// BenchmarkSuiteL is BenchmarkSuiteM on the national-scale L dataset
// (26 407 units, 256 958 ties); it takes minutes.
func BenchmarkSuiteL(b *testing.B) {
	n := benchdata.Network(b, "L")
	b.ResetTimer()
	for range b.N {
		Compute(n, Options{Seed: 1})
	}
}
