package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// commands in the order of `samkart help`.
var commands = []*command{
	cmdValidate, cmdSummary, cmdInit, cmdMetrics, cmdQAP, cmdGaps, cmdDiff,
	cmdRender, cmdCompare, cmdReport, cmdExport,
	cmdVersion,
}

// env is what a command may touch of the outside world; tests replace it.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	stderrIsTTY    bool
	lang           graph.Lang // of messages: --lang, else the locale's

	// renderer lays out diagrams; nil lays every layout out in this
	// process (see draw.Renderer).
	renderer *draw.Renderer
}

// layoutCommand is the hidden subcommand that makes samkart a layout
// child: it lays out one graph read from standard input for the samkart
// that started it (draw.Renderer.Isolate, draw.ServeLayout). It is not
// listed in help.
const layoutCommand = "__layout"

func main() {
	if len(os.Args) == 2 && os.Args[1] == layoutCommand {
		os.Exit(serveLayout())
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], &env{
		stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		stderrIsTTY: isTerminal(os.Stderr),
		renderer:    childRenderer(),
	})
	stop()
	os.Exit(code)
}

// childRenderer returns a renderer that runs the layouts needing a fresh
// Graphviz in `samkart __layout`, this executable run again.
func childRenderer() *draw.Renderer {
	exe, err := os.Executable()
	if err != nil {
		return nil // lay out here: reproducible for the same sequence of layouts
	}
	return &draw.Renderer{Isolate: func(ctx context.Context) *exec.Cmd {
		return exec.CommandContext(ctx, exe, layoutCommand)
	}}
}

// serveLayout runs `samkart __layout` and returns its exit status.
func serveLayout() int {
	if err := draw.ServeLayout(context.Background(), os.Stdin, os.Stdout); err != nil {
		fmt.Fprint(os.Stderr, err)
		return 1
	}
	return 0
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
