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
	Intro, Usage, Commands, Dataset, Folder, More, Flags, UsageWord, Or graph.Text
}{
	Intro: graph.T("samkart kartlegger samarbeid mellom etater: hvem som arbeider med hvem, og hvor hullene er.",
		"samkart maps collaboration between agencies: who works with whom, where the gaps are."),
	Usage: graph.T("Bruk:", "Usage:"),
	Commands: graph.T("Kommandoene, med sine engelske navn, som virker like godt:",
		"The commands, with their bokmål names, which work as well:"),
	Dataset: graph.T("DATAMAPPE er en mappe med CSV-filer (enheter.csv, kontakter.csv, møter.csv,\n"+
		"undersøkelse.csv, kommuner.csv, forventet.csv, eller de engelske navnene:\n"+
		"units.csv, …). Uten den bruker samkart mappen du står i når den har et\n"+
		"datasett; ellers bruker report, summary og de andre analysene det\n"+
		"innebygde eksempelet og sier fra om det, og validate ber om en mappe.",
		"DATASET is a folder of CSV files (units.csv, contacts.csv, meetings.csv,\n"+
			"survey.csv, municipalities.csv, expected.csv, or their bokmål names:\n"+
			"enheter.csv, …). Without one, samkart uses the current folder when it\n"+
			"holds a dataset; otherwise report, summary and the other analyses use the\n"+
			"built-in example and say so, and validate asks for a folder."),
	Folder: graph.T("samkart MAPPE (eller en mappe som slippes på programmet) skriver rapporten\n"+
		"om MAPPE i MAPPE/samkart-rapport (samkart-report på engelsk) og åpner den i\n"+
		"nettleseren når samkart ikke er startet fra en terminal; en tom MAPPE får\n"+
		"malen fra samkart init.",
		"samkart FOLDER (or a folder dropped on the program) writes the report on\n"+
			"FOLDER into FOLDER/samkart-report (samkart-rapport in bokmål) and, when not\n"+
			"started from a terminal, opens it in the browser; an empty FOLDER gets the\n"+
			"template of samkart init."),
	Or:        graph.T("eller", "or"),
	More:      graph.T("Bruk «samkart help <kommando>» for mer om en kommando.", `Use "samkart help <command>" for more information about a command.`),
	Flags:     graph.T("Flagg:", "Flags:"),
	UsageWord: graph.T("bruk", "usage"),
}

// placeholdersNB says the placeholders of a command's arguments in
// bokmål.
var placeholdersNB = strings.NewReplacer("[flags]", "[flagg]", "<command>", "<kommando>",
	"DATASET2", "DATAMAPPE2", "DATASET", "DATAMAPPE", "FILE", "FIL", "DIR", "MAPPE", "FOLDER", "MAPPE", "RELATION", "RELASJON")

// argsIn returns a command's arguments as help in l shows them.
func argsIn(args string, l graph.Lang) string {
	if l == graph.NB {
		return placeholdersNB.Replace(args)
	}
	return args
}

// helpLang returns the language of help for the arguments args: the
// value of a --lang among them, else def (the locale's); and args without it.
func helpLang(def graph.Lang, args []string) (graph.Lang, []string) {
	l := def
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
	fmt.Fprintf(&b, "%s\n\n%s\n\n\tsamkart %s\n\tsamkart %s\n\n%s\n\n", helpTexts.Intro.In(l), helpTexts.Usage.In(l),
		argsIn("<command> [flags] [DATASET]", l), argsIn("FOLDER", l), helpTexts.Commands.In(l))
	for _, c := range commands {
		first, second := c.Name, ""
		if len(aliases[c]) > 0 {
			second = aliases[c][0]
		}
		if l == graph.NB && second != "" {
			first, second = second, first
		}
		fmt.Fprintf(&b, "\t%-13s %-10s %s\n", first, second, c.Short.In(l))
	}
	fmt.Fprintf(&b, "\n%s\n\n%s\n\n%s\n", helpTexts.Dataset.In(l), helpTexts.Folder.In(l), helpTexts.More.In(l))
	io.WriteString(w, b.String())
}

func commandUsage(w io.Writer, c *command, fs *pflag.FlagSet, l graph.Lang) {
	fmt.Fprintf(w, "%s: samkart %s %s\n", helpTexts.UsageWord.In(l), c.Name, argsIn(c.Args, l))
	if len(aliases[c]) > 0 {
		fmt.Fprintf(w, "%*s: samkart %s %s\n", len(helpTexts.UsageWord.In(l)), helpTexts.Or.In(l), strings.Join(aliases[c], " | "), argsIn(c.Args, l))
	}
	fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Long.In(l)))
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
		"window":         "bare kontakter, møter og runder i undersøkelsen datert `FRA..TIL` (2011-01-01..2011-06-30, 2011.., ..2011-06, 2011)",
		"kind":           "bare kontakter og møter av disse formene (`FORM[,FORM…]`: meeting, phone, …): én relasjon om gangen",
		"formal":         "bare formelle (ja) eller uformelle (nei) kontakter og møter (også yes/no)",
		"survey":         "les svar fra en undersøkelse fra `FIL` (lang form eller en bred deltakerliste)",
		"survey-combine": "hvordan svarene fra de to sidene i et par blir til båndet: " + nb(names(graph.Combines())),
		"frequency-weights": "kontakter per år for ordene for hyppighet i en undersøkelse, `ORD=N`,… som daglig=200,ukentlig=40 (standard: " +
			frequencyWordsNB() + "); et annet ord legges til som undersøkelsesverktøyets eget",
		"scope":          "bare enhetene i én `KOMMUNE`",
		"meeting-weight": fmt.Sprintf("`REGEL`: vekten av hvert enhetspar i et møte med k enheter: «%s» (1/(k−1)) eller «%s»", graph.ProjectNewman, graph.ProjectOne),
		"format":         "`FORMAT` for utdata: " + nb(names(tableFormats())),
		"excel":          "med --format csv: skriv CSV for norsk Excel (BOM, ';', desimalkomma; overskrifter, ord og ja/nei på språket i --lang)",
		"lang":           "`KODE`: språket det skrives på: «nb» (bokmål) eller «en» (engelsk), også «no», «nb-NO» og lignende (standard: systemets språk)",
		"out":            "skriv til `FIL` i stedet for standard utdata",
		"seed":           "`TALL`: frøet (startverdien) for søket etter grupperinger (Louvain)",
		"quiet":          "ikke meld framdrift på standard feilutdata",
		"pseudonymise":   "bytt navn og id-er på enheter under kommuneledelsen med rollekoder (NAV-veileder 1), og fjern navn i parentes og navnene i persons.csv",
		"key":            "med --pseudonymise: skriv nøkkelen fra koder til ekte id-er og navn i `FIL` (modus 0600)",
		"suppress":       "skjul gruppestørrelser og antall under `N` i tabeller og varmekartet, vist som <N (standard 3 med --pseudonymise, ellers 0: av)",
		"approx":         "regn mellomhet på et utvalg (hver enhets innenfor `FEIL` med sannsynligheten --confidence), også nærhets- og harmonisk sentralitet",
		"confidence":     "sannsynligheten `P` for at hver verdi fra utvalget er innenfor feilen",
		"max-time":       "regn stimålene på et utvalg når de eksakte er anslått å ta lenger enn `VARIGHET` (0: aldri)",
		"window-days":    "antall `DAGER` innenfor som parallelle kontakter regnes som ukoordinerte",
		"until":          "vurder bånd som svekkes per denne `DATO`en (standard: slutten av dataenes periode, uten enkeltstående datoer som et feilskrevet årstall)",
		"as-of":          "det samme som --until",
		"render/until":   "gaps-visningen: vurder bånd som svekkes per denne `DATO`en (standard: slutten av dataenes periode, uten enkeltstående datoer som et feilskrevet årstall)",
		"render/as-of":   "gaps-visningen: det samme som --until",
		"per-tie":        "vis andelene uformell kontakt og møter med tre eller flere for hvert bånd (JSON og CSV)",
		"against":        "sammenlign med kontakter og møter datert `FRA..TIL`",
		"threshold":      "relativ endring i vekt (`ANDEL`) som regnes som styrket eller svekket",
		"view":           "`VISNING`: " + nb(names(views.Views())),
		"render/format": "`FORMAT` for bildet: " + nb(names(draw.Formats())) + " (standard: etter filendelsen i --out, ellers " +
			draw.FormatSVG.String() + ")",
		"size":         "tegn for et `MEDIUM`: " + nb(names(views.Media())) + " (16:9)",
		"size-by":      "`HVA` som bestemmer størrelsen på en enhet: " + nb(names(views.Measures())),
		"render/title": "hva diagrammet viser, etter visningens tittel (standard: kommunen eller regionen)",
		"rating":       "ratings-visningen: `VURDERING`en som vises, " + nb(names(graph.Ratings())) + " (standard: trust, når det finnes vurderinger)",
		"aggregate": "`GRUPPERING` av enhetene: " + strings.Replace(nb(aggregate),
			"«"+views.AggregateAgency.String()+"»", "«"+views.AggregateAgency.String()+"» (per kommune)", 1),
		"render/by":        "`GRUPPER` i varmekartet i agencies-visningen: " + nb(names(heatmapGroups())),
		"unit":             "ego-visningen: enhetens `ID`",
		"radius":           "ego-visningen: naboer til `STEG` 1 eller 2",
		"compare/by":       "`RAD`: én rad per kommune («" + perMunicipality.String() + "»), per region («" + perRegion.String() + "») eller per runde i undersøkelsen («" + perRound.String() + "»)",
		"programme-only":   "bare kommunene i et Husbanken-program (program-kolonnen i municipalities.csv)",
		"metrics/seed":     "`TALL`: frøet for søket etter grupperinger (Louvain) og permutasjonstestene",
		"permutations":     "`ANTALL` tilfeldige permutasjoner i hver E-I-test (0: ingen test)",
		"metrics/by":       "grupper også etter denne `KOLONNE`n i units.csv (E-I, blokktettheter, sammensetningen av kontaktene)",
		"metrics/directed": "legg til mellomhets- og nærhetssentralitet langs retningen kontaktene har",
		"qap/y":            "`RELASJON`en som skal forklares",
		"qap/x":            "`RELASJON`ene, skilt med komma, som skal forklare den",
		"qap/permutations": "`ANTALL` tilfeldige permutasjoner",
		"qap/seed":         "`TALL`: frøet for permutasjonene",
		"qap/by":           "`KOLONNE`n i units.csv som same-by står for",
		"qap/directed":     "bruk ordnede par av enheter (som for rettede relasjoner)",
		"compare/seed":     "`TALL`: frøet som føres opp sammen med nøkkelaktørene",
		"report/seed":      "`TALL`: frøet som føres opp sammen med nøkkelaktørene",
		"report/out":       "skriv rapporten i `MAPPE` (standard: samkart-rapport, eller samkart-report på engelsk)",
		"report/quiet":     "ikke meld framdrift i en terminal",
		"title":            "rapportens `TITTEL`, også i diagrammene (standard: Samhandling i <kommune eller region>)",
		"date":             "en `DATO` (eller annen tekst) å skrive på rapporten; ingen som standard",
		"directed":         "skriv den rettede initiativgrafen i stedet for de urettede båndene",
		"with-metrics":     "legg til målene per enhet som attributter (graphml, gexf, json)",
		"export/format":    "`FORMAT` for utveksling: " + nb(names(encoding.Formats())),
		"export/seed":      "`TALL`: frøet for søket etter grupperinger, med --with-metrics",
		"partition":        "med --format " + encoding.FormatPajek.String() + ": skriv bare denne ene `INNDELING`en av FIL-municipality.clu, FIL-agency.clu og FIL-level.clu (" + nb(names(pajek.Partitions())) + ")",
		"one-relation":     "med --format pajek eller dl: skriv alle kontaktformer som én relasjon (for igraph og NetworkX)",
		"init/lang":        "`KODE`: språket i filnavn, overskrifter, eksempler og listen: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
		"init/survey":      "skriv malen for en undersøkelse (lang og bred form, deltakerliste, veiledning) for enhetene i MAPPE",
		"validate/lang":    "`KODE`: språket i meldingene: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
		"report/lang":      "`KODE`: språket i rapporten: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
		"render/lang":      "`KODE`: språket i etikettene: «nb» (bokmål) eller «en» (engelsk) (standard: systemets språk)",
	}
}

// frequencyWordsNB lists the frequency words of a survey with their
// contacts per year, as --frequency-weights' bokmål usage says them.
func frequencyWordsNB() string {
	var words []string
	for _, w := range graph.FrequencyWords() {
		words = append(words, w.Label.NB+" "+strings.Replace(fmt.Sprintf("%g", w.PerYear), ".", ",", 1))
	}
	return strings.Join(words, ", ")
}
