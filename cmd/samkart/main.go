package main

import (
	"context"
	"io"
	"os"
	"os/signal"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// commands in the order of `samkart help`.
var commands = []*command{
	cmdValidate, cmdSummary, cmdInit, cmdMetrics, cmdGaps, cmdDiff,
	cmdRender, cmdCompare, cmdReport, cmdExport,
	cmdVersion,
}

// env is what a command may touch of the outside world; tests replace it.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	stderrIsTTY    bool
	lang           graph.Lang // of messages: --lang, else the locale's

	// ctx is the command's context, which run sets: output files are
	// written under it (writeFile).
	ctx context.Context

	// renderer lays out diagrams; nil lays every layout out in this
	// process (see draw.Renderer).
	renderer *draw.Renderer
}

func main() {
	// `samkart __layout` (draw.ChildArg), a hidden subcommand not listed in
	// help, lays out one graph read from standard input for the samkart
	// that started it.
	if draw.IsChild(os.Args) {
		os.Exit(draw.ServeChild(context.Background(), os.Stdin, os.Stdout, os.Stderr))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], &env{
		stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		stderrIsTTY: isTerminal(os.Stderr),
		renderer:    draw.ChildRenderer(),
	})
	stop()
	os.Exit(code)
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
