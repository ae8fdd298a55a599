package report

import (
	"context"
	"fmt"
	"sort"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// MainFindings computes what the main findings of the report on n are
// chosen from (the gaps, the comparison of the municipalities when the
// dataset has two or more, the key players and the units without ties)
// and words them as Build does, for samkart summary. n is the network as
// the report is built on it, with its scope filter; its dataset must
// hold its contacts and meetings (not a network aggregated as it was
// read). The cost is that of the gap analysis and of the key players of
// each municipality: meant for a region, not the whole country.
func MainFindings(ctx context.Context, n *graph.Network, opt Options) ([]text.MainFinding, error) {
	if n == nil {
		return nil, fmt.Errorf("report: no network")
	}
	gopt := opt.Gaps
	if gopt.Scope == "" {
		gopt.Scope = n.Options.Filter.Scope
	}
	whole, err := n.Unscoped()
	if err != nil {
		return nil, err
	}
	gr := gaps.Compute(whole, gopt)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var cmp *compare.Comparison
	if n.Data != nil && len(n.Data.MunicipalityNames()) >= 2 {
		cmp = comparison(whole, opt.Seed, gopt)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ev := evidence(n, gr, cmp, keyPlayers(n, cmp, opt.Seed))
	ev.Suppress = opt.Suppress
	return text.MainFindings(ev), nil
}

// comparison compares the municipalities of whole.
func comparison(whole *graph.Network, seed uint64, gopt gaps.Options) *compare.Comparison {
	return compare.Municipalities(whole, compare.Options{Seed: seed, Gaps: gopt})
}

// evidence gathers what the main findings are chosen from.
func evidence(n *graph.Network, gr *gaps.Report, cmp *compare.Comparison, kps []keyPlayer) text.Evidence {
	ev := text.Evidence{Net: n, Gaps: gr, Comparison: cmp, Scope: n.Options.Filter.Scope}
	if cmp != nil && len(cmp.Municipalities) < 2 {
		ev.Comparison = nil
	}
	for _, x := range kps {
		sub := n
		if x.scope != "" {
			sub = n.Scope(x.scope)
		}
		ev.Dependencies = append(ev.Dependencies, text.Dependency{Key: x.key, Scope: x.scope, Units: sub.Len(), CutOff: cutOff(sub, x.key)})
	}
	for i, u := range n.Units() {
		if n.Degree(int64(i)) == 0 {
			ev.Isolated = append(ev.Isolated, u.Key)
		}
	}
	return ev
}

// keyPlayer is the unit whose loss would split a municipality's network,
// or the whole network, most.
type keyPlayer struct {
	key, scope string
	f          float64 // the fragmentation without it
}

// keyPlayers returns each municipality's key player (KeyPlayers, k = 1)
// among the municipalities with units in n, from the comparison when
// there is one, or the network's when it has fewer than two
// municipalities; those whose loss splits most first.
func keyPlayers(n *graph.Network, cmp *compare.Comparison, seed uint64) []keyPlayer {
	names := municipalitiesIn(n)
	var list []keyPlayer
	if cmp != nil && len(cmp.Municipalities) > 0 && len(names) > 0 {
		in := make(map[string]bool, len(names))
		for _, m := range names {
			in[m] = true
		}
		k := cmp.Measure("key_player_fragmentation")
		for _, r := range cmp.Municipalities {
			if r.KeyPlayer != "" && in[r.Name] {
				list = append(list, keyPlayer{r.KeyPlayer, r.Name, r.Values[k]})
			}
		}
	} else {
		sub, scope := n, ""
		if len(names) == 1 {
			sub, scope = n.Scope(names[0]), names[0]
		}
		if s := metrics.KeyPlayers(sub, 1, seed); len(s.Keys) > 0 {
			list = append(list, keyPlayer{s.Keys[0], scope, s.Fragmentation})
		}
	}
	sort.SliceStable(list, func(a, b int) bool { return list[a].f > list[b].f })
	return list
}

// municipalitiesIn returns the sorted names of the municipalities of n's
// units.
func municipalitiesIn(n *graph.Network) []string {
	seen := make(map[string]bool)
	var names []string
	for _, u := range n.Units() {
		if m := u.Municipality; m != "" && !seen[m] {
			seen[m] = true
			names = append(names, m)
		}
	}
	sort.Strings(names)
	return names
}

// cutOff returns the number of units of the component of unit key in n
// that no longer reach the largest part of it without the unit: 0 when
// the unit is not a cut point.
func cutOff(n *graph.Network, key string) int {
	x, ok := n.Lookup(key)
	if !ok {
		return 0
	}
	seen := make([]bool, n.Len())
	seen[x] = true
	total, largest := 0, 0
	nb, _ := n.Neighbors(x)
	for _, s := range nb {
		if seen[s] {
			continue
		}
		seen[s] = true
		size, queue := 0, []int32{s}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			size++
			next, _ := n.Neighbors(int64(v))
			for _, w := range next {
				if !seen[w] {
					seen[w] = true
					queue = append(queue, w)
				}
			}
		}
		total += size
		largest = max(largest, size)
	}
	return total - largest
}
