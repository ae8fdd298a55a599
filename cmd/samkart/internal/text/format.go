package text

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/samkart/samkart/graph"
)

// Numbers and dates for people, in one place for every command, the
// diagrams and the report. Bokmål writes a decimal comma, groups the
// digits of numbers of five digits or more with a no-break space (U+00A0,
// so a number never breaks across lines; four digits stay together, as
// Språkrådet allows), and a minus sign (−); English writes a decimal
// point and groups by commas from four digits. Dates in prose read
// "31. mai 2012" and "31 May 2012".

// Decimal writes x with exactly digits decimals in l ("0,255"; "−0,077";
// "12 345,5"); "–" when undefined. A value that rounds to zero is written
// without a sign.
func Decimal(x float64, digits int, l graph.Lang) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return localise(strconv.FormatFloat(x, 'f', digits, 64), l)
}

// Number writes x with at most digits decimals, trailing zeros dropped
// ("10,5"; "14"; "0,333"); "–" when undefined.
func Number(x float64, digits int, l graph.Lang) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	s := strconv.FormatFloat(x, 'f', digits, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return localise(s, l)
}

// Integer writes n with its digits grouped in l.
func Integer(n int, l graph.Lang) string { return graph.GroupDigits(strconv.Itoa(n), l) }

// Percent writes a share x (0..1) as a percentage with digits decimals:
// "62 %" in bokmål (a no-break space before the sign), "62%" in English.
func Percent(x float64, digits int, l graph.Lang) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	s := Decimal(x*100, digits, l)
	if l == graph.NB {
		return s + "\u00a0%"
	}
	return s + "%"
}

// localise turns a number written by strconv ("-12345.678") into l's
// form: the sign as a minus sign, digits grouped, the decimal comma in
// bokmål. A value that rounded to zero loses its sign.
func localise(s string, l graph.Lang) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if strings.Trim(s, "0.") == "" {
		neg = false
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	out := graph.GroupDigits(whole, l)
	if hasFrac {
		sep := "."
		if l == graph.NB {
			sep = ","
		}
		out += sep + frac
	}
	if neg {
		out = "−" + out
	}
	return out
}

// monthsNB are the months in bokmål.
var monthsNB = [...]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
	"september", "oktober", "november", "desember"}

// Date writes a date in l's prose: "31. mai 2012", "31 May 2012"; "–" for
// no date.
func Date(d graph.Date, l graph.Lang) string {
	if !d.Valid() {
		return "–"
	}
	return dateOf(d.Time(), l)
}

func dateOf(t time.Time, l graph.Lang) string {
	if l == graph.NB {
		return strconv.Itoa(t.Day()) + ". " + monthsNB[t.Month()-1] + " " + strconv.Itoa(t.Year())
	}
	return t.Format("2 January 2006")
}

// DateText writes a date given as text (2012-05-31, with or without a
// time, or 31.05.2012) in l's prose; text it cannot read is returned as
// it is.
func DateText(s string, l graph.Lang) string {
	d, err := graph.ParseDateString(strings.TrimSpace(s))
	if err != nil || !d.Valid() {
		return s
	}
	return Date(d, l)
}

// DateSpan writes the span from a to b (dates as DateText takes them) in
// l's prose, naming a shared month and year once: "8.–10. mars 2011",
// "28. februar – 3. mars 2011", "8–10 March 2011"; one date when a and
// b fall on the same day.
func DateSpan(a, b string, l graph.Lang) string {
	da, errA := graph.ParseDateString(strings.TrimSpace(a))
	db, errB := graph.ParseDateString(strings.TrimSpace(b))
	if errA != nil || errB != nil || !da.Valid() || !db.Valid() {
		if a == b {
			return DateText(a, l)
		}
		return DateText(a, l) + " – " + DateText(b, l)
	}
	ta, tb := da.Time(), db.Time()
	switch {
	case ta.Year() == tb.Year() && ta.YearDay() == tb.YearDay():
		return dateOf(ta, l)
	case ta.Year() == tb.Year() && ta.Month() == tb.Month():
		if l == graph.NB {
			return strconv.Itoa(ta.Day()) + ".–" + dateOf(tb, l)
		}
		return strconv.Itoa(ta.Day()) + "–" + dateOf(tb, l)
	case ta.Year() == tb.Year():
		if l == graph.NB {
			return strconv.Itoa(ta.Day()) + ". " + monthsNB[ta.Month()-1] + " – " + dateOf(tb, l)
		}
		return ta.Format("2 January") + " – " + dateOf(tb, l)
	}
	return dateOf(ta, l) + " – " + dateOf(tb, l)
}

// Every says how often something happened, given the usual number of
// days between: "om lag hver 14. dag" / "about every 14 days", rounded
// to whole days ("hver dag", "annenhver dag" for one and two).
func Every(days float64, l graph.Lang) string {
	n := int(math.Round(days))
	switch {
	case n <= 1:
		return graph.T("om lag hver dag", "about every day").In(l)
	case n == 2:
		return graph.T("om lag annenhver dag", "about every other day").In(l)
	}
	s := strconv.Itoa(n)
	return graph.T("om lag hver "+s+". dag", "about every "+s+" days").In(l)
}

// WindowText writes a date window as graph.Window.String gives it
// (FROM..TO, either side possibly empty) in l's prose: "1. januar – 30.
// juni 2011", "fra og med 1. januar 2011".
func WindowText(s string, l graph.Lang) string {
	from, to, ok := strings.Cut(s, "..")
	switch {
	case !ok:
		return DateText(s, l)
	case from == "":
		return graph.T("til og med ", "until ").In(l) + DateText(to, l)
	case to == "":
		return graph.T("fra og med ", "from ").In(l) + DateText(from, l)
	}
	return DateSpan(from, to, l)
}
