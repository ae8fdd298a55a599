package draw

import (
	"strings"
	"unicode"
)

// Text in diagrams comes from users' files, so it is escaped twice over:
// once for DOT (a unit may be called `"<b>" & "x"`) and, by Graphviz, for
// SVG. Labels are given to gonum's DOT encoder already quoted, so that it
// passes them through: gonum quotes only what is not already a valid DOT
// ID, and would take a name that happens to look like `<...>` for an HTML
// label and one that looks like `"..."` for a quoted string.

// Clean makes s valid UTF-8, turns control characters other than newline
// into spaces and drops bidirectional formatting characters, as Quote and
// HTML do before escaping.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if unicode.IsControl(r) {
			return ' '
		}
		if bidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// bidiControl reports whether r is a bidirectional formatting character
// (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069): one in a name would
// reverse the rest of a label and show a different name than the file
// holds.
func bidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// Quote returns s as a DOT double-quoted string for an escString
// attribute (label, tooltip, xlabel): backslashes and quotes escaped, a
// newline as Graphviz's centred line break \n. The result is also a valid
// Go string literal, which is what makes gonum leave it alone.
func Quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range Clean(s) {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	// Graphviz's scanner reads \\" as a backslash and an escaped quote,
	// so a string must not end in an escaped backslash.
	if strings.HasSuffix(b.String(), `\\`) {
		b.WriteByte(' ')
	}
	b.WriteByte('"')
	return b.String()
}

// Unquote undoes Quote; a value that is not quoted is returned as it is.
func Unquote(s string) string {
	if len(s) < 2 || s[0] != '"' {
		return s
	}
	s = strings.TrimSuffix(s[1:], `"`)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	out := b.String()
	if strings.HasSuffix(s, `\\ `) { // Quote's guard after a final backslash
		out = strings.TrimSuffix(out, " ")
	}
	return out
}

// HTML escapes s for the inside of a Graphviz HTML-like label: the XML
// entities, newlines as <BR/>.
func HTML(s string) string {
	var b strings.Builder
	for _, r := range Clean(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		case '\n':
			b.WriteString("<BR/>")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlText escapes s for SVG text and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range Clean(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n':
			b.WriteString("&#10;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
