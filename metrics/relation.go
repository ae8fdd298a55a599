package metrics

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Relation is a unit×unit relation for QAP: a value for every ordered
// pair (i, j), i ≠ j, of the n units of a network, indexed by node ID. The
// diagonal is not part of it (sna's diag = FALSE). It is stored either
// sparse (the non-zero cells, as for ties) or by blocks (the value depends
// only on the groups of i and j, as for same-agency), so that a permuted
// relation is never materialised: QAP reads it through the permutation.
type Relation struct {
	Name      string
	Symmetric bool // r(i, j) = r(j, i) for every pair

	n int
	// Sparse form: row i's non-zero cells are col[off[i]:off[i+1]]
	// (sorted) with values val[off[i]:off[i+1]].
	off, col []int32
	val      []float64
	// Block form (group != nil): r(i, j) = block[group[i]·k + group[j]];
	// block row α's non-zero values are nzVal[nzOff[α]:nzOff[α+1]] in
	// the columns nzCol[…].
	group        []int32
	k            int
	block        []float64
	nzOff, nzCol []int32
	nzVal        []float64
}

// Cell is one entry of a sparse relation.
type Cell struct {
	I, J  int32 // node IDs
	Value float64
}

// Len returns the number of units the relation is over.
func (r *Relation) Len() int { return r.n }

// At returns the value of the pair (i, j); 0 on the diagonal.
func (r *Relation) At(i, j int32) float64 {
	if i == j {
		return 0
	}
	return r.at(i, j)
}

// at is At without the diagonal check, for pairs known to be off it.
func (r *Relation) at(i, j int32) float64 {
	if r.group != nil {
		return r.block[int(r.group[i])*r.k+int(r.group[j])]
	}
	lo, hi := r.off[i], r.off[i+1]
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		if r.col[m] < j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < r.off[i+1] && r.col[lo] == j {
		return r.val[lo]
	}
	return 0
}

// NewRelation returns the sparse relation over n units with the given
// cells; values of the same pair add up, and cells on the diagonal or of
// value 0 are left out. It panics when a cell names a unit outside 0..n−1.
func NewRelation(name string, n int, cells []Cell) *Relation {
	cs := make([]Cell, 0, len(cells))
	for _, c := range cells {
		if c.I < 0 || c.J < 0 || int(c.I) >= n || int(c.J) >= n {
			panic(fmt.Sprintf("metrics: relation %s: cell (%d, %d) outside %d units", name, c.I, c.J, n))
		}
		if c.I != c.J && c.Value != 0 {
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		return cs[a].I < cs[b].I || cs[a].I == cs[b].I && cs[a].J < cs[b].J
	})
	r := &Relation{Name: name, n: n, off: make([]int32, n+1)}
	for k, c := range cs {
		if k > 0 && cs[k-1].I == c.I && cs[k-1].J == c.J {
			r.val[len(r.val)-1] += c.Value
			continue
		}
		r.col = append(r.col, c.J)
		r.val = append(r.val, c.Value)
		r.off[c.I+1]++
	}
	for i := range n {
		r.off[i+1] += r.off[i]
	}
	r.Symmetric = r.symmetric()
	return r
}

// NewBinaryRelation is NewRelation with the value 1 for every pair that
// some cell of non-zero value names, however many do.
func NewBinaryRelation(name string, n int, cells []Cell) *Relation {
	r := NewRelation(name, n, cells)
	for i := range r.val {
		r.val[i] = 1
	}
	r.Symmetric = r.symmetric()
	return r
}

// NewBlockRelation returns the relation whose value for the pair (i, j) is
// values[group[i]][group[j]]: a value per pair of groups (a block model).
// A unit with group −1 has value 0 with every other unit. It panics when
// values is not square over the groups used.
func NewBlockRelation(name string, group []int32, values [][]float64) *Relation {
	k := len(values)
	r := &Relation{Name: name, n: len(group), group: make([]int32, len(group)), k: k + 1,
		block: make([]float64, (k+1)*(k+1))}
	for g, row := range values {
		if len(row) != k {
			panic(fmt.Sprintf("metrics: relation %s: block row %d has %d values, want %d", name, g, len(row), k))
		}
		copy(r.block[g*(k+1):], row)
	}
	for i, g := range group {
		switch {
		case g < 0:
			r.group[i] = int32(k) // the missing group: zero row and column
		case int(g) < k:
			r.group[i] = g
		default:
			panic(fmt.Sprintf("metrics: relation %s: unit %d in group %d of %d", name, i, g, k))
		}
	}
	r.nzOff = make([]int32, r.k+1)
	for a := range r.k {
		for b, v := range r.block[a*r.k : a*r.k+r.k] {
			if v != 0 {
				r.nzCol = append(r.nzCol, int32(b))
				r.nzVal = append(r.nzVal, v)
			}
		}
		r.nzOff[a+1] = int32(len(r.nzCol))
	}
	r.Symmetric = r.symmetric()
	return r
}

// NewDenseRelation returns the relation with the given n×n values (the
// diagonal is ignored).
func NewDenseRelation(name string, values [][]float64) *Relation {
	group := make([]int32, len(values))
	for i := range group {
		group[i] = int32(i)
	}
	return NewBlockRelation(name, group, values)
}

// SameGroup returns the relation that is 1 for two units in the same group
// of p and 0 otherwise, also when either unit's group is missing:
// "same-" + p.Name, as UCINET's Data > Attribute to matrix (exact match).
func SameGroup(p Partition) *Relation {
	eye := make([][]float64, len(p.Groups))
	for g := range eye {
		eye[g] = make([]float64, len(p.Groups))
		eye[g][g] = 1
	}
	return NewBlockRelation("same-"+p.Name, p.Of, eye)
}

// symmetric reports whether r(i, j) = r(j, i) everywhere.
func (r *Relation) symmetric() bool {
	if r.group != nil {
		for a := range r.k {
			for b := range a {
				if r.block[a*r.k+b] != r.block[b*r.k+a] {
					return false
				}
			}
		}
		return true
	}
	for i := range r.n {
		for k := r.off[i]; k < r.off[i+1]; k++ {
			if r.at(r.col[k], int32(i)) != r.val[k] {
				return false
			}
		}
	}
	return true
}

// sums returns Σ r(i, j) and Σ r(i, j)² over the ordered pairs i ≠ j.
func (r *Relation) sums() (sum, sumSq float64) {
	if r.group == nil {
		for _, v := range r.val {
			sum += v
			sumSq += v * v
		}
		return sum, sumSq
	}
	size := make([]float64, r.k)
	for _, g := range r.group {
		size[g]++
	}
	for a := range r.k {
		for b := range r.k {
			pairs := size[a] * size[b]
			if a == b {
				pairs -= size[a]
			}
			v := r.block[a*r.k+b]
			sum += v * pairs
			sumSq += v * v * pairs
		}
	}
	return sum, sumSq
}

// TieRelation returns the symmetric relation that gives every tie of n
// value(tie) (ties of value 0 are left out), e.g. the tie weight, 1 for a
// binary relation, or Tie.Formal for the number of formal contacts and
// meetings.
func TieRelation(n *graph.Network, name string, value func(*graph.Tie) float64) *Relation {
	ties := n.Ties()
	cells := make([]Cell, 0, 2*len(ties))
	for i := range ties {
		if v := value(&ties[i]); v != 0 {
			cells = append(cells, Cell{ties[i].A, ties[i].B, v}, Cell{ties[i].B, ties[i].A, v})
		}
	}
	return NewRelation(name, n.Len(), cells)
}

// ArcRelation returns the initiative graph as a directed relation: the
// weight of the contacts from i to j, or 1 for each arc when binary.
func ArcRelation(n *graph.Network, binary bool) *Relation {
	name := "arcs"
	if binary {
		name += "-binary"
	}
	cells := make([]Cell, 0, len(n.Arcs()))
	for _, a := range n.Arcs() {
		v := a.Weight
		if binary {
			v = 1
		}
		cells = append(cells, Cell{a.From, a.To, v})
	}
	return NewRelation(name, n.Len(), cells)
}

// KindRelation returns the symmetric relation of the contacts and meetings
// of one kind (a name as in contacts.csv, normalised with
// graph.NormalizeKind) between the units of n, within its window: their
// weight (meetings projected as in the network), or 1 per pair when
// binary. It fails when n was built without its contact records.
func KindRelation(n *graph.Network, kind string, binary bool) (*Relation, error) {
	d := n.Data
	name := "kind:" + graph.NormalizeKind(kind)
	if binary {
		name += "-binary"
	}
	if len(d.Contacts) == 0 && n.ContactStats().Contacts > 0 {
		return nil, fmt.Errorf("relation %s: the network was read without its contact records", name)
	}
	k, ok := kindIndex(d, kind)
	node := make([]int32, len(d.Units))
	for i := range d.Units {
		id, in := n.Lookup(d.Units[i].Key)
		node[i] = int32(id)
		if !in {
			node[i] = -1
		}
	}
	var cells []Cell
	add := func(a, b int32, w float64) {
		if a < 0 || b < 0 || a == b || !(w > 0) {
			return
		}
		cells = append(cells, Cell{a, b, w}, Cell{b, a, w})
	}
	win := n.Options.Window
	for i := 0; ok && i < len(d.Contacts); i++ {
		if c := &d.Contacts[i]; c.Kind == k && win.Contains(c.Date) {
			add(node[c.From], node[c.To], c.Weight)
		}
	}
	for i := 0; ok && i < len(d.Meetings); i++ {
		m := &d.Meetings[i]
		if m.Kind != k || len(m.Units) < 2 || !win.Contains(m.Date) {
			continue
		}
		w := 1.0
		if n.Options.Projection == graph.ProjectNewman {
			w = 1 / float64(len(m.Units)-1)
		}
		for x, a := range m.Units {
			for _, b := range m.Units[x+1:] {
				add(node[a], node[b], w)
			}
		}
	}
	if binary {
		return NewBinaryRelation(name, n.Len(), cells), nil
	}
	return NewRelation(name, n.Len(), cells), nil
}

// kindIndex returns the Kind of a kind name in d, reporting false when no
// record has it.
func kindIndex(d *graph.Dataset, kind string) (graph.Kind, bool) {
	k := graph.NormalizeKind(kind)
	for i, s := range d.Kinds {
		if i > 0 && s == k {
			return graph.Kind(i), true
		}
	}
	return 0, false
}

// RelationNames lists the names RelationNamed knows; "same-COLUMN" and
// "kind:KIND" stand for any column of units.csv and any contact kind, and
// the tie-based names take a "-binary" suffix.
var RelationNames = []string{"ties", "arcs", "formal", "informal", "kind:KIND",
	"same-agency", "same-level", "same-municipality", "same-COLUMN"}

// RelationNamed returns the relation of n with the given name:
//
//	ties               the tie weight (the symmetrised network)
//	arcs               the weight of the contacts from i to j (initiative, directed)
//	formal, informal   the number of formal or informal contacts and meetings of the tie
//	kind:KIND          the weight of the contacts and meetings of that kind (KindRelation)
//	same-agency, same-level, same-municipality, same-COLUMN
//	                   1 for two units in the same group (SameGroup of PartitionByColumn)
//
// A "-binary" suffix on the first four makes every non-zero value 1.
func RelationNamed(n *graph.Network, name string) (*Relation, error) {
	base, binary := strings.CutSuffix(name, "-binary")
	bin := func(v float64) float64 {
		if binary && v != 0 {
			return 1
		}
		return v
	}
	switch {
	case base == "ties":
		return TieRelation(n, name, func(t *graph.Tie) float64 { return bin(usableWeight(t.Weight)) }), nil
	case base == "arcs":
		return ArcRelation(n, binary), nil
	case base == "formal":
		return TieRelation(n, name, func(t *graph.Tie) float64 { return bin(float64(t.Formal)) }), nil
	case base == "informal":
		return TieRelation(n, name, func(t *graph.Tie) float64 { return bin(float64(t.Informal)) }), nil
	case strings.HasPrefix(base, "kind:") && len(base) > len("kind:"):
		return KindRelation(n, strings.TrimPrefix(base, "kind:"), binary)
	case strings.HasPrefix(name, "same-") && len(name) > len("same-"):
		col := strings.TrimPrefix(name, "same-")
		if p := PartitionByColumn(n, col); len(p.Groups) > 0 {
			return SameGroup(p), nil
		}
		return nil, fmt.Errorf("relation %s: no unit has a value in column %s", name, col)
	}
	return nil, fmt.Errorf("unknown relation %s; known: %s", name, strings.Join(RelationNames, ", "))
}

// usableWeight returns w for a usable tie weight (the simple graph's ties) and
// 0 otherwise.
func usableWeight(w float64) float64 {
	if w > 0 && !math.IsInf(w, 1) {
		return w
	}
	return 0
}
