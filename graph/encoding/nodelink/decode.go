package nodelink

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

type decoder struct {
	src *netio.Source
	d   *json.Decoder
	b   *netio.Builder

	contacts bool // the file lists its contacts: its links are their sums
	links    bool
}

// Decode reads node-link JSON from r into a dataset; name is the file name
// errors carry. The document is read as a stream.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src := netio.NewSource(r, name)
	dec := &decoder{src: src, b: netio.NewBuilder(src), d: json.NewDecoder(src)}
	dec.d.UseNumber()
	if err := dec.document(); err != nil {
		return nil, err
	}
	d, err := dec.b.Finish()
	if err != nil {
		return nil, err
	}
	switch {
	case dec.contacts || dec.b.Dated():
	case dec.b.TieDated():
		d.NoDates = graph.T("JSON-filen har første og siste dato for hvert bånd, ikke datoen for hver kontakt",
			"the JSON file gives each tie's first and last date, not the date of each contact")
	default:
		d.NoDates = graph.T("JSON-filen har ingen datoer på lenkene", "the JSON file has no dates on its links")
	}
	return d, nil
}

// offset returns the decoder's offset, marked as a position, so that the
// bytes from there are kept for the error of a value that follows.
func (dec *decoder) offset() int64 {
	off := dec.d.InputOffset()
	dec.src.Pos(off)
	return off
}

// start returns the offset of the next value after off: past white space
// and the ',' or ':' before it.
func (dec *decoder) start(off int64) int64 {
	w := dec.src.Window(off)
	i := 0
	for i < len(w) && strings.IndexByte(" \t\r\n,:", w[i]) >= 0 {
		i++
	}
	return off + int64(i)
}

// wrap gives an error of the JSON decoder a position; off is where the
// value being read starts, or a little before.
func (dec *decoder) wrap(err error, off int64) error {
	var se *json.SyntaxError
	switch {
	case netio.IsLimit(err):
		return err
	case errors.As(err, &se):
		// A Decoder's offsets are not always from the start of the input;
		// Unmarshal's are from the start of what it reads, so let it read
		// the value again.
		off = dec.start(off)
		var raw json.RawMessage
		if uerr := json.Unmarshal(dec.src.Window(off), &raw); errors.As(uerr, &se) {
			if se.Error() == "unexpected end of JSON input" {
				return dec.src.Errorf(dec.src.End(), "unexpected end of file")
			}
			return dec.src.Errorf(dec.src.Pos(off+max(0, se.Offset-1)), "%s", se.Error())
		}
		return dec.src.Errorf(dec.src.Pos(off), "%s", se.Error())
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return dec.src.Errorf(dec.src.End(), "unexpected end of file")
	}
	return dec.src.Errorf(dec.src.Pos(off), "%v", err)
}

// token reads a token, returning it with the position where it starts.
func (dec *decoder) token() (json.Token, netio.Pos, error) {
	off := dec.offset()
	t, err := dec.d.Token()
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) && !netio.IsLimit(err) {
			// Token's offsets are from the start of the input.
			return nil, netio.Pos{}, dec.src.Errorf(dec.src.Pos(max(off, se.Offset)), "%s", se.Error())
		}
		return nil, netio.Pos{}, dec.wrap(err, off)
	}
	return t, dec.src.Pos(dec.start(off)), nil
}

func (dec *decoder) delim(want json.Delim, what string) error {
	t, at, err := dec.token()
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return dec.src.Errorf(at, "want %s", what)
	}
	return nil
}

func (dec *decoder) document() error {
	if err := dec.delim('{', `a JSON object with "nodes" and "links"`); err != nil {
		return err
	}
	nodes := false
	for dec.d.More() {
		t, _, err := dec.token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		switch key {
		case "nodes":
			nodes = true
			err = dec.objects("node", dec.node)
		case "links", "edges":
			dec.links = true
			if dec.contacts {
				err = dec.skip() // the sums of the contacts, which were read
				break
			}
			err = dec.objects("link", dec.link)
		case "contacts":
			dec.contacts = true
			if dec.links {
				return dec.src.Errorf(dec.src.Pos(dec.d.InputOffset()), `"contacts" after "links": samkart writes the contacts first`)
			}
			err = dec.objects("contact", dec.link)
		case "meetings":
			err = dec.objects("meeting", dec.meeting)
		default: // directed, multigraph, graph: the dataset does not need them
			err = dec.skip()
		}
		if err != nil {
			return err
		}
	}
	if err := dec.delim('}', "the end of the object"); err != nil {
		return err
	}
	off := dec.offset()
	if _, err := dec.d.Token(); err != io.EOF {
		return dec.src.Errorf(dec.src.Pos(dec.start(off)), "data after the JSON object")
	}
	if !nodes {
		return dec.src.FileError(`no "nodes"`)
	}
	return nil
}

func (dec *decoder) skip() error {
	var skip json.RawMessage
	off := dec.offset()
	if err := dec.d.Decode(&skip); err != nil {
		return dec.wrap(err, off)
	}
	return nil
}

// member is one key and value of a node or link, the value as text.
type member struct {
	key, value string
	null       bool
	at         netio.Pos
}

// objects reads an array of objects and calls each with the members of
// every object and its position.
func (dec *decoder) objects(what string, each func([]member, netio.Pos) error) error {
	if err := dec.delim('[', "an array of "+what+"s"); err != nil {
		return err
	}
	for dec.d.More() {
		off := dec.offset()
		var raw json.RawMessage
		if err := dec.d.Decode(&raw); err != nil {
			return dec.wrap(err, off)
		}
		start := dec.d.InputOffset() - int64(len(raw))
		at := dec.src.Pos(start)
		if len(raw) == 0 || raw[0] != '{' {
			return dec.src.Errorf(at, "a %s is %s; want an object", what, kind(raw))
		}
		ms, err := dec.members(raw, start)
		if err != nil {
			return err
		}
		if err := each(ms, at); err != nil {
			return err
		}
	}
	return dec.delim(']', "the end of the array")
}

func kind(raw []byte) string {
	switch {
	case len(raw) == 0:
		return "missing"
	case raw[0] == '[':
		return "an array"
	case raw[0] == '"':
		return "a string"
	case raw[0] == 'n':
		return "null"
	case raw[0] == 't' || raw[0] == 'f':
		return "a boolean"
	}
	return "a number"
}

// members splits a valid JSON object that starts at offset base into its
// members in order.
func (dec *decoder) members(raw []byte, base int64) ([]member, error) {
	var ms []member
	i := skipSpace(raw, 1) // past '{'
	for i < len(raw) && raw[i] != '}' {
		kend := stringEnd(raw, i)
		key := unquote(raw[i:kend])
		i = skipSpace(raw, kend)
		i = skipSpace(raw, i+1) // past ':'
		vend := valueEnd(raw, i)
		v := raw[i:vend]
		if len(ms) >= dec.src.Limits.MaxAttrs {
			return nil, dec.src.TooMany(dec.src.Pos(base+int64(i)), dec.src.Limits.MaxAttrs, graph.T("egenskaper i ett objekt", "members of one object"))
		}
		m := member{key: key, at: dec.src.Pos(base + int64(i))}
		switch {
		case string(v) == "null":
			m.null = true
		case v[0] == '"':
			m.value = unquote(v)
		case v[0] == '{' || v[0] == '[':
			var b bytes.Buffer
			json.Compact(&b, v)
			m.value = b.String() // nested JSON
		default:
			m.value = string(v) // numbers as written, true, false
		}
		ms = append(ms, m)
		i = skipSpace(raw, vend)
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	return ms, nil
}

// unquote returns the text of a valid JSON string.
func unquote(q []byte) string {
	if bytes.IndexByte(q, '\\') < 0 && utf8.Valid(q) {
		return string(q[1 : len(q)-1])
	}
	var s string
	json.Unmarshal(q, &s)
	return s
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the JSON string starting at i.
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// valueEnd returns the index after the JSON value starting at i, in a
// valid document.
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	return j
}

// ident returns the value of a node id, source or target: a string or a
// number as written.
func (dec *decoder) ident(ms []member, key, what string, at netio.Pos) (string, error) {
	for _, m := range ms {
		if m.key == key {
			if m.null || m.value == "" || strings.HasPrefix(m.value, "{") || strings.HasPrefix(m.value, "[") {
				return "", dec.src.Errorf(m.at, "%s %s: want a string or a number", what, key)
			}
			return m.value, nil
		}
	}
	return "", dec.src.Errorf(at, "%s without %q", what, key)
}

func fields(ms []member, skip ...string) []netio.Field {
	var fs []netio.Field
outer:
	for _, m := range ms {
		for _, s := range skip {
			if m.key == s {
				continue outer
			}
		}
		if !m.null {
			fs = append(fs, netio.Field{Name: m.key, Value: m.value, At: m.at})
		}
	}
	return fs
}

func (dec *decoder) node(ms []member, at netio.Pos) error {
	id, err := dec.ident(ms, "id", "node", at)
	if err != nil {
		return err
	}
	return dec.b.Node(id, fields(ms, "id"), at)
}

func (dec *decoder) link(ms []member, at netio.Pos) error {
	source, err := dec.ident(ms, "source", "link", at)
	if err != nil {
		return err
	}
	target, err := dec.ident(ms, "target", "link", at)
	if err != nil {
		return err
	}
	return dec.b.Edge(source, target, fields(ms, "source", "target", "key"), at)
}

// meeting reads {"id": KEY, "units": [ID, …], "date": …, "kind": …,
// "formal": …}.
func (dec *decoder) meeting(ms []member, at netio.Pos) error {
	key, err := dec.ident(ms, "id", "meeting", at)
	if err != nil {
		return err
	}
	var units []string
	for _, m := range ms {
		if m.key != "units" {
			continue
		}
		var names []string
		d := json.NewDecoder(strings.NewReader(m.value))
		d.UseNumber()
		var items []any
		if err := d.Decode(&items); err != nil {
			return dec.src.Errorf(m.at, "meeting units: want an array of node ids")
		}
		for _, it := range items {
			switch it := it.(type) {
			case string:
				names = append(names, it)
			case json.Number:
				names = append(names, it.String())
			default:
				return dec.src.Errorf(m.at, "meeting units: want an array of node ids")
			}
		}
		units = names
	}
	if units == nil {
		return dec.src.Errorf(at, "meeting %s without %q", strconv.Quote(key), "units")
	}
	return dec.b.Meeting(key, units, fields(ms, "id", "units"), at)
}
