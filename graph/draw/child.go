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
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz"
)

// A layout child reads a request on its standard input: the Graphviz
// output format ("svg", or "json" for the xdot drawing operations), or
// both as "svg,json", on the first line, then the DOT. It lays the graph
// out once and writes it on its standard output (several formats each
// after its length and a newline), or an error on its standard error and
// exits with a status other than 0.

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
	var formats []graphviz.Format
	for _, name := range strings.Split(strings.TrimSpace(line), ",") {
		f, ok := childFormats[name]
		if !ok {
			return fmt.Errorf("draw: layout request: unknown format %q", strings.TrimSpace(line))
		}
		formats = append(formats, f)
	}
	dot, err := io.ReadAll(br)
	if err != nil {
		return fmt.Errorf("draw: layout request: %w", err)
	}
	here := Renderer{} // without Isolate: lays out here, whatever the engine
	if r != nil {
		here.Cache, here.Warn = r.Cache, r.Warn
	}
	if err := acquire(ctx); err != nil {
		return err
	}
	outs, err := here.layoutHere(ctx, dot, formats)
	<-gv.sem
	if err != nil {
		return err
	}
	_, err = out.Write(frame(outs))
	return err
}

// frame joins the outputs of one layout in several formats, each after
// its length in bytes and a newline; one output is sent as it is.
func frame(outs [][]byte) []byte {
	if len(outs) == 1 {
		return outs[0]
	}
	var b bytes.Buffer
	for _, o := range outs {
		b.WriteString(strconv.Itoa(len(o)) + "\n")
		b.Write(o)
	}
	return b.Bytes()
}

// unframe splits what frame joined into n outputs.
func unframe(b []byte, n int) ([][]byte, error) {
	if n == 1 {
		return [][]byte{b}, nil
	}
	outs := make([][]byte, 0, n)
	for range n {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil, errors.New("draw: graphviz child process: short output")
		}
		size, err := strconv.Atoi(string(b[:i]))
		if err != nil || size < 0 || size > len(b)-i-1 {
			return nil, errors.New("draw: graphviz child process: malformed output")
		}
		outs = append(outs, b[i+1:i+1+size])
		b = b[i+1+size:]
	}
	return outs, nil
}

// layoutIsolated lays dot out in a child process started by r.Isolate,
// so that the layout starts from a fresh WebAssembly module. ok is false
// when no child could be started. Cancelling ctx kills the child.
func (r *Renderer) layoutIsolated(ctx context.Context, dot []byte, formats []graphviz.Format) (outs [][]byte, ok bool, err error) {
	cmd := r.Isolate(ctx)
	if cmd == nil {
		return nil, false, nil
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	stdout, ok, err := runChild(ctx, cmd, io.MultiReader(strings.NewReader(strings.Join(names, ",")+"\n"), bytes.NewReader(dot)))
	if !ok || err != nil {
		return nil, ok, err
	}
	if len(stdout) == 0 {
		return nil, true, fmt.Errorf("draw: graphviz produced no %s output", formats[0])
	}
	outs, err = unframe(stdout, len(formats))
	return outs, true, err
}

// runChild runs cmd, a layout child, with the request in and returns what
// it wrote; ok is false when it could not be started.
func runChild(ctx context.Context, cmd *exec.Cmd, in io.Reader) (out []byte, ok bool, err error) {
	cmd.Stdin = in
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
	return stdout.Bytes(), true, nil
}
