package graphtest

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"testing"
	"unicode/utf8"
)

// update is the module's one -update flag.
var update = flag.Bool("update", false, "rewrite the golden files in testdata that differ")

// Golden compares got byte for byte with the golden file at path. On a
// mismatch it writes got to path.got and fails t, showing the first
// differing line; with -update it rewrites the golden file instead.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	GoldenFunc(t, path, got, diff)
}

// GoldenFunc is Golden with a comparison of its own: compare returns ""
// when got matches want, the golden file's contents, or else what differs,
// for the failure message. -update rewrites the golden file only when
// compare reports a difference.
func GoldenFunc(t testing.TB, path string, got []byte, compare func(want, got []byte) string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	d := compare(want, got)
	if d == "" {
		os.Remove(path + ".got")
		return
	}
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(path + ".got")
		t.Logf("rewrote %s", path)
		return
	}
	if err := os.WriteFile(path+".got", got, 0o644); err != nil {
		t.Error(err)
	}
	t.Errorf("%s differs from the golden file (got is in %s.got; go test -update accepts it): %s", path, path, d)
}

// diff compares want and got byte for byte. It returns "" when they are
// equal, or else where they first differ, with that line of each, quoted
// and shortened around the difference.
func diff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	start := bytes.LastIndexByte(got[:i], '\n') + 1 // the line's start, the same in both
	line := bytes.Count(got[:start], []byte("\n")) + 1
	return fmt.Sprintf("line %d, byte %d:\nwant %s\ngot  %s",
		line, i-start+1, excerpt(want, start, i), excerpt(got, start, i))
}

// excerptContext is how many bytes of a long line excerpt shows on either
// side of the difference.
const excerptContext = 40

// excerpt quotes the line of b that starts at start, with its newline,
// cut to about excerptContext bytes either side of i, at rune boundaries.
func excerpt(b []byte, start, i int) string {
	if start >= len(b) {
		return "end of file"
	}
	end := len(b)
	if nl := bytes.IndexByte(b[start:], '\n'); nl >= 0 {
		end = start + nl + 1
	}
	from, to := max(start, i-excerptContext), min(end, i+excerptContext)
	for from > start && !utf8.RuneStart(b[from]) {
		from--
	}
	for to < end && !utf8.RuneStart(b[to]) {
		to++
	}
	s := strconv.Quote(string(b[from:to]))
	if from > start {
		s = "…" + s
	}
	if to < end {
		s += "…"
	}
	return s
}
