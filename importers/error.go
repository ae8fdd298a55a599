package importers

import (
	"cmp"
	"slices"
	"strings"

	"github.com/samkart/samkart/graph"
)

// ErrorList is every problem found in a dataset, sorted by file, line and
// column.
type ErrorList []*graph.InputError

// MaxPrinted is how many errors ErrorList.Error prints before summing up
// the rest.
const MaxPrinted = 50

// Error prints one error per line, at most MaxPrinted of them, then
// "... and N more errors".
func (l ErrorList) Error() string { return l.In(graph.EN) }

// In is Error in language lang.
func (l ErrorList) In(lang graph.Lang) string {
	var b strings.Builder
	for i, e := range l {
		if i == MaxPrinted {
			more := len(l) - MaxPrinted
			b.WriteString("\n... " + trf("og %s feil til", "and %s more errors", graph.Count(more)).In(lang))
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.In(lang))
	}
	return b.String()
}

// Unwrap returns the errors, so that errors.Is and errors.As find them in
// a list.
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
	slices.SortStableFunc(l, func(a, b *graph.InputError) int {
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
	list  []*graph.InputError
	more  int // errors past the cap
	first int // line of the first error past the cap
}

func (f *fileErrors) add(e *graph.InputError) {
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
func (f *fileErrors) done() []*graph.InputError {
	if f.more > 0 {
		f.list = append(f.list, &graph.InputError{File: f.file, Line: f.first, Err: ErrTooMany, Args: []any{f.more}})
		f.more = 0
	}
	return f.list
}

// quote quotes a value for a message, cutting very long ones.
func quote(s string) string { return graph.Quote(s) }

// tr is a phrase in bokmål and English, as graph.T.
func tr(nb, en string) graph.Text { return graph.T(nb, en) }

// trf is tr with both phrases formatted with the same arguments, as
// graph.Textf.
func trf(nb, en string, args ...any) graph.Text { return graph.Textf(nb, en, args...) }
