package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// How -o writes:
//
//   - "-" or "" is standard output; /dev/stdout and /dev/stderr are the
//     process's own standard output and error.
//   - A symbolic link is followed to the file it names, which is written
//     in its own folder; the link stays a link.
//   - A regular file (or a new one) is written to a temporary file in the
//     same folder and renamed over it, so that a reader never sees half a
//     file. A replaced file keeps its mode (and its owner and group, where
//     the system allows it); a new one gets the mode the umask gives (0666
//     less the umask), and is 0600 while it is written.
//   - A named pipe, a device or a socket is written to directly, never
//     replaced.
//   - A folder is refused.
//
// When the context is cancelled (SIGINT, SIGTERM), the write stops and its
// temporary file is removed; removeTemporary removes any that a write in
// progress still has, for a program that exits without waiting for it.

// maxLinks is how many symbolic links resolveTarget follows, as Linux's
// MAXSYMLINKS.
const maxLinks = 40

// target is where -o PATH writes.
type target struct {
	path   string      // the file to write, after symbolic links
	direct bool        // a pipe, device or socket: written in place
	exists bool        // a regular file that is replaced
	mode   fs.FileMode // its permission bits, when it exists
	owner  *fileOwner  // its owner and group, where the system has them
	std    io.Writer   // /dev/stdout or /dev/stderr: this writer instead
}

// resolveTarget finds what writing to path means.
func resolveTarget(e *env, path string) (target, error) {
	switch filepath.Clean(path) {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return target{path: path, std: e.stdout}, nil
	case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
		return target{path: path, std: e.stderr}, nil
	}
	p := path
	for range maxLinks {
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return target{path: p}, nil // a new file, perhaps where a dangling link points
		case err != nil:
			return target{}, err
		case fi.Mode()&fs.ModeSymlink != 0:
			if isProcFD(p) {
				// /dev/fd/N and /proc/…/fd/N name open files, pipes
				// included, not paths: write through them.
				return target{path: p, direct: true}, nil
			}
			link, err := os.Readlink(p)
			if err != nil {
				return target{}, err
			}
			if !filepath.IsAbs(link) {
				link = filepath.Join(filepath.Dir(p), link)
			}
			p = link
			continue
		case fi.IsDir():
			return target{}, usagef("-o %s: det er en mappe; oppgi en fil", "-o %s: it is a folder; give a file", path)
		case fi.Mode().IsRegular():
			return target{path: p, exists: true, mode: fi.Mode().Perm(), owner: ownerOf(fi)}, nil
		}
		return target{path: p, direct: true}, nil // pipe, device, socket
	}
	return target{}, usagef("-o %s: for mange symbolske lenker etter hverandre (en løkke?)",
		"-o %s: too many symbolic links in a row (a loop?)", path)
}

// isProcFD reports whether p names a file descriptor (/dev/fd/N,
// /proc/self/fd/N, /proc/PID/fd/N).
func isProcFD(p string) bool {
	dir := filepath.Dir(filepath.Clean(p))
	return dir == "/dev/fd" || (strings.HasPrefix(dir, "/proc/") && filepath.Base(dir) == "fd")
}

// context returns the command's context, or the background one.
func (e *env) context() context.Context {
	if e.ctx == nil {
		return context.Background()
	}
	return e.ctx
}

// writeFile writes what write produces to path as -o does (see above).
func writeFile(ctx context.Context, e *env, path string, write func(io.Writer) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t, err := resolveTarget(e, path)
	if err != nil {
		return err
	}
	switch {
	case t.std != nil:
		return write(ctxWriter{ctx, t.std})
	case t.direct:
		return writeDirect(ctx, t.path, write)
	}
	return writeAtomic(ctx, t, write)
}

// writeFileAtomic writes data to path as -o does.
func writeFileAtomic(ctx context.Context, e *env, path string, data []byte) error {
	return writeFile(ctx, e, path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeDirect writes to a pipe or device in place. A pipe is opened
// without blocking, so that waiting for its reader ends when ctx does.
func writeDirect(ctx context.Context, path string, write func(io.Writer) error) error {
	var f *os.File
	for {
		var err error
		f, err = os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.ENXIO) { // ENXIO: a pipe nobody reads yet
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	defer f.Close()
	stop := context.AfterFunc(ctx, func() { f.SetWriteDeadline(time.Now()) })
	defer stop()
	err := write(ctxWriter{ctx, f})
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// ctxWriter fails every write once its context is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// temporary holds the names of the temporary files and folders being
// written, for removeTemporary.
var temporary struct {
	sync.Mutex
	names   map[string]bool
	aborted bool // interrupted: no rename may put a file in place
}

func holdTemporary(name string) {
	temporary.Lock()
	defer temporary.Unlock()
	if temporary.names == nil {
		temporary.names = make(map[string]bool)
	}
	temporary.names[name] = true
}

func releaseTemporary(name string) {
	temporary.Lock()
	defer temporary.Unlock()
	delete(temporary.names, name)
}

// removeTemporary removes the temporary files and folders of the writes
// in progress. A program that exits on a signal without waiting for its
// command calls it first.
func removeTemporary() {
	temporary.Lock()
	defer temporary.Unlock()
	for name := range temporary.names {
		os.RemoveAll(name)
		delete(temporary.names, name)
	}
}

// abortWrites removes the temporary files and folders of the writes in
// progress and refuses every rename to come, so that an interrupted samkart
// leaves neither a temporary file nor a changed target, even when it exits
// while a command is still writing.
func abortWrites() {
	temporary.Lock()
	temporary.aborted = true
	temporary.Unlock()
	removeTemporary()
}

// renameInPlace renames the temporary from onto to, unless samkart was
// interrupted: then it returns context.Canceled.
func renameInPlace(from, to string) error {
	temporary.Lock()
	defer temporary.Unlock()
	if temporary.aborted {
		return context.Canceled
	}
	return os.Rename(from, to)
}

// tempName returns a hidden name beside base in dir.
func tempName(dir, base string) string {
	var b [6]byte
	rand.Read(b[:])
	return filepath.Join(dir, "."+base+".tmp"+hex.EncodeToString(b[:]))
}

// createTemp creates a new file beside path, readable by its owner only,
// and returns it with the mode a new file gets from the umask.
func createTemp(path string) (f *os.File, umasked fs.FileMode, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	for range 100 {
		name := tempName(dir, base)
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, 0, err
		}
		holdTemporary(name)
		fi, err := f.Stat()
		if err == nil {
			umasked = fi.Mode().Perm()
			err = f.Chmod(0o600)
		}
		if err != nil {
			f.Close()
			os.Remove(name)
			releaseTemporary(name)
			return nil, 0, err
		}
		return f, umasked, nil
	}
	return nil, 0, fmt.Errorf("%s: no free temporary name", path)
}

// writeAtomic writes to a temporary file beside t.path and renames it
// over t.path.
func writeAtomic(ctx context.Context, t target, write func(io.Writer) error) error {
	f, umasked, err := createTemp(t.path)
	if err != nil {
		return err
	}
	name := f.Name()
	defer releaseTemporary(name)
	mode := umasked
	if t.exists {
		mode = t.mode
	}
	err = writeBuffered(ctxWriter{ctx, f}, write)
	if err == nil && t.owner != nil {
		f.Chown(t.owner.uid, t.owner.gid) // where allowed: root's, or a group of one's own
	}
	if err == nil {
		err = f.Chmod(mode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = renameInPlace(name, t.path)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}
