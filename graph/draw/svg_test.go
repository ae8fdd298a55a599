package draw

import "testing"

func TestSVGStableIDs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<svg><g id="node1"/></svg>`, `<svg><g id="node1"/></svg>`},
		{
			`<linearGradient id="node4_l_17"/><ellipse fill="url(#node4_l_17)"/>` +
				`<radialGradient id="r_18"/><path fill="url(#r_18)"/><polygon fill="url(#node4_l_17)"/>`,
			`<linearGradient id="node4_l_0"/><ellipse fill="url(#node4_l_0)"/>` +
				`<radialGradient id="r_1"/><path fill="url(#r_1)"/><polygon fill="url(#node4_l_0)"/>`,
		},
		{ // 1 and 10: no partial renames
			`<a id="l_10"/><a id="l_1"/><b fill="url(#l_10)"/><b fill="url(#l_1)"/>`,
			`<a id="l_0"/><a id="l_1"/><b fill="url(#l_0)"/><b fill="url(#l_1)"/>`,
		},
	} {
		if got := string(svgStableIDs([]byte(tc.in))); got != tc.want {
			t.Errorf("svgStableIDs(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
