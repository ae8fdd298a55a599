package importers

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

// dumpSurvey writes a dataset's survey answers, one a line, after its
// rounds and topics.
func dumpSurvey(b *bytes.Buffer, ds *graph.Dataset) {
	s := ds.Survey
	if s == nil {
		return
	}
	for _, r := range s.Rounds {
		fmt.Fprintf(b, "round %q %s\n", r.Label, r.Date)
	}
	fmt.Fprintf(b, "topics %q\n", s.Topics)
	for _, a := range s.Answers {
		b.WriteString(answerText(ds, a, true))
		b.WriteByte('\n')
	}
}

// answerText writes an answer, with its line when line is set.
func answerText(ds *graph.Dataset, a graph.Answer, line bool) string {
	alter := "-"
	if a.Alter >= 0 {
		alter = ds.Units[a.Alter].Key
	}
	s := fmt.Sprintf("answer %s -> %s round=%d topic=%d frequency=%g ratings=%g",
		ds.Units[a.Respondent].Key, alter, a.Round, a.Topic, a.Frequency, a.Ratings)
	if line {
		s = fmt.Sprintf("%s line=%d", s, a.Line)
	}
	return s
}

// TestSurveyWideIsLong checks that a wide roster, as a survey tool
// exports it (Norwegian Excel's CSV, with a time stamp column), reads as
// the same answers and network as its long form.
func TestSurveyWideIsLong(t *testing.T) {
	answers := func(dir string) ([]string, map[string]float64) {
		ds, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range ds.Survey.Answers {
			out = append(out, answerText(ds, a, false))
		}
		slices.Sort(out)
		n, err := graph.Build(ds, graph.BuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ties := map[string]float64{}
		for _, tie := range n.Ties() {
			ties[n.Unit(int64(tie.A)).Key+"-"+n.Unit(int64(tie.B)).Key] = tie.Weight
		}
		return out, ties
	}
	long, longTies := answers("testdata/good/survey-long")
	wide, wideTies := answers("testdata/good/survey-wide")
	if strings.Join(long, "\n") != strings.Join(wide, "\n") {
		t.Errorf("long form:\n%s\nwide form:\n%s", strings.Join(long, "\n"), strings.Join(wide, "\n"))
	}
	if fmt.Sprint(longTies) != fmt.Sprint(wideTies) {
		t.Errorf("ties of the long form %v, of the wide form %v", longTies, wideTies)
	}
	want := map[string]float64{"A-B": 28.5, "A-C": 110, "B-C": 4, "A-E": 11, "D-E": 1, "C-D": 23}
	if fmt.Sprint(longTies) != fmt.Sprint(want) {
		t.Errorf("ties %v, want %v", longTies, want)
	}
}

// TestSurveyErrors checks the errors of survey files, each at its
// FILE:LINE:COLUMN with what was expected.
func TestSurveyErrors(t *testing.T) {
	units := "id,name\nNAV,NAV Fjordvik\nBOL,Boligkontoret\nHELSE,Helse\n"
	for _, tc := range []struct {
		name, survey string
		want         []string
	}{
		{"frequency typo", "respondent,alter,frequency\nNAV,BOL,ukenlig\n",
			[]string{`survey.csv:2:9: frequency "ukenlig": not a frequency; did you mean "ukentlig"? (column C "frequency")`}},
		{"unknown word", "respondent,alter,frequency\nNAV,BOL,ofte\n",
			[]string{`survey.csv:2:9: frequency "ofte": not a frequency; want daily, weekly, fortnightly, monthly, quarterly, half-yearly, yearly, rarely, never or a number of contacts per year (column C "frequency")`}},
		{"unknown units", "respondent,alter,frequency\nNAV,BOLL,ukentlig\nNAB,BOL,1\n",
			[]string{`survey.csv:2:5: unknown unit "BOLL"; did you mean "BOL"? (column B "alter")`,
				`survey.csv:3:1: unknown unit "NAB"; did you mean "NAV"? (column A "respondent")`}},
		{"rating", "respondent,alter,frequency,tillit\nNAV,BOL,daglig,7\nNAV,HELSE,,3\n",
			[]string{`survey.csv:2:16: tillit "7": not a rating from 1 to 5; want a number from 1 (very poor) to 5 (very good), such as 4 or 3.5 (column D "tillit")`,
				`survey.csv:3:11: a rating without a frequency; want how often the units work together (daily, weekly, …, never) in the same row (column C "frequency")`}},
		{"round and duplicate", "respondent,alter,frequency,runde\nNAV,BOL,daglig,vår\nNAV,BOL,1,2011\nNAV,BOL,2,2011\n",
			[]string{`survey.csv:2:16: runde "vår": not a round; want a date (2011-09-14 or 14.09.2011), a month (2011-09) or a year (2011) (column D "runde")`,
				`survey.csv:4:5: "NAV" answers about "BOL" twice in round "2011"; first at line 3; want one answer per respondent, unit, round and topic (column B "alter")`}},
		{"wide typo", "respondent;NAV;BOLL;Tidspunkt\nNAV;;daglig;x\n",
			[]string{`survey.csv:1:16: unknown unit "BOLL"; did you mean "BOL"? (column C "BOLL")`}},
		{"wide twice", "respondent,NAV,BOL\nNAV,,daglig\nNAV,,ukentlig\n",
			[]string{`survey.csv:3:1: "NAV" answers twice; first at line 2; want one row per respondent, round and topic (column A "respondent")`}},
		{"neither", "respondent,Tidspunkt\nNAV,x\n",
			[]string{`survey.csv:1: missing column "alter", and no column is a unit id; want an alter column (samarbeidspartner) of unit ids, or the units' ids as column names (a wide roster)`}},
		{"no frequency", "respondent,alter\nNAV,BOL\n",
			[]string{`survey.csv:1: missing column "frequency"; want a header naming it frequency, hyppighet, frekvens, how_often or hvor_ofte (in any case)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "units.csv"), []byte(units), 0o644)
			os.WriteFile(filepath.Join(dir, "survey.csv"), []byte(tc.survey), 0o644)
			_, err := Load(dir)
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			if want := strings.Join(tc.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func FuzzSurvey(f *testing.F) {
	seed(f, "survey.csv")
	seed(f, "undersøkelse.csv")
	f.Add([]byte("respondent,alter,frequency,quality,trust,value,topic,round\nA,B,ukentlig,4,3,5,bolig,2011\nB,A,månedlig,,,,bolig,14.09.2013\nÆ,,,,,,,\n"))
	f.Add([]byte("svarer;A;B [tillit];B;Æ: kvalitet;runde\nA;;4;daglig;;2011\nB;aldri;;;;2011-09\n"))
	f.Fuzz(func(t *testing.T, data []byte) { loadFuzz(t, fuzzUnits, "survey.csv", data) })
}

// checkSurvey checks that the survey answers read refer to units and
// rounds, give frequencies and ratings in range, and that the network
// built from them has finite positive weights.
func checkSurvey(t *testing.T, ds *graph.Dataset) {
	s := ds.Survey
	if s == nil {
		return
	}
	n := int32(len(ds.Units))
	for i := 1; i < len(s.Rounds); i++ {
		if s.Rounds[i-1].Date > s.Rounds[i].Date {
			t.Fatalf("rounds out of order: %v", s.Rounds)
		}
	}
	for _, a := range s.Answers {
		if a.Respondent < 0 || a.Respondent >= n || a.Alter < -1 || a.Alter >= n || a.Alter == a.Respondent ||
			a.Round < 0 || int(a.Round) >= len(s.Rounds) || a.Topic < 0 || int(a.Topic) >= len(s.Topics) {
			t.Fatalf("answer %+v with %d units", a, n)
		}
		if a.Frequency < 0 || a.Frequency > graph.MaxWeight || math.IsNaN(a.Frequency) {
			t.Fatalf("answer %+v", a)
		}
		for _, r := range a.Ratings {
			if r != 0 && (r < 1 || r > 5) {
				t.Fatalf("answer %+v", a)
			}
		}
	}
	for _, c := range graph.Combines() {
		net, err := graph.Build(ds, graph.BuildOptions{Combine: c})
		if err != nil {
			t.Fatalf("Build %s: %v", c, err)
		}
		for _, tie := range net.Ties() {
			if !(tie.Weight > 0) || math.IsInf(tie.Weight, 0) {
				t.Fatalf("%s: tie %+v", c, tie)
			}
		}
	}
}
