// Package dl writes and reads samkart networks in UCINET's DL format
// (Borgatti, Everett and Freeman, UCINET for Windows, Analytic
// Technologies 2002; the DL language is described in UCINET's help, "DL
// language", and by example in Gephi's "UCINET DL format" page).
//
// Encode writes the edgelist1 form with labels embedded, preceded by the
// list of all labels so that isolated units are kept:
//
//	DL n=3
//	format = edgelist1
//	labels:
//	a
//	b
//	c
//	labels embedded:
//	data:
//	a b 2
//	b a 2
//
// UCINET stores a network as a matrix, so an undirected tie is written as
// both of its cells (a b and b a, each with the tie weight), and with
// Options.Directed each initiative arc as one cell weighted by its
// contacts' weights. Labels are the unit keys, or the names with
// Options.Names; a label with a space, comma or '=' is quoted, and double
// quotes in it become single ones.
//
// Decode reads the fullmatrix (the default, with or without labels
// embedded, diagonal present or absent), edgelist1 and nodelist1 formats of
// one-mode, single-matrix DL files. Cells of value 0 are absent, a cell
// given twice keeps its last value, and a symmetric matrix is read as an
// undirected network: one contact per pair, with the cell's value.
package dl
