package importers

import (
	"fmt"
	"testing"
)

// TestIDTable checks the table against a map on ids of every length around
// the 8-byte words, æøå, near misses and a prefix of another id.
func TestIDTable(t *testing.T) {
	keys := []string{"", "A", "NAV", "NAV-OSLO", "NAV-OSLO-1", "ÆØÅ-1", "K5052-HO-02", "K5052-HO-02b", "HB-MIDT-R03"}
	for i := range 300 {
		keys = append(keys, fmt.Sprintf("K%04d-BOL-%02d", i, i%17))
	}
	tab := newIDTable(keys)
	m := make(map[string]int32)
	for i, k := range keys {
		m[k] = int32(i)
	}
	probes := append([]string{"nav", "NAV-OSL", "NAV-OSLO-", "K5052-HO-02c", "ÆØÅ", "K0001-BOL-1", "x"}, keys...)
	for _, p := range probes {
		got, ok := tab.get([]byte(p))
		want, wantOK := m[p]
		if got != want || ok != wantOK {
			t.Errorf("get(%q) = %d, %v; want %d, %v", p, got, ok, want, wantOK)
		}
	}
}

func FuzzIDTable(f *testing.F) {
	f.Add("NAV-OSLO", "NAV-OSL")
	f.Add("", "a")
	f.Fuzz(func(t *testing.T, a, b string) {
		tab := newIDTable([]string{a, "K5052-HO-02"})
		if i, ok := tab.get([]byte(a)); !ok || i != 0 {
			t.Fatalf("get(%q) = %d, %v", a, i, ok)
		}
		if i, ok := tab.get([]byte(b)); ok != (b == a || b == "K5052-HO-02") || ok && b != []string{a, "K5052-HO-02"}[i] {
			t.Fatalf("get(%q) = %d, %v with ids %q", b, i, ok, a)
		}
	})
}
