package main

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
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
			expected := text.Noun{One: graph.T("forventet bånd", "expected tie"), Many: graph.T("forventede bånd", "expected ties")}
			fmt.Fprintf(e.stdout, "ok: %s: %s, %s, %s, %s, %s; %s %s; %s\n", ds.Name,
				text.NounUnit.Count(len(ds.Units), e.lang),
				text.NounContact.Count(len(ds.Contacts), e.lang),
				text.NounMeeting.Count(len(ds.Meetings), e.lang),
				text.NounMunicipality.Count(len(ds.Municipalities), e.lang),
				expected.Count(len(ds.Expected), e.lang),
				text.NounTie.Count(len(net.Ties()), e.lang),
				graph.T("i nettverket", "in the network").In(e.lang),
				text.NounWarning.Count(len(ds.Warnings), e.lang))
			return nil
		}
	},
}
