package gaps_test

import (
	"fmt"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

// fjordvik builds a small municipality in code: the rådmann, NAV, the
// refugee service and the housing office, each reporting to the rådmann.
// NAV and the housing office meet every fortnight through 2011, as do the
// refugee service and the housing office until the end of March.
func fjordvik() *graph.Dataset {
	ds := graph.NewDataset("fjordvik")
	unit := func(key, name, agency string, level graph.Level, parent string) int32 {
		i, _ := ds.AddUnit(graph.Unit{Key: key, Name: name, Agency: agency, Level: level,
			Municipality: "Fjordvik", Parent: parent})
		return i
	}
	radm := unit("radm", "Rådmann Fjordvik", "ledelse", graph.LevelLeadership, "")
	nav := unit("nav", "NAV Fjordvik", "nav", graph.LevelUnit, "radm")
	fly := unit("fly", "Flyktningtjenesten Fjordvik", "flyktning", graph.LevelUnit, "radm")
	bol := unit("bol", "Boligkontoret Fjordvik", "bolig", graph.LevelUnit, "radm")
	day := func(s string) graph.Date {
		t, _ := time.Parse("2006-01-02", s)
		return graph.DateOf(t)
	}
	meet := ds.Kind("meeting")
	add := func(from, to int32, d graph.Date) {
		ds.Contacts = append(ds.Contacts, graph.Contact{From: from, To: to, Date: d, Weight: 1, Kind: meet, Formal: true})
	}
	for d := day("2011-01-04"); d <= day("2011-12-31"); d = d.AddDays(14) {
		add(nav, bol, d)
		if d < day("2011-04-01") {
			add(fly, bol, d)
		}
	}
	for _, u := range []int32{nav, fly, bol} {
		add(u, radm, day("2011-06-01"))
	}
	return ds
}

func ExampleCompute() {
	ds := fjordvik()
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		panic(err)
	}
	r := gaps.Compute(n, gaps.Options{})
	for _, g := range r.Gaps {
		fmt.Println(g.Rank, g.Type, g.A, g.B, g.Scope, g.ExpectedBy, g.Rule)
	}
	for _, f := range r.Fading {
		fmt.Println("fading:", f.A, f.B, f.LastContact, f.DaysSilent, "days silent, usually", f.UsualIntervalDays)
	}
	// Output:
	// 1 horizontal agency:flyktning agency:nav Fjordvik default agencies
	// fading: bol fly 2011-03-29 266 days silent, usually 14
}

func ExampleDiff() {
	ds := fjordvik()
	half := func(from, to string) graph.BuildOptions {
		f, _ := time.Parse("2006-01-02", from)
		t, _ := time.Parse("2006-01-02", to)
		return graph.BuildOptions{Window: graph.Window{From: graph.DateOf(f), To: graph.DateOf(t)}}
	}
	a, _ := graph.Build(ds, half("2011-01-01", "2011-06-30"))
	b, _ := graph.Build(ds, half("2011-07-01", "2011-12-31"))
	d := gaps.Diff(a, b, gaps.DiffOptions{})
	for _, c := range d.Lost {
		fmt.Println("lost:", c.A, c.B, c.Before)
	}
	for _, g := range d.Opened {
		fmt.Println("opened:", g.Rule, g.A, g.B)
	}
	for _, m := range d.Municipalities {
		fmt.Printf("%s: %d → %d ties, %d → %d components\n", m.Municipality,
			m.Before.Ties, m.After.Ties, m.Before.Components, m.After.Components)
	}
	// Output:
	// lost: bol fly 7
	// lost: bol radm 1
	// lost: fly radm 1
	// lost: nav radm 1
	// opened: agencies agency:bolig agency:flyktning
	// opened: parent bol radm
	// opened: parent nav radm
	// opened: parent fly radm
	// Fjordvik: 5 → 1 ties, 1 → 3 components
}
