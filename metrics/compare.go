package metrics

import (
	"bytes"
	"encoding/json"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

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
	type gapCount struct{ h, v int }
	gaps := map[string]*gapCount{}
	for _, g := range FindGaps(ds, n, gopt) {
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

// cmpRegions groups the municipality rows by region, fills in their
// ranks and differences from the median, and returns the region rows.
func cmpRegions(n *graph.Network, rows []CompareRow, ncols int, opt CompareOptions) []CompareRow {
	var regions []CompareRow
	for lo := 0; lo < len(rows); {
		hi := lo
		for hi < len(rows) && rows[hi].Region == rows[lo].Region {
			hi++
		}
		group := rows[lo:hi]
		reg := CompareRow{Name: group[0].Region, Region: group[0].Region, Municipalities: len(group),
			Columns: cmpNaNs(ncols), Values: cmpNaNs(cmpCount), Median: make([]float64, cmpCount)}
		for i := range group {
			if group[i].Programme == graph.Yes {
				reg.Programmes++
			}
			for k, x := range group[i].Columns {
				if !math.IsNaN(x) {
					if math.IsNaN(reg.Columns[k]) {
						reg.Columns[k] = 0
					}
					reg.Columns[k] += x
				}
			}
			group[i].Rank = make([]int, cmpCount)
			group[i].DiffMedian = cmpNaNs(cmpCount)
		}
		vals := make([]float64, 0, len(group))
		for k := 0; k < cmpCount; k++ {
			vals = vals[:0]
			for i := range group {
				if x := group[i].Values[k]; !math.IsNaN(x) {
					vals = append(vals, x)
				}
			}
			med := cmpMedian(vals)
			reg.Median[k] = med
			for i := range group {
				x := group[i].Values[k]
				if math.IsNaN(x) {
					continue
				}
				group[i].DiffMedian[k] = x - med
				rank := 1
				for _, y := range vals {
					if y > x {
						rank++
					}
				}
				group[i].Rank[k] = rank
			}
		}
		regions = append(regions, reg)
		lo = hi
	}
	if opt.Regions {
		cmpParallel(len(regions), func(i int) {
			reg := &regions[i]
			in := map[string]bool{}
			for _, r := range rows {
				if r.Region == reg.Name {
					in[strings.ToLower(r.Name)] = true
				}
			}
			sub := n.Induced(func(u *graph.Unit) bool {
				if u.Municipality != "" {
					return in[strings.ToLower(u.Municipality)]
				}
				return reg.Name != "" && strings.EqualFold(u.Region, reg.Name)
			})
			gh, gv := 0.0, 0.0
			for _, r := range rows {
				if r.Region == reg.Name {
					gh += r.Values[cmpGapsHorizontal]
					gv += r.Values[cmpGapsVertical]
				}
			}
			reg.Values = cmpMeasure(sub, opt.Seed, &reg.KeyPlayer, &reg.KeyPlayerName)
			reg.Values[cmpGapsHorizontal], reg.Values[cmpGapsVertical] = gh, gv
			cmpShares(reg.Values, Shares(sub, "", false))
		})
	}
	if regions == nil {
		regions = []CompareRow{}
	}
	return regions
}

// cmpMedian returns the median of xs (which it sorts), NaN when empty.
func cmpMedian(xs []float64) float64 {
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

func cmpNaNs(n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = math.NaN()
	}
	return s
}

// cmpParallel calls f(0..n−1) on up to GOMAXPROCS goroutines. Each call
// writes only its own index, so the result does not depend on scheduling.
func cmpParallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
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

// MarshalJSON writes
//
//	{"municipalities": [{"municipality": …, "region": …,
//	   "programme": true|false|null, "columns": {…}, <measure>: …,
//	   "key_player": …, "key_player_name": …, "rank": {…}, "diff_median": {…}}],
//	 "regions": [{"region": …, "municipalities": n, "programme_municipalities": n,
//	   "columns": {…}, <measure>: …, "key_player": …, "median": {…}}],
//	 "dataset": …, "measures": [{"key", "title", "definition"}],
//	 "key_player_method": …, "key_player_seed": …}
//
// with keys in a fixed order and null for undefined values.
func (c *Comparison) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"municipalities":[`)
	for i := range c.Municipalities {
		if i > 0 {
			b.WriteByte(',')
		}
		c.rowJSON(&b, &c.Municipalities[i], false)
	}
	b.WriteString(`],"regions":[`)
	for i := range c.Regions {
		if i > 0 {
			b.WriteByte(',')
		}
		c.rowJSON(&b, &c.Regions[i], true)
	}
	b.WriteString(`],"dataset":`)
	cmpJSON(&b, c.Dataset)
	b.WriteString(`,"measures":`)
	ms, err := json.Marshal(c.Measures)
	if err != nil {
		return nil, err
	}
	b.Write(ms)
	b.WriteString(`,"key_player_method":`)
	cmpJSON(&b, KeyPlayerMethod)
	b.WriteString(`,"key_player_seed":`)
	cmpJSON(&b, c.KeyPlayerSeed)
	b.WriteByte('}')
	return b.Bytes(), nil
}

func (c *Comparison) rowJSON(b *bytes.Buffer, r *CompareRow, region bool) {
	b.WriteByte('{')
	if region {
		b.WriteString(`"region":`)
		cmpJSON(b, r.Name)
		b.WriteString(`,"municipalities":`)
		cmpJSON(b, r.Municipalities)
		b.WriteString(`,"programme_municipalities":`)
		cmpJSON(b, r.Programmes)
	} else {
		b.WriteString(`"municipality":`)
		cmpJSON(b, r.Name)
		b.WriteString(`,"region":`)
		cmpJSON(b, r.Region)
		b.WriteString(`,"programme":`)
		cmpJSON(b, cmpTri(r.Programme))
	}
	b.WriteString(`,"columns":{`)
	for k, name := range c.Columns {
		if k > 0 {
			b.WriteByte(',')
		}
		cmpJSON(b, name)
		b.WriteByte(':')
		cmpJSON(b, cmpNum(r.Columns, k))
	}
	b.WriteByte('}')
	for k, m := range c.Measures {
		b.WriteByte(',')
		cmpJSON(b, m.Key)
		b.WriteByte(':')
		cmpJSON(b, c.cell(r.Values, k))
	}
	b.WriteString(`,"key_player":`)
	cmpJSON(b, r.KeyPlayer)
	b.WriteString(`,"key_player_name":`)
	cmpJSON(b, r.KeyPlayerName)
	obj := func(name string, cell func(k int) any) {
		b.WriteString(`,"` + name + `":{`)
		for k, m := range c.Measures {
			if k > 0 {
				b.WriteByte(',')
			}
			cmpJSON(b, m.Key)
			b.WriteByte(':')
			cmpJSON(b, cell(k))
		}
		b.WriteByte('}')
	}
	if region {
		obj("median", func(k int) any { return cmpNum(r.Median, k) })
	} else {
		obj("rank", func(k int) any { return cmpRank(r.Rank, k) })
		obj("diff_median", func(k int) any { return cmpNum(r.DiffMedian, k) })
	}
	b.WriteByte('}')
}

func cmpJSON(b *bytes.Buffer, v any) {
	enc, err := json.Marshal(v)
	if err != nil {
		b.WriteString("null")
		return
	}
	b.Write(enc)
}

// cell returns measure k of vals as a table cell: an int for counts, a
// float64 otherwise, nil when undefined.
func (c *Comparison) cell(vals []float64, k int) any {
	x := cmpNum(vals, k)
	if x == nil {
		return nil
	}
	switch c.Measures[k].Key {
	case "units", "ties", "gaps_horizontal", "gaps_vertical":
		return int(x.(float64))
	}
	return x
}

func cmpNum(vals []float64, k int) any {
	if k >= len(vals) || math.IsNaN(vals[k]) || math.IsInf(vals[k], 0) {
		return nil
	}
	return vals[k]
}

func cmpRank(ranks []int, k int) any {
	if k >= len(ranks) || ranks[k] == 0 {
		return nil
	}
	return ranks[k]
}

func cmpTri(t graph.Tri) any {
	switch t {
	case graph.Yes:
		return true
	case graph.No:
		return false
	}
	return nil
}

// Table returns the comparison as one wide table, one row per
// municipality: its region, programme, the columns of municipalities.csv,
// every measure, the key player, then every measure's rank within the
// region (KEY_rank) and difference from the region's median
// (KEY_diff_median).
func (c *Comparison) Table() *Table {
	t := &Table{Name: "compare", Title: graph.T("Sammenligning av kommuner", "Comparison of municipalities")}
	t.Columns = append(t.Columns, Col("municipality", "kommune", "municipality"), Col("region", "region", "region"),
		Col("programme", "program", "programme"))
	for _, name := range c.Columns {
		t.Columns = append(t.Columns, Col(name, name, name))
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key, Title: m.Title})
	}
	t.Columns = append(t.Columns, Col("key_player", "nøkkelaktør", "key player"),
		Col("key_player_name", "nøkkelaktør (navn)", "key player (name)"))
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key + "_rank",
			Title: graph.T(m.Title.NB+" (rang)", m.Title.EN+" (rank)")})
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key + "_diff_median",
			Title: graph.T(m.Title.NB+" (avvik fra median)", m.Title.EN+" (difference from median)")})
	}
	for i := range c.Municipalities {
		r := &c.Municipalities[i]
		row := []any{r.Name, r.Region, cmpTri(r.Programme)}
		for k := range c.Columns {
			row = append(row, cmpNum(r.Columns, k))
		}
		for k := range c.Measures {
			row = append(row, c.cell(r.Values, k))
		}
		row = append(row, r.KeyPlayer, r.KeyPlayerName)
		for k := range c.Measures {
			row = append(row, cmpRank(r.Rank, k))
		}
		for k := range c.Measures {
			row = append(row, cmpNum(r.DiffMedian, k))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// RegionTable returns one row per region: the number of municipalities
// compared and in a programme, the summed columns, the measures of the
// region's network (empty unless computed) and its key player.
func (c *Comparison) RegionTable() *Table {
	t := &Table{Name: "compare_regions", Title: graph.T("Sammenligning av regioner", "Comparison of regions")}
	t.Columns = append(t.Columns, Col("region", "region", "region"),
		Col("municipalities", "kommuner", "municipalities"),
		Col("programme_municipalities", "i program", "in programme"))
	for _, name := range c.Columns {
		t.Columns = append(t.Columns, Col(name, name, name))
	}
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key, Title: m.Title})
	}
	t.Columns = append(t.Columns, Col("key_player", "nøkkelaktør", "key player"),
		Col("key_player_name", "nøkkelaktør (navn)", "key player (name)"))
	for _, m := range c.Measures {
		t.Columns = append(t.Columns, Column{Key: m.Key + "_median",
			Title: graph.T(m.Title.NB+" (median)", m.Title.EN+" (median)")})
	}
	for i := range c.Regions {
		r := &c.Regions[i]
		row := []any{r.Name, r.Municipalities, r.Programmes}
		for k := range c.Columns {
			row = append(row, cmpNum(r.Columns, k))
		}
		for k := range c.Measures {
			row = append(row, c.cell(r.Values, k))
		}
		row = append(row, r.KeyPlayer, r.KeyPlayerName)
		for k := range c.Measures {
			row = append(row, cmpNum(r.Median, k))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
