package netio

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
)

// XMLReader reads the tokens of an XML document and knows where each one
// starts, so that errors about elements point at them.
type XMLReader struct {
	Src  *Source
	d    *xml.Decoder
	open []string // the elements open at the current token
}

var declEncoding = regexp.MustCompile(`^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// NewXMLReader returns a reader of src. A document declared as Latin-1 or
// Windows-1252 is converted to UTF-8 first; other encodings than these and
// UTF-8 are refused.
func NewXMLReader(src *Source) (*XMLReader, error) {
	if m := declEncoding.FindSubmatch(src.Data); m != nil {
		switch strings.ToLower(string(m[1])) {
		case "utf-8", "utf8", "us-ascii", "ascii":
		case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso-8859-15":
			src.Data = []byte(Windows1252(src.Data))
			src.lines = nil
		default:
			return nil, src.Errorf(bytes.Index(src.Data, m[1]), "encoding %q: want UTF-8, ISO-8859-1 or Windows-1252", m[1])
		}
	}
	x := &XMLReader{Src: src, d: xml.NewDecoder(bytes.NewReader(src.Data))}
	// The document is UTF-8 by now; a declared single-byte encoding needs
	// no further conversion.
	x.d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) { return input, nil }
	return x, nil
}

// Token returns the next token and the byte offset where it starts. At
// the end of the document it returns io.EOF, or an error when an element
// is still open.
func (x *XMLReader) Token() (xml.Token, int, error) {
	off := int(x.d.InputOffset())
	t, err := x.d.Token()
	if err == io.EOF && len(x.open) > 0 {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		if err == io.EOF {
			return nil, off, err
		}
		return nil, off, x.Wrap(err)
	}
	switch t := t.(type) {
	case xml.StartElement:
		x.open = append(x.open, t.Name.Local)
	case xml.EndElement:
		x.open = x.open[:max(0, len(x.open)-1)]
	}
	return t, off, nil
}

// Wrap gives an error of the XML decoder the position where it stopped.
func (x *XMLReader) Wrap(err error) error {
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
	return x.Src.Errorf(int(x.d.InputOffset()), "%s", msg)
}

// Text returns the character data of the element just opened, leaving out
// that of child elements (such as yEd's graphics), and consumes its end.
func (x *XMLReader) Text() (string, error) {
	var b strings.Builder
	depth := 0
	for {
		t, _, err := x.Token()
		if err == io.EOF {
			return "", x.Src.Errorf(len(x.Src.Data), "unexpected end of file")
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
func (x *XMLReader) Root(name string) error {
	for {
		t, off, err := x.Token()
		if err == io.EOF {
			return x.Src.FileError("no <%s> element", name)
		}
		if err != nil {
			return err
		}
		if s, ok := t.(xml.StartElement); ok {
			if s.Name.Local != name {
				return x.Src.Errorf(off, "<%s>: want a <%s> document", s.Name.Local, name)
			}
			return nil
		}
	}
}

// Children calls each for every child element of the element just opened,
// with the offset where the child starts, up to the element's end; each
// must consume the child (with Skip, Text, Element or Children).
func (x *XMLReader) Children(each func(s xml.StartElement, off int) error) error {
	for {
		t, off, err := x.Token()
		if err != nil {
			return err // io.EOF cannot happen inside an element
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := each(t, off); err != nil {
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

// Element decodes the element s, just opened at offset off, into v with
// encoding/xml (for gonum's types), and consumes its end.
func (x *XMLReader) Element(v any, s xml.StartElement, off int) error {
	if err := x.d.DecodeElement(v, &s); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
			return x.Wrap(err)
		}
		return x.Src.Errorf(off, "<%s>: %v", s.Name.Local, err)
	}
	x.open = x.open[:max(0, len(x.open)-1)]
	return nil
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
