package metrics

import (
	"sort"

	"github.com/samkart/samkart/graph"
)

// BrokerRoles counts the Gould–Fernandez brokerage roles of one unit.
type BrokerRoles struct {
	Coordinator    int // w_I: i, b and j in one agency
	Itinerant      int // w_O: i and j in one agency, b in another
	Representative int // b_IO: b in i's agency, j in another
	Gatekeeper     int // b_OI: b in j's agency, i in another
	Liaison        int // b_O: i, b and j in three different agencies
}

// Total returns the number of two-paths that b brokers, whatever the role.
func (r BrokerRoles) Total() int {
	return r.Coordinator + r.Itinerant + r.Representative + r.Gatekeeper + r.Liaison
}

// Brokerage returns the Gould–Fernandez (1989) brokerage role counts of
// every unit (indexed by node ID) on the directed, binary initiative graph
// (an arc i → j when i ever contacted j), with the agency as the class and
// the units without an agency forming one class of their own.
//
// Unit b brokers each ordered two-path i → b → j with i ≠ j and no arc
// i → j; the role depends on the classes of i, b and j:
//
//	coordinator     A → A → A
//	itinerant       A → B → A
//	representative  A → A → B   (b represents its group to another)
//	gatekeeper      A → B → B   (b admits an outsider to its group)
//	liaison         A → B → C
//
// These are the raw counts of R sna::brokerage(g, cl)$raw.nli, columns
// w_I, w_O, b_IO, b_OI and b_O (Gould, R. V. & Fernandez, R. M. (1989).
// Structures of mediation: A formal approach to brokerage in transaction
// networks. Sociological Methodology, 19, 89–126).
//
// It walks every two-path once, testing for the arc i → j by binary search
// in i's sorted out-arcs: O(Σ_b in(b)·out(b)·log d).
func Brokerage(n *graph.Network) []BrokerRoles {
	nn := n.Len()
	roles := make([]BrokerRoles, nn)
	if nn == 0 {
		return roles
	}
	class := make([]int32, nn)
	ids := map[string]int32{}
	for i, u := range n.Units() {
		c, ok := ids[u.Agency]
		if !ok {
			c = int32(len(ids))
			ids[u.Agency] = c
		}
		class[i] = c
	}
	arcs := n.Arcs()
	// out[i] lists i's arc heads in increasing order (Arcs is sorted by
	// (From, To)), for the binary search.
	outOff := make([]int32, nn+1)
	outTo := make([]int32, len(arcs))
	for k, a := range arcs {
		outOff[a.From+1]++
		outTo[k] = a.To
	}
	for i := 0; i < nn; i++ {
		outOff[i+1] += outOff[i]
	}
	out := func(i int32) []int32 { return outTo[outOff[i]:outOff[i+1]] }
	hasArc := func(i, j int32) bool {
		o := out(i)
		k := sort.Search(len(o), func(x int) bool { return o[x] >= j })
		return k < len(o) && o[k] == j
	}
	for b := int32(0); b < int32(nn); b++ {
		ob := out(b)
		if len(ob) == 0 {
			continue
		}
		r := &roles[b]
		cb := class[b]
		for _, ai := range n.In(int64(b)) {
			i := arcs[ai].From
			ci := class[i]
			for _, j := range ob {
				if j == i || hasArc(i, j) {
					continue
				}
				cj := class[j]
				switch {
				case ci == cb && cb == cj:
					r.Coordinator++
				case ci == cb:
					r.Representative++
				case cb == cj:
					r.Gatekeeper++
				case ci == cj:
					r.Itinerant++
				default:
					r.Liaison++
				}
			}
		}
	}
	return roles
}
