package text

import (
	"bytes"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

func TestVisibleHostileNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x1b]0;x\x07", `\x1b]0;x\x07`},
		{"\u202eNAV", `\u202eNAV`},
		{"NAV\xff", `NAV\xff`},
		{"=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")"},
		{"<script>", "<script>"},
		{"Rådmann Øst", "Rådmann Øst"},
	} {
		if got := Visible(c.in); got != c.want {
			t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextTableShowsControlsVisibly(t *testing.T) {
	tab := &Table{Columns: []Column{{Key: "name"}, {Key: "n"}}}
	tab.Rows = [][]any{{"\x1b]0;x\x07", 1}, {"\u202eNAV", 2}}
	var b bytes.Buffer
	if err := WriteText(&b, tab, graph.EN); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Fatalf("raw control in text table: %q", out)
	}
	for _, want := range []string{`\x1b]0;x\x07`, `\u202eNAV`} {
		if !strings.Contains(out, want) {
			t.Errorf("text table lacks %q:\n%s", want, out)
		}
	}
}
