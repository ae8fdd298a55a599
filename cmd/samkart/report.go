package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/report"
	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
)

// reportMaxTime is the report's default --max-time: a page should come
// within a minute or so.
const reportMaxTime = time.Minute

var cmdReport = &command{
	Name: "report",
	Args: "[flags] [DATASET...]",
	Short: graph.T("skriv seminarrapporten: én HTML-side med alle funn og diagrammer",
		"write the seminar report: one HTML page with every finding and diagram"),
	Long: graph.T(`samkart report skriver MAPPE/index.html (standard ./samkart-rapport/ på bokmål,
./samkart-report/ på engelsk) og diagrammene som egne SVG- og PNG-filer til
lysbilder, og skriver ut stien til siden.

Siden har, i denne rekkefølgen: hovedfunnene med enkle ord (de alvorligste
hullene i samarbeidet, enheten samarbeidet avhenger av, ukoordinerte
kontakter, bånd som har stilnet, kommunens plass i regionen), hva som ble
lest, nøkkeltall, diagrammene over nettverk og nivåer, varmekartet over
etatene, den rangerte listen over manglende samarbeid, ukoordinerte
parallelle kontakter, bånd som svekkes, nøkkelenhetene (meglere,
kuttpunkter, sårbarhet ved utskifting), sammenligningen av kommunene når det
er flere (også med --scope: hvor kommunen står i regionen), og metodene med
hvert måls definisjon og referanse.

Siden er én selvstendig fil: CSS og diagrammer ligger i den, uten skript,
skrifter eller noe annet hentet fra nettet, så den åpnes fra en minnepenn.
Den skrives ut på A4 med én del per side og hvert diagram på en liggende
side, lagt ut slik at etikettene kan leses der. De samme dataene gir de
samme bytene: siden har en dato bare når --date gir en.

Rapporten skrives først i en midlertidig mappe og flyttes så på plass, så en
feil lar den forrige rapporten stå som den var. MAPPE/.samkart-manifest
lister filene rapporten skrev; en ny rapport i samme mappe fjerner bare de av
dem den ikke skriver på nytt, aldri andre filer.

Når stimålene (mellomhet, avstandsfragmentering) i et stort nettverk er
anslått å ta lenger tid enn --max-time (standard 1 min), regnes de på et
utvalg med en garantert feil, og metodedelen sier hvilke og hvordan;
--approx FEIL ber om et utvalg, --max-time 0 bruker aldri utvalg.

Uten DATAMAPPE brukes mappen du står i når den har et datasett, ellers det
innebygde eksempelet, og det står da øverst på siden.`,
		`Report writes DIR/index.html (default ./samkart-report/, or ./samkart-rapport/
in bokmål) and the diagrams as separate SVG and PNG files for slides, and
prints the path of the page.

The page holds, in this order: the main findings in plain words (the most
serious gaps, the unit the collaboration depends on, uncoordinated contacts,
silent ties, the municipality's standing in its region), what was read, key
figures, the network and levels diagrams, the agency heat map, the ranked
list of collaboration gaps, uncoordinated contacts, fading ties, the key
units (brokers, cut points, turnover risk), the comparison of the
municipalities when there are several (with --scope too: where the
municipality stands in its region), and the methods with each measure's
definition and reference.

The page is one self-contained file: CSS and diagrams inline, no script, no
font or anything else fetched from the network, so it opens from a USB stick.
It prints on A4 with one section per page and each diagram on a landscape
page, laid out so that its labels can be read there. The same data gives
the same bytes: the page carries a date only when --date gives one.

The report is written to a temporary folder first and moved into place, so
a failure leaves the previous report as it was. DIR/.samkart-manifest lists
the files the report wrote; a new report into the same folder removes only
those of them it does not write again, never other files.

When the path measures (betweenness, distance fragmentation) of a large
network are estimated to take longer than --max-time (default 1 min), they
are computed on a sample with a guaranteed error, and the methods section
says which and how; --approx EPS asks for a sample, --max-time 0 never
samples.

Without a DATASET the current folder is used when it holds a dataset, else
the built-in example, which the page then says at its top.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		in.add(fs)
		out := fs.StringP("out", "o", "", "write the report into `DIR` (default samkart-report, or samkart-rapport in bokmål)")
		addLang(fs, "the report")
		title := fs.String("title", "", "the report's `TITLE`, also in its diagrams (default: Collaboration in <municipality or region>)")
		date := fs.String("date", "", "a `DATE` (or any text) to print on the report; none by default")
		seed := fs.Uint64("seed", 1, "seed recorded with the key players")
		quiet := fs.BoolP("quiet", "q", false, "do not report progress on a terminal")
		var until untilFlag
		until.add(fs, "")
		var suppress suppressFlag
		suppress.add(fs)
		var ap approxFlags
		ap.add(fs, reportMaxTime)
		return func(ctx context.Context, e *env, args []string) error {
			if err := ap.check(); err != nil {
				return err
			}
			if fs.Changed("out") && strings.TrimSpace(*out) == "" {
				return usagef("--out: oppgi en mappe", "--out: give a folder")
			}
			if !fs.Changed("out") {
				*out = reportFolder(e.lang)
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			opt := report.Options{Lang: e.lang, Title: strings.TrimSpace(*title), Date: strings.TrimSpace(*date), Seed: *seed, Renderer: e.renderer,
				Suppress: suppress.of(&in), Confidence: ap.confidence}
			opt.Approx, opt.MaxTime = ap.choose(e, net, *seed, *quiet, false)
			// The report draws each diagram to fit, then in SVG and PNG:
			// one layout serves them all.
			if e.renderer != nil {
				reuse := *e.renderer
				reuse.Reuse = true
				opt.Renderer = &reuse
				// Graphviz starts while the measures are computed.
				go opt.Renderer.Start(ctx)
			}
			whole, err := net.Unscoped()
			if err != nil {
				return err
			}
			opt.Gaps.AsOf = until.at(whole)
			if in.example {
				opt.Banner = exampleBanner
			}
			if in.pseudo.on {
				opt.Banner = joinBanner(opt.Banner, pseudonymBanner)
			}
			if e.stderrIsTTY && !*quiet {
				start := time.Now()
				opt.Progress = func(step string) {
					fmt.Fprintf(e.stderr, "samkart: %s: %s (%s s)\n", graph.T("rapport", "report").In(e.lang),
						stepName(step, e.lang), text.Decimal(time.Since(start).Seconds(), 1, e.lang))
				}
			}
			r, err := report.Build(ctx, net, opt)
			if err != nil {
				return err
			}
			var page bytes.Buffer
			if err := report.Write(ctx, &page, r); err != nil {
				return err
			}
			var files []reportFile
			for _, d := range append(append([]*report.Diagram(nil), r.Diagrams...), r.SmallMultiples...) {
				if len(d.SVG) > 0 {
					files = append(files, reportFile{d.Name + ".svg", d.SVG})
				}
				if len(d.PNG) > 0 {
					files = append(files, reportFile{d.Name + ".png", d.PNG})
				}
			}
			files = append(files, reportFile{"index.html", page.Bytes()}) // last: the page appears when all is there
			if err := writeReportDir(ctx, *out, files); err != nil {
				return err
			}
			index := filepath.Join(*out, "index.html")
			fmt.Fprintln(e.stdout, neutralise(index))
			return nil
		}
	},
}
