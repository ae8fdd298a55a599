// Package text writes samkart's results for the terminal and for other
// programs: aligned text tables, CSV (also for Norwegian Excel) and JSON
// of metrics.Table, the comparison of municipalities, the gaps findings
// and the dataset summary, in bokmål or English, with numbers written for
// people (Thousands).
//
// Like the diagrams (package views) and the report, it stands above
// package metrics, which computes the numbers and never prints, and below
// the command. It lives under cmd/samkart/internal, as cmd/go's own
// packages live under cmd/go/internal: the top level of the module is
// fixed, graph must stay below metrics, and internal keeps the wording
// and layout of samkart's output out of the public API.
package text
