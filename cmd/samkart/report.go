package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/report"
	"github.com/samkart/samkart/graph"
)

var cmdReport = &command{
	Name: "report",
	Args: "[flags] [DATASET]",
	Short: graph.T("skriv seminarrapporten: én HTML-side med alle funn og diagrammer",
		"write the seminar report: one HTML page with every finding and diagram"),
	Long: graph.T(`samkart report skriver MAPPE/index.html (standard ./samkart-report/) og diagrammene
som egne SVG- og PNG-filer til lysbilder, og skriver ut stien til siden.

Siden har, i denne rekkefølgen: hva som ble lest, nøkkeltall, diagrammene over
nettverk og nivåer, varmekartet over etatene, den rangerte listen over
manglende samarbeid, ukoordinerte parallelle kontakter, bånd som svekkes,
nøkkelenhetene (meglere, kuttpunkter, sårbarhet ved utskifting),
sammenligningen av kommunene når det er flere, og metodene med hvert måls
definisjon og referanse.

Siden er én selvstendig fil: CSS og diagrammer ligger i den, uten skript,
skrifter eller noe annet hentet fra nettet, så den åpnes fra en minnepenn.
Den skrives ut på A4 med én del per side. De samme dataene gir de samme
bytene: siden har en dato bare når --date gir en.

Uten DATAMAPPE brukes det innebygde eksempelet.`,
		`Report writes DIR/index.html (default ./samkart-report/) and the diagrams as
separate SVG and PNG files for slides, and prints the path of the page.

The page holds, in this order: what was read, key figures, the network and
levels diagrams, the agency heat map, the ranked list of collaboration gaps,
uncoordinated contacts, fading ties, the key units (brokers, cut points,
turnover risk), the comparison of the municipalities when there are several,
and the methods with each measure's definition and reference.

The page is one self-contained file: CSS and diagrams inline, no script, no
font or anything else fetched from the network, so it opens from a USB stick.
It prints on A4 with one section per page. The same data gives the same bytes:
the page carries a date only when --date gives one.

Without a DATASET the built-in example is used.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		in.add(fs)
		out := fs.StringP("out", "o", "samkart-report", "write the report into `DIR`")
		addLang(fs, "the report")
		title := fs.String("title", "", "the report's `TITLE` (default: Collaboration in <municipality or dataset>)")
		date := fs.String("date", "", "a `DATE` (or any text) to print on the report; none by default")
		seed := fs.Uint64("seed", 1, "seed recorded with the key players")
		quiet := fs.BoolP("quiet", "q", false, "do not report progress on a terminal")
		return func(ctx context.Context, e *env, args []string) error {
			if strings.TrimSpace(*out) == "" {
				return usagef("--out: oppgi en mappe", "--out: give a folder")
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			opt := report.Options{Lang: e.lang, Title: strings.TrimSpace(*title), Date: strings.TrimSpace(*date), Seed: *seed, Renderer: e.renderer}
			if e.stderrIsTTY && !*quiet {
				start := time.Now()
				opt.Progress = func(step string) {
					fmt.Fprintf(e.stderr, "samkart: report: %s (%.1f s)\n", step, time.Since(start).Seconds())
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
			if err := os.MkdirAll(*out, 0o755); err != nil {
				return err
			}
			written := map[string]bool{}
			for _, d := range append(append([]*report.Diagram(nil), r.Diagrams...), r.SmallMultiples...) {
				for _, f := range []struct {
					ext  string
					data []byte
				}{{".svg", d.SVG}, {".png", d.PNG}} {
					if len(f.data) == 0 {
						continue
					}
					name := d.Name + f.ext
					if err := writeFileAtomic(filepath.Join(*out, name), f.data); err != nil {
						return err
					}
					written[name] = true
				}
			}
			// Diagrams of an earlier report that this one has not (the
			// comparison, when the data now has one municipality).
			for _, pat := range report.FilePatterns {
				old, err := filepath.Glob(filepath.Join(*out, pat))
				if err != nil {
					return err
				}
				for _, f := range old {
					if !written[filepath.Base(f)] {
						if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
							return err
						}
					}
				}
			}
			index := filepath.Join(*out, "index.html")
			if err := writeFileAtomic(index, page.Bytes()); err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, index)
			return nil
		}
	},
}
