//go:build unix

// Command suite runs the whole metrics suite on a dataset folder the way
// `samkart metrics DIR --format json --quiet` does (importers.Source.LoadNetwork,
// metrics.Compute), without writing the JSON, which is the command's own
// (its presentation layer is internal to cmd/samkart), for the igraph
// comparison in ../../compare.sh (SIDE=suite).
// With -v it reports the time of each step on standard error; with -keep
// it reads the contact records with importers.Load and builds the network
// from them instead, to measure what aggregating while reading saves.
package main

import (
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
)

func main() {
	verbose := flag.Bool("v", false, "report step times on standard error")
	keep := flag.Bool("keep", false, "keep the contact and meeting records after building the network")
	seed := flag.Uint64("seed", 1, "Louvain seed")
	approx := flag.Float64("approx", 0, "sample the path measures, betweenness within `EPS` (0: exact)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: suite [-v] [-seed N] [-approx EPS] DATASET")
		os.Exit(2)
	}
	t0 := time.Now()
	step := func(what string) {
		if *verbose {
			var ru syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			fmt.Fprintf(os.Stderr, "%-22s %8.3f s wall %8.3f s cpu\n", what, time.Since(t0).Seconds(), cpu.Seconds())
		}
	}
	var n *graph.Network
	var err error
	if *keep {
		var ds *graph.Dataset
		if ds, err = importers.Load(flag.Arg(0)); err == nil {
			n, err = graph.Build(ds, graph.BuildOptions{Window: graph.All})
		}
	} else {
		n, err = importers.Source{Dir: flag.Arg(0)}.LoadNetwork(graph.BuildOptions{Window: graph.All})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "suite:", err)
		os.Exit(2)
	}
	step("build")
	last := ""
	r := metrics.Compute(n, metrics.Options{Seed: *seed, Approx: *approx, Progress: func(s string, done, total int) {
		if s != last {
			step("start " + s)
			last = s
		}
	}})
	step("compute")
	fmt.Printf("%d units, %d municipalities\n", r.Network.Units, len(r.Municipalities))
	if m := r.PathMethod; m != nil {
		fmt.Printf("sampled: %d pairs, %d weighted, %d sources\n", m.Samples, m.SamplesWeighted, m.Sources)
	}
}
