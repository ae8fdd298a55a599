package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const kommune = "../../examples/kommune"

// TestSuppress runs every command that shows group sizes and counts with
// --suppress, with --pseudonymise (which implies --suppress 3) and
// without either, and checks what each hides and shows.
func TestSuppress(t *testing.T) {
	gapsDir := groupGapDataset(t)
	const noteEN = "<3: under 3. Group sizes and counts from 1 to 2 are hidden, as statistical agencies do"
	const noteNB = "<3: under 3. Gruppestørrelser og antall fra 1 til 2 er skjult, slik statistikkbyråer gjør"
	for _, tc := range []struct {
		args         []string
		want, refuse []string
	}{
		// Units by agency and level: user organisation and IMDi have one
		// unit each; contacts by kind are shown (agreement 1).
		{[]string{"summary", "--suppress", "3", kommune},
			[]string{"  user organisation                  <3\n", "  national              <3\n", "  agreement  1\n", noteEN},
			[]string{"user organisation                  1\n"}},
		{[]string{"summary", "--suppress", "3", "--lang", "nb", kommune},
			[]string{"  brukerorganisasjon  <3\n", noteNB}, nil},
		{[]string{"summary", "--pseudonymise", "-f", "csv", kommune},
			[]string{"agency,bruker,brukerorganisasjon,user organisation,<3\n", "level,1,nasjonalt,national,<3\n", "kind,agreement,avtale,agreement,1\n"},
			[]string{noteEN}},
		{[]string{"summary", "--pseudonymise", "-f", "json", kommune},
			[]string{`"n": null`, "\n  \"suppressed_below\": 3\n}\n"}, nil},
		// Off: no flag, or --suppress 0 with --pseudonymise.
		{[]string{"summary", kommune}, []string{"  user organisation                  1\n"}, []string{"<3", noteEN}},
		{[]string{"summary", "--pseudonymise", "--suppress", "0", "-f", "json", kommune}, nil, []string{"null", "suppressed_below"}},
		// Block densities: sizes, ties, weight and the density with them.
		{[]string{"metrics", "--suppress", "3", "-f", "csv", "--excel", "--permutations", "0", kommune},
			[]string{"\r\nbolig;bruker;3;<3;<3;9,057142857142857;<3\r\n", "\r\nbruker;ledelse;<3;4;3;<3;<3\r\n",
				"\r\nimdi;IMDi (integration directorate);<3;0;<3;<3;"},
			nil},
		{[]string{"metrics", "--suppress", "3", "--permutations", "0", kommune},
			[]string{"\nbruker       ledelse            <3         4     3        <3       <3\n", noteEN}, nil},
		{[]string{"metrics", "--pseudonymise", "-f", "json", "--permutations", "0", kommune},
			[]string{`"from": "bruker",` + "\n            \"to\": \"ledelse\",\n            \"ties\": 3,\n            \"weight\": null,\n            \"density\": null",
				"\n  \"suppressed_below\": 3\n}\n"}, nil},
		// Counts per agency pair, and the weight of a gap between agencies.
		{[]string{"gaps", "--suppress", "3", "-f", "csv", kommune},
			[]string{"\nbolig,bruker,<3,5,22,0.18518518518518517,0.8148148148148148\n", "\nbolig,flyktning,<3,39,0,"}, nil},
		{[]string{"gaps", "--suppress", "3", gapsDir},
			[]string{"NAV and the housing office in Fjordvik have contact of weight under 3, below the expected 5", noteEN},
			[]string{"weight 1,"}},
		{[]string{"gaps", "--suppress", "3", "--lang", "nb", gapsDir},
			[]string{"NAV og boligkontoret i Fjordvik har kontakt med vekt under 3, mot forventet 5"}, nil},
		{[]string{"gaps", "--suppress", "3", "-f", "json", gapsDir},
			[]string{`"observed_weight": null,`, "\n  \"suppressed_below\": 3\n}\n"}, nil},
		{[]string{"gaps", gapsDir}, []string{"have contact of weight 1, below the expected 5"}, []string{"under 3"}},
		{[]string{"summary", "--suppress", "3", gapsDir},
			[]string{"1. A gap between services: NAV and the housing office in Fjordvik have contact of weight under 3, below the expected 5"}, []string{"weight 1,"}},
		// A municipality's units, with its density, rank and difference.
		{[]string{"compare", "--suppress", "10", "-f", "csv", "../../examples/region"},
			[]string{"\nStorsand,midt-norge,false,3320,41,<10,17,<10,0,"}, nil},
		{[]string{"compare", "--suppress", "10", "../../examples/region"},
			[]string{"Storsand      no              3,320         41    <10    17        <10            0.000", "\nStorsand          –     6          –                1",
				"<10: under 10. Group sizes and counts from 1 to 9 are hidden"}, nil},
		{[]string{"compare", "--suppress", "10", "-f", "json", "../../examples/region"},
			[]string{"\"units\": null,\n      \"ties\": 17,\n      \"density\": null,", "\n  \"suppressed_below\": 10\n}\n"}, nil},
		// A municipality's units and ties before and after, and the weight
		// of a gap between agencies that opened.
		{[]string{"diff", "--window", "2010", "--against", "2011", "--suppress", "30", kommune},
			[]string{"Fjordvik               <30          <30           82          83             <30            <30  ", "<30: under 30."}, nil},
		{[]string{"diff", "--window", "2010", "--against", "2011", "--suppress", "30", "-f", "json", kommune},
			[]string{"\"change\": {\n        \"units\": null,\n        \"ties\": 1,\n        \"density\": null,", "\n  \"suppressed_below\": 30\n}\n"}, nil},
		{[]string{"diff", "--window", "2010", "--against", "2011", "--suppress", "5", kommune},
			[]string{"The refugee service and the property department in Fjordvik have contact of weight under 5, below the expected 6"}, nil},
		{[]string{"diff", "--window", "2010", "--against", "2011", kommune},
			[]string{"have contact of weight 3, below the expected 6", "Fjordvik                26           26           82"}, []string{"<"}},
		// The heat map.
		{[]string{"render", "--view", "agencies", "--suppress", "3", "-f", "svg", kommune},
			[]string{"IMDi (&lt;3)", ">under 3 ties<", "&lt;3, under 3: counts from 1 to 2 are hidden, as statistical agencies do.", "#D9D9D9"}, nil},
		{[]string{"render", "--view", "agencies", "-f", "svg", kommune}, []string{"IMDi (1)"}, []string{"under 3", "#D9D9D9"}},
		// The ratings view and the survey's ratings between agencies: a
		// mean of few answers, or of a small group's, is hidden.
		{[]string{"render", "--view", "ratings", "--suppress", "3", "-f", "svg", "../../examples/survey"},
			[]string{"leadership (&lt;3)", ">under 3 answers<", "Grey cell: the mean is hidden, since it would give single answers away."}, []string{">3.3<"}},
		{[]string{"metrics", "--suppress", "3", "-f", "json", "--permutations", "0", "../../examples/survey"},
			[]string{`"from": "bolig",` + "\n        \"to\": \"flyktning\",\n        \"quality\": null,\n        \"trust\": null,\n        \"value\": null,\n        \"n\": null"}, nil},
		{[]string{"metrics", "-f", "json", "--permutations", "0", "../../examples/survey"},
			[]string{`"from": "bolig",` + "\n        \"to\": \"flyktning\",\n        \"quality\": 3,\n        \"trust\": 2,\n        \"value\": 3,\n        \"n\": 1"}, []string{"\n  \"suppressed_below\": "}},
	} {
		stdout, stderr, code := runArgs(t, tc.args...)
		name := strings.Join(tc.args, " ")
		if code != 0 {
			t.Errorf("samkart %s: exit %d\n%s", name, code, stderr)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("samkart %s: no %q in\n%s", name, w, stdout)
			}
		}
		for _, r := range tc.refuse {
			if strings.Contains(stdout, r) {
				t.Errorf("samkart %s: %q shown", name, r)
			}
		}
		if strings.Contains(name, "json") && !json.Valid([]byte(stdout)) {
			t.Errorf("samkart %s: not valid JSON", name)
		}
	}
}

// TestSuppressReport checks that a pseudonymised report hides the small
// numbers of units by agency and says why at the top.
func TestSuppressReport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r")
	if _, stderr, code := runArgs(t, "report", "--pseudonymise", "-o", out, kommune); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"This report is pseudonymised", "&lt;3: under 3. Group sizes and counts from 1 to 2 are hidden",
		`<tr><th scope="row">user organisation</th><td class="n">&lt;3</td></tr>`,
		"IMDi (&lt;3)",
	} {
		if !strings.Contains(string(page), w) {
			t.Errorf("the report has no %q", w)
		}
	}
}

// TestSuppressUsage checks that --suppress takes a whole number of 0 or
// more.
func TestSuppressUsage(t *testing.T) {
	for _, v := range []string{"-1", "tre", "2.5"} {
		if _, stderr, code := runArgs(t, "summary", "--suppress", v, kommune); code != 2 || !strings.Contains(stderr, "want a whole number of 0 or more") {
			t.Errorf("--suppress %s: exit %d, %q", v, code, stderr)
		}
	}
}

// groupGapDataset writes a municipality whose housing plan expects NAV
// and the housing office to have contact of weight 5; they have 1.
func groupGapDataset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"units.csv":    "id,name,agency,level,municipality\nN,NAV Fjordvik,nav,4,Fjordvik\nB,Boligkontoret,bolig,4,Fjordvik\nL,Rådmannen,ledelse,3,Fjordvik\n",
		"contacts.csv": "from,to,date,weight\nN,B,2011-01-10,1\nN,L,2011-01-11,4\nB,L,2011-01-12,4\n",
		"expected.csv": "a,b,min_weight,scope\nagency:nav,agency:bolig,5,Fjordvik\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
