package draw

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/goccy/go-graphviz"
)

// A layout child reads a request on its standard input: the Graphviz
// output format ("svg", or "json" for the xdot drawing operations) on the
// first line, then the DOT. It writes the layout on its standard output,
// or an error on its standard error and exits with a status other than 0.

// childFormats are the output formats a layout child is asked for.
var childFormats = map[string]graphviz.Format{"svg": graphviz.SVG, "json": "json"}

// ChildArg is the one argument a program is run with as the layout child
// of a ChildRenderer: samkart's hidden subcommand `samkart __layout`, and
// the argument a test binary is run again with.
const ChildArg = "__layout"

// ChildRenderer returns a Renderer whose layout children are this program
// (os.Executable) run again with ChildArg. The program serves them first
// thing in its main or TestMain:
//
//	if draw.IsChild(os.Args) {
//		os.Exit(draw.ServeChild(context.Background(), os.Stdin, os.Stdout, os.Stderr))
//	}
//
// When the program's path is unknown the Renderer lays out every graph in
// this process.
func ChildRenderer() *Renderer {
	exe, err := os.Executable()
	if err != nil {
		return &Renderer{}
	}
	return &Renderer{Isolate: func(ctx context.Context) *exec.Cmd {
		return exec.CommandContext(ctx, exe, ChildArg)
	}}
}

// IsChild reports whether a program run with args, its os.Args, is a
// layout child: whether its one argument is ChildArg.
func IsChild(args []string) bool {
	return len(args) == 2 && args[1] == ChildArg
}

// ServeChild is a layout child's main but for the exit: it serves one
// request with ServeLayout and returns the exit status, 0, or 1 after
// writing the error to stderr.
func ServeChild(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) int {
	if err := ServeLayout(ctx, stdin, stdout); err != nil {
		fmt.Fprint(stderr, err)
		return 1
	}
	return 0
}

// ServeLayout is the child's side of Renderer.Isolate: it reads one
// request from in, lays the graph out in this process and writes the
// result to out with one Write call. The caller, the child's main, writes
// an error on its standard error and exits with status 1 (see ServeChild).
func ServeLayout(ctx context.Context, in io.Reader, out io.Writer) error {
	return (*Renderer)(nil).ServeLayout(ctx, in, out)
}

// ServeLayout is the function ServeLayout with r's Cache and Warn; r's
// Isolate is not used.
func (r *Renderer) ServeLayout(ctx context.Context, in io.Reader, out io.Writer) error {
	br := bufio.NewReader(in)
	line, err := br.ReadString('\n')
	if err != nil {
		return fmt.Errorf("draw: layout request: %w", err)
	}
	format, ok := childFormats[strings.TrimSpace(line)]
	if !ok {
		return fmt.Errorf("draw: layout request: unknown format %q", strings.TrimSpace(line))
	}
	dot, err := io.ReadAll(br)
	if err != nil {
		return fmt.Errorf("draw: layout request: %w", err)
	}
	here := Renderer{} // without Isolate: lays out here, whatever the engine
	if r != nil {
		here.Cache, here.Warn = r.Cache, r.Warn
	}
	b, err := here.layout(ctx, dot, format)
	if err != nil {
		return err
	}
	_, err = out.Write(b)
	return err
}

// layoutIsolated lays dot out in a child process started by r.Isolate,
// so that the layout starts from a fresh WebAssembly module. ok is false
// when no child could be started. Cancelling ctx kills the child.
func (r *Renderer) layoutIsolated(ctx context.Context, dot []byte, format graphviz.Format) (out []byte, ok bool, err error) {
	cmd := r.Isolate(ctx)
	if cmd == nil {
		return nil, false, nil
	}
	cmd.Stdin = io.MultiReader(strings.NewReader(string(format)+"\n"), bytes.NewReader(dot))
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
