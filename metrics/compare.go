package metrics

import (
	"sort"
	"strings"

	"github.com/samkart/samkart/graph"
)

// CompareMeasure describes one measure of a Comparison.
type CompareMeasure struct {
	Key        string     `json:"key"`        // JSON key and CSV column
	Title      graph.Text `json:"title"`      // column header
	Definition graph.Text `json:"definition"` // one plain sentence with the reference
}

// CompareMeasures are the measures of a comparison, in column order.
var CompareMeasures = []CompareMeasure{
	{"units", graph.T("enheter", "units"),
		graph.T("Antall enheter (noder) i kommunens nettverk.",
			"Number of units (nodes) in the municipality's network.")},
	{"ties", graph.T("bånd", "ties"),
		graph.T("Antall bånd mellom kommunens enheter (par med minst én kontakt eller ett felles møte).",
			"Number of ties among the municipality's units (pairs with at least one contact or shared meeting).")},
	{"density", graph.T("tetthet", "density"),
		graph.T("Andelen av alle mulige bånd som finnes: 2·bånd/(n(n−1)) (NetworkX density).",
			"Share of all possible ties that exist: 2·ties/(n(n−1)) (NetworkX density).")},
	{"fragmentation", graph.T("fragmentering", "fragmentation"),
		graph.T("Andelen enhetspar som ikke kan nå hverandre: 1 − Σ s(s−1)/(n(n−1)) over komponentene (Borgatti 2006).",
			"Share of unit pairs that cannot reach each other: 1 − Σ s(s−1)/(n(n−1)) over the components (Borgatti 2006).")},
	{"distance_fragmentation", graph.T("avstandsfragmentering", "distance fragmentation"),
		graph.T("1 minus gjennomsnittet av 1/avstand over alle enhetspar; høyt når veiene er lange eller mangler (Borgatti 2006).",
			"1 minus the mean of 1/distance over all unit pairs; high when paths are long or missing (Borgatti 2006).")},
	{"degree_centralization", graph.T("gradsentralisering", "degree centralization"),
		graph.T("Hvor mye nettverket samles om én enhet: Freemans Σ(dmax − di)/((n−1)(n−2)); 1 for en stjerne (Freeman 1979).",
			"How much the network centres on one unit: Freeman's Σ(dmax − di)/((n−1)(n−2)); 1 for a star (Freeman 1979).")},
	{"ei_agency", graph.T("E-I etat", "E-I agency"),
		graph.T("(eksterne − interne)/(alle) bånd mellom etater; −1 bare innad i etatene (siloer), +1 bare på tvers (Krackhardt og Stern 1988).",
			"(external − internal)/(all) ties by agency; −1 only within agencies (silos), +1 only across (Krackhardt and Stern 1988).")},
	{"ei_level", graph.T("E-I nivå", "E-I level"),
		graph.T("Som E-I etat, men etter nivå: +1 når alle bånd går mellom nivåer (vertikalt), −1 når alle går innad i et nivå.",
			"As E-I agency, but by level: +1 when every tie runs between levels (vertical), −1 when every tie stays within one.")},
	{"gaps_horizontal", graph.T("horisontale hull", "horizontal gaps"),
		graph.T("Forventede bånd på samme nivå som mangler eller er for svake (samkart gaps).",
			"Expected ties at one level that are missing or too weak (samkart gaps).")},
	{"gaps_vertical", graph.T("vertikale hull", "vertical gaps"),
		graph.T("Forventede bånd mellom nivåer som mangler eller er for svake (samkart gaps).",
			"Expected ties between levels that are missing or too weak (samkart gaps).")},
	{"informal_share", graph.T("andel uformell", "informal share"),
		graph.T("Andelen av kontakter og møter på bånd med en ende i kommunen som var uformelle.",
			"Share of the contacts and meetings on ties with an end in the municipality that were informal.")},
	{"multi_party_share", graph.T("andel møter 3+", "share in meetings of 3+"),
		graph.T("Andelen av kontakter og møter på de samme båndene som var møter med tre eller flere enheter.",
			"Share of the contacts and meetings on the same ties that were meetings of three or more units.")},
	{"key_player_fragmentation", graph.T("fragmentering uten nøkkelaktør", "fragmentation without key player"),
		graph.T("Fragmenteringen når nøkkelaktøren (enheten hvis fravær splitter nettverket mest) er borte (Borgatti 2006, KPP-Neg).",
			"The fragmentation once the key player (the unit whose absence splits the network most) is gone (Borgatti 2006, KPP-Neg).")},
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
	Measures       []CompareMeasure
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
		if m.Key == key {
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
