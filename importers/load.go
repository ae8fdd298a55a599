package importers

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// Source says where a dataset's files are: a folder, whose files are
// found by their names; several folders read as one dataset; or files
// named one by one, in the operating system's file system or in FS. A
// Source with more than one of Dir, Dirs and Files is a mistake of the
// caller, and its Load panics.
//
// A folder that holds no units file but folders that do (a region's
// folder of municipality folders) is read as those folders, in the order
// of their names, as Dirs would read them.
type Source struct {
	FS    fs.FS       // the file system the files are in; nil for the operating system's
	Dir   string      // the dataset folder
	Dirs  []string    // several dataset folders, read as one dataset
	Files graph.Files // the files named one by one

	// Frequencies are the words of the survey's frequency question, in
	// contacts per year; nil for the vocabulary's.
	Frequencies *graph.FrequencyScale
}

// Load reads the dataset in folder dir: Source{Dir: dir}.Load().
func Load(dir string) (*graph.Dataset, error) { return Source{Dir: dir}.Load() }

// Load reads the dataset: a folder's units.csv (required), and
// contacts.csv, meetings.csv, municipalities.csv and expected.csv when
// they are there (file names in any case; the bokmål names enheter.csv,
// kontakter.csv, møter.csv, kommuner.csv and forventet.csv also do), or
// the files s.Files names, of which Units is required. The dataset is
// named after the folder, or the folder the units file is in; a dataset
// of several folders after them all, joined by "+".
//
// The files of several folders make one dataset: units with the same id
// in two folders (a Husbanken regional office, a directorate) are one
// unit, and must agree on name, agency, level, municipality, region and
// parent; contacts, meetings (whose ids count within their file) and
// expected ties are put together, and so are municipalities, which must
// agree too.
//
// Problems in the input are returned as an ErrorList (or a
// *graph.InputError when a folder is not a dataset folder or a file
// cannot be reached) naming each file as the folder joined with its name;
// other failures to read the file system are returned as they are.
// Suspicious but usable input gives Dataset.Warnings.
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
	n := 0
	for _, set := range []bool{s.Dir != "", len(s.Dirs) > 0, s.Files != (graph.Files{})} {
		if set {
			n++
		}
	}
	if n > 1 {
		panic("importers: a Source with more than one of Dir, Dirs and Files")
	}
	x := fileSystem{s.FS}
	var parts []graph.Files
	var name string
	switch {
	case s.Dir != "" || len(s.Dirs) > 0:
		dirs := s.Dirs
		if s.Dir != "" {
			dirs = []string{s.Dir}
		}
		var names []string
		for _, dir := range dirs {
			p, err := x.datasets(dir)
			if err != nil {
				return nil, err
			}
			parts = append(parts, p...)
			names = append(names, x.name(dir))
		}
		name = strings.Join(names, "+")
	case s.FS != nil:
		parts, name = []graph.Files{s.Files}, path.Base(path.Dir(s.Files.Units))
	default:
		parts, name = []graph.Files{s.Files}, x.name(filepath.Dir(s.Files.Units))
	}
	l, err := load(parts, x.opener(), build, s.Frequencies)
	if err != nil {
		return nil, err
	}
	l.ds.Name = name
	return l, nil
}

// loader reads the files of one dataset.
type loader struct {
	ds   *graph.Dataset
	open opener
	errs ErrorList

	ids       map[string]int32 // unit key → index in ds.Units
	unitFile  []string         // the units file each unit is from
	parents   []parentRef      // the units that name a parent
	idt       *idTable         // the same, for the lookups of contacts and meetings
	unitSug   *suggester
	nameIDs   map[string]string            // a unit's name in lower case → its id, for names written as ids
	tied      []bool                       // tied[i]: unit i has a contact of weight > 0 or a meeting
	munFile   []string                     // the file each municipality is from
	expectSet map[graph.Expectation]string // expected rows, without their line, → their file
	sizes     map[string]int64             // the size of each file read, 0 when not known
	plausible plausibility

	// builder, when set, aggregates the contacts as they are read instead
	// of Dataset.Contacts keeping them.
	builder *graph.Builder

	freq *graph.FrequencyScale // the survey's frequency words
	surv *surveyRead           // the survey being read
}

// load reads the datasets whose files parts names as one dataset.
func load(parts []graph.Files, open opener, build *graph.BuildOptions, freq *graph.FrequencyScale) (*loader, error) {
	for _, p := range parts {
		if p.Units == "" {
			return nil, &graph.InputError{Err: ErrNoUnitsFile}
		}
	}
	l := &loader{ds: graph.NewDataset(""), open: open, freq: freq}
	l.ds.Files = parts[0]
	if len(parts) > 1 {
		l.ds.Parts = parts
	}
	all := true
	for _, p := range parts {
		ok, err := l.file(p.Units, l.units)
		if err != nil {
			return nil, err
		}
		all = all && ok
	}
	if !all {
		return nil, l.errs.err() // without units, every other file's ids would be unknown
	}
	l.unitsDone()
	if build != nil {
		l.builder = graph.NewBuilder(l.ds, *build)
	}
	for _, r := range []struct {
		name func(graph.Files) string
		read func(*csvFile, *fileErrors) (bool, error)
	}{
		{func(f graph.Files) string { return f.Contacts }, l.contacts},
		{func(f graph.Files) string { return f.Meetings }, l.meetings},
		{func(f graph.Files) string { return f.Municipalities }, l.municipalities},
		{func(f graph.Files) string { return f.Expected }, l.expected},
		{func(f graph.Files) string { return f.Survey }, l.survey},
	} {
		for _, p := range parts {
			if name := r.name(p); name != "" {
				if _, err := l.file(name, r.read); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(l.errs) > 0 {
		l.suggest()
		return nil, l.errs.err()
	}
	l.surveyDone()
	l.untied()
	l.plausibleWarnings()
	return l, nil
}

// unitsDone readies the lookups of the units, once every units file is
// read, and checks the parents.
func (l *loader) unitsDone() {
	ds := l.ds
	keys := make([]string, len(ds.Units))
	for i := range ds.Units {
		keys[i] = ds.Units[i].Key
	}
	l.unitSug = newSuggester(keys)
	l.checkParents()
	l.tied = make([]bool, len(ds.Units))
	l.plausible.unitsRead(len(ds.Units))
	l.idt = newIDTable(keys)
}

// file opens one input file and reads it with read, which reports whether
// the file could be read at all.
func (l *loader) file(name string, read func(*csvFile, *fileErrors) (bool, error)) (bool, error) {
	rc, size, err := l.open(name)
	if err != nil {
		var e *graph.InputError
		if errors.As(err, &e) {
			l.errs = append(l.errs, e)
			return false, nil
		}
		return false, err
	}
	defer rc.Close()
	if l.sizes == nil {
		l.sizes = make(map[string]int64)
	}
	l.sizes[name] = size
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

// suggest adds "did you mean" to the errors about unknown units: the id
// of the unit of that name, when a unit's name was written instead of its
// id, else the nearest id.
func (l *loader) suggest() {
	for _, e := range l.errs {
		if !errors.Is(e, ErrUnknownUnit) {
			continue
		}
		if id, ok := l.idOfName(e.Value); ok {
			e.Err = ErrNameForID
			e.Args = []any{quote(e.Value)}
			e.Suggestion = id
			continue
		}
		if s := l.unitSug.suggest(e.Value); s != "" {
			e.Suggestion = s
		}
	}
}

// idOfName returns the id of the unit named name (ignoring case), when
// exactly one unit has that name.
func (l *loader) idOfName(name string) (string, bool) {
	if l.nameIDs == nil {
		l.nameIDs = make(map[string]string)
		for i := range l.ds.Units {
			u := &l.ds.Units[i]
			if u.Name == u.Key {
				continue // a unit without a name is named by its id
			}
			low := strings.ToLower(strings.TrimSpace(u.Name))
			if _, dup := l.nameIDs[low]; dup {
				l.nameIDs[low] = "" // two units of that name: no suggestion
			} else {
				l.nameIDs[low] = u.Key
			}
		}
	}
	id := l.nameIDs[strings.ToLower(strings.TrimSpace(name))]
	return id, id != ""
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
	none := true
	for _, p := range append([]graph.Files{ds.Files}, ds.Parts...) {
		none = none && p.Contacts == "" && p.Meetings == "" && p.Survey == ""
	}
	if none {
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
		l.warn(ds.Files.Units, 0, trf("%s enheter har ingen bånd: %s", "%s units have no tie: %s", graph.Count(n), list))
	}
}

// row gives the fields of the current record of a file, trimmed and
// decoded to UTF-8.
type row struct {
	f   *csvFile
	s   scanner
	dec []byte

	checkEnc bool     // the chunk has bytes to check: see start
	enc      encTally // what the checks found
}

// encTally counts the valid UTF-8 sequences of more than one byte and
// the bytes that are not valid UTF-8 in the records of a file not in
// Windows-1252, and keeps an error for each record that is not valid
// UTF-8 until the file's encoding is known (encodingDone).
type encTally struct {
	valid, bad int
	rows       fileErrors
}

// add adds the tally of the records that follow t's.
func (t *encTally) add(o *encTally) {
	t.valid += o.valid
	t.bad += o.bad
	t.rows.merge(&o.rows)
}

// start readies r for the records of a chunk: it checks their encoding
// when the file is UTF-8 and the chunk is not valid UTF-8, or when the
// file's first block was ASCII and the chunk is not.
func (r *row) start(data []byte, line int) {
	r.s.reset(data, line, r.f.delim, true)
	switch r.f.enc {
	case encCP1252:
		r.checkEnc = false
	case encUTF8:
		r.checkEnc = !utf8.Valid(data)
	default:
		r.checkEnc = !isASCII(data)
	}
}

// checkEncoding tallies the scanned record's bytes and keeps an error at
// its first field that is not valid UTF-8.
func (r *row) checkEncoding() {
	first := -1
	for i := range r.s.fields {
		v, bad := utf8Count(r.s.value(i))
		r.enc.valid += v
		r.enc.bad += bad
		if bad > 0 && first < 0 {
			first = i
		}
	}
	if first >= 0 {
		r.enc.rows.add(r.valueError(first, ErrMixedEncoding))
	}
}

// encodingDone adds the errors about records that are not valid UTF-8 to
// errs when the file is UTF-8: when its first block said so, or, when
// that was ASCII, its records do (encodingOf). Otherwise the file is
// Windows-1252 from where it stops being ASCII, and its records were read
// so.
func (f *csvFile) encodingDone(t *encTally, errs *fileErrors) {
	if len(t.rows.list) == 0 && t.rows.more == 0 {
		return
	}
	if f.enc == encUTF8 || f.enc == encASCII && encodingOf(t.valid, t.bad) == encUTF8 {
		errs.merge(&t.rows)
	}
}

// isASCII reports whether b has only bytes below 0x80.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
		e.Field = r.f.field(col)
		e.Cell = col + 1
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
		errs.add(&graph.InputError{File: r.f.name, Line: s.fields[s.errField].line, Column: s.column(s.errField, r.f.enc),
			Cell: s.errField + 1, Field: r.f.field(s.errField), Err: s.err})
		return false
	}
	if len(s.fields) == n && len(trim(s.value(0))) > 0 {
		if r.checkEnc {
			r.checkEncoding()
		}
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
		if r.checkEnc {
			r.checkEncoding()
		}
		return true
	}
	e := &graph.InputError{File: r.f.name, Line: s.recLine, Err: ErrFieldCount,
		Args:     []any{len(s.fields), graph.T("felt", plural(len(s.fields), "field", "fields"))},
		WantArgs: []any{n, delimName(r.f.delim)}}
	if len(s.fields) > n {
		e.Line, e.Column, e.Cell = s.fields[n].line, s.column(n, r.f.enc), n+1
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
	r := &row{f: f, enc: encTally{rows: fileErrors{file: f.name}}}
	err := f.ck.run(1, f.nulCheck(errs), func(ch *chunk) {
		r.start(ch.data, ch.line)
		for r.s.next() == recOK {
			if r.shape(c.n, errs) {
				fn(r)
			}
		}
	}, func(*chunk) {})
	f.encodingDone(&r.enc, errs)
	return err
}
