package benchdata

import (
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
	"os"
	"path/filepath"
	"testing"
)

// TestModuleRoot checks that the module's root is found from a package
// folder, the working directory of a test.
func TestModuleRoot(t *testing.T) {
	want, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if got := moduleRoot(); got != want {
		t.Errorf("moduleRoot() = %q, want %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(want, "go.mod")); err != nil {
		t.Error(err)
	}
}
