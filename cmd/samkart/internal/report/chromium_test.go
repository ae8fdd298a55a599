package report_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/cmd/samkart/internal/report"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/importers"
)

// chromium returns the path of a Chromium to render pages with, skipping
// the test when there is none (CI installs Debian's chromium).
func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not starting Chromium")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on PATH")
	return ""
}

// runChromium runs headless Chromium with a fresh profile and no network
// services on the page file, with extra flags.
func runChromium(t *testing.T, bin, file string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	args = append(args, extra...)
	args = append(args, "file://"+file)
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(extra, " "), err, errb.String())
	}
	return out.Bytes()
}

// TestChromium opens the report in headless Chromium as a reader would:
// the rendered DOM must hold every section, a screenshot of the top of the
// page must not be blank, and printing must give a PDF of several pages.
func TestChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "index.html")
	if err := os.WriteFile(file, []byte(page(t, graph.NB)), 0o644); err != nil {
		t.Fatal(err)
	}

	dom := string(runChromium(t, bin, file, "--dump-dom"))
	for _, h := range []string{"Nøkkeltall", "Manglende samarbeid", "Nøkkelenheter", "Sammenligning av kommuner", "Metoder", "<svg"} {
		if !strings.Contains(dom, h) {
			t.Errorf("Chromium's DOM has no %q", h)
		}
	}
	if strings.Contains(dom, "<script") {
		t.Error("Chromium's DOM holds a script element")
	}

	shot := filepath.Join(dir, "top.png")
	runChromium(t, bin, file, "--window-size=1280,2000", "--screenshot="+shot)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if ink := inkShare(img); ink < 0.02 {
		t.Errorf("the screenshot is blank: %.4f of its pixels are not white", ink)
	}

	pdf := filepath.Join(dir, "report.pdf")
	runChromium(t, bin, file, "--no-pdf-header-footer", "--print-to-pdf="+pdf)
	raw, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("%PDF")) {
		t.Fatal("--print-to-pdf did not write a PDF")
	}
	// Each major section starts a page: at least the data, diagrams,
	// agencies, gaps, key units, comparison, small multiples and methods.
	if info, err := exec.LookPath("pdfinfo"); err == nil {
		out, err := exec.Command(info, pdf).Output()
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("pdfinfo: no page count in\n%s", out)
		}
		if pages, _ := strconv.Atoi(string(m[1])); pages < 8 {
			t.Errorf("the PDF has %d pages, want one or more per section", pages)
		}
	}
}

// inkShare returns the share of pixels that are not (nearly) white.
func inkShare(img image.Image) float64 {
	b := img.Bounds()
	ink, all := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xF000 || g < 0xF000 || bl < 0xF000 {
				ink++
			}
			all++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(ink) / float64(all)
}

// TestPrintLegible prints the report on examples/kommune, a municipality
// of about 30 units, to A4 with headless Chromium and reads each word's
// box with pdftotext -bbox: on every page at most 1 % of the words may be
// under 6 pt, and none under 5 pt.
func TestPrintLegible(t *testing.T) {
	bin := chromium(t)
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("no pdftotext (Debian's poppler-utils) on PATH")
	}
	ds, err := importers.Load("../../../../examples/kommune")
	if err != nil {
		t.Fatal(err)
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Build(context.Background(), n, report.Options{Lang: graph.NB, Renderer: isolated})
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := report.Write(context.Background(), &page, r); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "index.html")
	if err := os.WriteFile(file, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "report.pdf")
	runChromium(t, bin, file, "--no-pdf-header-footer", "--print-to-pdf="+pdf)
	emHeight := fontBoxHeight(t, pdf)
	out, err := exec.Command(pdftotext, "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "<page ")[1:]
	if len(pages) < 8 {
		t.Fatalf("%d pages", len(pages))
	}
	word := regexp.MustCompile(`<word xMin="[-0-9.]+" yMin="([-0-9.]+)" xMax="[-0-9.]+" yMax="([-0-9.]+)">([^<]*)</word>`)
	for i, p := range pages {
		words := word.FindAllStringSubmatch(p, -1)
		var under6 []string
		for _, w := range words {
			y0, _ := strconv.ParseFloat(w[1], 64)
			y1, _ := strconv.ParseFloat(w[2], 64)
			size := (y1 - y0) / emHeight
			if size < 5 {
				t.Errorf("page %d: %q is %.1f pt", i+1, w[3], size)
			}
			if size < 6 {
				under6 = append(under6, w[3])
			}
		}
		t.Logf("page %d: %d words, %d under 6 pt", i+1, len(words), len(under6))
		if len(under6) > len(words)/100 {
			t.Errorf("page %d: %d of its %d words are under 6 pt: %q", i+1, len(under6), len(words), under6)
		}
	}
}

// fontBoxHeight returns the height of a word's box from pdftotext, in
// ems, for the fonts Chromium embedded in pdf: the font's ascent plus
// descent. It skips the test for fonts it does not know.
func fontBoxHeight(t *testing.T, pdf string) float64 {
	t.Helper()
	pdffonts, err := exec.LookPath("pdffonts")
	if err != nil {
		t.Skip("no pdffonts (poppler-utils) on PATH")
	}
	out, err := exec.Command(pdffonts, pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	// Ascent + descent of the regular faces, from the fonts' hhea tables.
	heights := map[string]float64{"DejaVuSans": 1.164, "LiberationSans": 1.149, "Arimo": 1.149, "NotoSans": 1.362}
	h := 0.0
	for _, line := range strings.Split(string(out), "\n")[2:] {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		name := f[0]
		if i := strings.Index(name, "+"); i >= 0 {
			name = name[i+1:]
		}
		name = strings.Split(name, "-")[0]
		name = strings.TrimSuffix(strings.TrimSuffix(name, "Mono"), "Condensed")
		x, ok := heights[name]
		if !ok {
			t.Skipf("font %s: its box height is not known to the test", f[0])
		}
		h = max(h, x)
	}
	if h == 0 {
		t.Fatal("no fonts in the PDF")
	}
	return h
}
