package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/gaps"
)

var cmdGaps = &command{
	Name: "gaps",
	Args: "[flags] [DATASET...]",
	Short: graph.T("list manglende horisontale og vertikale bånd, ukoordinerte kontakter og bånd som svekkes",
		"list missing horizontal and vertical ties, uncoordinated contacts and fading ties"),
	Long: graph.T(`samkart gaps sammenligner nettverket med samarbeidet som er forventet — fra
expected.csv (for eksempel en boligsosial handlingsplan) eller, uten den, hvert
par av tjenester i en kommune, hver enhet med sin overordnede og
kommuneledelsen, og hver kommunes ledelse med sin Husbanken-region — og lister,
rangert, de forventede båndene som mangler eller er for svake.

Den lister også ukoordinerte parallelle kontakter (to enheter fra samme kontor
som kontakter samme enhet innenfor --window-days uten å snakke med hverandre)
og bånd som svekkes (bånd som har vært stille mye lenger enn sin vanlige
rytme, vurdert per --until, som standard slutten av dataenes periode), og
andelene uformell kontakt og kontakt i møter med flere parter. Perioden ser
bort fra enkeltstående datoer langt fra alle de andre, som et feilskrevet
årstall, som validate advarer om: de flytter ikke slutten og gir ingen
funn.`,
		`Gaps compares the network with the collaboration that is expected — from
expected.csv (for example a housing action plan) or, without it, every pair of
services in a municipality, every unit with its parent and the municipal
leadership, and each municipality's leadership with its Husbanken region —
and lists, ranked, the expected ties that are missing or too weak.

It also lists uncoordinated parallel contacts (two units of one office
contacting the same unit within --window-days without talking to each
other) and fading ties (ties that have gone silent for much longer than their
usual rhythm, judged at --until, by default the end of the data's period),
and the shares of informal and multi-party contact. The period leaves out
isolated dates far from all the others, such as a mistyped year, which
validate warns about: they neither move its end nor create findings.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		var out outputFlags
		in.add(fs)
		out.add(fs)
		days := fs.Int("window-days", gaps.DefaultWindowDays, "`days` within which parallel contacts count as uncoordinated")
		var until untilFlag
		until.add(fs, "")
		perTie := fs.Bool("per-tie", false, "list the informal and multi-party shares of every tie (JSON and CSV)")
		var suppress suppressFlag
		suppress.add(fs)
		return func(ctx context.Context, e *env, args []string) error {
			if *days < 1 {
				return usagef("--window-days må være minst 1", "--window-days must be at least 1")
			}
			// Ties to state and regional units count for a municipality's
			// gaps, so the network is built whole and the scope is applied
			// to the findings.
			net, err := in.buildWhole(e, args)
			if err != nil {
				return err
			}
			if why := net.Data.NoDates; why.EN != "" {
				if until.d.raw != "" {
					return checkDates(net.Data, "--until")
				}
				fmt.Fprintf(e.stderr, "samkart: %s: %s\n", graph.T("merk", "note").In(e.lang), graph.T(
					"bånd som svekkes er utelatt: "+why.NB, "fading ties are left out: "+why.EN).In(e.lang))
				net.Data = undated(net.Data) // the dates a file has (a tie's first) do not date its contacts
			}
			r := gaps.Compute(net, gaps.Options{
				Scope: in.scope, WindowDays: *days, AsOf: until.at(net), PerTie: *perTie,
			})
			sup := suppress.of(&in)
			return out.emit(e, net.Data, result{
				writeJSON: func(w io.Writer) error { return text.WriteGapsJSON(w, r, sup) },
				tables:    text.GapsTables(r, sup),
				text:      func(w io.Writer, l graph.Lang) error { return text.WriteGaps(w, r, l, sup) },
				suppress:  sup,
			})
		}
	},
}

// untilFlag is --until DATE, the date fading ties are judged at, and its
// older name --as-of.
type untilFlag struct{ d dateValue }

func (u *untilFlag) add(fs *pflag.FlagSet, prefix string) {
	fs.Var(&u.d, "until", prefix+"judge fading ties at this `date` (default: the end of the data's period, without isolated dates such as a mistyped year)")
	fs.Var(&u.d, "as-of", prefix+"the same as --until")
}

// at returns the date fading ties are judged at in whole, the network
// without its scope filter that gaps.Compute is given: --until, or the
// end of its plausible period (graph.Network.PlausiblePeriod).
func (u *untilFlag) at(whole *graph.Network) graph.Date {
	if u.d.d.Valid() {
		return u.d.d
	}
	_, last := whole.PlausiblePeriod()
	return last
}

// dateValue is a flag holding one date (2011-09-14 or 14.09.2011).
type dateValue struct {
	d   graph.Date
	raw string
}

func (v *dateValue) String() string { return v.raw }
func (v *dateValue) Type() string   { return "date" }
func (v *dateValue) Set(s string) error {
	s = strings.TrimSpace(s)
	first, _, err := parsePeriod(s)
	if err != nil {
		return err
	}
	if len(s) < len("2006-01-02") {
		return usagef("dato %q: forventet en dag som 2011-09-14 eller 14.09.2011", "date %q: want a day such as 2011-09-14 or 14.09.2011", s)
	}
	v.d, v.raw = first, s
	return nil
}
