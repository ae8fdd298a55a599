package graph

import (
	"math"
	"testing"
)

func TestQuotient(t *testing.T) {
	d := NewDataset("q")
	for _, u := range []Unit{
		{Key: "a1", Agency: "nav", Municipality: "X"},
		{Key: "a2", Agency: "nav", Municipality: "X"},
		{Key: "b1", Agency: "bolig", Municipality: "X"},
		{Key: "c1", Agency: "nav", Municipality: "Y"},
		{Key: "z", Agency: "husbanken"},
	} {
		d.AddUnit(u)
	}
	day := func(n int) Date { return Date(1).AddDays(40000 + n) }
	d.Contacts = []Contact{
		{From: 0, To: 1, Weight: 5, Date: day(1)},                 // within nav@X: dropped
		{From: 0, To: 2, Weight: 1, Date: day(2), Formal: true},   // nav@X – bolig@X
		{From: 2, To: 1, Weight: 2, Date: day(9)},                 // bolig@X – nav@X
		{From: 3, To: 0, Weight: 1.5, Date: day(3), Formal: true}, // nav@Y – nav@X
		{From: 4, To: 3, Weight: 1},                               // left out with z
	}
	n, err := Build(d, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	q, of := n.Quotient(func(u *Unit) (Unit, bool) {
		if u.Agency == "husbanken" {
			return Unit{}, false
		}
		return Unit{Key: u.Agency + "@" + u.Municipality, Agency: u.Agency, Municipality: u.Municipality}, true
	})
	// Groups in key order: bolig@X, nav@X, nav@Y.
	wantKeys := []string{"bolig@X", "nav@X", "nav@Y"}
	if q.Len() != len(wantKeys) {
		t.Fatalf("%d groups; want %d", q.Len(), len(wantKeys))
	}
	for i, k := range wantKeys {
		if q.Unit(int64(i)).Key != k {
			t.Errorf("group %d is %q; want %q", i, q.Unit(int64(i)).Key, k)
		}
	}
	wantOf := map[string]int32{"a1": 1, "a2": 1, "b1": 0, "c1": 2, "z": -1}
	for i, u := range n.Units() {
		if of[i] != wantOf[u.Key] {
			t.Errorf("of[%s] = %d; want %d", u.Key, of[i], wantOf[u.Key])
		}
	}
	ties := q.Ties()
	if len(ties) != 2 {
		t.Fatalf("%d ties; want 2: %+v", len(ties), ties)
	}
	bn := ties[0] // bolig@X – nav@X
	if bn.A != 0 || bn.B != 1 || bn.Weight != 3 || bn.Contacts != 2 || bn.Formal != 1 || bn.Informal != 1 ||
		bn.First != day(2) || bn.Last != day(9) {
		t.Errorf("bolig–nav tie %+v", bn)
	}
	nn := ties[1] // nav@X – nav@Y
	if nn.A != 1 || nn.B != 2 || math.Abs(nn.Weight-1.5) > 0 || nn.Contacts != 1 {
		t.Errorf("nav–nav tie %+v", nn)
	}
	if got := q.TieBetween(0, 1); got == nil || got.Weight != 3 {
		t.Errorf("TieBetween(0, 1) = %+v", got)
	}
	if len(q.Arcs()) != 3 {
		t.Errorf("%d arcs; want 3 (nav@X→bolig@X, bolig@X→nav@X, nav@Y→nav@X)", len(q.Arcs()))
	}
	if q.Data.Name != "q" || len(q.Data.Units) != 3 {
		t.Errorf("quotient dataset %q with %d units", q.Data.Name, len(q.Data.Units))
	}
}
