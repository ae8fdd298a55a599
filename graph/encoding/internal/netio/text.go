package netio

import (
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// Token is one word of a line: a run of characters up to a separator, or a
// string in double quotes (without them).
type Token struct {
	Text   string
	At     Pos
	Quoted bool
}

// Tokens splits a line into tokens at white space and at any byte of seps
// (such as "," in DL). A double quote starts a quoted token that runs to
// the next double quote; quoted tokens have no escapes, as in Pajek and
// UCINET. An unterminated quote is an error at the quote; the tokens
// before it are returned with the error. Columns are counted as the line
// is split, so a long line costs linear time.
func (s *Source) Tokens(l Line, seps string) ([]Token, error) {
	var toks []Token
	t := l.Text
	col, counted := 1, 0 // col is the column of byte counted
	colAt := func(i int) int {
		col += utf8.RuneCountInString(t[counted:i])
		counted = i
		return col
	}
	sep := func(c byte) bool {
		return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || strings.IndexByte(seps, c) >= 0
	}
	i := 0
	for i < len(t) {
		c := t[i]
		switch {
		case sep(c):
			i++
		case c == '"':
			j := strings.IndexByte(t[i+1:], '"')
			at := Pos{l.Num, colAt(i)}
			if j < 0 {
				return toks, s.Errorf(at, "unterminated quoted label")
			}
			toks = append(toks, Token{Text: t[i+1 : i+1+j], At: at, Quoted: true})
			i += j + 2
		default:
			j := i
			for j < len(t) && !sep(t[j]) && t[j] != '"' {
				j++
			}
			toks = append(toks, Token{Text: t[i:j], At: Pos{l.Num, colAt(i)}})
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
		return 0, s.ValueError(t.At, "", field, t.Text, err, graph.WeightExample(false))
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
