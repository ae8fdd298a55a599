package draw

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-graphviz"
)

// cacheChild is the argument that makes this test binary render one graph
// with the cache folder given after it, in a process of its own (Graphviz
// starts once per process), and report what it did on standard error.
const cacheChild = "__cache"

func serveCacheChild(dir string) int {
	r := &Renderer{Cache: dir, Warn: func(err error) {
		var ce *CacheError
		if errors.As(err, &ce) {
			fmt.Fprintf(os.Stderr, "warning: problem %d: %v\n", ce.Problem, err)
		}
	}}
	var buf bytes.Buffer
	if err := r.Render(context.Background(), []byte("graph { a -- b }"), FormatSVG, &buf); err != nil {
		fmt.Fprintln(os.Stderr, "render:", err)
		return 1
	}
	if !bytes.Contains(buf.Bytes(), []byte("<svg")) {
		fmt.Fprintln(os.Stderr, "render: no SVG")
		return 1
	}
	return 0
}

// runCacheChild renders in a child process with cache dir, as uid when
// uid >= 0 (see asUser), and returns its standard error; the child must
// succeed.
func runCacheChild(t *testing.T, exe, dir string, uid int) string {
	t.Helper()
	cmd := exec.Command(exe, cacheChild, dir)
	if uid >= 0 {
		asUser(cmd, uid)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("child with cache %s: %v\n%s", dir, err, stderr.String())
	}
	return stderr.String()
}

// listTree lists every path under dir with its size, for comparing a
// folder before and after a run.
func listTree(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s %v %d", strings.TrimPrefix(p, dir), fi.Mode(), fi.Size()))
		return nil
	})
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func exe(t *testing.T) string {
	t.Helper()
	p, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	return p
}

// TestCacheCheck checks which folders are refused as a cache, without
// starting Graphviz.
func TestCacheCheck(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no ownership checks on Windows")
	}
	base := t.TempDir()
	mk := func(name string, mode os.FileMode) string {
		p := filepath.Join(base, name)
		if err := os.MkdirAll(p, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	file := filepath.Join(base, "file")
	os.WriteFile(file, nil, 0o600)
	link := filepath.Join(base, "link")
	os.Symlink(mk("target", 0o700), link)
	stickyParent := mk("sticky", 0o777|os.ModeSticky)
	openParent := mk("open", 0o777)
	oldWazero := mk("old", 0o700)
	mk("old/wazero-v1.9.0-amd64-linux", 0o777)
	for _, tc := range []struct {
		dir  string
		want CacheProblem
	}{
		{filepath.Join(base, "new", "samkart"), 0},
		{mk("mine", 0o700), 0},
		{mk("readable", 0o755), 0},
		{mk("world", 0o777), CacheWritableByOthers},
		{mk("group", 0o770), CacheWritableByOthers},
		{link, CacheNotFolder},
		{file, CacheNotFolder},
		{filepath.Join(file, "samkart"), CacheUnusable},
		{"relative/samkart", CacheUnusable},
		{filepath.Join(stickyParent, "samkart"), 0},
		{filepath.Join(openParent, "samkart"), CacheWritableByOthers},
		{oldWazero, CacheWritableByOthers},
	} {
		err := checkCache(tc.dir)
		var got CacheProblem
		if err != nil {
			got = err.Problem
		}
		if got != tc.want {
			t.Errorf("%s: problem %d (%v), want %d", tc.dir, got, err, tc.want)
		}
	}
	if fi, err := os.Stat(filepath.Join(base, "new", "samkart")); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("a new cache folder: %v, %v; want mode 0700", fi.Mode(), err)
	}
	if os.Geteuid() == 0 {
		foreign := mk("foreign", 0o700)
		if err := os.Chown(foreign, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if err := checkCache(foreign); err == nil || err.Problem != CacheForeign {
			t.Errorf("a folder of another user: %v; want CacheForeign", err)
		}
	}
}

// TestCacheForeign plants a cache as another user would, world-writable
// and holding an entry for this very wazero version, and renders with it:
// the render succeeds, the cache is reported and nothing in it is read or
// written.
func TestCacheForeign(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no ownership checks on Windows")
	}
	dir := filepath.Join(t.TempDir(), "samkart")
	sub := filepath.Join(dir, "wazero-v1.10.1-"+runtime.GOARCH+"-"+runtime.GOOS)
	if err := os.MkdirAll(sub, 0o777); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	os.Chmod(sub, 0o777)
	// Entries of every name wazero could look up would be needed to plant
	// code; an unreadable file in their place shows that none is opened.
	planted := filepath.Join(sub, strings.Repeat("ab", 32))
	if err := os.WriteFile(planted, []byte("WAZEVO planted"), 0o666); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		for _, p := range []string{dir, sub, planted} {
			if err := os.Chown(p, 65534, 65534); err != nil {
				t.Fatal(err)
			}
		}
	}
	before := listTree(t, dir)
	stderr := runCacheChild(t, exe(t), dir, -1)
	if !strings.Contains(stderr, "warning: problem") || !strings.Contains(stderr, "compiled in memory") {
		t.Errorf("no warning about the cache:\n%s", stderr)
	}
	if after := listTree(t, dir); after != before {
		t.Errorf("the foreign cache changed:\n%s\nwas\n%s", after, before)
	}
}

// TestCacheOwn renders twice with a new cache: the first run fills it,
// the second reads it, and neither warns.
func TestCacheOwn(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache", "samkart")
	for run := range 2 {
		if stderr := runCacheChild(t, exe(t), dir, -1); stderr != "" {
			t.Errorf("run %d: %s", run, stderr)
		}
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "wazero-*", "*"))
	if len(entries) == 0 {
		t.Errorf("nothing cached in %s", dir)
	}
	if runtime.GOOS != "windows" {
		if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
			t.Errorf("cache folder mode %v, %v; want 0700", fi.Mode(), err)
		}
	}
}

// TestCacheUnwritable renders with a cache that cannot be created (a
// path through a file): the render succeeds in memory and says why.
func TestCacheUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	stderr := runCacheChild(t, exe(t), filepath.Join(file, "samkart"), -1)
	if !strings.Contains(stderr, fmt.Sprintf("problem %d", CacheUnusable)) {
		t.Errorf("want a CacheUnusable warning, got:\n%s", stderr)
	}
}

// TestRenderDOTStartsNothing checks, in a fresh process, that writing
// DOT does not start Graphviz (commands that draw nothing never compile
// it).
func TestRenderDOTStartsNothing(t *testing.T) {
	out, err := exec.Command(exe(t), dotChild).CombinedOutput()
	if err != nil {
		t.Errorf("%v\n%s", err, out)
	}
}

// dotChild is the argument that makes this test binary write one graph
// as DOT and fail if that started Graphviz.
const dotChild = "__dot"

func serveDOTChild() int {
	var buf bytes.Buffer
	if err := (&Renderer{}).Render(context.Background(), []byte("graph { a -- b }"), FormatDOT, &buf); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if graphviz.Started() {
		fmt.Fprintln(os.Stderr, "Graphviz started for DOT output")
		return 1
	}
	return 0
}
