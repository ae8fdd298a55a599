package draw

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/goccy/go-graphviz"

	"github.com/samkart/samkart/graph/draw/internal/raster"
)

// layoutEngines are the Graphviz layouts a DOT source may ask for with its
// graph attribute layout (the default is dot), and whether each runs in a
// child process of its own when the Renderer can start one.
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

// Renderer lays out DOT with Graphviz and writes the pictures. The zero
// Renderer, and a nil *Renderer, lay out every graph in this process.
type Renderer struct {
	// Isolate, when set, returns the command of a layout child process:
	// this program or another run so that it calls ServeLayout on its
	// standard input and output (samkart runs itself with a hidden
	// subcommand). fdp and sfdp layouts then run in a child each, which
	// costs about 0.2 s more but keeps them reproducible: in one process
	// their result depends on the layouts before them. Without Isolate, or
	// when the child cannot be started, they run in this process and come
	// out the same only for the same sequence of layouts. A large graph
	// (largeDOT) is laid out in a child too, beside this process's
	// Graphviz, with the same result.
	Isolate func(ctx context.Context) *exec.Cmd

	// Cache is a folder of the current user's in which the compiled
	// Graphviz is kept between runs (samkart uses os.UserCacheDir()/samkart);
	// it is created with mode 0700 when missing, and used only when it is
	// safe (see CacheProblem). "" compiles Graphviz in memory in every
	// process that draws. Graphviz starts once per process: the Renderer
	// of the first layout chooses.
	Cache string
	// Warn, when set, receives a *CacheError when Cache was not used.
	Warn func(error)

	// Reuse, when set, keeps the layouts (up to memoBudget bytes), so that
	// a graph drawn again in one format is not laid out again: the report
	// lays each diagram out in SVG to fit its page, then draws it. Each
	// format is laid out when first asked for: the fitting tries several
	// layouts of which one is drawn in PNG.
	Reuse bool
	memo  *layoutMemo // Reuse's layouts; used under gv.sem
}

// Once returns r without Reuse, for graphs drawn once: Reuse would keep
// their layouts, large ones too, for nothing. The layouts r keeps are not
// shared.
func (r *Renderer) Once() *Renderer {
	if r == nil || !r.Reuse {
		return r
	}
	c := *r
	c.Reuse, c.memo = false, nil
	return &c
}

// Render lays out the graph in dot with Graphviz and writes it to w as f.
//
// FormatSVG is Graphviz's SVG. FormatPNG is drawn by samkart's own
// rasteriser from Graphviz's layout (go-graphviz's PNG renderer fills edges
// and outlines black; see package raster). FormatDOT writes dot unchanged,
// without calling Graphviz. The layout engine is dot unless the graph sets
// layout=neato, twopi, fdp or sfdp; fdp and sfdp run in a child process
// when r.Isolate is set. Graphviz's other engines (circo, osage, …) are
// refused.
//
// go-graphviz gives a node whose label is empty the label \N (its name);
// write label=" " for a node without a visible label.
//
// The output is built in memory and written with one Write call, so w
// receives nothing when Render fails. Calls are serialised: the Graphviz
// WebAssembly module is a process-wide singleton that is not safe for
// concurrent use. ctx is checked while waiting for it; cancelling it kills
// a child process, but an in-process layout runs to its end.
func (r *Renderer) Render(ctx context.Context, dot []byte, f Format, w io.Writer) error {
	var out []byte
	switch f {
	case FormatDOT:
		out = dot
	case FormatSVG, FormatPNG:
		format := graphviz.SVG
		if f == FormatPNG {
			format = "json"
		}
		raw, err := r.layout(ctx, dot, format)
		if err != nil {
			return err
		}
		if out, err = finish(f, raw); err != nil {
			return err
		}
	default:
		return fmt.Errorf("draw: unknown format %v", f)
	}
	_, err := w.Write(out)
	return err
}

// finish turns Graphviz's output for f (SVG, or the JSON drawing of a
// PNG) into the picture.
func finish(f Format, raw []byte) ([]byte, error) {
	if f == FormatSVG {
		return svgStableIDs(raw), nil
	}
	return raster.PNG(raw)
}

// gv holds the one Graphviz context of the process. The WebAssembly module
// behind it is compiled and instantiated before the first layout (see
// startGraphviz). A context on top of it costs about 20 ms to create, 30
// times the layout of a small graph, so it is kept; it is dropped after a
// failed layout or a panic, so that a broken one is not reused.
var gv = struct {
	sem chan struct{} // a one-slot semaphore: one Graphviz call at a time
	g   *graphviz.Graphviz
}{sem: make(chan struct{}, 1)}

// layout parses dot, lays it out and renders it in Graphviz's format
// (graphviz.SVG, or "json" for the xdot drawing operations as JSON).
func (r *Renderer) layout(ctx context.Context, dot []byte, format graphviz.Format) ([]byte, error) {
	if len(bytes.TrimSpace(dot)) == 0 {
		return nil, errors.New("draw: empty DOT input")
	}
	if r != nil && r.Isolate != nil && len(dot) >= largeDOT {
		if out, ok, err := r.layoutApart(ctx, dot, format); ok {
			return out, err
		}
	}
	if err := acquire(ctx); err != nil {
		return nil, err
	}
	defer func() { <-gv.sem }()
	if r != nil && r.Reuse && (format == graphviz.SVG || format == "json") {
		return r.layoutReused(ctx, dot, format)
	}
	outs, err := r.layoutHere(ctx, dot, []graphviz.Format{format})
	if err != nil {
		return nil, err
	}
	return outs[0], nil
}

// largeDOT is the size from which a graph is laid out in a child process
// when the Renderer can start one: a child starts in about 0.2 s, and its
// layout of a large graph does not hold up this process's Graphviz, so that
// large pictures are laid out side by side. dot, neato and twopi give the
// same layout whatever was laid out before, fdp and sfdp run in a child
// anyway; the picture is the same either way.
const largeDOT = 256 << 10

// layoutApart lays dot out in a child process, with Reuse's layouts
// kept as layout does; ok is false when no child could be started.
func (r *Renderer) layoutApart(ctx context.Context, dot []byte, format graphviz.Format) (out []byte, ok bool, err error) {
	reuse := r.Reuse && (format == graphviz.SVG || format == "json")
	key := memoKey{format: format}
	if reuse {
		key.sum = sha256.Sum256(dot)
		if err := acquire(ctx); err != nil {
			return nil, true, err
		}
		if r.memo == nil {
			r.memo = &layoutMemo{kept: map[memoKey][]byte{}}
		}
		out, found := r.memo.kept[key]
		<-gv.sem
		if found {
			return out, true, nil
		}
	}
	outs, ok, err := r.layoutIsolated(ctx, dot, []graphviz.Format{format})
	if !ok || err != nil {
		return nil, ok, err
	}
	if !reuse {
		return outs[0], true, nil
	}
	gv.sem <- struct{}{}
	r.memo.keep(key, outs[0])
	<-gv.sem
	return outs[0], true, nil
}

// acquire waits for gv.sem, or for ctx to be done; on success the caller
// releases gv.sem.
func acquire(ctx context.Context) error {
	select {
	case gv.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := ctx.Err(); err != nil {
		<-gv.sem
		return err
	}
	return nil
}

// layoutReused is layout for a Renderer with Reuse: a kept layout, or
// one laid out now and kept. The caller holds gv.sem.
func (r *Renderer) layoutReused(ctx context.Context, dot []byte, format graphviz.Format) ([]byte, error) {
	if r.memo == nil {
		r.memo = &layoutMemo{kept: map[memoKey][]byte{}}
	}
	key := memoKey{sum: sha256.Sum256(dot), format: format}
	if out, ok := r.memo.kept[key]; ok {
		return out, nil
	}
	// Only the format asked for: a diagram fitted to its page is laid out
	// at several font scales and drawn in PNG at one of them, and the PNG's
	// drawing costs as much as the layout for a large graph.
	outs, err := r.layoutHere(ctx, dot, []graphviz.Format{format})
	if err != nil {
		return nil, err
	}
	r.memo.keep(key, outs[0])
	return outs[0], nil
}

// memoBudget is the most bytes of layouts a Renderer with Reuse keeps;
// the oldest go first.
const memoBudget = 128 << 20

// layoutMemo holds a Renderer's layouts by their DOT and format.
type layoutMemo struct {
	kept  map[memoKey][]byte
	order []memoKey // oldest first
	size  int
}

type memoKey struct {
	sum    [sha256.Size]byte
	format graphviz.Format
}

// keep adds out under k, dropping the oldest layouts past the budget; a
// layout larger than a quarter of it is not kept.
func (m *layoutMemo) keep(k memoKey, out []byte) {
	if len(out) > memoBudget/4 {
		return
	}
	if _, ok := m.kept[k]; ok {
		return
	}
	for m.size+len(out) > memoBudget && len(m.order) > 0 {
		old := m.order[0]
		m.order = m.order[1:]
		m.size -= len(m.kept[old])
		delete(m.kept, old)
	}
	m.kept[k] = out
	m.order = append(m.order, k)
	m.size += len(out)
}

// Start starts this process's Graphviz now rather than at the first
// layout: a command that will draw calls it in a goroutine of its own, so
// that compiling (or loading) the WebAssembly module overlaps its other
// work. Nothing else ever starts Graphviz before a layout, so a command
// that draws nothing never pays for it. A failure is left for the first
// layout to report.
func (r *Renderer) Start(ctx context.Context) {
	if err := acquire(ctx); err != nil {
		return
	}
	defer func() {
		if recover() != nil && gv.g != nil { // as layoutHere: drop a broken one
			gv.g.Close()
			gv.g = nil
		}
		<-gv.sem
	}()
	_ = r.ensureGraphviz(ctx)
}

// ensureGraphviz starts this process's Graphviz context when there is
// none. The caller holds gv.sem.
func (r *Renderer) ensureGraphviz(ctx context.Context) error {
	if gv.g != nil {
		return nil
	}
	if err := r.startGraphviz(ctx); err != nil {
		return fmt.Errorf("draw: graphviz: %w", err)
	}
	g, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("draw: graphviz: %w", err)
	}
	gv.g = g
	return nil
}

// layoutHere lays dot out in this process's Graphviz, or in a child
// process when its engine is isolated and r can start one, once for all
// of formats. The caller holds gv.sem; it is let go while a child lays
// out.
func (r *Renderer) layoutHere(ctx context.Context, dot []byte, formats []graphviz.Format) (outs [][]byte, err error) {
	broken := false // set when the context may be unusable
	defer func() {
		// go-graphviz panics when a call into the module fails in a
		// callback; bad input must come back as an error.
		if r := recover(); r != nil {
			outs, err, broken = nil, fmt.Errorf("draw: graphviz: %v", r), true
		}
		if broken && gv.g != nil {
			gv.g.Close()
			gv.g = nil
		}
	}()
	if err := r.ensureGraphviz(ctx); err != nil {
		return nil, err
	}
	gr, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("draw: graphviz: %s", strings.TrimSpace(err.Error()))
	}

	// Graphviz itself reads the layout attribute (names are case-sensitive);
	// checking it here keeps the engines to the ones samkart supports.
	name := strings.TrimSpace(gr.GetStr("layout"))
	if name == "" {
		name = "dot"
	}
	engine, ok := layoutEngines[name]
	if !ok {
		gr.Close()
		return nil, fmt.Errorf("draw: layout %q not supported; want dot, neato, twopi, fdp or sfdp", name)
	}
	if engine.isolated && r != nil && r.Isolate != nil {
		// The child needs none of this process's Graphviz: others may use
		// it meanwhile.
		gr.Close()
		<-gv.sem
		outs, ok, err := r.layoutIsolated(ctx, dot, formats)
		gv.sem <- struct{}{}
		if ok {
			return outs, err
		}
		// No child process could be started: lay out here, reproducible
		// only for the same sequence of layouts in a process.
		if err := r.ensureGraphviz(ctx); err != nil {
			return nil, err
		}
		if gr, err = graphviz.ParseBytes(dot); err != nil {
			return nil, fmt.Errorf("draw: graphviz: %s", strings.TrimSpace(err.Error()))
		}
	}
	defer gr.Close()
	gv.g.SetLayout(engine.layout)

	// Never RenderFilename: it writes through the module's file system and
	// an error there leaves the module unusable.
	bufs := make([]bytes.Buffer, len(formats))
	ws := make([]io.Writer, len(formats))
	for i := range bufs {
		ws[i] = &bufs[i]
	}
	if err := gv.g.RenderFormats(ctx, gr, formats, ws); err != nil {
		broken = true
		return nil, fmt.Errorf("draw: graphviz: %s", strings.TrimSpace(err.Error()))
	}
	outs = make([][]byte, len(formats))
	for i := range bufs {
		if bufs[i].Len() == 0 {
			return nil, fmt.Errorf("draw: graphviz produced no %s output", formats[i])
		}
		outs[i] = bufs[i].Bytes()
	}
	return outs, nil
}
