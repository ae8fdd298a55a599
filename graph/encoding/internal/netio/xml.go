package netio

import (
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// XMLReader reads the tokens of an XML document as a stream and knows
// where each one starts, so that errors about elements point at them. It
// refuses documents nested deeper than Limits.MaxDepth and elements with
// more than Limits.MaxAttrs attributes; Source bounds the size of each
// token.
type XMLReader struct {
	Src  *Source
	d    *xml.Decoder
	open []string // the elements open at the current token
}

var declEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// NewXMLReader returns a reader of src. A document declared as Latin-1 or
// Windows-1252 is converted to UTF-8 as it is read; other encodings than
// these and UTF-8 are refused.
func NewXMLReader(src *Source) (*XMLReader, error) {
	head, err := src.Peek(1024)
	if err != nil {
		return nil, err
	}
	if m := declEncoding.FindSubmatchIndex(head); m != nil {
		switch enc := string(head[m[2]:m[3]]); strings.ToLower(enc) {
		case "utf-8", "utf8", "us-ascii", "ascii":
		case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15":
			src.FromWindows1252()
		default:
			return nil, src.Errorf(posIn(head, m[2]), "encoding %q: want UTF-8, ISO-8859-1 or Windows-1252", enc)
		}
	}
	x := &XMLReader{Src: src, d: xml.NewDecoder(src)}
	// The document is UTF-8 by now; a declared single-byte encoding needs
	// no further conversion.
	x.d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) { return input, nil }
	return x, nil
}

// posIn returns the position of byte i of the start of a file.
func posIn(b []byte, i int) Pos {
	p := Pos{1, 1}
	for _, line := range strings.SplitAfter(string(b[:i]), "\n") {
		if strings.HasSuffix(line, "\n") {
			p.Line++
			continue
		}
		p.Col += utf8.RuneCountInString(line)
	}
	return p
}

// Token returns the next token and the position where it starts. At the
// end of the document it returns io.EOF, or an error when an element is
// still open.
func (x *XMLReader) Token() (xml.Token, Pos, error) {
	off := x.d.InputOffset()
	t, err := x.d.Token()
	at := x.Src.Pos(off)
	if err == io.EOF && len(x.open) > 0 {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		if err == io.EOF {
			return nil, at, err
		}
		return nil, at, x.Wrap(err)
	}
	switch t := t.(type) {
	case xml.StartElement:
		x.open = append(x.open, t.Name.Local)
		if len(x.open) > x.Src.Limits.MaxDepth {
			return nil, at, x.Src.TooMany(at, x.Src.Limits.MaxDepth, graph.T("nivåer av elementer i hverandre", "levels of nested elements"))
		}
		if len(t.Attr) > x.Src.Limits.MaxAttrs {
			return nil, at, x.Src.TooMany(at, x.Src.Limits.MaxAttrs, graph.T("attributter på ett element", "attributes on one element"))
		}
	case xml.EndElement:
		x.open = x.open[:max(0, len(x.open)-1)]
	}
	return t, at, nil
}

// Wrap gives an error of the XML decoder the position where it stopped.
func (x *XMLReader) Wrap(err error) error {
	if IsLimit(err) {
		return err
	}
	var ie *graph.InputError
	if errors.As(err, &ie) {
		return err
	}
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
	}
	if msg == "unexpected EOF" {
		msg = "unexpected end of file"
		if len(x.open) > 0 {
			msg += ": <" + x.open[len(x.open)-1] + "> is not closed"
		}
	}
	return x.Src.Errorf(x.Src.Pos(x.d.InputOffset()), "%s", msg)
}

// Text returns the character data of the element just opened, leaving out
// that of child elements (such as yEd's graphics), and consumes its end.
func (x *XMLReader) Text() (string, error) {
	var b strings.Builder
	depth := 0
	for {
		t, _, err := x.Token()
		if err == io.EOF {
			return "", x.Src.Errorf(x.Src.End(), "unexpected end of file")
		}
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			if depth == 0 {
				b.Write(t)
			}
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		}
	}
}

// Root reads up to the root element of the document and fails unless it
// is <name>.
func (x *XMLReader) Root(name string) (xml.StartElement, error) {
	head, err := x.Src.Peek(512)
	if err != nil {
		return xml.StartElement{}, err
	}
	if t := strings.TrimLeft(string(head), " \t\r\n"); t != "" && t[0] != '<' {
		return xml.StartElement{}, x.Src.Errorf(posIn(head, len(head)-len(t)), "not XML: the file starts with %s; want a <%s> document", graph.Quote(firstLine(t)), name)
	}
	for {
		t, at, err := x.Token()
		if err == io.EOF {
			return xml.StartElement{}, x.Src.FileError("no <%s> element", name)
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		if s, ok := t.(xml.StartElement); ok {
			if s.Name.Local != name {
				return s, x.Src.Errorf(at, "<%s>: want a <%s> document", s.Name.Local, name)
			}
			return s, nil
		}
	}
}

// Children calls each for every child element of the element just opened,
// with the position where the child starts, up to the element's end; each
// must consume the child (with Skip, Text or Children).
func (x *XMLReader) Children(each func(s xml.StartElement, at Pos) error) error {
	for {
		t, at, err := x.Token()
		if err == io.EOF {
			return x.Src.Errorf(x.Src.End(), "unexpected end of file")
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := each(t, at); err != nil {
				return err
			}
		}
	}
}

// Skip consumes the rest of the element just opened.
func (x *XMLReader) Skip() error {
	_, err := x.Text()
	return err
}

// Rest reads the tokens after the root element, which must be well-formed
// too.
func (x *XMLReader) Rest() error {
	for {
		_, _, err := x.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Attr returns the attribute name of s.
func Attr(s xml.StartElement, name string) (string, bool) {
	for _, a := range s.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// firstLine returns the first line of s, cut short.
func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 40 {
		s = s[:40]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		s += "…"
	}
	return s
}
