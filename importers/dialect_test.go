package importers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/samkart/samkart/graph"
)

// norwegian maps English header names to the bokmål aliases.
var norwegian = map[string]string{
	"id": "enhet_id", "name": "navn", "agency": "etat", "level": "nivå", "municipality": "kommune",
	"parent": "overordnet", "from": "fra", "to": "til", "date": "dato", "kind": "type",
	"formal": "formell", "weight": "vekt", "meeting": "møte", "unit": "enhet", "programme": "program",
	"min_weight": "min_vekt", "scope": "kommune",
}

var norwegianValues = map[string]string{
	"yes": "ja", "no": "nei", "true": "ja", "false": "nei",
	"national": "nasjonal", "leadership": "ledelse", "unit": "enhet", "frontline": "førstelinje", "user": "bruker",
	"meeting": "møte", "phone": "telefon", "email": "epost", "visit": "besøk", "case": "sak", "agreement": "avtale",
}

// excelCopy rewrites a UTF-8, comma-separated dataset the way Norwegian
// Excel saves it: bokmål headers and words, dates as 14.09.2011 13:00,
// decimal commas, ";" between fields, CRLF, Windows-1252.
func excelCopy(t *testing.T, src, dst string, delim rune, cp1252, bom, comma bool) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(src, "*.csv"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for i, name := range recs[0] {
			for _, rec := range recs[1:] {
				rec[i] = norwegianValue(name, rec[i], comma)
			}
			if nb, ok := norwegian[name]; ok {
				recs[0][i] = strings.ToUpper(nb[:1]) + nb[1:]
			}
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Comma, w.UseCRLF = delim, true
		w.WriteAll(recs)
		out := b.Bytes()
		if cp1252 {
			if out, err = charmap.Windows1252.NewEncoder().Bytes(out); err != nil {
				t.Fatal(err)
			}
		}
		if bom {
			out = append([]byte("\xEF\xBB\xBF"), out...)
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(file)), out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func norwegianValue(column, v string, comma bool) string {
	switch column {
	case "date":
		if d, err := graph.ParseDateString(v); v != "" && err == nil {
			tm := d.Time()
			if tm.Hour() == 0 && tm.Minute() == 0 {
				return tm.Format("02.01.2006")
			}
			return tm.Format("02.01.2006 15:04")
		}
	case "weight", "min_weight", "population":
		if comma {
			return strings.Replace(v, ".", ",", 1)
		}
	case "a", "b":
		if l, ok := strings.CutPrefix(v, "level:"); ok {
			if nb, ok := norwegianValues[l]; ok {
				return "nivå:" + nb
			}
		}
	}
	if nb, ok := norwegianValues[strings.ToLower(v)]; ok {
		return nb
	}
	return v
}

// TestExcelCopy checks that Norwegian Excel's way of saving a dataset
// (Windows-1252, ";", dd.mm.yyyy, bokmål headers and words, decimal commas,
// CRLF), its tab-separated text export (the same with tabs), and a UTF-8
// tab-separated copy with a BOM and decimal points, read the same as the
// UTF-8 original, æøå intact.
func TestExcelCopy(t *testing.T) {
	const src = "testdata/good/kommune"
	orig, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	want := string(dump(orig))
	if !strings.Contains(want, "Sørbygd") || !strings.Contains(want, "HB-ØST") {
		t.Fatal("the original lacks æøå")
	}
	for _, tc := range []struct {
		name         string
		delim        rune
		cp1252, bom  bool
		comma        bool
		wantEncoding encoding
	}{
		{"excel", ';', true, false, true, encCP1252},
		{"excel-text", '\t', true, false, true, encCP1252},
		{"tab", '\t', false, true, false, encUTF8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "kommune")
			os.Mkdir(dir, 0o755)
			excelCopy(t, src, dir, tc.delim, tc.cp1252, tc.bom, tc.comma)
			fh, _ := os.Open(filepath.Join(dir, "units.csv"))
			f, err := openCSV("units.csv", fh, 0)
			fh.Close()
			if err != nil || f.enc != tc.wantEncoding || f.delim != byte(tc.delim) {
				t.Fatalf("sniffed %v, %q, %v; want %v, %q", f.enc, f.delim, err, tc.wantEncoding, tc.delim)
			}
			fh, _ = os.Open(filepath.Join(dir, "contacts.csv"))
			f, err = openCSV("contacts.csv", fh, 0)
			fh.Close()
			if err != nil || f.comma != tc.comma {
				t.Fatalf("contacts.csv: decimal comma %t, %v; want %t", f.comma, err, tc.comma)
			}
			ds, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.ReplaceAll(string(dump(ds)), dir, src)
			if got != want {
				t.Errorf("the %s copy reads as\n%s\nwant\n%s", tc.name, got, want)
			}
		})
	}
}

func TestNorwegianValue(t *testing.T) {
	for _, tc := range [][3]string{
		{"date", "2011-09-14T13:00", "14.09.2011 13:00"},
		{"date", "2011-09-14", "14.09.2011"},
		{"weight", "0.5", "0,5"},
		{"level", "frontline", "førstelinje"},
		{"a", "level:leadership", "nivå:ledelse"},
	} {
		if got := norwegianValue(tc[0], tc[1], true); got != tc[2] {
			t.Errorf("norwegianValue(%s, %s) = %s; want %s", tc[0], tc[1], got, tc[2])
		}
	}
}

func TestDecimalComma(t *testing.T) {
	for _, tc := range []struct {
		rows  string
		delim byte
		want  bool
	}{
		{"a,1.5\n", ',', false},
		{"a;1.5\n", ';', true},
		{"a\t1,5\n", '\t', true},
		{"a\t1\n", '\t', true}, // no decimals yet: Excel's text export in Norway
		{"a\t1.5\nb\t2.25\n", '\t', false},
		{"a\t1.5\nb\t2,25\n", '\t', true},
		{"a\t1.5\nb\t2.5\nc\t\"1,500\"\n", '\t', false},
		{"14.09.2011\t13.00.5\t1,5\n", '\t', true}, // dates are no decimals
	} {
		if got := decimalComma([]byte(tc.rows), tc.delim, true); got != tc.want {
			t.Errorf("decimalComma(%q, %q) = %t; want %t", tc.rows, tc.delim, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    string
		want byte
	}{
		{"1.5", '.'}, {"-1,5", ','}, {"+0.25", '.'}, {"1", 0}, {"1.", 0}, {".5", 0}, {"1.2.3", 0}, {"1,5x", 0}, {"", 0},
	} {
		if got := decimalSign([]byte(tc.s)); got != tc.want {
			t.Errorf("decimalSign(%q) = %q; want %q", tc.s, got, tc.want)
		}
	}
}

// TestEncodingPerRow checks files whose first block is ASCII and whose
// later rows are not: UTF-8 rows with one Windows-1252 row (that row is
// an error), Windows-1252 rows only (read as such), and a Windows-1252
// file with one UTF-8 row (read, each row as what it is).
func TestEncodingPerRow(t *testing.T) {
	cp := func(s string) string {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	ascii := strings.Repeat("A,B,2012-01-02\n", sniffSize/15+10) // past the first block
	for _, tc := range []struct {
		name, later string
		wantErr     string // the error's position, or "" for none
		wantKind    string // the kind of the last contact
	}{
		{"utf8-with-one-cp1252", "A,B,2012-01-03,møte\nA,B,2012-01-04,møte\n" + cp("A,B,2012-01-05,besøk\n"),
			fmt.Sprintf(":%d:16: kind \"besøk\"", strings.Count(ascii, "\n")+4), ""},
		{"cp1252", cp("A,B,2012-01-03,møte\nA,B,2012-01-04,besøk\n"), "", "visit"},
		{"cp1252-with-one-utf8", cp("A,B,2012-01-03,møte\nA,B,2012-01-04,besøk\nA,B,2012-01-04,besøk\nA,B,2012-01-04,møte\nA,B,2012-01-04,besøk\n") +
			"A,B,2012-01-05,møte\n", "", "meeting"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, size := range []int{1 << 20, 4096} {
				defer func(n int) { chunkSize = n }(chunkSize)
				chunkSize = size
				dir := t.TempDir()
				os.WriteFile(filepath.Join(dir, "units.csv"), []byte("id\nA\nB\n"), 0o644)
				data := "from,to,date,kind\n" + strings.ReplaceAll(ascii, "\n", ",\n") + tc.later
				os.WriteFile(filepath.Join(dir, "contacts.csv"), []byte(data), 0o644)
				ds, err := Load(dir)
				if tc.wantErr != "" {
					if err == nil || !errors.Is(err, ErrMixedEncoding) || !strings.Contains(err.Error(), tc.wantErr) {
						t.Fatalf("got %v; want an ErrMixedEncoding at %s", err, tc.wantErr)
					}
					if n := strings.Count(err.Error(), "\n"); n != 0 {
						t.Errorf("got %d errors; want 1:\n%v", n+1, err)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				last := ds.Contacts[len(ds.Contacts)-1]
				if k := ds.KindName(last.Kind); k != tc.wantKind {
					t.Errorf("chunks of %d: the last contact's kind is %q; want %q", size, k, tc.wantKind)
				}
			}
		})
	}
}
