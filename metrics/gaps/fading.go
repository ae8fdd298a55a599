package gaps

import (
	"slices"
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// The fading-tie rule: a tie with at least FadingMinDays contact days is
// fading when it has been silent for more than FadingFactor times its
// usual interval and more than FadingFloorDays.
const (
	FadingMinDays   = 4  // contact days needed before a tie has a rhythm
	FadingFactor    = 3  // silence, in usual intervals, that counts as fading
	FadingFloorDays = 60 // shortest silence that counts, whatever the rhythm
)

// FadingTie is a tie that was maintained and then stopped.
type FadingTie struct {
	A, B  string // unit keys, A < B
	Scope string // A's municipality, else B's
	// The first and last contact days and the as-of date, 2006-01-02.
	FirstContact, LastContact, AsOf string
	DaysSilent                      int
	UsualIntervalDays               float64
	Contacts                        int // dated contacts and meetings up to AsOf
	ContactDays                     int // distinct days among them
}

// FadingList is a sorted list of fading ties.
type FadingList []FadingTie

// Fading finds ties that were maintained and then stopped, judged against
// each tie's own rhythm and an as-of date, never the clock:
//
//   - as-of is opt.AsOf or, when it is NoDate, the last dated contact or
//     meeting in the network's window; later records are ignored;
//   - a tie's contact days are the distinct days of its dated contacts (in
//     either direction) and of the meetings both units attended; it needs
//     FadingMinDays (4) of them to have a rhythm;
//   - its usual interval is the median gap, in days, between consecutive
//     contact days (the mean of the two middle gaps for an even count);
//   - it is fading when days_silent = as-of − last contact day exceeds
//     max(FadingFactor × usual interval, FadingFloorDays): a fortnightly
//     meeting silent for three months is fading, a tie met once a year is
//     not, and a tie that meets regularly up to the end of the data never
//     is. The floor keeps a weekly tie's summer break from counting.
//
// Findings are sorted by the number of contacts, most first (losing a
// heavily used tie matters most), then by days silent, a and b. The work
// is linear in the contact rows plus the meeting pairs: rows are bucketed
// by tie with a counting sort.
func Fading(n *graph.Network, opt Options) FadingList {
	if n == nil {
		return FadingList{}
	}
	return fading(gapData(n), n, opt)
}

func fading(ds *graph.Dataset, n *graph.Network, opt Options) FadingList {
	node := gapNodes(ds, n)
	asOf := opt.AsOf
	if !asOf.Valid() {
		asOf = fadeLastDate(ds, node, n.Options.Window)
		if !asOf.Valid() {
			return FadingList{}
		}
	}
	limit := asOf.Day()
	inScope := func(u *graph.Unit) bool {
		return opt.Scope == "" || strings.EqualFold(u.Municipality, strings.TrimSpace(opt.Scope))
	}
	days, start := fadeDays(ds, n, node, limit)
	ties, units := n.Ties(), n.Units()
	out := FadingList{}
	asOfDay := gapDay(limit)
	var intervals []int
	for t := range ties {
		seg := days[start[t]:start[t+1]]
		if len(seg) < FadingMinDays {
			continue
		}
		last := slices.Max(seg)
		silent := limit - int(last)
		if silent <= FadingFloorDays {
			continue // a cheap test first: most ties are active
		}
		tie := &ties[t]
		a, b := units[tie.A], units[tie.B]
		if !inScope(a) && !inScope(b) {
			continue
		}
		usual, distinct := fadeRhythm(seg, &intervals)
		if distinct < FadingMinDays || float64(silent) <= FadingFactor*usual {
			continue
		}
		f := FadingTie{
			A: a.Key, B: b.Key, Scope: a.Municipality,
			FirstContact: gapDay(int(seg[0])), LastContact: gapDay(int(last)), AsOf: asOfDay,
			DaysSilent: silent, UsualIntervalDays: usual, Contacts: len(seg), ContactDays: distinct,
		}
		if f.Scope == "" {
			f.Scope = b.Municipality
		}
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := &out[i], &out[j]
		if x.Contacts != y.Contacts {
			return x.Contacts > y.Contacts
		}
		if x.DaysSilent != y.DaysSilent {
			return x.DaysSilent > y.DaysSilent
		}
		if x.A != y.A {
			return x.A < y.A
		}
		return x.B < y.B
	})
	return out
}

// fadeDays returns the days of the dated contacts and meetings of every
// tie of n in its window up to day limit: tie t's are
// days[start[t]:start[t+1]], bucketed with a counting sort.
func fadeDays(ds *graph.Dataset, n *graph.Network, node []int32, limit int) (days, start []int32) {
	ties := n.Ties()
	win := n.Options.Window
	rowTie := make([]int32, len(ds.Contacts))
	cnt := make([]int32, len(ties)+1)
	for i := range ds.Contacts {
		c := &ds.Contacts[i]
		rowTie[i] = -1
		if !c.Date.Valid() || !win.Contains(c.Date) || c.Date.Day() > limit {
			continue
		}
		a, b := gapNode(node, c.From), gapNode(node, c.To)
		if a < 0 || b < 0 || a == b {
			continue
		}
		if t := fadeTie(n, a, b); t >= 0 {
			rowTie[i] = t
			cnt[t+1]++
		}
	}
	var mTie []int32 // meeting pairs: tie, day
	var mDay []int32
	var present []int32
	for i := range ds.Meetings {
		m := &ds.Meetings[i]
		if !m.Date.Valid() || !win.Contains(m.Date) || m.Date.Day() > limit {
			continue
		}
		present = present[:0]
		for _, u := range m.Units {
			if v := gapNode(node, u); v >= 0 {
				present = append(present, v)
			}
		}
		for x, a := range present {
			for _, b := range present[x+1:] {
				if a == b {
					continue
				}
				if t := fadeTie(n, a, b); t >= 0 {
					mTie = append(mTie, t)
					mDay = append(mDay, int32(m.Date.Day()))
					cnt[t+1]++
				}
			}
		}
	}
	for t := range ties {
		cnt[t+1] += cnt[t]
	}
	days = make([]int32, cnt[len(ties)])
	fill := append([]int32(nil), cnt[:len(ties)]...)
	for i, t := range rowTie {
		if t >= 0 {
			days[fill[t]] = int32(ds.Contacts[i].Date.Day())
			fill[t]++
		}
	}
	for k, t := range mTie {
		days[fill[t]] = mDay[k]
		fill[t]++
	}
	return days, cnt
}

// fadeRhythm sorts a tie's days and returns its usual interval, the median
// interval between distinct days, and the number of distinct days;
// intervals is scratch memory. With fewer than FadingMinDays distinct days the
// interval is not computed (0).
func fadeRhythm(seg []int32, intervals *[]int) (usual float64, distinct int) {
	if !slices.IsSorted(seg) {
		slices.Sort(seg)
	}
	g := (*intervals)[:0]
	distinct = 1
	for k := 1; k < len(seg); k++ {
		if seg[k] != seg[k-1] {
			g = append(g, int(seg[k]-seg[k-1]))
			distinct++
		}
	}
	*intervals = g
	if distinct < FadingMinDays {
		return 0, distinct
	}
	return fadeMedian(g), distinct
}

// fadeTie returns the index in n.Ties of the tie between nodes a and b, or
// −1.
func fadeTie(n *graph.Network, a, b int32) int32 {
	nb, ti := n.Neighbors(int64(a))
	if k, ok := slices.BinarySearch(nb, b); ok {
		return ti[k]
	}
	return -1
}

// fadeLastDate returns the last dated contact or meeting in the window
// between units of the network, NoDate when none is dated.
func fadeLastDate(ds *graph.Dataset, node []int32, win graph.Window) graph.Date {
	last := graph.NoDate
	for i := range ds.Contacts {
		c := &ds.Contacts[i]
		if c.Date.Valid() && (!last.Valid() || c.Date > last) && win.Contains(c.Date) &&
			gapNode(node, c.From) >= 0 && gapNode(node, c.To) >= 0 {
			last = c.Date
		}
	}
	for i := range ds.Meetings {
		m := &ds.Meetings[i]
		if !m.Date.Valid() || (last.Valid() && m.Date <= last) || !win.Contains(m.Date) {
			continue
		}
		k := 0
		for _, u := range m.Units {
			if gapNode(node, u) >= 0 {
				k++
			}
		}
		if k >= 2 {
			last = m.Date
		}
	}
	return last
}

// fadeMedian returns the median of intervals (not empty), sorting it.
func fadeMedian(intervals []int) float64 {
	slices.Sort(intervals)
	k := len(intervals)
	if k%2 == 1 {
		return float64(intervals[k/2])
	}
	return float64(intervals[k/2-1]+intervals[k/2]) / 2
}
