// Command approx measures the sampled path measures against the exact ones
// on a dataset folder: the estimate samkart prints (metrics.EstimatePaths),
// the time of the exact path measures and of the sampled ones, and the
// largest error of each sampled measure over all units.
//
//	go run ./metrics/bench/cmd/approx -eps 0.005 DATASET
//
// With -exact=false it skips the exact measures (for networks where they
// take hours) and reports the estimate and the sampled time only.
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
)

func main() {
	eps := flag.Float64("eps", 0.005, "betweenness error of the sample")
	conf := flag.Float64("confidence", metrics.DefaultConfidence, "confidence of the sample")
	seed := flag.Uint64("seed", 1, "seed of the estimate and the sample")
	exact := flag.Bool("exact", true, "also compute the exact measures and the errors")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: approx [-eps EPS] [-confidence P] [-seed N] [-exact=false] DATASET")
		os.Exit(2)
	}
	n, err := importers.Source{Dir: flag.Arg(0)}.LoadNetwork(graph.BuildOptions{Window: graph.All})
	if err != nil {
		fmt.Fprintln(os.Stderr, "approx:", err)
		os.Exit(2)
	}
	_, nbr, _ := n.CSR()
	fmt.Printf("%d units, %d ties\n", n.Len(), len(nbr)/2)

	t0 := time.Now()
	est := metrics.EstimatePaths(n, *seed, nil)
	fmt.Printf("estimate (took %.1f s): exact %.1f s, sampled ±%g %.1f s (vertex diameter ≤ %d, weighted ≤ %d)\n",
		time.Since(t0).Seconds(), est.Exact.Seconds(), *eps, est.Approx(*eps, *conf).Seconds(), est.VD, est.VDWeighted)

	t0 = time.Now()
	pa, m, err := metrics.PathsApprox(context.Background(), n, metrics.PathOptions{Weighted: true}, *eps, *conf, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "approx:", err)
		os.Exit(1)
	}
	fmt.Printf("sampled: %.1f s (%d pairs, %d weighted pairs, %d sources, harmonic ±%g)\n",
		time.Since(t0).Seconds(), m.Samples, m.SamplesWeighted, m.Sources, m.SourceEps)
	if !*exact {
		return
	}

	t0 = time.Now()
	pe := metrics.Paths(n, metrics.PathOptions{Weighted: true})
	took := time.Since(t0)
	fmt.Printf("exact: %.1f s (estimate/actual %.2f)\n", took.Seconds(), est.Exact.Seconds()/took.Seconds())
	nn := float64(max(n.Len()-1, 1))
	worst := func(a, b []float64, scale float64) float64 {
		w := 0.0
		for v := range a {
			w = math.Max(w, math.Abs(a[v]-b[v])/scale)
		}
		return w
	}
	fmt.Printf("largest error: betweenness %.5f, weighted %.5f (bound %g); harmonic/(n-1) %.5f (bound %g)\n",
		worst(pa.Betweenness, pe.Betweenness, 1), worst(pa.BetweennessWeighted, pe.BetweennessWeighted, 1), *eps,
		worst(pa.Harmonic, pe.Harmonic, nn), m.SourceEps)
}
