package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestMistypedYear checks that one contact dated 14.10.2021 in a dataset
// of 2010 and 2011, and one misspelt kind, are named by validate with
// their lines, and that gaps finds what it finds when the year is not
// there and the kind is spelt right.
func TestMistypedYear(t *testing.T) {
	orig, err := os.ReadFile("../../examples/excel/contacts.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(orig), "\n")
	variant := func(rows ...string) string {
		dir := filepath.Join(t.TempDir(), "fjordvik")
		os.MkdirAll(dir, 0o755)
		for _, name := range []string{"units.csv", "meetings.csv", "municipalities.csv", "expected.csv"} {
			data, err := os.ReadFile(filepath.Join("../../examples/excel", name))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
		os.WriteFile(filepath.Join(dir, "contacts.csv"), []byte(string(orig)+strings.Join(rows, "")), 0o644)
		return dir
	}
	const typo = "FJV-EIE-FV;FJV-BOL-S2;15.03.2011;telfon;;1\r\n"
	mistaken := variant(typo, "FJV-EIE-FV;FJV-BOL-S2;14.10.2021;epost;;1\r\n")
	right := variant(strings.Replace(typo, "telfon", "telefon", 1))

	_, stderr, code := runArgs(t, "validate", mistaken)
	for _, want := range []string{
		fmt.Sprintf("contacts.csv:%d:34: kind \"telfon\"", lines+1),
		`did you mean "telefon"? (column D "type")`,
		fmt.Sprintf("contacts.csv:%d:23: date 2021-10-14 lies far outside the other dates", lines+2),
	} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("validate: exit %d; stderr lacks %q:\n%s", code, want, stderr)
		}
	}
	findings := func(args ...string) map[string]any {
		out, stderr, code := runArgs(t, append([]string{"gaps", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("gaps %v: exit %d: %s", args, code, stderr)
		}
		var r map[string]any
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		delete(r, "shares") // statistics of all contacts, not findings
		return r
	}
	got, want := findings(mistaken), findings(right)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gaps with the mistyped year:\n%v\nwithout it:\n%v", got, want)
	}
	if f := got["fading"].([]any); len(f) == 0 || f[0].(map[string]any)["as_of"] != "2011-06-30" {
		t.Errorf("fading ties judged at %v; want 2011-06-30", got["fading"])
	}
	// --until sets the end explicitly, even after the data.
	if reflect.DeepEqual(findings("--until", "2021-10-14", mistaken)["fading"], got["fading"]) {
		t.Error("--until 2021-10-14 gives the fading ties of the data's own end")
	}
}
