// Command suite runs the whole metrics suite on a dataset folder the way
// `samkart metrics DIR --format json --quiet` does (importers.Load,
// graph.Build, metrics.Compute, indented JSON on standard output), for the
// igraph comparison in ../../compare.sh while the samkart command is not
// there. With -v it reports the time of each step on standard error.
//
// It does what the command should do to keep memory down: once the
// network is built, the suite needs no contact or meeting records, so they
// are dropped (with -keep they stay), and the JSON is streamed with
// Result.WriteJSON rather than built in memory by encoding/json.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime"
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
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: suite [-v] [-seed N] DATASET")
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
	ds, err := importers.Load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "suite:", err)
		os.Exit(2)
	}
	step("load")
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		fmt.Fprintln(os.Stderr, "suite:", err)
		os.Exit(1)
	}
	if !*keep {
		ds.Contacts, ds.Meetings = nil, nil
		runtime.GC()
	}
	step("build")
	last := ""
	r := metrics.Compute(n, metrics.Options{Seed: *seed, Progress: func(s string, done, total int) {
		if s != last {
			step("start " + s)
			last = s
		}
	}})
	step("compute")
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	if err := r.WriteJSON(w); err != nil {
		fmt.Fprintln(os.Stderr, "suite:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "suite:", err)
		os.Exit(1)
	}
	step("json")
}
