package graph

import "testing"

// TestPlausible checks the rule of isolated dates.
func TestPlausible(t *testing.T) {
	// every ninth day from 2011-09-01 to 2012-11-30: 46 records
	var bulk []Date
	for d := day("2011-09-01"); d <= day("2012-11-30"); d = d.AddDays(9) {
		bulk = append(bulk, d)
	}
	with := func(extra ...string) []Date {
		ds := append([]Date(nil), bulk...)
		for _, e := range extra {
			ds = append(ds, day(e))
		}
		return ds
	}
	for _, tc := range []struct {
		name     string
		dates    []Date
		from, to string // the window's ends, "" for open
	}{
		{"bulk", bulk, "", ""},
		{"a mistyped year after", with("2021-10-14"), "", "2014-07-11"},
		{"a mistyped year before", with("2001-10-14"), "2010-01-06", ""},
		{"both", with("2001-10-14", "2021-10-14"), "2010-01-15", "2014-07-11"},
		{"too many to be isolated", with("2021-10-14", "2021-10-15"), "", ""},
		{"near enough", with("2014-06-01"), "", ""},
		{"too few records", []Date{day("2011-09-01"), day("2011-09-02"), day("2031-01-01")}, "", ""},
	} {
		var c DayCount
		for _, d := range tc.dates {
			c.Add(d)
		}
		w := c.Plausible()
		if got := w.From.Format("2006-01-02"); got != tc.from {
			t.Errorf("%s: from %q; want %q", tc.name, got, tc.from)
		}
		if got := w.To.Format("2006-01-02"); got != tc.to {
			t.Errorf("%s: to %q; want %q", tc.name, got, tc.to)
		}
		if first, last := c.Period(w); first != day("2011-09-01") && len(tc.dates) > 3 || !last.Valid() {
			t.Errorf("%s: period %s..%s", tc.name, first, last)
		}
	}
}

// TestDayCount checks the counts by day as the range grows both ways.
func TestDayCount(t *testing.T) {
	var c DayCount
	for _, tc := range []struct {
		d     string
		first bool
	}{{"2011-09-14", true}, {"2011-09-14", false}, {"1999-01-01", true}, {"2042-12-31", true}, {"1999-01-01", false}} {
		if got := c.Add(day(tc.d)); got != tc.first {
			t.Errorf("Add(%s) = %t; want %t", tc.d, got, tc.first)
		}
	}
	if c.Add(NoDate) || c.Total() != 5 || c.Count(day("2011-09-14")) != 2 || c.Count(day("1999-01-01")) != 2 ||
		c.Count(day("2042-12-31")) != 1 || c.Count(day("2000-01-01")) != 0 || c.Count(day("2043-01-01")) != 0 {
		t.Errorf("counts: total %d, %d %d %d", c.Total(), c.Count(day("2011-09-14")), c.Count(day("1999-01-01")), c.Count(day("2042-12-31")))
	}
	if first, last := c.Period(All); first != day("1999-01-01") || last != day("2042-12-31") {
		t.Errorf("Period(All) = %s..%s", first, last)
	}
}

// TestPlausiblePeriod checks that one mistyped year does not move the
// end of a network's period, and that the window and the units count.
func TestPlausiblePeriod(t *testing.T) {
	d := NewDataset("x")
	for _, k := range []string{"a", "b", "c"} {
		d.AddUnit(Unit{Key: k, Municipality: map[bool]string{true: "Elsewhere", false: "Here"}[k == "c"]})
	}
	for dt := day("2011-09-01"); dt <= day("2012-11-30"); dt = dt.AddDays(9) {
		d.Contacts = append(d.Contacts, Contact{From: 0, To: 1, Date: dt, Weight: 1})
	}
	d.Contacts = append(d.Contacts, Contact{From: 1, To: 2, Date: day("2012-12-20"), Weight: 1})
	d.Meetings = append(d.Meetings, Meeting{Units: []int32{0, 2}, Date: day("2012-12-24")})
	for _, tc := range []struct {
		name        string
		extra       string
		opt         BuildOptions
		first, last string
	}{
		{"as it is", "", BuildOptions{}, "2011-09-01", "2012-12-24"},
		{"a mistyped year", "2021-10-14", BuildOptions{}, "2011-09-01", "2012-12-24"},
		{"a window", "2021-10-14", BuildOptions{Window: Window{To: day("2012-06-30")}}, "2011-09-01", "2012-06-24"},
		{"without c", "2021-10-14", BuildOptions{Filter: Filter{Scope: "Here"}}, "2011-09-01", "2012-11-24"},
	} {
		ds := *d
		ds.Contacts = append([]Contact(nil), d.Contacts...)
		if tc.extra != "" {
			ds.Contacts = append(ds.Contacts, Contact{From: 0, To: 1, Date: day(tc.extra), Weight: 1})
		}
		n, err := Build(&ds, tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		first, last := n.PlausiblePeriod()
		if first.String() != tc.first || last.String() != tc.last {
			t.Errorf("%s: %s..%s; want %s..%s", tc.name, first, last, tc.first, tc.last)
		}
	}
}
