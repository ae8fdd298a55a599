package metrics

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/internal/benchdata"
)

// generatedNetwork builds a fixed-seed network shaped like the bench M
// dataset: 2 700 units in 50 municipalities of 54, nine agencies, levels 3
// to 6, and about 19 000 ties, most inside a municipality and half of
// those inside an agency, with contacts in both directions for a third of
// the pairs.
func generatedNetwork(tb testing.TB) *graph.Network {
	tb.Helper()
	genOnce.Do(func() { genNet, genErr = buildGenerated() })
	if genErr != nil {
		tb.Fatal(genErr)
	}
	return genNet
}

var (
	genOnce sync.Once
	genNet  *graph.Network
	genErr  error
)

func buildGenerated() (*graph.Network, error) {
	const munis, per, tiesPerUnit = 50, 54, 10
	r := rand.New(rand.NewPCG(2700, 19000))
	agencies := []string{"nav", "helse", "bolig", "eiendom", "flyktning", "rus", "barnevern", "plan", "ledelse"}
	ds := graph.NewDataset("generated")
	for m := range munis {
		for i := range per {
			ds.AddUnit(graph.Unit{Key: fmt.Sprintf("M%02d-U%02d", m, i), Agency: agencies[i%len(agencies)],
				Level: graph.Level(3 + r.IntN(4)), Municipality: fmt.Sprintf("M%02d", m)})
		}
	}
	n := munis * per
	for u := range n {
		m := u / per
		for range tiesPerUnit {
			var v int
			switch x := r.Float64(); {
			case x < 0.4: // same municipality, same agency
				v = m*per + (u%per%len(agencies) + len(agencies)*r.IntN(per/len(agencies)))
			case x < 0.8: // same municipality
				v = m*per + r.IntN(per)
			default:
				v = r.IntN(n)
			}
			if v == u {
				continue
			}
			ds.Contacts = append(ds.Contacts, graph.Contact{From: int32(u), To: int32(v), Weight: float64(1 + r.IntN(3)), Date: graph.NoDate})
			if r.IntN(3) == 0 {
				ds.Contacts = append(ds.Contacts, graph.Contact{From: int32(v), To: int32(u), Weight: 1, Date: graph.NoDate})
			}
		}
	}
	return graph.Build(ds, graph.BuildOptions{Window: graph.All})
}

func TestGeneratedNetwork(t *testing.T) {
	n := generatedNetwork(t)
	if n.Len() != 2700 || len(n.Ties()) < 17000 || len(n.Ties()) > 21000 {
		t.Errorf("%d units, %d ties", n.Len(), len(n.Ties()))
	}
}

// BenchmarkEIPermutation is 10 000 permutations of the agency labels on
// the generated network (2 700 units, ~19 000 ties).
func BenchmarkEIPermutation(b *testing.B) {
	n := generatedNetwork(b)
	p := PartitionBy(n, ByAgency)
	b.ResetTimer()
	for range b.N {
		EIPermutationTest(n, p, PermutationOptions{Permutations: 10000, Seed: 1})
	}
}

// BenchmarkEIPermutationMunicipality is BenchmarkEIPermutation with the 50
// municipalities as groups.
func BenchmarkEIPermutationMunicipality(b *testing.B) {
	n := generatedNetwork(b)
	p := PartitionBy(n, ByMunicipality)
	b.ResetTimer()
	for range b.N {
		EIPermutationTest(n, p, PermutationOptions{Permutations: 10000, Seed: 1})
	}
}

// BenchmarkQAPCorrelate is 10 000 permutations of the QAP correlation of
// the tie weights with same-agency on the generated network.
func BenchmarkQAPCorrelate(b *testing.B) {
	n := generatedNetwork(b)
	y, _ := RelationNamed(n, "ties")
	x, _ := RelationNamed(n, "same-agency")
	b.ResetTimer()
	for range b.N {
		if _, err := QAPCorrelate(y, x, QAPOptions{PermutationOptions: PermutationOptions{Permutations: 10000, Seed: 1}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQAPRegress is 10 000 permutations of the semi-partialling
// regression of the tie weights on same-agency, same-level and
// same-municipality on the generated network.
func BenchmarkQAPRegress(b *testing.B) {
	n := generatedNetwork(b)
	y, _ := RelationNamed(n, "ties")
	var xs []*Relation
	for _, name := range []string{"same-agency", "same-level", "same-municipality"} {
		x, _ := RelationNamed(n, name)
		xs = append(xs, x)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := QAPRegress(y, xs, QAPOptions{PermutationOptions: PermutationOptions{Permutations: 10000, Seed: 1}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQAPRegressSparse regresses the binary ties on a sparse relation
// (the reciprocated pairs) and same-agency, 10 000 permutations: cross
// products between two sparse relations look cells up by binary search.
func BenchmarkQAPRegressSparse(b *testing.B) {
	n := generatedNetwork(b)
	y, _ := RelationNamed(n, "ties-binary")
	x, _ := RelationNamed(n, "same-agency")
	sym := TieRelation(n, "reciprocated", func(t *graph.Tie) float64 {
		return b2f(hasArc(n, t.A, t.B) && hasArc(n, t.B, t.A))
	})
	b.ResetTimer()
	for range b.N {
		if _, err := QAPRegress(y, []*Relation{sym, x}, QAPOptions{PermutationOptions: PermutationOptions{Permutations: 10000, Seed: 1}}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDirectedPaths(b *testing.B) {
	n := generatedNetwork(b)
	b.ResetTimer()
	for range b.N {
		DirectedPaths(n)
	}
}

func BenchmarkCliques(b *testing.B) {
	n := generatedNetwork(b)
	b.ResetTimer()
	for range b.N {
		Cliques(n)
	}
}

func BenchmarkEgo(b *testing.B) {
	n := generatedNetwork(b)
	b.ResetTimer()
	for range b.N {
		Ego(n)
	}
}

// BenchmarkEIPermutationM is BenchmarkEIPermutation on the generated M
// dataset (2 682 units), when it is beside the repository.
func BenchmarkEIPermutationM(b *testing.B) {
	n := benchdata.Network(b, "M")
	p := PartitionBy(n, ByAgency)
	b.ResetTimer()
	for range b.N {
		EIPermutationTest(n, p, PermutationOptions{Permutations: 10000, Seed: 1})
	}
}

// BenchmarkQAPCorrelateM is BenchmarkQAPCorrelate on the generated M
// dataset.
func BenchmarkQAPCorrelateM(b *testing.B) {
	n := benchdata.Network(b, "M")
	y, _ := RelationNamed(n, "ties")
	x, _ := RelationNamed(n, "same-agency")
	b.ResetTimer()
	for range b.N {
		if _, err := QAPCorrelate(y, x, QAPOptions{PermutationOptions: PermutationOptions{Permutations: 10000, Seed: 1}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQAPRegressM is BenchmarkQAPRegress on the generated M dataset.
func BenchmarkQAPRegressM(b *testing.B) {
	n := benchdata.Network(b, "M")
	y, _ := RelationNamed(n, "ties")
	var xs []*Relation
	for _, name := range []string{"same-agency", "same-level", "same-municipality"} {
		x, _ := RelationNamed(n, name)
		xs = append(xs, x)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := QAPRegress(y, xs, QAPOptions{PermutationOptions: PermutationOptions{Permutations: 10000, Seed: 1}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuiteGenerated runs Compute on the generated network without
// and with the E-I permutation tests (10 000 permutations by agency,
// level and municipality, and by agency and level in each of the 50
// municipalities): the cost the tests add to `samkart metrics`.
func BenchmarkSuiteGenerated(b *testing.B) {
	n := generatedNetwork(b)
	for _, perms := range []int{-1, 10000} {
		b.Run(fmt.Sprintf("permutations=%d", max(perms, 0)), func(b *testing.B) {
			for range b.N {
				Compute(n, Options{Seed: 1, Permutations: perms})
			}
		})
	}
}
