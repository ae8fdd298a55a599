package text

import (
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// The test data: the golden files in testdata, and the datasets of the
// tests of metrics and metrics/gaps, whose numbers these tests write out:
// the reference datasets (metrics/testdata/data) and the hand-built gaps
// example (metrics/gaps/testdata/fjordvik, described in its README).

// metricsDir is the folder of package metrics.
var metricsDir = filepath.Join("..", "..", "..", "..", "metrics")

// referenceNetwork loads and builds a reference dataset of package
// metrics.
func referenceNetwork(tb testing.TB, name string) *graph.Network {
	tb.Helper()
	return loadNetwork(tb, importers.Source{Dir: filepath.Join(metricsDir, "testdata", "data", name)})
}

// fjordvik loads the gaps example, with its housing action plan when plan
// is set.
func fjordvik(tb testing.TB, plan bool) *graph.Network {
	tb.Helper()
	dir := filepath.Join(metricsDir, "gaps", "testdata", "fjordvik")
	f := graph.Files{Units: filepath.Join(dir, "units.csv"), Contacts: filepath.Join(dir, "contacts.csv"),
		Meetings: filepath.Join(dir, "meetings.csv"), Municipalities: filepath.Join(dir, "municipalities.csv")}
	if plan {
		f.Expected = filepath.Join(dir, "plan", "expected.csv")
	}
	return loadNetwork(tb, importers.Source{Files: f})
}

func loadNetwork(tb testing.TB, src importers.Source) *graph.Network {
	tb.Helper()
	ds, err := src.Load()
	if err != nil {
		tb.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}
