package main

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics/compare"
)

var cmdCompare = &command{
	Name: "compare",
	Args: "[flags] [DATASET...]",
	Short: graph.T("sammenlign kommuner side om side, rangert i regionen",
		"compare municipalities side by side, ranked within their region"),
	Long: graph.T(`samkart compare gir én rad per kommune: enheter, bånd, tetthet, fragmentering,
avstandsfragmentering, gradsentralisering, E-I-indeksen etter etat og etter
nivå, antall horisontale og vertikale hull, andelene uformell kontakt og
kontakt i møter med tre eller flere enheter, nøkkelaktøren (enheten hvis
fravær splitter kommunens nettverk mest) og kolonnene i municipalities.csv
(folketall, program, …).

Hvert mål har en retning: høyere er bedre (tetthet, E-I-indeks etter etat,
andel i møter med tre eller flere), lavere er bedre (fragmentering,
avstandsfragmentering, hull, fragmentering uten nøkkelaktøren) eller ingen av
delene (størrelse, gradsentralisering, E-I-indeks etter nivå, andel uformell
kontakt); overskriftene merker den med ↑ eller ↓. Hvert mål gis også som rang
i kommunens Husbanken-region (1 = best; den høyeste der målet ikke har
retning) og som avvik fra regionens median (i JSON og CSV), og hver kommune i
en region med minst tre kommuner får en vurdering på én linje (mest
samordnet, mest fragmentert, …; reglene står i metodene i rapporten).

Med --by region gir den én rad per region, med målene for regionens nettverk
(kommunene og de regionale enhetene sammen).

Med --by round gir den én rad per runde i undersøkelsen for hver kommune
(«Fjordvik 2011», «Fjordvik 2013»), hver med nettverket fra svarene i den
runden alene, rangert blant rundene og kommunene i regionen: endret
programmet nettverket? Kontakter og møter hører ikke til noen runde og er
utelatt.

JSON: {"municipalities": [{"municipality": …, "region": …, …}],
"regions": […]}, sortert etter region og navn.`,
		`Compare gives one row per municipality: units, ties, density, fragmentation,
distance fragmentation, degree centralization, the E-I index by agency and by
level, the numbers of horizontal and vertical gaps, the shares of informal
contact and of contact in meetings of three or more units, the key player (the
unit whose absence splits the municipality's network most) and the columns of
municipalities.csv (population, programme, ...).

Each measure has a direction: higher is better (density, E-I index by agency,
share in meetings of three or more), lower is better (fragmentation, distance
fragmentation, gaps, fragmentation without the key player) or neither (size,
degree centralization, E-I index by level, share of informal contact); the
headers mark it ↑ or ↓. Every measure is also given as a rank within the
municipality's Husbanken region (1 = best; the highest where the measure has
no direction) and as the difference from the region's median (in JSON and
CSV), and each municipality of a region of at least three gets a one-line
verdict (most coordinated, most fragmented, ...; the rules are in the
report's methods).

With --by region it gives one row per region, with the measures of the
region's network (its municipalities and regional units together).

With --by round it gives one row per survey round of each municipality
("Fjordvik 2011", "Fjordvik 2013"), each the network of that round's
answers alone, ranked among the rounds and municipalities of the region:
did the programme change the network? Contacts and meetings belong to no
round and are left out.

JSON: {"municipalities": [{"municipality": ..., "region": ..., ...}],
"regions": [...]}, sorted by region and name.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		var out outputFlags
		in.add(fs)
		out.add(fs)
		var by rowGrouping
		textVar(fs, &by, "by", "", perMunicipality, "one row per `"+perMunicipality.String()+"`, per "+perRegion.String()+" or per survey "+perRound.String())
		programme := fs.Bool("programme-only", false, "only the municipalities in a Husbanken programme (programme column of municipalities.csv)")
		seed := fs.Uint64("seed", 1, "seed recorded with the key players")
		var suppress suppressFlag
		suppress.add(fs)
		return func(ctx context.Context, e *env, args []string) error {
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			if by == perRound {
				if net, err = roundsApart(e, net); err != nil {
					return err
				}
			}
			byRegion := by == perRegion
			copt := compare.Options{ProgrammeOnly: *programme, Seed: *seed, Regions: byRegion}
			// The gaps of a municipality run to the state and regional
			// units around it: they are counted on the whole network.
			if copt.Whole, err = net.Unscoped(); err != nil {
				return err
			}
			c := compare.Municipalities(net, copt)
			switch {
			case len(c.Municipalities) == 0 && *programme:
				return usagef("--programme-only: ingen kommune i %s har program ja i municipalities.csv", "--programme-only: no municipality in %s has programme yes in municipalities.csv", net.Data.Name)
			case len(c.Municipalities) == 0:
				return usagef("ingenting å sammenligne: ingen enhet i %s oppgir en kommune", "nothing to compare: no unit in %s names a municipality", net.Data.Name)
			case len(c.Municipalities) == 1:
				name := c.Municipalities[0].Name
				fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
					fmt.Sprintf("bare én kommune (%s): den har ingen å sammenlignes med, så rangene er 1 og medianene dens egne verdier", name),
					fmt.Sprintf("only one municipality (%s): there is nothing to compare it with, so its ranks are 1 and its medians its own values", name)).In(e.lang))
			}
			sup := suppress.of(&in)
			t := text.CompareTable(c, sup)
			if byRegion {
				t = text.CompareRegionTable(c, sup)
			}
			return out.emit(e, net.Data, result{
				writeJSON: func(w io.Writer) error { return text.WriteComparisonJSON(w, c, sup) },
				tables:    []*text.Table{t},
				text: func(w io.Writer, l graph.Lang) error {
					return text.WriteComparison(w, c, l, byRegion, sup)
				},
				suppress: sup,
			})
		}
	},
}

// renderCompare draws `samkart render --view compare`: the small networks
// of the municipalities on one scale above a dot chart per measure.
func renderCompare(ctx context.Context, e *env, net *graph.Network, f draw.Format, out string) error {
	c := compare.Municipalities(net, compare.Options{})
	if len(c.Municipalities) < 2 {
		return usagef("--view compare trenger to kommuner eller flere; %s har %d", "--view compare needs two municipalities or more; %s has %d", net.Data.Name, len(c.Municipalities))
	}
	if tooLarge := views.CompareTooLarge(net, c); tooLarge != nil {
		fmt.Fprintf(e.stderr, "samkart: %s\n", tooLarge.Note().In(e.lang))
	}
	var b bytes.Buffer
	if err := views.DrawCompare(ctx, net, c, views.CompareStyle{Lang: e.lang, Renderer: e.renderer}, f, &b); err != nil {
		return err
	}
	return writeOutput(e, out, net.Data, b.Bytes())
}

// roundsApart returns the network of net's dataset with each survey
// round a network of its own (graph.Dataset.RoundsApart), for compare
// --by round.
func roundsApart(e *env, net *graph.Network) (*graph.Network, error) {
	ds := net.Data
	apart := ds.RoundsApart(net.Options.Filter)
	if apart == nil {
		return nil, usagef("--by round: %s har ingen runder; det trenger en undersøkelse (survey.csv) med en kolonne round (runde)",
			"--by round: %s has no rounds; it needs a survey (survey.csv) with a round column", ds.Name)
	}
	if len(ds.Contacts) > 0 || len(ds.Meetings) > 0 {
		fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T("--by round: kontakter og møter hører ikke til noen runde og er utelatt",
			"--by round: contacts and meetings belong to no round and are left out").In(e.lang))
	}
	o := net.Options
	o.Filter = graph.Filter{}
	return graph.Build(apart, o)
}
