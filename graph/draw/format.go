package draw

import (
	"fmt"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Format is an output format of Renderer.Render: svg, png or dot by name.
type Format int

// The formats a Renderer writes. The zero value is SVG, the primary output.
const (
	FormatSVG Format = iota // SVG from Graphviz's own renderer
	FormatPNG               // PNG rasterised by samkart from Graphviz's layout (see package raster)
	FormatDOT               // the DOT source itself, unchanged
)

var formatNames = [...]string{FormatSVG: "svg", FormatPNG: "png", FormatDOT: "dot"}

// Formats returns the formats in the order of their names in help.
func Formats() []Format { return []Format{FormatSVG, FormatPNG, FormatDOT} }

// String returns the format's lower-case name: svg, png or dot.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// MarshalText returns the format's name.
func (f Format) MarshalText() ([]byte, error) {
	if f < 0 || int(f) >= len(formatNames) {
		return nil, fmt.Errorf("draw: unknown format %d", int(f))
	}
	return []byte(formatNames[f]), nil
}

// UnmarshalText accepts a format's name in any case.
func (f *Format) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, name := range formatNames {
		if s == name {
			*f = Format(i)
			return nil
		}
	}
	return graph.NotOneOf(formatNames[:]...)
}
