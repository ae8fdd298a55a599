package pajek

import "testing"

func TestPartitionText(t *testing.T) {
	const refusal = "want one of municipality, agency, level"
	for _, tc := range []struct {
		in   string
		want Partition
		err  string
	}{
		{"agency", ByAgency, ""},
		{" LEVEL ", ByLevel, ""},
		{"Kommune", ByMunicipality, ""},
		{"nivå", ByLevel, ""},
		{"fylke", ByAgency, refusal},
		{"", ByAgency, refusal},
	} {
		var got Partition
		msg := ""
		if err := got.UnmarshalText([]byte(tc.in)); err != nil {
			msg = err.Error()
		}
		if got != tc.want || msg != tc.err {
			t.Errorf("UnmarshalText(%q) = %v, %q; want %v, %q", tc.in, got, msg, tc.want, tc.err)
		}
	}
	for _, p := range Partitions() {
		b, err := p.MarshalText()
		var back Partition
		if err != nil || string(b) != p.String() || back.UnmarshalText(b) != nil || back != p {
			t.Errorf("%v does not round-trip: %q, %v", p, b, err)
		}
	}
	if s := Partition(9).String(); s != "Partition(9)" {
		t.Errorf("Partition(9).String() = %q", s)
	}
	if _, err := Partition(9).MarshalText(); err == nil {
		t.Error("Partition(9).MarshalText() succeeded")
	}
}
