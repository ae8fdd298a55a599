package text

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/samkart/samkart/graph"
)

// TestJSONStream checks that a document written in pieces has the bytes
// encoding/json gives for the whole, compact and indented.
func TestJSONStream(t *testing.T) {
	type pair struct {
		A string          `json:"a"`
		X graph.JSONFloat `json:"x"`
	}
	whole := map[string]any{
		"empty_list":   []int{},
		"empty_object": map[string]int{},
		"list":         []any{1, "<b>", pair{"æ", graph.JSONFloat(math.NaN())}, []int{}},
		"object":       map[string]any{"k": 1e-7, "nested": map[string]any{}},
	}
	write := func(s *jsonStream) {
		s.open('{')
		s.key("empty_list")
		s.open('[')
		s.close(']')
		s.key("empty_object")
		s.open('{')
		s.close('}')
		s.key("list")
		s.open('[')
		s.value(1)
		s.value("<b>")
		s.value(pair{"æ", graph.JSONFloat(math.NaN())})
		s.value([]int{})
		s.close(']')
		s.key("object")
		s.open('{')
		s.key("k")
		s.value(1e-7)
		s.key("nested")
		s.value(map[string]any{})
		s.close('}')
		s.close('}')
	}
	for _, indent := range []string{"", "  ", "\t"} {
		want, err := json.MarshalIndent(whole, "", indent)
		if indent == "" {
			want, err = json.Marshal(whole)
		}
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		s := newJSONStream(&got, indent)
		write(s)
		if err := s.flush(); err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want) {
			t.Errorf("indent %q:\n got %s\nwant %s", indent, got.Bytes(), want)
		}
	}
}

// TestJSONStreamError checks that a value encoding/json refuses stops the
// document with its error.
func TestJSONStreamError(t *testing.T) {
	var b bytes.Buffer
	s := newJSONStream(&b, "")
	s.open('[')
	s.value(math.NaN()) // a bare float64: encoding/json refuses NaN
	s.close(']')
	if err := s.flush(); err == nil {
		t.Errorf("no error; wrote %s", b.Bytes())
	}
}
