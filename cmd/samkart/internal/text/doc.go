// Package text writes samkart's results for the terminal and for other
// programs, in bokmål or English: the sentences of the findings (a gap,
// uncoordinated contacts, a fading tie), the main findings that open the
// report and end samkart summary (MainFindings, chosen from Evidence that
// package report computes, in plain words without the measures' names), the tables of every command's
// result (Table, with the text, CSV and JSON writers of a table), and the
// JSON documents of `samkart metrics`, `qap`, `gaps`, `compare`, `diff`
// and `summary`, with numbers written for people (Thousands) and
// permutation tests said in plain words (PValue, EISignificance,
// PlanFinding, QAPSentence).
//
// One glossary (glossary.go) names every concept the output speaks of —
// a term per concept, in bokmål and English, with nouns in the singular
// and the plural (Noun.Count: "1 kontaktkjede", "3 kontaktkjeder") — and
// every command, the diagrams and the report take their words from it.
// Numbers and dates for people are written in one place (format.go):
// in bokmål with a decimal comma, digits grouped by a no-break space
// from five digits on, a minus sign, and dates in prose as "31. mai
// 2012"; in English with a decimal point, commas between groups and "31
// May 2012". Text tables follow the output's language; CSV keeps machine
// keys and full precision, except the Excel dialect, which is for people:
// headers, words (Word cells) and ja/nei in the chosen language, and a
// decimal comma.
//
// Package metrics and its sub-packages gaps and compare compute the
// numbers and hold no words: their results carry unit keys, numbers and
// enumerations, and this package names them. A sentence names units as
// the network the finding was made on names them (gaps.Report.Net), so a
// finding about a municipality can name the state and regional units
// around it. Each JSON document is encoded by encoding/json, floats as
// graph.JSONFloat (NaN as null), the large one of `samkart metrics` one
// unit at a time (jsonStream), and has the bytes a json.Encoder with
// SetIndent("", "  ") gives.
//
// Suppression hides small group sizes and counts before a table, a JSON
// document or a sentence is written (--suppress, implied by
// --pseudonymise): a marked column of a Table (Column.Count) and the
// columns computed from it (Column.From), or a count a writer hides
// itself, become Hidden, written "<3" in text and CSV and null in JSON;
// the documents then carry "suppressed_below". Its doc comment states
// what counts as a group size or count, and the convention
// "suppressed_below" says it to the reader of the output.
//
// The definitions of the measures written with the output (Conventions:
// the "conventions" object of the metrics JSON and its last table) live
// here rather than in metrics: they are sentences, in two languages, for
// the reader of the output, documentation of its keys as the column
// titles are. For programmers, each measure's doc comment in metrics
// states the same definition and reference.
//
// Like the diagrams (package views) and the report, the package stands
// above metrics and below the command; views and report use its sentences
// and tables, and it uses neither. It lives under cmd/samkart/internal,
// as cmd/go's own packages live under cmd/go/internal: the top level of
// the module is fixed, graph must stay below metrics, and internal keeps
// the wording and layout of samkart's output out of the public API.
package text
