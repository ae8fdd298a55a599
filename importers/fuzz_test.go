package importers

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// seed adds the CSV files of testdata named name (units.csv, …) as seeds.
func seed(f *testing.F, name string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*", name))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a;b\r\n\"x\"\"y\";\"z\nw\"\r\n"))
	f.Add([]byte("\xEF\xBB\xBFsep=;\nid;navn\n1;\xe6\xf8\xe5\n"))
	f.Add([]byte("\xFF\xFEi\x00d\x00\n\x00"))
}

// units are the units the contacts, meetings and expected fuzz targets
// refer to.
const fuzzUnits = "id,name,agency,level,municipality\nA,Alfa,NAV,unit,Oslo\nB,Beta,eiendom,leadership,Oslo\nÆ,Æser,helse,5,Bergen\n"

// loadFuzz loads a dataset of units.csv and one more file. It checks that
// Load does not panic and that what it returns holds together.
func loadFuzz(t *testing.T, units, name string, data []byte) {
	fsys := fstest.MapFS{"d/units.csv": {Data: []byte(units)}}
	if name != "" {
		fsys["d/"+name] = &fstest.MapFile{Data: data}
	}
	ds, err := Source{FS: fsys, Dir: "d"}.Load()
	if err != nil {
		if _, ok := err.(ErrorList); !ok {
			if _, ok := err.(*graph.InputError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
		for _, lang := range []graph.Lang{graph.NB, graph.EN} {
			if msg := inLang(err, lang); strings.Contains(msg, "%!") {
				t.Fatalf("badly formatted message: %s", msg)
			}
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, "d/") && !strings.HasPrefix(line, "...") {
				t.Fatalf("error without a file name: %q", line)
			}
		}
		return
	}
	for _, w := range ds.Warnings {
		for _, lang := range []graph.Lang{graph.NB, graph.EN} {
			if msg := w.In(lang); strings.Contains(msg, "%!") || !strings.HasPrefix(msg, "d/") {
				t.Fatalf("badly formatted warning: %s", msg)
			}
		}
	}
	seen := make(map[string]bool)
	for _, u := range ds.Units {
		if u.Key == "" || seen[u.Key] {
			t.Fatalf("empty or repeated unit key %q", u.Key)
		}
		seen[u.Key] = true
	}
	n := int32(len(ds.Units))
	for _, c := range ds.Contacts {
		if c.From < 0 || c.From >= n || c.To < 0 || c.To >= n || c.From == c.To {
			t.Fatalf("contact %+v with %d units", c, n)
		}
		if c.Weight < 0 || math.IsNaN(c.Weight) || math.IsInf(c.Weight, 0) || int(c.Kind) >= len(ds.Kinds) {
			t.Fatalf("contact %+v", c)
		}
	}
	for _, m := range ds.Meetings {
		for i, u := range m.Units {
			if u < 0 || u >= n || i > 0 && m.Units[i-1] >= u {
				t.Fatalf("meeting %+v", m)
			}
		}
	}
	for _, x := range ds.Expected {
		if !(x.MinWeight > 0) {
			t.Fatalf("expectation %+v", x)
		}
	}
	checkSurvey(t, ds)
	// Aggregating while reading builds what building from the records does.
	want, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	got, err := Source{FS: fsys, Dir: "d"}.LoadNetwork(graph.BuildOptions{})
	if err != nil {
		t.Fatalf("streaming load failed where Load did not: %v", err)
	}
	if !reflect.DeepEqual(got.Ties(), want.Ties()) || !reflect.DeepEqual(got.Arcs(), want.Arcs()) ||
		*got.ContactStats() != *want.ContactStats() {
		t.Fatalf("streamed network differs: ties %v, want %v", got.Ties(), want.Ties())
	}
}

func FuzzUnits(f *testing.F) {
	seed(f, "units.csv")
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, string(data), "", nil) })
}

func FuzzContacts(f *testing.F) {
	seed(f, "contacts.csv")
	f.Add([]byte("fra;til;dato;vekt\nA;B;14.09.2011 13:00;1,5\nB;Æ;2011-09-14T13:00:00+02:00;0\n"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, fuzzUnits, "contacts.csv", data) })
}

func FuzzMeetings(f *testing.F) {
	seed(f, "meetings.csv")
	f.Add([]byte("møte,enhet,dato\nm,A,2011-09-14\nm,B,\nn,Æ,\n"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, fuzzUnits, "meetings.csv", data) })
}

func FuzzMunicipalities(f *testing.F) {
	seed(f, "municipalities.csv")
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, fuzzUnits, "municipalities.csv", data) })
}

func FuzzExpected(f *testing.F) {
	seed(f, "expected.csv")
	f.Add([]byte("a,b,min_weight,scope\nagency:nav,level:ledelse,2,Oslo\nA,B,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, fuzzUnits, "expected.csv", data) })
}

// FuzzSniff checks that sniffing any bytes gives a dialect or a message,
// and that reading a file in small chunks on several goroutines gives the
// same records as reading it in one piece.
func FuzzSniff(f *testing.F) {
	seed(f, "units.csv")
	seed(f, "contacts.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, eof := range []bool{true, false} {
			d, bad, line := sniff(data, eof)
			if bad == nil && d.delim != ',' && d.delim != ';' && d.delim != '\t' && d.skip == 0 {
				t.Fatalf("delimiter %q", d.delim)
			}
			if bad != nil && line < 1 {
				t.Fatalf("binary at line %d", line)
			}
		}
		whole := records(t, data, 1<<20)
		if got := records(t, data, 3); got != whole {
			t.Fatalf("in chunks of 3:\n%s\nwhole:\n%s", got, whole)
		}
	})
}

// records reads data as a CSV file in chunks of size and lists its
// records, with their lines and errors.
func records(t *testing.T, data []byte, size int) string {
	defer func(n int) { chunkSize = n }(chunkSize)
	chunkSize = size
	f, err := openCSV("f", bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%v %q %q\n", f.enc, f.delim, f.header)
	var out []string
	err = f.ck.run(2, nil, func(ch *chunk) {
		var s strings.Builder
		var sc scanner
		sc.reset(ch.data, ch.line, f.delim, true)
		for sc.next() == recOK {
			fmt.Fprintf(&s, "%d %q", sc.recLine, sc.err)
			for i := range sc.fields {
				fmt.Fprintf(&s, " %d:%d:%q", sc.fields[i].line, sc.column(i, f.enc), sc.value(i))
			}
			s.WriteByte('\n')
		}
		ch.res = s.String()
	}, func(ch *chunk) { out = append(out, ch.res.(string)) })
	if err != nil {
		t.Fatal(err)
	}
	b.WriteString(strings.Join(out, ""))
	return b.String()
}

// FuzzValues checks the importer's own readers of text: header names
// and Windows-1252 fields. (graph's FuzzParse checks the values.)
func FuzzValues(f *testing.F) {
	for _, s := range []string{"Enhet ID", "nivå", " min-vekt ", "\xe6\xf8\xe5", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k := headerKey(s); strings.ContainsAny(k, " -\t") || headerKey(k) != k {
			t.Fatalf("headerKey(%q) = %q", s, k)
		}
		var dst []byte
		if d := decode([]byte(s), encCP1252, &dst); !utf8.Valid(d) {
			t.Fatalf("decode(%q) = %q, not UTF-8", s, d)
		}
	})
}
