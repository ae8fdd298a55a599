package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
)

var cmdMetrics = &command{
	Name: "metrics",
	Args: "[flags] [DATASET...]",
	Short: graph.T("mål sentralitet, fragmentering, megling og grupper",
		"measure centrality, fragmentation, brokerage and groups"),
	Long: graph.T(`samkart metrics beregner for hver enhet grad, styrke, mellomhetssentralitet (uvektet
og med avstand 1/vekt), nærhetssentralitet, harmonisk sentralitet,
egenvektorsentralitet, PageRank, Burts begrensning og effektive størrelse,
Gould–Fernandez' meglerroller etter etat, om den er et kuttpunkt og hvor
fragmentert nettverket blir uten den (sårbarheten ved utskifting), og
grupperingen den hører til; for nettverket og hver kommune: tetthet,
komponenter, fragmentering, avstandsfragmentering, sentralisering,
transitivitet, klyngekoeffisient, E-I-indekser etter etat, nivå og kommune,
blokktettheter, grupperinger med modularitet og siloindeks, og nøkkelaktører.

For forskeren legger den til hver enhets k-kjernetall og de maksimale klikkene
(tre enheter eller flere) den hører til; inn- og utgrad og styrke langs
retningen kontaktene ble registrert i (fra → til), med nettverkets
gjensidighet, og med --directed mellomhets- og nærhetssentralitet langs den;
hver enhets egonettverk: størrelse, bånd, tetthet, Burts begrensning og
effektive størrelse innenfor det, andelen av kontaktene per etat og nivå og
Blaus indeks for hvor sammensatte de er. Hver E-I-indeks (hele nettverket,
hver gruppe, hver kommune) kommer med UCINETs forventede og skalerte verdi og
en permutasjonstest: gruppene stokkes om på enhetene --permutations ganger,
med frøet --seed, og gir gjennomsnittet, standardavviket og andelene av de
stokkede verdiene som er minst (p_ge) og høyst (p_le) den observerte.
--by KOLONNE grupperer etter en hvilken som helst kolonne i units.csv ved
siden av etat og nivå (et team, et program, region eller overordnet), for
E-I med testen, blokktettheter og sammensetningen av kontaktene.

Hvert mål stemmer med referansen sin (NetworkX, igraph, UCINET eller R sna);
objektet "conventions" i JSON-utdataene gir hver definisjon og referanse.

Store nettverk: før stimål som er anslått å ta mer enn om lag 10 s, skrives
anslaget på standard feil sammen med tiden et utvalg ville ta. --approx FEIL
regner dem på et utvalg: hver enhets mellomhet (uvektet og vektet) er
innenfor FEIL av den eksakte verdien med sannsynligheten --confidence
(Riondato & Kornaropoulos 2016); nærhets- og harmonisk sentralitet kommer fra
utvalgte startenheter, harmonisk/(n−1) innenfor den største av FEIL og 0,05
(Hoeffding), med mindre det krever like mange startenheter som det er
enheter. Resultatet avhenger bare av dataene og --seed. --max-time VARIGHET
bruker utvalg bare når de eksakte målene ville tatt lenger tid, med den
minste feilen som får plass. Utdataene sier hva som ble regnet på et utvalg
("betweenness_method" og "closeness_method" i JSON, en første tabell i tekst
og CSV); kommunenes mål er alltid eksakte.
Udefinerte verdier er null i JSON og tomme i CSV.`,
		`Metrics computes, for every unit, its degree, strength, betweenness
(unweighted and with distance 1/weight), closeness, harmonic centrality,
eigenvector centrality, PageRank, Burt's constraint and effective size,
Gould–Fernandez brokerage roles by agency, whether it is a cut point and how
fragmented the network becomes without it (the staff-turnover risk), and its
community; for the network and each municipality: density, components,
fragmentation, distance fragmentation, centralization, transitivity,
clustering, E-I indices by agency, level and municipality, block densities,
communities with modularity and a silo index, and key players.

For the researcher it adds each unit's k-core number and the maximal cliques
(3 units or more) it belongs to; in- and out-degree and strength along the
direction contacts were recorded in (from → to), with the network's
reciprocity, and with --directed betweenness and closeness along it; each
unit's ego network: size, ties, density, Burt's constraint and effective
size within it, the share of its contacts per agency and level and Blau's
index of their diversity. Every E-I index (whole network, each group, each
municipality) comes with UCINET's expected and rescaled value and a
permutation test: the groups shuffled over the units --permutations times,
seeded by --seed, giving the mean, standard deviation and the shares of
shuffled values at least (p_ge) and at most (p_le) the observed one.
--by COLUMN groups by any column of units.csv besides agency and level (a
team, a programme, region or parent) for E-I with its test, block
densities and the composition of the contacts.

Each measure matches its reference (NetworkX, igraph, UCINET or R sna); the
JSON output's "conventions" object states each definition and reference.

Large networks: before path measures estimated to take more than about
10 s, the estimate is printed on standard error with the time a sample
would take. --approx EPS samples them: every unit's betweenness
(unweighted and weighted) is within EPS of the exact value with probability
--confidence (Riondato & Kornaropoulos 2016); closeness and harmonic
centrality come from sampled sources, harmonic/(n−1) within max(EPS, 0.05)
(Hoeffding), unless that needs as many sources as there are units. The
result depends only on the data and --seed. --max-time DURATION samples
only when the exact measures would take longer, with the smallest error
that fits. The output says what was sampled ("betweenness_method" and
"closeness_method" in JSON, a first table in text and CSV); the
municipalities' measures are always exact.
Undefined values are null in JSON and empty in CSV.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		in := inputFlags{networkOnly: true}
		var out outputFlags
		in.add(fs)
		out.add(fs)
		seed := fs.Uint64("seed", 1, "`seed` of the community search (Louvain) and the permutation tests")
		perms := fs.Int("permutations", metrics.DefaultPermutations, "`number` of random permutations of each E-I test (0: no test)")
		by := fs.String("by", "", "also group by this `COLUMN` of units.csv (E-I, block densities, contacts' composition)")
		directed := fs.Bool("directed", false, "add betweenness and closeness along the direction of the contacts")
		quiet := fs.BoolP("quiet", "q", false, "do not report progress on standard error")
		var suppress suppressFlag
		suppress.add(fs)
		var ap approxFlags
		ap.add(fs, 0)
		return func(ctx context.Context, e *env, args []string) error {
			if *perms < 0 {
				return usagef("--permutations %d: oppgi 0 eller flere", "--permutations %d: give 0 or more", *perms)
			}
			if err := ap.check(); err != nil {
				return err
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			if err := checkColumn(net, *by); err != nil {
				return err
			}
			// The measures need only the network: let the contact records,
			// most of the memory at national scale, go before computing.
			net.Data.Contacts, net.Data.Meetings = nil, nil
			opt := metrics.Options{Seed: *seed, Permutations: *perms, By: *by, Directed: *directed, Confidence: ap.confidence}
			opt.Approx, opt.MaxTime = ap.choose(e, net, *seed, *quiet, true)
			if *perms == 0 {
				opt.Permutations = -1
			}
			if !*quiet && e.stderrIsTTY {
				opt.Progress = progressReporter(e)
			}
			r := metrics.Compute(net, opt)
			if opt.Progress != nil {
				fmt.Fprint(e.progressOut(), "\r\033[K")
			}
			sup := suppress.of(&in)
			res := result{writeJSON: func(w io.Writer) error { return text.WriteMetricsJSON(w, r, sup) }, suppress: sup}
			if out.format != formatJSON {
				res.tables = sup.Tables(text.MetricsTables(r)) // a national network's tables are large: only when asked for
			}
			return out.emit(e, net.Data, res)
		}
	},
}

// progressReporter shows the step under way on a terminal, at most a few
// times a second, once a step has run for more than a second, with the
// time left once it has run for five.
func progressReporter(e *env) func(step string, done, total int) {
	start := time.Now()
	var last time.Time
	current := ""
	return func(step string, done, total int) {
		now := time.Now()
		if step != current {
			current, start = step, now
		}
		if now.Sub(start) < time.Second || now.Sub(last) < 200*time.Millisecond {
			return
		}
		last = now
		fmt.Fprint(e.progressOut(), "\r\033[K"+progressLine(step, done, total, now.Sub(start), e.lang))
	}
}

// progressLine is the progress of step after elapsed: done of total.
func progressLine(step string, done, total int, elapsed time.Duration, lang graph.Lang) string {
	pct := 0.0
	if total > 0 {
		pct = float64(100*done/total) / 100 // whole percents, rounded down: 100 % only when done
	}
	line := "samkart: " + stepName(step, lang) + " " + text.Percent(pct, 0, lang)
	if elapsed >= 5*time.Second && done > 0 && done < total {
		left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
		line += fmt.Sprintf(graph.T(" (om lag %s igjen)", " (about %s left)").In(lang), humanDuration(left, lang))
	}
	return line
}

// stepNames are the words for the steps that metrics.Compute and
// report.Build tell their progress by.
var stepNames = map[string]graph.Text{
	metrics.StepPaths:          graph.T("korteste veier", "shortest paths"),
	metrics.StepUnits:          graph.T("enhetenes mål", "unit measures"),
	metrics.StepStructure:      graph.T("struktur", "structure"),
	metrics.StepGroups:         graph.T("grupper", "groups"),
	metrics.StepPermutations:   graph.T("permutasjonstester", "permutation tests"),
	metrics.StepMunicipalities: graph.T("kommunene", "municipalities"),
	"summary":                  graph.T("sammendrag", "summary"),
	"measures":                 graph.T("mål", "measures"),
	"gaps":                     graph.T("hull", "gaps"),
	"compare":                  graph.T("sammenligning", "comparison"),
	"small multiples":          graph.T("småmultipler", "small multiples"),
	"survey":                   graph.T("undersøkelse", "survey"),
}

// stepName is step in lang; "diagram VIEW" keeps the view's name, which
// is the one --view takes.
func stepName(step string, lang graph.Lang) string {
	if t, ok := stepNames[step]; ok {
		return t.In(lang)
	}
	return step
}

// progressOut is standard error for samkart's own progress line, with
// its control characters.
func (e *env) progressOut() io.Writer {
	if e.rawStderr != nil {
		return e.rawStderr
	}
	return e.stderr
}

// checkColumn fails, as a usage error, when no unit of n has a value in
// column (the --by flag; "" passes), naming the columns that have values.
func checkColumn(n *graph.Network, column string) error {
	if column == "" || len(metrics.PartitionByColumn(n, column).Groups) > 0 {
		return nil
	}
	cols := unitColumns(n)
	if s := importers.Suggest(column, cols); s != "" {
		return usagef("--by %q: ingen enhet har en verdi i den kolonnen; mente du %s?",
			"--by %q: no unit has a value in that column; did you mean %s?", column, s)
	}
	list := strings.Join(cols, ", ")
	if len(cols) == 0 {
		return usagef("--by %q: ingen enhet har en verdi i den kolonnen; units.csv har ingen kolonner med verdier utenom id og navn",
			"--by %q: no unit has a value in that column; units.csv has no columns with values besides id and name", column)
	}
	return usagef("--by %q: ingen enhet har en verdi i den kolonnen; kolonner med verdier: %s",
		"--by %q: no unit has a value in that column; columns with values: %s", column, list)
}

// unitColumns returns the columns of units.csv in which some unit of n has
// a value, the standard ones first.
func unitColumns(n *graph.Network) []string {
	var std []string
	extra := map[string]bool{}
	has := map[string]bool{}
	for _, u := range n.Units() {
		has["agency"] = has["agency"] || u.Agency != ""
		has["level"] = has["level"] || u.Level.Known()
		has["municipality"] = has["municipality"] || u.Municipality != ""
		has["region"] = has["region"] || u.Region != ""
		has["parent"] = has["parent"] || u.Parent != ""
		for _, a := range u.Attrs {
			if a.Value != "" {
				extra[a.Name] = true
			}
		}
	}
	for _, c := range []string{"agency", "level", "municipality", "region", "parent"} {
		if has[c] {
			std = append(std, c)
		}
	}
	var more []string
	for c := range extra {
		more = append(more, c)
	}
	sort.Strings(more)
	return append(std, more...)
}
