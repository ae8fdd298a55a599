// Package draw draws graphs that are already styled: it writes them as
// DOT, lays them out with Graphviz and turns the layout into SVG or PNG.
//
// The views that decide what a diagram shows, and how (colours, shapes,
// labels, legends), build a [Graph] of styled nodes and edges and call
// [Renderer.Render]; draw knows nothing of agencies, levels or measures. It is the
// only caller of Graphviz (github.com/goccy/go-graphviz, a WebAssembly
// build of Graphviz run by wazero). DOT is the diagram source and is
// golden-tested as text, so a Graphviz update never changes a DOT golden
// file.
//
// SVG is Graphviz's own, with gradient IDs made stable. PNG is drawn by
// samkart's rasteriser (package draw/internal/raster) from Graphviz's
// layout, with embedded fonts, so a PNG is the same on every machine.
// [Renderer.Compose] puts a diagram's legend beside it, and a [Picture] is
// a drawing laid out without Graphviz (a heat map) with the same SVG and
// PNG output.
//
// Some Graphviz layouts depend on what the process laid out before them;
// a [Renderer] runs those in a child process when it is told how to start
// one (see [Renderer.Isolate] and [ServeLayout]). [ChildRenderer] starts
// the running program again as the child, samkart and the tests alike.
package draw
