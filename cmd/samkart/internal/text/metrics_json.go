package text

import (
	"bytes"
	"io"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// WriteMetricsJSON writes the result of `samkart metrics` as
//
//	{"network": {…, "ei_index": {"agency": {"index", …, "permutation"}, "level", "municipality"}, "cliques", "reciprocity"},
//	 "units": [{"id", "name", "agency", "level", "municipality", "degree", …, "brokerage": {…},
//	            "core", "cliques", "in_degree", …, "ego_size", …, "composition": {…}}, …],
//	 "groups": {"ei_index", "blocks", "communities"},
//	 "municipalities": [{"municipality", …network measures…, "ei_index", "key_players", "cliques", "reciprocity"}, …],
//	 "betweenness_method": {…}, "closeness_method": {…},   (only when sampled)
//	 "conventions": {measure: {"definition", "definition_nb", "reference"}}}
//
// indented by two spaces and followed by a newline, exactly as a
// json.Encoder with SetIndent("", "  ") would, but one unit at a time: the
// output of a national network is tens of megabytes, which the encoder
// would hold three times. Undefined values (NaN) are null; units are in
// id order, municipalities by name. Every E-I index of network.ei_index,
// groups.ei_index and
// of a municipality carries its permutation test ("permutation", null
// when it was not run); a --by column adds its key to every object keyed
// by agency and level. With sup on, hidden counts are null and the
// document ends with "suppressed_below": N.
func WriteMetricsJSON(out io.Writer, r *metrics.Result, sup Suppression) error {
	s := newJSONStream(out, "  ")
	writeMetrics(s, r, sup)
	s.newline()
	return s.flush()
}

// metricsDoc is the document of WriteMetricsJSON for encoding/json.
type metricsDoc struct {
	r   *metrics.Result
	sup Suppression
}

// MarshalJSON writes the document compact.
func (d metricsDoc) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(1024 + d.r.Net().Len()*640)
	s := newJSONStream(&b, "")
	writeMetrics(s, d.r, d.sup)
	if err := s.flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeMetrics(s *jsonStream, r *metrics.Result, sup Suppression) {
	s.open('{')
	s.key("network")
	s.value(newResultNetworkJSON(r, sup))

	s.key("units")
	s.open('[')
	var u unitJSON
	for v, unit := range r.Net().Units() {
		fillUnitJSON(&u, r, v, unit)
		s.value(&u)
	}
	s.close(']')

	s.key("groups")
	s.value(groupsJSON{
		EIIndex: newEISetJSON(r.EITests, r.Permutations, sup),
		Blocks:  newBlockSetJSON(r, sup),
		Communities: communitiesJSON{Count: r.Communities.Count, Modularity: graph.JSONFloat(r.Communities.Modularity),
			SiloIndex: graph.JSONFloat(r.Communities.SiloIndex), Method: r.Communities.Method, Seed: r.Communities.Seed},
	})

	s.key("municipalities")
	s.open('[')
	for _, m := range r.Municipalities {
		s.value(newMunicipalityJSON(m, r.Permutations, sup))
	}
	s.close(']')

	if r.PathMethod != nil {
		writeSampling(s, r.PathMethod)
	}
	s.key("conventions")
	s.value(conventionsJSON())
	if r.Survey != nil {
		s.key("survey")
		s.value(newSurveyJSON(r, sup))
	}
	if sup.On() {
		s.key("suppressed_below")
		s.value(sup.Below)
	}
	s.close('}')
}

// networkJSON is metrics.NetworkMeasures in the JSON, keyed as
// networkColumns.
type networkJSON struct {
	Units                     any             `json:"units"`   // int, or Hidden
	Ties                      any             `json:"ties"`    // int, or Hidden
	Weight                    any             `json:"weight"`  // graph.JSONFloat, or Hidden
	Arcs                      any             `json:"arcs"`    // int, or Hidden
	Density                   any             `json:"density"` // graph.JSONFloat, or Hidden
	Components                int             `json:"components"`
	Isolates                  int             `json:"isolates"`
	CutPoints                 int             `json:"cut_points"`
	Fragmentation             graph.JSONFloat `json:"fragmentation"`
	DistanceFragmentation     graph.JSONFloat `json:"distance_fragmentation"`
	DegreeCentralization      graph.JSONFloat `json:"degree_centralization"`
	BetweennessCentralization graph.JSONFloat `json:"betweenness_centralization"`
	Transitivity              graph.JSONFloat `json:"transitivity"`
	AverageClustering         graph.JSONFloat `json:"average_clustering"`
	AgencyModularity          graph.JSONFloat `json:"agency_modularity"`
}

func newNetworkJSON(m *metrics.NetworkMeasures, sup Suppression) networkJSON {
	units, ties := sup.Count(m.Units), sup.Count(m.Ties)
	return networkJSON{units, ties, sup.Of(graph.JSONFloat(m.Weight), sup.Amount(m.Weight)), sup.Count(m.Arcs),
		sup.Of(graph.JSONFloat(m.Density), units, ties),
		m.Components, m.Isolates, m.CutPoints, graph.JSONFloat(m.Fragmentation),
		graph.JSONFloat(m.DistanceFragmentation), graph.JSONFloat(m.DegreeCentralization),
		graph.JSONFloat(m.BetweennessCentralization), graph.JSONFloat(m.Transitivity),
		graph.JSONFloat(m.AverageClustering), graph.JSONFloat(m.AgencyModularity)}
}

// resultNetworkJSON is the whole network's object: its measures, its
// E-I indices (by agency, level, municipality and the --by column), its
// cliques and its reciprocity.
type resultNetworkJSON struct {
	networkJSON
	EIIndex orderedObject `json:"ei_index"`
	structureJSON
}

func newResultNetworkJSON(r *metrics.Result, sup Suppression) resultNetworkJSON {
	j := resultNetworkJSON{networkJSON: newNetworkJSON(r.Network, sup), structureJSON: newStructureJSON(r.Structure)}
	for _, e := range r.EITests {
		j.EIIndex = append(j.EIIndex, keyValue{e.By, networkEIJSON{graph.JSONFloat(e.Index), e.Internal, e.External,
			graph.JSONFloat(e.Expected), graph.JSONFloat(e.Min), graph.JSONFloat(e.Max), graph.JSONFloat(e.Rescaled),
			newPermutationJSON(e.Permutation, r.Permutations)}})
	}
	return j
}

// networkEIJSON is one whole-network E-I index under network.ei_index: the
// object of groups.ei_index without its groups, so that
// network.ei_index.agency.permutation holds the test of the whole network.
type networkEIJSON struct {
	Index       graph.JSONFloat  `json:"index"`
	Internal    int              `json:"internal"`
	External    int              `json:"external"`
	Expected    graph.JSONFloat  `json:"expected"`
	Min         graph.JSONFloat  `json:"min"`
	Max         graph.JSONFloat  `json:"max"`
	Rescaled    graph.JSONFloat  `json:"rescaled"`
	Permutation *permutationJSON `json:"permutation"`
}

// unitJSON is one unit in the JSON: its identity, then the measures keyed
// as unitColumns, then its brokerage roles.
type unitJSON struct {
	ID                     string          `json:"id"`
	Name                   string          `json:"name"`
	Agency                 any             `json:"agency"`       // string, or nil when unknown
	Level                  any             `json:"level"`        // int, or nil when unknown
	Municipality           any             `json:"municipality"` // string, or nil when none
	Degree                 int             `json:"degree"`
	Strength               graph.JSONFloat `json:"strength"`
	Betweenness            graph.JSONFloat `json:"betweenness"`
	BetweennessWeighted    graph.JSONFloat `json:"betweenness_weighted"`
	Closeness              graph.JSONFloat `json:"closeness"`
	Harmonic               graph.JSONFloat `json:"harmonic"`
	Eigenvector            graph.JSONFloat `json:"eigenvector"`
	PageRank               graph.JSONFloat `json:"pagerank"`
	Constraint             graph.JSONFloat `json:"constraint"`
	EffectiveSize          graph.JSONFloat `json:"effective_size"`
	CutPoint               bool            `json:"cut_point"`
	FragmentationIfRemoved graph.JSONFloat `json:"fragmentation_if_removed"`
	Community              int             `json:"community"`
	Brokerage              brokerJSON      `json:"brokerage"`
	unitStructureJSON
}

// brokerJSON is metrics.BrokerRoles in the JSON, keyed as brokerColumns.
type brokerJSON struct {
	Coordinator    int `json:"coordinator"`
	Itinerant      int `json:"itinerant"`
	Representative int `json:"representative"`
	Gatekeeper     int `json:"gatekeeper"`
	Liaison        int `json:"liaison"`
}

// fillUnitJSON sets j to node v, unit of r.
func fillUnitJSON(j *unitJSON, r *metrics.Result, v int, unit *graph.Unit) {
	u := r.Units
	*j = unitJSON{
		ID: unit.Key, Name: unit.Name,
		Agency: optString(unit.Agency), Level: optLevel(unit.Level), Municipality: optString(unit.Municipality),
		Degree: u.Degree[v], Strength: graph.JSONFloat(u.Strength[v]),
		Betweenness:         graph.JSONFloat(u.Betweenness[v]),
		BetweennessWeighted: graph.JSONFloat(u.BetweennessWeighted[v]),
		Closeness:           graph.JSONFloat(u.Closeness[v]), Harmonic: graph.JSONFloat(u.Harmonic[v]),
		Eigenvector: graph.JSONFloat(u.Eigenvector[v]), PageRank: graph.JSONFloat(u.PageRank[v]),
		Constraint: graph.JSONFloat(u.Constraint[v]), EffectiveSize: graph.JSONFloat(u.EffectiveSize[v]),
		CutPoint: u.CutPoint[v], FragmentationIfRemoved: graph.JSONFloat(u.FragmentationIfRemoved[v]),
		Community: u.Community[v], Brokerage: brokerJSON(u.Brokerage[v]),
	}
	fillUnitStructureJSON(&j.unitStructureJSON, u, v)
}

// eiJSON is one E-I index: observed, then (after the keys it first had)
// its expected, smallest, largest and rescaled value and its permutation
// test, null when none was run.
type eiJSON struct {
	Index       any              `json:"index"`    // graph.JSONFloat, or Hidden
	Internal    any              `json:"internal"` // int, or Hidden
	External    any              `json:"external"` // int, or Hidden
	Groups      []groupEIJSON    `json:"groups"`
	Expected    graph.JSONFloat  `json:"expected"`
	Min         graph.JSONFloat  `json:"min"`
	Max         graph.JSONFloat  `json:"max"`
	Rescaled    graph.JSONFloat  `json:"rescaled"`
	Permutation *permutationJSON `json:"permutation"`
}

type groupEIJSON struct {
	Group       string           `json:"group"`
	Units       any              `json:"units"`    // int, or Hidden
	Internal    any              `json:"internal"` // int, or Hidden
	External    any              `json:"external"` // int, or Hidden
	Index       any              `json:"index"`    // graph.JSONFloat, or Hidden
	Permutation *permutationJSON `json:"permutation"`
}

// permutationJSON is metrics.Permutation.
type permutationJSON struct {
	Permutations int             `json:"permutations"`
	Mean         graph.JSONFloat `json:"mean"`
	SD           graph.JSONFloat `json:"sd"`
	PGE          graph.JSONFloat `json:"p_ge"`
	PLE          graph.JSONFloat `json:"p_le"`
}

// newPermutationJSON returns p, or nil when no test was run (drawn is 0).
func newPermutationJSON(p metrics.Permutation, drawn int) *permutationJSON {
	if drawn == 0 {
		return nil
	}
	j := permJSON(p)
	return &j
}

func permJSON(p metrics.Permutation) permutationJSON {
	return permutationJSON{p.Permutations, graph.JSONFloat(p.Mean), graph.JSONFloat(p.SD), graph.JSONFloat(p.PGE), graph.JSONFloat(p.PLE)}
}

// newEIJSON returns the E-I test e; drawn is the number of permutations
// drawn, 0 when the test was not run.
func newEIJSON(e *metrics.EITest, drawn int, sup Suppression) eiJSON {
	in, ex := sup.Count(e.Internal), sup.Count(e.External)
	j := eiJSON{Index: sup.Of(graph.JSONFloat(e.Index), in, ex), Internal: in, External: ex,
		Groups: make([]groupEIJSON, len(e.Groups)), Expected: graph.JSONFloat(e.Expected),
		Min: graph.JSONFloat(e.Min), Max: graph.JSONFloat(e.Max), Rescaled: graph.JSONFloat(e.Rescaled),
		Permutation: newPermutationJSON(e.Permutation, drawn)}
	for i, g := range e.Groups {
		in, ex := sup.Count(g.Internal), sup.Count(g.External)
		j.Groups[i] = groupEIJSON{g.Group, sup.Count(g.Units), in, ex, sup.Of(graph.JSONFloat(g.Index), in, ex),
			newPermutationJSON(g.Permutation, drawn)}
	}
	return j
}

// newEISetJSON returns the E-I tests keyed by their partitions' names.
func newEISetJSON(tests []*metrics.EITest, drawn int, sup Suppression) orderedObject {
	o := make(orderedObject, 0, len(tests))
	for _, e := range tests {
		o = append(o, keyValue{e.By, newEIJSON(e, drawn, sup)})
	}
	return o
}

type blocksJSON struct {
	Groups []blockGroupJSON `json:"groups"`
	Cells  []blockCellJSON  `json:"cells"`
}

type blockGroupJSON struct {
	Group string `json:"group"`
	Units any    `json:"units"` // int, or Hidden
}

type blockCellJSON struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Ties    any    `json:"ties"`    // int, or Hidden
	Weight  any    `json:"weight"`  // graph.JSONFloat, or Hidden
	Density any    `json:"density"` // graph.JSONFloat, or Hidden
}

func newBlocksJSON(b *metrics.BlockMatrix, sup Suppression) blocksJSON {
	j := blocksJSON{Groups: make([]blockGroupJSON, len(b.Groups)), Cells: make([]blockCellJSON, 0, len(b.Groups)*len(b.Groups))}
	for g, name := range b.Groups {
		j.Groups[g] = blockGroupJSON{name, sup.Count(b.Units[g])}
		for h, other := range b.Groups {
			ties := sup.Count(b.Ties[g][h])
			weight := sup.Of(graph.JSONFloat(b.Weight[g][h]), sup.Amount(b.Weight[g][h]))
			density := sup.Of(graph.JSONFloat(b.Density[g][h]), ties, sup.Count(b.Units[g]), sup.Count(b.Units[h]))
			j.Cells = append(j.Cells, blockCellJSON{name, other, ties, weight, density})
		}
	}
	return j
}

type communitiesJSON struct {
	Count      int             `json:"count"`
	Modularity graph.JSONFloat `json:"modularity"`
	SiloIndex  graph.JSONFloat `json:"silo_index"`
	Method     string          `json:"method"`
	Seed       uint64          `json:"seed"`
}

// newBlockSetJSON returns the block matrices by agency, level and the
// --by column.
func newBlockSetJSON(r *metrics.Result, sup Suppression) orderedObject {
	o := orderedObject{{"agency", newBlocksJSON(r.BlocksAgency, sup)}, {"level", newBlocksJSON(r.BlocksLevel, sup)}}
	if r.BlocksBy != nil {
		o = append(o, keyValue{r.BlocksBy.Name, newBlocksJSON(r.BlocksBy, sup)})
	}
	return o
}

type groupsJSON struct {
	EIIndex     orderedObject   `json:"ei_index"`
	Blocks      orderedObject   `json:"blocks"`
	Communities communitiesJSON `json:"communities"`
}

// municipalityJSON is one municipality: its name, its network measures,
// its E-I indices by agency, level and the --by column, its key players,
// its cliques and its reciprocity.
type municipalityJSON struct {
	Municipality string `json:"municipality"`
	networkJSON
	EIIndex    orderedObject    `json:"ei_index"`
	KeyPlayers []keyPlayersJSON `json:"key_players"`
	structureJSON
}

type keyPlayersJSON struct {
	K             int             `json:"k"`
	Units         []string        `json:"units"`
	Fragmentation graph.JSONFloat `json:"fragmentation"`
	Method        string          `json:"method"`
	Seed          uint64          `json:"seed"`
}

func newMunicipalityJSON(m *metrics.MunicipalityResult, drawn int, sup Suppression) *municipalityJSON {
	j := &municipalityJSON{Municipality: m.Name, networkJSON: newNetworkJSON(m.Network, sup),
		KeyPlayers: make([]keyPlayersJSON, len(m.KeyPlayers)), EIIndex: newEISetJSON(m.EITests, drawn, sup),
		structureJSON: newStructureJSON(m.Structure)}
	for i, s := range m.KeyPlayers {
		keys := s.Keys
		if keys == nil {
			keys = []string{}
		}
		j.KeyPlayers[i] = keyPlayersJSON{len(s.Units), keys, graph.JSONFloat(s.Fragmentation), s.Method, s.Seed}
	}
	return j
}

type conventionJSON struct {
	Definition   string `json:"definition"`
	DefinitionNB string `json:"definition_nb"`
	Reference    string `json:"reference"`
}

// conventionsJSON returns the conventions by key; encoding/json writes a
// map's keys sorted, as Conventions sorts them.
func conventionsJSON() map[string]conventionJSON { return conventionsJSONOf(conventions) }

func conventionsJSONOf(cs []Convention) map[string]conventionJSON {
	out := make(map[string]conventionJSON, len(cs))
	for _, c := range cs {
		out[c.Key] = conventionJSON{c.Definition.EN, c.Definition.NB, c.Reference}
	}
	return out
}
