// Package raster draws Graphviz's layouts as PNG images: samkart's own
// rasteriser, behind the PNG format of package draw.
//
// go-graphviz v0.2.x draws PNG with its own Go render plugin, and edges
// reach that plugin flagged as filled (goccy/go-graphviz#106): they come out
// as black blobs, and node outlines vanish. samkart does not use Graphviz's
// PNG at all. Three ways round it were weighed:
//
//   - a replacement render plugin: one callback across the WebAssembly
//     bridge per primitive, the same wrong flag arriving, and a plugin API
//     that is undocumented and tied to the go-graphviz version;
//   - rasterising Graphviz's SVG: needs an SVG parser (path data,
//     transforms, presentation attributes, entities) before drawing
//     anything;
//   - rasterising Graphviz's layout in its xdot form, asked for as "json":
//     every node, edge, arrowhead, cluster and label arrives as a short list
//     of typed drawing operations (ellipse, polygon, polyline, B-spline,
//     text with baseline, alignment and Graphviz's width estimate, pen and
//     fill colour, font, line style) in layout points, already parsed by
//     encoding/json. Graphviz's own renderers draw from the same operations.
//
// The last gives the picture closest to the SVG with the least code, since
// both come from one layout and one list of drawing operations, so that is
// what PNG does. golang.org/x/image/vector fills shapes with
// anti-aliasing; strokes are built as polygons (miter joins, butt caps,
// Graphviz's SVG dash patterns); text is filled from the glyph outlines of
// the embedded Go fonts (gofont), which cover æ, ø and å, so a PNG is the
// same on every machine. One quirk of the JSON had to be undone: it labels
// filled and unfilled B-splines the wrong way round (see fixBeziers).
//
// Known differences from the SVG as a browser draws it: text is in Go's
// sans-serif whatever the fontname (narrowed where it runs wider than
// Graphviz's estimate), colour names are X11's as in Graphviz (SVG viewers
// read "green" as #008000, Graphviz as #00ff00), image and link attributes
// are ignored, and rotate=90 is not applied.
package raster
