package importers

import (
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/samkart/samkart/graph"
)

// encoding is a file's character set. UTF-16 files are transcoded to UTF-8
// as they are read, so they count as UTF-8 here.
type encoding uint8

const (
	encUTF8   encoding = iota
	encCP1252          // Windows-1252, as Norwegian Excel saves CSV
	encASCII           // not yet known: the first block is ASCII
)

func (e encoding) String() string {
	switch e {
	case encCP1252:
		return "Windows-1252"
	case encASCII:
		return "ASCII"
	}
	return "UTF-8"
}

// encodingOf judges a file's encoding from v, the number of valid UTF-8
// sequences of more than one byte in its text, and bad, the number of
// bytes that are not valid UTF-8: ASCII when there are neither, UTF-8
// when there is no bad byte or the valid sequences are at least a
// quarter as many (a UTF-8 file with some Windows-1252 rows pasted in,
// whose rows are then errors), and Windows-1252 otherwise (in
// Windows-1252 text a valid sequence is an accident of letter pairs such
// as "Ã©").
func encodingOf(v, bad int) encoding {
	switch {
	case v == 0 && bad == 0:
		return encASCII
	case bad == 0 || 4*v >= bad:
		return encUTF8
	}
	return encCP1252
}

// utf8Count returns the number of valid UTF-8 sequences of more than one
// byte in b and the number of bytes that are not valid UTF-8.
func utf8Count(b []byte) (v, bad int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			v++
		}
		i += n
	}
	return v, bad
}

// dialect is what sniff finds out about a file from its first bytes.
type dialect struct {
	enc   encoding
	delim byte
	cr    bool // lines end in CR alone (old Mac Excel)
	skip  int  // bytes to skip: a "sep=;" line
}

// delimiters are the candidates, in order of preference when they tie.
var delimiters = [...]byte{',', ';', '\t'}

// sniffSize is how much of a file sniff looks at.
const sniffSize = 64 << 10

// sniff finds a file's encoding and delimiter from its first bytes (after
// any BOM): the encoding by encodingOf; the delimiter
// that splits the first line into the most fields in the same way as the
// lines after it, or the one an Excel "sep=;" line names. bad is not nil
// when the bytes are not text (ErrBinary or ErrControl); line is then
// where the first binary byte is.
func sniff(block []byte, atEOF bool) (d dialect, bad *graph.Problem, line int) {
	if i := bytes.IndexByte(block, 0); i >= 0 {
		return d, ErrBinary, 1 + bytes.Count(block[:i], nl)
	}
	ctl := 0
	for i, c := range block {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1a {
			if ctl++; ctl >= 4 && ctl*50 > len(block) {
				return d, ErrControl, 1 + bytes.Count(block[:i], nl)
			}
		}
	}
	text := block
	if !atEOF {
		if i := bytes.LastIndexByte(text, '\n'); i >= 0 {
			text = text[:i+1]
		}
		for k := 0; k < utf8.UTFMax && !utf8.Valid(text) && len(text) > 0; k++ {
			text = text[:len(text)-1] // a character cut at the end of the block
		}
	}
	d.enc = encodingOf(utf8Count(text))
	d.cr = bytes.IndexByte(block, '\r') >= 0 && bytes.IndexByte(block, '\n') < 0
	if d.cr {
		block = bytes.ReplaceAll(block, []byte{'\r'}, nl)
	}
	// Excel's "sep=;" first line names the delimiter.
	if len(block) >= 5 && (bytes.HasPrefix(block, []byte("sep=")) || bytes.HasPrefix(block, []byte("SEP="))) {
		rest := block[5:]
		if len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r' {
			d.delim = block[4]
			d.skip = 5
			if len(rest) > 0 && rest[0] == '\r' {
				d.skip++
			}
			if len(block) > d.skip && block[d.skip] == '\n' {
				d.skip++
			}
			return d, nil, 0
		}
	}
	d.delim = sniffDelim(block, atEOF)
	return d, nil, 0
}

// sniffDelim picks the delimiter: the candidate that gives the header more
// than one field and the most of the next 20 records the same number of
// fields, then the most fields.
func sniffDelim(block []byte, atEOF bool) byte {
	best, bestSame, bestN := byte(','), -1, 1
	var s scanner
	for _, d := range delimiters {
		s.reset(block, 1, d, atEOF)
		if s.next() != recOK {
			continue
		}
		n := len(s.fields)
		if n < 2 {
			continue
		}
		same := 0
		for k := 0; k < 20 && s.next() == recOK; k++ {
			if len(s.fields) == n {
				same++
			}
		}
		if same > bestSame || same == bestSame && n > bestN {
			best, bestSame, bestN = d, same, n
		}
	}
	return best
}

// hint names what a binary file probably is.
func hint(b []byte) graph.Text {
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return tr(" (den ser ut som en Excel-arbeidsbok eller en annen zip-fil)", " (it looks like an Excel workbook or another zip file)")
	case bytes.HasPrefix(b, []byte("\xD0\xCF\x11\xE0")):
		return tr(" (den ser ut som en gammel Excel .xls-arbeidsbok)", " (it looks like an old Excel .xls workbook)")
	case bytes.HasPrefix(b, []byte("%PDF")):
		return tr(" (den ser ut som et PDF-dokument)", " (it looks like a PDF document)")
	}
	return graph.Text{}
}

// cp1252 holds the characters of Windows-1252's bytes 0x80–0xFF, so that
// decode looks each up without a call.
var cp1252 = upperHalf(charmap.Windows1252)

// upperHalf returns the characters of cm's bytes 0x80–0xFF.
func upperHalf(cm *charmap.Charmap) (t [128]rune) {
	for i := range t {
		t[i] = cm.DecodeByte(byte(0x80 + i))
	}
	return t
}

// decode returns b as UTF-8: b itself when it is ASCII, or valid UTF-8 in
// a file not in Windows-1252; otherwise b read as Windows-1252, appended
// to dst[:0]. A UTF-8 file with a stray invalid field (a file pasted
// together from two sources) is thus read as well as it can be, and the
// field reported (row.checkEncoding).
func decode(b []byte, enc encoding, dst *[]byte) []byte {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) || enc != encCP1252 && utf8.Valid(b[i:]) {
		return b
	}
	out := append((*dst)[:0], b[:i]...)
	for _, c := range b[i:] {
		if c < utf8.RuneSelf {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, cp1252[c-0x80])
		}
	}
	*dst = out
	return out
}

// trim cuts spaces and tabs from both ends of b.
func trim(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t') {
		j--
	}
	return b[i:j]
}

// csvFile is an open input file, its header read.
type csvFile struct {
	name   string
	enc    encoding
	delim  byte
	comma  bool  // numbers may have a decimal comma (decimalComma)
	size   int64 // bytes, for estimates; 0 when not known
	hline  int   // the header's line
	header []string
	hcol   []int // the column of each header cell
	ck     chunker
}

var utf8BOM = []byte("\xEF\xBB\xBF")

// openCSV sniffs the dialect of r and reads the header. It returns a
// *graph.InputError for input that is not a CSV file and other errors for
// failing reads.
func openCSV(name string, r io.Reader, size int64) (*csvFile, error) {
	f := &csvFile{name: name, size: size}
	block, eof, err := readBlock(r, size)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(block, []byte{0xFF, 0xFE}) || bytes.HasPrefix(block, []byte{0xFE, 0xFF}) {
		// Excel's "Unicode text" is UTF-16 with a BOM; read it as UTF-8.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		r = transform.NewReader(io.MultiReader(bytes.NewReader(block), r), dec)
		if block, eof, err = readBlock(r, 0); err != nil {
			return nil, &graph.InputError{File: name, Err: ErrUTF16, Args: []any{err.Error()}}
		}
	}
	block = bytes.TrimPrefix(block, utf8BOM)
	d, bad, line := sniff(block, eof)
	if bad != nil {
		return nil, &graph.InputError{File: name, Line: line, Err: bad, Args: []any{hint(block)}}
	}
	f.enc, f.delim = d.enc, d.delim
	if d.cr {
		block = bytes.ReplaceAll(block, []byte{'\r'}, nl)
		r = crReader{r}
	}
	var s scanner
	s.reset(block[d.skip:], 1, d.delim, eof)
	if d.skip > 0 {
		s.line = 2
	}
	switch s.next() {
	case recEnd:
		return nil, &graph.InputError{File: name, Err: ErrEmptyFile}
	case recIncomplete:
		return nil, &graph.InputError{File: name, Line: s.recLine, Err: ErrLongHeader, Args: []any{sniffSize >> 10}}
	}
	if s.err != nil {
		return nil, &graph.InputError{File: name, Line: s.fields[s.errField].line, Column: s.column(s.errField, f.enc),
			Cell: s.errField + 1, Err: headerQuote[s.err]}
	}
	f.hline = s.recLine
	var dec []byte
	for i := range s.fields {
		f.header = append(f.header, string(decode(trim(s.value(i)), f.enc, &dec)))
		f.hcol = append(f.hcol, s.column(i, f.enc))
	}
	// The rest of the block is read again through the chunker, so that
	// chunks have their usual size from the start.
	rest := block[d.skip+s.pos:]
	f.comma = decimalComma(rest, d.delim, eof)
	if !eof {
		r = io.MultiReader(bytes.NewReader(rest), r)
	} else {
		r = bytes.NewReader(rest)
	}
	f.ck = chunker{r: r, delim: d.delim, line: s.line, hint: size - int64(d.skip+s.pos)}
	return f, nil
}

// field returns the header's name of column col, "" past the header.
func (f *csvFile) field(col int) string {
	if col < len(f.header) {
		return f.header[col]
	}
	return ""
}

// decimalComma reports whether the numbers of a file delimited by delim,
// whose records after the header begin with block, may be written with a
// decimal comma. The comma is a property of the file, not of each value:
// it separates fields in a comma-delimited file; a file delimited by ";"
// is Norwegian Excel's CSV, with decimal commas; a tab-delimited file is
// Excel's "text" export, with the decimal sign of Excel's language, so it
// has decimal commas unless its first block has more numbers with a
// decimal point than with a decimal comma (English Excel, where "1,500"
// may be fifteen hundred: it is then an error, never misread). A file with
// decimal commas also reads a point.
func decimalComma(block []byte, delim byte, atEOF bool) bool {
	switch delim {
	case ';':
		return true
	case '\t':
	default:
		return false
	}
	points, commas := 0, 0
	var s scanner
	s.reset(block, 1, delim, atEOF)
	for s.next() == recOK {
		for i := range s.fields {
			switch decimalSign(trim(s.value(i))) {
			case '.':
				points++
			case ',':
				commas++
			}
		}
	}
	return commas >= points
}

// decimalSign returns the separator of a number written DIGITS SIGN
// DIGITS, perhaps with a sign in front, or 0 for anything else.
func decimalSign(b []byte) byte {
	if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
		b = b[1:]
	}
	var sep byte
	at := -1
	for i, c := range b {
		switch {
		case '0' <= c && c <= '9':
		case (c == '.' || c == ',') && at < 0:
			sep, at = c, i
		default:
			return 0
		}
	}
	if at <= 0 || at == len(b)-1 {
		return 0
	}
	return sep
}

// readBlock reads the first sniffSize bytes of r, a file of size bytes
// (0 when not known).
func readBlock(r io.Reader, size int64) (block []byte, eof bool, err error) {
	n := sniffSize
	if size > 0 && size < int64(n) {
		n = int(size) + 1 // one more to see the end
	}
	block = make([]byte, n)
	got, err := io.ReadFull(r, block)
	if err == nil && n < sniffSize { // the file is larger than it said
		block = append(block, make([]byte, sniffSize-n)...)
		var more int
		more, err = io.ReadFull(r, block[n:])
		got += more
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return block[:got], true, nil
	}
	return block[:got], false, err
}

// crReader turns CR line ends into LF.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}
