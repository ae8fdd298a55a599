package metrics

import "github.com/samkart/samkart/graph"

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
