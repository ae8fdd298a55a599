package netio

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/samkart/samkart/graph"
)

// Field is one attribute of a decoded node or edge, named as in the file,
// with the byte offset errors about it point at.
type Field struct {
	Name, Value string
	Off         int
}

type fieldKind uint8

const (
	fieldNone fieldKind = iota
	fieldID
	fieldName
	fieldLabel
	fieldAgency
	fieldAgencyLabel
	fieldLevel
	fieldMunicipality
	fieldRegion
	fieldParent
)

// unitFields maps units.csv's column names and their bokmål aliases, in
// lower case, to unit fields. "label" (Gephi's node label) is the name
// when there is no name.
var unitFields = map[string]fieldKind{
	"id": fieldID, "enhet_id": fieldID, "enhetid": fieldID,
	"name": fieldName, "navn": fieldName, "label": fieldLabel,
	"agency": fieldAgency, "etat": fieldAgency, "tjeneste": fieldAgency,
	"agency_label": fieldAgencyLabel, "etat_navn": fieldAgencyLabel,
	"level": fieldLevel, "nivå": fieldLevel, "nivaa": fieldLevel, "niva": fieldLevel,
	"municipality": fieldMunicipality, "kommune": fieldMunicipality,
	"region": fieldRegion, "parent": fieldParent, "overordnet": fieldParent,
}

func field(name string) fieldKind {
	return unitFields[strings.ToLower(strings.TrimSpace(name))]
}

type edgeKind uint8

const (
	edgeNone edgeKind = iota
	edgeWeight
	edgeDate
	edgeFormal
	edgeInformal
	edgeKindName
)

var edgeFields = map[string]edgeKind{
	"weight": edgeWeight, "vekt": edgeWeight, "value": edgeWeight,
	"first": edgeDate, "date": edgeDate, "dato": edgeDate, "start": edgeDate,
	"formal": edgeFormal, "formell": edgeFormal,
	"informal": edgeInformal, "uformell": edgeInformal,
	"kind": edgeKindName, "type": edgeKindName,
}

// countOrYesNo is the problem of an edge's formal or informal field: the
// number of formal or informal contacts of a tie, as samkart exports it,
// or yes or no for one contact.
var countOrYesNo = &graph.Problem{Msg: graph.T("verken et antall eller ja/nei", "not a count or yes/no"),
	Want: graph.T("et antall kontakter, eller ja/nei", "a number of contacts, or yes/no"), Valued: true, Of: graph.ErrYesNo}

// Builder collects decoded nodes and edges into a Dataset. Edges may refer
// to nodes declared after them; Finish resolves them.
type Builder struct {
	src   *Source
	data  *graph.Dataset
	ids   map[string]int32 // the file's node identifier → unit index
	edges []pending
}

type pending struct {
	source, target string
	weight         float64
	date           graph.Date
	kind           string
	formal         graph.Tri // Unknown: the kind's default
	off            int
}

// NewBuilder returns a Builder for a dataset named after src's file.
func NewBuilder(src *Source) *Builder {
	d := graph.NewDataset(DatasetName(src.File))
	d.Files = graph.Files{Units: src.File, Contacts: src.File}
	return &Builder{src: src, data: d, ids: make(map[string]int32)}
}

// Len returns the number of nodes so far.
func (b *Builder) Len() int { return len(b.data.Units) }

// HasNode reports whether a node with the file identifier id exists.
func (b *Builder) HasNode(id string) bool {
	_, ok := b.ids[id]
	return ok
}

// Node adds the node the file identifies as id, declared at byte offset
// off. An "id" field, when present and not empty, is the unit's key
// instead of id (igraph writes its own node ids and keeps the original
// ones in an "id" attribute); fields named like units.csv's columns fill
// the unit, and the others are kept as its extra columns. A "label" field
// (Gephi's) is the name when there is no name field, and is kept as an
// extra column when it differs from both name and key.
func (b *Builder) Node(id string, fields []Field, off int) error {
	if _, dup := b.ids[id]; dup {
		return b.src.Errorf(off, "node %q is declared twice", id)
	}
	u := graph.Unit{Key: id, Line: b.src.Line(off)}
	var agency, agencyLabel, label string
	for _, f := range fields {
		v := strings.TrimSpace(f.Value)
		if v == "" {
			continue // an empty value is a missing one
		}
		switch field(f.Name) {
		case fieldID:
			u.Key = v
		case fieldName:
			u.Name = v
		case fieldLabel:
			label = v
		case fieldAgency:
			agency = v
		case fieldAgencyLabel:
			agencyLabel = v
		case fieldLevel:
			l, err := graph.ParseLevelString(v)
			if err != nil {
				return b.src.ValueError(f.Off, "node "+strconv.Quote(id), f.Name, v, err)
			}
			u.Level = l
		case fieldMunicipality:
			u.Municipality = v
		case fieldRegion:
			u.Region = v
		case fieldParent:
			u.Parent = v
		default:
			setAttr(&u.Attrs, f.Name, v)
		}
	}
	// Control characters cannot be written in every format; a key is
	// compared and looked up, so it must survive all of them.
	u.Key = cleanKey(u.Key)
	if u.Key == "" {
		u.Key = cleanKey(id)
	}
	if u.Key == "" {
		return b.src.Errorf(off, "node without an id")
	}
	if u.Name == "" {
		u.Name = label
	} else if label != "" && label != u.Name && label != u.Key {
		setAttr(&u.Attrs, "label", label)
	}
	if u.Name == "" {
		u.Name = u.Key
	}
	u.Agency = graph.NormalizeAgency(agency)
	u.AgencyLabel = agencyLabel
	if u.AgencyLabel == "" {
		u.AgencyLabel = agency
	}
	i, ok := b.data.AddUnit(u)
	if !ok {
		return b.src.Errorf(off, "node %q: unit id %q is used by the node on line %d", id, u.Key, b.data.Units[i].Line)
	}
	b.ids[id] = i
	return nil
}

func cleanKey(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s))
}

func setAttr(attrs *[]graph.Attr, name, value string) {
	for i := range *attrs {
		if (*attrs)[i].Name == name {
			(*attrs)[i].Value = value
			return
		}
	}
	*attrs = append(*attrs, graph.Attr{Name: name, Value: value})
}

// Edge adds a contact from the node source to the node target, declared at
// byte offset off. Its weight is the field weight (or vekt, value),
// default 1; its date the field first (or date, dato, start); its kind
// the field kind (or type). It is formal when the field formal counts
// more than informal, or says yes; without either, as its kind is by
// default (graph.FormalByDefault).
func (b *Builder) Edge(source, target string, fields []Field, off int) error {
	e := pending{source: source, target: target, weight: 1, date: graph.NoDate, off: off}
	var formal, informal float64
	subject := "edge " + source + "–" + target
	for _, f := range fields {
		v := strings.TrimSpace(f.Value)
		if v == "" {
			continue
		}
		var err error
		switch k := edgeFields[strings.ToLower(strings.TrimSpace(f.Name))]; k {
		case edgeWeight:
			if e.weight, err = graph.ParseWeightString(v, true); err != nil {
				return b.src.ValueError(f.Off, subject, f.Name, v, err, graph.WeightExample(false))
			}
		case edgeDate:
			if e.date, err = graph.ParseDateString(v); err != nil {
				return b.src.ValueError(f.Off, subject, f.Name, v, err)
			}
		case edgeKindName:
			e.kind = v
		case edgeFormal, edgeInformal:
			x, ok := count(v)
			if !ok {
				return b.src.ValueError(f.Off, subject, f.Name, v, countOrYesNo)
			}
			if k == edgeFormal {
				formal = x
			} else {
				informal = x
			}
			e.formal = graph.No
			if formal > informal {
				e.formal = graph.Yes
			}
		}
	}
	b.edges = append(b.edges, e)
	return nil
}

// count reads a formal or informal field: a number, or yes (1) or no (0).
func count(v string) (float64, bool) {
	if x, ok := graph.ParseNumberString(v, true); ok {
		return x, true
	}
	switch t, _ := graph.ParseYesNoString(v); t {
	case graph.Yes:
		return 1, true
	case graph.No:
		return 0, true
	}
	return 0, false
}

// Contact adds a contact between the units with indices from and to, as
// decoders of index-based formats (Pajek, DL) know them.
func (b *Builder) Contact(from, to int32, weight float64, off int) {
	line := b.src.Line(off)
	if from == to {
		b.selfLoop(b.data.Units[from].Key, line)
		return
	}
	b.data.Contacts = append(b.data.Contacts, graph.Contact{
		From: from, To: to, Weight: weight, Date: graph.NoDate, Line: int32(line),
	})
}

func (b *Builder) selfLoop(key string, line int) {
	b.data.Warnings = append(b.data.Warnings, graph.Warning{
		File: b.src.File, Line: line,
		Msg: graph.T("løkke på "+strconv.Quote(key)+" utelatt", "loop on "+strconv.Quote(key)+" left out"),
	})
}

// Finish resolves the edges and returns the dataset.
func (b *Builder) Finish() (*graph.Dataset, error) {
	for _, e := range b.edges {
		from, ok := b.ids[e.source]
		if !ok {
			return nil, b.src.Errorf(e.off, "edge from %q: no such node", e.source)
		}
		to, ok := b.ids[e.target]
		if !ok {
			return nil, b.src.Errorf(e.off, "edge to %q: no such node", e.target)
		}
		line := b.src.Line(e.off)
		if from == to {
			b.selfLoop(b.data.Units[from].Key, line)
			continue
		}
		c := graph.Contact{From: from, To: to, Weight: e.weight, Date: e.date, Formal: e.formal == graph.Yes, Line: int32(line)}
		if e.kind != "" {
			c.Kind = b.data.Kind(e.kind)
		}
		if e.formal == graph.Unknown {
			c.Formal = graph.FormalByDefault(b.data.KindName(c.Kind))
		}
		b.data.Contacts = append(b.data.Contacts, c)
	}
	b.edges = nil
	return b.data, nil
}

// Index returns the unit index of the node the file identifies as id.
func (b *Builder) Index(id string) (int32, bool) {
	i, ok := b.ids[id]
	return i, ok
}
