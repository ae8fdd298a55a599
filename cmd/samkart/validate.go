package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
)

var cmdValidate = &command{
	Name:  "validate",
	Args:  "[flags] [DATASET]",
	Short: "check a dataset and report every problem with its position",
	Long: `Validate reads a dataset and reports every problem as FILE:LINE:COLUMN: what
was found; what was expected. It exits with status 2 when any file has an
error, and prints warnings (self-contacts, zero weights, units without ties)
without failing.`,
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		in.add(fs)
		lang := newEnum("", "nb", "en")
		fs.Var(&lang, "lang", "language of the messages: nb or en (default from the locale)")
		return func(ctx context.Context, e *env, args []string) error {
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			ds := net.Data
			w := len(ds.Warnings)
			if e.lang == graph.NB {
				fmt.Fprintf(e.stdout, "ok: %s: %d enheter, %d kontakter, %d møter, %d kommuner, %d forventede bånd; %d bånd i nettverket; %d %s\n",
					ds.Name, len(ds.Units), len(ds.Contacts), len(ds.Meetings), len(ds.Municipalities),
					len(ds.Expected), len(net.Ties()), w, plural(w, "advarsel", "advarsler"))
				return nil
			}
			fmt.Fprintf(e.stdout, "ok: %s: %d units, %d contacts, %d meetings, %d municipalities, %d expected ties; %d ties in the network; %d %s\n",
				ds.Name, len(ds.Units), len(ds.Contacts), len(ds.Meetings), len(ds.Municipalities),
				len(ds.Expected), len(net.Ties()), w, plural(w, "warning", "warnings"))
			return nil
		}
	},
}

// plural returns one for n = 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
