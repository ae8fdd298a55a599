package metrics

import "github.com/samkart/samkart/graph"

// MinCliqueSize is the smallest clique Cliques counts: a pair is a tie, not
// a clique.
const MinCliqueSize = 3

// CliquesResult counts the maximal cliques of the simple graph.
type CliquesResult struct {
	// Count is the number of maximal cliques of MinCliqueSize units or
	// more.
	Count int
	// Largest is the clique number: the size of the largest clique (2
	// when the largest is a tie, 1 for units without ties, 0 for an empty
	// network).
	Largest int
	// Of is, per node ID, the number of maximal cliques of MinCliqueSize
	// units or more that the unit belongs to.
	Of []int
}

// Cliques enumerates the maximal cliques of the simple graph (sets of
// units all tied to each other, not contained in a larger such set) with
// the Bron–Kerbosch algorithm, Tomita's pivot rule and a degeneracy
// ordering of the outer loop (Eppstein, Löffler & Strash 2010), and counts
// those of MinCliqueSize units or more. The cliques are those of NetworkX
// 2.8.8 find_cliques(G); Count is the number of them with len ≥ 3, Largest
// is max(len) over all of them (graph_clique_number) and Of[v] the number
// with len ≥ 3 containing v.
func Cliques(n *graph.Network) *CliquesResult {
	a := simpleAdjacency(n, false)
	nn := a.len()
	s := &cliqueSearch{a: a, res: &CliquesResult{Of: make([]int, nn)}}
	_, order := coreNumber(a)
	rank := make([]int32, nn)
	for i, v := range order {
		rank[v] = int32(i)
	}
	for _, v := range order {
		var p, x []int32
		for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
			if rank[w] > rank[v] {
				p = append(p, w)
			} else {
				x = append(x, w)
			}
		}
		s.clique = append(s.clique[:0], v)
		s.expand(p, x)
	}
	return s.res
}

// cliqueSearch is the state of the Bron–Kerbosch recursion: the clique
// being grown and the counts so far.
type cliqueSearch struct {
	a      adjacency
	clique []int32
	res    *CliquesResult
}

// expand reports every maximal clique that extends s.clique with units of
// p (the candidates, tied to all of s.clique) and none of x (those already
// tried); p and x are sorted by node ID.
func (s *cliqueSearch) expand(p, x []int32) {
	if len(p) == 0 {
		if len(x) == 0 {
			s.report()
		}
		return
	}
	// Tomita's pivot: the unit of p ∪ x with the most neighbours in p;
	// only candidates not tied to it need trying.
	pivot, best := int32(-1), -1
	for _, set := range [2][]int32{p, x} {
		for _, u := range set {
			if c := sortedCommon(p, s.nbr(u)); c > best {
				pivot, best = u, c
			}
		}
	}
	try := sortedSubtract(p, s.nbr(pivot))
	p = append([]int32(nil), p...)
	x = append([]int32(nil), x...)
	for _, v := range try {
		nv := s.nbr(v)
		s.clique = append(s.clique, v)
		s.expand(sortedIntersect(p, nv), sortedIntersect(x, nv))
		s.clique = s.clique[:len(s.clique)-1]
		p = sortedRemove(p, v)
		x = sortedInsert(x, v)
	}
}

func (s *cliqueSearch) nbr(v int32) []int32 { return s.a.nbr[s.a.off[v]:s.a.off[v+1]] }

func (s *cliqueSearch) report() {
	k := len(s.clique)
	s.res.Largest = max(s.res.Largest, k)
	if k < MinCliqueSize {
		return
	}
	s.res.Count++
	for _, v := range s.clique {
		s.res.Of[v]++
	}
}

// sortedCommon returns |a ∩ b| for sorted a and b.
func sortedCommon(a, b []int32) int {
	c, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			c++
			i++
			j++
		}
	}
	return c
}

// sortedIntersect returns a ∩ b, sorted, in a new slice.
func sortedIntersect(a, b []int32) []int32 {
	var out []int32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// sortedSubtract returns a \ b, sorted, in a new slice.
func sortedSubtract(a, b []int32) []int32 {
	var out []int32
	j := 0
	for _, v := range a {
		for j < len(b) && b[j] < v {
			j++
		}
		if j == len(b) || b[j] != v {
			out = append(out, v)
		}
	}
	return out
}

// sortedRemove deletes v from the sorted slice a, in place.
func sortedRemove(a []int32, v int32) []int32 {
	for i, w := range a {
		if w == v {
			return append(a[:i], a[i+1:]...)
		}
	}
	return a
}

// sortedInsert adds v to the sorted slice a.
func sortedInsert(a []int32, v int32) []int32 {
	i := len(a)
	for i > 0 && a[i-1] > v {
		i--
	}
	a = append(a, 0)
	copy(a[i+1:], a[i:])
	a[i] = v
	return a
}
