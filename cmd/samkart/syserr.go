package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"syscall"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
)

// sysProblems are the system errors samkart says in words, with the exit
// status: 2 for a file named wrongly or not readable, which the user can
// fix, 1 for a failure of the machine.
var sysProblems = []struct {
	err    error
	nb, en string // formats of the path
	code   int
}{
	{fs.ErrNotExist, "%s finnes ikke", "%s does not exist", 2},
	{fs.ErrPermission, "samkart har ikke tilgang til %s (filrettighetene hindrer det)", "samkart may not open %s (its permissions forbid it)", 2},
	{syscall.ELOOP, "%s er en symbolsk lenke som peker i ring", "%s is a symbolic link that loops", 2},
	{syscall.EISDIR, "%s er en mappe; forventet en fil", "%s is a folder; expected a file", 2},
	{syscall.ENOTDIR, "%s: en del av stien er en fil, ikke en mappe", "%s: part of the path is a file, not a folder", 2},
	{syscall.ENAMETOOLONG, "%s: navnet er for langt", "%s: the name is too long", 2},
	{syscall.EROFS, "%s ligger på en disk som bare kan leses", "%s is on a read-only disk", 2},
	{syscall.ENOSPC, "det er ikke mer plass på disken (for %s)", "no space left on the disk (for %s)", 1},
	{syscall.EIO, "lesefeil eller skrivefeil på disken (%s)", "the disk failed to read or write (%s)", 1},
}

// tempNamePattern matches the temporary files samkart writes before
// renaming them onto their targets (tempName).
var tempNamePattern = regexp.MustCompile(`^\.(.+)\.tmp[0-9a-f]*$`)

// systemError says a file system error in words in both languages, with
// the path the user gave (a temporary file's target instead of it). ok
// is false for other errors.
func systemError(err error) (t graph.Text, code int, ok bool) {
	var path string
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		path = pe.Path
	case errors.As(err, &le):
		path = le.New
	default:
		return t, 0, false
	}
	if m := tempNamePattern.FindStringSubmatch(filepath.Base(path)); m != nil {
		if errors.Is(err, fs.ErrNotExist) {
			dir := filepath.Dir(path)
			return graph.T(fmt.Sprintf("mappen %s finnes ikke", dir), fmt.Sprintf("the folder %s does not exist", dir)), 2, true
		}
		path = filepath.Join(filepath.Dir(path), m[1])
	}
	for _, p := range sysProblems {
		if errors.Is(err, p.err) {
			return graph.T(fmt.Sprintf(p.nb, path), fmt.Sprintf(p.en, path)), p.code, true
		}
	}
	return t, 0, false
}

// warnCache tells the user why Graphviz's cache was not used.
func warnCache(e *env, err error) {
	var ce *draw.CacheError
	if !errors.As(err, &ce) {
		return
	}
	why := map[draw.CacheProblem]graph.Text{
		draw.CacheNotFolder:        graph.T("det er ikke en mappe", "it is not a folder"),
		draw.CacheForeign:          graph.T("den tilhører en annen bruker", "it belongs to another user"),
		draw.CacheWritableByOthers: graph.T("andre brukere kan skrive i den", "other users may write in it"),
		draw.CacheUnusable:         graph.T("den kan ikke brukes", "it cannot be used"),
	}[ce.Problem]
	if ce.Err != nil {
		if t, _, ok := systemError(ce.Err); ok {
			why = graph.T(why.NB+": "+t.NB, why.EN+": "+t.EN)
		} else {
			why = graph.T(why.NB+": "+ce.Err.Error(), why.EN+": "+ce.Err.Error())
		}
	}
	fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
		fmt.Sprintf("advarsel: bruker ikke mellomlageret for Graphviz i %s (%s); Graphviz kompileres i minnet", ce.Dir, why.NB),
		fmt.Sprintf("warning: not using the Graphviz cache in %s (%s); Graphviz is compiled in memory", ce.Dir, why.EN)).In(e.lang))
}
