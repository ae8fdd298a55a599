package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/goccy/go-graphviz"
)

// Format is an output format of [Render].
type Format int

// The formats [Render] writes. The zero value is SVG, the primary output.
const (
	FormatSVG Format = iota // SVG from Graphviz's own renderer
	FormatPNG               // PNG rasterised by samkart from Graphviz's layout (see png.go)
	FormatDOT               // the DOT source itself, unchanged
)

var formatNames = [...]string{FormatSVG: "svg", FormatPNG: "png", FormatDOT: "dot"}

// String returns the format's lower-case name: svg, png or dot.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat returns the format named s: svg, png or dot (any case; "gv" is
// accepted for dot, as the file extension Graphviz also uses).
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "svg":
		return FormatSVG, nil
	case "png":
		return FormatPNG, nil
	case "dot", "gv":
		return FormatDOT, nil
	}
	return 0, fmt.Errorf("render: unknown format %q; want svg, png or dot", s)
}

// layoutEngines are the Graphviz layouts a DOT source may ask for with its
// graph attribute layout; the default is dot.
var layoutEngines = map[string]graphviz.Layout{
	"dot":   graphviz.DOT,
	"neato": graphviz.NEATO,
	"twopi": graphviz.TWOPI,
}

// refusedEngines are Graphviz layouts that the WebAssembly Graphviz in
// go-graphviz v0.2.10 cannot run reproducibly, with the reason. fdp and
// sfdp keep state between layouts in one process, so the same graph comes
// out differently depending on what was laid out before it (seen in
// tests: the first sfdp layout of a graph differs from the second; fdp
// with clusters differs even with start=1). circo ran for over ten
// minutes on a 71-node graph it had laid out in a second before.
var refusedEngines = map[string]string{
	"fdp":       "its result depends on earlier layouts in the same process",
	"sfdp":      "its result depends on earlier layouts in the same process",
	"circo":     "it can run for minutes on a graph of a few dozen nodes",
	"osage":     "samkart does not use it",
	"patchwork": "samkart does not use it",
	"nop":       "samkart does not use it",
	"nop1":      "samkart does not use it",
	"nop2":      "samkart does not use it",
}

// Render lays out the graph in dot with Graphviz and writes it to w as f.
//
// FormatSVG is Graphviz's SVG. FormatPNG is drawn by samkart's own
// rasteriser from Graphviz's layout (go-graphviz's PNG renderer fills edges
// and outlines black; see png.go). FormatDOT writes dot unchanged, without
// calling Graphviz. The layout engine is dot unless the graph sets
// layout=neato or twopi; Graphviz's other engines are refused, fdp and
// sfdp because in the WebAssembly build they are not reproducible (see
// refusedEngines).
//
// go-graphviz gives a node whose label is empty the label \N (its name);
// write label=" " for a node without a visible label.
//
// The output is built in memory and written with one Write call, so w
// receives nothing when Render fails. Calls are serialised: the Graphviz
// WebAssembly module is a process-wide singleton that is not safe for
// concurrent use. ctx is checked while waiting for it, not during a layout.
func Render(ctx context.Context, dot []byte, f Format, w io.Writer) error {
	var out []byte
	switch f {
	case FormatDOT:
		out = dot
	case FormatSVG:
		svg, err := layout(ctx, dot, graphviz.SVG)
		if err != nil {
			return err
		}
		out = svgStableIDs(svg)
	case FormatPNG:
		js, err := layout(ctx, dot, "json")
		if err != nil {
			return err
		}
		if out, err = rasterPNG(js); err != nil {
			return err
		}
	default:
		return fmt.Errorf("render: unknown format %v", f)
	}
	_, err := w.Write(out)
	return err
}

// gv holds the one Graphviz context of the process. The WebAssembly module
// behind it is compiled and instantiated by go-graphviz's package init
// (compiled code is cached under os.TempDir()/go-graphviz, which takes a
// process start from about 1.2 s to 0.2 s). A context on top of it costs
// about 20 ms to create, 30 times the layout of a small graph, so it is
// kept; it is dropped after any failure so that a broken one is not reused.
var gv = struct {
	sem chan struct{} // a one-slot semaphore: one Graphviz call at a time
	g   *graphviz.Graphviz
}{sem: make(chan struct{}, 1)}

// layout parses dot, lays it out and renders it in Graphviz's format
// (graphviz.SVG, or "json" for the xdot drawing operations as JSON).
func layout(ctx context.Context, dot []byte, format graphviz.Format) (out []byte, err error) {
	if len(bytes.TrimSpace(dot)) == 0 {
		return nil, errors.New("render: empty DOT input")
	}
	select {
	case gv.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-gv.sem }()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	broken := false // set when the context may be unusable
	defer func() {
		// go-graphviz panics when a call into the module fails in a
		// callback; bad input must come back as an error.
		if r := recover(); r != nil {
			out, err, broken = nil, fmt.Errorf("render: graphviz: %v", r), true
		}
		if broken && gv.g != nil {
			gv.g.Close()
			gv.g = nil
		}
	}()
	if gv.g == nil {
		g, err := graphviz.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("render: graphviz: %w", err)
		}
		gv.g = g
	}
	gr, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("render: graphviz: %s", strings.TrimSpace(err.Error()))
	}
	defer gr.Close()

	// Graphviz itself reads the layout attribute (names are case-sensitive);
	// checking it here keeps the engines to the ones samkart supports.
	name := strings.TrimSpace(gr.GetStr("layout"))
	engine := graphviz.DOT
	if name != "" {
		e, ok := layoutEngines[name]
		if !ok {
			why := refusedEngines[name]
			if why == "" {
				why = "unknown layout"
			}
			return nil, fmt.Errorf("render: layout %q not supported (%s); want dot, neato or twopi", name, why)
		}
		engine = e
	}
	gv.g.SetLayout(engine)

	// Never RenderFilename: it writes through the module's file system and
	// an error there leaves the module unusable.
	var buf bytes.Buffer
	if err := gv.g.Render(ctx, gr, format, &buf); err != nil {
		broken = true
		return nil, fmt.Errorf("render: graphviz: %s", strings.TrimSpace(err.Error()))
	}
	if buf.Len() == 0 {
		return nil, fmt.Errorf("render: graphviz produced no %s output", format)
	}
	return buf.Bytes(), nil
}
