package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

var cmdSummary = &command{
	Name:  "summary",
	Args:  "[flags] [DATASET...]",
	Short: "describe what a dataset holds",
	Long: `Summary reads a dataset and reports its units by agency and level, its
municipalities, its contacts by kind and formality, its meetings by size
(bilateral or three and more units), the number of ties, the date range and
the units without any tie. Without a DATASET it reads the current folder's
dataset, or the built-in example, which the text output then says first.`,
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
				text: func(w io.Writer, l graph.Lang) error {
					if in.example {
						fmt.Fprintf(w, "%s\n\n", exampleBanner.In(l))
					}
					return text.WriteSummary(w, s, l)
				},
			})
		}
	},
}
