package metrics

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/graph/community"

	"github.com/samkart/samkart/graph"
)

// twoCliques is two 5-cliques joined by the tie 4–5.
func twoCliques(t testing.TB) *graph.Network {
	return literalNet(t, plainUnits(10), plainArcs(cliquePairs()...))
}

func cliquePairs() [][2]int {
	var pairs [][2]int
	for _, c := range [][2]int{{0, 5}, {5, 10}} {
		for i := c[0]; i < c[1]; i++ {
			for j := i + 1; j < c[1]; j++ {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	return append(pairs, [2]int{4, 5})
}

// weightedSmall is a small weighted graph with an isolate (node 6).
func weightedSmall(t testing.TB) *graph.Network {
	us := plainUnits(7)
	k := func(i int) string { return us[i].key }
	return literalNet(t, us, []arcSpec{{k(0), k(1), 2}, {k(1), k(2), 0.5}, {k(0), k(2), 1}, {k(2), k(3), 3},
		{k(3), k(4), 1}, {k(4), k(5), 2.5}, {k(3), k(5), 1}})
}

func TestModularityNetworkX(t *testing.T) {
	// Values from NetworkX 2.8.8 nx.algorithms.community.modularity.
	tests := []struct {
		name     string
		n        *graph.Network
		of       []int
		weighted bool
		want     float64
	}{
		{"cliques", twoCliques(t), []int{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, true, 0.45238095238095233},
		{"weighted", weightedSmall(t), []int{0, 0, 0, 1, 1, 1, 2}, true, 0.2231404958677686},
		{"unweighted", weightedSmall(t), []int{0, 0, 0, 1, 1, 1, 2}, false, 0.35714285714285715},
		{"mixed, weighted", weightedSmall(t), []int{0, 1, 2, 0, 1, 2, 1}, true, -0.33884297520661155},
		{"mixed, unweighted", weightedSmall(t), []int{-1, 7, 3, -1, 7, 3, 7}, false, -0.33673469387755106},
	}
	for _, tt := range tests {
		if got := Modularity(tt.n, tt.of, tt.weighted); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	if q := Modularity(weightedSmall(t), []int{0}, true); !math.IsNaN(q) {
		t.Errorf("wrong length: %v", q)
	}
	if q := Modularity(literalNet(t, plainUnits(3), nil), []int{0, 1, 2}, true); !math.IsNaN(q) {
		t.Errorf("no ties: %v", q)
	}
}

func TestNMI(t *testing.T) {
	tests := []struct {
		u, v []int
		want float64
	}{
		// Values from python-igraph compare_communities(method="nmi"), which
		// normalises by the arithmetic mean as scikit-learn does.
		{[]int{0, 0, 0, 1, 1, 1, 2, 2}, []int{0, 0, 1, 1, 1, 2, 2, 2}, 0.5588730382170326},
		{[]int{0, 0, 1, 1, 2, 2, 3, 3, 0, 1}, []int{5, 5, 5, 6, 6, 6, 7, 7, 7, 7}, 0.4630129697516891},
		{[]int{0, 0, 0, 0}, []int{0, 1, 2, 3}, 0},
		{[]int{0, 0, 1, 1}, []int{1, 1, 0, 0}, 1},
		{[]int{3, 3, 3}, []int{9, 9, 9}, 1}, // one class each: scikit-learn's 1
	}
	for _, tt := range tests {
		if got := NMI(tt.u, tt.v); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("NMI(%v, %v) = %v, want %v", tt.u, tt.v, got, tt.want)
		}
	}
	for _, bad := range [][2][]int{{nil, nil}, {{1}, {1, 2}}} {
		if got := NMI(bad[0], bad[1]); !math.IsNaN(got) {
			t.Errorf("NMI(%v, %v) = %v, want NaN", bad[0], bad[1], got)
		}
	}
}

func TestCommunities(t *testing.T) {
	n := twoCliques(t)
	for seed := uint64(0); seed < 5; seed++ {
		c := Communities(n, seed)
		if want := []int{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}; !reflect.DeepEqual(c.Of, want) || c.Count != 2 {
			t.Errorf("seed %d: %v, want %v", seed, c.Of, want)
		}
		if math.Abs(c.Modularity-0.45238095238095233) > 1e-12 || c.Seed != seed || c.Method != LouvainMethod {
			t.Errorf("seed %d: %+v", seed, c)
		}
		if !math.IsNaN(c.SiloIndex) {
			t.Errorf("no agencies: silo index %v", c.SiloIndex)
		}
	}
}

func TestCommunitiesSilo(t *testing.T) {
	// Two cliques that are exactly two agencies: silo index 1.
	units := plainUnits(10)
	for i := range units {
		units[i].agency = "nav"
		if i >= 5 {
			units[i].agency = "helse"
		}
	}
	n := literalNet(t, units, plainArcs(cliquePairs()...))
	if c := Communities(n, 1); c.Count != 2 || math.Abs(c.SiloIndex-1) > 1e-12 {
		t.Errorf("%+v", c)
	}
}

func TestCommunitiesDeterministic(t *testing.T) {
	n := referenceNetwork(t, "lazega-cowork")
	for seed := uint64(0); seed < 3; seed++ {
		a, b := Communities(n, seed), Communities(n, seed)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("seed %d: two runs differ:\n%+v\n%+v", seed, a, b)
		}
		if q := Modularity(n, a.Of, true); q != a.Modularity || q < 0.2 {
			t.Errorf("seed %d: modularity %v", seed, a.Modularity)
		}
		for i, c := range a.Of { // numbered by smallest node ID
			if c > 0 && minIndex(a.Of, c) < minIndex(a.Of, c-1) {
				t.Errorf("seed %d: community %d (node %d) before %d", seed, c, i, c-1)
			}
		}
	}
}

func minIndex(of []int, c int) int {
	for i, x := range of {
		if x == c {
			return i
		}
	}
	return -1
}

func TestCommunitiesEdgeCases(t *testing.T) {
	for _, n := range []*graph.Network{literalNet(t, nil, nil), literalNet(t, plainUnits(1), nil), literalNet(t, plainUnits(4), nil)} {
		c := Communities(n, 7)
		if c.Count != n.Len() || len(c.Of) != n.Len() || !math.IsNaN(c.Modularity) {
			t.Errorf("%d units: %+v", n.Len(), c)
		}
	}
	// An isolate stays alone.
	c := Communities(weightedSmall(t), 3)
	for i := 0; i < 6; i++ {
		if c.Of[i] == c.Of[6] {
			t.Errorf("isolate joined node %d: %v", i, c.Of)
		}
	}
}

// planted generates a fixed-seed planted partition: groups of size
// units, each unit tied to about in units of its group and out others.
func planted(nodes, size, in, out int, seed uint64) *graph.Network {
	rng := rand.New(rand.NewPCG(seed, seed))
	ds := graph.NewDataset("planted")
	for i := 0; i < nodes; i++ {
		ds.AddUnit(graph.Unit{Key: plantedKey(i), Agency: []string{"nav", "helse", "eiendom"}[i%3]})
	}
	for i := 0; i < nodes; i++ {
		base := i / size * size
		for k := 0; k < in/2; k++ {
			j := base + rng.IntN(size)
			if j < nodes && j != i {
				ds.Contacts = append(ds.Contacts, graph.Contact{From: int32(i), To: int32(j), Weight: float64(1 + rng.IntN(3)), Date: graph.NoDate})
			}
		}
		for k := 0; k < out/2; k++ {
			if j := rng.IntN(nodes); j != i {
				ds.Contacts = append(ds.Contacts, graph.Contact{From: int32(i), To: int32(j), Weight: 1, Date: graph.NoDate})
			}
		}
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		panic(err)
	}
	return n
}

func plantedKey(i int) string {
	const digits = "0123456789"
	b := []byte("n000000")
	for p := len(b) - 1; p > 0 && i > 0; p-- {
		b[p] = digits[i%10]
		i /= 10
	}
	return string(b)
}

func TestCommunitiesPlanted(t *testing.T) {
	n := planted(600, 30, 16, 2, 1)
	c := Communities(n, 1)
	// The planted partition: 20 groups of 30.
	planted := make([]int, n.Len())
	for i := range planted {
		planted[i] = i / 30
	}
	if nmi := NMI(planted, c.Of); nmi < 0.95 {
		t.Errorf("NMI with the planted partition %v (%d communities)", nmi, c.Count)
	}
	if q := Modularity(n, planted, true); c.Modularity < q-0.01 {
		t.Errorf("modularity %v, planted partition %v", c.Modularity, q)
	}
}

// BenchmarkCommunities runs Louvain on a generated network of about the
// national size (26 000 units, 250 000 ties).
func BenchmarkCommunities(b *testing.B) {
	n := planted(26000, 80, 16, 4, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Communities(n, 1)
	}
}

// TestCommunitiesAgainstGonum checks that the CSR Louvain finds partitions
// as good as gonum's community.Modularize, which it replaces for speed.
func TestCommunitiesAgainstGonum(t *testing.T) {
	for _, name := range []string{"lazega-cowork", "lazega-advice", "krackhardt-friendship", "padgett-marriage"} {
		n := referenceNetwork(t, name)
		for seed := uint64(1); seed <= 3; seed++ {
			r := community.Modularize(n.Weighted(), 1, rand.NewPCG(seed, seed))
			of := make([]int, n.Len())
			for c, members := range r.Communities() {
				for _, u := range members {
					of[u.ID()] = c
				}
			}
			qGonum := Modularity(n, of, true)
			if q := Communities(n, seed).Modularity; q < qGonum-0.01 {
				t.Errorf("%s seed %d: modularity %v, gonum %v", name, seed, q, qGonum)
			}
		}
	}
}
