package text

import (
	"math"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// MetricsTables returns the result of `samkart metrics` as tables for text
// and CSV output: the sampled measures when there are any, network, units, E-I by agency, level, municipality and
// the --by column with their permutation tests, block densities by agency,
// level and the --by column, key players, the E-I tests of every
// municipality, the composition of every unit's contacts and the
// conventions.
func MetricsTables(r *metrics.Result) []*Table {
	var t []*Table
	if st := SamplingTable(r); st != nil {
		t = append(t, st)
	}
	t = append(t, NetworkTable(r), UnitsTable(r))
	for _, e := range r.EITests {
		t = append(t, EITable(e, r.Permutations))
	}
	t = append(t, BlocksTable(r.BlocksAgency), BlocksTable(r.BlocksLevel))
	if r.BlocksBy != nil {
		t = append(t, BlocksTable(r.BlocksBy))
	}
	t = append(t, KeyPlayersTable(r), MunicipalityEITable(r), CompositionTable(r), ConventionsTable())
	return append(t, SurveyTables(r)...)
}

// unitColumns are the per-unit columns of the units table and the JSON
// units, after the identifying ones.
var unitColumns = []Column{
	Column{Key: "degree", Title: TermDegree},
	Column{Key: "strength", Title: TermStrength},
	Column{Key: "betweenness", Title: TermBetweenness},
	Column{Key: "betweenness_weighted", Title: TermBetweennessWeighted},
	Column{Key: "closeness", Title: TermCloseness},
	Col("harmonic", "harmonisk", "harmonic"),
	Col("eigenvector", "egenvektor", "eigenvector"),
	Col("pagerank", "PageRank", "PageRank"),
	Col("constraint", "begrensning", "constraint"),
	Col("effective_size", "effektiv størrelse", "effective size"),
	Column{Key: "cut_point", Title: TermCutPoint},
	Column{Key: "fragmentation_if_removed", Title: TermFragIfRemoved},
	Column{Key: "community", Title: TermCommunity},
}

// unitIdentity are the identifying columns of the units table.
var unitIdentity = []Column{Col("id", "id", "id"), Col("name", "navn", "name"), Col("agency", "etat", "agency"),
	Col("level", "nivå", "level"), Col("municipality", "kommune", "municipality")}

var brokerColumns = []Column{
	Column{Key: "coordinator", Title: TermCoordinator},
	Column{Key: "itinerant", Title: TermItinerant},
	Column{Key: "representative", Title: TermRepresentative},
	Column{Key: "gatekeeper", Title: TermGatekeeper},
	Column{Key: "liaison", Title: TermLiaison},
}

// unitCells returns the values of unitColumns for node v.
func unitCells(u *metrics.UnitMeasures, v int) []any {
	return []any{u.Degree[v], u.Strength[v], u.Betweenness[v], u.BetweennessWeighted[v],
		u.Closeness[v], u.Harmonic[v], u.Eigenvector[v], u.PageRank[v], u.Constraint[v],
		u.EffectiveSize[v], u.CutPoint[v], u.FragmentationIfRemoved[v], u.Community[v]}
}

func brokerCells(b metrics.BrokerRoles) []any {
	return []any{b.Coordinator, b.Itinerant, b.Representative, b.Gatekeeper, b.Liaison}
}

// networkColumns are the network measures, in output order.
var networkColumns = []Column{
	Col("units", "enheter", "units").Counted(),
	Col("ties", "bånd", "ties").Counted(),
	Col("weight", "vekt", "weight").Counted(),
	Col("arcs", "initiativbånd", "arcs").Counted(),
	Column{Key: "density", Title: TermDensity, From: []string{"units", "ties"}},
	Col("components", "komponenter", "components"),
	Col("isolates", "isolerte", "isolates"),
	Column{Key: "cut_points", Title: TermCutPoints},
	Column{Key: "fragmentation", Title: TermFragmentation},
	Column{Key: "distance_fragmentation", Title: TermDistanceFragmentation},
	Column{Key: "degree_centralization", Title: TermDegreeCentralization},
	Column{Key: "betweenness_centralization", Title: TermBetweennessCentr},
	Col("transitivity", "transitivitet", "transitivity"),
	Col("average_clustering", "gj.sn. klyngekoeffisient", "average clustering"),
	Col("agency_modularity", "modularitet etter etat", "agency modularity"),
}

func networkCells(m *metrics.NetworkMeasures) []any {
	return []any{m.Units, m.Ties, m.Weight, m.Arcs, m.Density, m.Components, m.Isolates, m.CutPoints,
		m.Fragmentation, m.DistanceFragmentation, m.DegreeCentralization, m.BetweennessCentralization,
		m.Transitivity, m.AverageClustering, m.AgencyModularity}
}

// UnitsTable returns one row per unit, sorted by id, with every per-unit
// measure; the brokerage roles are columns of their own.
func UnitsTable(r *metrics.Result) *Table {
	t := &Table{Name: "units", Title: graph.T("Enheter", "Units")}
	t.Columns = append(append(append(t.Columns, unitIdentity...), unitColumns...), brokerColumns...)
	t.Columns = append(t.Columns, structureColumns(r)...)
	for v, unit := range r.Net().Units() {
		row := []any{unit.Key, unit.Name, optString(unit.Agency), optLevel(unit.Level), optString(unit.Municipality)}
		row = append(row, unitCells(r.Units, v)...)
		row = append(row, brokerCells(r.Units.Brokerage[v])...)
		row = append(row, structureCells(r.Units, v)...)
		t.Rows = append(t.Rows, row)
	}
	return t
}

// NetworkTable returns the network measures: a first row for the whole
// network (municipality empty), then one row per municipality by name.
func NetworkTable(r *metrics.Result) *Table {
	t := &Table{Name: "network", Title: graph.T("Nettverket", "Network"),
		Columns: []Column{Col("municipality", "kommune", "municipality")}}
	t.Columns = append(t.Columns, networkColumns...)
	t.Columns = append(t.Columns, Column{Key: "ei_agency", Title: TermEIAgency}, Column{Key: "ei_level", Title: TermEILevel},
		Column{Key: "ei_municipality", Title: TermEIMunicipality})
	if r.By != nil {
		t.Columns = append(t.Columns, Col("ei_"+r.By.Name, "E-I-indeks etter "+r.By.Name, "E-I index by "+r.By.Name))
	}
	t.Columns = append(t.Columns, networkStructureColumns...)
	row := append([]any{nil}, networkCells(r.Network)...)
	for _, e := range r.EITests {
		row = append(row, e.Index)
	}
	t.Rows = append(t.Rows, append(row, networkStructureCells(r.Structure)...))
	for _, m := range r.Municipalities {
		row := append([]any{m.Name}, networkCells(m.Network)...)
		row = append(row, m.EITests[0].Index, m.EITests[1].Index, nil) // no E-I by municipality within one
		for _, e := range m.EITests[2:] {
			row = append(row, e.Index)
		}
		t.Rows = append(t.Rows, append(row, networkStructureCells(m.Structure)...))
	}
	return t
}

// KeyPlayersTable returns the key players of every municipality: one row
// per municipality, set size and member.
func KeyPlayersTable(r *metrics.Result) *Table {
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

// EITable returns an E-I index as a table: one row for the whole network
// (empty group, labelled "alle"/"all") followed by one row per group, with
// the permutation test (drawn permutations, none when 0) and, on the first
// row, the expected, smallest, largest and rescaled index.
func EITable(e *metrics.EITest, drawn int) *Table {
	name := e.By
	title := partitionTitle(name)
	t := &Table{Name: "ei_index_" + name,
		Title: graph.T("E-I-indeks etter "+title.NB, "E-I index by "+title.EN),
		Columns: []Column{Col(name, title.NB, title.EN), Col("label_nb", "navn", "label (nb)"), Col("label_en", "name", "label (en)"),
			Col("units", "enheter", "units").Counted(), Col("internal", "interne bånd", "internal ties").Counted(),
			Col("external", "eksterne bånd", "external ties").Counted(),
			Column{Key: "ei_index", Title: TermEIIndex, From: []string{"internal", "external"}}}}
	t.Columns = append(t.Columns, eiTestColumns...)
	units := 0
	for _, g := range e.Groups {
		units += g.Units
	}
	row := []any{nil, "alle", "all", units, e.Internal, e.External, e.Index, e.Expected, e.Min, e.Max, e.Rescaled}
	t.Rows = append(t.Rows, append(row, permutationCells(e.Permutation, drawn)...))
	for _, g := range e.Groups {
		l := partitionLabel(name, g.Group)
		row := []any{g.Group, l.NB, l.EN, g.Units, g.Internal, g.External, g.Index, nil, nil, nil, nil}
		t.Rows = append(t.Rows, append(row, permutationCells(g.Permutation, drawn)...))
	}
	return t
}

// BlocksTable returns a block matrix in long form: one row per pair of
// groups g ≤ h, in group order, with ties, weight and density.
func BlocksTable(b *metrics.BlockMatrix) *Table {
	name := b.Name
	title := partitionTitle(name)
	t := &Table{Name: "blocks_" + name,
		Title: graph.T("Blokktettheter etter "+title.NB, "Block densities by "+title.EN),
		Columns: []Column{Col("from", "fra "+title.NB, "from "+title.EN), Col("to", "til "+title.NB, "to "+title.EN),
			Col("units_from", "enheter fra", "units from").Counted(), Col("units_to", "enheter til", "units to").Counted(),
			Col("ties", "bånd", "ties").Counted(), Col("weight", "vekt", "weight").Counted(),
			Col("density", "tetthet", "density").Of("units_from", "units_to", "ties")}}
	for g := range b.Groups {
		for h := g; h < len(b.Groups); h++ {
			t.Rows = append(t.Rows, []any{b.Groups[g], b.Groups[h], b.Units[g], b.Units[h],
				b.Ties[g][h], b.Weight[g][h], b.Density[g][h]})
		}
	}
	return t
}

// AttributeTitle returns the name of a grouping attribute in both
// languages.
func AttributeTitle(a metrics.Attribute) graph.Text {
	switch a {
	case metrics.ByAgency:
		return graph.T("etat", "agency")
	case metrics.ByLevel:
		return graph.T("nivå", "level")
	case metrics.ByMunicipality:
		return graph.T("kommune", "municipality")
	}
	return graph.T(a.String(), a.String())
}

// GroupLabel returns the display name of group key g under a (see
// metrics.Attribute.Of), in both languages.
func GroupLabel(a metrics.Attribute, g string) graph.Text {
	switch a {
	case metrics.ByAgency:
		return graph.AgencyName(g, "")
	case metrics.ByLevel:
		if l, err := strconv.Atoi(g); err == nil {
			return graph.Level(l).Label()
		}
	}
	return graph.T(g, g)
}

// seedCell returns a seed as a table cell: an int64 when it fits, else
// its decimal string.
func seedCell(seed uint64) any {
	if seed > math.MaxInt64 {
		return strconv.FormatUint(seed, 10)
	}
	return int64(seed)
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
