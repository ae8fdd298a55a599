//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
)

func testEnv() (*env, *bytes.Buffer) {
	var out bytes.Buffer
	return &env{stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}, &out
}

// leftovers returns the hidden temporary files and folders in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tmp []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			tmp = append(tmp, e.Name())
		}
	}
	return tmp
}

func TestWriteOutputTargets(t *testing.T) {
	dir := t.TempDir()
	e, stdout := testEnv()

	t.Run("stdout", func(t *testing.T) {
		stdout.Reset()
		if err := writeOutput(e, "-", nil, []byte("til skjerm\n")); err != nil {
			t.Fatal(err)
		}
		if stdout.String() != "til skjerm\n" {
			t.Errorf("standard output %q", stdout)
		}
	})

	t.Run("symlink", func(t *testing.T) {
		real := filepath.Join(dir, "ekte.txt")
		if err := os.WriteFile(real, []byte("gammel"), 0o640); err != nil {
			t.Fatal(err)
		}
		os.Chmod(real, 0o640)
		other := filepath.Join(dir, "lenker")
		os.Mkdir(other, 0o755)
		link := filepath.Join(other, "lenke.txt")
		if err := os.Symlink("../ekte.txt", link); err != nil {
			t.Fatal(err)
		}
		if err := writeOutput(e, link, nil, []byte("ny")); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("the link is no longer a link: %v %v", fi.Mode(), err)
		}
		if b, _ := os.ReadFile(real); string(b) != "ny" {
			t.Errorf("the file the link names holds %q", b)
		}
		if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o640 {
			t.Errorf("mode %v, want the replaced file's 0640", fi.Mode().Perm())
		}
		if l := append(leftovers(t, dir), leftovers(t, other)...); len(l) > 0 {
			t.Errorf("temporary files left: %v", l)
		}
	})

	t.Run("dangling symlink", func(t *testing.T) {
		link := filepath.Join(dir, "peker")
		if err := os.Symlink("ny-fil.txt", link); err != nil {
			t.Fatal(err)
		}
		if err := writeOutput(e, link, nil, []byte("x")); err != nil {
			t.Fatal(err)
		}
		if b, err := os.ReadFile(filepath.Join(dir, "ny-fil.txt")); err != nil || string(b) != "x" {
			t.Errorf("the file the link names: %q, %v", b, err)
		}
	})

	t.Run("named pipe", func(t *testing.T) {
		fifo := filepath.Join(dir, "rør")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		got := make(chan []byte)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- nil
				return
			}
			b, _ := io.ReadAll(f)
			f.Close()
			got <- b
		}()
		data := bytes.Repeat([]byte("samhandling\n"), 20000) // more than a pipe holds
		if err := writeOutput(e, fifo, nil, data); err != nil {
			t.Fatal(err)
		}
		select {
		case b := <-got:
			if !bytes.Equal(b, data) {
				t.Errorf("the reader got %d bytes, want %d", len(b), len(data))
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the reader got nothing")
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
			t.Errorf("the pipe was replaced: %v %v", fi.Mode(), err)
		}
	})

	t.Run("pipe without reader, cancelled", func(t *testing.T) {
		fifo := filepath.Join(dir, "stille")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		e := *e
		e.ctx = ctx
		err := writeOutput(&e, fifo, nil, []byte("x"))
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err %v, want the context's", err)
		}
	})

	t.Run("device", func(t *testing.T) {
		if fi, err := os.Lstat("/dev/null"); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
			t.Skipf("/dev/null is not a device here: %v %v", fi.Mode(), err)
		}
		if err := writeOutput(e, "/dev/null", nil, []byte("forsvinner")); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat("/dev/null"); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
			t.Fatalf("/dev/null is no longer a device: %v %v", fi.Mode(), err)
		}
	})

	t.Run("/dev/stdout", func(t *testing.T) {
		before, err := os.Lstat("/dev/stdout")
		if err != nil {
			t.Skip(err)
		}
		stdout.Reset()
		if err := writeOutput(e, "/dev/stdout", nil, []byte("hit")); err != nil {
			t.Fatal(err)
		}
		if stdout.String() != "hit" {
			t.Errorf("standard output %q", stdout)
		}
		if after, err := os.Lstat("/dev/stdout"); err != nil || after.Mode() != before.Mode() {
			t.Errorf("/dev/stdout changed: %v → %v (%v)", before.Mode(), after.Mode(), err)
		}
	})

	t.Run("folder", func(t *testing.T) {
		err := writeOutput(e, dir, nil, []byte("x"))
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("err %v, want a usage error", err)
		}
	})
}

// TestWriteOutputUmask writes a new file under umask 077 and replaces a
// file of mode 0644: the new one is 0600, the replaced one stays 0644.
func TestWriteOutputUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	e, _ := testEnv()
	fresh := filepath.Join(dir, "ny.csv")
	if err := writeOutput(e, fresh, nil, []byte("a,b\n")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o600 {
		t.Errorf("new file: mode %v, want 0600", fi.Mode().Perm())
	}
	kept := filepath.Join(dir, "gammel.csv")
	os.WriteFile(kept, []byte("x"), 0o644)
	os.Chmod(kept, 0o644)
	if err := writeOutput(e, kept, nil, []byte("y")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(kept); fi.Mode().Perm() != 0o644 {
		t.Errorf("replaced file: mode %v, want 0644", fi.Mode().Perm())
	}

	syscall.Umask(0o022)
	other := filepath.Join(dir, "delt.csv")
	if err := writeOutput(e, other, nil, []byte("z")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(other); fi.Mode().Perm() != 0o644 {
		t.Errorf("new file under umask 022: mode %v, want 0644", fi.Mode().Perm())
	}
}

// TestWriteOutputCancelled cancels the context while the output is being
// written, as SIGINT or SIGTERM does: the target is untouched and no
// temporary file is left.
func TestWriteOutputCancelled(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "metrics.json")
	os.WriteFile(path, []byte("forrige"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	e, _ := testEnv()
	e.ctx = ctx
	err := writeOutputFunc(e, path, nil, func(w io.Writer) error {
		chunk := bytes.Repeat([]byte("x"), 1<<16)
		for i := 0; ; i++ {
			if i == 10 {
				if l := leftovers(t, dir); len(l) != 1 {
					t.Errorf("while writing: temporary files %v, want one", l)
				}
				cancel()
			}
			if _, err := w.Write(chunk); err != nil {
				return err
			}
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "forrige" {
		t.Errorf("target changed: %d bytes", len(b))
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

// TestRemoveTemporary checks that the temporary file of a write in
// progress is removed by removeTemporary, as a program exiting on a
// signal calls it.
func TestRemoveTemporary(t *testing.T) {
	dir := t.TempDir()
	e, _ := testEnv()
	done := make(chan error)
	inside := make(chan struct{})
	release := make(chan struct{})
	go func() {
		done <- writeOutputFunc(e, filepath.Join(dir, "ut.txt"), nil, func(w io.Writer) error {
			w.Write(bytes.Repeat([]byte("y"), 1<<17))
			close(inside)
			<-release
			return errors.New("stopped")
		})
	}()
	<-inside
	if l := leftovers(t, dir); len(l) != 1 {
		t.Fatalf("temporary files %v, want one", l)
	}
	removeTemporary()
	if l := leftovers(t, dir); len(l) != 0 {
		t.Errorf("after removeTemporary: %v", l)
	}
	close(release)
	<-done
}

func TestWriteReportDir(t *testing.T) {
	ctx := context.Background()
	parent := t.TempDir()
	dir := filepath.Join(parent, "rapport")
	files := func(page string, names ...string) []reportFile {
		var fs []reportFile
		for _, n := range names {
			fs = append(fs, reportFile{n, []byte(n)})
		}
		return append(fs, reportFile{"index.html", []byte(page)})
	}
	if err := writeReportDir(ctx, dir, files("første", "levels.svg", "compare-networks.svg")); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "compare-budsjett.png")
	os.WriteFile(foreign, []byte("brukerens egen"), 0o644)
	os.Chmod(filepath.Join(dir, "levels.svg"), 0o600)

	if err := writeReportDir(ctx, dir, files("andre", "levels.svg")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "compare-networks.svg")); err == nil {
		t.Error("compare-networks.svg of the first report left behind")
	}
	if b, err := os.ReadFile(foreign); err != nil || string(b) != "brukerens egen" {
		t.Errorf("the user's compare-budsjett.png: %q, %v", b, err)
	}
	if fi, _ := os.Stat(filepath.Join(dir, "levels.svg")); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced levels.svg: mode %v, want 0600", fi.Mode().Perm())
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "andre" {
		t.Errorf("index.html %q", b)
	}
	if got := readManifest(dir); strings.Join(got, " ") != "levels.svg index.html" {
		t.Errorf("manifest %q", got)
	}

	// A manifest naming a path out of the folder is not followed.
	outside := filepath.Join(parent, "utenfor.txt")
	os.WriteFile(outside, []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, manifestName), []byte("../utenfor.txt\n/etc/passwd\n"), 0o644)
	if err := writeReportDir(ctx, dir, files("tredje")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("a file outside the folder was removed: %v", err)
	}
	if l := append(leftovers(t, dir), leftovers(t, parent)...); len(l) > 0 {
		t.Errorf("temporary folders left: %v", l)
	}
}

// TestWriteReportDirFails cancels the report half-way, as a full disk or
// a signal would stop it: the previous report stays whole, and a new
// folder is not created at all.
func TestWriteReportDirFails(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "rapport")
	big := reportFile{"network.png", bytes.Repeat([]byte("p"), 1<<20)}
	if err := writeReportDir(context.Background(), dir, []reportFile{big, {"index.html", []byte("forrige")}}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := writeReportDir(ctx, dir, []reportFile{{"network.png", []byte("ny")}, {"index.html", []byte("ny")}}); err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "forrige" {
		t.Errorf("index.html %q, want the previous report's", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "network.png")); len(b) != 1<<20 {
		t.Errorf("network.png has %d bytes, want the previous report's", len(b))
	}
	fresh := filepath.Join(parent, "ny-rapport")
	if err := writeReportDir(ctx, fresh, []reportFile{{"index.html", []byte("x")}}); err == nil {
		t.Fatal("no error")
	}
	if _, err := os.Stat(fresh); err == nil {
		t.Error("a cancelled new report left its folder")
	}
	if l := append(leftovers(t, dir), leftovers(t, parent)...); len(l) > 0 {
		t.Errorf("temporary folders left: %v", l)
	}
}

// TestWriteReportDirUmask checks that a new report folder and its files
// get the modes umask 077 gives.
func TestWriteReportDirUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "rapport")
	if err := writeReportDir(context.Background(), dir, []reportFile{{"index.html", []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(filepath.Join(dir, "index.html")); fi.Mode().Perm() != 0o600 {
		t.Errorf("index.html mode %v, want 0600", fi.Mode().Perm())
	}
}

// TestWriteOutputRefusesInput refuses to write over an input file, also
// through a symbolic link to it.
func TestWriteOutputRefusesInput(t *testing.T) {
	dir := t.TempDir()
	units := filepath.Join(dir, "units.csv")
	os.WriteFile(units, []byte("id\na\n"), 0o644)
	link := filepath.Join(dir, "ut.csv")
	os.Symlink("units.csv", link)
	ds := graph.NewDataset("x")
	ds.Files.Units = units
	e, _ := testEnv()
	for _, p := range []string{units, link} {
		var ue *usageError
		if err := writeOutput(e, p, ds, []byte("over")); !errors.As(err, &ue) {
			t.Errorf("%s: err %v, want a usage error", p, err)
		}
	}
	if b, _ := os.ReadFile(units); string(b) != "id\na\n" {
		t.Errorf("units.csv changed: %q", b)
	}
}
