package main

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
)

var cmdQAP = &command{
	Name: "qap",
	Args: "[flags] [DATASET] --y RELATION --x RELATION[,RELATION…]",
	Short: graph.T("test om to relasjoner henger sammen (QAP-korrelasjon og -regresjon)",
		"test whether two relations go together (QAP correlation and regression)"),
	Long: graph.T(`samkart qap tester om én relasjon mellom enhetene (--y) henger sammen med
andre (--x) mer enn tilfeldigheter skulle tilsi, med kvadratisk
tilordningsprosedyre (QAP): enhetene i en relasjon stokkes om, rader og
kolonner sammen, og størrelsen regnes ut på nytt --permutations ganger (med
frøet --seed).

Med én --x gir den QAP-korrelasjonen over parene av enheter og andelene av
de stokkede korrelasjonene som er minst (p_ge) og høyst (p_le) den
observerte, som qaptest med gcor i R-pakken sna. Med flere tilpasser den
også regresjonen av --y på alle sammen (MRQAP) med Dekkers
semipartialisering, som netlm(nullhyp = "qapspp") i sna: koeffisienter,
t-verdier, p-verdiene deres og R², ved siden av korrelasjonen mellom --y og
hver av dem.

Relasjonene:

  ties, ties-binary        båndets vekt, eller 1 for hvert bånd
  arcs, arcs-binary        kontakter fra én enhet til en annen (rettet)
  formal, informal         antall formelle eller uformelle kontakter og møter i et bånd
  kind:FORM                kontakter og møter av én form (kind:phone, kind:møte, …)
  expected                 1 for parene som er ventet å samarbeide: expected.csv eller,
                           uten den, standardforventningene i samkart gaps
  same-agency, same-level, same-municipality, same-KOLONNE
                           1 for to enheter med samme verdi i den kolonnen i
                           units.csv; same-by er kolonnen i --by

Endelsen -binary gjør også formal, informal og kind:FORM til 0 eller 1.
Testen går over uordnede par, med mindre en relasjon har retning (arcs)
eller --directed ber om ordnede par.`,
		`Qap tests whether one relation between the units (--y) goes together with
others (--x) more than chance would, by the quadratic assignment procedure:
the units of a relation are shuffled, rows and columns together, and the
statistic recomputed --permutations times (seeded by --seed).

With one --x it gives the QAP correlation over the pairs of units and the
shares of shuffled correlations at least (p_ge) and at most (p_le) the
observed one, as R sna's qaptest with gcor. With several it also fits the
regression of --y on all of them (MRQAP) with Dekker's semi-partialling, as
sna's netlm(nullhyp = "qapspp"): coefficients, t-values, their p-values and
R², beside the correlation of --y with each.

The relations:

  ties, ties-binary        the tie weight, or 1 for every tie
  arcs, arcs-binary        contacts from one unit to another (directed)
  formal, informal         the number of formal or informal contacts and meetings of a tie
  kind:KIND                contacts and meetings of one kind (kind:phone, kind:møte, …)
  expected                 1 for the pairs expected to collaborate: expected.csv or,
                           without it, the default expectations of samkart gaps
  same-agency, same-level, same-municipality, same-COLUMN
                           1 for two units with the same value in that column of
                           units.csv; same-by is the --by column

A -binary suffix makes formal, informal and kind:KIND 0 or 1 too. The test
runs over unordered pairs unless a relation has a direction (arcs) or
--directed asks for ordered pairs.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		var out outputFlags
		in.add(fs)
		out.add(fs)
		y := fs.String("y", "ties", "the `RELATION` to explain")
		x := fs.String("x", "", "the `RELATION`s, separated by commas, to explain it with")
		perms := fs.Int("permutations", metrics.DefaultPermutations, "`number` of random permutations")
		seed := fs.Uint64("seed", 1, "`seed` of the permutations")
		by := fs.String("by", "", "the `COLUMN` of units.csv that same-by stands for")
		directed := fs.Bool("directed", false, "use ordered pairs of units (as for directed relations)")
		return func(ctx context.Context, e *env, args []string) error {
			xs := splitList(*x)
			switch {
			case len(xs) == 0:
				return usagef("qap trenger --x RELASJON[,RELASJON…]", "qap needs --x RELATION[,RELATION…]")
			case *perms < 1:
				return usagef("--permutations %d: oppgi 1 eller flere", "--permutations %d: give 1 or more", *perms)
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			if err := checkColumn(net, *by); err != nil {
				return err
			}
			res, err := runQAP(net, strings.TrimSpace(*y), xs, qapSettings{*perms, *seed, *by, *directed})
			if err != nil {
				return err
			}
			r := result{writeJSON: func(w io.Writer) error { return text.WriteQAPJSON(w, res) }, tables: text.QAPTables(res),
				text: func(w io.Writer, lang graph.Lang) error { return text.WriteQAP(w, res, lang) }}
			return out.emit(e, net.Data, r)
		}
	},
}

// qapSettings are the qap command's flags that shape the tests.
type qapSettings struct {
	permutations int
	seed         uint64
	by           string
	directed     bool
}

// runQAP builds the relations and runs the correlations of y with each of
// xs and, with several, the regression.
func runQAP(net *graph.Network, y string, xs []string, s qapSettings) (*text.QAPResult, error) {
	res := &text.QAPResult{Dataset: net.Data.Name, Units: net.Len(), Y: y, X: xs, Directed: s.directed,
		Permutations: s.permutations, Seed: s.seed}
	rel := func(name string) (*metrics.Relation, error) {
		r, by, err := relationNamed(net, name, s.by)
		if by != "" {
			res.ExpectedBy = by
		}
		if err == nil && !r.Symmetric {
			res.Directed = true
		}
		return r, err
	}
	ry, err := rel(y)
	if err != nil {
		return nil, err
	}
	rxs := make([]*metrics.Relation, len(xs))
	for i, name := range xs {
		if rxs[i], err = rel(name); err != nil {
			return nil, err
		}
	}
	// Name the relations as resolved: same-by as its column.
	res.Y = ry.Name
	res.X = make([]string, len(rxs))
	for i, rx := range rxs {
		res.X[i] = rx.Name
	}
	opt := metrics.QAPOptions{PermutationOptions: metrics.PermutationOptions{Permutations: s.permutations, Seed: s.seed},
		Directed: res.Directed}
	for _, rx := range rxs {
		c, err := metrics.QAPCorrelate(ry, rx, opt)
		if err != nil {
			return nil, err
		}
		res.Correlations = append(res.Correlations, c)
	}
	if len(rxs) > 1 {
		if pairs := res.Correlations[0].Pairs; pairs <= len(rxs)+1 {
			return nil, usagef("for få par av enheter (%d) til en regresjon med %d koeffisienter",
				"too few pairs of units (%d) for a regression with %d coefficients", pairs, len(rxs)+1)
		}
		res.Regression, err = metrics.QAPRegress(ry, rxs, opt)
		if errors.Is(err, metrics.ErrCollinear) {
			return nil, usagef("--x %s: forklaringsvariablene er lineært avhengige (en av dem følger av de andre)",
				"--x %s: the predictors are collinear (one of them follows from the others)", strings.Join(xs, ","))
		}
		if err != nil {
			return nil, err
		}
	}
	return res, nil
}

// relationNamed returns the relation name of net: expected (with where
// its expectations came from), same-by as same-COLUMN of --by, or
// metrics.RelationNamed's. Unknown names, kinds and columns are usage
// errors.
func relationNamed(net *graph.Network, name, by string) (*metrics.Relation, string, error) {
	if name == compare.ExpectedName {
		r, from := compare.ExpectedRelation(net)
		return r, from, nil
	}
	if name == "same-by" {
		if by == "" {
			return nil, "", usagef("relasjonen same-by trenger --by KOLONNE", "the relation same-by needs --by COLUMN")
		}
		name = "same-" + by
	}
	base := strings.TrimSuffix(name, "-binary")
	if k, ok := strings.CutPrefix(base, "kind:"); ok {
		if err := checkKind(net.Data, k); err != nil {
			return nil, "", err
		}
	}
	if col, ok := strings.CutPrefix(name, "same-"); ok && len(metrics.PartitionByColumn(net, col).Groups) == 0 {
		cols := unitColumns(net)
		if len(cols) == 0 {
			return nil, "", usagef("relasjonen %s: ingen enhet har en verdi i kolonnen %s; units.csv har ingen kolonner med verdier utenom id og navn",
				"relation %s: no unit has a value in column %s; units.csv has no columns with values besides id and name", name, col)
		}
		if s := importers.Suggest(col, cols); s != "" {
			return nil, "", usagef("relasjonen %s: ingen enhet har en verdi i kolonnen %s; mente du same-%s?",
				"relation %s: no unit has a value in column %s; did you mean same-%s?", name, col, s)
		}
		return nil, "", usagef("relasjonen %s: ingen enhet har en verdi i kolonnen %s; kolonner med verdier: %s",
			"relation %s: no unit has a value in column %s; columns with values: %s", name, col, strings.Join(cols, ", "))
	}
	r, err := metrics.RelationNamed(net, name)
	if err != nil {
		known := append([]string{compare.ExpectedName, "same-by"}, metrics.RelationNames...)
		if s := importers.Suggest(name, known); s != "" {
			return nil, "", usagef("ukjent relasjon %q; mente du %s?", "unknown relation %q; did you mean %s?", name, s)
		}
		return nil, "", usagef("ukjent relasjon %q; kjente: %s", "unknown relation %q; known: %s", name, strings.Join(known, ", "))
	}
	return r, "", nil
}

// checkKind fails when no contact or meeting of ds has the kind.
func checkKind(ds *graph.Dataset, kind string) error {
	k := graph.NormalizeKind(kind)
	var kinds []string
	for i, s := range ds.Kinds {
		if i == 0 {
			continue
		}
		if s == k {
			return nil
		}
		kinds = append(kinds, s)
	}
	return usagef("kind:%s: ingen kontakt eller møte har den typen; typer i datasettet: %s",
		"kind:%s: no contact or meeting has that kind; kinds in the dataset: %s", kind, strings.Join(kinds, ", "))
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
