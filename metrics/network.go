package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// NetworkMeasures are the whole-network measures of a network (the whole
// national network or one municipality's subgraph). Undefined values are
// NaN.
type NetworkMeasures struct {
	Units      int     // units (nodes)
	Ties       int     // ties of the simple graph
	Weight     float64 // total tie weight
	Arcs       int     // arcs of the initiative graph
	Isolates   int     // units without ties
	Components int     // connected components, isolates included
	CutPoints  int     // articulation points

	// Density is 2·ties/(n(n−1)) (NetworkX density); NaN for fewer than
	// two units, where NetworkX returns 0.
	Density float64
	// Fragmentation is Borgatti's 1 − Σ s_k(s_k−1)/(n(n−1)); NaN for n < 2.
	Fragmentation float64
	// DistanceFragmentation is 1 − Σ_{i≠j} (1/d_ij)/(n(n−1)) over hop
	// distances, 1/∞ = 0; NaN for n < 2.
	DistanceFragmentation float64
	// DegreeCentralization is Freeman's Σ (d_max − d_i)/((n−1)(n−2)); NaN
	// for n < 3.
	DegreeCentralization float64
	// BetweennessCentralization is Freeman's Σ (b_max − b_i)/(n−1) over
	// the normalised betweenness of Betweenness; NaN for n < 3.
	BetweennessCentralization float64
	// Transitivity is 3·triangles/connected triples (NetworkX
	// transitivity; 0 without triangles).
	Transitivity float64
	// AverageClustering is the mean local clustering coefficient
	// 2t_i/(d_i(d_i−1)), units of degree < 2 counting 0 (NetworkX
	// average_clustering); NaN for an empty network.
	AverageClustering float64
	// AgencyModularity is the weighted modularity of the partition into
	// agencies (units without an agency together), NaN without ties.
	AgencyModularity float64
}

// Cohesion returns the whole-network measures of n. It runs one
// breadth-first search per unit (for distance fragmentation and
// betweenness centralization); for a network where Paths has been run,
// CohesionWith reuses its results.
func Cohesion(n *graph.Network) *NetworkMeasures {
	return CohesionWith(n, Paths(n, PathOptions{}))
}

// CohesionWith is Cohesion with the path measures pm of the same network.
func CohesionWith(n *graph.Network, pm *PathMeasures) *NetworkMeasures {
	a := simpleAdjacency(n, false)
	return cohesion(n, a, pm, components(a), cutPoints(a))
}

func cohesion(n *graph.Network, a adjacency, pm *PathMeasures, comp *ComponentsResult, cut *CutPointsResult) *NetworkMeasures {
	nn := n.Len()
	m := &NetworkMeasures{
		Units:                 nn,
		Ties:                  len(a.nbr) / 2,
		Arcs:                  len(n.Arcs()),
		Components:            len(comp.Sizes),
		DistanceFragmentation: math.NaN(),
	}
	for _, t := range n.Ties() {
		if t.Weight > 0 && !math.IsInf(t.Weight, 1) {
			m.Weight += t.Weight
		}
	}
	m.Density = math.NaN()
	if nn >= 2 {
		m.Density = float64(2*m.Ties) / (float64(nn) * float64(nn-1))
	}
	m.Fragmentation = fragmentation(comp.Sizes, nn)
	if pm != nil {
		m.DistanceFragmentation = pm.DistanceFragmentation
	}
	for _, c := range cut.CutPoint {
		if c {
			m.CutPoints++
		}
	}

	deg := make([]float64, nn)
	for v := range deg {
		deg[v] = float64(a.off[v+1] - a.off[v])
		if deg[v] == 0 {
			m.Isolates++
		}
	}
	m.DegreeCentralization = freeman(deg, float64(nn-1)*float64(nn-2))
	m.BetweennessCentralization = math.NaN()
	if pm != nil {
		m.BetweennessCentralization = freeman(pm.Betweenness, float64(nn-1))
	}

	tri := triangles(a)
	var triples, closed float64
	clustering := 0.0
	for v, t := range tri {
		d := deg[v]
		triples += d * (d - 1)
		closed += 2 * float64(t)
		if d >= 2 && t > 0 {
			clustering += 2 * float64(t) / (d * (d - 1))
		}
	}
	if closed > 0 {
		m.Transitivity = closed / triples
	}
	m.AverageClustering = math.NaN()
	if nn > 0 {
		m.AverageClustering = clustering / float64(nn)
	}
	of, _ := groupIndex(n, ByAgency)
	m.AgencyModularity = Modularity(n, of, true)
	return m
}

// freeman returns Freeman's centralization Σ (x_max − x_i) / denom; NaN
// for fewer than three units.
func freeman(x []float64, denom float64) float64 {
	if len(x) < 3 {
		return math.NaN()
	}
	mx := math.Inf(-1)
	for _, v := range x {
		mx = math.Max(mx, v)
	}
	s := 0.0
	for _, v := range x {
		s += mx - v
	}
	return s / denom
}
