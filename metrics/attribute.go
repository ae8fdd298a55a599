package metrics

import (
	"sort"
	"strconv"

	"github.com/samkart/samkart/graph"
)

// Attribute is a unit attribute that divides units into groups for the
// group measures (E-I index, block densities): the horizontal grouping by
// agency, the vertical one by level, or the municipality.
type Attribute int

// The grouping attributes.
const (
	ByAgency Attribute = iota
	ByLevel
	ByMunicipality
)

// String returns "agency", "level" or "municipality".
func (a Attribute) String() string {
	switch a {
	case ByAgency:
		return "agency"
	case ByLevel:
		return "level"
	case ByMunicipality:
		return "municipality"
	}
	return "attribute(" + strconv.Itoa(int(a)) + ")"
}

// Of returns u's group key under a: the normalised agency key, the level
// as an integer string ("4") or the municipality. It reports false when u
// has no value: an empty agency, level 0 (unknown) or an empty
// municipality.
func (a Attribute) Of(u *graph.Unit) (string, bool) {
	if u == nil {
		return "", false
	}
	switch a {
	case ByAgency:
		return u.Agency, u.Agency != ""
	case ByLevel:
		if !u.Level.Known() {
			return "", false
		}
		return strconv.Itoa(int(u.Level)), true
	case ByMunicipality:
		return u.Municipality, u.Municipality != ""
	}
	return "", false
}

// groupIndex assigns every unit of n its group index under a, −1 when the
// attribute is missing, and returns the sorted group keys. Levels sort
// numerically, the other attributes as strings.
func groupIndex(n *graph.Network, a Attribute) (of []int, groups []string) {
	units := n.Units()
	seen := make(map[string]bool)
	for _, u := range units {
		if g, ok := a.Of(u); ok && !seen[g] {
			seen[g] = true
			groups = append(groups, g)
		}
	}
	sortGroups(groups, a)
	idx := make(map[string]int, len(groups))
	for i, g := range groups {
		idx[g] = i
	}
	of = make([]int, len(units))
	for i, u := range units {
		of[i] = -1
		if g, ok := a.Of(u); ok {
			of[i] = idx[g]
		}
	}
	return of, groups
}

func sortGroups(groups []string, a Attribute) {
	if a == ByLevel {
		sort.Slice(groups, func(i, j int) bool {
			x, _ := strconv.Atoi(groups[i])
			y, _ := strconv.Atoi(groups[j])
			return x < y
		})
		return
	}
	sort.Strings(groups)
}
