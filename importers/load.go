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

// Load reads the dataset in folder dir: units.csv (required), and
// contacts.csv, meetings.csv, municipalities.csv and expected.csv when
// they are there (file names in any case; the bokmål names enheter.csv,
// kontakter.csv, møter.csv, kommuner.csv and forventet.csv also do).
// The dataset is named after the folder.
//
// Problems in the input are returned as an ErrorList (or an *Error when
// the folder is not a dataset folder) naming each file as
// filepath.Join(dir, name); failures to read the file system are returned
// as they are. Suspicious but usable input gives Dataset.Warnings.
func Load(dir string) (*graph.Dataset, error) {
	files, err := folderFiles(dir)
	if err != nil {
		return nil, err
	}
	l, err := load(files, openOS, nil)
	if err != nil {
		return nil, err
	}
	l.ds.Name = dirName(dir)
	return l.ds, nil
}

// folderFiles finds the dataset files in folder dir.
func folderFiles(dir string) (graph.Files, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return graph.Files{}, err
	}
	if !fi.IsDir() {
		return graph.Files{}, (&Error{File: dir}).say(tr("ikke en mappe", "not a folder"),
			tr("en datamappe med units.csv, eller --units FIL", "a dataset folder holding units.csv, or --units FILE"))
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return graph.Files{}, err
	}
	return findFiles(dir, ents, filepath.Join)
}

// LoadFiles reads the dataset from the files f names; Units is required,
// the other files are read when named. The dataset is named after the
// folder the units file is in. Errors are as for Load.
func LoadFiles(f graph.Files) (*graph.Dataset, error) {
	l, err := load(f, openOS, nil)
	if err != nil {
		return nil, err
	}
	l.ds.Name = dirName(filepath.Dir(f.Units))
	return l.ds, nil
}

// LoadFS reads the dataset in folder name of fsys, as Load does; file names
// in errors and warnings are "name/units.csv" and so on. It serves the
// examples embedded in the command.
func LoadFS(fsys fs.FS, name string) (*graph.Dataset, error) {
	ents, err := fs.ReadDir(fsys, name)
	if err != nil {
		return nil, err
	}
	files, err := findFiles(name, ents, path.Join)
	if err != nil {
		return nil, err
	}
	l, err := load(files, openFS(fsys), nil)
	if err != nil {
		return nil, err
	}
	l.ds.Name = path.Base(name)
	return l.ds, nil
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
					return graph.Files{}, (&Error{File: join(dir, e.Name())}).say(
						trf("to %s-filer: %s og %s", "two %s files: %s and %s", fileRoles[role][0], found[role], e.Name()),
						tr("én av dem", "one of them"))
				}
				found[role] = e.Name()
			}
		}
	}
	if found[0] == "" {
		return graph.Files{}, (&Error{File: join(dir, "units.csv")}).say(tr("filen finnes ikke", "no such file"),
			tr("en datamappe med units.csv (eller enheter.csv) med en id-kolonne",
				"a dataset folder holding units.csv (or enheter.csv) with an id column"))
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

// LoadNetwork reads the dataset in folder dir as Load does and builds its
// network with opt while reading, without keeping the contact records
// (the network's Dataset has no Contacts): for analyses of the network
// alone, at national scale, it needs a fraction of Load's memory and time.
func LoadNetwork(dir string, opt graph.BuildOptions) (*graph.Network, error) {
	files, err := folderFiles(dir)
	if err != nil {
		return nil, err
	}
	return loadNetwork(files, dirName(dir), opt)
}

// LoadFilesNetwork is LoadNetwork for the files f names, as LoadFiles
// reads them.
func LoadFilesNetwork(f graph.Files, opt graph.BuildOptions) (*graph.Network, error) {
	return loadNetwork(f, dirName(filepath.Dir(f.Units)), opt)
}

func loadNetwork(files graph.Files, name string, opt graph.BuildOptions) (*graph.Network, error) {
	l, err := load(files, openOS, &opt)
	if err != nil {
		return nil, err
	}
	l.ds.Name = name
	return l.builder.Network()
}

func load(files graph.Files, open func(string) (io.ReadCloser, int64, error), build *graph.BuildOptions) (*loader, error) {
	if files.Units == "" {
		return nil, (&Error{}).say(tr("ingen enhetsfil", "no units file"),
			tr("en units.csv (--units FIL) som lister enhetene", "a units.csv (--units FILE) listing the units"))
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
		var e *Error
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
		if e.unknown == "" {
			continue
		}
		if s := l.unitSug.suggest(e.unknown); s != "" {
			e.Msg += fmt.Sprintf("; did you mean %s?", quote(s))
			e.MsgNB += fmt.Sprintf("; mente du %s?", quote(s))
			e.Want, e.WantNB = "", ""
		}
	}
}

// unknownUnit is the error for an id that units.csv does not define.
func unknownUnit(e *Error, id string) *Error {
	e.say(trf("ukjent enhet %s", "unknown unit %s", quote(id)), tr("en id fra enhetsfilen", "an id from the units file"))
	e.unknown = id
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

// at returns an error at field col (at the record when col is −1).
func (r *row) at(col int) *Error {
	e := &Error{File: r.f.name, Line: r.s.recLine}
	if col >= 0 && col < len(r.s.fields) {
		e.Line = r.s.fields[col].line
		e.Column = r.s.column(col, r.f.enc)
		e.Field = r.f.header[col]
	}
	return e
}

// errorf returns an error at field col saying the value is wrong: the
// message starts with the column's header and the value.
func (r *row) errorf(col int, want, msg graph.Text) *Error {
	e := r.at(col)
	head := fmt.Sprintf("%s %s: ", e.Field, quote(string(r.text(col))))
	return e.say(graph.T(head+msg.NB, head+msg.EN), want)
}

// shape reports whether the scanned record is one to read: it reports a
// broken record or one with the wrong number of fields, and skips records
// whose fields are all empty.
func (r *row) shape(n int, errs *fileErrors) bool {
	s := &r.s
	if s.err != "" {
		errs.add((&Error{File: r.f.name, Line: s.fields[s.errField].line, Column: s.column(s.errField, r.f.enc)}).say(phrase(s.err),
			tr("anførselstegn bare i slutten av et felt i anførselstegn, eller doblet (\"\") inni det",
				"a quote only at the end of a quoted field, or doubled (\"\") inside it")))
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
	e := (&Error{File: r.f.name, Line: s.recLine}).say(
		graph.T(plural(len(s.fields), "felt", "felt"), plural(len(s.fields), "field", "fields")),
		trf("%d, som i overskriftslinjen (skilletegn %s)", "%d, as in the header (delimiter %s)", n, delimName(r.f.delim)))
	if len(s.fields) > n {
		e.Line, e.Column = s.fields[n].line, s.column(n, r.f.enc)
	}
	errs.add(e)
	return false
}

// plural returns "1 field", "2 fields".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
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
		errs.add((&Error{File: f.name, Line: ch.line + bytes.Count(ch.data[:i], nl)}).say(
			tr("binære data (en NUL-byte), ikke tekst", "binary data (a NUL byte), not text"), binaryWant))
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
