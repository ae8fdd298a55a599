package netio

import (
	"bytes"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Line is one line of a text format, without its line end.
type Line struct {
	Text string
	Off  int // byte offset of the line's first character
}

// Lines splits the source into lines at "\n", dropping a "\r" before it.
func (s *Source) Lines() []Line {
	var lines []Line
	data := s.Data
	off := 0
	for off <= len(data) {
		i := bytes.IndexByte(data[off:], '\n')
		end := len(data)
		if i >= 0 {
			end = off + i
		}
		text := strings.TrimSuffix(string(data[off:end]), "\r")
		lines = append(lines, Line{Text: text, Off: off})
		if i < 0 {
			break
		}
		off = end + 1
	}
	return lines
}

// Token is one word of a line: a run of characters up to a separator, or a
// string in double quotes (without them).
type Token struct {
	Text   string
	Off    int // byte offset in the source
	Quoted bool
}

// Tokens splits a line into tokens at white space and at any byte of seps
// (such as "," in DL). A double quote starts a quoted token that runs to
// the next double quote; quoted tokens have no escapes, as in Pajek and
// UCINET. An unterminated quote is an error at the quote; the tokens
// before it are returned with the error.
func (s *Source) Tokens(l Line, seps string) ([]Token, error) {
	var toks []Token
	t := l.Text
	i := 0
	for i < len(t) {
		c := t[i]
		switch {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || strings.IndexByte(seps, c) >= 0:
			i++
		case c == '"':
			j := strings.IndexByte(t[i+1:], '"')
			if j < 0 {
				return toks, s.Errorf(l.Off+i, "unterminated quoted label")
			}
			toks = append(toks, Token{Text: t[i+1 : i+1+j], Off: l.Off + i, Quoted: true})
			i += j + 2
		default:
			j := i
			for j < len(t) {
				c := t[j]
				if c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '"' || strings.IndexByte(seps, c) >= 0 {
					break
				}
				j++
			}
			toks = append(toks, Token{Text: t[i:j], Off: l.Off + i})
			i = j
		}
	}
	return toks, nil
}

// Weight reads token t as the weight of an edge or a matrix cell, with a
// decimal comma when comma is set; its errors name it field. A quoted
// token is a label, never a weight.
func (s *Source) Weight(t Token, field string, comma bool) (float64, error) {
	w, err := graph.ParseWeightString(t.Text, comma)
	if t.Quoted {
		err = graph.ErrNotNumber
	}
	if err != nil {
		return 0, s.ValueError(t.Off, "", field, t.Text, err, graph.WeightExample(false))
	}
	return w, nil
}

// CleanLabel makes s safe inside double quotes on one line of a text
// format: double quotes become single ones and control characters spaces.
func CleanLabel(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '"':
			return '\''
		case r < ' ' || r == 0x7f || r == '\u2028' || r == '\u2029' || r == 0x85:
			return ' '
		}
		return r
	}, s)
}
