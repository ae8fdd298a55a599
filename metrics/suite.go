package metrics

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// Options configure Compute.
type Options struct {
	// Seed seeds the Louvain community search (and is recorded with the
	// key players).
	Seed uint64
	// Progress, when set, is told the step under way and how far it has
	// come (done of total); it may be called from several goroutines, but
	// never concurrently.
	Progress func(step string, done, total int)
}

// The progress steps of Compute, in order.
const (
	StepPaths          = "paths"          // betweenness, closeness, harmonic: the long one
	StepUnits          = "units"          // the other per-unit measures
	StepGroups         = "groups"         // E-I, blocks, communities
	StepMunicipalities = "municipalities" // per-municipality measures and key players
)

// KeyPlayerSizes are the set sizes searched for in every municipality.
var KeyPlayerSizes = []int{1, 2, 3}

// UnitMeasures are the per-unit measures, each indexed by node ID.
type UnitMeasures struct {
	Degree                 []int
	Strength               []float64
	Betweenness            []float64
	BetweennessWeighted    []float64
	Closeness              []float64
	Harmonic               []float64
	Eigenvector            []float64
	PageRank               []float64
	Constraint             []float64 // NaN for isolates
	EffectiveSize          []float64 // NaN for isolates
	CutPoint               []bool
	FragmentationIfRemoved []float64 // NaN when fewer than two units would remain
	Community              []int
	Brokerage              []BrokerRoles
}

// EISet holds the E-I index of a network by each attribute.
type EISet struct {
	Agency, Level, Municipality EI
}

// MunicipalityResult holds the measures of one municipality's subgraph.
type MunicipalityResult struct {
	Name       string
	Network    *NetworkMeasures
	EI         EISet          // by agency and level (Municipality is left zero)
	KeyPlayers []KeyPlayerSet // for k in KeyPlayerSizes
}

// Result is the whole metrics suite of a network: what `samkart metrics`
// prints.
type Result struct {
	Network        *NetworkMeasures
	EI             EISet
	Units          *UnitMeasures
	BlocksAgency   *BlockMatrix
	BlocksLevel    *BlockMatrix
	Communities    *CommunityResult
	Municipalities []*MunicipalityResult // sorted by name
	Seed           uint64

	net *graph.Network
}

// Net returns the network the result was computed on.
func (r *Result) Net() *graph.Network { return r.net }

// Compute runs every measure of the package on n: the per-unit measures
// on the whole network, the network measures on the whole network and on
// every municipality's subgraph (units with that municipality, as
// graph.Network.Induced), the group measures, Louvain communities and key
// players for k = 1..3 per municipality. It is deterministic for a given
// seed and uses every core for the path measures.
func Compute(n *graph.Network, opt Options) *Result {
	progress := opt.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	var mu sync.Mutex
	report := func(step string, done, total int) {
		mu.Lock()
		progress(step, done, total)
		mu.Unlock()
	}
	r := &Result{net: n, Seed: opt.Seed}
	nn := n.Len()
	u := &UnitMeasures{}
	r.Units = u

	report(StepPaths, 0, nn)
	pm := Paths(n, PathOptions{Weighted: true, Progress: func(done, total int) { report(StepPaths, done, total) }})
	u.Betweenness, u.BetweennessWeighted = pm.Betweenness, pm.BetweennessWeighted
	u.Closeness, u.Harmonic = pm.Closeness, pm.Harmonic

	const unitSteps = 6
	report(StepUnits, 0, unitSteps)
	a := simpleAdjacency(n, false)
	u.Degree = Degree(n)
	u.Strength = Strength(n)
	u.Eigenvector = Eigenvector(n)
	report(StepUnits, 1, unitSteps)
	u.PageRank = PageRank(n)
	report(StepUnits, 2, unitSteps)
	u.Constraint, u.EffectiveSize = holes(n)
	report(StepUnits, 3, unitSteps)
	comp := components(a)
	cut := cutPoints(a)
	u.CutPoint, u.FragmentationIfRemoved = cut.CutPoint, cut.FragmentationIfRemoved
	report(StepUnits, 4, unitSteps)
	u.Brokerage = Brokerage(n)
	report(StepUnits, 5, unitSteps)
	r.Network = cohesion(n, a, pm, comp, cut)
	report(StepUnits, unitSteps, unitSteps)

	report(StepGroups, 0, 2)
	r.EI = EISet{Agency: EIIndex(n, ByAgency), Level: EIIndex(n, ByLevel), Municipality: EIIndex(n, ByMunicipality)}
	r.BlocksAgency, r.BlocksLevel = Blocks(n, ByAgency), Blocks(n, ByLevel)
	report(StepGroups, 1, 2)
	r.Communities = Communities(n, opt.Seed)
	u.Community = r.Communities.Of
	report(StepGroups, 2, 2)

	r.Municipalities = municipalities(n, opt.Seed, func(done, total int) { report(StepMunicipalities, done, total) })
	return r
}

// municipalities computes the measures of every municipality's subgraph,
// spreading the municipalities over the cores; the results come out in
// name order whatever the scheduling.
func municipalities(n *graph.Network, seed uint64, progress func(done, total int)) []*MunicipalityResult {
	seen := map[string]bool{}
	var names []string
	for _, u := range n.Units() {
		if m := u.Municipality; m != "" && !seen[m] {
			seen[m] = true
			names = append(names, m)
		}
	}
	sort.Strings(names)
	out := make([]*MunicipalityResult, len(names))
	progress(0, len(names))
	if len(names) == 0 {
		return out
	}
	// One pass assigns every unit to its municipality's list, so the
	// subgraphs cost O(n + m) each rather than a scan of all units.
	index := make(map[string]int, len(names))
	for i, m := range names {
		index[m] = i
	}
	var next, done int
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(names))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(names) {
					return
				}
				name := names[i]
				sub := n.Induced(func(u *graph.Unit) bool { return u.Municipality == name })
				out[i] = municipality(name, sub, seed)
				mu.Lock()
				done++
				progress(done, len(names))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// municipality computes the measures of one municipality's subgraph.
func municipality(name string, sub *graph.Network, seed uint64) *MunicipalityResult {
	// The municipalities run in parallel already; one goroutine each.
	pm := pathsSerial(sub)
	a := simpleAdjacency(sub, false)
	m := &MunicipalityResult{Name: name,
		Network: cohesion(sub, a, pm, components(a), cutPoints(a)),
		EI:      EISet{Agency: EIIndex(sub, ByAgency), Level: EIIndex(sub, ByLevel)},
	}
	for _, k := range KeyPlayerSizes {
		m.KeyPlayers = append(m.KeyPlayers, KeyPlayers(sub, k, seed))
	}
	return m
}

// pathsSerial is Paths without weighted betweenness on one goroutine.
func pathsSerial(n *graph.Network) *PathMeasures {
	nn := n.Len()
	pm := &PathMeasures{Betweenness: make([]float64, nn), Closeness: make([]float64, nn), Harmonic: make([]float64, nn)}
	if nn == 0 {
		pm.DistanceFragmentation = math.NaN()
		return pm
	}
	a := simpleAdjacency(n, false)
	sc := newPathScratch(nn, false, 0)
	for s := 0; s < nn; s++ {
		reach, tot, harm := sc.bfs(a, int32(s), pm.Betweenness)
		pm.Closeness[s] = closeness(reach, tot, nn)
		pm.Harmonic[s] = harm
	}
	if nn > 2 {
		scale := 1 / (float64(nn-1) * float64(nn-2))
		for v := range pm.Betweenness {
			pm.Betweenness[v] *= scale
		}
	}
	pm.DistanceFragmentation = distanceFragmentation(pm.Harmonic)
	return pm
}

// unitColumns are the per-unit columns of the units table and the JSON
// units, after the identifying ones.
var unitColumns = []Column{
	Col("degree", "grad", "degree"),
	Col("strength", "styrke", "strength"),
	Col("betweenness", "mellomhet", "betweenness"),
	Col("betweenness_weighted", "mellomhet (vektet)", "betweenness (weighted)"),
	Col("closeness", "nærhet", "closeness"),
	Col("harmonic", "harmonisk", "harmonic"),
	Col("eigenvector", "egenvektor", "eigenvector"),
	Col("pagerank", "PageRank", "PageRank"),
	Col("constraint", "begrensning", "constraint"),
	Col("effective_size", "effektiv størrelse", "effective size"),
	Col("cut_point", "snittpunkt", "cut point"),
	Col("fragmentation_if_removed", "fragmentering uten enheten", "fragmentation if removed"),
	Col("community", "gruppering", "community"),
}

var brokerColumns = []Column{
	Col("coordinator", "koordinator", "coordinator"),
	Col("itinerant", "omreisende", "itinerant"),
	Col("representative", "representant", "representative"),
	Col("gatekeeper", "portvokter", "gatekeeper"),
	Col("liaison", "forbindelsesledd", "liaison"),
}

// unitCells returns the values of unitColumns for node v.
func (u *UnitMeasures) unitCells(v int) []any {
	return []any{u.Degree[v], u.Strength[v], u.Betweenness[v], u.BetweennessWeighted[v],
		u.Closeness[v], u.Harmonic[v], u.Eigenvector[v], u.PageRank[v], u.Constraint[v],
		u.EffectiveSize[v], u.CutPoint[v], u.FragmentationIfRemoved[v], u.Community[v]}
}

func brokerCells(b BrokerRoles) []any {
	return []any{b.Coordinator, b.Itinerant, b.Representative, b.Gatekeeper, b.Liaison}
}

// networkColumns are the network measures, in output order.
var networkColumns = []Column{
	Col("units", "enheter", "units"),
	Col("ties", "bånd", "ties"),
	Col("weight", "vekt", "weight"),
	Col("arcs", "initiativbånd", "arcs"),
	Col("density", "tetthet", "density"),
	Col("components", "komponenter", "components"),
	Col("isolates", "isolerte", "isolates"),
	Col("cut_points", "snittpunkter", "cut points"),
	Col("fragmentation", "fragmentering", "fragmentation"),
	Col("distance_fragmentation", "avstandsfragmentering", "distance fragmentation"),
	Col("degree_centralization", "gradsentralisering", "degree centralization"),
	Col("betweenness_centralization", "mellomhetssentralisering", "betweenness centralization"),
	Col("transitivity", "transitivitet", "transitivity"),
	Col("average_clustering", "gj.sn. klyngekoeffisient", "average clustering"),
	Col("agency_modularity", "modularitet etter etat", "agency modularity"),
}

func (m *NetworkMeasures) cells() []any {
	return []any{m.Units, m.Ties, m.Weight, m.Arcs, m.Density, m.Components, m.Isolates, m.CutPoints,
		m.Fragmentation, m.DistanceFragmentation, m.DegreeCentralization, m.BetweennessCentralization,
		m.Transitivity, m.AverageClustering, m.AgencyModularity}
}

// UnitsTable returns one row per unit, sorted by id, with every per-unit
// measure; the brokerage roles are columns of their own.
func (r *Result) UnitsTable() *Table {
	t := &Table{Name: "units", Title: graph.T("Enheter", "Units"),
		Columns: []Column{Col("id", "id", "id"), Col("name", "navn", "name"), Col("agency", "etat", "agency"),
			Col("level", "nivå", "level"), Col("municipality", "kommune", "municipality")}}
	t.Columns = append(t.Columns, unitColumns...)
	t.Columns = append(t.Columns, brokerColumns...)
	for v, unit := range r.net.Units() {
		row := []any{unit.Key, unit.Name, optString(unit.Agency), optLevel(unit.Level), optString(unit.Municipality)}
		row = append(row, r.Units.unitCells(v)...)
		row = append(row, brokerCells(r.Units.Brokerage[v])...)
		t.Rows = append(t.Rows, row)
	}
	return t
}

// NetworkTable returns the network measures: a first row for the whole
// network (municipality empty), then one row per municipality by name.
func (r *Result) NetworkTable() *Table {
	t := &Table{Name: "network", Title: graph.T("Nettverket", "Network"),
		Columns: []Column{Col("municipality", "kommune", "municipality")}}
	t.Columns = append(t.Columns, networkColumns...)
	t.Columns = append(t.Columns, Col("ei_agency", "E-I etat", "E-I agency"), Col("ei_level", "E-I nivå", "E-I level"),
		Col("ei_municipality", "E-I kommune", "E-I municipality"))
	row := append([]any{nil}, r.Network.cells()...)
	t.Rows = append(t.Rows, append(row, r.EI.Agency.Index, r.EI.Level.Index, r.EI.Municipality.Index))
	for _, m := range r.Municipalities {
		row := append([]any{m.Name}, m.Network.cells()...)
		t.Rows = append(t.Rows, append(row, m.EI.Agency.Index, m.EI.Level.Index, nil))
	}
	return t
}

// KeyPlayersTable returns the key players of every municipality: one row
// per municipality, set size and member.
func (r *Result) KeyPlayersTable() *Table {
	t := &Table{Name: "key_players", Title: graph.T("Nøkkelaktører per kommune (KPP-Neg)", "Key players per municipality (KPP-Neg)"),
		Columns: []Column{Col("municipality", "kommune", "municipality"), Col("k", "k", "k"), Col("id", "id", "id"),
			Col("fragmentation", "fragmentering uten settet", "fragmentation without the set"),
			Col("method", "metode", "method"), Col("seed", "frø", "seed")}}
	for _, m := range r.Municipalities {
		for _, s := range m.KeyPlayers {
			for _, key := range s.Keys {
				t.Rows = append(t.Rows, []any{m.Name, len(s.Units), key, s.Fragmentation, s.Method, seedCell(s.Seed)})
			}
		}
	}
	return t
}

// Tables returns the result as tables for text and CSV output: network,
// units, E-I by agency, level and municipality, block densities by agency
// and level, key players and the conventions.
func (r *Result) Tables() []*Table {
	return []*Table{r.NetworkTable(), r.UnitsTable(),
		r.EI.Agency.Table(), r.EI.Level.Table(), r.EI.Municipality.Table(),
		r.BlocksAgency.Table(), r.BlocksLevel.Table(), r.KeyPlayersTable(), ConventionsTable()}
}

func optString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func optLevel(l graph.Level) any {
	if !l.Known() {
		return nil
	}
	return int(l)
}

// MarshalJSON writes the result as issue 3 specifies:
//
//	{"network": {…, "ei_index": {"agency", "level", "municipality"}},
//	 "units": [{"id", "name", "agency", "level", "municipality", "degree", …, "brokerage": {…}}, …],
//	 "groups": {"ei_index", "blocks", "communities"},
//	 "municipalities": [{"municipality", …network measures…, "ei_index", "key_players"}, …],
//	 "conventions": {measure: {"definition", "definition_nb", "reference"}}}
//
// Undefined values (NaN) are null; units are in id order, municipalities
// by name.
func (r *Result) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{b: make([]byte, 0, 1024+r.net.Len()*640)}
	r.writeJSON(w)
	return w.b, nil
}

// WriteJSON writes the JSON of MarshalJSON to out, indented by two spaces
// and followed by a newline, exactly as a json.Encoder with
// SetIndent("", "  ") would, but streaming: the output of a national
// network is tens of megabytes, which the encoder would hold three times.
func (r *Result) WriteJSON(out io.Writer) error {
	w := &jsonWriter{b: make([]byte, 0, 64<<10), indent: "  ", out: out}
	r.writeJSON(w)
	w.b = append(w.b, '\n')
	w.flush()
	return w.err
}

func (r *Result) writeJSON(w *jsonWriter) {
	w.open('{')
	w.key("network")
	w.open('{')
	r.Network.writeJSON(w)
	w.key("ei_index")
	w.open('{')
	w.key("agency")
	w.float(r.EI.Agency.Index)
	w.key("level")
	w.float(r.EI.Level.Index)
	w.key("municipality")
	w.float(r.EI.Municipality.Index)
	w.close('}')
	w.close('}')

	w.key("units")
	w.open('[')
	u := r.Units
	for v, unit := range r.net.Units() {
		w.open('{')
		w.key("id")
		w.str(unit.Key)
		w.key("name")
		w.str(unit.Name)
		w.key("agency")
		w.optStr(unit.Agency)
		w.key("level")
		if unit.Level.Known() {
			w.int(int(unit.Level))
		} else {
			w.null()
		}
		w.key("municipality")
		w.optStr(unit.Municipality)
		for i, c := range u.unitCells(v) {
			w.key(unitColumns[i].Key)
			w.value(c)
		}
		w.key("brokerage")
		w.open('{')
		for i, c := range brokerCells(u.Brokerage[v]) {
			w.key(brokerColumns[i].Key)
			w.value(c)
		}
		w.close('}')
		w.close('}')
	}
	w.close(']')

	w.key("groups")
	w.open('{')
	w.key("ei_index")
	w.open('{')
	for _, e := range []EI{r.EI.Agency, r.EI.Level, r.EI.Municipality} {
		w.key(e.By.String())
		writeEI(w, e)
	}
	w.close('}')
	w.key("blocks")
	w.open('{')
	for _, b := range []*BlockMatrix{r.BlocksAgency, r.BlocksLevel} {
		w.key(b.By.String())
		writeBlocks(w, b)
	}
	w.close('}')
	w.key("communities")
	c := r.Communities
	w.open('{')
	w.key("count")
	w.int(c.Count)
	w.key("modularity")
	w.float(c.Modularity)
	w.key("silo_index")
	w.float(c.SiloIndex)
	w.key("method")
	w.str(c.Method)
	w.key("seed")
	w.uint(c.Seed)
	w.close('}')
	w.close('}')

	w.key("municipalities")
	w.open('[')
	for _, m := range r.Municipalities {
		w.open('{')
		w.key("municipality")
		w.str(m.Name)
		m.Network.writeJSON(w)
		w.key("ei_index")
		w.open('{')
		for _, e := range []EI{m.EI.Agency, m.EI.Level} {
			w.key(e.By.String())
			writeEI(w, e)
		}
		w.close('}')
		w.key("key_players")
		w.open('[')
		for _, s := range m.KeyPlayers {
			w.open('{')
			w.key("k")
			w.int(len(s.Units))
			w.key("units")
			w.open('[')
			for _, k := range s.Keys {
				w.str(k)
			}
			w.close(']')
			w.key("fragmentation")
			w.float(s.Fragmentation)
			w.key("method")
			w.str(s.Method)
			w.key("seed")
			w.uint(s.Seed)
			w.close('}')
		}
		w.close(']')
		w.close('}')
	}
	w.close(']')

	w.key("conventions")
	w.open('{')
	for _, c := range Conventions() {
		w.key(c.Key)
		w.open('{')
		w.key("definition")
		w.str(c.Definition.EN)
		w.key("definition_nb")
		w.str(c.Definition.NB)
		w.key("reference")
		w.str(c.Reference)
		w.close('}')
	}
	w.close('}')
	w.close('}')
}

func (m *NetworkMeasures) writeJSON(w *jsonWriter) {
	for i, c := range m.cells() {
		w.key(networkColumns[i].Key)
		w.value(c)
	}
}

func writeEI(w *jsonWriter, e EI) {
	w.open('{')
	w.key("index")
	w.float(e.Index)
	w.key("internal")
	w.int(e.Internal)
	w.key("external")
	w.int(e.External)
	w.key("groups")
	w.open('[')
	for _, g := range e.Groups {
		w.open('{')
		w.key("group")
		w.str(g.Group)
		w.key("units")
		w.int(g.Units)
		w.key("internal")
		w.int(g.Internal)
		w.key("external")
		w.int(g.External)
		w.key("index")
		w.float(g.Index)
		w.close('}')
	}
	w.close(']')
	w.close('}')
}

func writeBlocks(w *jsonWriter, b *BlockMatrix) {
	w.open('{')
	w.key("groups")
	w.open('[')
	for i, g := range b.Groups {
		w.open('{')
		w.key("group")
		w.str(g)
		w.key("units")
		w.int(b.Units[i])
		w.close('}')
	}
	w.close(']')
	w.key("cells")
	w.open('[')
	for g := range b.Groups {
		for h := range b.Groups {
			w.open('{')
			w.key("from")
			w.str(b.Groups[g])
			w.key("to")
			w.str(b.Groups[h])
			w.key("ties")
			w.int(b.Ties[g][h])
			w.key("weight")
			w.float(b.Weight[g][h])
			w.key("density")
			w.float(b.Density[g][h])
			w.close('}')
		}
	}
	w.close(']')
	w.close('}')
}

// jsonWriter appends JSON to b, compact or indented, writing NaN and
// infinities as null; with out set it flushes b there as it grows.
type jsonWriter struct {
	b        []byte
	indent   string    // per level; "" for compact output
	out      io.Writer // nil: keep everything in b
	err      error
	count    []int // per open container: values written so far
	afterKey bool  // the next value follows a key
}

// sep starts a value: a comma after a sibling and, when indenting, a new
// line; nothing after a key.
func (w *jsonWriter) sep() {
	if w.afterKey {
		w.afterKey = false
		return
	}
	k := len(w.count)
	if k == 0 {
		return
	}
	if w.count[k-1] > 0 {
		w.b = append(w.b, ',')
	}
	w.count[k-1]++
	w.newline(k)
}

func (w *jsonWriter) newline(depth int) {
	if w.indent == "" {
		return
	}
	w.b = append(w.b, '\n')
	for range depth {
		w.b = append(w.b, w.indent...)
	}
}

func (w *jsonWriter) open(c byte) {
	w.sep()
	w.b = append(w.b, c)
	w.count = append(w.count, 0)
}

func (w *jsonWriter) close(c byte) {
	k := len(w.count)
	if w.count[k-1] > 0 {
		w.newline(k - 1)
	}
	w.b = append(w.b, c)
	w.count = w.count[:k-1]
	if w.out != nil && len(w.b) >= 32<<10 {
		w.flush()
	}
}

func (w *jsonWriter) flush() {
	if w.out == nil || len(w.b) == 0 {
		return
	}
	if w.err == nil {
		_, w.err = w.out.Write(w.b)
	}
	w.b = w.b[:0]
}

// key writes an object key; the value that follows needs no separator.
func (w *jsonWriter) key(k string) {
	w.sep()
	w.b = appendJSONString(w.b, k)
	w.b = append(w.b, ':')
	if w.indent != "" {
		w.b = append(w.b, ' ')
	}
	w.afterKey = true
}

func (w *jsonWriter) null() { w.sep(); w.b = append(w.b, "null"...) }

func (w *jsonWriter) str(s string) { w.sep(); w.b = appendJSONString(w.b, s) }

func (w *jsonWriter) optStr(s string) {
	if s == "" {
		w.null()
		return
	}
	w.str(s)
}

func (w *jsonWriter) int(i int) { w.sep(); w.b = strconv.AppendInt(w.b, int64(i), 10) }

func (w *jsonWriter) uint(u uint64) { w.sep(); w.b = strconv.AppendUint(w.b, u, 10) }

func (w *jsonWriter) bool(v bool) { w.sep(); w.b = strconv.AppendBool(w.b, v) }

// float writes f as encoding/json would, or null when it is not finite.
func (w *jsonWriter) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.null()
		return
	}
	w.sep()
	w.b = appendJSONFloat(w.b, f)
}

func (w *jsonWriter) value(v any) {
	switch x := v.(type) {
	case nil:
		w.null()
	case int:
		w.int(x)
	case float64:
		w.float(x)
	case bool:
		w.bool(x)
	case string:
		w.str(x)
	default:
		panic(fmt.Sprintf("metrics: jsonWriter cannot write %T", v))
	}
}

// appendJSONFloat formats f like encoding/json: the shortest decimal that
// round-trips, in exponent form below 1e-6 and from 1e21.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaping as encoding/json
// does by default (HTML characters included).
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c < 0x80 {
			i++
			continue
		}
		if c < 0x80 {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0xFFFD && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
