package metrics

import (
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// CompareMeasures are the keys of the measures of a comparison, in
// column order (see Compare for each one's definition).
var CompareMeasures = []string{
	"units", "ties", "density", "fragmentation", "distance_fragmentation", "degree_centralization",
	"ei_agency", "ei_level", "gaps_horizontal", "gaps_vertical", "informal_share", "multi_party_share",
	"key_player_fragmentation",
}

// measure indices into CompareMeasures.
const (
	cmpUnits = iota
	cmpTies
	cmpDensity
	cmpFragmentation
	cmpDistanceFragmentation
	cmpDegreeCentralization
	cmpEIAgency
	cmpEILevel
	cmpGapsHorizontal
	cmpGapsVertical
	cmpInformal
	cmpMultiParty
	cmpKeyPlayerF
	cmpCount
)

// CompareOptions tune Compare.
type CompareOptions struct {
	// ProgrammeOnly keeps the municipalities whose programme column in
	// municipalities.csv is yes.
	ProgrammeOnly bool
	// Seed is recorded with the key players (KeyPlayers is deterministic).
	Seed uint64
	// Gaps are the options of the gap analysis whose counts are compared;
	// their Scope is ignored.
	Gaps GapOptions
	// Whole is the network the gaps are found on when n was built with a
	// scope filter: a municipality's vertical gaps run to state and
	// regional units outside it. Nil means n.
	Whole *graph.Network
	// Regions also computes the region rows' own network measures (the
	// region's municipalities and regional units as one network).
	// Without it a region row has only its medians and totals.
	Regions bool
}

// CompareRow is one municipality or region of a Comparison. Slices are
// indexed like Comparison.Measures and Comparison.Columns; NaN is
// undefined (JSON null).
type CompareRow struct {
	Name      string    // the municipality, or the region
	Region    string    // the municipality's Husbanken region; "" when unknown
	Programme graph.Tri // programme member (municipality rows)
	Columns   []float64 // numeric columns of municipalities.csv (region rows: sums over the municipalities that have them)
	Values    []float64 // the measures (region rows: of the region's network, NaN unless CompareOptions.Regions)

	// KeyPlayer is the key of the unit whose removal fragments the
	// network most (KeyPlayers with k = 1), "" when there is none.
	KeyPlayer, KeyPlayerName string

	// Municipality rows: the rank within the region (1 is the highest
	// value; equal values share a rank; 0 when undefined) and the
	// difference from the region's median.
	Rank       []int
	DiffMedian []float64

	// Region rows: the number of compared municipalities, of them in a
	// programme, and the median of each measure over them.
	Municipalities, Programmes int
	Median                     []float64
}

// Comparison compares municipalities (and their regions) on one set of
// measures.
type Comparison struct {
	Dataset        string
	Measures       []string // keys, CompareMeasures
	Columns        []string // names of the numeric columns of municipalities.csv, in header order
	Municipalities []CompareRow
	Regions        []CompareRow
	KeyPlayerSeed  uint64
}

// Compare computes one row per municipality of n's dataset (those named by
// units or municipalities.csv; with a scope filter only those with units in
// n) and one row per Husbanken region. Each municipality's measures are
// those of its subgraph (its units and the ties among them, n.Scope):
// units, ties, density, fragmentation, distance fragmentation, degree
// centralization (Cohesion), the E-I index by agency and by level
// (EIIndex), the key player and the fragmentation without it (KeyPlayers,
// k = 1); and, from the whole network, the numbers of horizontal and
// vertical gaps whose scope is the municipality (FindGaps) and the shares
// of informal contact and of contact in meetings of three or more units on
// the ties with an end in the municipality (Shares; NaN without any
// contact).
//
// A municipality's region is its region in municipalities.csv or, when it
// has none there, the region all its units name. Within each region every
// measure is ranked (1 = highest; competition ranking, so equal values
// share a rank and the next rank is skipped) and compared with the
// region's median (the mean of the middle two for an even count; NaN
// values left out). Rows are sorted by region, then name.
func Compare(n *graph.Network, opt CompareOptions) *Comparison {
	c := &Comparison{Measures: CompareMeasures, Columns: []string{}, KeyPlayerSeed: opt.Seed,
		Municipalities: []CompareRow{}, Regions: []CompareRow{}}
	if n == nil {
		return c
	}
	ds := n.Data
	if ds == nil {
		ds = graph.NewDataset("")
	}
	c.Dataset = ds.Name

	names := cmpNames(ds, n)
	rows := make([]CompareRow, 0, len(names))
	colIndex := map[string]int{}
	for _, name := range names {
		r := CompareRow{Name: name}
		if m := ds.Municipality(name); m != nil {
			r.Region = strings.TrimSpace(m.Region)
			r.Programme = m.Programme
			for _, num := range m.Numbers {
				if _, ok := colIndex[num.Name]; !ok {
					colIndex[num.Name] = len(c.Columns)
					c.Columns = append(c.Columns, num.Name)
				}
			}
		}
		if r.Region == "" {
			r.Region = cmpCommonRegion(n.Units(), name)
		}
		if opt.ProgrammeOnly && r.Programme != graph.Yes {
			continue
		}
		rows = append(rows, r)
	}
	for i := range rows {
		r := &rows[i]
		r.Columns = cmpNaNs(len(c.Columns))
		if m := ds.Municipality(r.Name); m != nil {
			for _, num := range m.Numbers {
				r.Columns[colIndex[num.Name]] = num.Value
			}
		}
	}

	// Gaps are found once on the whole network and counted by scope.
	gopt := opt.Gaps
	gopt.Scope = ""
	whole := opt.Whole
	if whole == nil {
		whole = n
	}
	type gapCount struct{ h, v int }
	gaps := map[string]*gapCount{}
	for _, g := range FindGaps(whole, gopt) {
		k := strings.ToLower(g.Scope)
		gc := gaps[k]
		if gc == nil {
			gc = &gapCount{}
			gaps[k] = gc
		}
		if g.Type == Horizontal {
			gc.h++
		} else {
			gc.v++
		}
	}

	cmpParallel(len(rows), func(i int) {
		r := &rows[i]
		sub := n.Scope(r.Name)
		r.Values = cmpMeasure(sub, opt.Seed, &r.KeyPlayer, &r.KeyPlayerName)
		gc := gaps[strings.ToLower(r.Name)]
		if gc == nil {
			gc = &gapCount{}
		}
		r.Values[cmpGapsHorizontal] = float64(gc.h)
		r.Values[cmpGapsVertical] = float64(gc.v)
		cmpShares(r.Values, Shares(n, r.Name, false))
	})
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Region != rows[j].Region {
			return rows[i].Region < rows[j].Region
		}
		return rows[i].Name < rows[j].Name
	})
	c.Municipalities = rows
	c.Regions = cmpRegions(n, rows, len(c.Columns), opt)
	return c
}

// cmpNames returns the municipalities to compare, sorted, each once
// whatever its case (municipalities.csv's spelling wins).
func cmpNames(ds *graph.Dataset, n *graph.Network) []string {
	inNet := map[string]bool{}
	for _, u := range n.Units() {
		if u.Municipality != "" {
			inNet[strings.ToLower(u.Municipality)] = true
		}
	}
	seen := map[string]bool{}
	var names []string
	add := func(name string) {
		name = strings.TrimSpace(name)
		k := strings.ToLower(name)
		if name == "" || seen[k] {
			return
		}
		if n.Options.Filter.Scope != "" && !inNet[k] {
			return
		}
		seen[k] = true
		names = append(names, name)
	}
	for _, m := range ds.Municipalities {
		add(m.Name)
	}
	for _, u := range n.Units() {
		add(u.Municipality)
	}
	sort.Strings(names)
	return names
}

// cmpCommonRegion is commonRegion with the municipality matched without
// regard to case.
func cmpCommonRegion(units []*graph.Unit, municipality string) string {
	region := ""
	for _, u := range units {
		if strings.EqualFold(u.Municipality, municipality) && u.Region != "" {
			if region != "" && region != u.Region {
				return ""
			}
			region = u.Region
		}
	}
	return region
}

// cmpMeasure computes the measures of one network that come from the
// network alone; the gap counts and shares are left NaN.
func cmpMeasure(sub *graph.Network, seed uint64, kp, kpName *string) []float64 {
	v := cmpNaNs(cmpCount)
	coh := CohesionWith(sub, Paths(sub, PathOptions{}))
	v[cmpUnits] = float64(coh.Units)
	v[cmpTies] = float64(coh.Ties)
	v[cmpDensity] = coh.Density
	v[cmpFragmentation] = coh.Fragmentation
	v[cmpDistanceFragmentation] = coh.DistanceFragmentation
	v[cmpDegreeCentralization] = coh.DegreeCentralization
	v[cmpEIAgency] = EIIndex(sub, ByAgency).Index
	v[cmpEILevel] = EIIndex(sub, ByLevel).Index
	if k := KeyPlayers(sub, 1, seed); len(k.Units) > 0 {
		*kp = k.Keys[0]
		*kpName = sub.Unit(k.Units[0]).Name
		v[cmpKeyPlayerF] = k.Fragmentation
	}
	return v
}

// cmpShares fills in the informal and multi-party shares, NaN when no
// contact or meeting lies behind them.
func cmpShares(v []float64, s *ShareReport) {
	o := s.Overall
	if o.Formal+o.Informal > 0 {
		v[cmpInformal] = o.InformalShare
	}
	if o.Contacts+o.Meetings > 0 {
		v[cmpMultiParty] = o.MultiPartyShare
	}
}

// Measure returns the index of the measure key in c.Measures, or −1.
func (c *Comparison) Measure(key string) int {
	for i, m := range c.Measures {
		if m == key {
			return i
		}
	}
	return -1
}

// RegionOf returns the region row named region, or nil.
func (c *Comparison) RegionOf(region string) *CompareRow {
	for i := range c.Regions {
		if c.Regions[i].Name == region {
			return &c.Regions[i]
		}
	}
	return nil
}
