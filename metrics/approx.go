package metrics

import (
	"context"
	"math"
	"math/rand/v2"

	"github.com/samkart/samkart/graph"
)

// BetweennessSample returns the sample size of Riondato and Kornaropoulos,
// "Fast approximation of betweenness centrality through sampling", Data
// Mining and Knowledge Discovery 30 (2016), Theorem 2 with c = 0.5:
//
//	r = (c/ε²)(⌊log2(VD−2)⌋ + 1 + ln(1/δ))
//
// where vd bounds the vertex diameter (units on the longest shortest path).
func BetweennessSample(vd int, eps, delta float64) int {
	d := 0.0
	if vd > 2 {
		d = math.Floor(math.Log2(float64(vd - 2)))
	}
	return int(math.Ceil(0.5 / (eps * eps) * (d + 1 + math.Log(1/delta))))
}

// vertexDiameterBound is the paper's 2-approximation: in each component a
// search from one unit; twice its eccentricity in hops, plus one.
func vertexDiameterBound(a adjacency, rng *rand.Rand) int {
	nn := a.len()
	dist := make([]int32, nn)
	for i := range dist {
		dist[i] = -1
	}
	queue := make([]int32, 0, nn)
	vd := 1
	order := rng.Perm(nn)
	for _, s := range order {
		if dist[s] >= 0 {
			continue
		}
		queue = append(queue[:0], int32(s))
		dist[s] = 0
		var ecc int32
		for h := 0; h < len(queue); h++ {
			v := queue[h]
			for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					ecc = dist[w]
					queue = append(queue, w)
				}
			}
		}
		// Every shortest path in the component has at most 2·ecc hops.
		vd = max(vd, int(2*ecc)+1)
	}
	return vd
}

// BetweennessApprox estimates Betweenness (NetworkX normalisation, simple
// unweighted graph) by sampling pairs of units uniformly and one shortest
// path between them uniformly, adding to its interior units; every unit is
// within eps of the exact value with probability at least 1−delta
// (Riondato and Kornaropoulos 2016, see BetweennessSample). The result
// depends only on the network and seed. It stops with ctx's error.
func BetweennessApprox(ctx context.Context, n *graph.Network, eps, delta float64, seed uint64) ([]float64, error) {
	nn := n.Len()
	bc := make([]float64, nn)
	if nn <= 2 {
		return bc, nil
	}
	a := simpleAdjacency(n, false)
	rng := rand.New(rand.NewPCG(seed, 0x5a4b))
	// R–K estimate betweenness over n(n−1) ordered pairs; NetworkX divides
	// by (n−1)(n−2), so the bound is tightened by (n−2)/n.
	scale := float64(nn) / float64(nn-2)
	r := BetweennessSample(vertexDiameterBound(a, rng), eps/scale, delta)
	dist := make([]int32, nn)
	sigma := make([]float64, nn)
	for i := range dist {
		dist[i] = -1
	}
	queue := make([]int32, 0, nn)
	add := scale / float64(r)
	for i := 0; i < r; i++ {
		if i%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		s := int32(rng.IntN(nn))
		t := int32(rng.IntN(nn - 1))
		if t >= s {
			t++
		}
		queue = append(queue[:0], s)
		dist[s], sigma[s] = 0, 1
		for h := 0; h < len(queue); h++ {
			v := queue[h]
			if dist[t] >= 0 && dist[v] >= dist[t] {
				break
			}
			for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		if dist[t] > 0 {
			for v := t; ; {
				x := rng.Float64() * sigma[v]
				var next int32 = -1
				for _, u := range a.nbr[a.off[v]:a.off[v+1]] {
					if dist[u] == dist[v]-1 {
						next = u
						if x -= sigma[u]; x < 0 {
							break
						}
					}
				}
				if next == s {
					break
				}
				bc[next] += add
				v = next
			}
		}
		for _, v := range queue {
			dist[v], sigma[v] = -1, 0
		}
	}
	return bc, nil
}
