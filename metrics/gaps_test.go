package metrics

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
)

// The golden files of the gap tests are rewritten with `go test -update`.
// The flag is registered in init, after every package-level variable, and
// only when no other test file of the package has registered it.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func gapsUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// gapsGolden compares got with the golden file, or rewrites it with
// -update. On a mismatch it writes got beside it as .got.
func gapsGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if gapsUpdate() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from the golden file; see %s.got (run go test -update to accept)", path, path)
	}
}

func gapsJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// gapsLoad reads a dataset folder of the shape of SPEC.md with English
// headers: a test-only loader, standing in for package importers, fast
// enough for the L benchmark. expected names an expected.csv to read as
// well ("" for none).
func gapsLoad(dir, expected string) (*graph.Dataset, error) {
	ds := graph.NewDataset(filepath.Base(dir))
	err := gapsCSV(filepath.Join(dir, "units.csv"), func(get func(string) string, line int) error {
		lv, err := gapsLevel(get("level"))
		if err != nil {
			return fmt.Errorf("units.csv:%d: %v", line, err)
		}
		ds.AddUnit(graph.Unit{Key: get("id"), Name: get("name"), Agency: graph.NormalizeAgency(get("agency")),
			AgencyLabel: get("agency"), Level: lv, Municipality: get("municipality"), Region: get("region"),
			Parent: get("parent"), Line: line})
		return nil
	})
	if err != nil {
		return nil, err
	}
	dates := map[string]graph.Date{}
	date := func(s string) (graph.Date, error) {
		if s == "" {
			return graph.NoDate, nil
		}
		if d, ok := dates[s]; ok {
			return d, nil
		}
		layout := "2006-01-02"
		if len(s) > 10 {
			layout = "2006-01-02T15:04"
		}
		tm, err := time.Parse(layout, s)
		if err != nil {
			return graph.NoDate, err
		}
		dates[s] = graph.DateOf(tm)
		return dates[s], nil
	}
	unit := func(key string) (int32, error) {
		i, ok := ds.Lookup(key)
		if !ok {
			return 0, fmt.Errorf("unknown unit %q", key)
		}
		return i, nil
	}
	kinds := map[string]graph.Kind{}
	kind := func(s string) graph.Kind {
		k, ok := kinds[s]
		if !ok {
			k = ds.Kind(s)
			kinds[s] = k
		}
		return k
	}
	formal := func(s string, k graph.Kind) bool {
		switch strings.ToLower(s) {
		case "yes", "ja", "true":
			return true
		case "no", "nei", "false":
			return false
		}
		return graph.FormalByDefault(ds.KindName(k))
	}
	err = gapsCSV(filepath.Join(dir, "contacts.csv"), func(get func(string) string, line int) error {
		c := graph.Contact{Weight: 1, Line: int32(line)}
		var err error
		if c.From, err = unit(get("from")); err != nil {
			return fmt.Errorf("contacts.csv:%d: %v", line, err)
		}
		if c.To, err = unit(get("to")); err != nil {
			return fmt.Errorf("contacts.csv:%d: %v", line, err)
		}
		if c.Date, err = date(get("date")); err != nil {
			return fmt.Errorf("contacts.csv:%d: %v", line, err)
		}
		c.Kind = kind(get("kind"))
		c.Formal = formal(get("formal"), c.Kind)
		if w := get("weight"); w != "" {
			if c.Weight, err = strconv.ParseFloat(w, 64); err != nil {
				return fmt.Errorf("contacts.csv:%d: %v", line, err)
			}
		}
		ds.Contacts = append(ds.Contacts, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	byKey := map[string]int{}
	err = gapsCSV(filepath.Join(dir, "meetings.csv"), func(get func(string) string, line int) error {
		u, err := unit(get("unit"))
		if err != nil {
			return fmt.Errorf("meetings.csv:%d: %v", line, err)
		}
		k := get("meeting")
		i, ok := byKey[k]
		if !ok {
			d, err := date(get("date"))
			if err != nil {
				return fmt.Errorf("meetings.csv:%d: %v", line, err)
			}
			kd := kind(get("kind"))
			i = len(ds.Meetings)
			byKey[k] = i
			ds.Meetings = append(ds.Meetings, graph.Meeting{Key: k, Date: d, Kind: kd, Formal: formal(get("formal"), kd), Line: line})
		}
		ds.Meetings[i].Units = append(ds.Meetings[i].Units, u)
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	for i := range ds.Meetings {
		m := &ds.Meetings[i]
		slices.Sort(m.Units)
		m.Units = slices.Compact(m.Units)
	}
	err = gapsCSV(filepath.Join(dir, "municipalities.csv"), func(get func(string) string, line int) error {
		m := graph.Municipality{Name: get("municipality"), Region: get("region"), Line: line}
		switch get("programme") {
		case "yes":
			m.Programme = graph.Yes
		case "no":
			m.Programme = graph.No
		}
		ds.Municipalities = append(ds.Municipalities, m)
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if expected != "" {
		ds.Files.Expected = expected
		err = gapsCSV(expected, func(get func(string) string, line int) error {
			e := graph.Expectation{MinWeight: 1, Scope: get("scope"), Line: line}
			var err error
			if e.A, err = gapsEndpoint(get("a")); err != nil {
				return fmt.Errorf("%s:%d: %v", expected, line, err)
			}
			if e.B, err = gapsEndpoint(get("b")); err != nil {
				return fmt.Errorf("%s:%d: %v", expected, line, err)
			}
			if w := get("min_weight"); w != "" {
				if e.MinWeight, err = strconv.ParseFloat(w, 64); err != nil {
					return fmt.Errorf("%s:%d: %v", expected, line, err)
				}
			}
			ds.Expected = append(ds.Expected, e)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return ds, nil
}

func gapsEndpoint(s string) (graph.Endpoint, error) {
	if a, ok := strings.CutPrefix(s, "agency:"); ok {
		return graph.Endpoint{Kind: graph.EndAgency, Agency: graph.NormalizeAgency(a)}, nil
	}
	if l, ok := strings.CutPrefix(s, "level:"); ok {
		lv, err := gapsLevel(l)
		return graph.Endpoint{Kind: graph.EndLevel, Level: lv}, err
	}
	return graph.Endpoint{Kind: graph.EndUnit, Unit: s}, nil
}

func gapsLevel(s string) (graph.Level, error) {
	for l := graph.LevelNational; l <= graph.LevelUser; l++ {
		if s == l.String() {
			return l, nil
		}
	}
	if s == "" {
		return graph.LevelUnknown, nil
	}
	n, err := strconv.Atoi(s)
	return graph.Level(n), err
}

// gapsCSV calls row for every record of a CSV file with a header, with a
// getter by column name and the line number.
func gapsCSV(path string, row func(get func(string) string, line int) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	var rec []string
	get := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	for line := 2; ; line++ {
		rec, err = r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := row(get, line); err != nil {
			return err
		}
	}
}

// gapsFjordvik loads the hand-built example, with the plan when asked.
func gapsFjordvik(t testing.TB, plan bool) (*graph.Dataset, *graph.Network) {
	t.Helper()
	dir := filepath.Join("testdata", "gaps", "fjordvik")
	exp := ""
	if plan {
		exp = filepath.Join(dir, "plan", "expected.csv")
	}
	ds, err := gapsLoad(dir, exp)
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return ds, n
}

func TestGapsGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		plan bool
		opt  GapOptions
	}{
		{"fjordvik", false, GapOptions{PerTie: true}},
		{"fjordvik-plan", true, GapOptions{}},
		{"fjordvik-scope", false, GapOptions{Scope: "strandvik"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds, n := gapsFjordvik(t, tc.plan)
			r := Gaps(ds, n, tc.opt)
			gapsGolden(t, filepath.Join("testdata", "gaps", tc.name+".golden.json"), gapsJSON(t, r))
		})
	}
}

// TestGapsDefaults checks the planted default gaps and the near misses.
func TestGapsDefaults(t *testing.T) {
	ds, n := gapsFjordvik(t, false)
	got := FindGaps(ds, n, GapOptions{})
	type key struct{ typ, a, b, scope, rule string }
	var keys []key
	for _, g := range got {
		keys = append(keys, key{g.Type, g.A, g.B, g.Scope, g.Rule})
	}
	want := []key{
		{Vertical, "level:3", "HB-VEST", "Strandvik", RuleHusbanken},
		{Horizontal, "agency:flyktning", "agency:nav", "Fjordvik", RuleAgencies},
		{Vertical, "FV-RUS", "level:3", "Fjordvik", RuleLeadership},
		{Vertical, "FV-EIE", "FV-RADM", "Fjordvik", RuleParent},
	}
	if !slices.Equal(keys, want) {
		t.Errorf("gaps\n got %v\nwant %v", keys, want)
	}
	for i, g := range got {
		if g.Rank != i+1 || g.ExpectedBy != ExpectedByDefault || g.ObservedWeight != 0 || g.MinWeight != 1 {
			t.Errorf("gap %d: %+v", i, g)
		}
	}
	for _, g := range got {
		if g.Rule == RuleAgencies {
			if wantNB := "Flyktningtjenesten og NAV i Fjordvik har ingen registrert kontakt."; g.Text.NB != wantNB {
				t.Errorf("nb: %q, want %q", g.Text.NB, wantNB)
			}
			if wantEN := "The refugee service and NAV in Fjordvik have no recorded contact."; g.Text.EN != wantEN {
				t.Errorf("en: %q, want %q", g.Text.EN, wantEN)
			}
		}
	}
}

func TestGapsPlan(t *testing.T) {
	ds, n := gapsFjordvik(t, true)
	got := FindGaps(ds, n, GapOptions{})
	type key struct {
		a, b, scope string
		line        int
		w           float64
	}
	var keys []key
	for _, g := range got {
		if g.ExpectedBy != ExpectedByPlan {
			t.Errorf("gap expected by %q with a plan", g.ExpectedBy)
		}
		keys = append(keys, key{g.A, g.B, g.Scope, g.Line, g.ObservedWeight})
	}
	// Health and property meet 52 times in pairs (weight 1) and 8 times in
	// the housing team of five (weight 1/4): 54, under the plan's 100.
	// Line 6 asks the same pair for weight 1 and is met. Ranked by the
	// summed degree of the ends: Husbanken's region is the most central.
	want := []key{
		{"level:3", "agency:husbanken", "Strandvik", 5, 0},
		{"agency:nav", "agency:flyktning", "Fjordvik", 2, 0},
		{"FV-NAV", "FV-BOL", "Fjordvik", 4, 0},
		{"agency:helse", "agency:eiendom", "Fjordvik", 3, 54},
	}
	if !slices.Equal(keys, want) {
		t.Errorf("plan gaps\n got %v\nwant %v", keys, want)
	}
	for _, g := range got {
		if g.Line == 3 {
			wantNB := "Helse- og omsorgstjenesten og eiendomsavdelingen i Fjordvik har kontakt med vekt 54, under forventet 100 (boligsosial handlingsplan, linje 3)."
			if g.Text.NB != wantNB {
				t.Errorf("nb: %q\nwant %q", g.Text.NB, wantNB)
			}
		}
	}
}

func TestUncoordinated(t *testing.T) {
	ds, n := gapsFjordvik(t, false)
	for _, tc := range []struct {
		days int
		want []string // target/units/dates
	}{
		{0, []string{"FV-BOL HB-VEST-R1,HB-VEST-R2 2011-03-14,2011-03-16"}},
		{2, nil}, // the two contacts are two days apart
		{3, []string{"FV-BOL HB-VEST-R1,HB-VEST-R2 2011-03-14,2011-03-16"}},
		// With a 10-day window, advisers 2 and 3 at NAV Strandvik count too.
		{10, []string{"FV-BOL HB-VEST-R1,HB-VEST-R2 2011-03-14,2011-03-16",
			"SV-NAV HB-VEST-R2,HB-VEST-R3 2011-06-01,2011-06-10"}},
	} {
		got := Uncoordinated(ds, n, GapOptions{WindowDays: tc.days})
		var s []string
		for _, f := range got {
			s = append(s, f.Target+" "+strings.Join(f.Units, ",")+" "+strings.Join(f.Dates, ","))
			if f.Office != "HB-VEST" {
				t.Errorf("office %q, want HB-VEST", f.Office)
			}
		}
		if !slices.Equal(s, tc.want) {
			t.Errorf("window %d:\n got %q\nwant %q", tc.days, s, tc.want)
		}
	}
}

func TestFading(t *testing.T) {
	ds, n := gapsFjordvik(t, false)
	at := func(s string) graph.Date {
		tm, _ := time.Parse("2006-01-02", s)
		return graph.DateOf(tm)
	}
	for _, tc := range []struct {
		asOf graph.Date
		want []string
	}{
		// The data ends on 2011-12-30: NAV–health (fortnightly until
		// June) and the refugee adviser who left in April fade; the
		// yearly tie, the fortnightly meetings that run to the end and
		// the three contacts in Strandvik do not.
		{graph.NoDate, []string{"FV-FLY FV-FLY-1 2011-04-15 259 7", "FV-HO FV-NAV 2011-06-20 193 14"}},
		{at("2011-07-15"), []string{"FV-FLY FV-FLY-1 2011-04-15 91 7"}},
		{at("2011-05-01"), nil},
	} {
		got := Fading(ds, n, GapOptions{AsOf: tc.asOf})
		var s []string
		for _, f := range got {
			s = append(s, fmt.Sprintf("%s %s %s %d %g", f.A, f.B, f.LastContact, f.DaysSilent, f.UsualIntervalDays))
		}
		if !slices.Equal(s, tc.want) {
			t.Errorf("as of %v:\n got %q\nwant %q", tc.asOf, s, tc.want)
		}
	}
}

func TestShares(t *testing.T) {
	_, n := gapsFjordvik(t, false)
	r := Shares(n, "", false)
	for _, p := range r.Agencies {
		if p.A == "eiendom" && p.B == "helse" {
			// 52 bilateral meetings and 8 meetings of five, all formal.
			if p.Meetings != 60 || p.MultiParty != 8 || p.Informal != 0 || p.MultiPartyShare != 8.0/60 {
				t.Errorf("eiendom–helse: %+v", p)
			}
		}
		if p.A == "helse" && p.B == "nav" {
			// 39 formal fortnightly meetings (contact rows) and 3 informal contacts.
			if p.Contacts != 42 || p.Informal != 3 || p.InformalShare != 3.0/42 {
				t.Errorf("helse–nav: %+v", p)
			}
		}
	}
	if r.Ties != nil {
		t.Error("per-tie shares without asking")
	}
	// Strandvik: three ties inside, four to Husbanken's advisers.
	if s := Shares(n, "Strandvik", true); len(s.Ties) != 7 {
		t.Errorf("Strandvik: %d ties, want 7", len(s.Ties))
	}
}

func TestDiffGolden(t *testing.T) {
	ds, _ := gapsFjordvik(t, false)
	win := func(from, to string) graph.Window {
		f, _ := time.Parse("2006-01-02", from)
		u, _ := time.Parse("2006-01-02T15:04", to+"T23:59")
		return graph.Window{From: graph.DateOf(f), To: graph.DateOf(u)}
	}
	a, err := graph.Build(ds, graph.BuildOptions{Window: win("2010-01-01", "2010-12-31")})
	if err != nil {
		t.Fatal(err)
	}
	b, err := graph.Build(ds, graph.BuildOptions{Window: win("2011-01-01", "2011-12-31")})
	if err != nil {
		t.Fatal(err)
	}
	r := Diff(a, b, DiffOptions{})
	gapsGolden(t, filepath.Join("testdata", "gaps", "fjordvik-diff.golden.json"), gapsJSON(t, r))
	// In 2011 NAV and health met only until June: weaker, not lost.
	found := false
	for _, c := range r.Weakened {
		found = found || (c.A == "FV-HO" && c.B == "FV-NAV")
	}
	if !found {
		t.Errorf("FV-HO–FV-NAV not weakened: %+v", r.Weakened)
	}
	// The same network on both sides: nothing changes.
	same := Diff(a, a, DiffOptions{})
	if len(same.Gained)+len(same.Lost)+len(same.Strengthened)+len(same.Weakened)+len(same.Opened)+len(same.Closed) != 0 {
		t.Errorf("diff of a network with itself: %+v", same)
	}
}

// TestGapsEmpty checks that empty and degenerate input gives empty lists,
// never a panic or null.
func TestGapsEmpty(t *testing.T) {
	ds := graph.NewDataset("empty")
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := string(gapsJSON(t, Gaps(ds, n, GapOptions{})))
	want := "{\n  \"gaps\": [],\n  \"uncoordinated\": [],\n  \"fading\": [],\n  \"shares\": {\n    \"overall\": {\n      \"ties\": 0,\n      \"weight\": 0,\n      \"contacts\": 0,\n      \"meetings\": 0,\n      \"formal\": 0,\n      \"informal\": 0,\n      \"multi_party\": 0,\n      \"informal_share\": 0,\n      \"multi_party_share\": 0\n    },\n    \"agency_pairs\": []\n  }\n}\n"
	if got != want {
		t.Errorf("empty report:\n%s", got)
	}
	if r := Gaps(nil, nil, GapOptions{}); len(r.Gaps) != 0 {
		t.Error("nil network")
	}
	Diff(n, n, DiffOptions{})
	// Records that point outside the units are skipped, not followed.
	ds.AddUnit(graph.Unit{Key: "a"})
	ds.Contacts = append(ds.Contacts, graph.Contact{From: 0, To: 7, Weight: 1, Date: 1})
	Uncoordinated(ds, n, GapOptions{})
	Fading(ds, n, GapOptions{})
}

func TestGapsTables(t *testing.T) {
	ds, n := gapsFjordvik(t, false)
	r := Gaps(ds, n, GapOptions{})
	for _, tb := range r.Tables() {
		for _, row := range tb.Rows {
			if len(row) != len(tb.Columns) {
				t.Errorf("%s: row of %d cells, %d columns", tb.Name, len(row), len(tb.Columns))
			}
		}
		for _, c := range tb.Columns {
			if c.Title.NB == "" || c.Title.EN == "" {
				t.Errorf("%s.%s: title missing", tb.Name, c.Key)
			}
		}
	}
	if got := len(r.Tables()[0].Rows); got != len(r.Gaps) {
		t.Errorf("gap table has %d rows for %d gaps", got, len(r.Gaps))
	}
}

// gapsBenchData loads /work/bench/NAME (../../bench from the package),
// once per test binary, or skips when it is absent.
func gapsBenchData(tb testing.TB, name string) (*graph.Dataset, *graph.Network) {
	tb.Helper()
	gapsBenchMu.Lock()
	defer gapsBenchMu.Unlock()
	if d, ok := gapsBenchCache[name]; ok {
		if d.err != nil {
			tb.Fatal(d.err)
		}
		return d.ds, d.n
	}
	dir := filepath.Join("..", "..", "bench", name)
	if _, err := os.Stat(filepath.Join(dir, "truth.json")); err != nil {
		tb.Skipf("%s: no generated dataset (gen.py --scale %s)", dir, name)
	}
	d := &gapsBenchEntry{}
	d.ds, d.err = gapsLoad(dir, "")
	if d.err == nil {
		d.n, d.err = graph.Build(d.ds, graph.BuildOptions{})
	}
	gapsBenchCache[name] = d
	if d.err != nil {
		tb.Fatal(d.err)
	}
	return d.ds, d.n
}

type gapsBenchEntry struct {
	ds  *graph.Dataset
	n   *graph.Network
	err error
}

var (
	gapsBenchMu    sync.Mutex
	gapsBenchCache = map[string]*gapsBenchEntry{}
)

// gapsTruth is the part of gen.py's truth.json the tests use.
type gapsTruth struct {
	Municipalities map[string]struct {
		Type string `json:"type"`
	} `json:"municipalities"`
	Turnover []struct {
		Left    string `json:"left"`
		LeftDay string `json:"left_day"`
	} `json:"turnover"`
}

func gapsReadTruth(tb testing.TB, name string) gapsTruth {
	var tr gapsTruth
	b, err := os.ReadFile(filepath.Join("..", "..", "bench", name, "truth.json"))
	if err == nil {
		err = json.Unmarshal(b, &tr)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return tr
}

// TestGapsSilosM checks that gen.py's planted silo municipalities show up
// as horizontal gaps: on M (seed 1) 53 of the 56 agency-pair gaps lie in
// silo municipalities, and the municipalities with the most are silos.
func TestGapsSilosM(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the M dataset")
	}
	ds, n := gapsBenchData(t, "M")
	tr := gapsReadTruth(t, "M")
	per := map[string]int{}
	total, inSilo := 0, 0
	for _, g := range FindGaps(ds, n, GapOptions{}) {
		if g.Rule != RuleAgencies {
			continue
		}
		if g.Type != Horizontal {
			t.Errorf("agency-pair gap typed %s: %+v", g.Type, g)
		}
		per[g.Scope]++
		total++
		if tr.Municipalities[g.Scope].Type == "silo" {
			inSilo++
		}
	}
	if total == 0 || float64(inSilo) < 0.8*float64(total) {
		t.Errorf("%d of %d horizontal gaps in silo municipalities, want at least 80%%", inSilo, total)
	}
	names := make([]string, 0, len(per))
	for m := range per {
		names = append(names, m)
	}
	slices.SortFunc(names, func(a, b string) int {
		if per[a] != per[b] {
			return per[b] - per[a]
		}
		return strings.Compare(a, b)
	})
	for _, m := range names[:min(5, len(names))] {
		if tr.Municipalities[m].Type != "silo" {
			t.Errorf("%s (%s) has %d horizontal gaps, among the five with most", m, tr.Municipalities[m].Type, per[m])
		}
	}
	t.Logf("%d horizontal gaps, %d in silo municipalities; most: %v", total, inSilo, names[:min(5, len(names))])
}

// TestUncoordinatedChain checks a chain of parallel contacts longer than
// the window: each pair within it, the whole over eleven days.
func TestUncoordinatedChain(t *testing.T) {
	d := graph.NewDataset("chain")
	for _, u := range []graph.Unit{
		{Key: "HB", Agency: "husbanken", Level: graph.LevelRegional},
		{Key: "HB-1", Agency: "husbanken", Level: graph.LevelRegional, Parent: "HB"},
		{Key: "HB-2", Agency: "husbanken", Level: graph.LevelRegional, Parent: "HB"},
		{Key: "HB-3", Agency: "husbanken", Level: graph.LevelRegional, Parent: "HB"},
		{Key: "BOL", Agency: "bolig", Level: graph.LevelUnit, Municipality: "Fjordvik"},
	} {
		if _, ok := d.AddUnit(u); !ok {
			t.Fatalf("unit %s twice", u.Key)
		}
	}
	day := func(s string) graph.Date {
		tm, _ := time.Parse("2006-01-02", s)
		return graph.DateOf(tm)
	}
	for i, s := range []string{"2011-03-01", "2011-03-06", "2011-03-11"} {
		d.Contacts = append(d.Contacts, graph.Contact{From: int32(1 + i), To: 4, Weight: 1, Date: day(s)})
	}
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := Uncoordinated(d, n, GapOptions{WindowDays: 7})
	if len(got) != 1 {
		t.Fatalf("%d findings, want 1: %+v", len(got), got)
	}
	f := got[0]
	if f.SpanDays != 10 || len(f.Units) != 3 {
		t.Errorf("span %d days, units %v; want 10 days, three units", f.SpanDays, f.Units)
	}
	for _, want := range []string{"over 11 days (2011-03-01 to 2011-03-11), each within 7 days of another of them,",
		"i løpet av 11 dager (2011-03-01–2011-03-11), hver innen 7 dager fra en annen av dem,"} {
		if !strings.Contains(f.Text.EN+f.Text.NB, want) {
			t.Errorf("text %q\nwant %q in it", f.Text, want)
		}
	}
}
