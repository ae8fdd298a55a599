package metrics

import (
	"math"
	"slices"

	"github.com/samkart/samkart/graph"
)

// EgoMeasures are the measures of every unit's ego network on the simple
// graph: the unit (ego), its contacts (alters) and the ties among them,
// ignoring ties that leave the ego network. This is UCINET's ego-network
// model (Network > Ego Networks > Egonet basic measures and Structural
// Holes with Method = Ego network model). Slices are indexed by node ID.
type EgoMeasures struct {
	// Size is the number of contacts: the unit's degree.
	Size []int
	// Ties is the number of ties among the contacts.
	Ties []int
	// Density is Ties over the possible pairs of contacts,
	// 2·Ties/(Size(Size−1)): UCINET's ego density, NetworkX 2.8.8
	// density(G.subgraph(G[v])). NaN for fewer than two contacts.
	Density []float64
	// Constraint is Burt's constraint computed on the ego network alone
	// (UCINET's ego-network model): Σ_j (p_ij + Σ_q p_iq p_qj)² over the
	// contacts j and q of i, with p_iq = 1/Size(i) and p_qj = 1/d_q where
	// d_q counts q's ties inside the ego network (to i and to i's other
	// contacts), not q's ties elsewhere as in Constraint. It is NetworkX
	// 2.8.8 constraint(ego_graph(G, i))[i]; NaN for units without ties.
	Constraint []float64
	// EffectiveSize is Burt's effective size in the ego-network model,
	// Size − 2·Ties/Size (NetworkX 2.8.8 effective_size(ego_graph(G, i))[i]).
	// On binary undirected data it equals the whole-network EffectiveSize,
	// since an alter's marginal strength is 1 either way. NaN for units
	// without ties.
	EffectiveSize []float64
}

// Ego computes the ego-network measures of every unit of n in one pass over
// the two-paths through each unit's contacts: O(Σ deg²).
func Ego(n *graph.Network) *EgoMeasures {
	a := simpleAdjacency(n, false)
	nn := a.len()
	e := &EgoMeasures{Size: make([]int, nn), Ties: make([]int, nn), Density: make([]float64, nn),
		Constraint: make([]float64, nn), EffectiveSize: make([]float64, nn)}
	mark := make([]int32, nn)  // u+1 when the unit is a contact of u
	inner := make([]int32, nn) // a contact's ties to u's other contacts
	acc := make([]float64, nn) // Σ_q p_iq·p_qj, per contact j
	for u := range nn {
		nu := a.nbr[a.off[u]:a.off[u+1]]
		k := len(nu)
		e.Size[u] = k
		if k == 0 {
			e.Density[u], e.Constraint[u], e.EffectiveSize[u] = math.NaN(), math.NaN(), math.NaN()
			continue
		}
		for _, v := range nu {
			mark[v] = int32(u + 1)
		}
		pairs := 0 // ordered pairs of tied contacts: 2·Ties
		for _, q := range nu {
			c := int32(0)
			for _, j := range a.nbr[a.off[q]:a.off[q+1]] {
				c += b2i32(mark[j] == int32(u+1))
			}
			inner[q] = c
			pairs += int(c)
		}
		p := 1 / float64(k)
		for _, q := range nu {
			pq := p / float64(inner[q]+1) // p_iq·p_qj, the same for every j
			for _, j := range a.nbr[a.off[q]:a.off[q+1]] {
				if mark[j] == int32(u+1) {
					acc[j] += pq
				}
			}
		}
		s := 0.0
		for _, j := range nu {
			x := p + acc[j]
			s += x * x
			acc[j] = 0
		}
		e.Ties[u] = pairs / 2
		e.Constraint[u] = s
		e.EffectiveSize[u] = float64(k) - float64(pairs)/float64(k)
		e.Density[u] = math.NaN()
		if k >= 2 {
			e.Density[u] = float64(pairs) / (float64(k) * float64(k-1))
		}
	}
	return e
}

func b2i32(b bool) int32 { return int32(b2i(b)) }

// Composition is the make-up of every unit's contacts under a partition:
// how many contacts it has in each group, and how diverse they are.
type Composition struct {
	Partition Partition
	// Known is, per node ID, the number of contacts whose group is known;
	// shares and Blau's index are over these.
	Known []int
	// Counts is, per node ID, the contacts in each group, groups without
	// contacts left out, in group order.
	Counts [][]GroupCount
	// Blau is Blau's index of heterogeneity of the unit's contacts,
	// 1 − Σ_g p_g², p_g the share of its known contacts in group g (0 when
	// all are in one group; UCINET Egonet composition's heterogeneity).
	// NaN for units without a contact of known group.
	Blau []float64
}

// GroupCount is the number of a unit's contacts in one group.
type GroupCount struct {
	Group    int // index in Partition.Groups
	Contacts int
}

// Share returns the share of v's known contacts in group g, NaN when v has
// none.
func (c *Composition) Share(v int64, g int) float64 {
	if c.Known[v] == 0 {
		return math.NaN()
	}
	for _, x := range c.Counts[v] {
		if x.Group == g {
			return float64(x.Contacts) / float64(c.Known[v])
		}
	}
	return 0
}

// EgoComposition counts every unit's contacts on the simple graph by
// their group under p and computes Blau's index of heterogeneity (Blau,
// P. M. (1977). Inequality and Heterogeneity. New York: Free Press).
func EgoComposition(n *graph.Network, p Partition) *Composition {
	a := simpleAdjacency(n, false)
	nn := a.len()
	c := &Composition{Partition: p, Known: make([]int, nn), Counts: make([][]GroupCount, nn), Blau: make([]float64, nn)}
	count := make([]int, len(p.Groups))
	var seen []int
	for u := range nn {
		seen = seen[:0]
		for _, v := range a.nbr[a.off[u]:a.off[u+1]] {
			g := p.Of[v]
			if g < 0 {
				continue
			}
			if count[g] == 0 {
				seen = append(seen, int(g))
			}
			count[g]++
			c.Known[u]++
		}
		slices.Sort(seen)
		k := float64(c.Known[u])
		sq := 0.0
		if len(seen) > 0 {
			c.Counts[u] = make([]GroupCount, len(seen))
		}
		for i, g := range seen {
			c.Counts[u][i] = GroupCount{Group: g, Contacts: count[g]}
			sh := float64(count[g]) / k
			sq += sh * sh
			count[g] = 0
		}
		c.Blau[u] = math.NaN()
		if c.Known[u] > 0 {
			c.Blau[u] = 1 - sq
		}
	}
	return c
}
