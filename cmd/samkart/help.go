package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/graph/encoding/pajek"
)

// samkart help, in bokmål or English: the language of the locale, or of
// --lang when it is among the arguments (samkart help gaps --lang nb,
// samkart gaps --help --lang nb). Each command's Short and Long come in
// both languages from the command table; the flags are declared with
// their English usage and have their bokmål usage here, in flagUsageNB,
// so that the declarations stay one line each. Flag names and the
// values they take stay as they are; the placeholders of the usage
// (FILE, DATASET) are said in the language of the help.

// helpTexts are the paragraphs of samkart help.
var helpTexts = struct {
	Intro, Usage, Commands, Dataset, More, Flags, UsageWord graph.Text
}{
	Intro: graph.T("samkart kartlegger samarbeid mellom etater: hvem som arbeider med hvem, og hvor hullene er.",
		"samkart maps collaboration between agencies: who works with whom, where the gaps are."),
	Usage:    graph.T("Bruk:", "Usage:"),
	Commands: graph.T("Kommandoene er:", "The commands are:"),
	Dataset: graph.T("DATAMAPPE er en mappe med CSV-filer (units.csv, contacts.csv, meetings.csv,\n"+
		"municipalities.csv, expected.csv). Uten den bruker samkart det innebygde eksempelet.",
		"DATASET is a folder of CSV files (units.csv, contacts.csv, meetings.csv,\n"+
			"municipalities.csv, expected.csv). Without one, samkart uses its built-in example."),
	More:      graph.T("Bruk «samkart help <kommando>» for mer om en kommando.", `Use "samkart help <command>" for more information about a command.`),
	Flags:     graph.T("Flagg:", "Flags:"),
	UsageWord: graph.T("bruk", "usage"),
}

// placeholdersNB says the placeholders of a command's arguments in
// bokmål.
var placeholdersNB = strings.NewReplacer("[flags]", "[flagg]", "<command>", "<kommando>",
	"DATASET2", "DATAMAPPE2", "DATASET", "DATAMAPPE", "FILE", "FIL", "DIR", "MAPPE")

// argsIn returns a command's arguments as help in l shows them.
func argsIn(args string, l graph.Lang) string {
	if l == graph.NB {
		return placeholdersNB.Replace(args)
	}
	return args
}

// helpLang returns the language of help for the arguments args: the
// value of a --lang among them, else the locale's; and args without it.
func helpLang(getenv func(string) string, args []string) (graph.Lang, []string) {
	l := localeLang(getenv)
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--lang" && i+1 < len(args):
			if p, ok := graph.ParseLang(args[i+1]); ok {
				l = p
			}
			i++
		case strings.HasPrefix(a, "--lang="):
			if p, ok := graph.ParseLang(strings.TrimPrefix(a, "--lang=")); ok {
				l = p
			}
		default:
			rest = append(rest, a)
		}
	}
	return l, rest
}

func printUsage(w io.Writer, l graph.Lang) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n%s\n\n\tsamkart %s\n\n%s\n\n", helpTexts.Intro.In(l), helpTexts.Usage.In(l),
		argsIn("<command> [flags] [DATASET]", l), helpTexts.Commands.In(l))
	for _, c := range commands {
		fmt.Fprintf(&b, "\t%-10s %s\n", c.Name, c.Short.In(l))
	}
	fmt.Fprintf(&b, "\n%s\n\n%s\n", helpTexts.Dataset.In(l), helpTexts.More.In(l))
	io.WriteString(w, b.String())
}

func commandUsage(w io.Writer, c *command, fs *pflag.FlagSet, l graph.Lang) {
	fmt.Fprintf(w, "%s: samkart %s %s\n\n%s\n", helpTexts.UsageWord.In(l), c.Name, argsIn(c.Args, l), strings.TrimSpace(c.Long.In(l)))
	if fs.HasFlags() {
		fmt.Fprintf(w, "\n%s\n%s", helpTexts.Flags.In(l), flagUsages(fs, c.Name, l))
	}
}

// flagUsages lists the flags of fs, of command cmd, in l.
func flagUsages(fs *pflag.FlagSet, cmd string, l graph.Lang) string {
	if l != graph.NB {
		return fs.FlagUsages()
	}
	nb := flagUsageNB()
	fs.VisitAll(func(f *pflag.Flag) {
		if u, ok := nb[cmd+"/"+f.Name]; ok {
			f.Usage = u
		} else if u, ok := nb[f.Name]; ok {
			f.Usage = u
		}
	})
	return strings.ReplaceAll(fs.FlagUsages(), " (default ", " (standard: ")
}

// orListIn joins names for help in l: "a, b or c"; in bokmål the
// values, which are typed as they are, in quotes: "«a», «b» eller «c»".
func orListIn(names []string, l graph.Lang) string {
	if l != graph.NB {
		return orList(names)
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "«" + n + "»"
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " eller " + q[len(q)-1]
}

// flagUsageNB are the flags' usages in bokmål, by flag name, or by
// command/flag where a command's flag differs from the others of its
// name. A `word` in backquotes is the placeholder of the flag's value.
func flagUsageNB() map[string]string {
	nb := func(vals []string) string { return orListIn(vals, graph.NB) }
	aggregate := names(views.Aggregations())
	return map[string]string{
		"units":          "les enheter fra `FIL` i stedet for DATAMAPPE/units.csv",
		"contacts":       "les kontakter fra `FIL`",
		"meetings":       "les møter med flere parter fra `FIL`",
		"municipalities": "les kommuner fra `FIL`",
		"expected":       "les forventede bånd fra `FIL`",
		"from":           "les nettverket fra én FIL i dette `FORMAT`et (" + nb(names(encoding.Formats())) + ") i stedet for en DATAMAPPE",
		"window":         "bare kontakter og møter datert `FRA..TIL` (2011-01-01..2011-06-30, 2011.., ..2011-06, 2011)",
		"scope":          "bare enhetene i én `KOMMUNE`",
		"meeting-weight": fmt.Sprintf("`REGEL`: vekten av hvert enhetspar i et møte med k enheter: «%s» (1/(k−1)) eller «%s»", graph.ProjectNewman, graph.ProjectOne),
		"format":         "`FORMAT` for utdata: " + nb(names(tableFormats())),
		"excel":          "med --format csv: skriv CSV for norsk Excel (BOM, ';', desimalkomma; overskrifter, ord og ja/nei på språket i --lang)",
		"lang":           "`KODE`: språket det skrives på: «nb» (bokmål) eller «en» (engelsk), også «no», «nb-NO» og lignende (standard: systemets språk)",
		"out":            "skriv til `FIL` i stedet for standard utdata",
		"seed":           "`TALL`: frøet (startverdien) for søket etter grupperinger (Louvain)",
		"quiet":          "ikke meld framdrift på standard feilutdata",
		"window-days":    "antall `DAGER` innenfor som parallelle kontakter regnes som ukoordinerte",
		"as-of":          "vurder bånd som svekkes per denne `DATO`en (standard: siste dato i dataene)",
		"per-tie":        "vis andelene uformell kontakt og møter med tre eller flere for hvert bånd (JSON og CSV)",
		"against":        "sammenlign med kontakter og møter datert `FRA..TIL`",
		"threshold":      "relativ endring i vekt (`ANDEL`) som regnes som styrket eller svekket",
		"view":           "`VISNING`: " + nb(names(views.Views())),
		"render/format": "`FORMAT` for bildet: " + nb(names(draw.Formats())) + " (standard: etter filendelsen i --out, ellers " +
			draw.FormatSVG.String() + ")",
		"size": "`HVA`: målet som bestemmer størrelsen på en enhet: " + nb(names(views.Measures())),
		"aggregate": "`GRUPPERING` av enhetene: " + strings.Replace(nb(aggregate),
			"«"+views.AggregateAgency.String()+"»", "«"+views.AggregateAgency.String()+"» (per kommune)", 1),
		"render/by":      "`GRUPPER` i varmekartet i agencies-visningen: " + nb(names(heatmapGroups())),
		"unit":           "ego-visningen: enhetens `ID`",
		"radius":         "ego-visningen: naboer til `STEG` 1 eller 2",
		"compare/by":     "`RAD`: én rad per kommune («" + perMunicipality.String() + "») eller per region («" + perRegion.String() + "»)",
		"programme-only": "bare kommunene i et Husbanken-program (program-kolonnen i municipalities.csv)",
		"compare/seed":   "`TALL`: frøet som føres opp sammen med nøkkelaktørene",
		"report/seed":    "`TALL`: frøet som føres opp sammen med nøkkelaktørene",
		"report/out":     "skriv rapporten i `MAPPE`",
		"report/quiet":   "ikke meld framdrift i en terminal",
		"title":          "rapportens `TITTEL` (standard: Samhandling i <kommune eller datasett>)",
		"date":           "en `DATO` (eller annen tekst) å skrive på rapporten; ingen som standard",
		"directed":       "skriv den rettede initiativgrafen i stedet for de urettede båndene",
		"with-metrics":   "legg til målene per enhet som attributter (graphml, gexf, json)",
		"export/format":  "`FORMAT` for utveksling: " + nb(names(encoding.Formats())),
		"export/seed":    "`TALL`: frøet for søket etter grupperinger, med --with-metrics",
		"partition":      "med --format " + encoding.FormatPajek.String() + ": skriv også FIL.clu med denne `INNDELING`en (" + nb(names(pajek.Partitions())) + ")",
		"init/lang":      "`KODE`: språket i overskrifter og eksempler: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
		"validate/lang":  "`KODE`: språket i meldingene: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
		"report/lang":    "`KODE`: språket i rapporten: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
		"render/lang":    "`KODE`: språket i etikettene: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
	}
}
