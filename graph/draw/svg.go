package draw

import (
	"regexp"
	"strconv"
	"strings"
)

// svgGradientRef matches a reference to a gradient in Graphviz's SVG:
// url(#[OBJECTID_]l_N) for linear and r_N for radial gradients.
var svgGradientRef = regexp.MustCompile(`url\(#([^()"]*?[lr]_)([0-9]+)\)`)

// svgStableIDs renumbers the gradients in a Graphviz SVG from 0 in order of
// use. Graphviz numbers them with a counter that lives as long as the
// process (gradId in plugin/core/gvrender_core_svg.c), so without this the
// same graph rendered twice in one run would give different bytes.
func svgStableIDs(svg []byte) []byte {
	refs := svgGradientRef.FindAllSubmatch(svg, -1)
	if len(refs) == 0 {
		return svg
	}
	seen := make(map[string]bool)
	var pairs []string
	for _, m := range refs {
		old := string(m[1]) + string(m[2])
		if seen[old] {
			continue
		}
		seen[old] = true
		id := string(m[1]) + strconv.Itoa(len(seen)-1)
		pairs = append(pairs, `id="`+old+`"`, `id="`+id+`"`, "url(#"+old+")", "url(#"+id+")")
	}
	// One pass, so a new name never gets renamed again.
	return []byte(strings.NewReplacer(pairs...).Replace(string(svg)))
}
