package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
)

var cmdValidate = &command{
	Name:  "validate",
	Args:  "[flags] [DATASET...]",
	Short: "check a dataset and report every problem with its position",
	Long: `Validate reads a dataset and reports every problem as FILE:LINE:COLUMN: what
was found; what was expected (and the column as Excel names it). It exits
with status 2 when any file has an error, and prints warnings without
failing: self-contacts, zero weights, units without ties, and values that
are valid but probably mistakes (a date far outside the others, a weight far
above the rest, a unit whose contacts all fall on one day, a misspelt kind
or agency). Without a DATASET it checks the current folder's dataset, and
refuses when there is none.`,
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		in := inputFlags{needData: true}
		in.add(fs)
		addLang(fs, "the messages")
		return func(ctx context.Context, e *env, args []string) error {
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			ds := net.Data
			n := func(k int, nb1, nbN, en1, enN string) string {
				if e.lang == graph.NB {
					return fmt.Sprintf("%d %s", k, plural(k, nb1, nbN))
				}
				return fmt.Sprintf("%d %s", k, plural(k, en1, enN))
			}
			fmt.Fprintf(e.stdout, "ok: %s: %s, %s, %s, %s, %s; %s %s; %s\n", neutralise(ds.Name),
				n(len(ds.Units), "enhet", "enheter", "unit", "units"),
				n(len(ds.Contacts), "kontakt", "kontakter", "contact", "contacts"),
				n(len(ds.Meetings), "møte", "møter", "meeting", "meetings"),
				n(len(ds.Municipalities), "kommune", "kommuner", "municipality", "municipalities"),
				n(len(ds.Expected), "forventet bånd", "forventede bånd", "expected tie", "expected ties"),
				n(len(net.Ties()), "bånd", "bånd", "tie", "ties"),
				graph.T("i nettverket", "in the network").In(e.lang),
				n(len(ds.Warnings), "advarsel", "advarsler", "warning", "warnings"))
			if line, ok := text.SurveyLine(net); ok {
				fmt.Fprintf(e.stdout, "%s\n", line.In(e.lang))
			}
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
