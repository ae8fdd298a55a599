package netio

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
)

// Pos is a place in an input file: the 1-based line, and the column in
// characters. The zero Pos is the whole file.
type Pos struct{ Line, Col int }

// Limits bound what a decoder reads, so that a huge or hostile file is
// refused with a message instead of exhausting memory.
type Limits struct {
	MaxToken int // bytes of one line, element, value or object
	MaxNodes int // nodes of a network
	MaxEdges int // edges, cells and contacts
	MaxAttrs int // attributes of one element, and declared attributes
	MaxDepth int // nesting of XML elements and JSON values
}

// DefaultLimits are the limits of every decoder: far above any
// collaboration network (a national one has 26 000 units and 5 million
// contacts), far below what exhausts a laptop's memory.
var DefaultLimits = Limits{MaxToken: 16 << 20, MaxNodes: 1 << 22, MaxEdges: 1 << 25, MaxAttrs: 4096, MaxDepth: 256}

// Source is an input file read as a stream, once, from start to end: it
// hands the bytes to a decoder (Read, or Line for the line-based
// formats) and turns the byte offsets the decoder reports into lines and
// columns (Pos). Positions are computed incrementally from the last one
// asked for, so reading takes linear time whatever the length of the
// lines, and only the bytes since then are kept, so memory stays bounded
// by Limits.MaxToken.
type Source struct {
	File   string // the name errors carry
	Limits Limits
	Size   int64 // the file's size in bytes when known, −1 otherwise

	in       *bufio.Reader
	started  bool
	cp1252   bool   // bytes are converted from Windows-1252
	conv     []byte // converted bytes not yet handed out
	lineNum  int    // lines read by Line
	lineHold []byte
	lineEnd  Pos // the position after the last line read by Line

	win    []byte // the bytes from winOff to head
	winOff int64
	mark   int64 // the offset of the last position computed
	at     Pos   // the position of mark
	cr     bool  // the byte before mark is '\r'
	head   int64 // bytes handed out
	err    error // a limit exceeded, returned by every later Read
}

// NewSource returns a source reading r. The size is taken from r when r
// is a file (Stat) or has a Size method (bytes.Reader, strings.Reader).
func NewSource(r io.Reader, file string) *Source {
	s := &Source{File: file, Limits: DefaultLimits, Size: -1, in: bufio.NewReaderSize(r, 64<<10), at: Pos{1, 1}}
	switch r := r.(type) {
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := r.Stat(); err == nil && fi.Mode().IsRegular() {
			s.Size = fi.Size()
		}
	case interface{ Size() int64 }:
		s.Size = r.Size()
	}
	return s
}

// start drops a UTF-8 byte order mark and refuses UTF-16 and UTF-32.
func (s *Source) start() error {
	if s.started {
		return nil
	}
	s.started = true
	b, _ := s.in.Peek(4)
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		s.in.Discard(3)
	case len(b) >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE),
		len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF:
		return s.FileError("the file is UTF-16 or UTF-32; save it as UTF-8")
	}
	return nil
}

// Peek returns up to n bytes at the start of the file without reading
// them, after a byte order mark.
func (s *Source) Peek(n int) ([]byte, error) {
	if err := s.start(); err != nil {
		return nil, err
	}
	b, err := s.in.Peek(n)
	if err == io.EOF || err == bufio.ErrBufferFull {
		err = nil
	}
	return b, err
}

// FromWindows1252 converts what Read hands out from Windows-1252 to
// UTF-8. It must be called before the first Read.
func (s *Source) FromWindows1252() { s.cp1252 = true }

// Read hands the decoder the next bytes of the file. Once more than
// Limits.MaxToken bytes have passed since the last position asked for, it
// fails with an error of the limit.
func (s *Source) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if err := s.start(); err != nil {
		s.err = err
		return 0, err
	}
	var n int
	var err error
	if s.cp1252 {
		n, err = s.readConverted(p)
	} else {
		n, err = s.in.Read(p)
	}
	s.win = append(s.win, p[:n]...)
	s.head += int64(n)
	if s.head-s.mark > int64(s.Limits.MaxToken) {
		s.err = s.TooLong(s.Pos(s.mark))
		return n, s.err
	}
	return n, err
}

func (s *Source) readConverted(p []byte) (int, error) {
	for len(s.conv) == 0 {
		var raw [4096]byte
		m, err := s.in.Read(raw[:])
		s.conv = appendWindows1252(s.conv[:0], raw[:m])
		if m == 0 && err != nil {
			return 0, err
		}
	}
	n := copy(p, s.conv)
	s.conv = s.conv[n:]
	return n, nil
}

// Pos returns the position of byte offset off of what Read handed out.
// Offsets must come in increasing order: an earlier one than the last
// gives the last one's position. Bytes before off are forgotten.
func (s *Source) Pos(off int64) Pos {
	if off <= s.mark {
		return s.at
	}
	if off > s.head {
		off = s.head
	}
	for _, c := range s.win[s.mark-s.winOff : off-s.winOff] {
		switch {
		case c == '\n':
			s.at.Line++
			s.at.Col = 1
		case c&0xC0 != 0x80: // the first byte of a character
			s.at.Col++
		}
		s.cr = c == '\r'
	}
	s.mark = off
	at := s.at
	if s.cr {
		at.Col-- // a '\r' before '\n' ends the line; it is no character of it
	}
	if drop := s.mark - s.winOff; drop > 64<<10 && drop > int64(len(s.win))/2 {
		s.win = append(s.win[:0], s.win[drop:]...)
		s.winOff = s.mark
	}
	return at
}

// Head returns the offset after the last byte handed out.
func (s *Source) Head() int64 { return s.head }

// Window returns the bytes handed out from offset off on, which must not
// be before the last position asked for.
func (s *Source) Window(off int64) []byte {
	if off < s.winOff || off > s.head {
		return nil
	}
	return s.win[off-s.winOff:]
}

// End returns the position after the last byte handed out, or after the
// last line read.
func (s *Source) End() Pos {
	if s.lineNum > 0 {
		return s.lineEnd
	}
	return s.Pos(s.head)
}

// Line is one line of a text format, without its line end.
type Line struct {
	Text string
	Num  int // 1-based
}

// Line returns the next line, as UTF-8: a line that is not valid UTF-8 is
// read as Windows-1252, the code page Norwegian Windows programs save
// text in. At the end of the file it returns io.EOF. A line longer than
// Limits.MaxToken is an error of the limit.
func (s *Source) Line() (Line, error) {
	if err := s.start(); err != nil {
		return Line{}, err
	}
	buf := s.lineHold[:0]
	for {
		frag, err := s.in.ReadSlice('\n')
		if len(buf)+len(frag) > s.Limits.MaxToken {
			return Line{}, s.TooLong(Pos{s.lineNum + 1, 1})
		}
		buf = append(buf, frag...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return Line{}, fmt.Errorf("%s: %w", s.File, err)
		}
		if len(buf) == 0 && err == io.EOF {
			return Line{}, io.EOF
		}
		break
	}
	s.lineHold = buf[:0]
	s.lineNum++
	s.head += int64(len(buf))
	ended := len(buf) > 0 && buf[len(buf)-1] == '\n'
	buf = trimLineEnd(buf)
	text := string(buf)
	if !utf8.Valid(buf) {
		text = string(appendWindows1252(nil, buf))
	}
	s.lineEnd = Pos{s.lineNum + 1, 1}
	if !ended {
		s.lineEnd = Pos{s.lineNum, utf8.RuneCountInString(text) + 1}
	}
	return Line{Text: text, Num: s.lineNum}, nil
}

func trimLineEnd(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}

// Windows1252 decodes b as Windows-1252.
func Windows1252(b []byte) string { return string(appendWindows1252(nil, b)) }

func appendWindows1252(dst, b []byte) []byte {
	for _, c := range b {
		switch {
		case c < 0x80:
			dst = append(dst, c)
		case c < 0xA0:
			dst = utf8.AppendRune(dst, cp1252[c-0x80])
		default:
			dst = utf8.AppendRune(dst, rune(c)) // Latin-1: æ ø å Æ Ø Å are 0xE6 0xF8 0xE5 0xC6 0xD8 0xC5
		}
	}
	return dst
}

// cp1252 maps 0x80–0x9F; the five undefined bytes map to U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// Errorf returns an error of the format's rules (encoding.ErrSyntax) at
// at. Its message is English in every language.
func (s *Source) Errorf(at Pos, format string, args ...any) error {
	return &graph.InputError{File: s.File, Line: at.Line, Column: at.Col, Err: syntaxError(fmt.Sprintf(format, args...))}
}

// FileError returns an error of the format's rules about the whole file.
func (s *Source) FileError(format string, args ...any) error {
	return &graph.InputError{File: s.File, Err: syntaxError(fmt.Sprintf(format, args...))}
}

// ValueError returns the error p, a problem of the vocabulary's parsers,
// about the value of field (an attribute or a word) of subject (a node or
// an edge, or "") at at.
func (s *Source) ValueError(at Pos, subject, field, value string, p error, wantArgs ...any) error {
	return &graph.InputError{File: s.File, Line: at.Line, Column: at.Col, Subject: subject, Field: field, Value: value,
		Err: p, WantArgs: wantArgs}
}

// TooLong returns the error of a line, element or value longer than
// Limits.MaxToken, starting at at.
func (s *Source) TooLong(at Pos) error {
	return &graph.InputError{File: s.File, Line: at.Line, Column: at.Col, Err: encoding.ErrTooLong,
		Args: []any{bytesText(s.Limits.MaxToken)}}
}

// TooMany returns the error of more than limit things (a Text such as
// T("noder", "nodes")) at at.
func (s *Source) TooMany(at Pos, limit int, things graph.Text) error {
	return &graph.InputError{File: s.File, Line: at.Line, Column: at.Col, Err: encoding.ErrTooMany,
		Args: []any{strconv.Itoa(limit), things}}
}

// IsLimit reports whether err is an error of a limit (ErrTooLong,
// ErrTooMany).
func IsLimit(err error) bool {
	return errors.Is(err, encoding.ErrTooLong) || errors.Is(err, encoding.ErrTooMany)
}

// bytesText formats a byte count as MiB.
func bytesText(n int) graph.Text {
	s := strconv.Itoa(n>>20) + " MiB"
	return graph.T(s, s)
}

// MaxDeclared returns the most nodes a decoder creates from a declared
// count (a Pajek *Vertices line, a DL n=): Limits.MaxNodes, and when the
// file's size is known at most 64 per byte of it, so that a short
// malformed file cannot claim a huge allocation.
func (s *Source) MaxDeclared() int {
	if s.Size >= 0 {
		return int(min(int64(s.Limits.MaxNodes), 1024+64*s.Size))
	}
	return s.Limits.MaxNodes
}

// syntaxError says how a file breaks its format's rules.
type syntaxError string

func (e syntaxError) Error() string { return string(e) }

// Is makes every syntaxError an encoding.ErrSyntax.
func (e syntaxError) Is(target error) bool { return target == encoding.ErrSyntax }

// DatasetName returns the base name of file without its extension.
func DatasetName(file string) string {
	base := filepath.Base(file)
	if base == "." || base == "/" || base == "" {
		return "network"
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}
