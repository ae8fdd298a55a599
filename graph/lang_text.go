package graph

import (
	"strings"
)

// Langs returns the supported languages, in the order help lists them.
func Langs() []Lang { return []Lang{NB, EN} }

// MarshalText returns the language's code: nb or en.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l), nil }

// UnmarshalText accepts a language's code, nb or en, in any case; unlike
// ParseLang it takes neither other names nor locale strings.
func (l *Lang) UnmarshalText(b []byte) error {
	s := Lang(strings.ToLower(strings.TrimSpace(string(b))))
	var codes []string
	for _, x := range Langs() {
		if s == x {
			*l = x
			return nil
		}
		codes = append(codes, string(x))
	}
	return NotOneOf(codes...)
}
