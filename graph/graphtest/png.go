package graphtest

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
)

// PNGWithin returns a comparison for GoldenFunc that decodes want and got
// as PNG images and accepts got when it has want's size and at most the
// fraction share of its pixels differ from want's by more than tol in an
// 8-bit channel. A change in anti-aliasing or rounding then passes, but a
// missing edge, label or fill fails.
func PNGWithin(tol int, share float64) func(want, got []byte) string {
	return func(want, got []byte) string {
		w, err := png.Decode(bytes.NewReader(want))
		if err != nil {
			return fmt.Sprintf("the golden file is not a PNG: %v", err)
		}
		g, err := png.Decode(bytes.NewReader(got))
		if err != nil {
			return fmt.Sprintf("got is not a PNG: %v", err)
		}
		b := g.Bounds()
		if b != w.Bounds() {
			return fmt.Sprintf("size %v; golden %v", b.Size(), w.Bounds().Size())
		}
		differ, worst := 0, 0
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				d := channelDistance(g.At(x, y), w.At(x, y))
				worst = max(worst, d)
				if d > tol {
					differ++
				}
			}
		}
		if frac := float64(differ) / float64(b.Dx()*b.Dy()); frac > share {
			return fmt.Sprintf("%d pixels (%.3f%%) differ by more than %d (worst %d)", differ, 100*frac, tol, worst)
		}
		return ""
	}
}

// channelDistance is the largest difference of the 8-bit channels of a
// and b.
func channelDistance(a, b color.Color) int {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	d := 0
	for _, p := range [][2]uint32{{ar, br}, {ag, bg}, {ab, bb}, {aa, ba}} {
		d = max(d, abs(int(p[0]>>8)-int(p[1]>>8)))
	}
	return d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
