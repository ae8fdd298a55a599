package netio

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/samkart/samkart/graph"
)

// Field is one attribute of a decoded node or edge, named as in the file,
// with the position errors about it point at.
type Field struct {
	Name, Value string
	At          Pos
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
	edgeDate     // the date of one contact
	edgeTieFirst // the first date of a tie of many contacts
	edgeFormal
	edgeInformal
	edgeKindName
)

var edgeFields = map[string]edgeKind{
	"weight": edgeWeight, "vekt": edgeWeight, "value": edgeWeight,
	"date": edgeDate, "dato": edgeDate, "time": edgeDate, "timestamp": edgeDate,
	"first": edgeTieFirst, "første": edgeTieFirst,
	"formal": edgeFormal, "formell": edgeFormal,
	"informal": edgeInformal, "uformell": edgeInformal,
	"kind": edgeKindName, "type": edgeKindName, "relation": edgeKindName,
}

// countOrYesNo is the problem of an edge's formal or informal field: the
// number of formal or informal contacts of a tie, as samkart exports it,
// or yes or no for one contact.
var countOrYesNo = &graph.Problem{Msg: graph.T("verken et antall eller ja/nei", "not a count or yes/no"),
	Want: graph.T("et antall kontakter, eller ja/nei", "a number of contacts, or yes/no"), Valued: true, Of: graph.ErrYesNo}

// Timed is one dated contact of an edge that a format dates more than
// once (GEXF's dynamic weights and spells).
type Timed struct {
	Date   graph.Date
	Weight float64
}

// Builder collects decoded nodes, edges and meetings into a Dataset.
// Edges and meetings may refer to nodes declared after them; Finish
// resolves them.
type Builder struct {
	src      *Source
	data     *graph.Dataset
	ids      map[string]int32 // the file's node identifier → unit index
	edges    []pending        // edges to nodes not declared yet
	meetings []pendingMeeting
	levels   []levelValue

	zero, loops        int // edges of weight 0 and loops, and where the first was
	zeroLine, loopLine int
	loopKey            string
	dated, tieDated    bool // an edge had a contact date, a tie's first date
	warned             map[string]bool
}

type pending struct {
	source, target string
	spec           edgeSpec
	at             Pos
}

type pendingMeeting struct {
	key     string
	members []string
	date    graph.Date
	kind    string
	formal  graph.Tri
	at      Pos
}

type levelValue struct {
	unit        int32
	name, value string
	at          Pos
	node        string
	parsed      graph.Level
}

// edgeSpec is what the fields of an edge say.
type edgeSpec struct {
	weight float64
	date   graph.Date
	kind   string
	formal graph.Tri // Unknown: the kind's default
	times  []Timed
}

// NewBuilder returns a Builder for a dataset named after src's file.
func NewBuilder(src *Source) *Builder {
	d := graph.NewDataset(DatasetName(src.File))
	d.Files = graph.Files{Units: src.File, Contacts: src.File}
	return &Builder{src: src, data: d, ids: make(map[string]int32), warned: make(map[string]bool)}
}

// Dataset returns the dataset being built.
func (b *Builder) Dataset() *graph.Dataset { return b.data }

// Len returns the number of nodes so far.
func (b *Builder) Len() int { return len(b.data.Units) }

// Index returns the unit index of the node the file identifies as id.
func (b *Builder) Index(id string) (int32, bool) {
	i, ok := b.ids[id]
	return i, ok
}

// Warn adds a warning about the place at.
func (b *Builder) Warn(at Pos, msg graph.Text) {
	b.data.Warnings = append(b.data.Warnings, graph.Warning{File: b.src.File, Line: at.Line, Msg: msg})
}

// WarnOnce adds the warning of key the first time it is given.
func (b *Builder) WarnOnce(key string, at Pos, msg graph.Text) {
	if !b.warned[key] {
		b.warned[key] = true
		b.Warn(at, msg)
	}
}

// NoDates records why the dataset's records carry no dates.
func (b *Builder) NoDates(why graph.Text) { b.data.NoDates = why }

// Node adds the node the file identifies as id, declared at at. An "id"
// field, when present and not empty, is the unit's key instead of id
// (igraph writes its own node ids and keeps the original ones in an "id"
// attribute); fields named like units.csv's columns fill the unit, and
// the others are kept as its extra columns. A "label" field (Gephi's) is
// the name when there is no name field, and is kept as an extra column
// when it differs from both name and key. Levels are read when the file
// has been read (Finish).
func (b *Builder) Node(id string, fields []Field, at Pos) error {
	if _, dup := b.ids[id]; dup {
		return b.src.Errorf(at, "node %q is declared twice", id)
	}
	if len(b.data.Units) >= b.src.Limits.MaxNodes {
		return b.src.TooMany(at, b.src.Limits.MaxNodes, graph.T("noder", "nodes"))
	}
	u := graph.Unit{Key: id, Line: at.Line}
	var agency, agencyLabel, label, key string
	var level *levelValue
	for _, f := range fields {
		v := strings.TrimSpace(f.Value)
		if v == "" {
			continue // an empty value is a missing one
		}
		switch field(f.Name) {
		case fieldID:
			if key == "" {
				key = v
			}
		case fieldName:
			u.Name = v
		case fieldLabel:
			label = v
		case fieldAgency:
			agency = v
		case fieldAgencyLabel:
			agencyLabel = v
		case fieldLevel:
			level = &levelValue{name: f.Name, value: v, at: f.At, node: id}
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
	u.Key = cleanKey(key)
	if u.Key == "" {
		u.Key = cleanKey(id)
	}
	if u.Key == "" {
		return b.src.Errorf(at, "node without an id")
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
		return b.src.Errorf(at, "node %q: unit id %q is used by the node on line %d", id, u.Key, b.data.Units[i].Line)
	}
	b.ids[id] = i
	if level != nil {
		level.unit = i
		b.levels = append(b.levels, *level)
	}
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

// Edge adds a contact from the node source to the node target, declared
// at at. Its weight is the field weight (or vekt, value), default 1; its
// date the field date (or dato, time, timestamp), or a tie's first date
// (first) as samkart's GraphML export gives it; its kind the field kind
// (or type, relation). It is formal when the field formal counts more
// than informal, or says yes; without either, as its kind is by default
// (graph.FormalByDefault).
func (b *Builder) Edge(source, target string, fields []Field, at Pos) error {
	return b.EdgeTimes(source, target, fields, nil, at)
}

// EdgeTimes is Edge for an edge the file dates more than once: one
// contact for each of times, with its date and weight (the weight field
// is not read then).
func (b *Builder) EdgeTimes(source, target string, fields []Field, times []Timed, at Pos) error {
	spec, err := b.spec(source, target, fields, at)
	if err != nil {
		return err
	}
	spec.times = times
	from, ok1 := b.ids[source]
	to, ok2 := b.ids[target]
	if ok1 && ok2 {
		return b.addEdge(from, to, spec, at)
	}
	if len(b.edges) >= b.src.Limits.MaxEdges {
		return b.src.TooMany(at, b.src.Limits.MaxEdges, graph.T("kanter", "edges"))
	}
	b.edges = append(b.edges, pending{source, target, spec, at})
	return nil
}

func (b *Builder) spec(source, target string, fields []Field, at Pos) (edgeSpec, error) {
	e := edgeSpec{weight: 1, date: graph.NoDate}
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
				return e, b.src.ValueError(f.At, subject, f.Name, v, err, graph.WeightExample(false))
			}
		case edgeDate, edgeTieFirst:
			if e.date, err = graph.ParseDateString(v); err != nil {
				return e, b.src.ValueError(f.At, subject, f.Name, v, err)
			}
			if k == edgeDate {
				b.dated = true
			} else {
				b.tieDated = true
			}
		case edgeKindName:
			e.kind = v
		case edgeFormal, edgeInformal:
			x, ok := count(v)
			if !ok {
				return e, b.src.ValueError(f.At, subject, f.Name, v, countOrYesNo)
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
	return e, nil
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

// addEdge adds the contacts of an edge between two units.
func (b *Builder) addEdge(from, to int32, e edgeSpec, at Pos) error {
	var k graph.Kind
	if e.kind != "" {
		k = b.data.Kind(e.kind)
	}
	formal := e.formal == graph.Yes
	if e.formal == graph.Unknown {
		formal = graph.FormalByDefault(b.data.KindName(k))
	}
	if e.times == nil {
		return b.contact(from, to, e.weight, e.date, k, formal, at)
	}
	for _, t := range e.times {
		if err := b.contact(from, to, t.Weight, t.Date, k, formal, at); err != nil {
			return err
		}
	}
	return nil
}

// contact adds one contact; a loop is left out with a warning, a weight
// of 0 counted for one.
func (b *Builder) contact(from, to int32, w float64, date graph.Date, k graph.Kind, formal bool, at Pos) error {
	if from == to {
		if b.loops == 0 {
			b.loopLine, b.loopKey = at.Line, b.data.Units[from].Key
		}
		b.loops++
		return nil
	}
	if len(b.data.Contacts) >= b.src.Limits.MaxEdges {
		return b.src.TooMany(at, b.src.Limits.MaxEdges, graph.T("kanter", "edges"))
	}
	if w == 0 {
		if b.zero == 0 {
			b.zeroLine = at.Line
		}
		b.zero++
	}
	b.data.Contacts = append(b.data.Contacts, graph.Contact{
		From: from, To: to, Weight: w, Date: date, Kind: k, Formal: formal, Line: int32(at.Line),
	})
	return nil
}

// Contact adds a contact of the given kind (a relation's name, "" for
// none) between the units with indices from and to, as decoders of
// index-based formats (Pajek, DL) know them.
func (b *Builder) Contact(from, to int32, weight float64, kind string, at Pos) error {
	return b.addEdge(from, to, edgeSpec{weight: weight, date: graph.NoDate, kind: kind}, at)
}

// Meeting adds a meeting of the nodes the file identifies as members,
// with the fields date, kind and formal; key names it.
func (b *Builder) Meeting(key string, members []string, fields []Field, at Pos) error {
	m := pendingMeeting{key: key, members: members, date: graph.NoDate, at: at}
	for _, f := range fields {
		v := strings.TrimSpace(f.Value)
		if v == "" {
			continue
		}
		var err error
		switch edgeFields[strings.ToLower(strings.TrimSpace(f.Name))] {
		case edgeDate:
			if m.date, err = graph.ParseDateString(v); err != nil {
				return b.src.ValueError(f.At, "meeting "+strconv.Quote(key), f.Name, v, err)
			}
			b.dated = true
		case edgeKindName:
			m.kind = v
		case edgeFormal:
			if m.formal, err = graph.ParseYesNoString(v); err != nil {
				return b.src.ValueError(f.At, "meeting "+strconv.Quote(key), f.Name, v, err)
			}
		}
	}
	if len(b.meetings) >= b.src.Limits.MaxEdges {
		return b.src.TooMany(at, b.src.Limits.MaxEdges, graph.T("møter", "meetings"))
	}
	b.meetings = append(b.meetings, m)
	return nil
}

// MeetingOf adds a meeting of the units with the given indices, as the
// events of two-mode Pajek and DL files are.
func (b *Builder) MeetingOf(key string, units []int32, kind string, at Pos) {
	m := graph.Meeting{Key: key, Units: sortedUnique(units), Date: graph.NoDate, Line: at.Line}
	if kind != "" {
		m.Kind = b.data.Kind(kind)
	}
	m.Formal = graph.FormalByDefault(b.data.KindName(m.Kind))
	b.data.Meetings = append(b.data.Meetings, m)
}

func sortedUnique(u []int32) []int32 {
	s := append([]int32(nil), u...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// Finish resolves the edges and meetings, reads the levels and returns
// the dataset.
func (b *Builder) Finish() (*graph.Dataset, error) {
	for _, e := range b.edges {
		from, ok := b.ids[e.source]
		if !ok {
			return nil, b.src.Errorf(e.at, "edge from %q: no such node", e.source)
		}
		to, ok := b.ids[e.target]
		if !ok {
			return nil, b.src.Errorf(e.at, "edge to %q: no such node", e.target)
		}
		if err := b.addEdge(from, to, e.spec, e.at); err != nil {
			return nil, err
		}
	}
	b.edges = nil
	if err := b.finishMeetings(); err != nil {
		return nil, err
	}
	b.finishLevels()
	b.finishWarnings()
	return b.data, nil
}

func (b *Builder) finishMeetings() error {
	for _, m := range b.meetings {
		units := make([]int32, 0, len(m.members))
		for _, id := range m.members {
			u, ok := b.ids[id]
			if !ok {
				return b.src.Errorf(m.at, "meeting %q: no node %q", m.key, id)
			}
			units = append(units, u)
		}
		gm := graph.Meeting{Key: m.key, Units: sortedUnique(units), Date: m.date, Line: m.at.Line}
		if m.kind != "" {
			gm.Kind = b.data.Kind(m.kind)
		}
		gm.Formal = m.formal == graph.Yes
		if m.formal == graph.Unknown {
			gm.Formal = graph.FormalByDefault(b.data.KindName(gm.Kind))
		}
		b.data.Meetings = append(b.data.Meetings, gm)
	}
	b.meetings = nil
	return nil
}

// finishLevels sets the units' levels when every level value of the file
// is one of samkart's; otherwise the attribute is someone else's (a
// seniority, a score), and is kept as it is, with a warning.
func (b *Builder) finishLevels() {
	var bad *levelValue
	for i := range b.levels {
		l := &b.levels[i]
		var err error
		if l.parsed, err = graph.ParseLevelString(l.value); err != nil && bad == nil {
			bad = l
		}
	}
	for _, l := range b.levels {
		u := &b.data.Units[l.unit]
		if bad == nil {
			u.Level = l.parsed
		} else {
			setAttr(&u.Attrs, l.name, l.value)
		}
	}
	if bad != nil {
		q := graph.Quote(bad.value)
		b.Warn(bad.at, graph.T(
			fmt.Sprintf("%s %s på node %q er ikke et nivå samkart kjenner (1–6, nasjonal … bruker); egenskapen %s er lest som en vanlig egenskap, og enhetene har ikke noe nivå", bad.name, q, bad.node, bad.name),
			fmt.Sprintf("%s %s of node %q is not a level samkart knows (1–6, national … user); the attribute %s is read as a plain attribute, and the units have no level", bad.name, q, bad.node, bad.name)))
	}
	b.levels = nil
}

func (b *Builder) finishWarnings() {
	if b.loops > 0 {
		msg := graph.T("løkke på "+strconv.Quote(b.loopKey)+" utelatt", "loop on "+strconv.Quote(b.loopKey)+" left out")
		if b.loops > 1 {
			msg = graph.T(fmt.Sprintf("%d løkker (den første her, på %q) utelatt", b.loops, b.loopKey),
				fmt.Sprintf("%d loops (the first here, on %q) left out", b.loops, b.loopKey))
		}
		b.data.Warnings = append(b.data.Warnings, graph.Warning{File: b.src.File, Line: b.loopLine, Msg: msg})
	}
	switch {
	case b.zero == 1:
		b.data.Warnings = append(b.data.Warnings, graph.Warning{File: b.src.File, Line: b.zeroLine,
			Msg: graph.T("vekt 0: kanten gir ikke noe bånd", "weight 0: the edge adds no tie")})
	case b.zero > 1:
		b.data.Warnings = append(b.data.Warnings, graph.Warning{File: b.src.File, Line: b.zeroLine,
			Msg: graph.T(fmt.Sprintf("%d kanter med vekt 0 (den første her): de gir ikke noe bånd", b.zero),
				fmt.Sprintf("%d edges of weight 0 (the first here): they add no tie", b.zero))})
	}
}

// Dated reports whether an edge or meeting carried the date of a contact
// (date, dato, time, timestamp); TieDated whether one carried a tie's
// first date instead.
func (b *Builder) Dated() bool    { return b.dated }
func (b *Builder) TieDated() bool { return b.tieDated }
