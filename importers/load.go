package importers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Source says where a dataset's files are: a folder, whose files are
// found by their names, or files named one by one, in the operating
// system's file system or in FS. A Source with both Dir and Files is a
// mistake of the caller, and its Load panics.
type Source struct {
	FS    fs.FS       // the file system the files are in; nil for the operating system's
	Dir   string      // the dataset folder
	Files graph.Files // the files named one by one, when Dir is ""
}

// Load reads the dataset in folder dir: Source{Dir: dir}.Load().
func Load(dir string) (*graph.Dataset, error) { return Source{Dir: dir}.Load() }

// Load reads the dataset: a folder's units.csv (required), and
// contacts.csv, meetings.csv, municipalities.csv and expected.csv when
// they are there (file names in any case; the bokmål names enheter.csv,
// kontakter.csv, møter.csv, kommuner.csv and forventet.csv also do), or
// the files s.Files names, of which Units is required. The dataset is
// named after the folder, or the folder the units file is in.
//
// Problems in the input are returned as an ErrorList (or a
// *graph.InputError when the folder is not a dataset folder) naming each
// file as the folder joined with its name; failures to read the file
// system are returned as they are. Suspicious but usable input gives
// Dataset.Warnings.
func (s Source) Load() (*graph.Dataset, error) {
	l, err := s.load(nil)
	if err != nil {
		return nil, err
	}
	return l.ds, nil
}

// LoadNetwork reads the dataset as Load does and builds its network with
// opt while reading, without keeping the contact records (the network's
// Dataset has no Contacts): for analyses of the network alone, at
// national scale, it needs a fraction of Load's memory and time.
func (s Source) LoadNetwork(opt graph.BuildOptions) (*graph.Network, error) {
	l, err := s.load(&opt)
	if err != nil {
		return nil, err
	}
	return l.builder.Network()
}

// load finds the files, opens them in s's file system and reads them,
// building the network with build when it is set.
func (s Source) load(build *graph.BuildOptions) (*loader, error) {
	if s.Dir != "" && s.Files != (graph.Files{}) {
		panic("importers: a Source with both Dir and Files")
	}
	files, name, err := s.Files, "", error(nil)
	open := openOS
	switch {
	case s.FS != nil && s.Dir != "":
		files, err = fsFolderFiles(s.FS, s.Dir)
		name = path.Base(s.Dir)
	case s.FS != nil:
		name = path.Base(path.Dir(files.Units))
	case s.Dir != "":
		files, err = folderFiles(s.Dir)
		name = dirName(s.Dir)
	default:
		name = dirName(filepath.Dir(files.Units))
	}
	if err != nil {
		return nil, err
	}
	if s.FS != nil {
		open = openFS(s.FS)
	}
	l, err := load(files, open, build)
	if err != nil {
		return nil, err
	}
	l.ds.Name = name
	return l, nil
}

// folderFiles finds the dataset files in folder dir.
func folderFiles(dir string) (graph.Files, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return graph.Files{}, err
	}
	if !fi.IsDir() {
		return graph.Files{}, &graph.InputError{File: dir, Err: ErrNotFolder}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return graph.Files{}, err
	}
	return findFiles(dir, ents, filepath.Join)
}

// fsFolderFiles finds the dataset files in folder dir of fsys.
func fsFolderFiles(fsys fs.FS, dir string) (graph.Files, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return graph.Files{}, err
	}
	return findFiles(dir, ents, path.Join)
}

// openFS returns an opener of the files of fsys.
func openFS(fsys fs.FS) func(string) (io.ReadCloser, int64, error) {
	return func(p string) (io.ReadCloser, int64, error) {
		f, err := fsys.Open(p)
		if err != nil {
			return nil, 0, err
		}
		var size int64
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
		return f, size, nil
	}
}

func openOS(name string) (io.ReadCloser, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	return f, size, nil
}

func dirName(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Base(dir)
}

// fileRoles are the names a dataset folder's files may have, without the
// extension (.csv, .tsv or .txt), in lower case.
var fileRoles = [...][]string{
	{"units", "enheter"},
	{"contacts", "kontakter"},
	{"meetings", "møter", "moter"},
	{"municipalities", "kommuner"},
	{"expected", "forventet", "forventninger"},
}

// findFiles picks the dataset's files from a folder listing.
func findFiles(dir string, ents []fs.DirEntry, join func(...string) string) (graph.Files, error) {
	var found [len(fileRoles)]string
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		name := strings.ToLower(e.Name())
		ext := path.Ext(name)
		if ext != ".csv" && ext != ".tsv" && ext != ".txt" {
			continue
		}
		base := strings.TrimSuffix(name, ext)
		for role, names := range fileRoles {
			for _, n := range names {
				if base != n {
					continue
				}
				if found[role] != "" {
					return graph.Files{}, &graph.InputError{File: join(dir, e.Name()), Err: ErrTwoFiles,
						Args: []any{fileRoles[role][0], found[role], e.Name()}}
				}
				found[role] = e.Name()
			}
		}
	}
	if found[0] == "" {
		return graph.Files{}, &graph.InputError{File: join(dir, "units.csv"), Err: ErrUnitsNotFound}
	}
	files := graph.Files{Units: join(dir, found[0])}
	for role, p := range []*string{nil, &files.Contacts, &files.Meetings, &files.Municipalities, &files.Expected} {
		if p != nil && found[role] != "" {
			*p = join(dir, found[role])
		}
	}
	return files, nil
}

// loader reads the files of one dataset.
type loader struct {
	ds   *graph.Dataset
	open func(name string) (io.ReadCloser, int64, error)
	errs ErrorList

	ids     map[string]int32 // unit key → index in ds.Units
	idt     *idTable         // the same, for the lookups of contacts and meetings
	unitSug *suggester
	tied    []bool // tied[i]: unit i has a contact of weight > 0 or a meeting

	// builder, when set, aggregates the contacts as they are read instead
	// of Dataset.Contacts keeping them.
	builder *graph.Builder
}

func load(files graph.Files, open func(string) (io.ReadCloser, int64, error), build *graph.BuildOptions) (*loader, error) {
	if files.Units == "" {
		return nil, &graph.InputError{Err: ErrNoUnitsFile}
	}
	l := &loader{ds: graph.NewDataset(""), open: open}
	l.ds.Files = files
	ok, err := l.file(files.Units, l.units)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, l.errs.err() // without units, every other file's ids would be unknown
	}
	l.tied = make([]bool, len(l.ds.Units))
	keys := make([]string, len(l.ds.Units))
	for i := range l.ds.Units {
		keys[i] = l.ds.Units[i].Key
	}
	l.idt = newIDTable(keys)
	if build != nil {
		l.builder = graph.NewBuilder(l.ds, *build)
	}
	for _, r := range []struct {
		name string
		read func(*csvFile, *fileErrors) (bool, error)
	}{
		{files.Contacts, l.contacts},
		{files.Meetings, l.meetings},
		{files.Municipalities, l.municipalities},
		{files.Expected, l.expected},
	} {
		if r.name == "" {
			continue
		}
		if _, err := l.file(r.name, r.read); err != nil {
			return nil, err
		}
	}
	if len(l.errs) > 0 {
		l.suggest()
		return nil, l.errs.err()
	}
	l.untied()
	return l, nil
}

// file opens one input file and reads it with read, which reports whether
// the file could be read at all.
func (l *loader) file(name string, read func(*csvFile, *fileErrors) (bool, error)) (bool, error) {
	rc, size, err := l.open(name)
	if err != nil {
		return false, err
	}
	defer rc.Close()
	f, err := openCSV(name, rc, size)
	if err != nil {
		var e *graph.InputError
		if errors.As(err, &e) {
			l.errs = append(l.errs, e)
			return false, nil
		}
		return false, err
	}
	errs := &fileErrors{file: name}
	ok, err := read(f, errs)
	l.errs = append(l.errs, errs.done()...)
	return ok, err
}

// warn adds a warning.
func (l *loader) warn(file string, line int, msg graph.Text) {
	l.ds.Warnings = append(l.ds.Warnings, graph.Warning{File: file, Line: line, Msg: msg})
}

// suggest adds "did you mean" to the errors about unknown units.
func (l *loader) suggest() {
	for _, e := range l.errs {
		if !errors.Is(e, ErrUnknownUnit) {
			continue
		}
		if s := l.unitSug.suggest(e.Value); s != "" {
			e.Suggestion = s
		}
	}
}

// unknownUnit is the error at e for an id that units.csv does not define.
func unknownUnit(e *graph.InputError, id string) *graph.InputError {
	e.Err, e.Value, e.Args = ErrUnknownUnit, id, []any{quote(id)}
	return e
}

// maxListed bounds the names listed in one warning.
const maxListed = 10

// untied warns about units that no contact or meeting ties to another.
func (l *loader) untied() {
	ds := l.ds
	if ds.Files.Contacts == "" && ds.Files.Meetings == "" {
		return
	}
	tied := l.tied
	for i := range ds.Meetings {
		if m := &ds.Meetings[i]; len(m.Units) > 1 {
			for _, u := range m.Units {
				tied[u] = true
			}
		}
	}
	var names []string
	n := 0
	for i, t := range tied {
		if !t {
			if n++; n <= maxListed {
				names = append(names, ds.Units[i].Key)
			}
		}
	}
	if n == 0 {
		return
	}
	list := listSome(names, n)
	if n == 1 {
		l.warn(ds.Files.Units, 0, graph.T("1 enhet har ingen bånd: "+list.NB, "1 unit has no tie: "+list.EN))
	} else {
		l.warn(ds.Files.Units, 0, graph.T(fmt.Sprintf("%d enheter har ingen bånd: %s", n, list.NB),
			fmt.Sprintf("%d units have no tie: %s", n, list.EN)))
	}
}

// row gives the fields of the current record of a file, trimmed and
// decoded to UTF-8.
type row struct {
	f   *csvFile
	s   scanner
	dec []byte
}

// raw returns field col as in the file, trimmed; nil for col −1.
func (r *row) raw(col int) []byte {
	if col < 0 || col >= len(r.s.fields) {
		return nil
	}
	return trim(r.s.value(col))
}

// text returns field col as UTF-8, valid until the next call.
func (r *row) text(col int) []byte { return decode(r.raw(col), r.f.enc, &r.dec) }

func (r *row) str(col int) string { return string(r.text(col)) }

func (r *row) line() int { return r.s.recLine }

// at returns an error at field col (at the record when col is −1)
// saying p.
func (r *row) at(col int, p *graph.Problem, args ...any) *graph.InputError {
	e := &graph.InputError{File: r.f.name, Line: r.s.recLine, Err: p, Args: args}
	if col >= 0 && col < len(r.s.fields) {
		e.Line = r.s.fields[col].line
		e.Column = r.s.column(col, r.f.enc)
		e.Field = r.f.header[col]
	}
	return e
}

// valueError returns the error p about the value of field col.
func (r *row) valueError(col int, p error, wantArgs ...any) *graph.InputError {
	e := r.at(col, nil)
	e.Err, e.Value, e.WantArgs = p, string(r.text(col)), wantArgs
	return e
}

// shape reports whether the scanned record is one to read: it reports a
// broken record or one with the wrong number of fields, and skips records
// whose fields are all empty.
func (r *row) shape(n int, errs *fileErrors) bool {
	s := &r.s
	if s.err != nil {
		errs.add(&graph.InputError{File: r.f.name, Line: s.fields[s.errField].line, Column: s.column(s.errField, r.f.enc), Err: s.err})
		return false
	}
	if len(s.fields) == n && len(trim(s.value(0))) > 0 {
		return true // the common case, cheaply
	}
	empty := true
	for i := range s.fields {
		if len(trim(s.value(i))) > 0 {
			empty = false
			break
		}
	}
	if empty {
		return false // a blank row, such as ";;;;" from Excel
	}
	if len(s.fields) == n {
		return true
	}
	e := &graph.InputError{File: r.f.name, Line: s.recLine, Err: ErrFieldCount,
		Args:     []any{len(s.fields), graph.T("felt", plural(len(s.fields), "field", "fields"))},
		WantArgs: []any{n, delimName(r.f.delim)}}
	if len(s.fields) > n {
		e.Line, e.Column = s.fields[n].line, s.column(n, r.f.enc)
	}
	errs.add(e)
	return false
}

// plural returns one for 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func delimName(d byte) string {
	switch d {
	case '\t':
		return "tab"
	case ';':
		return `";"`
	case ',':
		return `","`
	}
	return quote(string(rune(d)))
}

// nulCheck stops reading a file at a NUL byte: the file is not text.
func (f *csvFile) nulCheck(errs *fileErrors) func(*chunk) bool {
	return func(ch *chunk) bool {
		i := bytes.IndexByte(ch.data, 0)
		if i < 0 {
			return true
		}
		errs.add(&graph.InputError{File: f.name, Line: ch.line + bytes.Count(ch.data[:i], nl), Err: ErrBinary, Args: []any{""}})
		return false
	}
}

// rows calls fn for each well-formed record of f, in order, on the
// caller's goroutine.
func (f *csvFile) rows(c columns, errs *fileErrors, fn func(r *row)) error {
	r := &row{f: f}
	return f.ck.run(1, f.nulCheck(errs), func(ch *chunk) {
		r.s.reset(ch.data, ch.line, f.delim, true)
		for r.s.next() == recOK {
			if r.shape(c.n, errs) {
				fn(r)
			}
		}
	}, func(*chunk) {})
}
