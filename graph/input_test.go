package graph

import "testing"

func TestColumnLetter(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{0, ""}, {-3, ""}, {1, "A"}, {6, "F"}, {26, "Z"}, {27, "AA"}, {28, "AB"},
		{52, "AZ"}, {53, "BA"}, {702, "ZZ"}, {703, "AAA"}, {16384, "XFD"},
	} {
		if got := ColumnLetter(tc.n); got != tc.want {
			t.Errorf("ColumnLetter(%d) = %q; want %q", tc.n, got, tc.want)
		}
	}
}

func TestCellInMessages(t *testing.T) {
	for _, tc := range []struct {
		name   string
		got    func(Lang) string
		en, nb string
	}{
		{"value", (&InputError{File: "k.csv", Line: 108, Column: 31, Cell: 6, Field: "weight", Value: "x", Err: ErrNotNumber,
			WantArgs: []any{"2.5"}}).In,
			`k.csv:108:31: weight "x": not a number; want a number of 0 or more, such as 1 or 2.5 (column F "weight")`,
			`k.csv:108:31: weight "x": ikke et tall; forventet et tall som er 0 eller mer, som 1 eller 2.5 (kolonne F «weight»)`},
		{"no field", (&InputError{File: "k.csv", Line: 2, Column: 9, Cell: 28, Err: ErrYesNo}).In,
			`k.csv:2:9: "": not yes or no; want yes/no, ja/nei, true/false or 1/0 (column AB)`,
			`k.csv:2:9: "": ikke ja eller nei; forventet ja/nei, yes/no, true/false eller 1/0 (kolonne AB)`},
		{"warning", Warning{File: "k.csv", Line: 4, Column: 12, Cell: 4, Field: "type", Msg: T("ukjent", "unknown")}.In,
			`k.csv:4:12: unknown (column D "type")`, `k.csv:4:12: ukjent (kolonne D «type»)`},
		{"warning, whole file", Warning{File: "k.csv", Msg: T("tom", "empty")}.In, `k.csv: empty`, `k.csv: tom`},
	} {
		if got := tc.got(EN); got != tc.en {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, got, tc.en)
		}
		if got := tc.got(NB); got != tc.nb {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, got, tc.nb)
		}
	}
}
