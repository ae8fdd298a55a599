package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

var cmdMetrics = &command{
	Name: "metrics",
	Args: "[flags] [DATASET]",
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

Hvert mål stemmer med referansen sin (NetworkX, igraph, UCINET eller R sna);
objektet "conventions" i JSON-utdataene gir hver definisjon og referanse.
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

Each measure matches its reference (NetworkX, igraph, UCINET or R sna); the
JSON output's "conventions" object states each definition and reference.
Undefined values are null in JSON and empty in CSV.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		in := inputFlags{networkOnly: true}
		var out outputFlags
		in.add(fs)
		out.add(fs)
		seed := fs.Uint64("seed", 1, "`seed` of the community search (Louvain)")
		quiet := fs.BoolP("quiet", "q", false, "do not report progress on standard error")
		return func(ctx context.Context, e *env, args []string) error {
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			// The measures need only the network: let the contact records,
			// most of the memory at national scale, go before computing.
			net.Data.Contacts, net.Data.Meetings = nil, nil
			opt := metrics.Options{Seed: *seed}
			if !*quiet && e.stderrIsTTY {
				opt.Progress = progressReporter(e)
			}
			r := metrics.Compute(net, opt)
			if opt.Progress != nil {
				fmt.Fprint(e.stderr, "\r\033[K")
			}
			res := result{writeJSON: func(w io.Writer) error { return text.WriteMetricsJSON(w, r) }}
			if out.format != formatJSON {
				res.tables = text.MetricsTables(r) // a national network's tables are large: only when asked for
			}
			return out.emit(e, net.Data, res)
		}
	},
}

// progressReporter shows the step under way on a terminal, at most a few
// times a second, once a step has run for more than a second.
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
		pct := 0
		if total > 0 {
			pct = 100 * done / total
		}
		fmt.Fprintf(e.stderr, "\r\033[Ksamkart: %s %d%%", step, pct)
	}
}
