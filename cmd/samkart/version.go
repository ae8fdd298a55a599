package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
)

// version is set at release time with -ldflags "-X main.version=v1.2.3".
var version = ""

var cmdVersion = &command{
	Name: "version",
	Args: "",
	Short: graph.T("skriv ut samkarts versjon",
		"print samkart's version"),
	Long: graph.T(`samkart version skriver ut samkarts versjon og Go-versjonen den ble bygd med.`,
		`Version prints samkart's version and the Go version it was built with.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		addLang(fs, "the messages")
		return func(ctx context.Context, e *env, args []string) error {
			if len(args) > 0 {
				return usagef("version tar ingen argumenter", "version takes no arguments")
			}
			v := version
			if v == "" {
				v = "(devel)"
				if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
					v = bi.Main.Version
				}
			}
			fmt.Fprintf(e.stdout, "samkart %s %s\n", v, runtime.Version())
			return nil
		}
	},
}
