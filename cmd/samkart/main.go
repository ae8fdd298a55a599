package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

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
// Everything samkart learns from the environment and the operating system
// is read in main and passed down through it.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	getenv         func(string) string
	stderrIsTTY    bool
	lang           graph.Lang // of messages: --lang, else the locale's

	// ctx is the command's context, which run sets: output files are
	// written under it (writeFile).
	ctx context.Context

	// workDir is the current folder, where a dataset is looked for when
	// none is named; "" looks nowhere.
	workDir string
	// alone is set when samkart was not started from a terminal (a
	// folder dropped on samkart.exe, a double click): `samkart FOLDER`
	// then opens the report with openFile and waits for Enter before the
	// window closes.
	alone    bool
	openFile func(path string) error // nil: open nothing
	// sysLang is the language of the user's settings outside the
	// environment variables (Windows' locale); "" when there are none.
	sysLang graph.Lang

	// renderer lays out diagrams; nil lays every layout out in this
	// process (see draw.Renderer).
	renderer *draw.Renderer
	// rawStderr is stderr without the neutralising of control
	// characters, for the progress line's own.
	rawStderr io.Writer
}

func main() {
	// `samkart __layout` (draw.ChildArg), a hidden subcommand not listed in
	// help, lays out one graph read from standard input for the samkart
	// that started it.
	if draw.IsChild(os.Args) {
		os.Exit(serveLayout())
	}
	// SIGINT (Ctrl-C) and SIGTERM cancel the command; a second signal,
	// once stop has run, ends samkart at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() { <-ctx.Done(); stop() }()
	wd, _ := os.Getwd()
	e := &env{
		stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, getenv: os.Getenv,
		stderrIsTTY: isTerminal(os.Stderr),
		workDir:     wd,
		alone:       startedAlone(),
		openFile:    openInBrowser,
		sysLang:     systemLang(),
	}
	e.renderer = newRenderer(e)
	code := run(ctx, os.Args[1:], e)
	stop()
	os.Exit(code)
}

// newRenderer returns the renderer of diagrams: Graphviz's compiled code
// kept in the user's cache folder, and the layouts needing a fresh
// Graphviz run in `samkart __layout`, this executable run again.
func newRenderer(e *env) *draw.Renderer {
	r := &draw.Renderer{Cache: cacheDir()}
	if e != nil {
		r.Warn = func(err error) { warnCache(e, err) }
	}
	exe, err := os.Executable()
	if err != nil {
		return r // lay out here: reproducible for the same sequence of layouts
	}
	r.Isolate = func(ctx context.Context) *exec.Cmd {
		return exec.CommandContext(ctx, exe, draw.ChildArg)
	}
	return r
}

// cacheDir returns samkart's folder in the user's cache folder
// (~/.cache/samkart, ~/Library/Caches/samkart, %LocalAppData%\samkart),
// or "" when the system has none.
func cacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil || !filepath.IsAbs(dir) {
		return ""
	}
	return filepath.Join(dir, "samkart")
}

// serveLayout runs `samkart __layout` and returns its exit status.
func serveLayout() int {
	r := &draw.Renderer{Cache: cacheDir()} // its parent has warned of a bad cache
	if err := r.ServeLayout(context.Background(), os.Stdin, os.Stdout); err != nil {
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

// openInBrowser opens path with the program the system opens such files
// with: the default browser for a web page. The opener (xdg-open, open,
// rundll32) returns once the browser is started; an opener that fails
// within a few seconds is reported, one that is still running is left to
// run.
func openInBrowser(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(3 * time.Second):
		return nil
	}
}
