package draw

import (
	"fmt"
	"strings"
)

// Format is an output format of [Render].
type Format int

// The formats [Render] writes. The zero value is SVG, the primary output.
const (
	FormatSVG Format = iota // SVG from Graphviz's own renderer
	FormatPNG               // PNG rasterised by samkart from Graphviz's layout (see package raster)
	FormatDOT               // the DOT source itself, unchanged
)

var formatNames = [...]string{FormatSVG: "svg", FormatPNG: "png", FormatDOT: "dot"}

// String returns the format's lower-case name: svg, png or dot.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat returns the format named s: svg, png or dot (any case; "gv" is
// accepted for dot, as the file extension Graphviz also uses).
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "svg":
		return FormatSVG, nil
	case "png":
		return FormatPNG, nil
	case "dot", "gv":
		return FormatDOT, nil
	}
	return 0, fmt.Errorf("draw: unknown format %q; want svg, png or dot", s)
}
