package main

import (
	"context"
	"io"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

var cmdSummary = &command{
	Name: "summary",
	Args: "[flags] [DATASET]",
	Short: graph.T("beskriv hva et datasett inneholder",
		"describe what a dataset holds"),
	Long: graph.T(`samkart summary leser et datasett og viser enhetene etter etat og nivå, kommunene,
kontaktene etter type og formalitet, møtene etter størrelse (bilaterale eller
med tre eller flere enheter), antall bånd, datoperioden og enhetene uten bånd.`,
		`Summary reads a dataset and reports its units by agency and level, its
municipalities, its contacts by kind and formality, its meetings by size
(bilateral or three and more units), the number of ties, the date range and
the units without any tie.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		in := inputFlags{networkOnly: true}
		var out outputFlags
		in.add(fs)
		out.add(fs)
		return func(ctx context.Context, e *env, args []string) error {
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			s := metrics.Summarize(net)
			return out.emit(e, net.Data, result{
				writeJSON: func(w io.Writer) error { return text.WriteSummaryJSON(w, s) },
				tables:    []*text.Table{text.SummaryTable(s)},
				text:      func(w io.Writer, l graph.Lang) error { return text.WriteSummary(w, s, l) },
			})
		}
	},
}
