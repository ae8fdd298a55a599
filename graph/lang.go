package graph

import "strings"

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
