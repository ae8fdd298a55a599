package graph

import (
	"fmt"
	"strconv"
	"strings"
)

// Problem is a kind of problem in input data, and the sentinel error that
// errors.Is finds in every InputError of that kind. It says in both
// languages what is wrong and what is wanted instead, as formats that an
// InputError's Args and WantArgs fill when it is printed: the message is
// put into words only then, in the language asked for.
type Problem struct {
	Msg  Text // what is wrong: "not a level", "unknown unit %s"
	Want Text // what is wanted instead, if that can be said

	// Valued says the problem is about one value: the message is then
	// preceded by the field and the value, as in `nivå "x": not a level`.
	Valued bool

	// SuggestAs formats a suggested value in each language ("etat:%s");
	// empty for the value itself.
	SuggestAs Text

	// Of is the broader problem this is a case of, so that errors.Is
	// finds it too: a day out of range is a case of ErrDate.
	Of *Problem

	// Like is a standard error that errors.Is finds too, such as
	// fs.ErrNotExist for a missing file.
	Like error
}

// Error returns the problem's English message format.
func (p *Problem) Error() string { return p.Msg.EN }

// Is reports whether p is a case of target, or like it.
func (p *Problem) Is(target error) bool {
	for q := p; q != nil; q = q.Of {
		if q != p && q == target || q.Like != nil && q.Like == target {
			return true
		}
	}
	return false
}

// The problems of the values the vocabulary parsers read.
var (
	ErrLevel = &Problem{Msg: T("ikke et nivå", "not a level"), Want: levelWant, Valued: true}
	ErrYesNo = &Problem{Msg: T("ikke ja eller nei", "not yes or no"),
		Want: T("ja/nei, yes/no, true/false eller 1/0", "yes/no, ja/nei, true/false or 1/0"), Valued: true}

	ErrDate       = &Problem{Msg: T("ikke en dato", "not a date"), Want: dateWant, Valued: true}
	ErrYearRange  = &Problem{Msg: T("året er utenfor gyldig område", "year out of range"), Want: dateWant, Valued: true, Of: ErrDate}
	ErrMonthRange = &Problem{Msg: T("måneden er utenfor gyldig område", "month out of range"), Want: dateWant, Valued: true, Of: ErrDate}
	ErrDayRange   = &Problem{Msg: T("dagen finnes ikke i måneden", "day out of range"), Want: dateWant, Valued: true, Of: ErrDate}
	ErrTimeRange  = &Problem{Msg: T("klokkeslettet er ugyldig", "time out of range"), Want: dateWant, Valued: true, Of: ErrDate}

	// A weight's want is filled with an example in the file's dialect:
	// WeightExample.
	ErrNotNumber = &Problem{Msg: T("ikke et tall", "not a number"), Want: weightWant, Valued: true}
	ErrNegative  = &Problem{Msg: T("negativ", "negative"), Want: weightWant, Valued: true}
	ErrTooLarge  = &Problem{Msg: T("for stort: summene av vektene ville gå over det samkart kan regne med",
		"too large: the sums of the weights would overflow what samkart computes with"), Valued: true,
		Want: T("et tall fra 0 opp til 10^15, som 1 eller %s", "a number from 0 up to 10^15, such as 1 or %s")}
)

var (
	levelWant = T("nasjonal, regional, ledelse, enhet, førstelinje, bruker (eller på engelsk) eller et positivt heltall",
		"national/nasjonal, regional, leadership/ledelse, unit/enhet, frontline/førstelinje, user/bruker or a positive integer")
	dateWant   = T("2011-09-14 eller 14.09.2011", "2011-09-14 or 14.09.2011")
	weightWant = T("et tall som er 0 eller mer, som 1 eller %s", "a number of 0 or more, such as 1 or %s")
)

// WeightExample returns a decimal weight as a file writes it, with a
// decimal comma or a decimal point: the WantArgs of ErrNotNumber and
// ErrNegative.
func WeightExample(comma bool) string {
	if comma {
		return "2,5"
	}
	return "2.5"
}

// InputError is a problem in an input file, at a position a user can find
// in a spreadsheet or an editor: Line and Column are 1-based, Column
// counts characters (not bytes) from the start of the line. A zero Line or
// Column means the problem concerns the whole file or the whole line.
//
// Err says what is wrong: a *Problem, whose message the error prints in
// the language asked for (In), or another error, printed as it is.
type InputError struct {
	File   string // the file name as the user gave it
	Line   int
	Column int

	Subject string // the node or edge of a network file the problem is in
	Field   string // the column or attribute, as the file names it
	Value   string // the value the problem is about, if any

	// Cell is the spreadsheet column the problem is in, 1 for Excel's
	// column A; 0 when the file is no table. It is printed after the
	// message, as Excel names it: (column F "weight").
	Cell int

	Err      error
	Args     []any // fill Err's message; a Text is taken in the language printed
	WantArgs []any // fill Err's Want

	// Suggestion is a value the user may have meant; it is printed
	// instead of what is wanted.
	Suggestion string
}

// Unwrap returns Err, so that errors.Is finds the problem.
func (e *InputError) Unwrap() error { return e.Err }

// Error formats e in English as FILE:LINE:COLUMN: MSG; want WANT, leaving
// out the parts that are zero or empty.
func (e *InputError) Error() string { return e.In(EN) }

// In formats e in language l, as Error does in English; in bokmål
// "FILE:LINE:COLUMN: MSG; forventet WANT (kolonne F «FIELD»)".
func (e *InputError) In(l Lang) string {
	var b strings.Builder
	position(&b, e.File, e.Line, e.Column)
	if e.Subject != "" {
		b.WriteString(e.Subject)
		b.WriteString(": ")
	}
	p, ok := e.Err.(*Problem)
	if !ok {
		if e.Err != nil {
			b.WriteString(e.Err.Error())
		}
		cell(&b, e.Cell, e.Field, l)
		return b.String()
	}
	if p.Valued {
		if e.Field != "" {
			b.WriteString(e.Field)
			b.WriteByte(' ')
		}
		b.WriteString(Quote(e.Value))
		b.WriteString(": ")
	}
	b.WriteString(format(p.Msg.In(l), e.Args, l))
	switch {
	case e.Suggestion != "":
		s := e.Suggestion
		if f := p.SuggestAs.In(l); f != "" {
			s = fmt.Sprintf(f, s)
		}
		b.WriteString(T("; mente du ", "; did you mean ").In(l))
		b.WriteString(Quote(s))
		b.WriteByte('?')
	case p.Want.In(l) != "":
		b.WriteString(T("; forventet ", "; want ").In(l))
		b.WriteString(format(p.Want.In(l), e.WantArgs, l))
	}
	cell(&b, e.Cell, e.Field, l)
	return b.String()
}

// position writes FILE:LINE:COLUMN: , leaving out the parts that are zero
// or empty.
func position(b *strings.Builder, file string, line, column int) {
	if file == "" {
		return
	}
	b.WriteString(file)
	if line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(line))
		if column > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(column))
		}
	}
	b.WriteString(": ")
}

// cell writes the spreadsheet column in words, ` (column F "weight")` or
// ` (kolonne F «weight»)`, when col is set.
func cell(b *strings.Builder, col int, field string, l Lang) {
	if col <= 0 {
		return
	}
	b.WriteString(T(" (kolonne ", " (column ").In(l))
	b.WriteString(ColumnLetter(col))
	if field != "" {
		b.WriteByte(' ')
		if l == NB {
			b.WriteString("«" + field + "»")
		} else {
			b.WriteString(strconv.Quote(field))
		}
	}
	b.WriteByte(')')
}

// ColumnLetter returns the name Excel gives column n (1-based): A to Z,
// then AA, AB, …; "" for n < 1.
func ColumnLetter(n int) string {
	var buf [8]byte
	i := len(buf)
	for n > 0 && i > 0 {
		n--
		i--
		buf[i] = byte('A' + n%26)
		n /= 26
	}
	return string(buf[i:])
}

// format fills the format f with args, each Text in language l.
func format(f string, args []any, l Lang) string {
	if len(args) == 0 {
		return f
	}
	in := make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(Text); ok {
			a = t.In(l)
		}
		in[i] = a
	}
	return fmt.Sprintf(f, in...)
}

// Quote quotes a value for a message as strconv.Quote does, cutting very
// long ones.
func Quote(s string) string {
	const max = 60
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			cut--
		}
		s = s[:cut] + "…"
	}
	return strconv.Quote(s)
}

// The problems of the values of a survey (survey.csv).
var (
	ErrFrequency = &Problem{Msg: T("ikke en hyppighet", "not a frequency"), Valued: true,
		Want: T("daglig, ukentlig, annenhver uke, månedlig, kvartalsvis, halvårlig, årlig, sjeldnere, aldri eller et antall kontakter i året",
			"daily, weekly, fortnightly, monthly, quarterly, half-yearly, yearly, rarely, never or a number of contacts per year")}
	ErrRating = &Problem{Msg: T("ikke en vurdering fra 1 til 5", "not a rating from 1 to 5"), Valued: true,
		Want: T("et tall fra 1 (svært dårlig) til 5 (svært godt), som 4 eller %s", "a number from 1 (very poor) to 5 (very good), such as 4 or %s")}
	ErrRound = &Problem{Msg: T("ikke en runde", "not a round"), Valued: true,
		Want: T("en dato (14.09.2011 eller 2011-09-14), en måned (2011-09) eller et år (2011)",
			"a date (2011-09-14 or 14.09.2011), a month (2011-09) or a year (2011)")}
)

// RatingExample returns a rating as a file writes it, with a decimal
// comma or a decimal point: the WantArgs of ErrRating.
func RatingExample(comma bool) string {
	if comma {
		return "3,5"
	}
	return "3.5"
}
