package graphtest

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// grey encodes a w×h grey PNG, with the pixel at (0, 0) set to dot.
func grey(t *testing.T, w, h int, dot uint8) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{128, 128, 128, 255})
		}
	}
	img.Set(0, 0, color.NRGBA{dot, 128, 128, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPNGWithin(t *testing.T) {
	within := PNGWithin(48, 0.02) // 2 of 100 pixels may differ
	want := grey(t, 10, 10, 128)
	for _, tc := range []struct {
		name      string
		want, got []byte
		diff      string
	}{
		{"same", want, grey(t, 10, 10, 128), ""},
		{"within the channel tolerance", want, grey(t, 10, 10, 128+48), ""},
		{"one pixel", want, grey(t, 10, 10, 255), ""},
		{"too many pixels", grey(t, 5, 5, 128), grey(t, 5, 5, 255), "1 pixels (4.000%) differ by more than 48 (worst 127)"},
		{"size", want, grey(t, 10, 11, 128), "size (10,11); golden (10,10)"},
		{"golden not a PNG", nil, want, "the golden file is not a PNG: unexpected EOF"},
		{"got not a PNG", want, []byte("GIF89a, not a PNG at all"), "got is not a PNG: png: invalid format: not a PNG file"},
	} {
		if d := within(tc.want, tc.got); d != tc.diff {
			t.Errorf("%s: %q; want %q", tc.name, d, tc.diff)
		}
	}
}
