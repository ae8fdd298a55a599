package text

import (
	"io"
	"strconv"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics"
)

// Tally is one line of a summary's tally with its label: an agency,
// level, kind of contact or meeting size and how many.
type Tally struct {
	Key   string
	Label graph.Text
	N     int
}

// SummaryTallies are the tallies of a metrics.Summary with their labels,
// in its order.
type SummaryTallies struct {
	UnitsByAgency, UnitsByLevel, ContactsByKind, MeetingsBySize []Tally
}

// Tallies labels the tallies of s: agencies by graph.AgencyName (an
// agency samkart does not know as the first of its units spells it),
// levels by graph.Level.Label, kinds by graph.KindLabel and meeting sizes
// as "N enheter" / "N units".
func Tallies(s *metrics.Summary) SummaryTallies {
	spelling := map[string]string{} // agency key → the first unit's spelling
	if n := s.Net(); n != nil {
		for _, u := range n.Units() {
			if _, ok := spelling[u.Agency]; !ok {
				spelling[u.Agency] = u.AgencyLabel
			}
		}
	}
	label := func(cs []metrics.Count, name func(key string) graph.Text) []Tally {
		out := make([]Tally, len(cs))
		for i, c := range cs {
			out[i] = Tally{c.Key, name(c.Key), c.N}
		}
		return out
	}
	return SummaryTallies{
		UnitsByAgency: label(s.UnitsByAgency, func(k string) graph.Text { return graph.AgencyName(k, spelling[k]) }),
		UnitsByLevel: label(s.UnitsByLevel, func(k string) graph.Text {
			l, _ := strconv.Atoi(k)
			return graph.Level(l).Label()
		}),
		ContactsByKind: label(s.ContactsByKind, graph.KindLabel),
		MeetingsBySize: label(s.MeetingsBySize, func(k string) graph.Text {
			n, _ := strconv.Atoi(k)
			return graph.T(NounUnit.Count(n, graph.NB), NounUnit.Count(n, graph.EN))
		}),
	}
}

// SummaryTable returns the summary as one table for text and CSV output:
// one row per tallied item, in sections. sup hides the small numbers of
// units by agency, by level and per municipality; the totals and the
// tallies of contacts and meetings are shown.
func SummaryTable(s *metrics.Summary, sup Suppression) *Table {
	t := &Table{Name: "summary", Title: graph.T("Oversikt", "Summary"),
		Columns: []Column{Col("section", "del", "section"), Col("key", "nøkkel", "key"),
			Col("label_nb", "navn", "label (nb)"), Col("label_en", "name", "label (en)"), Col("n", "antall", "count")}}
	sections := map[string]Word{
		"total":        {"total", graph.T("totalt", "total")},
		"agency":       {"agency", graph.T("etat", "agency")},
		"level":        {"level", graph.T("nivå", "level")},
		"kind":         {"kind", graph.T("kontakttype", "kind of contact")},
		"meeting_size": {"meeting_size", graph.T("møtestørrelse", "meeting size")},
		"municipality": {"municipality", graph.T("kommune", "municipality")},
	}
	add := func(section string, cs []Tally, sup Suppression) {
		for _, c := range cs {
			t.Rows = append(t.Rows, []any{sections[section], c.Key, c.Label.NB, c.Label.EN, sup.Count(c.N)})
		}
	}
	total := sections["total"]
	t.Rows = append(t.Rows,
		[]any{total, "units", "enheter", "units", s.Units},
		[]any{total, "ties", "bånd", "ties", s.Ties},
		[]any{total, "contacts", "kontakter", "contacts", s.Contacts},
		[]any{total, "formal", "formelle", "formal", s.Formal},
		[]any{total, "informal", "uformelle", "informal", s.Informal},
		[]any{total, "meetings", "møter", "meetings", s.Meetings},
		[]any{total, "bilateral_meetings", "bilaterale møter", "bilateral meetings", s.Bilateral},
		[]any{total, "multilateral_meetings", "møter med 3+", "meetings of 3+", s.Multilateral},
		[]any{total, "isolated", "uten bånd", "without ties", len(s.Isolated)},
	)
	ts := Tallies(s)
	add("agency", ts.UnitsByAgency, sup)
	add("level", ts.UnitsByLevel, sup)
	add("kind", ts.ContactsByKind, Suppression{})
	add("meeting_size", ts.MeetingsBySize, Suppression{})
	for _, m := range s.Municipalities {
		t.Rows = append(t.Rows, []any{sections["municipality"], m.Name, m.Name, m.Name, sup.Count(m.Units)})
	}
	t.Rows = append(t.Rows, surveySummaryRows(s.Survey)...)
	return t
}

// WriteSummaryJSON writes the summary of `samkart summary` as one object
// (dataset, window, scope, the totals, the tallies with their labels, the
// municipalities, the date range, the isolated units and the reader's
// warnings in both languages), indented by two spaces and followed by a
// newline. With sup on, the numbers it hides are null and the document
// ends with "suppressed_below": N.
func WriteSummaryJSON(w io.Writer, s *metrics.Summary, sup Suppression) error {
	ts := Tallies(s)
	none := Suppression{}
	doc := summaryJSON{Dataset: s.Dataset, Window: s.Window, Scope: s.Scope, Units: s.Units,
		UnitsByAgency: newTalliesJSON(ts.UnitsByAgency, sup), UnitsByLevel: newTalliesJSON(ts.UnitsByLevel, sup),
		Municipalities: make([]municipalitySummaryJSON, len(s.Municipalities)),
		Contacts:       s.Contacts, ContactsByKind: newTalliesJSON(ts.ContactsByKind, none),
		Formal: s.Formal, Informal: s.Informal, Meetings: s.Meetings, MeetingsBySize: newTalliesJSON(ts.MeetingsBySize, none),
		Bilateral: s.Bilateral, Multilateral: s.Multilateral, Ties: s.Ties, Arcs: s.Arcs,
		First: s.First, Last: s.Last, Isolated: s.Isolated, Warnings: make([]graph.Text, len(s.Warnings))}
	for i, m := range s.Municipalities {
		doc.Municipalities[i] = municipalitySummaryJSON{m.Name, m.Region, m.Programme, sup.Count(m.Units), sup.Count(m.Ties), m.Columns}
	}
	if sup.On() {
		doc.SuppressedBelow = sup.Below
	}
	for i, w := range s.Warnings {
		doc.Warnings[i] = graph.T(w.In(graph.NB), w.In(graph.EN))
	}
	doc.Survey = newResponseJSON(s.Survey)
	return writeIndented(w, doc)
}

type summaryJSON struct {
	Dataset         string                    `json:"dataset"`
	Window          string                    `json:"window,omitempty"`
	Scope           string                    `json:"scope,omitempty"`
	Units           int                       `json:"units"`
	UnitsByAgency   []tallyJSON               `json:"units_by_agency"`
	UnitsByLevel    []tallyJSON               `json:"units_by_level"`
	Municipalities  []municipalitySummaryJSON `json:"municipalities"`
	Contacts        int                       `json:"contacts"`
	ContactsByKind  []tallyJSON               `json:"contacts_by_kind"`
	Formal          int                       `json:"formal"`
	Informal        int                       `json:"informal"`
	Meetings        int                       `json:"meetings"`
	MeetingsBySize  []tallyJSON               `json:"meetings_by_size"`
	Bilateral       int                       `json:"bilateral_meetings"`
	Multilateral    int                       `json:"multilateral_meetings"`
	Ties            int                       `json:"ties"`
	Arcs            int                       `json:"arcs"`
	First           string                    `json:"first_date"`
	Last            string                    `json:"last_date"`
	Isolated        []string                  `json:"isolated"`
	Warnings        []graph.Text              `json:"warnings"`
	Survey          []roundResponseJSON       `json:"survey,omitempty"` // the response to each round, with a survey
	SuppressedBelow int                       `json:"suppressed_below,omitempty"`
}

type tallyJSON struct {
	Key   string     `json:"key"`
	Label graph.Text `json:"label"`
	N     any        `json:"n"` // int, or Hidden
}

func newTalliesJSON(ts []Tally, sup Suppression) []tallyJSON {
	out := make([]tallyJSON, len(ts))
	for i, t := range ts {
		out[i] = tallyJSON{t.Key, t.Label, sup.Count(t.N)}
	}
	return out
}

type municipalitySummaryJSON struct {
	Name      string             `json:"municipality"`
	Region    string             `json:"region"`
	Programme *bool              `json:"programme"`
	Units     any                `json:"units"`             // int, or Hidden
	Ties      any                `json:"ties"`              // int, or Hidden
	Columns   map[string]float64 `json:"columns,omitempty"` // numeric columns of municipalities.csv
}
