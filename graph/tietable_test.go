package graph

import "testing"

// TestTieTablePages adds ties over several pages and index doublings and
// checks that each pair keeps one accumulator, found again after every
// growth, in the order the ties were added.
func TestTieTablePages(t *testing.T) {
	g := newTieTable()
	type pair struct{ a, b int32 }
	var order []pair
	seen := make(map[pair]bool)
	x := uint32(7)
	for i := range 3*pageSize + 100 {
		x = x*1664525 + 1013904223
		a, b := int32(x>>8%5000), int32(x>>20%5000)
		if a == b {
			continue
		}
		p := pair{min(a, b), max(a, b)}
		acc := g.at(b, a)
		if acc.A != p.a || acc.B != p.b {
			t.Fatalf("at(%d, %d) gave the tie %d–%d", b, a, acc.A, acc.B)
		}
		acc.Contacts++
		if !seen[p] {
			seen[p] = true
			order = append(order, p)
		}
		if i%1000 == 0 {
			if got := g.at(order[0].a, order[0].b); got != g.acc(0) {
				t.Fatalf("the first tie moved after %d additions", i)
			}
		}
	}
	if g.used != len(order) || len(g.pages) < 3 {
		t.Fatalf("%d ties in %d pages, want %d in at least 3", g.used, len(g.pages), len(order))
	}
	k := 0
	total := int32(0)
	g.each(func(acc *tieAcc) {
		if p := order[k]; acc.A != p.a || acc.B != p.b {
			t.Fatalf("tie %d is %d–%d, want %d–%d", k, acc.A, acc.B, p.a, p.b)
		}
		total += acc.Contacts
		k++
	})
	if int(total) < len(order) {
		t.Errorf("%d contacts on %d ties", total, len(order))
	}
}
