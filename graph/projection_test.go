package graph

import "testing"

func TestProjectionText(t *testing.T) {
	const refusal = "want one of newman, one"
	for _, tc := range []struct {
		in   string
		want Projection
		err  string
	}{
		{"newman", ProjectNewman, ""},
		{" ONE ", ProjectOne, ""},
		{"Newman", ProjectNewman, ""},
		{"1", ProjectNewman, refusal},
		{"", ProjectNewman, refusal},
	} {
		got := ProjectNewman
		msg := ""
		if err := got.UnmarshalText([]byte(tc.in)); err != nil {
			msg = err.Error()
		}
		if got != tc.want || msg != tc.err {
			t.Errorf("UnmarshalText(%q) = %v, %q; want %v, %q", tc.in, got, msg, tc.want, tc.err)
		}
	}
	for _, p := range Projections() {
		b, err := p.MarshalText()
		var back Projection
		if err != nil || string(b) != p.String() || back.UnmarshalText(b) != nil || back != p {
			t.Errorf("%v does not round-trip: %q, %v", p, b, err)
		}
	}
	if s := Projection(5).String(); s != "Projection(5)" {
		t.Errorf("Projection(5).String() = %q", s)
	}
	if _, err := Projection(5).MarshalText(); err == nil {
		t.Error("Projection(5).MarshalText() succeeded")
	}
}
