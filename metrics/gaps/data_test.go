package gaps

import (
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// The test data of the package: the hand-built example testdata/fjordvik
// (fjordvik; testdata/README.md says what is planted in it), networks
// written in the tests, and the generated benchmark datasets when present
// (package benchdata).

// fjordvik loads the hand-built example, with the housing action plan as
// its expected.csv when asked.
func fjordvik(tb testing.TB, plan bool) *graph.Network {
	tb.Helper()
	dir := filepath.Join("testdata", "fjordvik")
	f := graph.Files{Units: filepath.Join(dir, "units.csv"), Contacts: filepath.Join(dir, "contacts.csv"),
		Meetings: filepath.Join(dir, "meetings.csv"), Municipalities: filepath.Join(dir, "municipalities.csv")}
	if plan {
		f.Expected = filepath.Join(dir, "plan", "expected.csv")
	}
	ds, err := importers.Source{Files: f}.Load()
	if err != nil {
		tb.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}
