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

// TestDirEnv checks that $SAMKART_BENCH is looked in first, and that a
// scale without units.csv there is not taken from it.
func TestDirEnv(t *testing.T) {
	root := t.TempDir()
	m := filepath.Join(root, "M")
	if err := os.Mkdir(m, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(m, "units.csv"), []byte("id\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SAMKART_BENCH", root)
	if got := Dir("M"); got != m {
		t.Errorf("Dir(M) = %q, want %q", got, m)
	}
	if got := Dir("L"); got == filepath.Join(root, "L") {
		t.Errorf("Dir(L) = %q without units.csv there", got)
	}
}
