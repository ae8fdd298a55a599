package metrics

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// loadRefDatasetM2 reads a dataset folder and builds its network.
func loadRefDatasetM2(dir string) (*graph.Network, error) {
	ds, err := importers.Load(dir)
	if err != nil {
		return nil, err
	}
	return graph.Build(ds, graph.BuildOptions{})
}

// refDataM2 returns the network of a reference dataset: the MIT ones from
// testdata/data, the GPL ones from ../../shared/data, skipping the test
// when a dataset is absent.
func refDataM2(t testing.TB, name string) *graph.Network {
	t.Helper()
	for _, dir := range []string{filepath.Join("testdata", "data", name), filepath.Join("..", "..", "shared", "data", name)} {
		if _, err := os.Stat(filepath.Join(dir, "units.csv")); err != nil {
			continue
		}
		n, err := loadRefDatasetM2(dir)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	t.Skipf("dataset %s not present", name)
	return nil
}
