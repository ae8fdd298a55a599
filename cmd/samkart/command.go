package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

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

// aliases are the commands' bokmål names, which work as the English ones.
var aliases = map[*command][]string{
	cmdValidate: {"sjekk", "valider"},
	cmdSummary:  {"sammendrag", "oversikt"},
	cmdInit:     {"mal"},
	cmdMetrics:  {"mål", "maal"},
	cmdQAP:      {"samvariasjon"},
	cmdGaps:     {"hull"},
	cmdDiff:     {"endring", "endringer"},
	cmdRender:   {"tegn"},
	cmdCompare:  {"sammenlign"},
	cmdReport:   {"rapport"},
	cmdExport:   {"eksporter", "eksport"},
	cmdVersion:  {"versjon"},
}

// helpNames are the names of help.
var helpNames = []string{"help", "hjelp", "-h", "--help"}

// usageError is a mistake in how samkart was called, said in both
// languages; it exits with 2.
type usageError struct{ msg graph.Text }

func (e *usageError) Error() string { return e.msg.EN }

// usagef returns a usageError: nb and en are formats of the same message
// for the same arguments.
func usagef(nb, en string, args ...any) error {
	return &usageError{graph.T(fmt.Sprintf(nb, args...), fmt.Sprintf(en, args...))}
}

// lookup finds a command by its name or a bokmål alias, in any case.
func lookup(name string) *command {
	name = strings.ToLower(name)
	for _, c := range commands {
		if c.Name == name {
			return c
		}
		for _, a := range aliases[c] {
			if a == name {
				return c
			}
		}
	}
	return nil
}

// run is samkart's real entry point: it returns the exit status instead of
// exiting, so that tests can call it.
func run(ctx context.Context, args []string, e *env) int {
	e.neutraliseStderr()
	e.lang = localeLang(e.getenv, e.sysLang)
	if len(args) == 0 {
		if e.alone {
			return runWithoutFolder(e)
		}
		printUsage(e.stderr, e.lang)
		return 2
	}
	name := args[0]
	for _, h := range helpNames {
		if strings.EqualFold(name, h) {
			return help(e, args[1:])
		}
	}
	c := lookup(name)
	if c == nil {
		if dir, ok := droppedFolder(name); ok && len(args) == 1 {
			return runFolder(ctx, e, dir)
		}
		fmt.Fprintf(e.stderr, "samkart: %s\n", unknownCommand(name).In(e.lang))
		return 2
	}
	return runCommand(ctx, e, c, args[1:])
}

// runCommand parses c's flags and runs it.
func runCommand(ctx context.Context, e *env, c *command, args []string) int {
	fs := pflag.NewFlagSet("samkart "+c.Name, pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.SortFlags = true
	action := c.Setup(fs)
	fs.Usage = func() {
		l, _ := helpLang(e.lang, args)
		commandUsage(e.stderr, c, fs, l)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		l, _ := helpLang(e.lang, args)
		fmt.Fprintf(e.stderr, "samkart %s: %s\n%s\n", c.Name, flagErrorText(err).In(l), graph.T(
			fmt.Sprintf("Kjør 'samkart hjelp %s' for bruk.", c.Name),
			fmt.Sprintf("Run 'samkart help %s' for usage.", c.Name)).In(l))
		return 2
	}
	if f := fs.Lookup("lang"); f != nil && f.Value.String() != "" {
		e.lang = graph.Lang(f.Value.String()) // a code, nb or en, as addLang's flag writes it
	}
	e.ctx = ctx
	if err := cancellable(ctx, func() error { return action(ctx, e, fs.Args()) }); err != nil {
		return e.fail(ctx, err)
	}
	return 0
}

// grace is how long a cancelled command is given to stop by itself (to
// kill its layout processes and remove its temporary files) before
// samkart leaves it.
const grace = 300 * time.Millisecond

// cancellable runs f and returns its error, or ctx's error when ctx is
// cancelled and f has not returned within grace: the loops of some
// measures do not look at ctx, and samkart exits while they run. Once ctx
// is cancelled no output file is put in place.
func cancellable(ctx context.Context, f func() error) error {
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	abortWrites()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case err := <-done:
		if err == nil {
			return nil // finished before the signal: its output is whole
		}
	case <-t.C:
	}
	return ctx.Err()
}

// fail reports err and returns the exit status: 130 when the command was
// interrupted, 2 for usage, input and most system errors, 1 otherwise.
func (e *env) fail(ctx context.Context, err error) int {
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		abortWrites()
		fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T("avbrutt", "interrupted").In(e.lang))
		return 130
	}
	msg, code := describeError(err)
	fmt.Fprintf(e.stderr, "samkart: %s\n", msg.In(e.lang))
	return code
}

// describeError says err in both languages and gives its exit status.
func describeError(err error) (graph.Text, int) {
	var il importers.ErrorList
	var ie *graph.InputError
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		return ue.msg, 2
	case errors.As(err, &il):
		return graph.T(il.In(graph.NB), il.In(graph.EN)), 2
	case errors.As(err, &ie):
		return graph.T(ie.In(graph.NB), ie.In(graph.EN)), 2
	}
	if t, code, ok := systemError(err); ok {
		return t, code
	}
	return graph.T(err.Error(), err.Error()), 1
}

// unknownCommand says what to do instead of an unknown command: the
// nearest command for a typo, or the report of a folder given first.
func unknownCommand(name string) graph.Text {
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return graph.T(
			fmt.Sprintf("%q er en mappe, ikke en kommando; for rapporten om den: samkart rapport %s", name, quoteArg(name)),
			fmt.Sprintf("%q is a folder, not a command; for its report: samkart report %s", name, quoteArg(name)))
	}
	var names []string
	for _, c := range commands {
		names = append(names, c.Name)
		names = append(names, aliases[c]...)
	}
	if s := importers.Suggest(name, names); s != "" {
		return graph.T(fmt.Sprintf("ukjent kommando %q; mente du %s?", name, s),
			fmt.Sprintf("unknown command %q; did you mean %s?", name, s))
	}
	return graph.T(fmt.Sprintf("ukjent kommando %q\nKjør 'samkart hjelp' for bruk.", name),
		fmt.Sprintf("unknown command %q\nRun 'samkart help' for usage.", name))
}

// quoteArg quotes a path for a shell when it needs it.
func quoteArg(s string) string {
	if strings.ContainsAny(s, " \t'\"$&;|<>()*?[]#~`\\") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}

func help(e *env, args []string) int {
	l, args := helpLang(e.lang, args)
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

// flagErrorText says what was wrong with a flag, from pflag's error, in
// both languages; the reason a flag's value gives is said in both when it
// is a usageError or one of pflag's own.
func flagErrorText(err error) graph.Text {
	var (
		invalid  *pflag.InvalidValueError
		required *pflag.ValueRequiredError
		unknown  *pflag.NotExistError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		why := valueErrorText(invalid.Unwrap())
		return graph.T(fmt.Sprintf("ugyldig verdi %q for %s: %s", invalid.GetValue(), name, why.NB),
			fmt.Sprintf("invalid argument %q for %q flag: %s", invalid.GetValue(), name, why.EN))
	case errors.As(err, &required):
		if s := required.GetSpecifiedShortnames(); s != "" {
			return graph.T(fmt.Sprintf("flagget %q i -%s trenger en verdi", required.GetSpecifiedName()[:1], s), err.Error())
		}
		return graph.T("flagget --"+required.GetSpecifiedName()+" trenger en verdi", err.Error())
	case errors.As(err, &unknown):
		if s := unknown.GetSpecifiedShortnames(); s != "" {
			return graph.T(fmt.Sprintf("ukjent kort flagg %q i -%s", unknown.GetSpecifiedName()[:1], s), err.Error())
		}
		return graph.T("ukjent flagg: --"+unknown.GetSpecifiedName(), err.Error())
	case errors.As(err, &syntax):
		return graph.T("feil skrevet flagg: "+syntax.GetSpecifiedFlag(), err.Error())
	}
	return graph.T(err.Error(), err.Error())
}

// pflagReasons are the reasons pflag's own flag types give for a value
// they refuse.
var pflagReasons = map[string]string{
	"must be an integer":                    "må være et heltall",
	"must be a non-negative integer":        "må være et heltall, 0 eller mer",
	"must be a number":                      "må være et tall",
	"must be true or false":                 "må være true eller false",
	`must be a duration like "30s" or "5m"`: `må være en varighet som "30s" eller "5m"`,
}

// valueErrorText is why a flag's value was refused, in both languages.
func valueErrorText(err error) graph.Text {
	var u *usageError
	var ie *graph.InputError
	switch {
	case errors.As(err, &u):
		return u.msg
	case errors.As(err, &ie):
		return graph.T(ie.In(graph.NB), ie.In(graph.EN))
	}
	msg := err.Error()
	if nb, ok := pflagReasons[msg]; ok {
		return graph.T(nb, msg)
	}
	return graph.T(msg, msg)
}
