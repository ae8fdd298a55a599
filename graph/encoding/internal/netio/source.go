package netio

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
)

// Source is a whole input file in memory, so that a decoder can turn any
// byte offset into a line and a column in characters.
type Source struct {
	File  string // the name errors carry
	Data  []byte // the content, as UTF-8 without a byte order mark
	lines []int  // offsets of the line starts, computed on first use
}

// Read reads all of r. A UTF-8 byte order mark is dropped.
func Read(r io.Reader, file string) (*Source, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return &Source{File: file, Data: data}, nil
}

// FromWindows1252 converts Data from Windows-1252 to UTF-8 when it is not
// valid UTF-8: the code page Norwegian Windows programs save text in. Line
// numbers and columns stay the same, since each byte is one character.
func (s *Source) FromWindows1252() {
	if utf8.Valid(s.Data) {
		return
	}
	s.Data = []byte(Windows1252(s.Data))
	s.lines = nil
}

// Windows1252 decodes b as Windows-1252.
func Windows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c)) // Latin-1: æ ø å Æ Ø Å are 0xE6 0xF8 0xE5 0xC6 0xD8 0xC5
		}
	}
	return sb.String()
}

// cp1252 maps 0x80–0x9F; the five undefined bytes map to U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// Pos returns the 1-based line and column (in characters) of byte offset
// off; offsets past the end give the end of the file.
func (s *Source) Pos(off int) (line, col int) {
	if s.lines == nil {
		s.lines = []int{0}
		for i, c := range s.Data {
			if c == '\n' {
				s.lines = append(s.lines, i+1)
			}
		}
	}
	off = max(0, min(off, len(s.Data)))
	l := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	start := s.lines[l]
	// A '\r' before '\n' is part of the line end, not a character of it.
	return l + 1, utf8.RuneCount(bytes.TrimSuffix(s.Data[start:off], []byte("\r"))) + 1
}

// Line returns the 1-based line of byte offset off.
func (s *Source) Line(off int) int {
	l, _ := s.Pos(off)
	return l
}

// Errorf returns an error of the format's rules (encoding.ErrSyntax) at
// byte offset off. Its message is English in every language.
func (s *Source) Errorf(off int, format string, args ...any) error {
	line, col := s.Pos(off)
	return &graph.InputError{File: s.File, Line: line, Column: col, Err: syntaxError(fmt.Sprintf(format, args...))}
}

// FileError returns an error of the format's rules about the whole file.
func (s *Source) FileError(format string, args ...any) error {
	return &graph.InputError{File: s.File, Err: syntaxError(fmt.Sprintf(format, args...))}
}

// ValueError returns the error p, a problem of the vocabulary's parsers,
// about the value of field (an attribute or a word) of subject (a node or
// an edge, or "") at byte offset off.
func (s *Source) ValueError(off int, subject, field, value string, p error, wantArgs ...any) error {
	line, col := s.Pos(off)
	return &graph.InputError{File: s.File, Line: line, Column: col, Subject: subject, Field: field, Value: value,
		Err: p, WantArgs: wantArgs}
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

// MaxNodes is the most nodes a decoder creates from a declared count (a
// Pajek *Vertices line, a DL n=): at most 2^20, and at most 64 per byte of
// input, so that a short malformed file cannot claim a huge allocation.
func MaxNodes(inputLen int) int {
	return min(1<<20, 1024+64*inputLen)
}
