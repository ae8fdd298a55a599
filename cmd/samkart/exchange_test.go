package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// summaryTies runs summary with args and returns its ties.
func summaryTies(t *testing.T, args ...string) int {
	t.Helper()
	stdout, stderr, code := runArgs(t, append([]string{"summary", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("summary %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	var s struct{ Ties int }
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatal(err)
	}
	return s.Ties
}

// TestExchangeWindow exports examples/region in every format and reads it
// back with --window: the GEXF and JSON exports carry the contacts' dates
// and give the ties the CSV files give; Pajek, DL and GraphML, which
// carry none, are refused with exit 2 and the reason.
func TestExchangeWindow(t *testing.T) {
	const region = "../../examples/region"
	window := []string{"--window", "2010-07..2010-12"}
	want := summaryTies(t, append([]string{region}, window...)...)
	if want != 266 {
		t.Errorf("CSV: %d ties in 2010-07..2010-12, want 266", want)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		format, why string
	}{
		{"gexf", ""},
		{"json", ""},
		{"pajek", "Pajek files carry no dates"},
		{"dl", "UCINET DL files carry no dates"},
		{"graphml", "the GraphML file gives each tie's first and last date, not the date of each contact"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			file := filepath.Join(dir, "region."+tc.format)
			if _, stderr, code := runArgs(t, "export", region, "--format", tc.format, "-o", file); code != 0 {
				t.Fatalf("export: exit %d: %s", code, stderr)
			}
			if all := summaryTies(t, "--from", tc.format, file); all != 384 {
				t.Errorf("%d ties without a window, want 384", all)
			}
			if tc.why == "" {
				if got := summaryTies(t, append([]string{"--from", tc.format, file}, window...)...); got != want {
					t.Errorf("%d ties in the window, want %d as from the CSV files", got, want)
				}
				return
			}
			_, stderr, code := runArgs(t, append([]string{"summary", "--from", tc.format, file}, window...)...)
			if code != 2 || !strings.Contains(stderr, tc.why) {
				t.Errorf("exit %d, %q; want 2 and %q", code, stderr, tc.why)
			}
			if _, stderr, code := runArgs(t, "diff", "--from", tc.format, file, "--window", "2010", "--against", "2011"); code != 2 {
				t.Errorf("diff: exit %d, want 2: %s", code, stderr)
			}
			_, stderr, code = runArgs(t, "gaps", "--from", tc.format, file)
			if code != 0 || !strings.Contains(stderr, "fading ties are left out: "+tc.why) {
				t.Errorf("gaps: exit %d, %q; want 0 and a note", code, stderr)
			}
			if _, _, code := runArgs(t, "gaps", "--from", tc.format, file, "--as-of", "2011-01-01"); code != 2 {
				t.Errorf("gaps --as-of: exit %d, want 2", code)
			}
		})
	}
}

// TestKind selects one relation with --kind on the CSV files and on a
// Pajek file of several relations; --scope works on the Pajek export
// through its partitions.
func TestKind(t *testing.T) {
	const region = "../../examples/region"
	if got, want := summaryTies(t, region, "--kind", "møte"), summaryTies(t, region, "--kind", "meeting"); got != want || got != 230 {
		t.Errorf("--kind møte: %d ties, --kind meeting %d; want 230 both", got, want)
	}
	if got := summaryTies(t, region, "--kind", "phone,email"); got != 191 {
		t.Errorf("--kind phone,email: %d ties, want 191", got)
	}
	file := filepath.Join(t.TempDir(), "region.net")
	if _, stderr, code := runArgs(t, "export", region, "--format", "pajek", "-o", file); code != 0 {
		t.Fatal(stderr)
	}
	if got := summaryTies(t, file, "--kind", "meeting"); got != 230 {
		t.Errorf("region.net without --from, --kind meeting: %d ties, want 230", got)
	}
	if got := summaryTies(t, "--from", "pajek", file, "--kind", "meeting"); got != 230 {
		t.Errorf("Pajek --kind meeting: %d ties, want 230", got)
	}
	if got, want := summaryTies(t, "--from", "pajek", file, "--scope", "Granmo"), summaryTies(t, region, "--scope", "Granmo"); got != want {
		t.Errorf("Pajek --scope Granmo: %d ties, want %d", got, want)
	}
	_, stderr, code := runArgs(t, "summary", "--from", "pajek", file)
	if code != 0 || !strings.Contains(stderr, "the file has 8 relations") {
		t.Errorf("exit %d, %q; want a note on the relations", code, stderr)
	}
	_, stderr, code = runArgs(t, "summary", region, "--kind", "brev")
	if code != 2 || !strings.Contains(stderr, `--kind brev: no contact or meeting has that kind; the dataset has phone, informal`) {
		t.Errorf("unknown kind: exit %d, %q", code, stderr)
	}
	// A hand-made multi-relational Pajek file, as Pajek writes one.
	hand := filepath.Join(t.TempDir(), "krackhardt.net")
	os.WriteFile(hand, []byte("*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs :1 \"advice\"\n1 2\n2 3\n*Arcs :2 \"friendship\"\n1 3\n"), 0o644)
	if got := summaryTies(t, "--from", "pajek", hand, "--kind", "friendship"); got != 1 {
		t.Errorf("--kind friendship: %d ties, want 1", got)
	}
	if got := summaryTies(t, "--from", "pajek", hand, "--kind", "advice"); got != 2 {
		t.Errorf("--kind advice: %d ties, want 2", got)
	}
}
