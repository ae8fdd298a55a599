package importers

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
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

	unknown string // an unknown unit id, for a suggestion added later
}

// Error formats e as FILE:LINE:COLUMN: MSG; want WANT, leaving out the
// parts that are zero or empty.
func (e *Error) Error() string {
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
	b.WriteString(e.Msg)
	if e.Want != "" {
		b.WriteString("; want ")
		b.WriteString(e.Want)
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
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == MaxPrinted {
			fmt.Fprintf(&b, "\n... and %d more errors", len(l)-MaxPrinted)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
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
		f.list = append(f.list, &Error{File: f.file, Line: f.first,
			Msg: fmt.Sprintf("too many errors in this file: %d more not listed", f.more)})
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
