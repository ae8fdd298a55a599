package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSummaryFindings: summary ends with the main findings, and skips
// them, saying so, for a dataset of more than 16 MB.
func TestSummaryFindings(t *testing.T) {
	stdout, _, code := runArgs(t, "summary", "../../examples/kommune", "--lang", "nb")
	if code != 0 || !strings.Contains(stdout, "\nHovedfunn\n  1. ") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "contacts.csv", "meetings.csv"} {
		b, err := os.ReadFile(filepath.Join("../../examples/kommune", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A sparse file: 17 MB of table that takes no room on disk.
	big := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 17<<20); err != nil {
		t.Fatal(err)
	}
	stdout, _, code = runArgs(t, "summary", dir, "--lang", "en")
	if code != 0 || !strings.Contains(stdout, "Main findings: not computed, since the dataset is large (18 MB)") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}
