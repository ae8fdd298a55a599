package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/samkart/samkart/graph"
)

// A folder given as the only argument, which is what dropping a folder
// on samkart.exe does, asks for the report on it, written beside the
// data; an empty folder asks for the template to fill in. When samkart was not started from a terminal, the window that
// shows its messages closes when it exits: it opens the report in the
// browser and waits for Enter first.

// reportFolder is the name of the report's folder in language l.
func reportFolder(l graph.Lang) string {
	if l == graph.NB {
		return "samkart-rapport"
	}
	return "samkart-report"
}

// droppedFolder returns the dataset folder arg names: arg itself when it
// is a folder, or the folder of a data file dropped instead of its
// folder.
func droppedFolder(arg string) (string, bool) {
	fi, err := os.Stat(arg)
	switch {
	case err != nil:
		return "", false
	case fi.IsDir():
		return arg, true
	}
	switch strings.ToLower(filepath.Ext(arg)) {
	case ".csv", ".tsv", ".txt":
		return filepath.Dir(arg), true
	}
	return "", false
}

// runFolder writes the report on dir into dir/samkart-rapport (or
// samkart-report) and returns the exit status.
// An empty folder gets the template to fill in instead.
func runFolder(ctx context.Context, e *env, dir string) int {
	if ents, err := os.ReadDir(dir); err == nil && len(ents) == 0 {
		code := runCommand(ctx, e, cmdInit, []string{"--lang", string(e.lang), "--", dir})
		if e.alone {
			waitForEnter(ctx, e)
		}
		return code
	}
	out := filepath.Join(dir, reportFolder(e.lang))
	code := runCommand(ctx, e, cmdReport, []string{"--out", out, "--lang", string(e.lang), "--", dir})
	if !e.alone {
		return code
	}
	if code == 0 && e.openFile != nil {
		index := filepath.Join(out, "index.html")
		if err := e.openFile(index); err != nil {
			fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
				"åpne "+index+" i en nettleser for å lese rapporten",
				"open "+index+" in a browser to read the report").In(e.lang))
		} else {
			fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
				"rapporten åpnes i nettleseren", "the report opens in the browser").In(e.lang))
		}
	}
	waitForEnter(ctx, e)
	return code
}

// runWithoutFolder tells someone who started samkart with a double click
// what to do, and waits for Enter before the window closes.
func runWithoutFolder(e *env) int {
	fmt.Fprint(e.stderr, graph.T(`samkart lager en rapport om samarbeidet mellom etatene fra CSV-filer i en mappe.

  Dra mappen med dataene (enheter.csv, kontakter.csv, …) over samkart.exe,
  eller skriv i et terminalvindu:  samkart rapport MAPPE

  En mal å fylle ut:  dra en tom mappe over samkart.exe
  Alle kommandoene:   samkart hjelp
`, `samkart writes a report on the collaboration between agencies from CSV files in a folder.

  Drop the folder with the data (units.csv, contacts.csv, …) on samkart.exe,
  or type in a terminal window:  samkart report FOLDER

  A template to fill in:  drop an empty folder on samkart.exe
  All the commands:       samkart help
`).In(e.lang))
	waitForEnter(context.Background(), e)
	return 2
}

// waitForEnter asks for Enter and waits for it, for the end of standard
// input or for ctx to be cancelled.
func waitForEnter(ctx context.Context, e *env) {
	if e.stdin == nil {
		return
	}
	fmt.Fprintf(e.stderr, "\n%s", graph.T("Trykk Enter for å lukke vinduet. ", "Press Enter to close this window. ").In(e.lang))
	done := make(chan struct{})
	go func() {
		bufio.NewReader(e.stdin).ReadString('\n')
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}
