package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// command is one subcommand, in the style of cmd/go's command table.
type command struct {
	Name  string     // "gaps"
	Args  string     // "[flags] [DATASET]"; help in bokmål says its placeholders in bokmål (argsIn)
	Short graph.Text // one line for `samkart help`
	Long  graph.Text // the full help text
	// Setup declares the flags on a fresh FlagSet and returns the action.
	// It runs once per invocation, so no flag state is global.
	Setup func(fs *pflag.FlagSet) func(ctx context.Context, e *env, args []string) error
}

// usageError is a mistake in how samkart was called, said in both
// languages; it exits with 2.
type usageError struct{ msg graph.Text }

func (e *usageError) Error() string { return e.msg.EN }

// usagef returns a usageError: nb and en are formats of the same message
// for the same arguments.
func usagef(nb, en string, args ...any) error {
	return &usageError{graph.T(fmt.Sprintf(nb, args...), fmt.Sprintf(en, args...))}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// run is samkart's real entry point: it returns the exit status instead of
// exiting, so that tests can call it.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		printUsage(e.stderr, localeLang(e.getenv))
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help":
		return help(e, args[1:])
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(e.stderr, "samkart: %s\n", unknownCommand(name).In(localeLang(e.getenv)))
		return 2
	}
	fs := pflag.NewFlagSet("samkart "+c.Name, pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.SortFlags = true
	action := c.Setup(fs)
	fs.Usage = func() {
		l, _ := helpLang(e.getenv, args[1:])
		commandUsage(e.stderr, c, fs, l)
	}
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(e.stderr, "samkart %s: %v\nRun 'samkart help %s' for usage.\n", c.Name, err, c.Name)
		return 2
	}
	e.lang = localeLang(e.getenv)
	if f := fs.Lookup("lang"); f != nil && f.Value.String() != "" {
		e.lang = graph.Lang(f.Value.String()) // a code, nb or en, as addLang's flag writes it
	}
	if err := action(ctx, e, fs.Args()); err != nil {
		fmt.Fprintf(e.stderr, "samkart: %s\n", errorIn(err, e.lang))
		return exitCode(err)
	}
	return 0
}

// errorIn formats err in language l when it is a usage or input error,
// which speak both languages.
func errorIn(err error, l graph.Lang) string {
	var il importers.ErrorList
	var ie *graph.InputError
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		return ue.msg.In(l)
	case errors.As(err, &il):
		return il.In(l)
	case errors.As(err, &ie):
		return ie.In(l)
	}
	return err.Error()
}

// unknownCommand says what to do instead of an unknown command: the
// nearest command for a typo, or the report of a folder given first (as
// when a folder is dropped on the program).
func unknownCommand(name string) graph.Text {
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return graph.T(
			fmt.Sprintf("%q er en mappe, ikke en kommando; for rapporten om den: samkart report %s", name, quoteArg(name)),
			fmt.Sprintf("%q is a folder, not a command; for its report: samkart report %s", name, quoteArg(name)))
	}
	var names []string
	for _, c := range commands {
		names = append(names, c.Name)
	}
	if s := importers.Suggest(name, names); s != "" {
		return graph.T(fmt.Sprintf("ukjent kommando %q; mente du %s?", name, s),
			fmt.Sprintf("unknown command %q; did you mean %s?", name, s))
	}
	return graph.T(fmt.Sprintf("ukjent kommando %q\nKjør 'samkart help' for bruk.", name),
		fmt.Sprintf("unknown command %q\nRun 'samkart help' for usage.", name))
}

// quoteArg quotes a path for a shell when it needs it.
func quoteArg(s string) string {
	if strings.ContainsAny(s, " \t'\"$&;|<>()*?[]#~`\\") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}

// exitCode maps an error to the exit status: 2 for usage and input
// errors, 1 for everything else.
func exitCode(err error) int {
	var ue *usageError
	var ie *graph.InputError
	if errors.As(err, &ue) || errors.As(err, &ie) {
		return 2
	}
	return 1
}

func help(e *env, args []string) int {
	l, args := helpLang(e.getenv, args)
	if len(args) == 0 {
		printUsage(e.stdout, l)
		return 0
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "%s\n", graph.T(
			fmt.Sprintf("samkart help %s: ukjent kommando\nKjør 'samkart help' for bruk.", args[0]),
			fmt.Sprintf("samkart help %s: unknown command\nRun 'samkart help' for usage.", args[0])).In(l))
		return 2
	}
	fs := pflag.NewFlagSet("samkart "+c.Name, pflag.ContinueOnError)
	c.Setup(fs)
	commandUsage(e.stdout, c, fs, l)
	return 0
}
