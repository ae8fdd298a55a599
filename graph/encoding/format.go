package encoding

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/samkart/samkart/graph"
)

// Format is one of the exchange formats, each a package below this one
// with the same Encode and Decode; its name is the one the command line
// spells.
type Format int

// The exchange formats. The zero value is GraphML, read by most tools.
const (
	FormatGraphML  Format = iota // package graphml: "graphml"
	FormatGEXF                   // package gexf: "gexf"
	FormatPajek                  // package pajek: "pajek"
	FormatDL                     // package dl: "dl"
	FormatNodeLink               // package nodelink: "json"
)

var formatNames = [...]string{
	FormatGraphML: "graphml", FormatGEXF: "gexf", FormatPajek: "pajek",
	FormatDL: "dl", FormatNodeLink: "json",
}

// Formats returns the formats in the order of their names in help.
func Formats() []Format {
	return []Format{FormatGraphML, FormatGEXF, FormatPajek, FormatDL, FormatNodeLink}
}

// String returns the format's name: graphml, gexf, pajek, dl or json.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// MarshalText returns the format's name.
func (f Format) MarshalText() ([]byte, error) {
	if f < 0 || int(f) >= len(formatNames) {
		return nil, fmt.Errorf("encoding: unknown format %d", int(f))
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

// CarriesMeasures reports whether the format's Options take per-unit
// measures (Extra): GraphML, GEXF and node-link JSON do; Pajek and DL,
// whose files hold no node attributes, do not.
func (f Format) CarriesMeasures() bool {
	return f == FormatGraphML || f == FormatGEXF || f == FormatNodeLink
}

// FormatOfName returns the format a file name's extension names (.graphml,
// .gexf, .net or .paj, .dl, .json), so that a file given where a dataset
// folder is expected can be read without naming its format.
func FormatOfName(name string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".graphml":
		return FormatGraphML, true
	case ".gexf":
		return FormatGEXF, true
	case ".net", ".paj", ".pajek":
		return FormatPajek, true
	case ".dl":
		return FormatDL, true
	case ".json":
		return FormatNodeLink, true
	}
	return 0, false
}
