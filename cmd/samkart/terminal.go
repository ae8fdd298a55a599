package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Names in a dataset come from anyone: a unit called "\x1b]0;…" or with a
// right-to-left override (U+202E) would retitle the terminal or show a
// different name than the file holds. Everything samkart writes on
// standard error passes through neutralise, which writes such characters
// as visible escapes.

// neutralise returns s with control characters other than newline and
// tab, DEL, C1 controls, bytes that are not UTF-8 and the bidirectional
// formatting characters written as \xNN or \uNNNN.
func neutralise(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r == utf8.RuneError || unsafeRune(r) }) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// unsafeRune reports whether r may change what a terminal shows.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// neutralWriter writes through neutralise. Each Write is taken whole, as
// samkart writes each message with one call.
type neutralWriter struct{ w io.Writer }

func (n neutralWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(n.w, neutralise(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// neutraliseStderr makes e.stderr neutralise what is written to it,
// keeping the raw stream for samkart's own progress line.
func (e *env) neutraliseStderr() {
	if _, ok := e.stderr.(neutralWriter); ok {
		return
	}
	e.rawStderr = e.stderr
	e.stderr = neutralWriter{e.stderr}
}
