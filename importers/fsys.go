package importers

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/samkart/samkart/graph"
)

// fileSystem is where a Source's files are: the operating system's files,
// or those of an fs.FS.
type fileSystem struct {
	fsys fs.FS // nil for the operating system's
}

func (x fileSystem) join(elem ...string) string {
	if x.fsys != nil {
		return path.Join(elem...)
	}
	return filepath.Join(elem...)
}

func (x fileSystem) stat(name string) (fs.FileInfo, error) {
	if x.fsys != nil {
		return fs.Stat(x.fsys, name)
	}
	return os.Stat(name)
}

func (x fileSystem) readDir(name string) ([]fs.DirEntry, error) {
	if x.fsys != nil {
		return fs.ReadDir(x.fsys, name)
	}
	return os.ReadDir(name)
}

// name returns the name a dataset in folder dir is known by: the folder's
// base name.
func (x fileSystem) name(dir string) string {
	if x.fsys != nil {
		return path.Base(dir)
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Base(dir)
}

// opener opens a file for reading, returning its size when it is known
// (0 otherwise).
type opener func(name string) (io.ReadCloser, int64, error)

// opener returns the opener of x's files. Problems a user can fix (no
// such file, no permission, a folder, a link loop, a pipe nobody writes
// to) are *graph.InputErrors.
func (x fileSystem) opener() opener {
	if x.fsys == nil {
		return openOS
	}
	return func(name string) (io.ReadCloser, int64, error) {
		f, err := x.fsys.Open(name)
		if err != nil {
			return nil, 0, fsError(name, err)
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, 0, fsError(name, err)
		}
		if fi.IsDir() {
			f.Close()
			return nil, 0, &graph.InputError{File: name, Err: ErrIsFolder}
		}
		return f, fi.Size(), nil
	}
}

// OpenFile opens a file of the operating system for reading, as Load
// opens the files of a dataset: what a user can fix (no such file, no
// permission, a folder, a link loop, a named pipe no program writes to) is
// a *graph.InputError in words. It returns the file's size when it is
// known, 0 otherwise.
func OpenFile(name string) (io.ReadCloser, int64, error) { return openOS(name) }

// pipeTimeout is how long opening a named pipe waits for a program to
// open it for writing.
var pipeTimeout = 10 * time.Second

func openOS(name string) (io.ReadCloser, int64, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, 0, fsError(name, err)
	}
	switch {
	case fi.IsDir():
		return nil, 0, &graph.InputError{File: name, Err: ErrIsFolder}
	case fi.Mode()&fs.ModeNamedPipe != 0:
		return openPipe(name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, fsError(name, err)
	}
	return f, fi.Size(), nil
}

// openPipe opens a named pipe, which blocks until a program opens it for
// writing, and gives up after pipeTimeout. The open that was given up
// stays blocked until a writer comes; the file is then closed.
func openPipe(name string) (io.ReadCloser, int64, error) {
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened, 1)
	go func() {
		f, err := os.Open(name)
		done <- opened{f, err}
	}()
	timer := time.NewTimer(pipeTimeout)
	defer timer.Stop()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, 0, fsError(name, o.err)
		}
		return o.f, 0, nil
	case <-timer.C:
		go func() {
			if o := <-done; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, 0, &graph.InputError{File: name, Err: ErrPipeTimeout, Args: []any{int(pipeTimeout / time.Second)}}
	}
}

// fsError returns the failure err to reach name as a *graph.InputError
// when it is one a user can fix, and err itself otherwise.
func fsError(name string, err error) error {
	var p *graph.Problem
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		p = ErrNoSuchFile
	case errors.Is(err, fs.ErrPermission):
		p = ErrNoPermission
	case errors.Is(err, syscall.ELOOP):
		p = ErrLinkLoop
	case errors.Is(err, syscall.EISDIR):
		p = ErrIsFolder
	default:
		return err
	}
	return &graph.InputError{File: name, Err: p}
}

// datasets returns the files of the datasets in folder dir: dir's own
// when it holds a units file, else those of the folders in it that hold
// one (a folder of municipality folders), in the order of their names.
func (x fileSystem) datasets(dir string) ([]graph.Files, error) {
	fi, err := x.stat(dir)
	if err != nil {
		return nil, fsError(dir, err)
	}
	if !fi.IsDir() {
		return nil, &graph.InputError{File: dir, Err: ErrNotFolder}
	}
	ents, err := x.readDir(dir)
	if err != nil {
		return nil, fsError(dir, err)
	}
	files, err := findFiles(dir, ents, x.join)
	if err == nil || !errors.Is(err, ErrUnitsNotFound) {
		return []graph.Files{files}, err
	}
	var parts []graph.Files
	for _, e := range ents {
		sub := x.join(dir, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if fi, serr := x.stat(sub); serr != nil || !fi.IsDir() {
			continue
		}
		subEnts, serr := x.readDir(sub)
		if serr != nil {
			return nil, fsError(sub, serr)
		}
		f, serr := findFiles(sub, subEnts, x.join)
		switch {
		case serr == nil:
			parts = append(parts, f)
		case !errors.Is(serr, ErrUnitsNotFound):
			return nil, serr
		}
	}
	if len(parts) == 0 {
		return nil, err
	}
	return parts, nil
}

// fileRoles are the names a dataset folder's files may have, without the
// extension (.csv, .tsv or .txt), in lower case.
var fileRoles = [...][]string{
	{"units", "enheter"},
	{"contacts", "kontakter"},
	{"meetings", "møter", "moter"},
	{"municipalities", "kommuner"},
	{"expected", "forventet", "forventninger"},
	{"survey", "undersøkelse", "undersokelse", "spørreundersøkelse", "sporreundersokelse"},
}

// roleOf returns the index in fileRoles of a file name, or −1.
func roleOf(name string) int {
	name = strings.ToLower(name)
	ext := path.Ext(name)
	if ext != ".csv" && ext != ".tsv" && ext != ".txt" {
		return -1
	}
	base := strings.TrimSuffix(name, ext)
	for role, names := range fileRoles {
		for _, n := range names {
			if base == n {
				return role
			}
		}
	}
	return -1
}

// findFiles picks the dataset's files from a folder listing. A folder
// named as a file, such as units.csv, is an error.
func findFiles(dir string, ents []fs.DirEntry, join func(...string) string) (graph.Files, error) {
	var found [len(fileRoles)]string
	for _, e := range ents {
		role := roleOf(e.Name())
		switch {
		case role < 0:
			continue
		case e.IsDir():
			return graph.Files{}, &graph.InputError{File: join(dir, e.Name()), Err: ErrIsFolder}
		case found[role] != "":
			return graph.Files{}, &graph.InputError{File: join(dir, e.Name()), Err: ErrTwoFiles,
				Args: []any{fileRoles[role][0], found[role], e.Name()}}
		}
		found[role] = e.Name()
	}
	if found[0] == "" {
		return graph.Files{}, &graph.InputError{File: join(dir, "units.csv"), Err: ErrUnitsNotFound}
	}
	files := graph.Files{Units: join(dir, found[0])}
	for role, p := range []*string{nil, &files.Contacts, &files.Meetings, &files.Municipalities, &files.Expected, &files.Survey} {
		if p != nil && found[role] != "" {
			*p = join(dir, found[role])
		}
	}
	return files, nil
}
