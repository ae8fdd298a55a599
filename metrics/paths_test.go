package metrics

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"

	"github.com/samkart/samkart/graph"
)

// edgeNet builds a network of nn units named u00, u01, … from undirected
// weighted edges {a, b, w}.
func edgeNet(t testing.TB, nn int, edges [][3]float64) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("test")
	for i := 0; i < nn; i++ {
		k := fmt.Sprintf("u%02d", i)
		ds.AddUnit(graph.Unit{Key: k, Name: k})
	}
	for _, e := range edges {
		ds.Contacts = append(ds.Contacts, graph.Contact{From: int32(e[0]), To: int32(e[1]), Weight: e[2], Date: graph.NoDate})
	}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// randomNet is a fixed-seed random network whose integer weights make many
// weighted paths of equal length.
func randomNet(t testing.TB, seed uint64, nn, ties int) *graph.Network {
	r := rand.New(rand.NewPCG(seed, seed))
	var e [][3]float64
	for range ties {
		a, b := r.IntN(nn), r.IntN(nn)
		e = append(e, [3]float64{float64(a), float64(b), float64(1 + r.IntN(3))})
	}
	return edgeNet(t, nn, e)
}

func TestPathsSmall(t *testing.T) {
	// Values by hand; they agree with NetworkX 2.8.8.
	tests := []struct {
		name                       string
		nn                         int
		edges                      [][3]float64
		btw, btwW, close, harmonic []float64
		distFrag                   float64
	}{
		{name: "path a-b-c", nn: 3, edges: [][3]float64{{0, 1, 1}, {1, 2, 1}},
			btw: []float64{0, 1, 0}, btwW: []float64{0, 1, 0},
			close: []float64{2.0 / 3, 1, 2.0 / 3}, harmonic: []float64{1.5, 2, 1.5},
			distFrag: 1 - 5.0/6},
		{name: "star", nn: 4, edges: [][3]float64{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}},
			btw: []float64{1, 0, 0, 0}, btwW: []float64{1, 0, 0, 0},
			close: []float64{1, 0.6, 0.6, 0.6}, harmonic: []float64{3, 2, 2, 2},
			distFrag: 1 - 9.0/12},
		// Square with two strong ties (length 0.5) and two weak ones (1):
		// weighted, 0 and 2 are closest through 1 (1.0 against 2.0), while
		// 1 and 3 have two routes of 1.5, through 0 and through 2.
		{name: "square", nn: 4, edges: [][3]float64{{0, 1, 2}, {1, 2, 2}, {2, 3, 1}, {3, 0, 1}},
			btw: []float64{1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}, btwW: []float64{1.0 / 6, 1.0 / 3, 1.0 / 6, 0},
			close: []float64{0.75, 0.75, 0.75, 0.75}, harmonic: []float64{2.5, 2.5, 2.5, 2.5},
			distFrag: 1 - 10.0/12},
		{name: "isolate and dyad", nn: 3, edges: [][3]float64{{0, 1, 1}},
			btw: []float64{0, 0, 0}, btwW: []float64{0, 0, 0},
			close: []float64{0.5, 0.5, 0}, harmonic: []float64{1, 1, 0},
			distFrag: 1 - 2.0/6},
		{name: "single unit", nn: 1,
			btw: []float64{0}, btwW: []float64{0}, close: []float64{0}, harmonic: []float64{0},
			distFrag: math.NaN()},
		{name: "empty", nn: 0, distFrag: math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pm := Paths(edgeNet(t, tt.nn, tt.edges), PathOptions{Weighted: true})
			for name, c := range map[string][2][]float64{
				"betweenness": {pm.Betweenness, tt.btw}, "betweenness_weighted": {pm.BetweennessWeighted, tt.btwW},
				"closeness": {pm.Closeness, tt.close}, "harmonic": {pm.Harmonic, tt.harmonic},
			} {
				if len(c[0]) != len(c[1]) {
					t.Fatalf("%s: %d values, want %d", name, len(c[0]), len(c[1]))
				}
				for i := range c[0] {
					if math.Abs(c[0][i]-c[1][i]) > 1e-12 {
						t.Errorf("%s[%d] = %v, want %v", name, i, c[0][i], c[1][i])
					}
				}
			}
			if got := pm.DistanceFragmentation; !(math.Abs(got-tt.distFrag) <= 1e-12 || math.IsNaN(got) && math.IsNaN(tt.distFrag)) {
				t.Errorf("distance fragmentation = %v, want %v", got, tt.distFrag)
			}
		})
	}
}

// exactBetweenness is Brandes' algorithm in exact rational arithmetic:
// lengths 1/weight as big.Rat, so equal path lengths are always equal.
func exactBetweenness(n *graph.Network, weighted bool) []float64 {
	nn := n.Len()
	off, nbr, tie := n.CSR()
	ties := n.Ties()
	length := func(k int32) *big.Rat {
		if !weighted {
			return big.NewRat(1, 1)
		}
		r := new(big.Rat).SetFloat64(ties[tie[k]].Weight)
		return r.Inv(r)
	}
	bc := make([]*big.Rat, nn)
	for i := range bc {
		bc[i] = new(big.Rat)
	}
	for s := 0; s < nn; s++ {
		dist := make([]*big.Rat, nn)
		sigma := make([]*big.Int, nn)
		pred := make([][]int, nn)
		done := make([]bool, nn)
		var order []int
		dist[s], sigma[s] = new(big.Rat), big.NewInt(1)
		for {
			w := -1
			for v := 0; v < nn; v++ {
				if !done[v] && dist[v] != nil && (w < 0 || dist[v].Cmp(dist[w]) < 0) {
					w = v
				}
			}
			if w < 0 {
				break
			}
			done[w] = true
			order = append(order, w)
			for k := off[w]; k < off[w+1]; k++ {
				v := int(nbr[k])
				if done[v] {
					continue
				}
				alt := new(big.Rat).Add(dist[w], length(k))
				switch {
				case dist[v] == nil || alt.Cmp(dist[v]) < 0:
					dist[v], sigma[v], pred[v] = alt, new(big.Int).Set(sigma[w]), []int{w}
				case alt.Cmp(dist[v]) == 0:
					sigma[v].Add(sigma[v], sigma[w])
					pred[v] = append(pred[v], w)
				}
			}
		}
		delta := make([]*big.Rat, nn)
		for i := range delta {
			delta[i] = new(big.Rat)
		}
		for i := len(order) - 1; i > 0; i-- {
			w := order[i]
			c := new(big.Rat).Add(big.NewRat(1, 1), delta[w])
			c.Quo(c, new(big.Rat).SetInt(sigma[w]))
			for _, v := range pred[w] {
				delta[v].Add(delta[v], new(big.Rat).Mul(new(big.Rat).SetInt(sigma[v]), c))
			}
			bc[w].Add(bc[w], delta[w])
		}
	}
	out := make([]float64, nn)
	for i, b := range bc {
		if nn > 2 {
			b.Mul(b, big.NewRat(1, int64((nn-1)*(nn-2))))
		}
		out[i], _ = b.Float64()
	}
	return out
}

// TestBetweennessExact checks both betweenness measures against exact
// rational arithmetic on random networks, sparse ones among them, whose
// many leaves are folded into their neighbours' weighted searches.
func TestBetweennessExact(t *testing.T) {
	leaves := 0
	for seed := uint64(1); seed <= 9; seed++ {
		ties := 90
		if seed > 6 {
			ties = 45
		}
		n := randomNet(t, seed, 40, ties)
		base, _ := usefulRows(simpleAdjacency(n, true))
		for _, k := range foldLeaves(base) {
			leaves += b2i(k < 0)
		}
		pm := Paths(n, PathOptions{Weighted: true})
		for _, c := range []struct {
			name string
			got  []float64
			w    bool
		}{{"unweighted", pm.Betweenness, false}, {"weighted", pm.BetweennessWeighted, true}} {
			want := exactBetweenness(n, c.w)
			for v := range want {
				if math.Abs(c.got[v]-want[v]) > 1e-12*math.Max(1, want[v]) {
					t.Errorf("seed %d %s: betweenness of %d = %.17g, exact %.17g", seed, c.name, v, c.got[v], want[v])
				}
			}
		}
	}
	if leaves < 10 {
		t.Errorf("only %d leaves folded", leaves)
	}
}

// TestPathsDeterministic checks that results are bit-identical whatever the
// number of cores, although the goroutines share the ties they prune.
func TestPathsDeterministic(t *testing.T) {
	n := randomNet(t, 7, 300, 1500)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var ref *PathMeasures
	for _, procs := range []int{1, 2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		pm := Paths(n, PathOptions{Weighted: true})
		if ref == nil {
			ref = pm
			continue
		}
		for v := range pm.Betweenness {
			if pm.Betweenness[v] != ref.Betweenness[v] || pm.BetweennessWeighted[v] != ref.BetweennessWeighted[v] ||
				pm.Closeness[v] != ref.Closeness[v] || pm.Harmonic[v] != ref.Harmonic[v] {
				t.Fatalf("GOMAXPROCS=%d: unit %d differs", procs, v)
			}
		}
	}
}

// TestPruningExact checks that dropping the ties on no shortest path
// changes nothing, bit for bit, against searches on all ties: the
// settling order, and with it the order of every sum, must not depend on
// which useless ties a search still sees. The second network's weights
// are so far apart that its searches run through the overflow heap.
func TestPruningExact(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    *graph.Network
	}{
		{"random", randomNet(t, 8, 200, 1200)},
		{"extreme", extremeNet(t, 10, 60, 400)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := tc.n
			a := simpleAdjacency(n, true)
			nn := n.Len()
			pruned, log := usefulRows(a)
			whole := rows{start: a.off[:nn], end: a.off[1:], nbr: a.nbr, length: a.length, unresolved: pruned.unresolved}
			if len(pruned.nbr) >= len(whole.nbr) {
				t.Fatalf("two-step test dropped nothing (%d of %d kept)", len(pruned.nbr), len(whole.nbr))
			}
			sc := newPathScratch(nn, true, queueMinLen(a, pruned))
			got, want := make([]float64, nn), make([]float64, nn)
			seen := 0
			for s := int32(0); int(s) < nn; s++ {
				sc.dijkstra(whole, s, want, 0)
				sc.endSearch()
				sc.dijkstra(pruned, s, got, 0)
				seen = log.exchange(&pruned, s, sc.useless(pruned, s, log.margin), seen)
				sc.endSearch()
			}
			for v := range got {
				if got[v] != want[v] {
					t.Errorf("unit %d: %.17g pruned, %.17g on all ties", v, got[v], want[v])
				}
			}
			kept := 0
			for u := range pruned.end {
				kept += int(pruned.end[u] - pruned.start[u])
			}
			t.Logf("kept %d of %d adjacency entries", kept, len(whole.nbr))
		})
	}
}

func ExamplePaths() {
	// Three units in a line, a–b strong (weight 3), b–c weak (1).
	ds := graph.NewDataset("example")
	for _, k := range []string{"a", "b", "c"} {
		ds.AddUnit(graph.Unit{Key: k, Name: k})
	}
	ds.Contacts = []graph.Contact{{From: 0, To: 1, Weight: 3, Date: graph.NoDate}, {From: 1, To: 2, Weight: 1, Date: graph.NoDate}}
	n, _ := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	pm := Paths(n, PathOptions{Weighted: true})
	for v, u := range n.Units() {
		fmt.Println(u.Key, pm.Betweenness[v], strconv.FormatFloat(pm.Closeness[v], 'f', 3, 64), pm.Harmonic[v])
	}
	fmt.Println("distance fragmentation", strconv.FormatFloat(pm.DistanceFragmentation, 'f', 3, 64))
	// Output:
	// a 0 0.667 1.5
	// b 1 1.000 2
	// c 0 0.667 1.5
	// distance fragmentation 0.167
}

// floatBetweenness is a plain weighted Brandes in float64: Dijkstra by
// linear scan, shortest paths recognised with the same relative tolerance
// as Paths. It is the reference where float64 cannot resolve the lengths
// and exact arithmetic would disagree with any float implementation.
func floatBetweenness(n *graph.Network) []float64 {
	nn := n.Len()
	off, nbr, tie := n.CSR()
	ties := n.Ties()
	bc := make([]float64, nn)
	for s := 0; s < nn; s++ {
		dist := make([]float64, nn)
		sigma := make([]float64, nn)
		done := make([]bool, nn)
		pred := make([][]int, nn)
		for i := range dist {
			dist[i] = math.Inf(1)
		}
		dist[s], sigma[s] = 0, 1
		var order []int
		for {
			w := -1
			for v := 0; v < nn; v++ {
				if !done[v] && dist[v] < math.Inf(1) && (w < 0 || dist[v] < dist[w] || dist[v] == dist[w] && v < w) {
					w = v
				}
			}
			if w < 0 {
				break
			}
			done[w] = true
			order = append(order, w)
			for k := off[w]; k < off[w+1]; k++ {
				v := int(nbr[k])
				if l := 1 / ties[tie[k]].Weight; dist[w]+l < dist[v] {
					dist[v] = dist[w] + l
				}
			}
			if w != s {
				for k := off[w]; k < off[w+1]; k++ {
					v := int(nbr[k])
					l := 1 / ties[tie[k]].Weight
					// A unit settled before w at its distance is a
					// predecessor when its tie is within the tolerance.
					if done[v] && v != w && dist[v] <= dist[w] && math.Abs(dist[v]+l-dist[w]) <= eqTol*dist[w] {
						sigma[w] += sigma[v]
						pred[w] = append(pred[w], v)
					}
				}
			}
		}
		delta := make([]float64, nn)
		for i := len(order) - 1; i > 0; i-- {
			w := order[i]
			for _, v := range pred[w] {
				delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
			}
			bc[w] += delta[w]
		}
	}
	if nn > 2 {
		for v := range bc {
			bc[v] /= float64(nn-1) * float64(nn-2)
		}
	}
	return bc
}

// TestBetweennessExtremeWeights covers tie weights so far apart that the
// bucket queue cannot span the distances and its overflow heap orders the
// search (float64 cannot resolve such lengths either, so the reference is
// a plain float Brandes, not exact arithmetic).
func TestBetweennessExtremeWeights(t *testing.T) {
	for seed := range uint64(12) {
		n := extremeNet(t, seed, 40, 120)
		got := Paths(n, PathOptions{Weighted: true}).BetweennessWeighted
		want := floatBetweenness(n)
		for v := range want {
			if !(math.Abs(got[v]-want[v]) <= 1e-12*math.Max(1, want[v])) {
				t.Errorf("seed %d: betweenness of %d = %.17g, want %.17g", seed, v, got[v], want[v])
			}
		}
	}
}

// extremeNet returns a random network of nn units and up to ties ties
// whose weights lie so far apart (1e-3 to 1e17) that the bucket queue
// cannot span the distances.
func extremeNet(t testing.TB, seed uint64, nn, ties int) *graph.Network {
	r := rand.New(rand.NewPCG(seed, seed))
	weights := []float64{1e-3, 1, 2, 3, 1e5, 1e17}
	var e [][3]float64
	for range ties {
		e = append(e, [3]float64{float64(r.IntN(nn)), float64(r.IntN(nn)), weights[r.IntN(len(weights))]})
	}
	return edgeNet(t, nn, e)
}
