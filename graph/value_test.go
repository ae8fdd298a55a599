package graph

import (
	"errors"
	"strings"
	"testing"
)

func TestParseLevel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Level
		err  error
	}{
		{"", LevelUnknown, nil}, {"  ", LevelUnknown, nil},
		{"4", LevelUnit, nil}, {"+4", LevelUnit, nil}, {"04", LevelUnit, nil}, {"4.0", LevelUnit, nil}, {"7.00", 7, nil},
		{"1000", 1000, nil}, {"2147483647", 2147483647, nil},
		{"nasjonal", LevelNational, nil}, {"Stat", LevelNational, nil}, {"REGION", LevelRegional, nil},
		{" Municipal  Leadership ", LevelLeadership, nil}, {"kommuneledelse", LevelLeadership, nil},
		{"Enhet", LevelUnit, nil}, {"Førstelinjen", LevelFrontline, nil}, {"forstelinje", LevelFrontline, nil},
		{"brukere", LevelUser, nil}, {"users", LevelUser, nil},
		{"0", 0, ErrLevel}, {"0.0", 0, ErrLevel}, {"-2", 0, ErrLevel}, {"4.5", 0, ErrLevel}, {"4.", 0, ErrLevel},
		{"4,0", 0, ErrLevel}, {"4e0", 0, ErrLevel}, {"2147483648", 0, ErrLevel}, {"kommunal", 0, ErrLevel},
		{"nivå 4", 0, ErrLevel}, {"øverst", 0, ErrLevel},
	} {
		got, err := ParseLevelString(tc.in)
		if got != tc.want || err != tc.err {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestParseYesNo(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Tri
		err  error
	}{
		{"", Unknown, nil}, {"ja", Yes, nil}, {"JA", Yes, nil}, {"Yes", Yes, nil}, {"true", Yes, nil}, {"1", Yes, nil},
		{"y", Yes, nil}, {"j", Yes, nil}, {"sann", Yes, nil}, {"nei", No, nil}, {"No", No, nil}, {"FALSE", No, nil},
		{"0", No, nil}, {"n", No, nil}, {"usann", No, nil},
		{"kanskje", Unknown, ErrYesNo}, {"2", Unknown, ErrYesNo}, {"jo", Unknown, ErrYesNo}, {"yes!", Unknown, ErrYesNo},
	} {
		got, err := ParseYesNoString(tc.in)
		if got != tc.want || err != tc.err {
			t.Errorf("ParseYesNo(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want as Date.String
		err      error
	}{
		{"", "", nil},
		{"2011-09-14", "2011-09-14", nil},
		{"14.09.2011", "2011-09-14", nil},
		{"1.9.2011", "2011-09-01", nil},
		{"14.09.2011 13:00", "2011-09-14T13:00", nil},
		{"14.09.2011 9:05", "2011-09-14T09:05", nil},
		{"2011-09-14 08:30", "2011-09-14T08:30", nil},
		{"2011-09-14  08:30", "2011-09-14T08:30", nil},
		{"2011-09-14T13:00", "2011-09-14T13:00", nil},
		{"2011-09-14t13:00:59.5z", "2011-09-14T13:00", nil},
		{"2011-09-14T13:00:00,25+02:00", "2011-09-14T13:00", nil},
		{"2011-09-14T23:30-0500", "2011-09-14T23:30", nil},
		{"2011-09-14T13:00+02", "2011-09-14T13:00", nil},
		{"29.02.2012", "2012-02-29", nil},
		{"4999-12-31", "4999-12-31", nil},
		{"31.02.2011", "", ErrDayRange}, {"29.02.2011", "", ErrDayRange},
		{"31.13.2012", "", ErrMonthRange}, {"1850-01-01", "", ErrYearRange}, {"5001-01-01", "", ErrYearRange},
		{"2011-09-14T25:00", "", ErrTimeRange}, {"2011-09-14T13:61", "", ErrTimeRange},
		{"i går", "", ErrDate}, {"14.09.11", "", ErrDate}, {"2011-9-14", "", ErrDate}, {"2011-09-14T1300", "", ErrDate},
		{"2011-09-14T13:00:", "", ErrDate}, {"2011-09-14 13:00 CET", "", ErrDate}, {"14/09/2011", "", ErrDate},
	} {
		d, err := ParseDateString(tc.in)
		if d.String() != tc.want || err != tc.err {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, %v", tc.in, d, err, tc.want, tc.err)
		}
		if tc.err != nil && !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q): %v is not an ErrDate", tc.in, err)
		}
	}
}

func TestParseWeight(t *testing.T) {
	for _, tc := range []struct {
		in    string
		comma bool
		want  float64
		err   error
	}{
		{"", false, 1, nil}, {"2", false, 2, nil}, {"0.5", false, 0.5, nil}, {"0", false, 0, nil},
		{"1,5", true, 1.5, nil}, {"1.5", true, 1.5, nil}, {"1e3", false, 1000, nil}, {".5", false, 0.5, nil},
		{"+3", false, 3, nil}, {"1,5e2", true, 150, nil},
		{"1,5", false, 0, ErrNotNumber}, {"mye", false, 0, ErrNotNumber}, {"NaN", false, 0, ErrNotNumber},
		{"Inf", false, 0, ErrNotNumber}, {"1e999", false, 0, ErrNotNumber}, {"1,000.5", true, 0, ErrNotNumber},
		{"-1", false, -1, ErrNegative}, {"-0,5", true, -0.5, ErrNegative},
		{"1e15", false, 1e15, nil}, {"1000000000000001", false, 1000000000000001, ErrTooLarge}, {"1e308", false, 1e308, ErrTooLarge},
	} {
		got, err := ParseWeightString(tc.in, tc.comma)
		if got != tc.want || err != tc.err {
			t.Errorf("ParseWeight(%q, %v) = %v, %v; want %v, %v", tc.in, tc.comma, got, err, tc.want, tc.err)
		}
	}
}

func TestParseAgencyAndKind(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		known    bool
	}{
		{"NAV", "nav", true}, {"NAV-kontoret", "nav", true}, {"nav  kontoret", "nav", true}, {"NAV Bodø", "nav", true},
		{"Eiendomsavdelingen i Bodø", "eiendom", true}, {"Helse og omsorg", "helse", true}, {"helse- og omsorg", "helse", true},
		{"Rådmannen", "ledelse", true}, {"Kommunedirektør", "ledelse", true}, {"User", "bruker", true}, {"KRD", "departement", true},
		{"rus- og psykiatritjenesten", "rus", true}, {"Boligkontoret i Tromsø", "bolig", true},
		{"NAV-kontoret i en veldig lang kommune med et navn som ikke slutter før langt ute", "nav", true},
		{"Skole", "skole", false}, {"  Kultur   og  idrett ", "kultur og idrett", false}, {"", "", false},
	} {
		if got := NormalizeAgency(tc.in); got != tc.want {
			t.Errorf("NormalizeAgency(%q) = %q; want %q", tc.in, got, tc.want)
		}
		if key, ok := ParseAgency([]byte(tc.in)); ok != tc.known || ok && key != tc.want {
			t.Errorf("ParseAgency(%q) = %q, %v; want %q, %v", tc.in, key, ok, tc.want, tc.known)
		}
	}
	for _, tc := range []struct {
		in, want string
		known    bool
	}{
		{"Møte", "meeting", true}, {"telefon", "phone", true}, {"E-post", "email", true}, {" sak ", "case", true},
		{"besøk", "visit", true}, {"Uformell", "informal", true}, {"avtale", "agreement", true}, {"konferanse", "seminar", true},
		{"Lunsj", "lunsj", false}, {"saks  møte", "saks  møte", false}, {"", "", false},
	} {
		if got := NormalizeKind(tc.in); got != tc.want {
			t.Errorf("NormalizeKind(%q) = %q; want %q", tc.in, got, tc.want)
		}
		if key, ok := ParseKind([]byte(tc.in)); ok != tc.known || ok && key != tc.want {
			t.Errorf("ParseKind(%q) = %q, %v; want %q, %v", tc.in, key, ok, tc.want, tc.known)
		}
	}
}

// TestVocabulary checks the lists of the vocabulary: no spelling means two
// things, no agency prefix begins another, every spelling is folded, and
// every label reads back as what it names.
func TestVocabulary(t *testing.T) {
	var buf [maxFold]byte
	folded := func(w string, collapse bool) bool { return string(fold(&buf, []byte(w), collapse)) == w }
	seen := make(map[string]string)
	once := func(list, w, what string) {
		if prev, dup := seen[list+w]; dup && prev != what {
			t.Errorf("%s %q means both %s and %s", list, w, prev, what)
		}
		seen[list+w] = what
	}
	for l, lv := range levels {
		for _, w := range lv.words {
			once("level", w, lv.key)
			if !folded(w, true) {
				t.Errorf("level word %q is not folded", w)
			}
		}
		if l == 0 {
			continue
		}
		for _, label := range []string{lv.key, lv.label.NB, lv.label.EN} {
			if got, err := ParseLevelString(label); got != Level(l) || err != nil {
				t.Errorf("level %d's name %q reads as %v, %v", l, label, got, err)
			}
		}
	}
	var prefixes []string
	for _, a := range agencies {
		for _, w := range a.words {
			once("agency", w, a.key)
			if !folded(w, true) {
				t.Errorf("agency word %q is not folded", w)
			}
		}
		if NormalizeAgency(a.key) != a.key {
			t.Errorf("agency key %q normalises to %q", a.key, NormalizeAgency(a.key))
		}
		if AgencyName(a.key, "") != a.label {
			t.Errorf("AgencyName(%q) = %v", a.key, AgencyName(a.key, ""))
		}
		prefixes = append(prefixes, a.prefixes...)
	}
	for _, p := range prefixes {
		for _, q := range prefixes {
			if p != q && strings.HasPrefix(q, p) {
				t.Errorf("agency prefix %q begins %q", p, q)
			}
		}
	}
	for _, k := range kinds {
		for _, w := range k.words {
			once("kind", w, k.key)
			if !folded(w, false) {
				t.Errorf("kind word %q is not folded", w)
			}
		}
		for _, label := range []string{k.key, k.label.NB, k.label.EN} {
			if got := NormalizeKind(label); got != k.key {
				t.Errorf("kind %s's name %q reads as %q", k.key, label, got)
			}
		}
		if FormalByDefault(k.key) != k.formal || KindLabel(k.key) != k.label {
			t.Errorf("kind %s: FormalByDefault %v, KindLabel %v", k.key, FormalByDefault(k.key), KindLabel(k.key))
		}
	}
}

func TestLabels(t *testing.T) {
	for _, tc := range []struct {
		got, want Text
	}{
		{LevelFrontline.Label(), T("førstelinje", "frontline")},
		{Level(9).Label(), T("nivå 9", "level 9")},
		{LevelUnknown.Label(), T("ukjent nivå", "unknown level")},
		{AgencyName("nav", "NAV-kontoret"), T("NAV", "NAV (labour and welfare)")},
		{AgencyName("skole", "Skolen"), T("Skolen", "Skolen")},
		{AgencyName("", ""), T("(uten etat)", "(no agency)")},
		{KindLabel("email"), T("e-post", "e-mail")},
		{KindLabel(""), T("(uten type)", "(no kind)")},
		{KindLabel("lunsj"), T("lunsj", "lunsj")},
	} {
		if tc.got != tc.want {
			t.Errorf("got %v, want %v", tc.got, tc.want)
		}
	}
	if s := LevelLeadership.String(); s != "leadership" {
		t.Errorf("LevelLeadership.String() = %q", s)
	}
}

// TestParsersDoNotAllocate checks the parsers on the values the CSV
// reader gives them for every row.
func TestParsersDoNotAllocate(t *testing.T) {
	for _, tc := range []struct {
		parse func(b []byte)
		in    []string
	}{
		{func(b []byte) { ParseDate(b) }, []string{"", "2011-09-14T13:00:00+02:00", "14.09.2011 9:00", "31.02.2011", "i går"}},
		{func(b []byte) { ParseWeight(b, true) }, []string{"", "1", "1,5", "0.25", "-1"}},
		{func(b []byte) { ParseYesNo(b) }, []string{"", "JA", "nei", "kanskje"}},
		{func(b []byte) { ParseLevel(b) }, []string{"", "4", "4.0", "Førstelinje", " municipal  leadership ", "øverst"}},
		{func(b []byte) { ParseAgency(b) }, []string{"", "NAV-kontoret", "Helse og omsorg", "Skole"}},
		{func(b []byte) { ParseKind(b) }, []string{"", "Møte", "lunsj"}},
	} {
		for _, s := range tc.in {
			b := []byte(s)
			if n := testing.AllocsPerRun(50, func() { tc.parse(b) }); n != 0 {
				t.Errorf("parsing %q allocates %v times", s, n)
			}
		}
	}
}

func TestInputErrorIs(t *testing.T) {
	e := &InputError{File: "f.csv", Line: 2, Column: 3, Field: "dato", Value: "31.02.2011", Err: ErrDayRange}
	if !errors.Is(e, ErrDayRange) || !errors.Is(e, ErrDate) || errors.Is(e, ErrLevel) {
		t.Errorf("errors.Is on %v", e)
	}
	var p *Problem
	if !errors.As(e, &p) || p != ErrDayRange {
		t.Errorf("errors.As gives %v", p)
	}
}
