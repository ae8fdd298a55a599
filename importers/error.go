package importers

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Error is one problem in an input file, at a position a user can find in
// a spreadsheet: Line and Column are 1-based, Column counts characters
// (not bytes) from the start of the line. A zero Line or Column means the
// problem concerns the whole file or the whole line.
type Error struct {
	File   string // the file name as the user gave it
	Line   int
	Column int
	Field  string // the column's header as written in the file, if any
	Msg    string // what was found
	Want   string // what was expected, if that can be said
	MsgNB  string // Msg in bokmål
	WantNB string // Want in bokmål

	unknown string // an unknown unit id, for a suggestion added later
}

// say sets what e says, in both languages.
func (e *Error) say(msg, want graph.Text) *Error {
	e.Msg, e.MsgNB, e.Want, e.WantNB = msg.EN, msg.NB, want.EN, want.NB
	return e
}

// phrase returns a fixed English phrase of the parsers (such as
// parseDate's "day out of range") with its bokmål; they return English so
// as not to allocate on the hot path.
func phrase(en string) graph.Text {
	if nb, ok := phrasebook[en]; ok {
		return graph.T(nb, en)
	}
	return graph.T(en, en)
}

var phrasebook = map[string]string{
	"not a date":         "ikke en dato",
	"year out of range":  "året er utenfor gyldig område",
	"month out of range": "måneden er utenfor gyldig område",
	"day out of range":   "dagen finnes ikke i måneden",
	"time out of range":  "klokkeslettet er ugyldig",

	"quoted field has no closing quote":              "feltet i anførselstegn mangler avsluttende anførselstegn",
	"text after the closing quote of a quoted field": "tekst etter det avsluttende anførselstegnet i et felt",
}

// tr is a phrase in bokmål and English, as graph.T.
func tr(nb, en string) graph.Text { return graph.T(nb, en) }

// trf is tr with both phrases formatted with the same arguments.
func trf(nb, en string, args ...any) graph.Text {
	return graph.T(fmt.Sprintf(nb, args...), fmt.Sprintf(en, args...))
}

// Error formats e in English as FILE:LINE:COLUMN: MSG; want WANT, leaving
// out the parts that are zero or empty.
func (e *Error) Error() string { return e.In(graph.EN) }

// In formats e in language l, as Error does in English; in bokmål
// "FILE:LINE:COLUMN: MSG; forventet WANT".
func (e *Error) In(l graph.Lang) string {
	msg, want, wantWord := e.Msg, e.Want, "; want "
	if l == graph.NB && e.MsgNB != "" {
		msg, want, wantWord = e.MsgNB, e.WantNB, "; forventet "
	}
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Line))
			if e.Column > 0 {
				b.WriteByte(':')
				b.WriteString(strconv.Itoa(e.Column))
			}
		}
		b.WriteString(": ")
	}
	b.WriteString(msg)
	if want != "" {
		b.WriteString(wantWord)
		b.WriteString(want)
	}
	return b.String()
}

// ErrorList is every problem found in a dataset, sorted by file, line and
// column.
type ErrorList []*Error

// MaxPrinted is how many errors ErrorList.Error prints before summing up
// the rest.
const MaxPrinted = 50

// Error prints one error per line, at most MaxPrinted of them, then
// "... and N more errors".
func (l ErrorList) Error() string { return l.In(graph.EN) }

// In is Error in language l.
func (l ErrorList) In(lang graph.Lang) string {
	var b strings.Builder
	for i, e := range l {
		if i == MaxPrinted {
			b.WriteString("\n... " + trf("og %d feil til", "and %d more errors", len(l)-MaxPrinted).In(lang))
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.In(lang))
	}
	return b.String()
}

// Unwrap returns the errors, so that errors.As finds an *Error in a list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Sort sorts the list by file, line and column, keeping the order of
// errors at the same position.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// err returns the list as an error: nil when it is empty.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// maxFileErrors caps the errors kept for one file; a file where every row
// is wrong would otherwise hold millions of them.
const maxFileErrors = 1000

// fileErrors collects the errors of one file, capped at maxFileErrors.
type fileErrors struct {
	file  string
	list  []*Error
	more  int // errors past the cap
	first int // line of the first error past the cap
}

func (f *fileErrors) add(e *Error) {
	if len(f.list) < maxFileErrors {
		f.list = append(f.list, e)
		return
	}
	if f.more == 0 || e.Line < f.first {
		f.first = e.Line
	}
	f.more++
}

// merge adds the errors of o, which come after those of f.
func (f *fileErrors) merge(o *fileErrors) {
	for _, e := range o.list {
		f.add(e)
	}
	if o.more > 0 {
		if f.more == 0 || o.first < f.first {
			f.first = o.first
		}
		f.more += o.more
	}
}

// done returns the collected errors, with one more that counts those past
// the cap.
func (f *fileErrors) done() []*Error {
	if f.more > 0 {
		f.list = append(f.list, (&Error{File: f.file, Line: f.first}).say(
			trf("for mange feil i denne filen: %d til er ikke listet", "too many errors in this file: %d more not listed", f.more), graph.Text{}))
		f.more = 0
	}
	return f.list
}

// quote quotes a value for a message, cutting very long ones.
func quote(s string) string {
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
