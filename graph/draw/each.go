package draw

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/goccy/go-graphviz"
)

// batchPrefix starts the first line of a layout child's batch request:
// "batch svg" or "batch json", then the DOT sources, each after its
// length and a newline. The child answers with the layouts in the same
// framing.
const batchPrefix = "batch "

// minBatch is the fewest graphs RenderEach shares with a child process:
// starting one costs about as much as a few small layouts.
const minBatch = 8

// RenderEach renders each DOT source of dots in format f (FormatSVG or
// FormatPNG) as Render does, and returns the pictures in the same order.
// When r can start a layout child and the process may use more than one
// core, every other graph is laid out in one child process while this
// process lays out the rest. Only graphs whose engine gives the same
// layout whatever was laid out before (dot, neato, twopi) should be
// given, so that the pictures are the same either way.
func (r *Renderer) RenderEach(ctx context.Context, dots [][]byte, f Format) ([][]byte, error) {
	if f != FormatSVG && f != FormatPNG {
		return nil, fmt.Errorf("draw: cannot render each as %v", f)
	}
	format := graphviz.SVG
	if f == FormatPNG {
		format = "json"
	}
	raw := make([][]byte, len(dots))
	var theirs []int
	for i := range dots {
		if r != nil && r.Isolate != nil && runtime.GOMAXPROCS(0) > 1 && len(dots) >= minBatch && i%2 == 1 {
			theirs = append(theirs, i)
		}
	}
	done := make(chan error, 1)
	go func() { done <- r.layoutBatch(ctx, dots, theirs, format, raw) }()
	var err error
	for i, dot := range dots {
		if len(theirs) > 0 && i%2 == 1 {
			continue
		}
		if raw[i], err = r.layout(ctx, dot, format); err != nil {
			break
		}
	}
	if berr := <-done; err == nil {
		err = berr
	}
	if err != nil {
		return nil, err
	}
	outs := make([][]byte, len(dots))
	for i, b := range raw {
		if outs[i], err = finish(f, b); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// layoutBatch lays out dots[k] for each k of idx in one child process,
// into raw[k]; when no child can be started, here.
func (r *Renderer) layoutBatch(ctx context.Context, dots [][]byte, idx []int, format graphviz.Format, raw [][]byte) error {
	if len(idx) == 0 {
		return nil
	}
	mine := make([][]byte, len(idx))
	for j, k := range idx {
		mine[j] = dots[k]
	}
	var outs [][]byte
	cmd := r.Isolate(ctx)
	ok := false
	if cmd != nil {
		var out []byte
		var err error
		out, ok, err = runChild(ctx, cmd, io.MultiReader(strings.NewReader(batchPrefix+string(format)+"\n"), strings.NewReader(string(frameAll(mine)))))
		if err != nil {
			return err
		}
		if ok {
			if outs, err = unframe(out, len(mine)); err != nil {
				return err
			}
		}
	}
	if !ok {
		for _, d := range mine {
			b, err := r.layout(ctx, d, format)
			if err != nil {
				return err
			}
			outs = append(outs, b)
		}
	}
	for j, k := range idx {
		raw[k] = outs[j]
	}
	return nil
}

// serveBatch is ServeLayout for a batch request in format name.
func (r *Renderer) serveBatch(ctx context.Context, name string, br *bufio.Reader, out io.Writer) error {
	format, ok := childFormats[name]
	if !ok {
		return fmt.Errorf("draw: layout request: unknown format %q", name)
	}
	body, err := io.ReadAll(br)
	if err != nil {
		return fmt.Errorf("draw: layout request: %w", err)
	}
	dots, err := unframe(body, -1)
	if err != nil {
		return fmt.Errorf("draw: layout request: %w", err)
	}
	here := Renderer{}
	if r != nil {
		here.Cache, here.Warn = r.Cache, r.Warn
	}
	outs := make([][]byte, len(dots))
	for i, d := range dots {
		if outs[i], err = here.layout(ctx, d, format); err != nil {
			return err
		}
	}
	_, err = out.Write(frameAll(outs))
	return err
}
