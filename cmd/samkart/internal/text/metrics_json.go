package text

import (
	"bytes"
	"io"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// WriteMetricsJSON writes the result of `samkart metrics` as
//
//	{"network": {…, "ei_index": {"agency", "level", "municipality"}},
//	 "units": [{"id", "name", "agency", "level", "municipality", "degree", …, "brokerage": {…}}, …],
//	 "groups": {"ei_index", "blocks", "communities"},
//	 "municipalities": [{"municipality", …network measures…, "ei_index", "key_players"}, …],
//	 "conventions": {measure: {"definition", "definition_nb", "reference"}}}
//
// indented by two spaces and followed by a newline, exactly as a
// json.Encoder with SetIndent("", "  ") would, but one unit at a time: the
// output of a national network is tens of megabytes, which the encoder
// would hold three times. Undefined values (NaN) are null; units are in
// id order, municipalities by name.
func WriteMetricsJSON(out io.Writer, r *metrics.Result) error {
	s := newJSONStream(out, "  ")
	writeMetrics(s, r)
	s.newline()
	return s.flush()
}

// metricsDoc is the document of WriteMetricsJSON for encoding/json.
type metricsDoc struct{ r *metrics.Result }

// MarshalJSON writes the document compact.
func (d metricsDoc) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(1024 + d.r.Net().Len()*640)
	s := newJSONStream(&b, "")
	writeMetrics(s, d.r)
	if err := s.flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeMetrics(s *jsonStream, r *metrics.Result) {
	s.open('{')
	s.key("network")
	s.value(resultNetworkJSON{newNetworkJSON(r.Network),
		eiIndexJSON{graph.JSONFloat(r.EI.Agency.Index), graph.JSONFloat(r.EI.Level.Index), graph.JSONFloat(r.EI.Municipality.Index)}})

	s.key("units")
	s.open('[')
	var u unitJSON
	for v, unit := range r.Net().Units() {
		fillUnitJSON(&u, r.Units, v, unit)
		s.value(&u)
	}
	s.close(']')

	s.key("groups")
	s.value(groupsJSON{
		EIIndex: eiSetJSON{newEIJSON(r.EI.Agency), newEIJSON(r.EI.Level), newEIJSON(r.EI.Municipality)},
		Blocks:  blockSetJSON{newBlocksJSON(r.BlocksAgency), newBlocksJSON(r.BlocksLevel)},
		Communities: communitiesJSON{Count: r.Communities.Count, Modularity: graph.JSONFloat(r.Communities.Modularity),
			SiloIndex: graph.JSONFloat(r.Communities.SiloIndex), Method: r.Communities.Method, Seed: r.Communities.Seed},
	})

	s.key("municipalities")
	s.open('[')
	for _, m := range r.Municipalities {
		s.value(newMunicipalityJSON(m))
	}
	s.close(']')

	s.key("conventions")
	s.value(conventionsJSON())
	if r.Survey != nil {
		s.key("survey")
		s.value(newSurveyJSON(r))
	}
	s.close('}')
}

// networkJSON is metrics.NetworkMeasures in the JSON, keyed as
// networkColumns.
type networkJSON struct {
	Units                     int             `json:"units"`
	Ties                      int             `json:"ties"`
	Weight                    graph.JSONFloat `json:"weight"`
	Arcs                      int             `json:"arcs"`
	Density                   graph.JSONFloat `json:"density"`
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

func newNetworkJSON(m *metrics.NetworkMeasures) networkJSON {
	return networkJSON{m.Units, m.Ties, graph.JSONFloat(m.Weight), m.Arcs, graph.JSONFloat(m.Density),
		m.Components, m.Isolates, m.CutPoints, graph.JSONFloat(m.Fragmentation),
		graph.JSONFloat(m.DistanceFragmentation), graph.JSONFloat(m.DegreeCentralization),
		graph.JSONFloat(m.BetweennessCentralization), graph.JSONFloat(m.Transitivity),
		graph.JSONFloat(m.AverageClustering), graph.JSONFloat(m.AgencyModularity)}
}

// resultNetworkJSON is the whole network's object: its measures and its
// E-I indices.
type resultNetworkJSON struct {
	networkJSON
	EIIndex eiIndexJSON `json:"ei_index"`
}

type eiIndexJSON struct {
	Agency       graph.JSONFloat `json:"agency"`
	Level        graph.JSONFloat `json:"level"`
	Municipality graph.JSONFloat `json:"municipality"`
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
}

// brokerJSON is metrics.BrokerRoles in the JSON, keyed as brokerColumns.
type brokerJSON struct {
	Coordinator    int `json:"coordinator"`
	Itinerant      int `json:"itinerant"`
	Representative int `json:"representative"`
	Gatekeeper     int `json:"gatekeeper"`
	Liaison        int `json:"liaison"`
}

// fillUnitJSON sets j to node v, unit.
func fillUnitJSON(j *unitJSON, u *metrics.UnitMeasures, v int, unit *graph.Unit) {
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
}

type eiJSON struct {
	Index    graph.JSONFloat `json:"index"`
	Internal int             `json:"internal"`
	External int             `json:"external"`
	Groups   []groupEIJSON   `json:"groups"`
}

type groupEIJSON struct {
	Group    string          `json:"group"`
	Units    int             `json:"units"`
	Internal int             `json:"internal"`
	External int             `json:"external"`
	Index    graph.JSONFloat `json:"index"`
}

func newEIJSON(e metrics.EI) eiJSON {
	j := eiJSON{Index: graph.JSONFloat(e.Index), Internal: e.Internal, External: e.External,
		Groups: make([]groupEIJSON, len(e.Groups))}
	for i, g := range e.Groups {
		j.Groups[i] = groupEIJSON{g.Group, g.Units, g.Internal, g.External, graph.JSONFloat(g.Index)}
	}
	return j
}

type blocksJSON struct {
	Groups []blockGroupJSON `json:"groups"`
	Cells  []blockCellJSON  `json:"cells"`
}

type blockGroupJSON struct {
	Group string `json:"group"`
	Units int    `json:"units"`
}

type blockCellJSON struct {
	From    string          `json:"from"`
	To      string          `json:"to"`
	Ties    int             `json:"ties"`
	Weight  graph.JSONFloat `json:"weight"`
	Density graph.JSONFloat `json:"density"`
}

func newBlocksJSON(b *metrics.BlockMatrix) blocksJSON {
	j := blocksJSON{Groups: make([]blockGroupJSON, len(b.Groups)), Cells: make([]blockCellJSON, 0, len(b.Groups)*len(b.Groups))}
	for g, name := range b.Groups {
		j.Groups[g] = blockGroupJSON{name, b.Units[g]}
		for h, other := range b.Groups {
			j.Cells = append(j.Cells, blockCellJSON{name, other, b.Ties[g][h],
				graph.JSONFloat(b.Weight[g][h]), graph.JSONFloat(b.Density[g][h])})
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

type eiSetJSON struct {
	Agency       eiJSON `json:"agency"`
	Level        eiJSON `json:"level"`
	Municipality eiJSON `json:"municipality"`
}

type blockSetJSON struct {
	Agency blocksJSON `json:"agency"`
	Level  blocksJSON `json:"level"`
}

type groupsJSON struct {
	EIIndex     eiSetJSON       `json:"ei_index"`
	Blocks      blockSetJSON    `json:"blocks"`
	Communities communitiesJSON `json:"communities"`
}

// municipalityJSON is one municipality: its name, its network measures,
// its E-I indices by agency and level and its key players.
type municipalityJSON struct {
	Municipality string `json:"municipality"`
	networkJSON
	EIIndex struct {
		Agency eiJSON `json:"agency"`
		Level  eiJSON `json:"level"`
	} `json:"ei_index"`
	KeyPlayers []keyPlayersJSON `json:"key_players"`
}

type keyPlayersJSON struct {
	K             int             `json:"k"`
	Units         []string        `json:"units"`
	Fragmentation graph.JSONFloat `json:"fragmentation"`
	Method        string          `json:"method"`
	Seed          uint64          `json:"seed"`
}

func newMunicipalityJSON(m *metrics.MunicipalityResult) *municipalityJSON {
	j := &municipalityJSON{Municipality: m.Name, networkJSON: newNetworkJSON(m.Network),
		KeyPlayers: make([]keyPlayersJSON, len(m.KeyPlayers))}
	j.EIIndex.Agency, j.EIIndex.Level = newEIJSON(m.EI.Agency), newEIJSON(m.EI.Level)
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
func conventionsJSON() map[string]conventionJSON {
	out := make(map[string]conventionJSON, len(conventions))
	for _, c := range conventions {
		out[c.Key] = conventionJSON{c.Definition.EN, c.Definition.NB, c.Reference}
	}
	return out
}
