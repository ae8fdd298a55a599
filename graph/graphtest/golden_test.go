package graphtest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// recorder is a testing.TB that keeps what a golden check reports.
type recorder struct {
	testing.TB // the methods not defined here are not called
	errors     []string
	logs       []string
}

// fatal is what recorder.Fatal panics with, to stop the check as
// t.Fatal stops a test.
type fatal struct{ msg string }

func (r *recorder) Helper() {}

func (r *recorder) Error(args ...any) { r.errors = append(r.errors, fmt.Sprint(args...)) }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Logf(format string, args ...any) {
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) { panic(fatal{fmt.Sprint(args...)}) }

// check runs f on a recorder with -update set to up, and returns what
// it recorded; a Fatal call comes back as an error.
func check(up bool, f func(testing.TB)) (r *recorder) {
	r = &recorder{}
	defer func(was bool) {
		*update = was
		if v := recover(); v != nil {
			ft, ok := v.(fatal)
			if !ok {
				panic(v)
			}
			r.errors = append(r.errors, "fatal: "+ft.msg)
		}
	}(*update)
	*update = up
	f(r)
	return r
}

// old is the time a golden file is dated to, to see whether it is written.
var old = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name      string
		golden    *string // nil: no golden file
		got       string
		update    bool
		staleGot  bool   // a .got file from an earlier run is there
		wantErr   string // substring of the one error; "" for none
		wantFile  string // the golden file afterwards ("" also for none)
		rewritten bool   // the golden file was written
		wantGot   bool   // path.got is there afterwards, holding got
	}{
		{name: "equal", golden: ptr("a\nb\n"), got: "a\nb\n", staleGot: true, wantFile: "a\nb\n"},
		{name: "differs", golden: ptr("a\nbc\n"), got: "a\nbd\n", staleGot: true, wantFile: "a\nbc\n", wantGot: true,
			wantErr: "differs from the golden file (got is in " + "GOLDEN.got; go test -update accepts it): line 2, byte 2:\nwant \"bc\\n\"\ngot  \"bd\\n\""},
		{name: "missing empty", got: ""},
		{name: "missing", got: "x\n", wantGot: true, wantErr: "line 1, byte 1:\nwant end of file\ngot  \"x\\n\""},
		{name: "update equal", golden: ptr("same\n"), got: "same\n", update: true, wantFile: "same\n"},
		{name: "update differs", golden: ptr("old\n"), got: "new\n", update: true, staleGot: true, wantFile: "new\n", rewritten: true},
		{name: "update missing", got: "new\n", update: true, wantFile: "new\n", rewritten: true},
		{name: "update missing empty", got: "", update: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "golden.txt")
			if tc.golden != nil {
				writeOld(t, path, *tc.golden)
			}
			if tc.staleGot {
				writeOld(t, path+".got", "stale")
			}
			r := check(tc.update, func(tb testing.TB) { Golden(tb, path, []byte(tc.got)) })

			wantErr := strings.ReplaceAll(tc.wantErr, "GOLDEN", path)
			switch {
			case wantErr == "" && len(r.errors) > 0:
				t.Errorf("errors %q; want none", r.errors)
			case wantErr != "" && (len(r.errors) != 1 || !strings.Contains(r.errors[0], wantErr)):
				t.Errorf("errors %q; want one containing %q", r.errors, wantErr)
			}
			file, err := os.ReadFile(path)
			if string(file) != tc.wantFile || (tc.wantFile != "" && err != nil) {
				t.Errorf("golden file %q, %v; want %q", file, err, tc.wantFile)
			}
			if fi, err := os.Stat(path); err == nil && fi.ModTime().Equal(old) == tc.rewritten {
				t.Errorf("golden file dated %v; rewritten %v", fi.ModTime(), tc.rewritten)
			}
			if tc.rewritten != (len(r.logs) == 1 && r.logs[0] == "rewrote "+path) {
				t.Errorf("logs %q; rewritten %v", r.logs, tc.rewritten)
			}
			gotFile, err := os.ReadFile(path + ".got")
			if tc.wantGot != (err == nil) || (tc.wantGot && string(gotFile) != tc.got) {
				t.Errorf(".got file %q, %v; want it %v with %q", gotFile, err, tc.wantGot, tc.got)
			}
		})
	}
}

// TestGoldenFunc checks that a comparison of one's own decides both the
// test and whether -update rewrites the golden file.
func TestGoldenFunc(t *testing.T) {
	sameLetters := func(want, got []byte) string {
		if bytes.EqualFold(want, got) {
			return ""
		}
		return "not the same letters"
	}
	path := filepath.Join(t.TempDir(), "golden.txt")
	writeOld(t, path, "Ås\n")
	for _, up := range []bool{false, true} {
		r := check(up, func(tb testing.TB) { GoldenFunc(tb, path, []byte("ås\n"), sameLetters) })
		fi, err := os.Stat(path)
		if len(r.errors) > 0 || len(r.logs) > 0 || err != nil || !fi.ModTime().Equal(old) {
			t.Errorf("update %v: errors %q, logs %q, stat %v; want the golden file to match and stay", up, r.errors, r.logs, err)
		}
	}
	r := check(false, func(tb testing.TB) { GoldenFunc(tb, path, []byte("Os\n"), sameLetters) })
	if len(r.errors) != 1 || !strings.HasSuffix(r.errors[0], "accepts it): not the same letters") {
		t.Errorf("errors %q", r.errors)
	}
}

func TestGoldenUnreadable(t *testing.T) {
	dir := t.TempDir() // a folder: reading it fails otherwise than not found
	r := check(true, func(tb testing.TB) { Golden(tb, dir, []byte("x")) })
	if len(r.errors) != 1 || !strings.HasPrefix(r.errors[0], "fatal: ") {
		t.Errorf("errors %q; want one fatal", r.errors)
	}
}

func TestDiff(t *testing.T) {
	long := strings.Repeat("ø", 30) // 60 bytes
	for _, tc := range []struct{ want, got, diff string }{
		{"", "", ""},
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\n", "a\nc\n", "line 2, byte 1:\nwant \"b\\n\"\ngot  \"c\\n\""},
		{"a\nb\n", "a\nb", "line 2, byte 2:\nwant \"b\\n\"\ngot  \"b\""},
		{"a\n", "a\nb\n", "line 2, byte 1:\nwant end of file\ngot  \"b\\n\""},
		{"a\r\nb\n", "a\nb\n", "line 1, byte 2:\nwant \"a\\r\\n\"\ngot  \"a\\n\""},
		{"x" + long + "A" + long + "\n", "x" + long + "B" + long + "\n",
			"line 1, byte 62:\nwant …\"" + long[:40] + "A" + long[:40] + "\"…\ngot  …\"" + long[:40] + "B" + long[:40] + "\"…"},
		{long + "å\n", long + "ä\n", "line 1, byte 62:\nwant …\"" + long[:40] + "å\\n\"\ngot  …\"" + long[:40] + "ä\\n\""},
	} {
		if d := diff([]byte(tc.want), []byte(tc.got)); d != tc.diff {
			t.Errorf("diff(%q, %q) =\n%s\nwant\n%s", tc.want, tc.got, d, tc.diff)
		}
	}
}

func ptr(s string) *string { return &s }

// writeOld writes a file dated old.
func writeOld(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}
