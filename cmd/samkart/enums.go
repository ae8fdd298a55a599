package main

import (
	"encoding"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// Every flag that takes one of a fixed set of words has a type that
// reads and writes its own names, declared with textVar: the type's list
// of names is the only one, and help and the error for a wrong word are
// made from it. The types that belong to a package below (views.View,
// draw.Format, graph.Lang, graph.Projection, encoding.Format,
// pajek.Partition) live there; those that only the command line knows
// are here.

// textVar declares a flag whose type reads and writes its own names
// (encoding.TextUnmarshaler, encoding.TextMarshaler), such as views.View
// or graph.Lang, with pflag's TextVar; the names, and the error for a
// word that is none of them, come from the type. Help shows the flag as a
// string with its default quoted.
func textVar(fs *pflag.FlagSet, p encoding.TextUnmarshaler, name, shorthand string, value encoding.TextMarshaler, usage string) {
	fs.TextVarP(p, name, shorthand, value, usage)
	f := fs.Lookup(name)
	f.Value = stringValue{f.Value}
}

// stringValue is a flag value that help lists as a string.
type stringValue struct{ pflag.Value }

func (stringValue) Type() string { return "string" }

// oneOf lists the names of vals for help: "a, b or c".
func oneOf[T encoding.TextMarshaler](vals []T) string { return orList(names(vals)) }

// names returns the names of vals, as their MarshalText writes them.
func names[T encoding.TextMarshaler](vals []T) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		b, _ := v.MarshalText()
		out[i] = string(b)
	}
	return out
}

// orList joins names for help: "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// parseName returns the value of vals whose name is b, in any case and
// without the white space around it, or the error the command line shows
// after the word it was given.
func parseName[T encoding.TextMarshaler](vals []T, b []byte) (T, error) {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	all := names(vals)
	for i, name := range all {
		if s == name {
			return vals[i], nil
		}
	}
	var zero T
	return zero, graph.NotOneOf(all...)
}

// setName sets *p to the value of vals named b, or leaves it and returns
// parseName's error.
func setName[T encoding.TextMarshaler](p *T, vals []T, b []byte) error {
	v, err := parseName(vals, b)
	if err == nil {
		*p = v
	}
	return err
}

// optional is a flag value of type T that may be left out: set says
// whether the flag was given, and unset it writes as "", so that help
// shows no default.
type optional[T any, P interface {
	*T
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}] struct {
	value T
	set   bool
}

// MarshalText returns the value's name, or nothing when unset.
func (o optional[T, P]) MarshalText() ([]byte, error) {
	if !o.set {
		return nil, nil
	}
	return P(&o.value).MarshalText()
}

// UnmarshalText reads the value as T does and marks it set.
func (o *optional[T, P]) UnmarshalText(b []byte) error {
	if err := P(&o.value).UnmarshalText(b); err != nil {
		return err
	}
	o.set = true
	return nil
}

// tableFormat is the output format of the table commands (summary,
// metrics, gaps, compare, diff).
type tableFormat int

// The table formats; text, the zero value, is the default.
const (
	formatText tableFormat = iota // aligned tables or the command's own text
	formatJSON                    // one JSON document
	formatCSV                     // the tables as CSV, one after another
)

var tableFormatNames = [...]string{formatText: "text", formatJSON: "json", formatCSV: "csv"}

// tableFormats returns the table formats in the order of their names in
// help.
func tableFormats() []tableFormat { return []tableFormat{formatText, formatJSON, formatCSV} }

func (f tableFormat) String() string { return tableFormatNames[f] }

func (f tableFormat) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

func (f *tableFormat) UnmarshalText(b []byte) error { return setName(f, tableFormats(), b) }

// rowGrouping is what compare gives a row to (--by): each municipality
// or each region.
type rowGrouping int

// The groupings of compare's rows; per municipality is the default.
const (
	perMunicipality rowGrouping = iota
	perRegion
	perRound // each survey round of each municipality
)

var rowGroupingNames = [...]string{perMunicipality: "municipality", perRegion: "region", perRound: "round"}

// rowGroupings returns the groupings in the order of their names in help.
func rowGroupings() []rowGrouping { return []rowGrouping{perMunicipality, perRegion, perRound} }

func (r rowGrouping) String() string { return rowGroupingNames[r] }

func (r rowGrouping) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

func (r *rowGrouping) UnmarshalText(b []byte) error { return setName(r, rowGroupings(), b) }

// heatmapGroup is what the agencies view's heat map groups units by
// (render --by): agency or level, named as metrics.Attribute names them.
type heatmapGroup metrics.Attribute

// heatmapGroups returns the groupings in the order of their names in help;
// the first is the default.
func heatmapGroups() []heatmapGroup {
	return []heatmapGroup{heatmapGroup(metrics.ByAgency), heatmapGroup(metrics.ByLevel)}
}

func (g heatmapGroup) MarshalText() ([]byte, error) {
	return []byte(metrics.Attribute(g).String()), nil
}

func (g *heatmapGroup) UnmarshalText(b []byte) error { return setName(g, heatmapGroups(), b) }
