package graph

import (
	"strconv"
	"strings"
)

// Lang is a language for what users read: bokmål or English.
type Lang string

// The supported languages.
const (
	NB Lang = "nb"
	EN Lang = "en"
)

// ParseLang accepts nb, nob, no, bokmål, en, eng, english (any case) and
// locale strings such as nb_NO.UTF-8; ok is false for anything else.
func ParseLang(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_.-@"); i > 0 {
		s = s[:i]
	}
	switch s {
	case "nb", "nob", "no", "nn", "bokmål", "bokmal", "norsk":
		return NB, true
	case "en", "eng", "english", "c", "posix":
		return EN, true
	}
	return EN, false
}

// Text is a phrase in both languages.
type Text struct {
	NB string `json:"nb"`
	EN string `json:"en"`
}

// In returns the text in language l.
func (t Text) In(l Lang) string {
	if l == NB {
		return t.NB
	}
	return t.EN
}

// T returns a Text; short for use in tables of phrases.
func T(nb, en string) Text { return Text{NB: nb, EN: en} }

// Textf formats nb and en with the same arguments; an argument that is a
// Text (a Count, say) is given in each phrase's language.
func Textf(nb, en string, args ...any) Text { return T(format(nb, args, NB), format(en, args, EN)) }

// errNotOneOf is a word that is none of a fixed list's.
var errNotOneOf = &Problem{Msg: T("må være en av %s", "want one of %s")}

// NotOneOf is the error of a word that is none of names, said in both
// languages (its Error is the English "want one of a, b, c").
func NotOneOf(names ...string) error {
	return &InputError{Err: errNotOneOf, Args: []any{strings.Join(names, ", ")}}
}

// GroupDigits groups the digits of an integer for people: a no-break
// space between groups in bokmål (not for four digits), a comma in
// English, and a minus sign for a leading '-'.
func GroupDigits(digits string, l Lang) string {
	neg := strings.HasPrefix(digits, "-")
	s := strings.TrimPrefix(digits, "-")
	if len(s) <= 4 && l == NB || len(s) <= 3 {
		if neg {
			return "−" + s
		}
		return s
	}
	sep := ","
	if l == NB {
		sep = "\u00a0"
	}
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Count writes n in both languages with its digits grouped ("46 153",
// "46,153").
func Count(n int) Text {
	s := strconv.Itoa(n)
	return T(GroupDigits(s, NB), GroupDigits(s, EN))
}
