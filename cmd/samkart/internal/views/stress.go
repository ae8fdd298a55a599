package views

import (
	"math"
	"math/rand/v2"
	"sort"

	"github.com/samkart/samkart/graph"
)

// The compare view's small networks are laid out here rather than by
// Graphviz: fifty neato layouts of a few dozen units each cost seconds of
// calls into the WebAssembly Graphviz, one at a time, while the same
// stress majorization (Gansner, Koren and North 2004) in Go takes
// milliseconds. Like neato's mode=major, each connected component is laid
// out so that the distance between two units is as near as can be to
// their number of steps apart times stressEdge, from a seeded random
// start (the same input gives the same positions); nodes closer than
// stressGap are then pushed apart, and the components are packed in rows.

const (
	stressEdge  = 0.35 * 72           // a tie's length, in points (neato's len=0.35)
	stressGap   = cmpDot*72 + 4       // the least distance between two centres
	stressIters = 300                 // the most sweeps of the majorization
	stressTol   = 1e-4                // relative change of the stress at which it stops
	stressMax   = 1500                // the largest network laid out here; larger ones go to Graphviz
	stressPack  = 4 * cmpDot * 72 / 2 // the space between packed components
)

// stressLayout returns the centres of sub's units in points, the top left
// of their extent at about 0, 0.
func stressLayout(sub *graph.Network) [][2]float64 {
	nn := sub.Len()
	pos := make([][2]float64, nn)
	if nn == 0 {
		return pos
	}
	adj := make([][]int32, nn)
	for _, t := range sub.Ties() {
		if t.A == t.B {
			continue
		}
		adj[t.A] = append(adj[t.A], t.B)
		adj[t.B] = append(adj[t.B], t.A)
	}
	// The connected components, each in the order of its first unit.
	comp := make([]int, nn)
	for i := range comp {
		comp[i] = -1
	}
	var comps [][]int32
	for s := range nn {
		if comp[s] >= 0 {
			continue
		}
		c := len(comps)
		members := []int32{int32(s)}
		comp[s] = c
		for k := 0; k < len(members); k++ {
			for _, v := range adj[members[k]] {
				if comp[v] < 0 {
					comp[v] = c
					members = append(members, v)
				}
			}
		}
		sort.Slice(members, func(a, b int) bool { return members[a] < members[b] })
		comps = append(comps, members)
	}
	boxes := make([]stressBox, len(comps))
	for c, members := range comps {
		boxes[c] = layoutComponent(members, adj, pos)
	}
	packComponents(comps, boxes, pos)
	return pos
}

// stressBox is the extent of a laid out component.
type stressBox struct{ minX, minY, maxX, maxY float64 }

// layoutComponent lays out one connected component, members in ascending
// order, writing their centres into pos, and returns its extent.
func layoutComponent(members []int32, adj [][]int32, pos [][2]float64) stressBox {
	k := len(members)
	if k == 1 {
		pos[members[0]] = [2]float64{0, 0}
		return stressBox{}
	}
	local := make(map[int32]int, k)
	for i, m := range members {
		local[m] = i
	}
	// Steps apart, by breadth-first search from each member.
	d := make([]int32, k*k)
	queue := make([]int, 0, k)
	for s := range k {
		row := d[s*k : (s+1)*k]
		for i := range row {
			row[i] = -1
		}
		row[s] = 0
		queue = append(queue[:0], s)
		for q := 0; q < len(queue); q++ {
			u := queue[q]
			for _, v := range adj[members[u]] {
				j := local[v]
				if row[j] < 0 {
					row[j] = row[u] + 1
					queue = append(queue, j)
				}
			}
		}
	}
	// A seeded random start in a square that fits the component.
	rng := rand.New(rand.NewPCG(uint64(k), 1))
	side := math.Sqrt(float64(k)) * stressEdge
	x := make([][2]float64, k)
	for i := range x {
		x[i] = [2]float64{rng.Float64() * side, rng.Float64() * side}
	}
	prev := math.Inf(1)
	for range stressIters {
		for i := range k {
			var nx, ny, ws float64
			row := d[i*k : (i+1)*k]
			for j := range k {
				if j == i {
					continue
				}
				dij := float64(row[j]) * stressEdge
				w := 1 / (dij * dij)
				dx, dy := x[i][0]-x[j][0], x[i][1]-x[j][1]
				l := math.Hypot(dx, dy)
				if l < 1e-9 {
					l, dx = 1e-9, 1e-9
				}
				nx += w * (x[j][0] + dij*dx/l)
				ny += w * (x[j][1] + dij*dy/l)
				ws += w
			}
			x[i] = [2]float64{nx / ws, ny / ws}
		}
		stress := 0.0
		for i := range k {
			row := d[i*k : (i+1)*k]
			for j := i + 1; j < k; j++ {
				dij := float64(row[j]) * stressEdge
				e := math.Hypot(x[i][0]-x[j][0], x[i][1]-x[j][1]) - dij
				stress += e * e / (dij * dij)
			}
		}
		if prev-stress < stressTol*prev {
			break
		}
		prev = stress
	}
	separate(x)
	b := stressBox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for i, m := range members {
		pos[m] = x[i]
		b.minX, b.maxX = math.Min(b.minX, x[i][0]), math.Max(b.maxX, x[i][0])
		b.minY, b.maxY = math.Min(b.minY, x[i][1]), math.Max(b.maxY, x[i][1])
	}
	return b
}

// separate pushes apart the centres closer than stressGap, as neato's
// overlap=false with sep does, in a few sweeps.
func separate(x [][2]float64) {
	for range 20 {
		moved := false
		for i := range x {
			for j := i + 1; j < len(x); j++ {
				dx, dy := x[j][0]-x[i][0], x[j][1]-x[i][1]
				l := math.Hypot(dx, dy)
				if l >= stressGap {
					continue
				}
				if l < 1e-9 {
					dx, dy, l = 1, 0, 1
				}
				push := (stressGap - l) / 2 / l
				x[i][0] -= dx * push
				x[i][1] -= dy * push
				x[j][0] += dx * push
				x[j][1] += dy * push
				moved = true
			}
		}
		if !moved {
			return
		}
	}
}

// packComponents places the components in rows, largest first, in rows
// about as wide as the square root of their total area, and moves their
// units' centres in pos there.
func packComponents(comps [][]int32, boxes []stressBox, pos [][2]float64) {
	if len(comps) == 1 {
		b := boxes[0]
		for _, m := range comps[0] {
			pos[m][0] -= b.minX
			pos[m][1] -= b.minY
		}
		return
	}
	order := make([]int, len(comps))
	area := 0.0
	for c := range order {
		order[c] = c
		b := boxes[c]
		area += (b.maxX - b.minX + stressPack) * (b.maxY - b.minY + stressPack)
	}
	sort.SliceStable(order, func(a, b int) bool { return len(comps[order[a]]) > len(comps[order[b]]) })
	rowW := math.Max(math.Sqrt(area), boxes[order[0]].maxX-boxes[order[0]].minX)
	x, y, rowH := 0.0, 0.0, 0.0
	for _, c := range order {
		b := boxes[c]
		w, h := b.maxX-b.minX, b.maxY-b.minY
		if x > 0 && x+w > rowW {
			x, y, rowH = 0, y+rowH+stressPack, 0
		}
		for _, m := range comps[c] {
			pos[m][0] += x - b.minX
			pos[m][1] += y - b.minY
		}
		x += w + stressPack
		rowH = math.Max(rowH, h)
	}
}
