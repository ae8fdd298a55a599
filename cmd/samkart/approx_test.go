package main

import (
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// TestApproxDecide checks the estimate's words and the choice within
// --max-time on an estimate made up as a fake clock would make it.
func TestApproxDecide(t *testing.T) {
	est := &metrics.PathEstimate{Units: 200000, Exact: 3*time.Hour + 10*time.Minute, ExactUnweighted: 20 * time.Minute,
		Pair: 20 * time.Microsecond, PairWeighted: 100 * time.Microsecond, Source: 5 * time.Millisecond,
		SourceExact: 40 * time.Millisecond, Setup: time.Second, VD: 20, VDWeighted: 3000}
	for _, c := range []struct {
		maxTime    time.Duration
		unweighted bool
		lang       graph.Lang
		eps        float64
		budget     time.Duration
		msg        string
	}{
		{0, false, graph.EN, 0, 0, "betweenness: about 3 h 10 min exact; about 56 s for ±0.005 with 99 % confidence (--approx 0.005)"},
		{0, false, graph.NB, 0, 0, "mellomhet: om lag 3 t 10 min eksakt; om lag 56 s for ±0,005 med 99 % sikkerhet (--approx 0.005)"},
		{0, true, graph.EN, 0, 0, "betweenness: about 20 min exact; about 43 s for ±0.002 with 99 % confidence (--approx 0.002)"},
		{5 * time.Hour, false, graph.EN, 0, 0, "betweenness: about 3 h 10 min exact; about 56 s for ±0.005 with 99 % confidence (--approx 0.005)"},
		{time.Minute, false, graph.EN, 0.005, time.Minute, "betweenness: about 3 h 10 min exact, over --max-time 1 min; sampling instead: ±0.005 with 99 % confidence (about 56 s)"},
		{time.Minute, false, graph.NB, 0.005, time.Minute, "mellomhet: om lag 3 t 10 min eksakt, over --max-time 1 min; regner med utvalg: ±0,005 med 99 % sikkerhet (om lag 56 s)"},
		{time.Second, false, graph.EN, 0.1, time.Second, "betweenness: about 3 h 10 min exact, over --max-time 1 s; sampling instead: ±0.1 with 99 % confidence (about 6 s); even that does not fit"},
	} {
		e := *est
		e.Unweighted = c.unweighted
		f := approxFlags{confidence: 0.99, maxTime: c.maxTime}
		eps, budget, msg := f.decide(&e, c.lang)
		if eps != c.eps || budget != c.budget || msg != c.msg {
			t.Errorf("max-time %v unweighted %v %s: %g, %v,\n%q, want %g, %v,\n%q", c.maxTime, c.unweighted, c.lang, eps, budget, msg, c.eps, c.budget, c.msg)
		}
	}
	short := *est
	short.Exact = 9 * time.Second
	if eps, budget, msg := (&approxFlags{confidence: 0.99}).decide(&short, graph.EN); eps != 0 || budget != 0 || msg != "" {
		t.Errorf("short: %g, %v, %q", eps, budget, msg)
	}
}

func TestHumanDuration(t *testing.T) {
	for _, c := range []struct {
		d      time.Duration
		en, nb string
	}{
		{0, "1 s", "1 s"},
		{1500 * time.Millisecond, "2 s", "2 s"},
		{59 * time.Second, "59 s", "59 s"},
		{2*time.Minute + 5*time.Second, "2 min 5 s", "2 min 5 s"},
		{5 * time.Minute, "5 min", "5 min"},
		{42*time.Minute + 40*time.Second, "43 min", "43 min"},
		{2 * time.Hour, "2 h", "2 t"},
		{26*time.Hour + 5*time.Minute, "26 h 5 min", "26 t 5 min"},
	} {
		if en, nb := humanDuration(c.d, graph.EN), humanDuration(c.d, graph.NB); en != c.en || nb != c.nb {
			t.Errorf("%v: %q, %q, want %q, %q", c.d, en, nb, c.en, c.nb)
		}
	}
}

func TestProgressLine(t *testing.T) {
	for _, c := range []struct {
		done, total int
		elapsed     time.Duration
		lang        graph.Lang
		want        string
	}{
		{10, 100, 2 * time.Second, graph.EN, "samkart: shortest paths 10%"},
		{25, 100, 20 * time.Second, graph.EN, "samkart: shortest paths 25% (about 1 min left)"},
		{25, 100, 20 * time.Second, graph.NB, "samkart: korteste veier 25\u00a0% (om lag 1 min igjen)"},
		{100, 100, 20 * time.Second, graph.EN, "samkart: shortest paths 100%"},
		{999, 1000, 20 * time.Second, graph.EN, "samkart: shortest paths 99% (about 1 s left)"},
	} {
		if got := progressLine("paths", c.done, c.total, c.elapsed, c.lang); got != c.want {
			t.Errorf("%d/%d after %v: %q, want %q", c.done, c.total, c.elapsed, got, c.want)
		}
	}
}

// TestApproxDeterministic checks that a seed gives the same sampled
// output, another seed another, and that --max-time leaves a network too
// small to estimate exact, byte for byte.
func TestApproxDeterministic(t *testing.T) {
	run := func(args ...string) string {
		t.Helper()
		out, stderr, code := runArgs(t, append([]string{"metrics", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return out
	}
	a := run("--approx", "0.05", "--seed", "4", "../../examples/region")
	if b := run("--approx", "0.05", "--seed", "4", "../../examples/region"); a != b {
		t.Error("the same seed gave different output")
	}
	if c := run("--approx", "0.05", "--seed", "5", "../../examples/region"); a == c {
		t.Error("another seed gave the same output")
	}
	if exact, budget := run("../../examples/region"), run("--max-time", "1ns", "../../examples/region"); exact != budget {
		t.Error("--max-time changed the output of a small network")
	}
}
