package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/dl"
	"github.com/samkart/samkart/graph/encoding/gexf"
	"github.com/samkart/samkart/graph/encoding/graphml"
	"github.com/samkart/samkart/graph/encoding/nodelink"
	"github.com/samkart/samkart/graph/encoding/pajek"
	"github.com/samkart/samkart/metrics"
)

var cmdExport = &command{
	Name: "export",
	Args: "[flags] [DATASET] --format " + strings.Join(names(encoding.Formats()), "|") + " -o FILE",
	Short: graph.T("skriv nettverket for Gephi, UCINET, Pajek, R eller Python",
		"write the network for Gephi, UCINET, Pajek, R or Python"),
	Long: graph.T(`samkart export skriver nettverket i et utvekslingsformat, med hver enhets attributter
(id, navn, etat, nivå, kommune, region, overordnet og eventuelle ekstra
kolonner) og hvert bånds vekt, antall kontakter, formelle og uformelle
kontakter, andel i møter med flere parter og første og siste dato:

	graphml   GraphML, for Gephi, NetworkX, igraph og yEd
	gexf      GEXF 1.2 med hvert bånds datoer, så Gephis tidslinje spiller av nettverket
	pajek     Pajek .net, for Pajek og UCINET (--partition skriver en .clu ved siden av)
	dl        UCINET DL, edgelist1 med navnene innebygd
	json      node-link-JSON som i NetworkX (networkx.node_link_graph leser den)

--directed skriver initiativgrafen (hvem som kontaktet hvem) i stedet for de
symmetriserte båndene; --with-metrics legger målene per enhet fra samkart
metrics til som attributter (GraphML, GEXF og JSON), så Gephi kan bestemme
størrelse og farge etter dem. Alle analysekommandoene leser slike filer
tilbake med --from.`,
		`Export writes the network in an exchange format, with every unit's
attributes (id, name, agency, level, municipality, region, parent and any
extra columns) and every tie's weight, contact counts, formal and informal
counts, multi-party share and first and last dates:

	graphml   GraphML, for Gephi, NetworkX, igraph and yEd
	gexf      GEXF 1.2 with each tie's dates, so Gephi's timeline plays the network
	pajek     Pajek .net, for Pajek and UCINET (--partition writes a .clu beside it)
	dl        UCINET DL, edgelist1 with embedded labels
	json      the node-link JSON of NetworkX (networkx.node_link_graph reads it)

--directed writes the initiative graph (who contacted whom) instead of the
symmetrised ties; --with-metrics adds the per-unit measures of samkart
metrics as attributes (GraphML, GEXF and JSON), so Gephi can size and colour
by them. Every analysis command reads such files back with --from.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		in.add(fs)
		var format encoding.Format
		textVar(fs, &format, "format", "f", encoding.FormatGraphML, "exchange `format`: "+oneOf(encoding.Formats()))
		out := fs.StringP("out", "o", "", "write to `FILE` instead of standard output")
		directed := fs.Bool("directed", false, "write the directed initiative graph instead of the undirected ties")
		withMetrics := fs.Bool("with-metrics", false, "add the per-unit measures as attributes (graphml, gexf, json)")
		var partition optional[pajek.Partition, *pajek.Partition]
		textVar(fs, &partition, "partition", "", partition,
			"with --format "+encoding.FormatPajek.String()+": also write FILE.clu with this partition ("+oneOf(pajek.Partitions())+")")
		seed := fs.Uint64("seed", 1, "`seed` of the community search, with --with-metrics")
		return func(ctx context.Context, e *env, args []string) error {
			f := format
			if *withMetrics && !f.CarriesMeasures() {
				return usagef("--with-metrics: formatet %s kan ikke bære mål for enhetene; bruk graphml, gexf eller json", "--with-metrics: the %s format cannot carry unit measures; use graphml, gexf or json", f)
			}
			if partition.set && (f != encoding.FormatPajek || *out == "" || *out == "-") {
				return usagef("--partition hører sammen med --format pajek og -o FIL", "--partition goes with --format pajek and -o FILE")
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			var extra []encoding.Measure
			if *withMetrics {
				extra = unitMeasures(metrics.Compute(net, metrics.Options{Seed: *seed}).Units)
			}
			var b bytes.Buffer
			if err := encode(&b, f, net, *directed, extra); err != nil {
				return err
			}
			if err := writeOutput(e, *out, net.Data, b.Bytes()); err != nil {
				return err
			}
			if !partition.set {
				return nil
			}
			by := partition.value
			b.Reset()
			if err := pajek.EncodePartition(&b, net, by); err != nil {
				return err
			}
			clu := strings.TrimSuffix(*out, ".net") + "-" + by.String() + ".clu"
			if err := writeOutput(e, clu, net.Data, b.Bytes()); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(fmt.Sprintf("skrev inndelingen etter %s til %s", by, clu),
				fmt.Sprintf("wrote the %s partition to %s", by, clu)).In(e.lang))
			return nil
		}
	},
}

// encode writes n in format; extra is for the formats that carry
// measures.
func encode(w io.Writer, format encoding.Format, n *graph.Network, directed bool, extra []encoding.Measure) error {
	switch format {
	case encoding.FormatGEXF:
		return gexf.Encode(w, n, gexf.Options{Directed: directed, Extra: extra})
	case encoding.FormatPajek:
		return pajek.Encode(w, n, pajek.Options{Directed: directed})
	case encoding.FormatDL:
		return dl.Encode(w, n, dl.Options{Directed: directed})
	case encoding.FormatNodeLink:
		return nodelink.Encode(w, n, nodelink.Options{Directed: directed, Extra: extra})
	}
	return graphml.Encode(w, n, graphml.Options{Directed: directed, Extra: extra})
}

// decoders are the exchange formats' Decode functions (--from).
var decoders = [...]func(io.Reader, string) (*graph.Dataset, error){
	encoding.FormatGraphML: graphml.Decode, encoding.FormatGEXF: gexf.Decode,
	encoding.FormatPajek: pajek.Decode, encoding.FormatDL: dl.Decode,
	encoding.FormatNodeLink: nodelink.Decode,
}

// unitMeasures turns the suite's per-unit measures into exchange
// attributes; booleans become 0 and 1.
func unitMeasures(u *metrics.UnitMeasures) []encoding.Measure {
	ints := func(v []int) []float64 {
		f := make([]float64, len(v))
		for i, x := range v {
			f[i] = float64(x)
		}
		return f
	}
	cut := make([]float64, len(u.CutPoint))
	for i, c := range u.CutPoint {
		if c {
			cut[i] = 1
		}
	}
	return []encoding.Measure{
		{Name: "degree", Values: ints(u.Degree)},
		{Name: "strength", Values: u.Strength},
		{Name: "betweenness", Values: u.Betweenness},
		{Name: "betweenness_weighted", Values: u.BetweennessWeighted},
		{Name: "closeness", Values: u.Closeness},
		{Name: "harmonic", Values: u.Harmonic},
		{Name: "eigenvector", Values: u.Eigenvector},
		{Name: "pagerank", Values: u.PageRank},
		{Name: "constraint", Values: u.Constraint},
		{Name: "effective_size", Values: u.EffectiveSize},
		{Name: "cut_point", Values: cut},
		{Name: "fragmentation_if_removed", Values: u.FragmentationIfRemoved},
		{Name: "community", Values: ints(u.Community)},
	}
}
