package encoding

import (
	"strconv"
	"strings"
)

// Measure is a per-unit value an export carries as a node attribute, such
// as a centrality score, so that Gephi can size and colour by it. Values is
// indexed by node ID and must have one entry per unit of the network; NaN
// marks a unit for which the measure is undefined, and the attribute is
// then left out for that unit.
type Measure struct {
	Name   string
	Values []float64
}

// SyntaxError is a problem in a file being decoded, at a position a user
// can find in an editor: Line and Column are 1-based, Column counts
// characters (not bytes). A zero Line or Column means the problem concerns
// the whole file or the whole line.
type SyntaxError struct {
	File   string
	Line   int
	Column int
	Msg    string
}

// Error formats e as FILE:LINE:COLUMN: MSG, leaving out what is zero.
func (e *SyntaxError) Error() string {
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
	return b.String()
}

// InputError reports that e is about the content of an input file, which
// the command maps to exit status 2.
func (e *SyntaxError) InputError() bool { return true }
