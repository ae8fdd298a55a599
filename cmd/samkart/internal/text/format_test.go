package text

import (
	"math"
	"testing"

	"github.com/samkart/samkart/graph"
)

func TestNumbers(t *testing.T) {
	nb, en := graph.NB, graph.EN
	for _, tc := range []struct {
		got, want string
	}{
		{Decimal(0.2549, 3, nb), "0,255"},
		{Decimal(0.2549, 3, en), "0.255"},
		{Decimal(-0.0769, 3, nb), "−0,077"},
		{Decimal(-0.0001, 3, nb), "0,000"},
		{Decimal(12345.5, 1, nb), "12\u00a0345,5"},
		{Decimal(12345.5, 1, en), "12,345.5"},
		{Decimal(math.NaN(), 2, nb), "–"},
		{Number(10.5, 2, nb), "10,5"},
		{Number(14, 2, nb), "14"},
		{Number(-0.00001, 3, en), "0"},
		{Integer(2108, nb), "2108"},
		{Integer(26407, nb), "26\u00a0407"},
		{Percent(0.62, 0, nb), "62\u00a0%"},
		{Percent(0.155, 1, en), "15.5%"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestDates(t *testing.T) {
	nb, en := graph.NB, graph.EN
	d, _ := graph.ParseDateString("2012-05-31")
	for _, tc := range []struct {
		got, want string
	}{
		{Date(d, nb), "31. mai 2012"},
		{Date(d, en), "31 May 2012"},
		{Date(graph.NoDate, nb), "–"},
		{DateText("2011-02-09", nb), "9. februar 2011"},
		{DateText("09.02.2011", en), "9 February 2011"},
		{DateText("2011-02-09T13:00", nb), "9. februar 2011"},
		{DateText("not a date", nb), "not a date"},
		{DateSpan("2011-03-08", "2011-03-10", nb), "8.–10. mars 2011"},
		{DateSpan("2011-03-08", "2011-03-10", en), "8–10 March 2011"},
		{DateSpan("2011-02-28", "2011-03-03", nb), "28. februar – 3. mars 2011"},
		{DateSpan("2011-02-28", "2011-03-03", en), "28 February – 3 March 2011"},
		{DateSpan("2010-12-30", "2011-01-02", nb), "30. desember 2010 – 2. januar 2011"},
		{DateSpan("2011-03-08", "2011-03-08", nb), "8. mars 2011"},
		{Every(10.5, nb), "om lag hver 11. dag"},
		{Every(10.5, en), "about every 11 days"},
		{Every(14, nb), "om lag hver 14. dag"},
		{Every(1, nb), "om lag hver dag"},
		{Every(2.2, en), "about every other day"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestNouns(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{NounContactChain.Count(1, graph.NB), "1 kontaktkjede"},
		{NounContactChain.Count(0, graph.NB), "0 kontaktkjeder"},
		{NounContactChain.Count(1, graph.EN), "1 chain of contact"},
		{NounContactChain.Count(3, graph.EN), "3 chains of contact"},
		{NounUnit.Count(12345, graph.NB), "12\u00a0345 enheter"},
		{NounTie.Count(1, graph.EN), "1 tie"},
		{Cap(TermFading).NB, "Bånd som svekkes"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
