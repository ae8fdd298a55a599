package render

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
)

// SCRATCH=dir OUT=dir VIEWS=network,levels LANG=nb FORMATS=svg,png,dot
func TestScratch(t *testing.T) {
	dir := os.Getenv("SCRATCH")
	if dir == "" {
		t.Skip()
	}
	out := os.Getenv("OUT")
	os.MkdirAll(out, 0o755)
	ds, err := importers.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := graph.BuildOptions{}
	opt.Filter.Scope = os.Getenv("SCOPE")
	n, _ := graph.Build(ds, opt)
	views := strings.Split(os.Getenv("VIEWS"), ",")
	formats := strings.Split(os.Getenv("FORMATS"), ",")
	lang, _ := graph.ParseLang(os.Getenv("SLANG"))
	for _, vs := range views {
		v, err := ParseView(vs)
		if err != nil {
			t.Fatal(err)
		}
		s := Style{Lang: lang, Unit: os.Getenv("UNIT"), By: metrics.ByAgency}
		if os.Getenv("BY") == "level" {
			s.By = metrics.ByLevel
		}
		if a := os.Getenv("AGG"); a != "" {
			s.Aggregate, _ = ParseAggregation(a)
		}
		for _, fs := range formats {
			fm, _ := ParseFormat(fs)
			t0 := time.Now()
			var buf bytes.Buffer
			if err := Draw(context.Background(), n, v, s, fm, &buf); err != nil {
				t.Errorf("%v %v: %v", v, fm, err)
				continue
			}
			name := filepath.Join(out, filepath.Base(dir)+"-"+vs+"."+fs)
			os.WriteFile(name, buf.Bytes(), 0o644)
			fmt.Printf("%s %v\n", name, time.Since(t0))
		}
	}
}

func TestScratchRender(t *testing.T) {
	f := os.Getenv("DOTFILE")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	for _, fm := range []Format{FormatSVG, FormatPNG} {
		var buf bytes.Buffer
		if err := Render(context.Background(), src, fm, &buf); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(strings.TrimSuffix(f, ".dot")+"."+fm.String(), buf.Bytes(), 0o644)
	}
}

func TestScratchMain(t *testing.T) {
	dir := os.Getenv("MAINDOT")
	if dir == "" {
		t.Skip()
	}
	ds, _ := importers.Load(dir)
	n, _ := graph.Build(ds, graph.BuildOptions{})
	v, _ := ParseView(os.Getenv("VIEWS"))
	b, err := build(n, v, Style{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := b.d.marshal()
	os.WriteFile("/tmp/out/main.dot", m, 0o644)
}

func TestScratchJSON(t *testing.T) {
	f := os.Getenv("JSONDOT")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	t0 := time.Now()
	js, err := layout(context.Background(), src, "json")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("layout", time.Since(t0))
	os.WriteFile(strings.TrimSuffix(f, ".dot")+".json", js, 0o644)
}

func TestScratchRoute(t *testing.T) {
	dir := os.Getenv("ROUTE")
	if dir == "" {
		t.Skip()
	}
	ds, _ := importers.Load(dir)
	n, _ := graph.Build(ds, graph.BuildOptions{})
	for _, vs := range strings.Split(os.Getenv("VIEWS"), ",") {
		v, _ := ParseView(vs)
		b, err := build(n, v, Style{Unit: os.Getenv("UNIT")})
		if err != nil {
			t.Fatal(err)
		}
		m, _ := b.d.marshal()
		js, err := layout(context.Background(), m, "json")
		if err != nil {
			t.Fatal(err)
		}
		var g xdotGraph
		json.Unmarshal(js, &g)
		curved := 0
		for _, e := range g.Edges {
			for _, op := range e.Draw {
				if (op.Op == "b" || op.Op == "B") && len(op.Points) > 4 {
					curved++
					break
				}
			}
		}
		fmt.Printf("%s: %d of %d edges curved\n", vs, curved, len(g.Edges))
	}
}
