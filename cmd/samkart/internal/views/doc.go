// Package views draws samkart's diagrams of a collaboration network: the
// network, levels, gaps and ego views, laid out by Graphviz; the agencies
// heat map, laid out here; and the compare view of municipalities side by
// side. Each view turns a network, and the results of package metrics on
// it, into a styled graph (colours by agency, shapes by level, sizes by a
// measure, a legend and a title in bokmål or English) that package
// graph/draw writes as DOT, SVG or PNG.
//
// The compare view's dot charts read each measure on its fixed scale
// (compare.Describe: 0..1 for shares, −1..+1 for E-I, counts from 0), the
// same for every municipality, and colour each dot by whether it is
// better or worse than the region's median by the measure's direction.
//
// Agencies are told apart by colour, from a fixed palette that survives
// the common forms of colour blindness (checked by simulating them), so an
// agency has the same colour in every diagram of a dataset, the heat map
// included; levels by shape, the more corners the higher in the vertical
// line.
//
// A diagram is drawn for a medium (Style.Medium): the screen, where it
// takes the size its layout needs, or an A4 page or a slide. For a page or
// slide, Fit lays it out until its smallest text is legible once the
// picture is shrunk into the medium's box: compact layouts, names wrapped
// and hyphenated rather than shrunk, fonts as large as the layout allows.
// Titles name the municipality or region (text.PlaceName) or Style.Title,
// never the dataset's folder. Ties are as wide as their weight and dashed
// when most of their contact was informal. Above a few hundred units the
// graph views group units (see AutoAggregation).
//
// The package stands above metrics, which computes the numbers it shows,
// and below the command. It lives under cmd/samkart/internal, as cmd/go's
// own packages live under cmd/go/internal, because the top level of the
// module is fixed (cmd, graph, metrics, importers, examples), graph must
// stay below metrics, and the presentation is samkart's own: internal
// keeps it out of the public API, free to change with the command.
package views
