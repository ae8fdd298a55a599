package main

import (
	"context"
	"io"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

var cmdDiff = &command{
	Name: "diff",
	Args: "[flags] DATASET --window A --against B | DATASET DATASET2",
	Short: graph.T("vis hva som endret seg mellom to perioder eller to datasett",
		"show what changed between two periods or two datasets"),
	Long: graph.T(`samkart diff sammenligner to nettverk: ett datasett i to tidsvinduer (--window for det
første, --against for det andre), eller to datamapper (den første er «før»).
Den lister båndene som er nye, borte, styrket og svekket, hullene som har
åpnet eller lukket seg, og endringen i enheter, bånd, tetthet, komponenter og
fragmentering per kommune.

Eksempler:

	samkart diff examples/kommune --window 2010 --against 2011
	samkart diff kommune-2010 kommune-2011`,
		`Diff compares two networks: one dataset in two time windows (--window for
the first, --against for the second), or two dataset folders (the first is
"before"). It lists the ties gained, lost, strengthened and weakened, the gaps
opened and closed, and the change in units, ties, density, components and
fragmentation per municipality.

Examples:

	samkart diff examples/kommune --window 2010 --against 2011
	samkart diff kommune-2010 kommune-2011`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		var out outputFlags
		in.add(fs)
		out.add(fs)
		var against windowValue
		fs.Var(&against, "against", "compare with contacts and meetings dated `FROM..TO`")
		threshold := fs.Float64("threshold", 0.5, "relative change of weight that counts as strengthened or weakened")
		var suppress suppressFlag
		suppress.add(fs)
		return func(ctx context.Context, e *env, args []string) error {
			opt := gaps.DiffOptions{Threshold: *threshold, Gaps: gaps.Options{Scope: in.scope}}
			var before, after []string
			switch {
			case len(args) == 2 && against.raw == "":
				before, after = args[:1], args[1:]
			case len(args) <= 1 && against.raw != "":
				before, after = args, args
			default:
				return usagef("diff trenger én DATAMAPPE med --window og --against, eller to datamapper", "diff needs one DATASET with --window and --against, or two DATASET folders")
			}
			a, err := in.buildWhole(e, before)
			if err != nil {
				return err
			}
			win := in.window
			in.window = against
			b, err := in.buildWhole(e, after)
			in.window = win
			if err != nil {
				return err
			}
			r := gaps.Diff(a, b, opt)
			sup := suppress.of(&in)
			return out.emit(e, b.Data, result{
				writeJSON: func(w io.Writer) error { return text.WriteDiffJSON(w, r, sup) },
				tables:    text.DiffTables(r, sup),
				suppress:  sup,
			})
		}
	},
}
