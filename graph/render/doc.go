// Package render holds samkart's views: diagrams, tables and the HTML report.
//
// Diagrams are built as DOT text and turned into SVG or PNG by [Render],
// the package's only caller of Graphviz (github.com/goccy/go-graphviz, a
// WebAssembly build of Graphviz run by wazero). DOT is the diagram source
// and is golden-tested as text, so a Graphviz update never changes a DOT
// golden file.
package render
