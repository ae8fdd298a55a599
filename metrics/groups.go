package metrics

import (
	"math"

	"github.com/samkart/samkart/graph"
)

// GroupEI is the E-I index of one group.
type GroupEI struct {
	Group    string  // group key (Attribute.Of)
	Index    float64 // (External − Internal)/(External + Internal); NaN when the group has no qualifying tie
	Internal int     // ties with both ends in the group
	External int     // ties with one end in the group and the other in another known group
	Units    int     // units in the group
}

// EI is Krackhardt and Stern's E-I index of a network under an attribute.
type EI struct {
	By       Attribute
	Index    float64 // (EL − IL)/(EL + IL); NaN when no tie qualifies
	Internal int     // IL: ties within a group
	External int     // EL: ties between groups
	Groups   []GroupEI
}

// EIIndex returns Krackhardt and Stern's E-I index
//
//	E-I = (EL − IL) / (EL + IL)
//
// over the ties of the simple undirected graph, each counted once: EL ties
// join units of different groups under by, IL ties units of one group.
// Ties with the attribute missing at either end are left out. It runs from
// −1 (all ties inside groups: silos) to +1 (all ties across). For group g,
// EL_g counts the ties with exactly one end in g (the other end in a known
// group) and IL_g the ties with both ends in g; Units counts g's units
// whether or not they have ties. Groups are sorted by key (levels
// numerically). Reference: Krackhardt, D. & Stern, R. N. (1988).
// Informal networks and organizational crises: An experimental
// simulation. Social Psychology Quarterly, 51(2), 123–140.
func EIIndex(n *graph.Network, by Attribute) EI {
	of, groups := groupIndex(n, by)
	res := EI{By: by, Groups: make([]GroupEI, len(groups))}
	for g, key := range groups {
		res.Groups[g].Group = key
	}
	for _, g := range of {
		if g >= 0 {
			res.Groups[g].Units++
		}
	}
	for _, t := range n.Ties() {
		a, b := of[t.A], of[t.B]
		if a < 0 || b < 0 {
			continue
		}
		if a == b {
			res.Internal++
			res.Groups[a].Internal++
		} else {
			res.External++
			res.Groups[a].External++
			res.Groups[b].External++
		}
	}
	res.Index = eiRatio(res.External, res.Internal)
	for g := range res.Groups {
		res.Groups[g].Index = eiRatio(res.Groups[g].External, res.Groups[g].Internal)
	}
	return res
}

func eiRatio(e, i int) float64 {
	if e+i == 0 {
		return math.NaN()
	}
	return float64(e-i) / float64(e+i)
}

// BlockMatrix holds the ties between and within the groups of an
// attribute (a block model with the attribute as the partition). Its Ties
// are the mixing matrix of the partition.
type BlockMatrix struct {
	By      Attribute
	Name    string      // the partition's name: By's, or a column's (BlocksOf)
	Groups  []string    // group keys, sorted (levels numerically)
	Units   []int       // units per group
	Ties    [][]int     // Ties[g][h]: ties between groups g and h (within g on the diagonal); symmetric
	Weight  [][]float64 // the same ties' total weight
	Density [][]float64 // Ties over the possible ties; NaN where none is possible
}

// Blocks returns the block matrix of n under by, on the undirected ties
// (each counted once). Units with the attribute missing, and their ties,
// are left out. The density within group g is ties/(n_g(n_g−1)/2), NaN
// when n_g < 2; between groups g ≠ h it is ties/(n_g·n_h). These are the
// block densities of an undirected binary graph as UCINET and R sna's
// blockmodel(…, diag=FALSE) compute them.
func Blocks(n *graph.Network, by Attribute) *BlockMatrix {
	b := BlocksOf(n, PartitionBy(n, by))
	b.By = by
	return b
}

// BlocksOf is Blocks under any partition, such as a column of units.csv
// (PartitionByColumn); its By is left ByAgency and means nothing.
func BlocksOf(n *graph.Network, p Partition) *BlockMatrix {
	of, groups := p.Of, p.Groups
	k := len(groups)
	b := &BlockMatrix{Name: p.Name, Groups: groups, Units: make([]int, k),
		Ties: make([][]int, k), Weight: make([][]float64, k), Density: make([][]float64, k)}
	for g := 0; g < k; g++ {
		b.Ties[g] = make([]int, k)
		b.Weight[g] = make([]float64, k)
		b.Density[g] = make([]float64, k)
	}
	for _, g := range of {
		if g >= 0 {
			b.Units[g]++
		}
	}
	for _, t := range n.Ties() {
		x, y := of[t.A], of[t.B]
		if x < 0 || y < 0 {
			continue
		}
		b.Ties[x][y]++
		b.Weight[x][y] += t.Weight
		if x != y {
			b.Ties[y][x]++
			b.Weight[y][x] += t.Weight
		}
	}
	for g := 0; g < k; g++ {
		for h := 0; h < k; h++ {
			possible := float64(b.Units[g]) * float64(b.Units[h])
			if g == h {
				possible = float64(b.Units[g]) * float64(b.Units[g]-1) / 2
			}
			b.Density[g][h] = math.NaN()
			if possible > 0 {
				b.Density[g][h] = float64(b.Ties[g][h]) / possible
			}
		}
	}
	return b
}

// Index returns the position of group key g in b.Groups, or −1.
func (b *BlockMatrix) Index(g string) int {
	for i, x := range b.Groups {
		if x == g {
			return i
		}
	}
	return -1
}
