package metrics

import (
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Partition divides the units of a network into groups by one attribute:
// agency, level, municipality or any column of units.csv. It is the input
// of the permutation test of the E-I index, the ego-network composition and
// the same-group relations of QAP.
type Partition struct {
	Name   string   // the attribute: "agency", "level", "municipality" or the column's name
	Groups []string // group keys, sorted (numerically when every key is an integer)
	Of     []int32  // group index of every node, −1 when its value is missing
}

// PartitionBy returns the partition of n by one of the grouping attributes,
// with the keys and the order of EIIndex and Blocks (Attribute.Of).
func PartitionBy(n *graph.Network, by Attribute) Partition {
	of, groups := groupIndex(n, by)
	p := Partition{Name: by.String(), Groups: groups, Of: make([]int32, len(of))}
	for v, g := range of {
		p.Of[v] = int32(g)
	}
	return p
}

// PartitionByColumn returns the partition of n by a column of units.csv,
// named as in its header (matched without regard to case). "agency",
// "level" and "municipality" (or their Norwegian names etat, nivå,
// kommune) give PartitionBy's partitions; "region" and "parent"
// (overordnet) group by those columns, so that "parent" puts the units
// reporting to one unit together; any other name is an extra column whose
// text is the group key. An empty cell is a missing value. Keys sort as
// integers when all of them are integers and as strings otherwise.
func PartitionByColumn(n *graph.Network, column string) Partition {
	switch strings.ToLower(column) {
	case "agency", "etat", "tjeneste":
		return PartitionBy(n, ByAgency)
	case "level", "nivå", "niva", "nivaa":
		return PartitionBy(n, ByLevel)
	case "municipality", "kommune":
		return PartitionBy(n, ByMunicipality)
	case "region":
		return partitionOf(n, "region", func(u *graph.Unit) string { return u.Region })
	case "parent", "overordnet":
		return partitionOf(n, "parent", func(u *graph.Unit) string { return u.Parent })
	}
	return partitionOf(n, column, func(u *graph.Unit) string {
		for _, a := range u.Attrs {
			if strings.EqualFold(a.Name, column) {
				return a.Value
			}
		}
		return ""
	})
}

// partitionOf groups the units of n by value, "" meaning missing.
func partitionOf(n *graph.Network, name string, value func(*graph.Unit) string) Partition {
	units := n.Units()
	p := Partition{Name: name, Of: make([]int32, len(units))}
	idx := make(map[string]int32)
	for _, u := range units {
		if k := value(u); k != "" {
			if _, ok := idx[k]; !ok {
				idx[k] = 0
				p.Groups = append(p.Groups, k)
			}
		}
	}
	sortGroupKeys(p.Groups)
	for i, g := range p.Groups {
		idx[g] = int32(i)
	}
	for v, u := range units {
		p.Of[v] = -1
		if k := value(u); k != "" {
			p.Of[v] = idx[k]
		}
	}
	return p
}

// sortGroupKeys sorts group keys numerically when all are integers ("2" before
// "10"; "01" before "1"), as text otherwise.
func sortGroupKeys(keys []string) {
	nums := make(map[string]int64, len(keys))
	for _, k := range keys {
		x, err := strconv.ParseInt(k, 10, 64)
		if err != nil {
			sort.Strings(keys)
			return
		}
		nums[k] = x
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := nums[keys[i]], nums[keys[j]]
		return a < b || a == b && keys[i] < keys[j]
	})
}

// Sizes returns the number of units in every group.
func (p Partition) Sizes() []int {
	s := make([]int, len(p.Groups))
	for _, g := range p.Of {
		if g >= 0 {
			s[g]++
		}
	}
	return s
}
