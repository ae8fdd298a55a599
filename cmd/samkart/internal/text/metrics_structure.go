package text

import (
	"bytes"
	"encoding/json"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// orderedObject is a JSON object whose keys keep their order, for objects
// keyed by partitions (agency, level, municipality, a --by column).
type orderedObject []keyValue

type keyValue struct {
	Key   string
	Value any
}

// MarshalJSON writes the object compact; an encoder indents it as any
// other value.
func (o orderedObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, kv := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(kv.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(kv.Value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// structureJSON is metrics.StructureMeasures in the JSON.
type structureJSON struct {
	Cliques     cliquesJSON     `json:"cliques"`
	Reciprocity graph.JSONFloat `json:"reciprocity"`
}

type cliquesJSON struct {
	Count   int `json:"count"`
	Largest int `json:"largest"`
}

func newStructureJSON(s *metrics.StructureMeasures) structureJSON {
	return structureJSON{cliquesJSON{s.Cliques, s.LargestClique}, graph.JSONFloat(s.Reciprocity)}
}

// unitStructureJSON are a unit's measures of k-cores, cliques, the
// initiative graph and its ego network, keyed as unitStructureColumns;
// the directed path measures only with --directed.
type unitStructureJSON struct {
	Core                 int              `json:"core"`
	Cliques              int              `json:"cliques"`
	InDegree             int              `json:"in_degree"`
	OutDegree            int              `json:"out_degree"`
	InStrength           graph.JSONFloat  `json:"in_strength"`
	OutStrength          graph.JSONFloat  `json:"out_strength"`
	BetweennessDirected  *graph.JSONFloat `json:"betweenness_directed,omitempty"`
	ClosenessDirected    *graph.JSONFloat `json:"closeness_directed,omitempty"`
	ClosenessOutDirected *graph.JSONFloat `json:"closeness_out_directed,omitempty"`
	EgoSize              int              `json:"ego_size"`
	EgoTies              int              `json:"ego_ties"`
	EgoDensity           graph.JSONFloat  `json:"ego_density"`
	EgoConstraint        graph.JSONFloat  `json:"ego_constraint"`
	EgoEffectiveSize     graph.JSONFloat  `json:"ego_effective_size"`
	Composition          orderedObject    `json:"composition"`
}

// compositionJSON is the make-up of one unit's contacts under one
// partition: how many have a known group, the share in each group that
// has any, and Blau's index.
type compositionJSON struct {
	Known  int                        `json:"known"`
	Shares map[string]graph.JSONFloat `json:"shares"`
	Blau   graph.JSONFloat            `json:"blau"`
}

func fillUnitStructureJSON(j *unitStructureJSON, u *metrics.UnitMeasures, v int) {
	d, e := u.Direction, u.Ego
	*j = unitStructureJSON{Core: u.Core[v], Cliques: u.Cliques[v],
		InDegree: d.InDegree[v], OutDegree: d.OutDegree[v],
		InStrength: graph.JSONFloat(d.InStrength[v]), OutStrength: graph.JSONFloat(d.OutStrength[v]),
		EgoSize: e.Size[v], EgoTies: e.Ties[v], EgoDensity: graph.JSONFloat(e.Density[v]),
		EgoConstraint: graph.JSONFloat(e.Constraint[v]), EgoEffectiveSize: graph.JSONFloat(e.EffectiveSize[v]),
		Composition: make(orderedObject, len(u.Composition))}
	if dp := u.Directed; dp != nil {
		b, c, o := graph.JSONFloat(dp.Betweenness[v]), graph.JSONFloat(dp.Closeness[v]), graph.JSONFloat(dp.OutCloseness[v])
		j.BetweennessDirected, j.ClosenessDirected, j.ClosenessOutDirected = &b, &c, &o
	}
	for i, c := range u.Composition {
		cj := compositionJSON{Known: c.Known[v], Shares: make(map[string]graph.JSONFloat, len(c.Counts[v])), Blau: graph.JSONFloat(c.Blau[v])}
		for _, gc := range c.Counts[v] {
			cj.Shares[c.Partition.Groups[gc.Group]] = graph.JSONFloat(float64(gc.Contacts) / float64(c.Known[v]))
		}
		j.Composition[i] = keyValue{c.Partition.Name, cj}
	}
}

// unitStructureColumns are the units table's columns of unitStructureJSON
// before the composition, with the directed path measures (only with
// --directed) at directedAt.
var unitStructureColumns = []Column{
	Col("core", "kjernetall", "core"),
	Col("cliques", "klikker", "cliques"),
	Col("in_degree", "inngrad", "in-degree"),
	Col("out_degree", "utgrad", "out-degree"),
	Col("in_strength", "innstyrke", "in-strength"),
	Col("out_strength", "utstyrke", "out-strength"),
	Col("betweenness_directed", "mellomhet (rettet)", "betweenness (directed)"),
	Col("closeness_directed", "nærhet inn (rettet)", "closeness in (directed)"),
	Col("closeness_out_directed", "nærhet ut (rettet)", "closeness out (directed)"),
	Col("ego_size", "egonettverkets størrelse", "ego size"),
	Col("ego_ties", "bånd i egonettverket", "ego ties"),
	Col("ego_density", "egonettverkets tetthet", "ego density"),
	Col("ego_constraint", "begrensning (egonettverk)", "constraint (ego network)"),
	Col("ego_effective_size", "effektiv størrelse (egonettverk)", "effective size (ego network)"),
}

const directedAt, directedColumns = 6, 3

// structureColumns returns the units table's columns of the structure
// measures and Blau's index of each composition of r.
func structureColumns(r *metrics.Result) []Column {
	cols := append([]Column(nil), unitStructureColumns[:directedAt]...)
	if r.Units.Directed != nil {
		cols = append(cols, unitStructureColumns[directedAt:directedAt+directedColumns]...)
	}
	cols = append(cols, unitStructureColumns[directedAt+directedColumns:]...)
	for _, c := range r.Units.Composition {
		title := partitionTitle(c.Partition.Name)
		cols = append(cols, Col("blau_"+c.Partition.Name, "Blau-indeks "+title.NB, "Blau index "+title.EN))
	}
	return cols
}

// structureCells returns the values of structureColumns for node v.
func structureCells(u *metrics.UnitMeasures, v int) []any {
	d, e := u.Direction, u.Ego
	row := []any{u.Core[v], u.Cliques[v], d.InDegree[v], d.OutDegree[v], d.InStrength[v], d.OutStrength[v]}
	if dp := u.Directed; dp != nil {
		row = append(row, dp.Betweenness[v], dp.Closeness[v], dp.OutCloseness[v])
	}
	row = append(row, e.Size[v], e.Ties[v], e.Density[v], e.Constraint[v], e.EffectiveSize[v])
	for _, c := range u.Composition {
		row = append(row, c.Blau[v])
	}
	return row
}

// networkStructureColumns are the network table's columns of
// structureJSON.
var networkStructureColumns = []Column{
	Col("cliques", "klikker", "cliques"),
	Col("largest_clique", "største klikk", "largest clique"),
	Col("reciprocity", "gjensidighet", "reciprocity"),
}

func networkStructureCells(s *metrics.StructureMeasures) []any {
	return []any{s.Cliques, s.LargestClique, s.Reciprocity}
}

// eiTestColumns are the columns of an E-I table after the observed index.
var eiTestColumns = []Column{
	Col("expected", "forventet", "expected"),
	Col("min", "minste mulige", "minimum"),
	Col("max", "største mulige", "maximum"),
	Col("rescaled", "reskalert", "rescaled"),
	Col("permutations", "permutasjoner", "permutations"),
	Col("mean", "gjennomsnitt", "mean"),
	Col("sd", "standardavvik", "sd"),
	Col("p_ge", "p (≥)", "p (≥)"),
	Col("p_le", "p (≤)", "p (≤)"),
}

// permutationCells returns a permutation summary as cells, empty when no
// test was run (drawn is 0).
func permutationCells(p metrics.Permutation, drawn int) []any {
	if drawn == 0 {
		return []any{nil, nil, nil, nil, nil}
	}
	return []any{p.Permutations, p.Mean, p.SD, p.PGE, p.PLE}
}

// MunicipalityEITable returns the E-I index of every municipality by
// agency, level and the --by column with its permutation test: one row per
// municipality and attribute.
func MunicipalityEITable(r *metrics.Result) *Table {
	t := &Table{Name: "ei_index_municipalities", Title: graph.T("E-I-indeks per kommune", "E-I index per municipality"),
		Columns: []Column{Col("municipality", "kommune", "municipality"), Col("by", "etter", "by"),
			Col("internal", "interne bånd", "internal ties").Counted(), Col("external", "eksterne bånd", "external ties").Counted(),
			Col("ei_index", "E-I-indeks", "E-I index").Of("internal", "external")}}
	t.Columns = append(t.Columns, eiTestColumns...)
	for _, m := range r.Municipalities {
		for _, e := range m.EITests {
			row := []any{m.Name, partitionWord(e.By), e.Internal, e.External, e.Index, e.Expected, e.Min, e.Max, e.Rescaled}
			t.Rows = append(t.Rows, append(row, permutationCells(e.Permutation, r.Permutations)...))
		}
	}
	return t
}

// CompositionTable returns the make-up of every unit's contacts: one row
// per unit, attribute (agency, level, the --by column) and group with
// contacts, with the number of contacts and their share of those whose
// group is known.
func CompositionTable(r *metrics.Result) *Table {
	t := &Table{Name: "ego_composition", Title: graph.T("Kontaktenes sammensetning", "Composition of the contacts"),
		Columns: []Column{Col("id", "id", "id"), Col("by", "etter", "by"), Col("group", "gruppe", "group"),
			Col("contacts", "kontakter", "contacts"), Col("share", "andel", "share")}}
	for v, unit := range r.Net().Units() {
		for _, c := range r.Units.Composition {
			for _, gc := range c.Counts[v] {
				t.Rows = append(t.Rows, []any{unit.Key, partitionWord(c.Partition.Name), c.Partition.Groups[gc.Group], gc.Contacts,
					float64(gc.Contacts) / float64(c.Known[v])})
			}
		}
	}
	return t
}

// partitionWord is the name of a partition as a table cell: the key in
// JSON and CSV, the name in the language of the text.
func partitionWord(name string) Word { return Word{Key: name, Text: partitionTitle(name)} }

// partitionTitle returns the name of a partition (agency, level,
// municipality, region, parent or a column of units.csv) in both
// languages.
func partitionTitle(name string) graph.Text {
	switch name {
	case metrics.ByAgency.String():
		return AttributeTitle(metrics.ByAgency)
	case metrics.ByLevel.String():
		return AttributeTitle(metrics.ByLevel)
	case metrics.ByMunicipality.String():
		return AttributeTitle(metrics.ByMunicipality)
	case "region":
		return graph.T("region", "region")
	case "parent":
		return graph.T("overordnet", "parent")
	}
	return graph.T(name, name)
}

// partitionLabel returns the display name of group g of the partition
// named name.
func partitionLabel(name, g string) graph.Text {
	switch name {
	case metrics.ByAgency.String():
		return GroupLabel(metrics.ByAgency, g)
	case metrics.ByLevel.String():
		return GroupLabel(metrics.ByLevel, g)
	}
	return graph.T(g, g)
}
