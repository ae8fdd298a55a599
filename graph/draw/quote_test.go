package draw

import (
	"strconv"
	"strings"
	"testing"
)

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", `"plain"`},
		{`"<b>" & "x"`, `"\"<b>\" & \"x\""`},
		{`a\b`, `"a\\b"`},
		{`ends\`, `"ends\\ "`},
		{"two\nlines", `"two\nlines"`},
		{"tab\tbell\a", `"tab bell "`},
		{"æøå", `"æøå"`},
		{"bad \xff utf", "\"bad \uFFFD utf\""},
	} {
		got := Quote(tc.in)
		if got != tc.want {
			t.Errorf("Quote(%q) = %s; want %s", tc.in, got, tc.want)
		}
		// gonum passes a value through unquoted only when it is a valid
		// Go string literal.
		if _, err := strconv.Unquote(got); err != nil {
			t.Errorf("Quote(%q) = %s is not a Go string literal: %v", tc.in, got, err)
		}
		if back := Unquote(got); back != Clean(tc.in) && !strings.HasSuffix(tc.in, `\`) {
			t.Errorf("Unquote(%s) = %q; want %q", got, back, Clean(tc.in))
		}
	}
	if got := HTML(`<a & 'b'> "c"` + "\n"); got != `&lt;a &amp; &#39;b&#39;&gt; &quot;c&quot;<BR/>` {
		t.Errorf("HTML = %s", got)
	}
}

func TestCleanHostileNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x1b]0;x\x07", " ]0;x "},
		{"\u202eNAV", "NAV"},
		{"a\u2066b\u2069c\u200f", "abc"},
		{"=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")"},
		{"<script>", "<script>"},
		{"bolig\noppfølging", "bolig\noppfølging"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
