package nodelink

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

type decoder struct {
	src *netio.Source
	d   *json.Decoder
	b   *netio.Builder
}

// Decode reads node-link JSON from r into a dataset; name is the file name
// errors carry.
func Decode(r io.Reader, name string) (*graph.Dataset, error) {
	src, err := netio.Read(r, name)
	if err != nil {
		return nil, err
	}
	dec := &decoder{src: src, b: netio.NewBuilder(src), d: json.NewDecoder(bytes.NewReader(src.Data))}
	dec.d.UseNumber()
	if err := dec.document(); err != nil {
		return nil, err
	}
	return dec.b.Finish()
}

// start returns the offset of the next value: past white space and the
// ',' or ':' before it.
func (dec *decoder) start() int {
	i := int(dec.d.InputOffset())
	for i < len(dec.src.Data) && strings.IndexByte(" \t\r\n,:", dec.src.Data[i]) >= 0 {
		i++
	}
	return i
}

// wrap gives an error of the JSON decoder a position.
func (dec *decoder) wrap(err error, off int) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// A Decoder's offsets are not always from the start of the input;
		// Unmarshal's are, so let it find the same error.
		var raw json.RawMessage
		if err := json.Unmarshal(dec.src.Data, &raw); errors.As(err, &se) {
			return dec.src.Errorf(max(0, int(se.Offset)-1), "%s", se.Error())
		}
		return dec.src.Errorf(max(0, int(se.Offset)-1), "%s", se.Error())
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return dec.src.Errorf(len(dec.src.Data), "unexpected end of file")
	}
	return dec.src.Errorf(off, "%v", err)
}

func (dec *decoder) delim(want json.Delim, what string) error {
	off := dec.start()
	t, err := dec.d.Token()
	if err != nil {
		return dec.wrap(err, off)
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return dec.src.Errorf(off, "want %s", what)
	}
	return nil
}

func (dec *decoder) document() error {
	if err := dec.delim('{', `a JSON object with "nodes" and "links"`); err != nil {
		return err
	}
	nodes := false
	for dec.d.More() {
		off := dec.start()
		t, err := dec.d.Token()
		if err != nil {
			return dec.wrap(err, off)
		}
		key, _ := t.(string)
		switch key {
		case "nodes":
			nodes = true
			err = dec.objects("node", dec.node)
		case "links", "edges":
			err = dec.objects("link", dec.link)
		default: // directed, multigraph, graph: the dataset does not need them
			var skip json.RawMessage
			off := dec.start()
			if err := dec.d.Decode(&skip); err != nil {
				return dec.wrap(err, off)
			}
		}
		if err != nil {
			return err
		}
	}
	if err := dec.delim('}', "the end of the object"); err != nil {
		return err
	}
	off := dec.start()
	if _, err := dec.d.Token(); err != io.EOF {
		return dec.src.Errorf(off, "data after the JSON object")
	}
	if !nodes {
		return dec.src.FileError(`no "nodes"`)
	}
	return nil
}

// member is one key and value of a node or link, the value as text.
type member struct {
	key, value string
	null       bool
	off        int
}

// objects reads an array of objects and calls each with the members of
// every object and its offset.
func (dec *decoder) objects(what string, each func([]member, int) error) error {
	if err := dec.delim('[', "an array of "+what+"s"); err != nil {
		return err
	}
	for dec.d.More() {
		off := dec.start()
		var raw json.RawMessage
		if err := dec.d.Decode(&raw); err != nil {
			return dec.wrap(err, off)
		}
		if len(raw) == 0 || raw[0] != '{' {
			return dec.src.Errorf(off, "a %s is %s; want an object", what, kind(raw))
		}
		ms, err := members(raw, off)
		if err != nil {
			return err
		}
		if err := each(ms, off); err != nil {
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

// members splits a valid JSON object into its members in order.
func members(raw []byte, base int) ([]member, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	d.Token() // '{'
	var ms []member
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return nil, err // cannot happen: raw is valid
		}
		key, _ := t.(string)
		i := int(d.InputOffset())
		for i < len(raw) && strings.IndexByte(" \t\r\n:", raw[i]) >= 0 {
			i++
		}
		var v json.RawMessage
		if err := d.Decode(&v); err != nil {
			return nil, err
		}
		m := member{key: key, off: base + i}
		switch {
		case string(v) == "null":
			m.null = true
		case v[0] == '"':
			json.Unmarshal(v, &m.value)
		default:
			var b bytes.Buffer
			json.Compact(&b, v)
			m.value = b.String() // numbers as written, true, false, nested JSON
		}
		ms = append(ms, m)
	}
	return ms, nil
}

// ident returns the value of a node id, source or target: a string or a
// number as written.
func (dec *decoder) ident(ms []member, key, what string, off int) (string, error) {
	for _, m := range ms {
		if m.key == key {
			if m.null || m.value == "" || strings.HasPrefix(m.value, "{") || strings.HasPrefix(m.value, "[") {
				return "", dec.src.Errorf(m.off, "%s %s: want a string or a number", what, key)
			}
			return m.value, nil
		}
	}
	return "", dec.src.Errorf(off, "%s without %q", what, key)
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
			fs = append(fs, netio.Field{Name: m.key, Value: m.value, Off: m.off})
		}
	}
	return fs
}

func (dec *decoder) node(ms []member, off int) error {
	id, err := dec.ident(ms, "id", "node", off)
	if err != nil {
		return err
	}
	return dec.b.Node(id, fields(ms, "id"), off)
}

func (dec *decoder) link(ms []member, off int) error {
	source, err := dec.ident(ms, "source", "link", off)
	if err != nil {
		return err
	}
	target, err := dec.ident(ms, "target", "link", off)
	if err != nil {
		return err
	}
	return dec.b.Edge(source, target, fields(ms, "source", "target", "key"), off)
}
