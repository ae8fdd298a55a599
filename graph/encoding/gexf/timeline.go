package gexf

import (
	"cmp"
	"slices"
	"sort"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// timeline is the dated weight of each edge: for every date with
// contacts or meetings between its units, their weight then.
type timeline struct {
	dated   bool
	events  []event   // by edge, then date
	start   []int32   // edge k's events are events[start[k]:start[k+1]]
	undated []float64 // each edge's weight of undated records; nil when none has any
}

// event is the weight of one edge's records at one time; the edge is
// the event's place in events.
type event struct {
	date   graph.Date
	weight float64
}

// timelineOf returns the timeline of every tie of n (every arc when
// directed: contacts only), from the records of n's dataset that Build
// put into n: in its window and relation, between its units, of weight
// other than 0. It passes over the records twice, counting each edge's
// records and then placing them, so that the events take no more room
// than they need and are in edge order without sorting them all.
func timelineOf(n *graph.Network, directed bool) timeline {
	count := len(n.Ties())
	if directed {
		count = len(n.Arcs())
	}
	tl := timeline{start: make([]int32, count+1)}
	d := n.Data
	if d == nil {
		return tl
	}
	node := make([]int32, len(d.Units)) // dataset index → node ID, or −1
	for i := range d.Units {
		node[i] = -1
		if id, ok := n.Lookup(d.Units[i].Key); ok && n.Unit(id) == &d.Units[i] {
			node[i] = int32(id)
		}
	}
	at := func(i int32) int32 {
		if i < 0 || int(i) >= len(node) {
			return -1
		}
		return node[i]
	}
	edge := func(a, b int32) int {
		if directed {
			return arcIndex(n, a, b)
		}
		return tieIndex(n, a, b)
	}
	// The first pass counts each edge's dated records in start[k+1] and
	// sums the undated ones; the second places the dated ones.
	undated := make([]float64, count)
	hasUndated := false
	var fill []int32
	records := func(add func(k int, date graph.Date, w float64)) {
		win, keep := n.Options.Window, n.Options.Relation.Keeps(d)
		for i := range d.Contacts {
			c := &d.Contacts[i]
			if c.Weight == 0 || !win.Contains(c.Date) || !keep(c.Kind, c.Formal) {
				continue
			}
			a, b := at(c.From), at(c.To)
			if a < 0 || b < 0 || a == b {
				continue
			}
			if k := edge(a, b); k >= 0 {
				add(k, c.Date, c.Weight)
			}
		}
		if !directed {
			meetings(n, at, add)
		}
	}
	records(func(k int, date graph.Date, w float64) {
		if !date.Valid() {
			undated[k] += w
			hasUndated = true
			return
		}
		tl.start[k+1]++
	})
	for k := range count {
		tl.start[k+1] += tl.start[k]
	}
	tl.events = make([]event, tl.start[count])
	fill = append([]int32(nil), tl.start[:count]...)
	records(func(k int, date graph.Date, w float64) {
		if date.Valid() {
			tl.events[fill[k]] = event{date, w}
			fill[k]++
		}
	})
	if hasUndated {
		tl.undated = undated
	}
	tl.merge(count)
	return tl
}

// meetings adds the projected weights of n's meetings to the ties.
func meetings(n *graph.Network, at func(int32) int32, add func(int, graph.Date, float64)) {
	d := n.Data
	win, keep := n.Options.Window, n.Options.Relation.Keeps(d)
	var present []int32
	for i := range d.Meetings {
		m := &d.Meetings[i]
		k := len(m.Units)
		if k < 2 || !win.Contains(m.Date) || !keep(m.Kind, m.Formal) {
			continue
		}
		w := 1.0
		if n.Options.Projection == graph.ProjectNewman {
			w = 1 / float64(k-1)
		}
		present = present[:0]
		for _, u := range m.Units {
			if a := at(u); a >= 0 {
				present = append(present, a)
			}
		}
		for x, a := range present {
			for _, b := range present[x+1:] {
				if e := tieIndex(n, a, b); e >= 0 {
					add(e, m.Date, w)
				}
			}
		}
	}
}

// merge orders each edge's events by date, summing those at one time in
// the order of the records, and closes the gaps the sums leave.
func (tl *timeline) merge(count int) {
	out := 0
	for k := range count {
		evs := tl.events[tl.start[k]:tl.start[k+1]]
		slices.SortStableFunc(evs, func(x, y event) int { return cmp.Compare(x.date, y.date) })
		tl.start[k] = int32(out)
		for i, e := range evs {
			if i > 0 && tl.events[out-1].date == e.date {
				tl.events[out-1].weight += e.weight
				continue
			}
			tl.events[out] = e
			out++
		}
	}
	tl.start[count] = int32(out)
	tl.events = tl.events[:out]
	tl.dated = out > 0
}

func (tl *timeline) of(k int) []event { return tl.events[tl.start[k]:tl.start[k+1]] }

// time formats a date for timeformat date, with the time of day when it
// is not midnight (which Gephi reads, and NetworkX keeps as text; its
// read_gexf does not know timeformat dateTime).
func (tl *timeline) time(d graph.Date) string {
	if s := d.Format("15:04"); s != "00:00" {
		return d.Format("2006-01-02T15:04:05")
	}
	return d.Format("2006-01-02")
}

// spells returns edge k's runs of consecutive days with records.
func (tl *timeline) spells(k int) *gexf12.Spells {
	var out []gexf12.Spell
	evs := tl.of(k)
	for i := 0; i < len(evs); {
		first := evs[i].date.Day()
		last := first
		for i < len(evs) && evs[i].date.Day() <= last+1 {
			last = evs[i].date.Day()
			i++
		}
		out = append(out, gexf12.Spell{Start: tl.day(first), End: tl.day(last)})
	}
	if len(out) == 0 {
		return nil
	}
	return &gexf12.Spells{Spells: out}
}

var epoch = time.Unix(0, 0).UTC()

// day formats day d (days since 1970) as a spell's start or end.
func (tl *timeline) day(d int) string {
	return epoch.AddDate(0, 0, d).Format("2006-01-02")
}

// weights returns av with edge k's dynamic weights added: one value at
// each time with records.
func (tl *timeline) weights(k int, av *gexf12.AttValues) *gexf12.AttValues {
	evs := tl.of(k)
	if len(evs) == 0 {
		return av
	}
	if av == nil {
		av = &gexf12.AttValues{}
	}
	for _, e := range evs {
		t := tl.time(e.date)
		av.AttValues = append(av.AttValues, gexf12.AttValue{For: dynamicWeight, Value: netio.FormatFloat(e.weight), Start: t, End: t})
	}
	return av
}

// tieIndex returns the index in n.Ties of the tie between a and b, or −1.
func tieIndex(n *graph.Network, a, b int32) int {
	nbr, ties := n.Neighbors(int64(a))
	k := sort.Search(len(nbr), func(i int) bool { return nbr[i] >= b })
	if k < len(nbr) && nbr[k] == b {
		return int(ties[k])
	}
	return -1
}

// arcIndex returns the index in n.Arcs of the arc a → b, or −1.
func arcIndex(n *graph.Network, a, b int32) int {
	arcs, out := n.Arcs(), n.Out(int64(a))
	k := sort.Search(len(out), func(i int) bool { return arcs[out[i]].To >= b })
	if k < len(out) && arcs[out[k]].To == b {
		return int(out[k])
	}
	return -1
}
