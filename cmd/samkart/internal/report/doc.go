// Package report writes samkart's seminar report: one self-contained HTML
// page that opens with the main findings (three to seven plain sentences,
// each linking to its evidence; see text.MainFindings), then the data
// summary, key figures, diagrams, collaboration gaps, uncoordinated
// contacts, fading ties, key units, the comparison of municipalities and
// the methods, in bokmål or English. MainFindings computes the main
// findings alone, for samkart summary.
//
// The comparison of municipalities judges: each measure's header carries
// the arrow of its direction (↑ higher is better, ↓ lower is better),
// a cell is coloured as better or worse than the region's median by that
// direction (measures without one are not coloured), ranks read 1 =
// best, each municipality of a region of three or more has a verdict,
// and the Methods state every direction and the rules of the verdicts.
//
// Build computes what the page shows from a network (with package metrics,
// the diagrams of package views and the numbers of package text); Write
// lays it out with html/template
// from the templates and CSS embedded in the package. The page is
//
//   - self-contained: CSS and SVG inline, no script, no font or other
//     resource fetched, so it opens from a USB stick without a network;
//   - safe: every text from the data is escaped by html/template, and each
//     inline SVG is parsed and written back from an allowlist of drawing
//     elements and attributes (no script, link, event handler or outside
//     reference can survive, whatever the unit names);
//   - printable: print CSS for A4, a page break before each major section,
//     the diagrams and the comparison on landscape pages, each diagram on a
//     page of its own and laid out for it (views.MediumA4Landscape), so
//     that no printed text of a municipality of some thirty units is under
//     6 pt; hints about pointing at things are not printed;
//   - deterministic: the same Report gives the same bytes, and nothing on
//     the page comes from the clock (Options.Date is printed when set).
//
// The diagrams are also returned as SVG and PNG (Report.Diagrams,
// Report.SmallMultiples) for the command to write beside the page.
//
// The package stands at the top of the presentation layer, above views,
// text and metrics, and below the command. It lives under
// cmd/samkart/internal, as cmd/go's own packages live under
// cmd/go/internal: the top level of the module is fixed, graph must stay
// below metrics, and internal keeps the report's layout out of the public
// API.
package report
