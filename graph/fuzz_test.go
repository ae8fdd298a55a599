package graph

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// FuzzParse checks the vocabulary's parsers: numbers against strconv,
// dates and levels against their own formatting, the bytes parsers
// against the string functions, and that none panics or says nothing.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1", "0.5", "-2,25", "1e3", "Inf", "NaN", "0x1p-2", "1_0", "123456789012345678",
		"2011-09-14", "14.09.2011 13:00", "2011-09-14T13:00:00.5+02:00", "31.02.2011", "1.1.1900", "1.9.2011 9:00",
		"4.0", "+7", "førstelinjen", " Municipal  Leadership ", "NAV-kontoret i Bodø", "JA", "Møte", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		v, ok := ParseNumber(b, false)
		w, err := strconv.ParseFloat(s, 64)
		sok := err == nil && !math.IsNaN(w) && !math.IsInf(w, 0)
		if ok != sok || ok && v != w {
			t.Fatalf("ParseNumber(%q) = %v, %v; strconv gives %v, %v", s, v, ok, w, err)
		}
		if v2, ok2 := ParseNumber(b, true); !strings.Contains(s, ",") && (ok2 != ok || ok && v2 != v) {
			t.Fatalf("ParseNumber(%q, comma) = %v, %v; want %v, %v", s, v2, ok2, v, ok)
		}
		if w, err := ParseWeight(b, true); err == nil && (w < 0 || s == "" && w != 1) {
			t.Fatalf("ParseWeight(%q) = %v", s, w)
		}
		if d, err := ParseDate(b); err == nil && s != "" {
			if !d.Valid() {
				t.Fatalf("ParseDate(%q) = NoDate", s)
			}
			back, err := ParseDateString(d.String())
			if err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %v, which reads back as %v, %v", s, d, back, err)
			}
		} else if err != nil && (d != NoDate || err.(*Problem).Msg.NB == "") {
			t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
		}
		if l, err := ParseLevel(b); err == nil && l.Known() {
			if back, err := ParseLevelString(l.String()); err != nil || back != l || l <= 0 {
				t.Fatalf("ParseLevel(%q) = %v, which reads back as %v, %v", s, l, back, err)
			}
		} else if err != nil && (l != LevelUnknown || err != ErrLevel) {
			t.Fatalf("ParseLevel(%q) = %v, %v", s, l, err)
		}
		if yn, err := ParseYesNo(b); err != nil && yn != Unknown {
			t.Fatalf("ParseYesNo(%q) = %v, %v", s, yn, err)
		}
		if k, ok := ParseAgency(b); ok && NormalizeAgency(s) != k {
			t.Fatalf("ParseAgency(%q) = %q; NormalizeAgency gives %q", s, k, NormalizeAgency(s))
		}
		if k, ok := ParseKind(b); ok && NormalizeKind(s) != k {
			t.Fatalf("ParseKind(%q) = %q; NormalizeKind gives %q", s, k, NormalizeKind(s))
		}
	})
}
