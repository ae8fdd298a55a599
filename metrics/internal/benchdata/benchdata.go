// Package benchdata loads the generated benchmark datasets (M: 2 682
// units; L: 26 407 units, 5.3 million contact rows) and what their
// generator planted (truth.json) for the tests and benchmarks of package
// metrics and its sub-packages, skipping a test when its dataset is
// absent. A dataset is looked for in $SAMKART_BENCH (the folder holding M
// and L, as for the importers' and graph's benchmarks), in the folder bench
// beside the checkout and in /work/bench.
package benchdata

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// Dir returns the folder of benchmark dataset scale, or "" when it is
// absent.
func Dir(scale string) string {
	var dirs []string
	if d := os.Getenv("SAMKART_BENCH"); d != "" {
		dirs = append(dirs, filepath.Join(d, scale))
	}
	if root := moduleRoot(); root != "" {
		dirs = append(dirs, filepath.Join(root, "..", "bench", scale))
	}
	for _, d := range append(dirs, filepath.Join("/work", "bench", scale)) {
		if _, err := os.Stat(filepath.Join(d, "units.csv")); err == nil {
			return d
		}
	}
	return ""
}

// moduleRoot returns the folder of go.mod above the working directory (a
// test runs in its package's folder), or "".
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

var (
	mu   sync.Mutex
	nets = map[string]*graph.Network{}
)

// Network returns the network of benchmark dataset scale, loaded once per
// test binary, skipping tb when the dataset is absent.
func Network(tb testing.TB, scale string) *graph.Network {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	if n, ok := nets[scale]; ok {
		return n
	}
	dir := Dir(scale)
	if dir == "" {
		tb.Skipf("benchmark dataset %s not found", scale)
	}
	ds, err := importers.Source{Dir: dir}.Load()
	if err != nil {
		tb.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	nets[scale] = n
	return n
}

// Truth is the part of a generated dataset's truth.json (what the
// generator planted) that the tests use.
type Truth struct {
	Municipalities map[string]struct {
		Type string `json:"type"`
	} `json:"municipalities"`
	Turnover []struct {
		Left    string `json:"left"`
		LeftDay string `json:"left_day"`
	} `json:"turnover"`
}

// ReadTruth reads the truth.json of benchmark dataset scale, skipping tb
// when the dataset is absent.
func ReadTruth(tb testing.TB, scale string) Truth {
	tb.Helper()
	dir := Dir(scale)
	if dir == "" {
		tb.Skipf("benchmark dataset %s not found", scale)
	}
	var tr Truth
	b, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err == nil {
		err = json.Unmarshal(b, &tr)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return tr
}
