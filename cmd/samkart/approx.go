package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// longPaths is how long the exact path measures must be estimated to take
// before samkart says so.
const longPaths = 10 * time.Second

// approxFlags are --approx, --confidence and --max-time: sampled path
// measures, asked for or chosen within a time budget.
type approxFlags struct {
	eps, confidence float64
	maxTime         time.Duration
	// clock, when set, replaces the wall clock of the estimate (tests).
	clock func() time.Duration
}

func (f *approxFlags) add(fs *pflag.FlagSet, maxTime time.Duration) {
	fs.Float64Var(&f.eps, "approx", 0, "sample betweenness (every unit's within `EPS`, e.g. 0.005, with probability --confidence), closeness and harmonic centrality")
	fs.Float64Var(&f.confidence, "confidence", metrics.DefaultConfidence, "probability `P` that every sampled value is within its error")
	fs.DurationVar(&f.maxTime, "max-time", maxTime, "sample the path measures when exact ones are estimated to take longer than `DURATION` (0: never)")
}

func (f *approxFlags) check() error {
	if f.eps < 0 || f.eps >= 1 || math.IsNaN(f.eps) {
		return usagef("--approx %g: oppgi en feil mellom 0 og 1, for eksempel 0.005", "--approx %g: give an error between 0 and 1, e.g. 0.005", f.eps)
	}
	if !(f.confidence > 0 && f.confidence < 1) {
		return usagef("--confidence %g: oppgi en sannsynlighet mellom 0 og 1, for eksempel 0.99", "--confidence %g: give a probability between 0 and 1, e.g. 0.99", f.confidence)
	}
	if f.maxTime < 0 {
		return usagef("--max-time %v: oppgi en varighet, for eksempel 60s", "--max-time %v: give a duration, e.g. 60s", f.maxTime)
	}
	return nil
}

// choose returns the error to sample the path measures of n with (0:
// exactly) and the budget that chose sampling (0: none did). Before path
// measures that may take long it estimates their time and says on
// standard error what it found, unless quiet and nothing was chosen.
func (f *approxFlags) choose(e *env, n *graph.Network, seed uint64, quiet, weighted bool) (float64, time.Duration) {
	if f.eps > 0 {
		return f.eps, 0
	}
	if !metrics.WorthEstimating(n) || quiet && f.maxTime == 0 {
		return 0, 0 // nothing to choose, nothing to say
	}
	est := metrics.EstimatePaths(n, seed, f.clock)
	est.Unweighted = !weighted
	eps, budget, msg := f.decide(est, e.lang)
	if msg != "" && (budget > 0 || !quiet) {
		fmt.Fprintln(e.stderr, msg)
	}
	return eps, budget
}

// decide chooses from the estimate and words the choice in lang; the
// message is "" when there is nothing to say.
func (f *approxFlags) decide(est *metrics.PathEstimate, lang graph.Lang) (float64, time.Duration, string) {
	conf := f.confidence
	exact := est.Time()
	if f.maxTime > 0 && exact > f.maxTime {
		eps, ok := est.Fit(f.maxTime, conf)
		msg := graph.T(
			fmt.Sprintf("mellomhet: om lag %s eksakt, over --max-time %s; regner med utvalg: ±%s med %s sikkerhet (om lag %s)",
				humanDuration(exact, lang), humanDuration(f.maxTime, lang), decimal(eps, lang), percent(conf, lang), humanDuration(est.Approx(eps, conf), lang)),
			fmt.Sprintf("betweenness: about %s exact, over --max-time %s; sampling instead: ±%s with %s confidence (about %s)",
				humanDuration(exact, lang), humanDuration(f.maxTime, lang), decimal(eps, lang), percent(conf, lang), humanDuration(est.Approx(eps, conf), lang))).In(lang)
		if !ok {
			msg += graph.T("; heller ikke det får plass", "; even that does not fit").In(lang)
		}
		return eps, f.maxTime, msg
	}
	if exact <= longPaths {
		return 0, 0, ""
	}
	eps, _ := est.Fit(min(exact/4, time.Minute), conf)
	flag := strconv.FormatFloat(eps, 'g', -1, 64)
	return 0, 0, graph.T(
		fmt.Sprintf("mellomhet: om lag %s eksakt; om lag %s for ±%s med %s sikkerhet (--approx %s)",
			humanDuration(exact, lang), humanDuration(est.Approx(eps, conf), lang), decimal(eps, lang), percent(conf, lang), flag),
		fmt.Sprintf("betweenness: about %s exact; about %s for ±%s with %s confidence (--approx %s)",
			humanDuration(exact, lang), humanDuration(est.Approx(eps, conf), lang), decimal(eps, lang), percent(conf, lang), flag)).In(lang)
}

// humanDuration writes d rounded as people say it: "40 s", "3 min 20 s",
// "3 h 10 min" ("3 t 10 min" in bokmål).
func humanDuration(d time.Duration, lang graph.Lang) string {
	h := graph.T("t", "h").In(lang)
	switch s := int64(math.Ceil(d.Seconds())); {
	case s < 60:
		return fmt.Sprintf("%d s", max(s, 1))
	case s < 600:
		if s%60 == 0 {
			return fmt.Sprintf("%d min", s/60)
		}
		return fmt.Sprintf("%d min %d s", s/60, s%60)
	case s < 3600:
		return fmt.Sprintf("%d min", (s+30)/60)
	default:
		m := (s + 30) / 60
		if m%60 == 0 {
			return fmt.Sprintf("%d %s", m/60, h)
		}
		return fmt.Sprintf("%s %s %d min", graph.GroupDigits(strconv.FormatInt(m/60, 10), lang), h, m%60)
	}
}

// decimal writes x with a decimal comma in bokmål.
func decimal(x float64, lang graph.Lang) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if lang == graph.NB {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// percent writes a probability as "99 %" (with a decimal comma in bokmål).
func percent(p float64, lang graph.Lang) string {
	return decimal(math.Round(p*1e6)/1e4, lang) + " %"
}
