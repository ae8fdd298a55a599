package metrics

import "github.com/samkart/samkart/graph"

// Column is one column of a Table.
type Column struct {
	Key   string     // machine name: the JSON key and the CSV header
	Title graph.Text // header of the text table
}

// Table is a computed result in rows and columns, ready for any writer in
// graph/render. Cells are nil (undefined: JSON null, empty in CSV and
// text), string, int, int64, float64 (NaN is written as undefined) or bool.
// Rows are sorted by whoever builds the table.
type Table struct {
	Name    string // machine name, e.g. "units"
	Title   graph.Text
	Columns []Column
	Rows    [][]any
}

// Col is shorthand for a Column.
func Col(key, nb, en string) Column { return Column{Key: key, Title: graph.T(nb, en)} }
