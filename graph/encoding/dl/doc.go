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
// contacts' weights. When the contacts and meetings are of several kinds
// (and the network has at most MaxMatrix units), each kind is a matrix of
// its own, full matrices one after another as UCINET writes a
// multirelational dataset (DL n=3 nm=2, matrix labels: meeting phone);
// the matrix of contacts without a kind is labelled "(no kind)".
// Options.OneRelation writes one edge list of every kind. Labels are the
// unit keys, or the names with Options.Names; a label with a space, comma
// or '=' is quoted, and double quotes in it become single ones.
//
// Decode reads the DL language as UCINET writes it, line by line: n=, or
// nr= and nc= for two-mode data, nm= matrices, labels:, row labels:,
// column labels:, matrix (or level) labels:, labels embedded (also of rows
// or columns alone), diagonal present or absent, and the formats
// fullmatrix, lowerhalf, upperhalf, edgelist1, nodelist1, edgelist2 and
// nodelist2 (also by their short names fm, lh, uh, el1, nl1, el2, nl2);
// other formats (blockmatrix, edgearray) are refused by name. Several
// matrices follow one another; in an edge or node list a line "!" ends
// one. Each matrix is a kind of contact, named by its matrix label. Cells
// of value 0 are absent, a cell given twice keeps its last value, and a
// symmetric matrix (a half matrix always) is read as an undirected
// network: one contact per pair, with the cell's value. A two-mode file
// (nr= and nc= with row and column labels that differ, or an edgelist2 or
// nodelist2) is read as unit × event: each column is a meeting of the
// rows tied to it.
package dl
