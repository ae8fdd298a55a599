package importers

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/graphtest"
)

// dump writes everything in ds as text, one record a line.
func dump(ds *graph.Dataset) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "name %s\n", ds.Name)
	fmt.Fprintf(&b, "kinds %q\n", ds.Kinds)
	fmt.Fprintf(&b, "period %s..%s\n", ds.Period.First, ds.Period.Last)
	for _, u := range ds.Units {
		fmt.Fprintf(&b, "unit %d %q name=%q agency=%q label=%q level=%d municipality=%q region=%q parent=%q",
			u.Line, u.Key, u.Name, u.Agency, u.AgencyLabel, u.Level, u.Municipality, u.Region, u.Parent)
		for _, a := range u.Attrs {
			fmt.Fprintf(&b, " %q=%q", a.Name, a.Value)
		}
		if u.Answered != graph.Unknown {
			fmt.Fprintf(&b, " answered=%d", u.Answered)
		}
		b.WriteByte('\n')
	}
	for _, c := range ds.Contacts {
		fmt.Fprintf(&b, "contact %d %s -> %s date=%s kind=%s formal=%t weight=%g\n",
			c.Line, ds.Units[c.From].Key, ds.Units[c.To].Key, c.Date, ds.KindName(c.Kind), c.Formal, c.Weight)
	}
	for _, m := range ds.Meetings {
		fmt.Fprintf(&b, "meeting %d %q units=[", m.Line, m.Key)
		for i, u := range m.Units {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(ds.Units[u].Key)
		}
		fmt.Fprintf(&b, "] date=%s kind=%s formal=%t\n", m.Date, ds.KindName(m.Kind), m.Formal)
	}
	for _, m := range ds.Municipalities {
		fmt.Fprintf(&b, "municipality %d %q region=%q programme=%d", m.Line, m.Name, m.Region, m.Programme)
		for _, n := range m.Numbers {
			fmt.Fprintf(&b, " %q=%g", n.Name, n.Value)
		}
		for _, a := range m.Attrs {
			fmt.Fprintf(&b, " %q=%q", a.Name, a.Value)
		}
		b.WriteByte('\n')
	}
	for _, x := range ds.Expected {
		fmt.Fprintf(&b, "expected %d %s -- %s min=%g scope=%q\n", x.Line, x.A, x.B, x.MinWeight, x.Scope)
	}
	dumpSurvey(&b, ds)
	for _, w := range ds.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	return b.Bytes()
}

func dirs(t *testing.T, pattern string) []string {
	t.Helper()
	ds, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range ds {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no folders match %s", pattern)
	}
	return out
}

// TestGood loads each dataset in testdata/good and compares everything
// read with NAME.golden.
func TestGood(t *testing.T) {
	for _, dir := range dirs(t, "testdata/good/*") {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			ds, err := Load(dir)
			if err != nil {
				t.Fatalf("Load(%s): %v", dir, err)
			}
			graphtest.Golden(t, dir+".golden", dump(ds))
			var nb bytes.Buffer
			for _, w := range ds.Warnings {
				fmt.Fprintf(&nb, "advarsel %s\n", w.In(graph.NB))
			}
			graphtest.Golden(t, dir+".nb.warnings", nb.Bytes())
		})
	}
}

// TestBad loads each dataset in testdata/bad and compares the errors with
// NAME.err.
func TestBad(t *testing.T) {
	for _, dir := range dirs(t, "testdata/bad/*") {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			ds, err := Load(dir)
			if err == nil {
				t.Fatalf("Load(%s) succeeded with %d units; want errors", dir, len(ds.Units))
			}
			var e *graph.InputError
			if !errors.As(err, &e) {
				t.Fatalf("Load(%s): %v (%T); want an ErrorList or *graph.InputError", dir, err, err)
			}
			graphtest.Golden(t, dir+".err", []byte(err.Error()+"\n"))
			graphtest.Golden(t, dir+".nb.err", []byte(inLang(err, graph.NB)+"\n"))
		})
	}
}

// inLang formats an input error in language l.
func inLang(err error, l graph.Lang) string {
	switch e := err.(type) {
	case ErrorList:
		return e.In(l)
	case *graph.InputError:
		return e.In(l)
	}
	return err.Error()
}

// TestChunked checks that reading in small chunks on several goroutines
// gives what reading in one piece gives, for every dataset.
func TestChunked(t *testing.T) {
	defer func(n int) { chunkSize = n }(chunkSize)
	all := append(dirs(t, "testdata/good/*"), dirs(t, "testdata/bad/*")...)
	for _, dir := range all {
		chunkSize = 4 << 20
		ds1, err1 := Load(dir)
		for _, size := range []int{1, 7, 64} {
			chunkSize = size
			ds2, err2 := Load(dir)
			if fmt.Sprint(err1) != fmt.Sprint(err2) {
				t.Errorf("%s, chunks of %d: error\n%v\nwant\n%v", dir, size, err2, err1)
			}
			if err1 == nil && !bytes.Equal(dump(ds1), dump(ds2)) {
				t.Errorf("%s, chunks of %d: got\n%s\nwant\n%s", dir, size, dump(ds2), dump(ds1))
			}
		}
	}
}

func TestSources(t *testing.T) {
	files := graph.Files{Units: "testdata/good/kommune/units.csv", Contacts: "testdata/good/kommune/contacts.csv"}
	ds, err := Source{Files: files}.Load()
	if err != nil {
		t.Fatal(err)
	}
	if ds.Name != "kommune" || len(ds.Units) != 12 || len(ds.Contacts) != 12 || len(ds.Meetings) != 0 {
		t.Errorf("Source{Files}.Load: name %q, %d units, %d contacts, %d meetings; want kommune, 12, 12, 0",
			ds.Name, len(ds.Units), len(ds.Contacts), len(ds.Meetings))
	}
	n, err := Source{FS: os.DirFS("testdata/good"), Files: graph.Files{Units: "kommune/units.csv", Contacts: "kommune/contacts.csv"}}.
		LoadNetwork(graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n.Data.Name != "kommune" || n.Len() != 12 || n.ContactStats().Contacts != 12 {
		t.Errorf("Source{FS, Files}.LoadNetwork: name %q, %d units, %d contacts; want kommune, 12, 12",
			n.Data.Name, n.Len(), n.ContactStats().Contacts)
	}
	fromFS, err := Source{FS: os.DirFS("testdata"), Dir: "good/kommune"}.Load()
	if err != nil {
		t.Fatal(err)
	}
	if fromFS.Name != "kommune" || fromFS.Files.Units != "good/kommune/units.csv" {
		t.Errorf("Source{FS, Dir}.Load: name %q, units file %q", fromFS.Name, fromFS.Files.Units)
	}
	for _, tc := range []struct {
		src  Source
		want error
	}{
		{Source{}, ErrNoUnitsFile},
		{Source{Files: graph.Files{Units: "testdata/nonexistent.csv"}}, os.ErrNotExist},
		{Source{Dir: "testdata/nonexistent"}, os.ErrNotExist},
		{Source{Dir: "testdata/good/kommune/units.csv"}, ErrNotFolder},
		{Source{Dir: "testdata/bad/no-units"}, ErrUnitsNotFound},
		{Source{Dir: "testdata/bad/no-units"}, ErrNoUnitsFile},
		{Source{FS: os.DirFS("testdata"), Dir: "nonexistent"}, os.ErrNotExist},
	} {
		if _, err := tc.src.Load(); !errors.Is(err, tc.want) {
			t.Errorf("%+v.Load(): %v; want %v", tc.src, err, tc.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a Source with both Dir and Files did not panic")
		}
	}()
	Source{Dir: "testdata/good/kommune", Files: files}.Load()
}

func TestErrorFormat(t *testing.T) {
	for _, tc := range []struct {
		e      graph.InputError
		en, nb string
	}{
		{graph.InputError{File: "contacts.csv", Line: 14, Column: 23, Field: "date", Value: "31.02.2011", Err: graph.ErrDayRange},
			`contacts.csv:14:23: date "31.02.2011": day out of range; want 2011-09-14 or 14.09.2011`,
			`contacts.csv:14:23: date "31.02.2011": dagen finnes ikke i måneden; forventet 2011-09-14 eller 14.09.2011`},
		{graph.InputError{File: "units.csv", Line: 1, Err: ErrMissingColumn, Args: []any{"id"},
			WantArgs: []any{graph.T("id eller enhet_id", "id or enhet_id")}},
			`units.csv:1: missing column "id"; want a header naming it id or enhet_id (in any case)`,
			`units.csv:1: kolonnen "id" mangler; forventet en overskrift som kaller den id eller enhet_id (store eller små bokstaver)`},
		{graph.InputError{File: "units.csv", Err: ErrEmptyFile},
			`units.csv: empty file; want a header line naming the columns`,
			`units.csv: tom fil; forventet en overskriftslinje som navngir kolonnene`},
		{graph.InputError{File: "k.csv", Line: 3, Column: 1, Value: "NAV-Oslo", Err: ErrUnknownUnit, Args: []any{`"NAV-Oslo"`}, Suggestion: "NAV-OSLO"},
			`k.csv:3:1: unknown unit "NAV-Oslo"; did you mean "NAV-OSLO"?`,
			`k.csv:3:1: ukjent enhet "NAV-Oslo"; mente du "NAV-OSLO"?`},
		{graph.InputError{Err: ErrUnknownAgency, Args: []any{`"skole"`}, Suggestion: "skule"},
			`unknown agency "skole"; did you mean "agency:skule"?`,
			`ukjent etat "skole"; mente du "etat:skule"?`},
		{graph.InputError{File: "x.graphml", Line: 2, Column: 14, Subject: `node "ø"`, Field: "nivå", Value: "øverst", Err: graph.ErrLevel},
			`x.graphml:2:14: node "ø": nivå "øverst": not a level; want ` + graph.ErrLevel.Want.EN,
			`x.graphml:2:14: node "ø": nivå "øverst": ikke et nivå; forventet ` + graph.ErrLevel.Want.NB},
		{graph.InputError{File: "x.net", Line: 1, Err: errors.New("a second *Network")},
			`x.net:1: a second *Network`, `x.net:1: a second *Network`},
	} {
		if got := tc.e.Error(); got != tc.en {
			t.Errorf("got  %s\nwant %s", got, tc.en)
		}
		if got := tc.e.In(graph.NB); got != tc.nb {
			t.Errorf("got  %s\nwant %s", got, tc.nb)
		}
	}
	var l ErrorList
	for i := range 60 {
		l = append(l, &graph.InputError{File: "b.csv", Line: 60 - i, Err: errors.New("x")})
	}
	l = append(l, &graph.InputError{File: "a.csv", Line: 9, Err: errors.New("y")})
	l.Sort()
	lines := strings.Split(l.Error(), "\n")
	if len(lines) != MaxPrinted+1 || lines[0] != "a.csv:9: y" || lines[1] != "b.csv:1: x" || lines[MaxPrinted] != "... and 11 more errors" {
		t.Errorf("ErrorList.Error: %d lines, first %q, %q, last %q", len(lines), lines[0], lines[1], lines[len(lines)-1])
	}
}

// TestManyErrors checks the cap on errors kept for one file.
func TestManyErrors(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("from,to\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "X%d,A\n", i)
	}
	os.WriteFile(filepath.Join(dir, "units.csv"), []byte("id\nA\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "contacts.csv"), []byte(b.String()), 0o644)
	_, err := Load(dir)
	var l ErrorList
	if !errors.As(err, &l) {
		t.Fatalf("got %v; want an ErrorList", err)
	}
	last := l[len(l)-1]
	if len(l) != maxFileErrors+1 || last.Line != maxFileErrors+2 || !errors.Is(last, ErrTooMany) || !strings.Contains(last.Error(), "2000 more") {
		t.Errorf("got %d errors, last %v; want %d, the last counting 2000 more from line %d", len(l), last, maxFileErrors+1, maxFileErrors+2)
	}
}

// TestLoadNetwork checks that aggregating while reading gives the network,
// warnings and errors that Load followed by graph.Build gives, for every
// dataset, in chunks of any size and with a window and a scope.
func TestLoadNetwork(t *testing.T) {
	defer func(n int) { chunkSize = n }(chunkSize)
	all := append(dirs(t, "testdata/good/*"), dirs(t, "testdata/bad/*")...)
	all = append(all, "../examples/kommune", "../examples/region", "../examples/excel")
	y2011 := graph.Window{From: graph.DateOf(time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)),
		To: graph.DateOf(time.Date(2011, 12, 31, 23, 59, 0, 0, time.UTC))}
	opts := []graph.BuildOptions{
		{},
		{Window: y2011, Projection: graph.ProjectOne},
		{Filter: graph.Filter{Scope: "Fjordvik"}},
	}
	for _, dir := range all {
		for _, size := range []int{4 << 20, 7} {
			chunkSize = size
			for _, opt := range opts {
				ds, err1 := Load(dir)
				var want *graph.Network
				if err1 == nil {
					if want, err1 = graph.Build(ds, opt); err1 != nil {
						t.Fatalf("%s: Build: %v", dir, err1)
					}
				}
				got, err2 := Source{Dir: dir}.LoadNetwork(opt)
				if fmt.Sprint(err1) != fmt.Sprint(err2) {
					t.Errorf("%s, chunks of %d: error\n%v\nwant\n%v", dir, size, err2, err1)
				}
				if err1 != nil || err2 != nil {
					continue
				}
				if len(got.Data.Contacts) != 0 {
					t.Errorf("%s: LoadNetwork kept %d contact records", dir, len(got.Data.Contacts))
				}
				if !reflect.DeepEqual(got.Ties(), want.Ties()) || !reflect.DeepEqual(got.Arcs(), want.Arcs()) ||
					*got.ContactStats() != *want.ContactStats() || !reflect.DeepEqual(got.Data.Warnings, ds.Warnings) ||
					got.Len() != want.Len() || got.Data.Name != ds.Name {
					t.Errorf("%s, chunks of %d, %+v: LoadNetwork differs from Build(Load)", dir, size, opt)
				}
			}
		}
	}
}

// TestTrfGroupsCounts: a count given to a warning as graph.Count is
// written as each language groups its digits.
func TestTrfGroupsCounts(t *testing.T) {
	got := trf("%s rader med vekt 0 i %s", "%s rows of weight 0 in %s", graph.Count(12345), "kontakter.csv")
	if want := graph.T("12\u00a0345 rader med vekt 0 i kontakter.csv", "12,345 rows of weight 0 in kontakter.csv"); got != want {
		t.Errorf("trf = %+v; want %+v", got, want)
	}
}
