package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/report"
	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

var cmdSummary = &command{
	Name: "summary",
	Args: "[flags] [DATASET...]",
	Short: graph.T("beskriv hva et datasett inneholder, og hovedfunnene",
		"describe what a dataset holds, and its main findings"),
	Long: graph.T(`samkart summary leser et datasett og viser enhetene etter etat og nivå, kommunene,
kontaktene etter type og formalitet, møtene etter størrelse (bilaterale eller
med tre eller flere enheter), antall bånd, datoperioden og enhetene uten bånd.
Uten DATAMAPPE leser den datasettet i mappen du står i, eller det innebygde
eksempelet, og teksten sier det da først.

Som tekst slutter den med hovedfunnene, slik rapporten begynner med dem: de
alvorligste hullene mellom tjenester og mellom nivåer, enheten samarbeidet
avhenger av, ukoordinerte kontakter, bånd som har stilnet og, når det er
flere kommuner, hvor hver av dem står i regionen. Grunnlaget for dem står i
samkart gaps, metrics og compare. På et stort datasett (over 16 MB med filer)
hoppes de over, så summary fortsatt går raskt.`,
		`Summary reads a dataset and reports its units by agency and level, its
municipalities, its contacts by kind and formality, its meetings by size
(bilateral or three and more units), the number of ties, the date range and
the units without any tie. Without a DATASET it reads the current folder's
dataset, or the built-in example, which the text output then says first.

As text it ends with the main findings, as the report opens with them: the
most serious gaps between services and between levels, the unit the
collaboration depends on, uncoordinated contacts, ties gone silent and, with
several municipalities, where each stands in its region. Their evidence is
in samkart gaps, metrics and compare. On a large dataset (over 16 MB of
files) they are skipped, so that summary stays quick.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		in := inputFlags{networkOnly: true}
		var out outputFlags
		in.add(fs)
		out.add(fs)
		seed := fs.Uint64("seed", 1, "seed recorded with the key players of the main findings")
		var suppress suppressFlag
		suppress.add(fs)
		return func(ctx context.Context, e *env, args []string) error {
			size, small := inputSize(&in, args)
			findings := out.format == formatText && small
			if findings {
				// The findings need the contacts themselves.
				in.networkOnly = false
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			s := metrics.Summarize(net)
			var main []text.MainFinding
			sup := suppress.of(&in)
			if findings {
				if main, err = report.MainFindings(ctx, net, report.Options{Seed: *seed, Suppress: sup}); err != nil {
					return err
				}
			}
			return out.emit(e, net.Data, result{
				writeJSON: func(w io.Writer) error { return text.WriteSummaryJSON(w, s, sup) },
				tables:    []*text.Table{text.SummaryTable(s, sup)},
				suppress:  sup,
				text: func(w io.Writer, l graph.Lang) error {
					if in.example {
						fmt.Fprintf(w, "%s\n\n", exampleBanner.In(l))
					}
					if err := text.WriteSummary(w, s, l, sup); err != nil {
						return err
					}
					if _, err := io.WriteString(w, "\n"); err != nil {
						return err
					}
					if !findings {
						return text.WriteMainFindingsSkipped(w, size, l)
					}
					return text.WriteMainFindings(w, main, l)
				},
			})
		}
	},
}

// maxFindingsInput is the size of the input files above which summary
// skips the main findings: they need every contact in memory and the gap
// analysis, seconds and hundreds of megabytes for a national dataset.
const maxFindingsInput = 16 << 20

// inputSize returns the size in bytes of the files the dataset is read
// from and whether it is at most maxFindingsInput. The built-in example
// and files of an exchange format, which are read whole anyway, count as
// small; so does a path that cannot be read, whose error the loader
// reports. Of a folder, the table files count (.csv, .tsv, .txt).
func inputSize(in *inputFlags, args []string) (int64, bool) {
	var paths []string
	dirs := args
	in.formatFromName(args)
	switch {
	case in.from.set:
		return 0, true
	case in.explicit():
		f := in.files
		paths = []string{f.Units, f.Contacts, f.Meetings, f.Municipalities, f.Expected}
	case len(args) == 0:
		dirs = []string{"."}
	}
	for _, dir := range dirs {
		paths = append(paths, tableFiles(dir, 2)...)
	}
	var size int64
	for _, p := range paths {
		if p == "" {
			continue
		}
		if fi, err := os.Stat(p); err == nil {
			size += fi.Size()
		}
	}
	return size, size <= maxFindingsInput
}

// tableFiles lists the table files (.csv, .tsv, .txt) of dir and, down to
// depth folders deep, of its folders, as a folder of municipalities' folders
// holds them.
func tableFiles(dir string, depth int) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var paths []string
	for _, d := range entries {
		p := filepath.Join(dir, d.Name())
		switch {
		case d.IsDir() && depth > 1:
			paths = append(paths, tableFiles(p, depth-1)...)
		case d.Type().IsRegular():
			switch strings.ToLower(filepath.Ext(d.Name())) {
			case ".csv", ".tsv", ".txt":
				paths = append(paths, p)
			}
		}
	}
	return paths
}
