package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"
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
		return func(ctx context.Context, e *env, args []string) error {
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			ds := net.Data
			fmt.Fprintf(e.stdout, "ok: %s: %d units, %d contacts, %d meetings, %d municipalities, %d expected ties; %d ties in the network; %s\n",
				ds.Name, len(ds.Units), len(ds.Contacts), len(ds.Meetings), len(ds.Municipalities),
				len(ds.Expected), len(net.Ties()), plural(len(ds.Warnings), "warning"))
			return nil
		}
	},
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
