package encoding

import "errors"

// Measure is a per-unit value an export carries as a node attribute, such
// as a centrality score, so that Gephi can size and colour by it. Values is
// indexed by node ID and must have one entry per unit of the network; NaN
// marks a unit for which the measure is undefined, and the attribute is
// then left out for that unit.
type Measure struct {
	Name   string
	Values []float64
}

// ErrSyntax is found by errors.Is in every decoder error about a file
// that breaks the rules of its format, such as an unknown element or a
// node declared twice. A decoder's error is a *graph.InputError at the
// place in the file; a value that the vocabulary refuses (a level, a
// date, a weight, yes or no) is one of graph's problems instead, such as
// graph.ErrLevel.
var ErrSyntax = errors.New("malformed network file")
