package draw

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/goccy/go-graphviz"

	"github.com/samkart/samkart/graph/draw/internal/raster"
)

// Format is an output format of [Render].
type Format int

// The formats [Render] writes. The zero value is SVG, the primary output.
const (
	FormatSVG Format = iota // SVG from Graphviz's own renderer
	FormatPNG               // PNG rasterised by samkart from Graphviz's layout (see package raster)
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
	return 0, fmt.Errorf("draw: unknown format %q; want svg, png or dot", s)
}

// layoutEngines are the Graphviz layouts a DOT source may ask for with its
// graph attribute layout (the default is dot), and whether each runs in a
// child process of its own (see layoutIsolated).
//
// fdp and sfdp keep state between layouts in go-graphviz's WebAssembly
// Graphviz: in one process the same graph comes out differently depending
// on what was laid out before it (seen in tests: fdp with clusters and
// start=1 gave five different layouts of one graph in a row; the first
// sfdp layout of a graph differs from the second). A fresh module always
// gives the same layout, so they run in a child process. dot, neato and
// twopi gave the same bytes whatever came before. circo, which once ran
// for over ten minutes on a 71-node graph it had laid out in a second
// before, and Graphviz's other engines are refused.
var layoutEngines = map[string]struct {
	layout   graphviz.Layout
	isolated bool
}{
	"dot":   {graphviz.DOT, false},
	"neato": {graphviz.NEATO, false},
	"twopi": {graphviz.TWOPI, false},
	"fdp":   {graphviz.FDP, true},
	"sfdp":  {graphviz.SFDP, true},
}

// Render lays out the graph in dot with Graphviz and writes it to w as f.
//
// FormatSVG is Graphviz's SVG. FormatPNG is drawn by samkart's own
// rasteriser from Graphviz's layout (go-graphviz's PNG renderer fills edges
// and outlines black; see package raster). FormatDOT writes dot unchanged, without
// calling Graphviz. The layout engine is dot unless the graph sets
// layout=neato, twopi, fdp or sfdp; fdp and sfdp run in a child process,
// which costs about 0.2 s more but keeps them reproducible (see
// layoutEngines). Graphviz's other engines (circo, osage, …) are refused.
//
// go-graphviz gives a node whose label is empty the label \N (its name);
// write label=" " for a node without a visible label.
//
// The output is built in memory and written with one Write call, so w
// receives nothing when Render fails. Calls are serialised: the Graphviz
// WebAssembly module is a process-wide singleton that is not safe for
// concurrent use. ctx is checked while waiting for it; cancelling it kills
// an fdp or sfdp child process, but an in-process layout runs to its end.
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
		if out, err = raster.PNG(js); err != nil {
			return err
		}
	default:
		return fmt.Errorf("draw: unknown format %v", f)
	}
	_, err := w.Write(out)
	return err
}

// gv holds the one Graphviz context of the process. The WebAssembly module
// behind it is compiled and instantiated by go-graphviz's package init
// (compiled code is cached under os.TempDir()/go-graphviz, which takes a
// process start from about 1.2 s to 0.2 s). A context on top of it costs
// about 20 ms to create, 30 times the layout of a small graph, so it is
// kept; it is dropped after a failed layout or a panic, so that a broken
// one is not reused.
var gv = struct {
	sem chan struct{} // a one-slot semaphore: one Graphviz call at a time
	g   *graphviz.Graphviz
}{sem: make(chan struct{}, 1)}

// layout parses dot, lays it out and renders it in Graphviz's format
// (graphviz.SVG, or "json" for the xdot drawing operations as JSON).
func layout(ctx context.Context, dot []byte, format graphviz.Format) ([]byte, error) {
	if len(bytes.TrimSpace(dot)) == 0 {
		return nil, errors.New("draw: empty DOT input")
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
	return layoutHere(ctx, dot, format, os.Getenv(layoutChildEnv) != "")
}

// layoutHere lays dot out in this process's Graphviz, or in a child
// process when its engine is isolated and this is not the child already.
// The caller holds gv.sem.
func layoutHere(ctx context.Context, dot []byte, format graphviz.Format, inChild bool) (out []byte, err error) {
	broken := false // set when the context may be unusable
	defer func() {
		// go-graphviz panics when a call into the module fails in a
		// callback; bad input must come back as an error.
		if r := recover(); r != nil {
			out, err, broken = nil, fmt.Errorf("draw: graphviz: %v", r), true
		}
		if broken && gv.g != nil {
			gv.g.Close()
			gv.g = nil
		}
	}()
	if gv.g == nil {
		g, err := graphviz.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("draw: graphviz: %w", err)
		}
		gv.g = g
	}
	gr, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("draw: graphviz: %s", strings.TrimSpace(err.Error()))
	}
	defer gr.Close()

	// Graphviz itself reads the layout attribute (names are case-sensitive);
	// checking it here keeps the engines to the ones samkart supports.
	name := strings.TrimSpace(gr.GetStr("layout"))
	if name == "" {
		name = "dot"
	}
	engine, ok := layoutEngines[name]
	if !ok {
		return nil, fmt.Errorf("draw: layout %q not supported; want dot, neato, twopi, fdp or sfdp", name)
	}
	if engine.isolated && !inChild {
		if out, ok, err := layoutIsolated(ctx, dot, format); ok {
			return out, err
		}
		// No child process could be started: lay out here, reproducible
		// only for the same sequence of layouts in a process.
	}
	gv.g.SetLayout(engine.layout)

	// Never RenderFilename: it writes through the module's file system and
	// an error there leaves the module unusable.
	var buf bytes.Buffer
	if err := gv.g.Render(ctx, gr, format, &buf); err != nil {
		broken = true
		return nil, fmt.Errorf("draw: graphviz: %s", strings.TrimSpace(err.Error()))
	}
	if buf.Len() == 0 {
		return nil, fmt.Errorf("draw: graphviz produced no %s output", format)
	}
	return buf.Bytes(), nil
}

// layoutChildEnv, set in a process's environment, makes it a layout child:
// it reads DOT on stdin, writes the layout in the named format on stdout
// (an error on stderr, exit status 1) and exits, before main runs.
const layoutChildEnv = "SAMKART_RENDER_LAYOUT_CHILD"

func init() {
	format := os.Getenv(layoutChildEnv)
	if format == "" {
		return
	}
	dot, err := io.ReadAll(os.Stdin)
	var out []byte
	if err == nil {
		gv.sem <- struct{}{}
		out, err = layoutHere(context.Background(), dot, graphviz.Format(format), true)
	}
	if err != nil {
		fmt.Fprint(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
	os.Exit(0)
}

// layoutIsolated lays dot out in a child process, this program run again
// as a layout child, so that the layout starts from a fresh WebAssembly
// module. ok is false when no child could be started. Cancelling ctx kills
// the child.
func layoutIsolated(ctx context.Context, dot []byte, format graphviz.Format) (out []byte, ok bool, err error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, false, nil
	}
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), layoutChildEnv+"="+string(format))
	cmd.Stdin = bytes.NewReader(dot)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		return nil, false, nil
	}
	err = cmd.Wait()
	if ctx.Err() != nil {
		return nil, true, ctx.Err()
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 && !strings.HasPrefix(msg, "draw: ") {
			msg = msg[:i] // a crash: its first line
		}
		if !strings.HasPrefix(msg, "draw: ") {
			msg = fmt.Sprintf("draw: graphviz child process: %v: %s", err, msg)
		}
		return nil, true, errors.New(msg)
	}
	if stdout.Len() == 0 {
		return nil, true, fmt.Errorf("draw: graphviz produced no %s output", format)
	}
	return stdout.Bytes(), true, nil
}
