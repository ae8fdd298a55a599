package text

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// standingMain words where the municipality scope stands among those of
// its region by the number of gaps in its collaboration or, without a
// scope, which municipalities of the largest region have the most and the
// fewest. Nil without a comparison of two municipalities or more in one
// region, or when they all have as many gaps.
func standingMain(c *compare.Comparison, scope string) *MainFinding {
	if c == nil || len(c.Municipalities) < 2 {
		return nil
	}
	h, v := c.Measure("gaps_horizontal"), c.Measure("gaps_vertical")
	if h < 0 || v < 0 {
		return nil
	}
	gapsOf := func(r *compare.Row) float64 { return r.Values[h] + r.Values[v] }
	region, rows := standingRegion(c, scope)
	if len(rows) < 2 {
		return nil
	}
	sort.SliceStable(rows, func(i, j int) bool { return gapsOf(rows[i]) > gapsOf(rows[j]) })
	most, fewest := gapsOf(rows[0]), gapsOf(rows[len(rows)-1])
	if math.IsNaN(most) || math.IsNaN(fewest) || most == fewest {
		return nil
	}
	among := graph.T("av de "+strconv.Itoa(len(rows))+" kommunene", "of the "+strconv.Itoa(len(rows))+" municipalities")
	if region != "" {
		r := RegionName(region)
		among = graph.T(among.NB+" i region "+r, among.EN+" in the "+r+" region")
	}
	count := func(x float64) graph.Text { return graph.Count(int(x)) }
	f := &MainFinding{Topic: "standing", Anchor: AnchorCompare, Command: "compare", weight: 70}
	if scope == "" {
		top := namesOrCount(namesWith(rows, gapsOf, most))
		low := namesOrCount(namesWith(rows, gapsOf, fewest))
		f.Text = graph.T(
			upperFirst(among.NB)+" har "+top.NB+" flest hull i samarbeidet ("+count(most).NB+") og "+low.NB+" færrest ("+count(fewest).NB+").",
			upperFirst(among.EN)+", "+top.EN+" "+has(len(namesWith(rows, gapsOf, most)))+" the most gaps in collaboration ("+count(most).EN+") and "+low.EN+" the fewest ("+count(fewest).EN+").")
		return f
	}
	var me *compare.Row
	for _, r := range rows {
		if strings.EqualFold(r.Name, scope) {
			me = r
		}
	}
	if me == nil {
		return nil
	}
	mine := gapsOf(me)
	median := medianOf(rows, gapsOf)
	switch mine {
	case most:
		f.weight = 95
		f.Text = graph.T(me.Name+" har flest hull i samarbeidet "+among.NB+" ("+count(mine).NB+"; medianen er "+weightWords(median, graph.NB)+").",
			me.Name+" has the most gaps in collaboration "+among.EN+" ("+count(mine).EN+"; the median is "+weightWords(median, graph.EN)+").")
	case fewest:
		f.weight = 90
		f.Text = graph.T(me.Name+" har færrest hull i samarbeidet "+among.NB+" ("+count(mine).NB+"; medianen er "+weightWords(median, graph.NB)+").",
			me.Name+" has the fewest gaps in collaboration "+among.EN+" ("+count(mine).EN+"; the median is "+weightWords(median, graph.EN)+").")
	default:
		f.weight = 58
		f.Text = graph.T(me.Name+" har "+count(mine).NB+" hull i samarbeidet; medianen "+among.NB+" er "+weightWords(median, graph.NB)+".",
			me.Name+" has "+count(mine).EN+" gaps in collaboration; the median "+among.EN+" is "+weightWords(median, graph.EN)+".")
	}
	return f
}

// standingRegion returns the region of the municipality scope and its
// municipalities or, without a scope, the region with the most
// municipalities (the first by name of equals).
func standingRegion(c *compare.Comparison, scope string) (string, []*compare.Row) {
	by := make(map[string][]*compare.Row)
	var names []string
	for i := range c.Municipalities {
		r := &c.Municipalities[i]
		if _, ok := by[r.Region]; !ok {
			names = append(names, r.Region)
		}
		by[r.Region] = append(by[r.Region], r)
	}
	if scope != "" {
		for _, r := range c.Municipalities {
			if strings.EqualFold(r.Name, scope) {
				return r.Region, by[r.Region]
			}
		}
		return "", nil
	}
	sort.Strings(names)
	best := ""
	for _, n := range names {
		if len(by[n]) > len(by[best]) {
			best = n
		}
	}
	return best, by[best]
}

// namesOrCount joins up to three names, or counts more.
func namesOrCount(names []string) graph.Text {
	if len(names) > 3 {
		n := strconv.Itoa(len(names))
		return graph.T(n+" kommuner", n+" municipalities")
	}
	return graph.T(joinNames(names, "og"), joinNames(names, "and"))
}

// namesWith returns the names of the rows whose value is x.
func namesWith(rows []*compare.Row, value func(*compare.Row) float64, x float64) []string {
	var out []string
	for _, r := range rows {
		if value(r) == x {
			out = append(out, r.Name)
		}
	}
	sort.Strings(out)
	return out
}

// medianOf is the median of the rows' values (the mean of the middle two
// for an even count).
func medianOf(rows []*compare.Row, value func(*compare.Row) float64) float64 {
	xs := make([]float64, 0, len(rows))
	for _, r := range rows {
		if x := value(r); !math.IsNaN(x) {
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 {
		return math.NaN()
	}
	sort.Float64s(xs)
	m := len(xs) / 2
	if len(xs)%2 == 1 {
		return xs[m]
	}
	return (xs[m-1] + xs[m]) / 2
}

func has(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

// RegionName writes a Husbanken region as people do: a region written in
// lower case, as a key, gets capitals ("midt-norge" → "Midt-Norge"); others
// are kept as written.
func RegionName(region string) string {
	region = strings.TrimSpace(region)
	if region != strings.ToLower(region) {
		return region
	}
	var b strings.Builder
	start := true
	for _, r := range region {
		if start {
			r = unicode.ToUpper(r)
		}
		start = r == '-' || r == ' '
		b.WriteRune(r)
	}
	return b.String()
}

// PlaceName names what a dataset or network is about for titles: the
// municipality of the scope, or the dataset's only municipality, or the
// only region of its municipalities ("region Midt-Norge"), or up to three
// municipalities; "" when it has none, never the name of its folder.
func PlaceName(ds *graph.Dataset, scope string, l graph.Lang) string {
	if scope != "" {
		return scope
	}
	if ds == nil {
		return ""
	}
	names := ds.MunicipalityNames()
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	}
	regions := make(map[string]bool)
	for _, m := range names {
		r := ""
		if row := ds.Municipality(m); row != nil {
			r = strings.TrimSpace(row.Region)
		}
		regions[strings.ToLower(r)] = true
		if r == "" {
			break
		}
	}
	if len(regions) == 1 {
		for r := range regions {
			if r != "" {
				return graph.T("region ", "the ").In(l) + RegionName(regionSpelling(ds, r)) + graph.T("", " region").In(l)
			}
		}
	}
	if len(names) <= 3 {
		return joinNames(names, graph.T("og", "and").In(l))
	}
	return strconv.Itoa(len(names)) + graph.T(" kommuner", " municipalities").In(l)
}

// regionSpelling returns the region as the dataset's municipalities.csv
// spells the folded region r.
func regionSpelling(ds *graph.Dataset, r string) string {
	for _, m := range ds.Municipalities {
		if strings.EqualFold(strings.TrimSpace(m.Region), r) {
			return strings.TrimSpace(m.Region)
		}
	}
	return r
}
