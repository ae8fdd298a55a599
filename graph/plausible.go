package graph

// The rule for isolated dates, which the importers warn about and which
// PlausiblePeriod leaves out (the package documentation states it).
const (
	isolatedLengths = 3   // central periods beyond a quartile that make a date isolated
	isolatedMinDays = 30  // the shortest central period, in days
	isolatedShare   = 100 // at most one record in this many may be isolated on each side
	isolatedRecords = 20  // fewer dated records have no isolated dates
	minutesPerDay   = 24 * 60
)

// DayCount counts dated records by day, for the rule of isolated dates
// (Plausible). Its zero value is empty.
type DayCount struct {
	base  int32   // the day of n[0], in days since 1900-01-01
	n     []int32 // records per day
	total int
}

// dayOf returns the day of d in days since 1900-01-01 (d is valid).
func dayOf(d Date) int32 { return int32((d - 1) / minutesPerDay) }

// dayStart returns the first minute of day i (days since 1900-01-01).
func dayStart(i int32) Date { return Date(i)*minutesPerDay + 1 }

// Add counts a record dated d, nothing for NoDate, and reports whether it
// is the first record of its day.
func (c *DayCount) Add(d Date) bool {
	if !d.Valid() {
		return false
	}
	i := dayOf(d)
	switch {
	case len(c.n) == 0:
		c.base, c.n = i, make([]int32, 1, 512)
	case i < c.base:
		grown := make([]int32, int(c.base-i)+len(c.n), int(c.base-i)+cap(c.n))
		copy(grown[c.base-i:], c.n)
		c.base, c.n = i, grown
	case int(i-c.base) >= len(c.n):
		need := int(i-c.base) + 1
		if need > cap(c.n) {
			grown := make([]int32, len(c.n), max(need, 2*cap(c.n)))
			copy(grown, c.n)
			c.n = grown
		}
		c.n = c.n[:need]
	}
	c.total++
	c.n[i-c.base]++
	return c.n[i-c.base] == 1
}

// Count returns the number of records on the day of d.
func (c *DayCount) Count(d Date) int {
	if !d.Valid() {
		return 0
	}
	i := int(dayOf(d) - c.base)
	if i < 0 || i >= len(c.n) {
		return 0
	}
	return int(c.n[i])
}

// Total returns the number of dated records counted.
func (c *DayCount) Total() int { return c.total }

// at returns the day of the k-th record (from 0) in date order.
func (c *DayCount) at(k int) int32 {
	for i, n := range c.n {
		if k -= int(n); k < 0 {
			return c.base + int32(i)
		}
	}
	return c.base + int32(len(c.n)) - 1
}

// Plausible returns the window of the dates that are not isolated: All
// when no date is. A date is isolated when it lies more than three lengths
// of the central period before its first quartile or after its third
// (Tukey's "far out" fences), the central period being the days from the
// first quartile of the records' dates to the third, and at least 30
// days long, and when the records beyond that fence are at most one in a
// hundred of the dated records (at least one): a few records far from all
// the others are a mistyped year, a tail of many is data. With fewer than
// 20 dated records no date is isolated.
func (c *DayCount) Plausible() Window {
	if c.total < isolatedRecords {
		return All
	}
	q1, q3 := c.at((c.total-1)/4), c.at(3*(c.total-1)/4)
	length := max(q3-q1, isolatedMinDays)
	lo, hi := q1-isolatedLengths*length, q3+isolatedLengths*length
	var below, above int
	for i, n := range c.n {
		switch day := c.base + int32(i); {
		case day < lo:
			below += int(n)
		case day > hi:
			above += int(n)
		}
	}
	most := max(1, c.total/isolatedShare)
	w := All
	if below > 0 && below <= most {
		w.From = dayStart(lo)
	}
	if above > 0 && above <= most {
		w.To = dayStart(hi+1) - 1
	}
	return w
}

// Period returns the first and last dates in w of the days counted, or
// NoDate twice when there are none.
func (c *DayCount) Period(w Window) (first, last Date) {
	first, last = NoDate, NoDate
	for i, n := range c.n {
		if d := dayStart(c.base + int32(i)); n > 0 && w.Contains(d) {
			widen(&first, &last, d)
		}
	}
	return first, last
}

// PlausiblePeriod returns the first and last dates of the network's
// records, the dated contacts and meetings in its window between its
// units (at a meeting, at least two of them), leaving out isolated dates:
// those far outside the bulk of all the dataset's dates, by the rule of
// DayCount.Plausible. It returns NoDate twice when no record is dated.
// Fading ties are judged at its end, so that one mistyped year neither
// moves that end nor creates findings; without isolated dates the end is
// the last date of the records.
func (n *Network) PlausiblePeriod() (first, last Date) {
	first, last = NoDate, NoDate
	d := n.Data
	if d == nil {
		return first, last
	}
	var days DayCount
	for i := range d.Contacts {
		days.Add(d.Contacts[i].Date)
	}
	for i := range d.Meetings {
		days.Add(d.Meetings[i].Date)
	}
	ok := days.Plausible()
	in := make([]bool, len(d.Units))
	for i := range d.Units {
		_, in[i] = n.Lookup(d.Units[i].Key)
	}
	win := n.Options.Window
	member := func(u int32) bool { return u >= 0 && int(u) < len(in) && in[u] }
	for i := range d.Contacts {
		c := &d.Contacts[i]
		if c.Date.Valid() && win.Contains(c.Date) && ok.Contains(c.Date) && member(c.From) && member(c.To) {
			widen(&first, &last, c.Date)
		}
	}
	for i := range d.Meetings {
		m := &d.Meetings[i]
		if !m.Date.Valid() || !win.Contains(m.Date) || !ok.Contains(m.Date) {
			continue
		}
		k := 0
		for _, u := range m.Units {
			if member(u) {
				k++
			}
		}
		if k >= 2 {
			widen(&first, &last, m.Date)
		}
	}
	return first, last
}
