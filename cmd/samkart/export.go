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
	Args: "[flags] [DATASET...] --format " + strings.Join(names(encoding.Formats()), "|") + " -o FILE",
	Short: graph.T("skriv nettverket for Gephi, UCINET, Pajek, R eller Python",
		"write the network for Gephi, UCINET, Pajek, R or Python"),
	Long: graph.T(`samkart export skriver nettverket i et utvekslingsformat, med hver enhets attributter
(id, navn, etat, nivå, kommune, region, overordnet og eventuelle ekstra
kolonner) og hvert bånds vekt, antall kontakter, formelle og uformelle
kontakter, andel i møter med flere parter og første og siste dato:

	graphml   GraphML, for Gephi, NetworkX, igraph og yEd (name er enhetens id,
	          label navnet)
	gexf      GEXF 1.2 med hvert bånds vekt på hver dato, så Gephis tidslinje
	          spiller av nettverket
	pajek     Pajek .net, for Pajek og UCINET, med FIL-municipality.clu,
	          FIL-agency.clu og FIL-level.clu ved siden av
	dl        UCINET DL: en liste over bånd, eller én matrise per kontaktform
	json      node-link-JSON som i NetworkX (networkx.node_link_graph leser den),
	          med hver kontakt og hvert møte og datoen

Hver kontaktform (møte, telefon, …) er en egen relasjon i Pajek- og
DL-filene (*Edges :1 "meeting"; nm=2 med matrix labels), slik Pajek og
UCINET leser flere relasjoner; --one-relation skriver dem som én, for igraph
og NetworkX, som ikke gjør det. --kind eksporterer én relasjon.

--directed skriver initiativgrafen (hvem som kontaktet hvem) i stedet for de
symmetriserte båndene; --with-metrics legger målene per enhet fra samkart
metrics til som attributter (GraphML, GEXF og JSON), så Gephi kan bestemme
størrelse og farge etter dem. Alle analysekommandoene leser slike filer
tilbake med --from; eksportene i GEXF og JSON beholder datoene for
kontaktene, så --window gir det samme på dem som på CSV-filene. Filer i
Pajek, DL og GraphML har ingen datoer for kontaktene, og --window avviser
dem.`,
		`Export writes the network in an exchange format, with every unit's
attributes (id, name, agency, level, municipality, region, parent and any
extra columns) and every tie's weight, contact counts, formal and informal
counts, multi-party share and first and last dates:

	graphml   GraphML, for Gephi, NetworkX, igraph and yEd (name is the unit's id,
	          label its name)
	gexf      GEXF 1.2 with each tie's weight at each date, so Gephi's timeline
	          plays the network
	pajek     Pajek .net, for Pajek and UCINET, with FILE-municipality.clu,
	          FILE-agency.clu and FILE-level.clu beside it
	dl        UCINET DL: an edge list, or one matrix per kind of contact
	json      the node-link JSON of NetworkX (networkx.node_link_graph reads it),
	          with every contact and meeting and its date

Each kind of contact (meeting, phone, …) is a relation of its own in the
Pajek and DL files (*Edges :1 "meeting"; nm=2 with matrix labels), as Pajek
and UCINET read multiple relations; --one-relation writes them as one, for
igraph and NetworkX, which do not. --kind exports one relation.

--directed writes the initiative graph (who contacted whom) instead of the
symmetrised ties; --with-metrics adds the per-unit measures of samkart
metrics as attributes (GraphML, GEXF and JSON), so Gephi can size and colour
by them. Every analysis command reads such files back with --from; the GEXF
and JSON exports keep the dates of the contacts, so --window gives the same
on them as on the CSV files. Pajek, DL and GraphML files have no contact
dates, and --window refuses them.`),
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
			"with --format "+encoding.FormatPajek.String()+": write only this one of the partitions FILE-municipality.clu, FILE-agency.clu, FILE-level.clu ("+oneOf(pajek.Partitions())+")")
		oneRelation := fs.Bool("one-relation", false, "with --format pajek or dl: write every kind of contact as one relation (for igraph and NetworkX)")
		seed := fs.Uint64("seed", 1, "`seed` of the community search, with --with-metrics")
		addLang(fs, "the messages")
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
			warnMerged(e, f, net, *oneRelation)
			// The encoders write through to the file as they go: a
			// document of a large network is several times its size in
			// memory.
			if err := writeOutputFunc(e, *out, net.Data, func(w io.Writer) error {
				return encode(w, f, net, *directed, *oneRelation, extra)
			}); err != nil {
				return err
			}
			if f != encoding.FormatPajek || *out == "" || *out == "-" {
				return nil
			}
			parts := pajek.Partitions()
			if partition.set {
				parts = []pajek.Partition{partition.value}
			}
			return writePartitions(e, net, *out, parts)
		}
	},
}

// writePartitions writes the Pajek partitions of net beside the file
// out (FILE.net): FILE-municipality.clu and so on.
func writePartitions(e *env, net *graph.Network, out string, parts []pajek.Partition) error {
	var written []string
	for _, by := range parts {
		var b bytes.Buffer
		if err := pajek.EncodePartition(&b, net, by); err != nil {
			return err
		}
		clu := strings.TrimSuffix(out, ".net") + "-" + by.String() + ".clu"
		if err := writeOutput(e, clu, net.Data, b.Bytes()); err != nil {
			return err
		}
		written = append(written, clu)
	}
	list := strings.Join(written, ", ")
	fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T("skrev inndelingene til "+list, "wrote the partitions to "+list).In(e.lang))
	return nil
}

// warnMerged says when the contacts of several kinds go into one relation
// of a Pajek or DL file.
func warnMerged(e *env, f encoding.Format, net *graph.Network, one bool) {
	if f != encoding.FormatPajek && f != encoding.FormatDL || net.Data == nil {
		return
	}
	kinds := net.Data.KindsUsed()
	if len(kinds) < 2 {
		return
	}
	var why graph.Text
	switch {
	case one:
		why = graph.T("--one-relation", "--one-relation")
	case f == encoding.FormatDL && net.Len() > dl.MaxMatrix:
		why = graph.Textf("nettverket har over %s enheter, for mange for én matrise per type",
			"the network has more than %s units, too many for a matrix per kind", graph.Count(dl.MaxMatrix))
	default:
		return
	}
	fmt.Fprintf(e.stderr, "samkart: %s: %s\n", graph.T("merk", "note").In(e.lang), graph.T(
		fmt.Sprintf("kontaktene av %d typer (%s) er skrevet som én relasjon (%s)", len(kinds), kindList(kinds, graph.NB), why.NB),
		fmt.Sprintf("the contacts of %d kinds (%s) are written as one relation (%s)", len(kinds), kindList(kinds, graph.EN), why.EN)).In(e.lang))
}

// encode writes n in format; extra is for the formats that carry
// measures, one for those that write relations.
func encode(w io.Writer, format encoding.Format, n *graph.Network, directed, one bool, extra []encoding.Measure) error {
	switch format {
	case encoding.FormatGEXF:
		return gexf.Encode(w, n, gexf.Options{Directed: directed, Extra: extra})
	case encoding.FormatPajek:
		return pajek.Encode(w, n, pajek.Options{Directed: directed, OneRelation: one})
	case encoding.FormatDL:
		return dl.Encode(w, n, dl.Options{Directed: directed, OneRelation: one})
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
		{Name: "degree", Values: ints(u.Degree), Integer: true},
		{Name: "strength", Values: u.Strength},
		{Name: "betweenness", Values: u.Betweenness},
		{Name: "betweenness_weighted", Values: u.BetweennessWeighted},
		{Name: "closeness", Values: u.Closeness},
		{Name: "harmonic", Values: u.Harmonic},
		{Name: "eigenvector", Values: u.Eigenvector},
		{Name: "pagerank", Values: u.PageRank},
		{Name: "constraint", Values: u.Constraint},
		{Name: "effective_size", Values: u.EffectiveSize},
		{Name: "cut_point", Values: cut, Integer: true},
		{Name: "fragmentation_if_removed", Values: u.FragmentationIfRemoved},
		{Name: "community", Values: ints(u.Community), Integer: true},
	}
}
