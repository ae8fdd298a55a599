package importers

import (
	"bytes"
	"io"
	"runtime"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// A scanner splits a buffer of CSV text into records and fields without
// copying: a field is a span of the buffer, except that a quoted field
// with doubled quotes ("") is unescaped into a scratch buffer.
//
// The rules are those of RFC 4180 with Excel's habits: a field that starts
// with a quote runs to the next quote not doubled, and may hold delimiters
// and line breaks; a quote inside an unquoted field is kept as text; CRLF
// and LF both end a record; blank lines are skipped. Text after a closing
// quote, and a quote never closed, are errors of the record.
//
// A buffer that does not end at the end of the file (atEOF false) may stop
// in the middle of a record; next then reports incomplete, and the caller
// continues from recStart with more data. Chunks handed to workers always
// end at a record boundary, found by the same rules, so parsing in chunks
// gives the same records as parsing the whole file.
type scanner struct {
	buf   []byte
	delim byte
	atEOF bool

	pos       int
	line      int // line number at pos
	lineStart int // offset in buf of the line pos is on

	// The current record.
	recStart, recLine int
	fields            []span
	scratch           []byte
	err               *graph.Problem // what is wrong with the record's structure
	errField          int            // the field the error is at
}

// span is one field of a record.
type span struct {
	start, end int  // the value: buf[start:end], or scratch[start:end] when esc
	esc        bool // the value is in scratch
	off        int  // offset in buf of the field's first byte (a quote, if quoted)
	line       int  // line the field starts on
	lineStart  int  // offset in buf of that line
}

type status uint8

const (
	recOK status = iota
	recEnd
	recIncomplete
)

func (s *scanner) reset(buf []byte, line int, delim byte, atEOF bool) {
	s.buf, s.delim, s.atEOF = buf, delim, atEOF
	s.pos, s.line, s.lineStart = 0, line, 0
}

// next scans the next record.
func (s *scanner) next() status {
	buf := s.buf
	s.fields = s.fields[:0]
	s.scratch = s.scratch[:0]
	s.err = nil
	s.blankLines()
	if s.pos >= len(buf) {
		return recEnd
	}
	s.recStart, s.recLine = s.pos, s.line
	for {
		f := span{off: s.pos, line: s.line, lineStart: s.lineStart}
		i := s.pos
		for i < len(buf) && buf[i] == ' ' && s.delim != ' ' {
			i++ // spaces before an opening quote, as in `a, "b, c"`
		}
		if i < len(buf) && buf[i] == '"' {
			var incomplete bool
			if i, incomplete = s.quoted(&f, i); incomplete {
				return recIncomplete
			}
		} else {
			i = s.pos
			for i < len(buf) && buf[i] != s.delim && buf[i] != '\n' {
				i++
			}
			if i == len(buf) && !s.atEOF {
				return recIncomplete
			}
			f.start, f.end = s.pos, i
			if f.end > f.start && buf[f.end-1] == '\r' && (i == len(buf) || buf[i] == '\n') {
				f.end--
			}
		}
		s.fields = append(s.fields, f)
		if i >= len(buf) {
			s.pos = len(buf)
			return recOK
		}
		s.pos = i + 1
		if buf[i] == '\n' {
			s.line++
			s.lineStart = s.pos
			return recOK
		}
	}
}

// blankLines skips blank lines at pos.
func (s *scanner) blankLines() {
	buf := s.buf
	for s.pos < len(buf) {
		c := buf[s.pos]
		if c == '\n' {
			s.pos++
		} else if c == '\r' && s.pos+1 < len(buf) && buf[s.pos+1] == '\n' {
			s.pos += 2
		} else {
			return
		}
		s.line++
		s.lineStart = s.pos
	}
}

// quoted scans the quoted field f, whose opening quote is at buf[i], up to
// the delimiter or line end after it, and returns their index. It reports
// incomplete when the buffer ends before the field does and more data may
// follow.
func (s *scanner) quoted(f *span, i int) (end int, incomplete bool) {
	buf := s.buf
	f.off = i
	i++
	f.start = i
	seg := i
	for {
		j := bytes.IndexByte(buf[i:], '"')
		if j < 0 {
			if !s.atEOF {
				return 0, true
			}
			s.lines(i, len(buf))
			s.fail(len(s.fields), ErrQuote)
			f.end = len(buf)
			if f.esc {
				s.scratch = append(s.scratch, buf[seg:]...)
				f.end = len(s.scratch)
			}
			return len(buf), false
		}
		q := i + j
		s.lines(i, q)
		if q+1 >= len(buf) && !s.atEOF {
			return 0, true // a doubled quote may follow
		}
		if q+1 < len(buf) && buf[q+1] == '"' {
			if !f.esc {
				f.esc = true
				f.start = len(s.scratch)
			}
			s.scratch = append(s.scratch, buf[seg:q+1]...)
			i = q + 2
			seg = i
			continue
		}
		f.end = q
		if f.esc {
			s.scratch = append(s.scratch, buf[seg:q]...)
			f.end = len(s.scratch)
		}
		s.crlf(f)
		return s.afterQuote(q + 1)
	}
}

// afterQuote finds the delimiter or line end after a closing quote at
// buf[i-1] and any spaces; text before it is an error of the record.
func (s *scanner) afterQuote(i int) (end int, incomplete bool) {
	buf := s.buf
	for i < len(buf) && buf[i] == ' ' && s.delim != ' ' {
		i++
	}
	if i == len(buf) && !s.atEOF {
		return 0, true
	}
	if i == len(buf) {
		return i, false
	}
	switch c := buf[i]; {
	case c == s.delim || c == '\n':
	case c == '\r' && i+1 < len(buf) && buf[i+1] == '\n':
		i++
	case c == '\r' && i+1 == len(buf):
		if !s.atEOF {
			return 0, true
		}
		i++
	default:
		s.fail(len(s.fields), ErrAfterQuote)
		for i < len(buf) && buf[i] != s.delim && buf[i] != '\n' {
			i++
		}
		if i == len(buf) && !s.atEOF {
			return 0, true
		}
	}
	return i, false
}

// crlf turns CRLF line breaks inside the quoted field f into LF, as
// encoding/csv does.
func (s *scanner) crlf(f *span) {
	v := s.buf[f.start:f.end]
	if f.esc {
		v = s.scratch[f.start:f.end]
	}
	if bytes.IndexByte(v, '\r') < 0 {
		return
	}
	start := len(s.scratch)
	for i, c := range v {
		if c != '\r' || i+1 == len(v) || v[i+1] != '\n' {
			s.scratch = append(s.scratch, c)
		}
	}
	f.start, f.end, f.esc = start, len(s.scratch), true
}

// lines advances the line count over the line breaks in buf[from:to].
func (s *scanner) lines(from, to int) {
	for {
		j := bytes.IndexByte(s.buf[from:to], '\n')
		if j < 0 {
			return
		}
		from += j + 1
		s.line++
		s.lineStart = from
	}
}

func (s *scanner) fail(field int, p *graph.Problem) {
	if s.err == nil {
		s.err, s.errField = p, field
	}
}

// value returns the raw bytes of field i.
func (s *scanner) value(i int) []byte {
	f := &s.fields[i]
	if f.esc {
		return s.scratch[f.start:f.end]
	}
	return s.buf[f.start:f.end]
}

// column returns the 1-based column, in characters, where field i starts.
func (s *scanner) column(i int, enc encoding) int {
	f := &s.fields[i]
	return columnOf(s.buf[f.lineStart:f.off], enc)
}

// columnOf is the 1-based column just after the text before.
func columnOf(before []byte, enc encoding) int {
	if enc == encCP1252 {
		return len(before) + 1
	}
	return utf8.RuneCount(before) + 1
}

// chunkSize is the size of the blocks a file is read in; tests make it
// small to exercise the chunk boundaries. 1 MB parses as fast as 4 MB on
// the L dataset and keeps 20 MB less in flight.
var chunkSize = 1 << 20

// chunk is a run of complete records of a file.
type chunk struct {
	buf   []byte // the buffer data is in, reused once done
	data  []byte
	line  int // line number of data[0]
	lines int // line breaks in data: at least the number of records, less one
	res   any // the worker's result
	ready chan struct{}
}

// chunker reads a file in chunks that end at record boundaries.
type chunker struct {
	r     io.Reader
	delim byte
	carry []byte // read but not yet handed out: the start of the next chunk
	line  int
	eof   bool
	hint  int64   // bytes still to read, if known, for sizing buffers
	sc    scanner // for finding the boundary in chunks with quotes
}

// next fills buf (or a larger buffer when one record does not fit) and
// returns the chunk of complete records in it. It returns nil at the end.
func (c *chunker) next(buf []byte) (*chunk, error) {
	if c.eof && len(c.carry) == 0 {
		return nil, nil
	}
	size := chunkSize
	if c.hint > 0 && c.hint < int64(size) {
		size = int(c.hint) + 1 // a small file needs no large buffer
	}
	size = max(size, 2*len(c.carry))
	if cap(buf) < size {
		buf = make([]byte, size)
		prefault(buf)
	}
	buf = buf[:cap(buf)]
	n := copy(buf, c.carry) // carry may lie in buf: copy is a memmove
	c.carry = nil
	for {
		if !c.eof {
			m, err := io.ReadFull(c.r, buf[n:])
			n += m
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				c.eof = true
			} else if err != nil {
				return nil, err
			}
		}
		data := buf[:n]
		b := c.boundary(data)
		if b > 0 || c.eof {
			c.carry = data[b:]
			ch := &chunk{buf: buf, data: data[:b], line: c.line}
			ch.lines = bytes.Count(ch.data, nl)
			c.line += ch.lines
			c.hint -= int64(b)
			return ch, nil
		}
		grown := make([]byte, 2*len(buf))
		prefault(grown)
		copy(grown, data)
		buf = grown
	}
}

var nl = []byte{'\n'}

// boundary returns the end of the last complete record in data.
func (c *chunker) boundary(data []byte) int {
	if c.eof {
		return len(data)
	}
	if bytes.IndexByte(data, '"') < 0 {
		return bytes.LastIndexByte(data, '\n') + 1
	}
	s := &c.sc
	s.reset(data, 0, c.delim, false)
	for {
		switch s.next() {
		case recIncomplete:
			return s.recStart
		case recEnd:
			return len(data)
		}
	}
}

// maxWorkers bounds the goroutines that parse one file.
const maxWorkers = 4

// workersFor returns how many goroutines should parse a file of size bytes.
func workersFor(size int64) int {
	if size < 2*int64(chunkSize) {
		return 1
	}
	return min(runtime.GOMAXPROCS(0), maxWorkers)
}

// run parses the file chunk by chunk: work runs on up to workers
// goroutines, done runs on the caller's goroutine in file order. A chunk's
// data is valid until its done returns. check, when not nil, vets each
// chunk before it is handed out and stops the file when it returns false.
func (c *chunker) run(workers int, check func(*chunk) bool, work, done func(*chunk)) error {
	if workers <= 1 {
		var buf []byte
		for {
			ch, err := c.next(buf)
			if err != nil || ch == nil {
				return err
			}
			if check != nil && !check(ch) {
				return nil
			}
			work(ch)
			done(ch)
			buf = ch.buf
		}
	}
	jobs := make(chan *chunk, workers)
	order := make(chan *chunk, workers+1)
	free := make(chan []byte, workers+4)
	for range workers + 2 { // buffers in flight: one filling, one per worker, one merging
		free <- nil
	}
	var rerr error
	go func() {
		defer close(order)
		defer close(jobs)
		for {
			ch, err := c.next(<-free)
			if err != nil || ch == nil {
				rerr = err
				return
			}
			if check != nil && !check(ch) {
				return
			}
			ch.ready = make(chan struct{})
			order <- ch
			jobs <- ch
		}
	}()
	for range workers {
		go func() {
			for ch := range jobs {
				work(ch)
				close(ch.ready)
			}
		}()
	}
	for ch := range order {
		<-ch.ready
		done(ch)
		free <- ch.buf
	}
	return rerr // order is closed after rerr is set
}
