package enctest

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/samkart/samkart/graph"
)

// Update rewrites the golden files: go test ./graph/encoding/... -update
var Update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Golden compares got with the file at path, rewriting it under -update.
// A missing golden file reads as empty; on a mismatch got is written next
// to it as path.got.
func Golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, _ := os.ReadFile(path)
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from the golden file; see %s.got (run with -update to accept)", path, path)
	}
}

// Build builds d with the default options, failing the test on error.
func Build(t testing.TB, d *graph.Dataset) *graph.Network {
	t.Helper()
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
