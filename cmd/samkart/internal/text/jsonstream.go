package text

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// jsonStream writes one JSON document in pieces, so that a large one (the
// units of a national network) is never held whole: it opens and closes
// the containers it is told to and encodes each key and value inside them
// with encoding/json. The bytes are json.Marshal's, compact or indented as
// a json.Encoder with SetIndent("", indent) indents them.
type jsonStream struct {
	w        *bufio.Writer
	indent   string   // per level; "" for compact output
	prefix   []string // prefix[d]: indent repeated d times
	enc      *json.Encoder
	buf      bytes.Buffer // what enc writes, one key or value at a time
	count    []int        // per open container: the values written so far
	afterKey bool         // the next value follows a key
	err      error
}

func newJSONStream(out io.Writer, indent string) *jsonStream {
	s := &jsonStream{w: bufio.NewWriterSize(out, 64<<10), indent: indent, prefix: []string{""}}
	s.enc = json.NewEncoder(&s.buf)
	return s
}

// sep starts a value: after a sibling a comma and, when indenting, a new
// line; nothing after a key.
func (s *jsonStream) sep() {
	if s.afterKey {
		s.afterKey = false
		return
	}
	d := len(s.count)
	if d == 0 {
		return
	}
	if s.count[d-1] > 0 {
		s.w.WriteByte(',')
	}
	s.count[d-1]++
	s.lineAt(d)
}

// lineAt starts a new line indented to depth d, when indenting.
func (s *jsonStream) lineAt(d int) {
	if s.indent == "" {
		return
	}
	s.w.WriteByte('\n')
	s.w.WriteString(s.prefixAt(d))
}

func (s *jsonStream) prefixAt(d int) string {
	for len(s.prefix) <= d {
		s.prefix = append(s.prefix, strings.Repeat(s.indent, len(s.prefix)))
	}
	return s.prefix[d]
}

// open starts an object ('{') or array ('[') whose members follow.
func (s *jsonStream) open(c byte) {
	s.sep()
	s.w.WriteByte(c)
	s.count = append(s.count, 0)
}

// close ends the innermost container with '}' or ']'.
func (s *jsonStream) close(c byte) {
	d := len(s.count)
	if s.count[d-1] > 0 {
		s.lineAt(d - 1)
	}
	s.w.WriteByte(c)
	s.count = s.count[:d-1]
}

// key writes an object key; the value that follows needs no separator.
func (s *jsonStream) key(k string) {
	s.sep()
	s.encode(k, "")
	s.w.WriteByte(':')
	if s.indent != "" {
		s.w.WriteByte(' ')
	}
	s.afterKey = true
}

// value writes v, whole, as encoding/json encodes it.
func (s *jsonStream) value(v any) {
	s.sep()
	s.encode(v, s.prefixAt(len(s.count)))
}

func (s *jsonStream) encode(v any, prefix string) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	s.enc.SetIndent(prefix, s.indent)
	if s.err = s.enc.Encode(v); s.err != nil {
		return
	}
	b := s.buf.Bytes()
	s.w.Write(b[:len(b)-1]) // Encode ends every value with a newline
}

// newline ends the document as a json.Encoder does.
func (s *jsonStream) newline() { s.w.WriteByte('\n') }

// flush writes what is buffered and returns the first error.
func (s *jsonStream) flush() error {
	if err := s.w.Flush(); s.err == nil {
		s.err = err
	}
	return s.err
}
