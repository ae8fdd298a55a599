package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
)

var cmdValidate = &command{
	Name: "validate",
	Args: "[flags] [DATASET]",
	Short: graph.T("sjekk et datasett og meld hvert problem med hvor det står",
		"check a dataset and report every problem with its position"),
	Long: graph.T(`samkart validate leser et datasett og melder hvert problem som FIL:LINJE:KOLONNE:
hva som ble funnet; hva som var ventet. Den avslutter med status 2 når en fil
har en feil, og skriver advarsler (kontakt med seg selv, vekt null, enheter
uten bånd) uten å feile.`,
		`Validate reads a dataset and reports every problem as FILE:LINE:COLUMN: what
was found; what was expected. It exits with status 2 when any file has an
error, and prints warnings (self-contacts, zero weights, units without ties)
without failing.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
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
			fmt.Fprintf(e.stdout, "ok: %s: %s, %s, %s, %s, %s; %s %s; %s\n", ds.Name,
				n(len(ds.Units), "enhet", "enheter", "unit", "units"),
				n(len(ds.Contacts), "kontakt", "kontakter", "contact", "contacts"),
				n(len(ds.Meetings), "møte", "møter", "meeting", "meetings"),
				n(len(ds.Municipalities), "kommune", "kommuner", "municipality", "municipalities"),
				n(len(ds.Expected), "forventet bånd", "forventede bånd", "expected tie", "expected ties"),
				n(len(net.Ties()), "bånd", "bånd", "tie", "ties"),
				graph.T("i nettverket", "in the network").In(e.lang),
				n(len(ds.Warnings), "advarsel", "advarsler", "warning", "warnings"))
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
