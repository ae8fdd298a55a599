package metrics

import (
	"strings"

	"github.com/samkart/samkart/graph"
)

// StructureMeasures are the network measures of cliques and of the
// initiative graph, of the whole network or one municipality.
type StructureMeasures struct {
	Cliques       int     // maximal cliques of MinCliqueSize units or more (CliquesResult.Count)
	LargestClique int     // the clique number (CliquesResult.Largest)
	Reciprocity   float64 // DirectionMeasures.Reciprocity; NaN without arcs
}

// structure computes the k-cores, cliques, initiative-graph measures and
// ego networks of n into u and returns the network's StructureMeasures.
func structure(n *graph.Network, u *UnitMeasures, opt Options, by *Partition, report func(done, total int)) *StructureMeasures {
	const steps = 4
	report(0, steps)
	u.Core = CoreNumber(n)
	cl := Cliques(n)
	u.Cliques = cl.Of
	report(1, steps)
	u.Direction = Direction(n)
	if opt.Directed {
		u.Directed = DirectedPaths(n)
	}
	report(2, steps)
	u.Ego = Ego(n)
	report(3, steps)
	for _, p := range unitPartitions(n, by) {
		u.Composition = append(u.Composition, EgoComposition(n, p))
	}
	report(steps, steps)
	return &StructureMeasures{Cliques: cl.Count, LargestClique: cl.Largest, Reciprocity: u.Direction.Reciprocity}
}

// subgraphStructure is structure's network measures alone, for a
// municipality.
func subgraphStructure(n *graph.Network) *StructureMeasures {
	cl := Cliques(n)
	return &StructureMeasures{Cliques: cl.Count, LargestClique: cl.Largest, Reciprocity: Direction(n).Reciprocity}
}

// unitPartitions are the partitions of the units' composition: agency,
// level and by, when set.
func unitPartitions(n *graph.Network, by *Partition) []Partition {
	ps := []Partition{PartitionBy(n, ByAgency), PartitionBy(n, ByLevel)}
	if by != nil {
		ps = append(ps, *by)
	}
	return ps
}

// byPartition returns the partition of n by the column opt.By, nil when
// there is none or it is agency, level or municipality, which every
// result has.
func byPartition(n *graph.Network, column string) *Partition {
	if column == "" {
		return nil
	}
	p := PartitionByColumn(n, column)
	switch strings.ToLower(p.Name) {
	case ByAgency.String(), ByLevel.String(), ByMunicipality.String():
		return nil
	}
	return &p
}

// eiTests returns the E-I tests of n by each partition, permuted as opt
// asks; report is told of each test done.
func eiTests(n *graph.Network, ps []Partition, opt Options, report func(done, total int)) []*EITest {
	out := make([]*EITest, len(ps))
	report(0, len(ps))
	for i, p := range ps {
		if opt.Permutations < 0 {
			out[i] = EIObserved(n, p)
		} else {
			out[i] = EIPermutationTest(n, p, PermutationOptions{Permutations: opt.Permutations, Seed: opt.Seed})
		}
		report(i+1, len(ps))
	}
	return out
}

// groupPartitions are the partitions of the whole network's E-I tests:
// agency, level, municipality and by, when set.
func groupPartitions(n *graph.Network, by *Partition) []Partition {
	ps := []Partition{PartitionBy(n, ByAgency), PartitionBy(n, ByLevel), PartitionBy(n, ByMunicipality)}
	if by != nil {
		ps = append(ps, *by)
	}
	return ps
}

// municipalityPartitions are the partitions of a municipality's E-I
// tests: agency, level and the column by, when set.
func municipalityPartitions(sub *graph.Network, by string) []Partition {
	ps := []Partition{PartitionBy(sub, ByAgency), PartitionBy(sub, ByLevel)}
	if p := byPartition(sub, by); p != nil {
		ps = append(ps, *p)
	}
	return ps
}

// permutationCount returns the permutations each test of opt draws.
func permutationCount(opt Options) int {
	if opt.Permutations < 0 {
		return 0
	}
	return PermutationOptions{Permutations: opt.Permutations}.count()
}
