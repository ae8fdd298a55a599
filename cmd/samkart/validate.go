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
	Args: "[flags] [DATASET...]",
	Short: graph.T("sjekk et datasett og meld hvert problem med hvor det står",
		"check a dataset and report every problem with its position"),
	Long: graph.T(`samkart validate leser et datasett og melder hvert problem som FIL:LINJE:KOLONNE:
hva som ble funnet; hva som var ventet (og kolonnen slik Excel kaller den).
Den avslutter med status 2 når en fil har en feil, og skriver advarsler uten
å feile: kontakt med seg selv, vekt null, enheter uten bånd, og verdier som
er gyldige, men trolig feil (en dato langt utenfor de andre, en vekt langt
over resten, en enhet med alle kontaktene på én dag, en feilstavet
kontaktform eller etat). Uten DATAMAPPE sjekker den datasettet i mappen du
står i, og nekter når det ikke finnes noe der.`,
		`Validate reads a dataset and reports every problem as FILE:LINE:COLUMN: what
was found; what was expected (and the column as Excel names it). It exits
with status 2 when any file has an error, and prints warnings without
failing: self-contacts, zero weights, units without ties, and values that
are valid but probably mistakes (a date far outside the others, a weight far
above the rest, a unit whose contacts all fall on one day, a misspelt kind
or agency). Without a DATASET it checks the current folder's dataset, and
refuses when there is none.`),
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
			expected := text.Noun{One: graph.T("forventet bånd", "expected tie"), Many: graph.T("forventede bånd", "expected ties")}
			fmt.Fprintf(e.stdout, "ok: %s: %s, %s, %s, %s, %s; %s %s; %s\n", neutralise(ds.Name),
				text.NounUnit.Count(len(ds.Units), e.lang),
				text.NounContact.Count(len(ds.Contacts), e.lang),
				text.NounMeeting.Count(len(ds.Meetings), e.lang),
				text.NounMunicipality.Count(len(ds.Municipalities), e.lang),
				expected.Count(len(ds.Expected), e.lang),
				text.NounTie.Count(len(net.Ties()), e.lang),
				graph.T("i nettverket", "in the network").In(e.lang),
				text.NounWarning.Count(len(ds.Warnings), e.lang))
			if line, ok := text.SurveyLine(net); ok {
				fmt.Fprintf(e.stdout, "%s\n", line.In(e.lang))
			}
			return nil
		}
	},
}
