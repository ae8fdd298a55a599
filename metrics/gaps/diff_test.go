package gaps

import (
	"math"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/internal/benchdata"
)

// gapsNet builds a network of units (key, municipality) and weighted ties
// given as pairs of keys.
func gapsNet(t testing.TB, units [][2]string, ties []struct {
	a, b string
	w    float64
}) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("test")
	for _, u := range units {
		ds.AddUnit(graph.Unit{Key: u[0], Municipality: u[1]})
	}
	for _, e := range ties {
		a, _ := ds.Lookup(e.a)
		b, _ := ds.Lookup(e.b)
		ds.Contacts = append(ds.Contacts, graph.Contact{From: a, To: b, Weight: e.w})
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

type gapsTie = struct {
	a, b string
	w    float64
}

func TestDiffStats(t *testing.T) {
	units := [][2]string{{"a", "X"}, {"b", "X"}, {"c", "X"}, {"d", "X"}, {"e", "Y"}, {"f", ""}}
	n := gapsNet(t, units, []gapsTie{{"a", "b", 1}, {"c", "d", 2}, {"d", "f", 1}, {"a", "e", 1}})
	s := diffStats(n)
	// X: 4 units, 2 ties inside (a–e and d–f leave it), components {a,b}
	// and {c,d}: density 2/6, fragmentation 1 − (2+2)/12.
	want := map[string]NetStats{
		"x": {Units: 4, Ties: 2, Density: 2.0 / 6, Components: 2, Fragmentation: 1 - 4.0/12},
		"y": {Units: 1, Ties: 0, Density: 0, Components: 1, Fragmentation: 0},
	}
	if len(s) != len(want) {
		t.Fatalf("%d municipalities, want %d", len(s), len(want))
	}
	for k, w := range want {
		g := s[k].NetStats
		if g.Units != w.Units || g.Ties != w.Ties || g.Components != w.Components ||
			math.Abs(g.Density-w.Density) > 1e-12 || math.Abs(g.Fragmentation-w.Fragmentation) > 1e-12 {
			t.Errorf("%s: got %+v, want %+v", k, g, w)
		}
	}
}

func TestDiffThreshold(t *testing.T) {
	units := [][2]string{{"a", "X"}, {"b", "X"}, {"c", "X"}, {"d", "X"}, {"e", "X"}}
	before := gapsNet(t, units, []gapsTie{{"a", "b", 10}, {"a", "c", 10}, {"a", "d", 1}, {"b", "c", 2}, {"b", "d", 3}})
	after := gapsNet(t, units, []gapsTie{{"a", "b", 14}, {"a", "c", 16}, {"a", "d", 1.5}, {"b", "c", 0.5}, {"d", "e", 1}})
	for _, tc := range []struct {
		opt                        DiffOptions
		gained, lost, up, down     int
		upFirst, downFirst, gainAB string
	}{
		// 10→14 is 40 %: too little; 10→16 is up; 1→1.5 moves only 0.5;
		// 2→0.5 is down; b–d is lost and d–e gained.
		{DiffOptions{}, 1, 1, 1, 1, "a-c", "b-c", "d-e"},
		{DiffOptions{Threshold: 0.3}, 1, 1, 2, 1, "a-c", "b-c", "d-e"},
		{DiffOptions{Threshold: 0.3, MinChange: 0.4}, 1, 1, 3, 1, "a-c", "b-c", "d-e"},
	} {
		r := Diff(before, after, tc.opt)
		if len(r.Gained) != tc.gained || len(r.Lost) != tc.lost || len(r.Strengthened) != tc.up || len(r.Weakened) != tc.down {
			t.Errorf("%+v: gained %v lost %v strengthened %v weakened %v", tc.opt, r.Gained, r.Lost, r.Strengthened, r.Weakened)
			continue
		}
		if s := r.Strengthened[0].A + "-" + r.Strengthened[0].B; s != tc.upFirst {
			t.Errorf("%+v: first strengthened %s, want %s", tc.opt, s, tc.upFirst)
		}
		if s := r.Weakened[0].A + "-" + r.Weakened[0].B; s != tc.downFirst {
			t.Errorf("%+v: first weakened %s, want %s", tc.opt, s, tc.downFirst)
		}
		if s := r.Gained[0].A + "-" + r.Gained[0].B; s != tc.gainAB {
			t.Errorf("%+v: gained %s, want %s", tc.opt, s, tc.gainAB)
		}
	}
}

// BenchmarkGapsL times the whole gaps report on the generated L dataset
// (5.3M contact rows, see benchNetwork), skipped when it is absent. Run
// with -benchtime=1x.
func BenchmarkGapsL(b *testing.B) {
	n := benchdata.Network(b, "L")
	b.ResetTimer()
	for b.Loop() {
		Compute(n, Options{})
	}
}

// BenchmarkGapsPartsL times the four parts of the report on L separately.
func BenchmarkGapsPartsL(b *testing.B) {
	n := benchdata.Network(b, "L")
	b.Run("gaps", func(b *testing.B) {
		for b.Loop() {
			Find(n, Options{})
		}
	})
	b.Run("uncoordinated", func(b *testing.B) {
		for b.Loop() {
			Uncoordinated(n, Options{})
		}
	})
	b.Run("fading", func(b *testing.B) {
		for b.Loop() {
			Fading(n, Options{})
		}
	})
	b.Run("shares", func(b *testing.B) {
		for b.Loop() {
			Shares(n, "", false)
		}
	})
}

// BenchmarkDiffL times Diff between the two years of L (the networks are
// built before the timer starts).
func BenchmarkDiffL(b *testing.B) {
	ds := benchdata.Network(b, "L").Data
	year := func(y int) *graph.Network {
		w := graph.Window{From: graph.DateOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)),
			To: graph.DateOf(time.Date(y, 12, 31, 23, 59, 0, 0, time.UTC))}
		n, err := graph.Build(ds, graph.BuildOptions{Window: w})
		if err != nil {
			b.Fatal(err)
		}
		return n
	}
	x, y := year(2010), year(2011)
	b.ResetTimer()
	for b.Loop() {
		Diff(x, y, DiffOptions{})
	}
}
