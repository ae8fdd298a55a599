package graph

import "testing"

func TestGroupDigits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		l    Lang
		want string
	}{
		{"0", NB, "0"},
		{"1234", NB, "1234"},
		{"1234", EN, "1,234"},
		{"12345", NB, "12\u00a0345"},
		{"1234567", EN, "1,234,567"},
		{"-12345", NB, "−12\u00a0345"},
		{"-123", EN, "−123"},
	} {
		if got := GroupDigits(tc.in, tc.l); got != tc.want {
			t.Errorf("GroupDigits(%q, %s) = %q; want %q", tc.in, tc.l, got, tc.want)
		}
	}
	if c := Count(26844); c.NB != "26\u00a0844" || c.EN != "26,844" {
		t.Errorf("Count(26844) = %+v", c)
	}
}
