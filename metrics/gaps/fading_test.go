package gaps

import (
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/internal/benchdata"
)

// TestFadingTurnoverM checks that gen.py's planted staff turnover shows up
// as fading ties: a unit that left should have at least one fading tie
// whose last contact is on or before the day it left. On M (seed 1) 143
// of the 146 leavers do.
func TestFadingTurnoverM(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the M dataset")
	}
	n := benchdata.Network(t, "M")
	tr := benchdata.ReadTruth(t, "M")
	left := map[string]string{}
	for _, x := range tr.Turnover {
		left[x.Left] = x.LeftDay
	}
	found := map[string]bool{}
	fading := Fading(n, Options{})
	for _, f := range fading {
		for _, u := range []string{f.A, f.B} {
			if day, ok := left[u]; ok && f.LastContact <= day {
				found[u] = true
			}
		}
	}
	if len(left) == 0 || float64(len(found)) < 0.9*float64(len(left)) {
		t.Errorf("%d of %d leavers have a fading tie, want at least 90%%", len(found), len(left))
	}
	t.Logf("%d of %d leavers found among %d fading ties", len(found), len(left), len(fading))
}

// TestFadingRhythm checks the rule on single ties built in code: the
// rhythm, the floor and the minimum number of contact days.
func TestFadingRhythm(t *testing.T) {
	for _, tc := range []struct {
		name  string
		days  []int // contact days of the tie a–b; the data ends on day 400 (another tie)
		fades bool
	}{
		{"fortnightly, silent 3 months", []int{0, 14, 28, 42, 56, 70, 84, 98, 112, 126, 140, 154, 168, 182, 196, 210, 224, 238, 252, 266, 280, 294, 308}, true},
		{"fortnightly to the end", []int{0, 14, 28, 42, 56, 70, 84, 98, 112, 126, 140, 154, 168, 182, 196, 210, 224, 238, 252, 266, 280, 294, 308, 322, 336, 350, 364, 378, 392}, false},
		{"weekly, silent 59 days (under the floor)", []int{250, 257, 264, 271, 278, 285, 292, 299, 306, 313, 320, 327, 334, 341}, false},
		{"weekly, silent 61 days", []int{250, 257, 264, 271, 278, 285, 292, 299, 306, 313, 320, 327, 334, 339}, true},
		{"weekly with a summer break, to the end", []int{150, 157, 164, 171, 178, 185, 234, 241, 248, 255, 262, 269, 276, 283, 290, 297, 304, 311, 318, 325, 332, 339, 346, 353, 360, 367, 374, 381, 388, 395}, false},
		{"yearly, silent 370 days", []int{-1065, -700, -335, 30}, false},
		{"three contacts only", []int{0, 7, 14}, false},
		{"four contacts, long silent", []int{0, 7, 14, 21}, true},
		{"same day repeated", []int{0, 0, 0, 0, 14, 14}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := graph.NewDataset(tc.name)
			a, _ := ds.AddUnit(graph.Unit{Key: "a"})
			b, _ := ds.AddUnit(graph.Unit{Key: "b"})
			c, _ := ds.AddUnit(graph.Unit{Key: "c"})
			base := graph.DateOf(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC))
			for _, d := range tc.days {
				ds.Contacts = append(ds.Contacts, graph.Contact{From: a, To: b, Weight: 1, Date: base.AddDays(d)})
			}
			ds.Contacts = append(ds.Contacts, graph.Contact{From: b, To: c, Weight: 1, Date: base.AddDays(400)})
			n, err := graph.Build(ds, graph.BuildOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := Fading(n, Options{})
			if fades := len(got) == 1; fades != tc.fades || len(got) > 1 {
				t.Errorf("fading = %+v, want fading %v", got, tc.fades)
			}
		})
	}
}
