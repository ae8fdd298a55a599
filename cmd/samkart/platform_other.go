//go:build !windows

package main

import (
	"os"

	"github.com/samkart/samkart/graph"
)

// systemLang returns "": outside Windows the locale is in the
// environment (LC_ALL, LC_MESSAGES, LANG).
func systemLang() graph.Lang { return "" }

// startedAlone reports whether standard input is not a terminal, as when
// a file manager starts samkart.
func startedAlone() bool { return !isTTY(os.Stdin) }
