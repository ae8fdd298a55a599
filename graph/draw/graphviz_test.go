package draw

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain runs the binary as a layout child when asked to, and the tests
// otherwise.
func TestMain(m *testing.M) {
	if IsChild(os.Args) {
		os.Exit(ServeChild(context.Background(), os.Stdin, os.Stdout, os.Stderr))
	}
	if len(os.Args) == 2 && os.Args[1] == dotChild {
		os.Exit(serveDOTChild())
	}
	if len(os.Args) == 3 && os.Args[1] == cacheChild {
		os.Exit(serveCacheChild(os.Args[2]))
	}
	os.Exit(m.Run())
}

// isolated runs fdp and sfdp layouts in a child process, this test binary
// run again, as samkart runs them; the tests' renders go through it.
var isolated = ChildRenderer()

func TestFormatText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		ok   bool
	}{
		{"svg", FormatSVG, true},
		{"PNG", FormatPNG, true},
		{" dot ", FormatDOT, true},
		{"gv", 0, false},
		{"pdf", 0, false},
		{"", 0, false},
	} {
		var got Format
		err := got.UnmarshalText([]byte(tc.in))
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		if !tc.ok && (err == nil || err.Error() != "want one of svg, png, dot") {
			t.Errorf("UnmarshalText(%q): error %v", tc.in, err)
		}
	}
	for _, f := range Formats() {
		b, err := f.MarshalText()
		var back Format
		if err != nil || string(b) != f.String() || back.UnmarshalText(b) != nil || back != f {
			t.Errorf("%v does not round-trip: %q, %v", f, b, err)
		}
	}
	if s := Format(7).String(); s != "Format(7)" {
		t.Errorf("Format(7).String() = %q", s)
	}
	if _, err := Format(7).MarshalText(); err == nil {
		t.Error("Format(7).MarshalText() succeeded")
	}
}

func TestRenderDOTPassthrough(t *testing.T) {
	for _, in := range []string{
		"graph { a -- b }\n",
		"digraph { \"Rådmann Østfjord\" -> \"<b>\" }",
		"not DOT at all {", // passed through: DOT output never calls Graphviz
	} {
		var buf bytes.Buffer
		if err := isolated.Render(context.Background(), []byte(in), FormatDOT, &buf); err != nil {
			t.Fatalf("isolated.Render(%q, dot): %v", in, err)
		}
		if buf.String() != in {
			t.Errorf("isolated.Render(%q, dot) wrote %q", in, buf.String())
		}
	}
}

// svgTexts decodes svg with encoding/xml, failing on malformed XML, and
// returns the character data of its <text> elements.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	var cur *strings.Builder
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			if tok.Name.Local == "text" {
				cur = &strings.Builder{}
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && cur != nil {
				texts = append(texts, cur.String())
				cur = nil
			}
		}
	}
	if root != "svg" {
		t.Fatalf("SVG root element is %q", root)
	}
	return texts
}

func TestRenderSVG(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []string // texts that must appear, exactly, in <text> elements
	}{
		{"graphviz_basic.dot", []string{"Rådmann Østfjord", "Helse og omsorg Ås", "Flyktningtjenesten Bjørnøy", `"<b>" & "x"`, "Østfjord kommune", "møte 3"}},
		{"graphviz_network.dot", []string{"Samhandling i Østfjord og Ås, 2011–2012", "Østfjord kommune", "Ås kommune", "Forklaring", "Husbanken region øst", "uformell"}},
		{"graphviz_legend.dot", []string{`"<b>" & "x"`, "Forklaring", "uformell kontakt", "Ås & Østfjord", "Bjørnøy"}},
		{"graphviz_html.dot", []string{"NAV", " æøå", "kursiv"}},
		{"graphviz_neato.dot", []string{"NAV Østfjord", "Flyktningtjenesten Bjørnøy"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			dot := readTestdata(t, tc.file)
			var buf bytes.Buffer
			if err := isolated.Render(context.Background(), dot, FormatSVG, &buf); err != nil {
				t.Fatal(err)
			}
			texts := svgTexts(t, buf.Bytes())
			for _, w := range tc.want {
				found := false
				for _, s := range texts {
					if s == w {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("no <text> %q in the SVG; have %q", w, texts)
				}
			}
		})
	}
}

// TestRenderEscapes checks that a label with XML and DOT metacharacters
// comes through as text, not markup.
func TestRenderEscapes(t *testing.T) {
	const label = `"<b>" & "x"`
	dot := []byte("digraph { n [label=\"\\\"<b>\\\" & \\\"x\\\"\"]; m [label=\"Ærlig talt, Øst & Vest\"]; n -> m }")
	var buf bytes.Buffer
	if err := isolated.Render(context.Background(), dot, FormatSVG, &buf); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, buf.Bytes())
	want := []string{label, "Ærlig talt, Øst & Vest"}
	if fmt.Sprint(texts) != fmt.Sprint(want) {
		t.Errorf("texts = %q; want %q", texts, want)
	}
	if bytes.Contains(buf.Bytes(), []byte("<b>")) {
		t.Error("the SVG contains a raw <b> element")
	}
}

func TestRenderDeterministic(t *testing.T) {
	files, err := filepath.Glob("testdata/graphviz_*.dot")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata/graphviz_*.dot", err)
	}
	for _, f := range files {
		dot := readTestdata(t, filepath.Base(f))
		for _, format := range []Format{FormatSVG, FormatPNG} {
			var a, b bytes.Buffer
			if err := isolated.Render(context.Background(), dot, format, &a); err != nil {
				t.Fatalf("%s %v: %v", f, format, err)
			}
			if err := isolated.Render(context.Background(), dot, format, &b); err != nil {
				t.Fatalf("%s %v: %v", f, format, err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %v: two renders differ", f, format)
			}
		}
	}
}

func TestRenderErrors(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, dot string
		format    Format
		want      string // substring of the error
	}{
		{"empty", "  \n", FormatSVG, "empty DOT"},
		{"syntax", "digraph { a -> ; }", FormatSVG, "syntax error"},
		{"syntax png", "graph { a -- b; a -> c }", FormatPNG, "syntax error"},
		{"layout", "digraph { layout=bogus; a -> b }", FormatSVG, `layout "bogus" not supported`},
		{"layout circo", "digraph { layout=circo; a -> b }", FormatPNG, `layout "circo" not supported`},
		{"syntax fdp", "graph { layout=fdp; a -- }", FormatPNG, "syntax error"},
		{"format", "digraph { a -> b }", Format(9), "unknown format"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := isolated.Render(ctx, []byte(tc.dot), tc.format, &buf)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v; want it to contain %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes on error", buf.Len())
			}
		})
	}
	// Graphviz still works after the failures.
	var buf bytes.Buffer
	if err := isolated.Render(ctx, []byte("digraph { a -> b }"), FormatSVG, &buf); err != nil {
		t.Fatalf("render after errors: %v", err)
	}
}

// TestRenderConcurrent renders from several goroutines at once: calls are
// serialised and each gets its own, correct, output.
// TestRenderConcurrent renders from several goroutines at once, with
// and without Reuse: fdp's child processes run while this process's
// Graphviz lays out the others, and the pictures are those of lone
// renders.
func TestRenderConcurrent(t *testing.T) {
	files := []string{"graphviz_basic.dot", "graphviz_neato.dot", "graphviz_fdp.dot"}
	want := make([][]byte, len(files))
	for i, f := range files {
		var buf bytes.Buffer
		if err := isolated.Render(context.Background(), readTestdata(t, f), FormatPNG, &buf); err != nil {
			t.Fatal(err)
		}
		want[i] = buf.Bytes()
	}
	reuse := *isolated
	reuse.Reuse = true
	for _, r := range []*Renderer{isolated, &reuse} {
		errs := make(chan error, 2*len(files))
		for range 2 {
			for i, f := range files {
				dot := readTestdata(t, f)
				go func() {
					var buf bytes.Buffer
					err := r.Render(context.Background(), dot, FormatPNG, &buf)
					if err == nil && !bytes.Equal(buf.Bytes(), want[i]) {
						err = fmt.Errorf("%s (Reuse %v): output differs from a lone render", f, r.Reuse)
					}
					errs <- err
				}()
			}
		}
		for range 2 * len(files) {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
	}
}

func TestRenderCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	err := isolated.Render(ctx, []byte("digraph { a -> b }"), FormatSVG, &buf)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v; want context.Canceled", err)
	}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderWriteError(t *testing.T) {
	err := isolated.Render(context.Background(), []byte("digraph { a -> b }"), FormatPNG, errWriter{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v; want the writer's error", err)
	}
}

func TestRenderLayoutEngines(t *testing.T) {
	for _, tc := range []struct {
		engine string
		ok     bool
	}{
		{"dot", true}, {"neato", true}, {"twopi", true}, {"fdp", true}, {"sfdp", true},
		{"circo", false}, {"osage", false}, {"NEATO", false}, {"bogus", false},
	} {
		t.Run(tc.engine, func(t *testing.T) {
			dot := fmt.Sprintf("graph { layout=%s; a -- b -- c -- a; c -- \"Ås\" }", tc.engine)
			for _, f := range []Format{FormatSVG, FormatPNG} {
				var buf bytes.Buffer
				err := isolated.Render(context.Background(), []byte(dot), f, &buf)
				if tc.ok && err != nil {
					t.Errorf("%v: %v", f, err)
				}
				if !tc.ok && (err == nil || !strings.Contains(err.Error(), "not supported")) {
					t.Errorf("%v: err = %v; want not supported", f, err)
				}
			}
		})
	}
}

// TestRenderHistory renders the test graphs twice over, in turn: a layout
// must not depend on what was laid out before it in the same process.
func TestRenderHistory(t *testing.T) {
	files, _ := filepath.Glob("testdata/graphviz_*.dot")
	first := make(map[string][]byte)
	for round := range 2 {
		for _, f := range files {
			var buf bytes.Buffer
			if err := isolated.Render(context.Background(), readTestdata(t, filepath.Base(f)), FormatSVG, &buf); err != nil {
				t.Fatal(err)
			}
			if round == 0 {
				first[f] = buf.Bytes()
			} else if !bytes.Equal(first[f], buf.Bytes()) {
				t.Errorf("%s: the second round differs from the first", f)
			}
		}
	}
}

// TestGraphvizAcceptsDOT runs the real Graphviz dot (Debian's graphviz) on
// every DOT file this package feeds go-graphviz, so they stay portable.
func TestGraphvizAcceptsDOT(t *testing.T) {
	dotCmd, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not installed")
	}
	files, _ := filepath.Glob("testdata/graphviz_*.dot")
	inputs := map[string][]byte{"bench": benchDOT(40)} // the benchmark's kind of graph, smaller
	for _, f := range files {
		inputs[filepath.Base(f)] = readTestdata(t, filepath.Base(f))
	}
	for name, dot := range inputs {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(dotCmd, "-Tsvg", "-o", os.DevNull)
			cmd.Stdin = bytes.NewReader(dot)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil || stderr.Len() > 0 {
				t.Errorf("dot: %v\n%s", err, stderr.String())
			}
		})
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// benchDOT generates a network view of n units in the shape the diagram
// views produce: units in municipality clusters, filled by agency, shape
// by level, about two ties per unit, some dashed, widths by weight. The
// seed is fixed.
func benchDOT(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	agencies := []struct{ name, color string }{
		{"NAV", "#56b4e9"}, {"Eiendom", "#d55e00"}, {"Helse og omsorg", "#cc79a7"},
		{"Flyktningtjenesten", "#009e73"}, {"Boligkontoret", "#f0e442"}, {"Husbanken", "#0072b2"},
	}
	towns := []string{"Østfjord", "Ås", "Bjørnøy", "Ålvik", "Nærøy", "Øvre Eiker", "Tromsø", "Bodø", "Hammerfest", "Moss"}
	shapes := []string{"box", "ellipse", "hexagon", "octagon"}
	var b bytes.Buffer
	b.WriteString("graph bench {\n\tgraph [fontname=\"Helvetica\", label=\"Benchmark\", newrank=true];\n")
	b.WriteString("\tnode [fontname=\"Helvetica\", fontsize=10, style=filled];\n\tedge [color=\"#555555\"];\n")
	per := (n + len(towns) - 1) / len(towns)
	for ti, town := range towns {
		fmt.Fprintf(&b, "\tsubgraph cluster_%d {\n\t\tlabel=\"%s kommune\"; style=rounded; color=\"#999999\";\n", ti, town)
		for i := ti * per; i < min(n, (ti+1)*per); i++ {
			a := agencies[rng.IntN(len(agencies))]
			fmt.Fprintf(&b, "\t\tu%d [label=\"%s %s %d\", fillcolor=\"%s\", shape=%s];\n",
				i, a.name, town, i, a.color, shapes[rng.IntN(len(shapes))])
		}
		b.WriteString("\t}\n")
	}
	for i := 0; i < 2*n; i++ {
		x := rng.IntN(n)
		y := x + 1 + rng.IntN(per) // mostly local ties, as in a real network
		if rng.IntN(5) == 0 {
			y = rng.IntN(n)
		}
		if y >= n || y == x {
			continue
		}
		style := ""
		if rng.IntN(4) == 0 {
			style = ", style=dashed"
		}
		fmt.Fprintf(&b, "\tu%d -- u%d [penwidth=%.1f%s];\n", x, y, 0.5+2*rng.Float64(), style)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func BenchmarkRender(b *testing.B) {
	dot := benchDOT(300)
	for _, f := range []Format{FormatSVG, FormatPNG} {
		b.Run(fmt.Sprintf("300/%v", f), func(b *testing.B) {
			for b.Loop() {
				if err := isolated.Render(context.Background(), dot, f, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestIsolate checks which layouts go to the child process: fdp and sfdp
// do, dot does not, and a child that cannot start leaves the layout here.
func TestIsolate(t *testing.T) {
	failing := &Renderer{Isolate: func(ctx context.Context) *exec.Cmd {
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		return exec.CommandContext(ctx, exe, "-test.run=^$", "-no-such-flag")
	}}
	missing := &Renderer{Isolate: func(ctx context.Context) *exec.Cmd {
		return exec.CommandContext(ctx, filepath.Join(t.TempDir(), "no-such-program"))
	}}
	for _, tc := range []struct {
		r      *Renderer
		engine string
		want   string // substring of the error; "" for none
	}{
		{failing, "fdp", "draw: graphviz child process: exit status"},
		{failing, "sfdp", "draw: graphviz child process: exit status"},
		{failing, "dot", ""},
		{failing, "neato", ""},
		{missing, "fdp", ""},
		{nil, "sfdp", ""},
		{&Renderer{}, "fdp", ""},
	} {
		dot := fmt.Sprintf("graph { layout=%s; a -- b -- c }", tc.engine)
		var buf bytes.Buffer
		err := tc.r.Render(context.Background(), []byte(dot), FormatSVG, &buf)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.engine, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: err = %v; want %q", tc.engine, err, tc.want)
		}
	}
}

// TestServeLayout speaks the child's side of the protocol directly.
func TestServeLayout(t *testing.T) {
	for _, tc := range []struct {
		in, want, err string
	}{
		{"svg\ngraph { layout=fdp; a -- \"Ås\" }", "<svg", ""},
		{"json\ngraph { a -- b }", `"_draw_"`, ""},
		{"png\ngraph { a -- b }", "", `unknown format "png"`},
		{"svg\ngraph { a -- }", "", "syntax error"},
		{"svg", "", "layout request"},
	} {
		var out bytes.Buffer
		err := ServeLayout(context.Background(), strings.NewReader(tc.in), &out)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err = %v; want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !strings.Contains(out.String(), tc.want) {
			t.Errorf("%q: err %v, output %.60q; want %q in it", tc.in, err, out.String(), tc.want)
		}
	}
}

// TestServeChild checks how a program knows it is a layout child and what
// the child writes and returns.
func TestServeChild(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"samkart", ChildArg}, true},
		{[]string{"/tmp/draw.test", "__layout"}, true},
		{[]string{"samkart"}, false},
		{[]string{"samkart", ChildArg, "x"}, false},
		{[]string{"samkart", "render", ChildArg}, false},
		{nil, false},
	} {
		if got := IsChild(tc.args); got != tc.want {
			t.Errorf("IsChild(%q) = %v", tc.args, got)
		}
	}
	for _, tc := range []struct {
		in, out, err string
		code         int
	}{
		{"svg\ngraph { a -- b }", "<svg", "", 0},
		{"png\ngraph { a -- b }", "", `draw: layout request: unknown format "png"`, 1},
	} {
		var out, stderr bytes.Buffer
		code := ServeChild(context.Background(), strings.NewReader(tc.in), &out, &stderr)
		if code != tc.code || !strings.Contains(out.String(), tc.out) || (tc.out == "") != (out.Len() == 0) || stderr.String() != tc.err {
			t.Errorf("%q: exit %d, output %.60q, stderr %q; want %d, %q, %q", tc.in, code, out.String(), stderr.String(), tc.code, tc.out, tc.err)
		}
	}
}

// TestReuse checks that a Renderer with Reuse, which lays a graph out once
// for SVG and PNG, in this process and in a child, draws the same bytes as
// one that lays out for each picture.
func TestReuse(t *testing.T) {
	files, err := filepath.Glob("testdata/graphviz_*.dot")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata/graphviz_*.dot", err)
	}
	reuse := *isolated
	reuse.Reuse = true
	for _, f := range files {
		dot := readTestdata(t, filepath.Base(f))
		for _, format := range []Format{FormatPNG, FormatSVG, FormatPNG} {
			var a, b bytes.Buffer
			if err := isolated.Render(context.Background(), dot, format, &a); err != nil {
				t.Fatalf("%s %v: %v", f, format, err)
			}
			if err := reuse.Render(context.Background(), dot, format, &b); err != nil {
				t.Fatalf("%s %v: %v", f, format, err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %v: differs with Reuse", f, format)
			}
		}
	}
	if reuse.memo == nil || len(reuse.memo.kept) != 2*len(files) {
		t.Errorf("Reuse kept %v layouts, want %d", reuse.memo, 2*len(files))
	}
}

func TestFrame(t *testing.T) {
	for _, outs := range [][][]byte{{[]byte("one")}, {[]byte("<svg/>"), []byte("{}\n")}, {{}, []byte("x")}} {
		got, err := unframe(frame(outs), len(outs))
		if err != nil || len(got) != len(outs) {
			t.Fatalf("unframe(frame(%q)) = %q, %v", outs, got, err)
		}
		for i := range outs {
			if !bytes.Equal(got[i], outs[i]) {
				t.Errorf("unframe(frame(%q))[%d] = %q", outs, i, got[i])
			}
		}
	}
	for _, bad := range []string{"", "5\nabc", "x\nabc", "-1\n"} {
		if _, err := unframe([]byte(bad), 2); err == nil {
			t.Errorf("unframe(%q) accepted", bad)
		}
	}
}

func TestOnce(t *testing.T) {
	if (*Renderer)(nil).Once() != nil {
		t.Error("nil.Once() is not nil")
	}
	reuse := *isolated
	reuse.Reuse = true
	reuse.memo = &layoutMemo{kept: map[memoKey][]byte{}}
	once := reuse.Once()
	if once.Reuse || once.memo != nil || once.Isolate == nil {
		t.Errorf("Once() = %+v; want Isolate kept, no Reuse, no layouts", once)
	}
	if isolated.Once() != isolated {
		t.Error("Once() of a Renderer without Reuse is not itself")
	}
}

// TestLargeApart renders a graph of largeDOT bytes or more in a child
// process, with and without Reuse, into the same bytes as a layout here.
func TestLargeApart(t *testing.T) {
	var dot bytes.Buffer
	dot.WriteString("/* " + strings.Repeat("padding ", largeDOT/8) + "*/\n")
	dot.Write(readTestdata(t, "graphviz_neato.dot"))
	here := &Renderer{}
	children := 0
	apart := &Renderer{Isolate: func(ctx context.Context) *exec.Cmd {
		children++
		return isolated.Isolate(ctx)
	}}
	reuse := *apart
	reuse.Reuse = true
	for _, f := range []Format{FormatSVG, FormatPNG} {
		var want bytes.Buffer
		if err := here.Render(context.Background(), dot.Bytes(), f, &want); err != nil {
			t.Fatal(err)
		}
		for _, r := range []*Renderer{apart, &reuse} {
			var got bytes.Buffer
			if err := r.Render(context.Background(), dot.Bytes(), f, &got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%v (Reuse %v): differs from the layout here", f, r.Reuse)
			}
		}
	}
	// One per format and Renderer: the layouts kept are in another format.
	if children != 4 {
		t.Errorf("%d child processes; want 4", children)
	}
}
