package compare

import (
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/gaps"
)

// Measures are the keys of the measures of a comparison, in column
// order (see Municipalities for each one's definition and Describe for
// its direction and range): units, ties, density, fragmentation,
// distance_fragmentation, degree_centralization, ei_agency, ei_level,
// gaps_horizontal, gaps_vertical, informal_share, multi_party_share,
// key_player_fragmentation.
var Measures = measureKeys()

// measure indices into Measures.
const (
	iUnits = iota
	iTies
	iDensity
	iFragmentation
	iDistanceFragmentation
	iDegreeCentralization
	iEIAgency
	iEILevel
	iGapsHorizontal
	iGapsVertical
	iInformal
	iMultiParty
	iKeyPlayerF
	measureCount
)

// Options tune Municipalities.
type Options struct {
	// ProgrammeOnly keeps the municipalities whose programme column in
	// municipalities.csv is yes.
	ProgrammeOnly bool
	// Seed is recorded with the key players (metrics.KeyPlayers is
	// deterministic).
	Seed uint64
	// Gaps are the options of the gap analysis whose counts are compared;
	// their Scope is ignored.
	Gaps gaps.Options
	// Whole is the network the gaps are found on when n was built with a
	// scope filter: a municipality's vertical gaps run to state and
	// regional units outside it. Nil means n.
	Whole *graph.Network
	// Regions also computes the region rows' own network measures (the
	// region's municipalities and regional units as one network).
	// Without it a region row has only its medians and totals.
	Regions bool
}

// Row is one municipality or region of a Comparison. Slices are
// indexed like Comparison.Measures and Comparison.Columns; NaN is
// undefined.
type Row struct {
	Name      string    // the municipality, or the region
	Region    string    // the municipality's Husbanken region; "" when unknown
	Programme graph.Tri // programme member (municipality rows)
	Columns   []float64 // numeric columns of municipalities.csv (region rows: sums over the municipalities that have them)
	Values    []float64 // the measures (region rows: of the region's network, NaN unless Options.Regions)

	// KeyPlayer is the key of the unit whose removal fragments the
	// network most (metrics.KeyPlayers with k = 1), "" when there is none.
	KeyPlayer, KeyPlayerName string

	// Municipality rows: the rank within the region (1 is the best
	// value for a measure with a direction, the highest for one without;
	// equal values share a rank; 0 when undefined), the difference from
	// the region's median and the verdicts of the region's comparison
	// (Verdicts; none when the region has too few municipalities).
	Rank       []int
	DiffMedian []float64
	Verdicts   []Verdict

	// Region rows: the number of compared municipalities, of them in a
	// programme, and the median of each measure over them.
	Municipalities, Programmes int
	Median                     []float64
}

// Comparison compares municipalities (and their regions) on one set of
// measures.
type Comparison struct {
	Dataset        string
	Measures       []string // keys: Measures
	Columns        []string // names of the numeric columns of municipalities.csv, in header order
	Municipalities []Row
	Regions        []Row
	KeyPlayerSeed  uint64
}

// Municipalities computes one row per municipality of n's dataset (those named by
// units or municipalities.csv; with a scope filter only those with units in
// n) and one row per Husbanken region. Each municipality's measures are
// those of its subgraph (its units and the ties among them, n.Scope):
// units, ties, density, fragmentation, distance fragmentation, degree
// centralization (metrics.CohesionWith), the E-I index by agency and by
// level (metrics.EIIndex), the key player and the fragmentation without it
// (metrics.KeyPlayers, k = 1); and, from the whole network, the numbers of horizontal and
// vertical gaps whose scope is the municipality (gaps.Find) and the shares
// of informal contact and of contact in meetings of three or more units on
// the ties with an end in the municipality (gaps.Shares; NaN without any
// contact).
//
// A municipality's region is its region in municipalities.csv or, when it
// has none there, the region all its units name. Within each region every
// measure is ranked (1 = best: the highest value when higher is better or
// the measure has no direction, the lowest when lower is better;
// competition ranking, so equal values share a rank and the next rank is
// skipped), compared with the region's median (the mean of the middle two
// for an even count; NaN values left out), and each municipality judged
// (Verdicts). Rows are sorted by region, then name.
func Municipalities(n *graph.Network, opt Options) *Comparison {
	c := &Comparison{Measures: Measures, Columns: []string{}, KeyPlayerSeed: opt.Seed,
		Municipalities: []Row{}, Regions: []Row{}}
	if n == nil {
		return c
	}
	ds := n.Data
	if ds == nil {
		ds = graph.NewDataset("")
	}
	c.Dataset = ds.Name

	rows := municipalityRows(n, ds, c, opt)
	byScope := gapCounts(n, opt)

	// Each municipality's network and shares, all in one pass over the
	// ties: a pass per municipality costs minutes on a national network.
	rowNames := make([]string, len(rows))
	for i := range rows {
		rowNames[i] = rows[i].Name
	}
	subs := n.Scopes(rowNames)
	shares := gaps.OverallShares(n, rowNames)
	parallel(len(rows), func(i int) {
		r := &rows[i]
		sub := subs[i]
		subs[i] = nil // measured: let it go
		r.Values = measure(sub, opt.Seed, &r.KeyPlayer, &r.KeyPlayerName)
		gc := byScope[strings.ToLower(r.Name)]
		r.Values[iGapsHorizontal] = float64(gc.h)
		r.Values[iGapsVertical] = float64(gc.v)
		fillShares(r.Values, shares[i])
	})
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Region != rows[j].Region {
			return rows[i].Region < rows[j].Region
		}
		return rows[i].Name < rows[j].Name
	})
	c.Municipalities = rows
	c.Regions = regionRows(n, rows, len(c.Columns), opt)
	return c
}

// municipalityRows returns a row for each municipality to compare, with
// its region, programme and numbers from municipalities.csv; the numbers'
// names become c.Columns.
func municipalityRows(n *graph.Network, ds *graph.Dataset, c *Comparison, opt Options) []Row {
	names := municipalityNames(ds, n)
	rows := make([]Row, 0, len(names))
	colIndex := map[string]int{}
	for _, name := range names {
		r := Row{Name: name}
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
			r.Region = commonRegion(n.Units(), name)
		}
		if opt.ProgrammeOnly && r.Programme != graph.Yes {
			continue
		}
		rows = append(rows, r)
	}
	for i := range rows {
		r := &rows[i]
		r.Columns = nans(len(c.Columns))
		if m := ds.Municipality(r.Name); m != nil {
			for _, num := range m.Numbers {
				r.Columns[colIndex[num.Name]] = num.Value
			}
		}
	}
	return rows
}

// gapCount is a municipality's numbers of horizontal and vertical gaps.
type gapCount struct{ h, v int }

// gapCounts finds the gaps once on the whole network and counts them by
// scope (lower-case municipality name).
func gapCounts(n *graph.Network, opt Options) map[string]gapCount {
	gopt := opt.Gaps
	gopt.Scope = ""
	whole := opt.Whole
	if whole == nil {
		whole = n
	}
	byScope := map[string]gapCount{}
	for _, g := range gaps.Find(whole, gopt) {
		k := strings.ToLower(g.Scope)
		gc := byScope[k]
		if g.Type == gaps.Horizontal {
			gc.h++
		} else {
			gc.v++
		}
		byScope[k] = gc
	}
	return byScope
}

// municipalityNames returns the municipalities to compare, sorted, each once
// whatever its case (municipalities.csv's spelling wins).
func municipalityNames(ds *graph.Dataset, n *graph.Network) []string {
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

// commonRegion returns the region shared by the units of the
// municipality (matched without regard to case) that name one, or "".
func commonRegion(units []*graph.Unit, municipality string) string {
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

// measure computes the measures of one network that come from the
// network alone; the gap counts and shares are left NaN.
func measure(sub *graph.Network, seed uint64, kp, kpName *string) []float64 {
	v := nans(measureCount)
	coh := metrics.CohesionWith(sub, metrics.Paths(sub, metrics.PathOptions{}))
	v[iUnits] = float64(coh.Units)
	v[iTies] = float64(coh.Ties)
	v[iDensity] = coh.Density
	v[iFragmentation] = coh.Fragmentation
	v[iDistanceFragmentation] = coh.DistanceFragmentation
	v[iDegreeCentralization] = coh.DegreeCentralization
	v[iEIAgency] = metrics.EIIndex(sub, metrics.ByAgency).Index
	v[iEILevel] = metrics.EIIndex(sub, metrics.ByLevel).Index
	if k := metrics.KeyPlayers(sub, 1, seed); len(k.Units) > 0 {
		*kp = k.Keys[0]
		*kpName = sub.Unit(k.Units[0]).Name
		v[iKeyPlayerF] = k.Fragmentation
	}
	return v
}

// fillShares fills in the informal and multi-party shares, NaN when no
// contact or meeting lies behind them.
func fillShares(v []float64, o gaps.ShareCounts) {
	if o.Formal+o.Informal > 0 {
		v[iInformal] = o.InformalShare
	}
	if o.Contacts+o.Meetings > 0 {
		v[iMultiParty] = o.MultiPartyShare
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
func (c *Comparison) RegionOf(region string) *Row {
	for i := range c.Regions {
		if c.Regions[i].Name == region {
			return &c.Regions[i]
		}
	}
	return nil
}
