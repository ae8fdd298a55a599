package encoding_test

import (
	"path/filepath"
	"testing"

	"github.com/samkart/samkart/graph/encoding/internal/enctest"
)

// The tests every format runs, from the one table of formats. Each
// format's package tests what is its own: its error messages, the files of
// its documentation, its options; and has its fuzz target.

func TestGolden(t *testing.T) {
	for _, f := range enctest.Formats {
		t.Run(f.Name, func(t *testing.T) { enctest.TestGolden(t, f, filepath.Join(f.Name, "testdata")) })
	}
}

func TestRoundTrip(t *testing.T) {
	for _, f := range enctest.Formats {
		t.Run(f.Name, func(t *testing.T) { enctest.TestRoundTrip(t, f) })
	}
}

func TestDecodeOtherTools(t *testing.T) {
	for _, f := range enctest.Formats {
		t.Run(f.Name, func(t *testing.T) { enctest.TestOtherTools(t, f, filepath.Join(f.Name, "testdata")) })
	}
}
