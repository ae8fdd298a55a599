package encoding

import (
	"errors"

	"github.com/samkart/samkart/graph"
)

// Measure is a per-unit value an export carries as a node attribute, such
// as a centrality score, so that Gephi can size and colour by it. Values is
// indexed by node ID and must have one entry per unit of the network; NaN
// marks a unit for which the measure is undefined, and the attribute is
// then left out for that unit. An Integer measure (a degree, a community)
// is typed as an integer (int or long), the others as doubles.
type Measure struct {
	Name    string
	Values  []float64
	Integer bool
}

// ErrSyntax is found by errors.Is in every decoder error about a file
// that breaks the rules of its format, such as an unknown element or a
// node declared twice. A decoder's error is a *graph.InputError at the
// place in the file; a value that the vocabulary refuses (a level, a
// date, a weight, yes or no) is one of graph's problems instead, such as
// graph.ErrLevel.
var ErrSyntax = errors.New("malformed network file")

// The problems of a file larger than samkart reads: a line, element or
// value longer than a limit (its argument, such as "16 MiB"), and more of
// something (nodes, edges, attributes, levels of nesting) than a limit
// (its arguments: the limit and the things). Both are input errors, at
// the place where the limit was passed.
var (
	ErrTooLong = &graph.Problem{
		Msg:  graph.T("en linje, et element eller en verdi er lengre enn %s", "a line, element or value is longer than %s"),
		Want: graph.T("en nettverksfil av denne typen; er det riktig fil og format?", "a network file of this format; is it the right file and format?")}
	ErrTooMany = &graph.Problem{
		Msg:  graph.T("mer enn %s %s; samkart leser ikke så store filer", "more than %s %s; samkart does not read files this large"),
		Want: graph.T("en mindre fil, eller dataene som CSV-filer", "a smaller file, or the data as CSV files")}
)
