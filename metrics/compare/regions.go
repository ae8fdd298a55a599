package compare

import (
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// regionRows groups the municipality rows by region, fills in their
// ranks and differences from the median, and returns the region rows.
func regionRows(n *graph.Network, rows []Row, ncols int, opt Options) []Row {
	var regions []Row
	for lo := 0; lo < len(rows); {
		hi := lo
		for hi < len(rows) && rows[hi].Region == rows[lo].Region {
			hi++
		}
		group := rows[lo:hi]
		reg := Row{Name: group[0].Region, Region: group[0].Region, Municipalities: len(group),
			Columns: nans(ncols), Values: nans(measureCount), Median: make([]float64, measureCount)}
		for i := range group {
			if group[i].Programme == graph.Yes {
				reg.Programmes++
			}
			for k, x := range group[i].Columns {
				if !math.IsNaN(x) {
					if math.IsNaN(reg.Columns[k]) {
						reg.Columns[k] = 0
					}
					reg.Columns[k] += x
				}
			}
			group[i].Rank = make([]int, measureCount)
			group[i].DiffMedian = nans(measureCount)
		}
		vals := make([]float64, 0, len(group))
		for k := 0; k < measureCount; k++ {
			vals = vals[:0]
			for i := range group {
				if x := group[i].Values[k]; !math.IsNaN(x) {
					vals = append(vals, x)
				}
			}
			med := median(vals)
			reg.Median[k] = med
			for i := range group {
				x := group[i].Values[k]
				if math.IsNaN(x) {
					continue
				}
				group[i].DiffMedian[k] = x - med
				group[i].Rank[k] = rank(vals, x, measureInfo[k].Direction)
			}
		}
		judge(group)
		regions = append(regions, reg)
		lo = hi
	}
	if opt.Regions {
		parallel(len(regions), func(i int) {
			reg := &regions[i]
			in := map[string]bool{}
			for _, r := range rows {
				if r.Region == reg.Name {
					in[strings.ToLower(r.Name)] = true
				}
			}
			sub := n.Induced(func(u *graph.Unit) bool {
				if u.Municipality != "" {
					return in[strings.ToLower(u.Municipality)]
				}
				return reg.Name != "" && strings.EqualFold(u.Region, reg.Name)
			})
			gh, gv := 0.0, 0.0
			for _, r := range rows {
				if r.Region == reg.Name {
					gh += r.Values[iGapsHorizontal]
					gv += r.Values[iGapsVertical]
				}
			}
			reg.Values = measure(sub, opt.Seed, &reg.KeyPlayer, &reg.KeyPlayerName)
			reg.Values[iGapsHorizontal], reg.Values[iGapsVertical] = gh, gv
			fillShares(reg.Values, gaps.Shares(sub, "", false).Overall)
		})
	}
	if regions == nil {
		regions = []Row{}
	}
	return regions
}

// rank returns the competition rank of x among vals: 1 plus the number
// of better values (lower ones when lower is better, else higher ones).
func rank(vals []float64, x float64, d Direction) int {
	r := 1
	for _, y := range vals {
		if d == LowerBetter && y < x || d != LowerBetter && y > x {
			r++
		}
	}
	return r
}

// median returns the median of xs (which it sorts), NaN when empty.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	sort.Float64s(xs)
	m := len(xs) / 2
	if len(xs)%2 == 1 {
		return xs[m]
	}
	return (xs[m-1] + xs[m]) / 2
}

func nans(n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = math.NaN()
	}
	return s
}

// parallel calls f(0..n−1) on up to GOMAXPROCS goroutines. Each call
// writes only its own index, so the result does not depend on scheduling.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
