package draw

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/goccy/go-graphviz"
)

// Graphviz runs as WebAssembly, compiled to machine code by wazero when
// the first diagram is laid out (about 0.7 s; nothing is compiled for a
// command that draws nothing). A Renderer's Cache keeps that machine code
// between runs, which brings the start down to under 0.1 s. Whoever can
// write into the cache can choose the code samkart runs, so a cache is
// used only when it is a real folder of the current user that no one else
// can write to, inside a folder no one else can rename it in; any other
// cache is reported and Graphviz is compiled in memory instead. (The
// go-graphviz release samkart builds on kept its cache in a shared folder
// of the temporary directory; samkart carries a patched copy that lets the
// caller choose, in graph/draw/third_party/go-graphviz.)

// CacheProblem is why a Renderer's Cache was not used.
type CacheProblem int

const (
	// CacheNotFolder: the path is a symbolic link or not a folder.
	CacheNotFolder CacheProblem = iota + 1
	// CacheForeign: the folder belongs to another user.
	CacheForeign
	// CacheWritableByOthers: other users may write into the folder, or
	// rename it in its parent folder.
	CacheWritableByOthers
	// CacheUnusable: the folder could not be created, read or written.
	CacheUnusable
)

// CacheError reports a Renderer's Cache that was not used; Graphviz was
// compiled in memory instead.
type CacheError struct {
	Dir     string       // the folder: Cache, or one inside it
	Problem CacheProblem // why it was not used
	Err     error        // the system's error, for CacheUnusable
}

func (e *CacheError) Error() string {
	why := map[CacheProblem]string{
		CacheNotFolder:        "not a folder",
		CacheForeign:          "owned by another user",
		CacheWritableByOthers: "writable by other users",
		CacheUnusable:         "cannot be used",
	}[e.Problem]
	s := fmt.Sprintf("draw: Graphviz cache %s %s; compiled in memory", e.Dir, why)
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *CacheError) Unwrap() error { return e.Err }

// startGraphviz starts the Graphviz module of the process, with r's cache
// when it is safe to use, else in memory. A cache that was not used is
// reported to r.Warn. The caller holds gv.sem.
func (r *Renderer) startGraphviz(ctx context.Context) error {
	if graphviz.Started() {
		return nil
	}
	if r != nil && r.Cache != "" {
		cerr := checkCache(r.Cache)
		if cerr == nil {
			err := graphviz.Start(ctx, r.Cache)
			if err == nil {
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			cerr = &CacheError{Dir: r.Cache, Problem: CacheUnusable, Err: err}
		}
		if r.Warn != nil {
			r.Warn(cerr)
		}
	}
	return graphviz.Start(ctx, "")
}

// checkCache creates dir (mode 0700) when it is missing and returns
// nil when it is safe to keep compiled code in: see CacheProblem.
func checkCache(dir string) *CacheError {
	dir = filepath.Clean(dir)
	if !filepath.IsAbs(dir) {
		return &CacheError{Dir: dir, Problem: CacheUnusable, Err: errors.New("not an absolute path")}
	}
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return &CacheError{Dir: dir, Problem: CacheUnusable, Err: err}
		}
	}
	if err := checkCacheDir(dir); err != nil {
		return err
	}
	if err := checkParent(filepath.Dir(dir)); err != nil {
		return err
	}
	// wazero keeps its code in one subfolder per version: each must be
	// as safe as dir (one made by an older samkart with looser modes, or
	// by someone else before dir was locked down, is refused).
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &CacheError{Dir: dir, Problem: CacheUnusable, Err: err}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "wazero-") {
			if err := checkCacheDir(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkCacheDir checks one folder of the cache: a real folder, the
// current user's, not writable by anyone else.
func checkCacheDir(dir string) *CacheError {
	fi, err := os.Lstat(dir)
	if err != nil {
		return &CacheError{Dir: dir, Problem: CacheUnusable, Err: err}
	}
	if !fi.IsDir() {
		return &CacheError{Dir: dir, Problem: CacheNotFolder}
	}
	if p := checkOwner(fi, false); p != 0 {
		return &CacheError{Dir: dir, Problem: p}
	}
	return nil
}

// checkParent checks the folder the cache is in: another user who may
// write into it could rename the cache and put a folder of theirs in its
// place. It must be the current user's or the administrator's, and
// writable by others only when sticky (as /tmp is).
func checkParent(dir string) *CacheError {
	fi, err := os.Stat(dir)
	if err != nil {
		return &CacheError{Dir: dir, Problem: CacheUnusable, Err: err}
	}
	if p := checkOwner(fi, true); p != 0 {
		return &CacheError{Dir: dir, Problem: p}
	}
	return nil
}
