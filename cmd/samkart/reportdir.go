package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// manifestName is the file in a report folder that lists the files the
// report wrote, so that the next report into the folder removes those it
// does not write again, and nothing else.
const manifestName = ".samkart-manifest"

// manifestHead is the manifest's first line.
const manifestHead = "# samkart report: the files it wrote here; a new report removes only these\n"

// reportFile is one file of a report folder.
type reportFile struct {
	name string
	data []byte
}

// writeReportDir writes files into the folder dir. The whole report is
// written to a temporary folder first, so that a failure (a full disk, a
// signal) leaves the previous report as it was, or no folder:
//
//   - a new folder is the temporary one renamed into place, with the mode
//     the umask gives;
//   - into an existing folder the files are moved one by one, index.html
//     last; a replaced file keeps its mode, and the files of the previous
//     report that this one does not write (as listed in its manifest) are
//     removed. Files samkart did not write are left alone.
func writeReportDir(ctx context.Context, dir string, files []reportFile) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return writeNewReportDir(ctx, dir, files)
	case err != nil:
		return err
	case !fi.IsDir():
		return usagef("-o %s: det er en fil, ikke en mappe", "-o %s: it is a file, not a folder", dir)
	}
	tmp, err := makeTempDir(dir, "samkart-report", 0o700)
	if err != nil {
		return err
	}
	defer func() {
		os.RemoveAll(tmp)
		releaseTemporary(tmp)
	}()
	modes := func(name string) (fs.FileMode, bool) {
		fi, err := os.Lstat(filepath.Join(dir, name))
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		return fi.Mode().Perm(), true
	}
	if err := fillReportDir(ctx, tmp, files, modes); err != nil {
		return err
	}
	old := readManifest(dir)
	for _, f := range append(files, reportFile{name: manifestName}) {
		if fi, err := os.Lstat(filepath.Join(dir, f.name)); err == nil && !fi.Mode().IsRegular() {
			return usagef("%s: finnes og er ikke en fil; rapporten skriver ikke over den",
				"%s: exists and is not a file; the report does not replace it", filepath.Join(dir, f.name))
		}
		if err := renameInPlace(filepath.Join(tmp, f.name), filepath.Join(dir, f.name)); err != nil {
			return err
		}
	}
	written := make(map[string]bool, len(files))
	for _, f := range files {
		written[f.name] = true
	}
	for _, name := range old {
		if !written[name] {
			p := filepath.Join(dir, name)
			if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() {
				os.Remove(p)
			}
		}
	}
	return nil
}

// writeNewReportDir writes the report into a temporary folder beside dir
// and renames it to dir.
func writeNewReportDir(ctx context.Context, dir string, files []reportFile) error {
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return err
	}
	tmp, err := makeTempDir(parent, filepath.Base(filepath.Clean(dir)), 0o777)
	if err != nil {
		return err
	}
	defer releaseTemporary(tmp)
	err = fillReportDir(ctx, tmp, files, func(string) (fs.FileMode, bool) { return 0, false })
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = renameInPlace(tmp, dir)
	}
	if err != nil {
		os.RemoveAll(tmp)
	}
	return err
}

// makeTempDir creates a hidden folder in dir; its mode is perm less the
// umask.
func makeTempDir(dir, base string, perm fs.FileMode) (string, error) {
	for range 100 {
		name := tempName(dir, base)
		err := os.Mkdir(name, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		holdTemporary(name)
		return name, nil
	}
	return "", errors.New(dir + ": no free temporary name")
}

// fillReportDir writes the files and the manifest into the empty folder
// tmp. A file that will replace one of the mode old(name) gets that mode;
// the others the mode the umask gives.
func fillReportDir(ctx context.Context, tmp string, files []reportFile, old func(string) (fs.FileMode, bool)) error {
	var manifest bytes.Buffer
	manifest.WriteString(manifestHead)
	for _, f := range files {
		manifest.WriteString(f.name + "\n")
	}
	all := append(append([]reportFile(nil), files...), reportFile{manifestName, manifest.Bytes()})
	for _, f := range all {
		if err := ctx.Err(); err != nil {
			return err
		}
		p := filepath.Join(tmp, f.name)
		out, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err != nil {
			return err
		}
		_, err = ctxWriter{ctx, out}.Write(f.data)
		if mode, ok := old(f.name); ok && err == nil {
			err = out.Chmod(mode)
		}
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// readManifest returns the file names the manifest in dir lists: plain
// names of files in the folder, never a path out of it.
func readManifest(dir string) []string {
	f, err := os.Open(filepath.Join(dir, manifestName))
	if err != nil {
		return nil
	}
	defer f.Close()
	var names []string
	s := bufio.NewScanner(io.LimitReader(f, 1<<20))
	for s.Scan() {
		name := strings.TrimSpace(s.Text())
		if name == "" || strings.HasPrefix(name, "#") || strings.HasPrefix(name, ".") ||
			strings.ContainsAny(name, `/\`) || name != filepath.Base(name) {
			continue
		}
		names = append(names, name)
	}
	return names
}
