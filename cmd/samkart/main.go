package main

import (
	"context"
	"io"
	"os"
	"os/signal"

	"github.com/samkart/samkart/graph"
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
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], &env{
		stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		stderrIsTTY: isTerminal(os.Stderr),
	})
	stop()
	os.Exit(code)
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
