package graph

import "testing"

func TestLangText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"nb", NB, true}, {" EN ", EN, true}, {"Nb", NB, true},
		{"norsk", "", false}, {"nb_NO.UTF-8", "", false}, {"", "", false},
	} {
		var l Lang
		err := l.UnmarshalText([]byte(tc.in))
		if (err == nil) != tc.ok || l != tc.want {
			t.Errorf("UnmarshalText(%q) = %q, %v; want %q, ok %v", tc.in, l, err, tc.want, tc.ok)
		}
		if !tc.ok && (err == nil || err.Error() != "want one of nb, en") {
			t.Errorf("UnmarshalText(%q) error %v", tc.in, err)
		}
	}
	for _, l := range Langs() {
		b, err := l.MarshalText()
		var back Lang
		if err != nil || back.UnmarshalText(b) != nil || back != l {
			t.Errorf("%q does not round-trip: %q, %v", l, b, err)
		}
	}
}
