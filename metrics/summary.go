package metrics

import (
	"sort"
	"strconv"

	"github.com/samkart/samkart/graph"
)

// Count is one line of a tally: a key (agency key, level number, kind,
// meeting size) and how many.
type Count struct {
	Key string
	N   int
}

// MunicipalitySummary is one municipality in a Summary.
type MunicipalitySummary struct {
	Name      string
	Region    string
	Programme *bool // nil when municipalities.csv does not say
	Units     int
	Ties      int
	Columns   map[string]float64 // numeric columns of municipalities.csv
}

// Summary describes what a dataset holds, as far as it enters the network
// (the build options' window and filter apply).
type Summary struct {
	Dataset        string
	Window         string // "" for every date
	Scope          string // the scope filter, "" for none
	Units          int
	UnitsByAgency  []Count // agency keys ("" for none)
	UnitsByLevel   []Count // level numbers
	Municipalities []MunicipalitySummary
	Contacts       int
	ContactsByKind []Count // kind keys ("" for none)
	Formal         int
	Informal       int
	Meetings       int
	MeetingsBySize []Count // numbers of units
	Bilateral      int     // meetings of two units
	Multilateral   int     // meetings of three or more
	Ties           int
	Arcs           int
	First, Last    string // the date range, 2006-01-02; "" without dates
	Isolated       []string
	Warnings       []graph.Warning // the reader's warnings about the dataset
	// Survey is the response to each survey round in the window
	// (SurveyResponse); nil without a survey. PoorlyRated are its ties
	// that are frequent but poorly rated (FrequentPoorlyRated).
	Survey      []RoundResponse
	PoorlyRated []TieRating

	net *graph.Network
}

// Net returns the network summarised, whose units the tallies count.
func (s *Summary) Net() *graph.Network { return s.net }

// Summarize tallies the dataset behind n: units by agency and level,
// municipalities, contacts by kind and formality, meetings by size
// (bilateral = 2 units, multilateral = 3 or more), ties, the date range and
// the units without any tie. Lists are sorted.
func Summarize(n *graph.Network) *Summary {
	ds := n.Data
	s := &Summary{
		Dataset:  ds.Name,
		Window:   n.Options.Window.String(),
		Scope:    n.Options.Filter.Scope,
		Units:    n.Len(),
		Ties:     len(n.Ties()),
		Arcs:     len(n.Arcs()),
		Isolated: []string{},
		Warnings: []graph.Warning{},
		net:      n,
	}
	munUnits := s.tallyUnits(n)
	s.tallyMunicipalities(n, munUnits)
	s.tallyRecords(n)
	s.Warnings = append(s.Warnings, ds.Warnings...)
	s.Survey, s.PoorlyRated = SurveyResponse(n), FrequentPoorlyRated(Ratings(n))
	for _, l := range []*[]Count{&s.UnitsByAgency, &s.UnitsByLevel, &s.ContactsByKind, &s.MeetingsBySize} {
		if *l == nil {
			*l = []Count{}
		}
	}
	return s
}

// tallyUnits counts the units by agency and level, lists the isolated ones
// and returns the number of units per municipality.
func (s *Summary) tallyUnits(n *graph.Network) map[string]int {
	agencies := map[string]*Count{}
	levels := map[graph.Level]int{}
	munUnits := map[string]int{}
	for i, u := range n.Units() {
		c := agencies[u.Agency]
		if c == nil {
			c = &Count{Key: u.Agency}
			agencies[u.Agency] = c
		}
		c.N++
		levels[u.Level]++
		if u.Municipality != "" {
			munUnits[u.Municipality]++
		}
		if n.Degree(int64(i)) == 0 {
			s.Isolated = append(s.Isolated, u.Key)
		}
	}
	for _, c := range agencies {
		s.UnitsByAgency = append(s.UnitsByAgency, *c)
	}
	sortCounts(s.UnitsByAgency)
	for l, k := range levels {
		s.UnitsByLevel = append(s.UnitsByLevel, Count{Key: strconv.Itoa(int(l)), N: k})
	}
	sortNumericKeys(s.UnitsByLevel)
	return munUnits
}

// tallyMunicipalities lists the dataset's municipalities (with a scope
// filter, those with units in n) with their units, the ties among them and
// their row of municipalities.csv.
func (s *Summary) tallyMunicipalities(n *graph.Network, munUnits map[string]int) {
	ds := n.Data
	munTies := map[string]int{}
	units := n.Units()
	for _, t := range n.Ties() {
		a, b := units[t.A], units[t.B]
		if a.Municipality != "" && a.Municipality == b.Municipality {
			munTies[a.Municipality]++
		}
	}
	for _, name := range ds.MunicipalityNames() {
		if n.Options.Filter.Scope != "" && munUnits[name] == 0 {
			continue
		}
		m := MunicipalitySummary{Name: name, Units: munUnits[name], Ties: munTies[name]}
		if row := ds.Municipality(name); row != nil {
			m.Region = row.Region
			if row.Programme != graph.Unknown {
				p := row.Programme == graph.Yes
				m.Programme = &p
			}
			for _, num := range row.Numbers {
				if m.Columns == nil {
					m.Columns = make(map[string]float64)
				}
				m.Columns[num.Name] = num.Value
			}
		}
		if m.Region == "" {
			m.Region = commonRegion(units, name)
		}
		s.Municipalities = append(s.Municipalities, m)
	}
	if s.Municipalities == nil {
		s.Municipalities = []MunicipalitySummary{}
	}
}

// tallyRecords counts the contacts (as the network counted them while it
// was built: the records themselves may not have been kept) by kind and
// formality, the meetings in the window with a unit in n by size, and the
// date range of both.
func (s *Summary) tallyRecords(n *graph.Network) {
	ds := n.Data
	var span dateSpan
	cs := n.ContactStats()
	s.Contacts, s.Formal, s.Informal = cs.Contacts, cs.Formal, cs.Informal
	span.see(cs.First)
	span.see(cs.Last)
	for k, c := range cs.ByKind {
		if c > 0 {
			name := ds.KindName(graph.Kind(k))
			s.ContactsByKind = append(s.ContactsByKind, Count{Key: name, N: c})
		}
	}
	sortCounts(s.ContactsByKind)

	kept := make([]bool, len(ds.Units))
	for i := range ds.Units {
		_, kept[i] = n.Lookup(ds.Units[i].Key)
	}
	sizes := map[int]int{}
	for i := range ds.Meetings {
		m := &ds.Meetings[i]
		if !n.Options.Window.Contains(m.Date) {
			continue
		}
		k := 0
		for _, u := range m.Units {
			if kept[u] {
				k++
			}
		}
		if k == 0 {
			continue
		}
		s.Meetings++
		sizes[m.Size()]++
		switch {
		case m.Size() == 2:
			s.Bilateral++
		case m.Size() >= 3:
			s.Multilateral++
		}
		span.see(m.Date)
	}
	for k, c := range sizes {
		s.MeetingsBySize = append(s.MeetingsBySize, Count{Key: strconv.Itoa(k), N: c})
	}
	sortNumericKeys(s.MeetingsBySize)
	for _, r := range n.Survey() {
		span.see(r.Round.Date) // a survey round is a time point of the data
	}
	s.First, s.Last = span.first.Format("2006-01-02"), span.last.Format("2006-01-02")
}

// dateSpan is the first and last of the valid dates it has seen; the
// zero value has seen none (NoDate).
type dateSpan struct{ first, last graph.Date }

func (s *dateSpan) see(d graph.Date) {
	if d.Valid() {
		if !s.first.Valid() || d < s.first {
			s.first = d
		}
		if !s.last.Valid() || d > s.last {
			s.last = d
		}
	}
}

// sortNumericKeys orders counts whose keys are numbers by key.
func sortNumericKeys(c []Count) {
	sort.Slice(c, func(i, j int) bool {
		a, _ := strconv.Atoi(c[i].Key)
		b, _ := strconv.Atoi(c[j].Key)
		return a < b
	})
}

// sortCounts orders by count, largest first, then by key.
func sortCounts(c []Count) {
	sort.Slice(c, func(i, j int) bool {
		if c[i].N != c[j].N {
			return c[i].N > c[j].N
		}
		return c[i].Key < c[j].Key
	})
}

// commonRegion returns the region shared by the municipality's units that
// name one, or "".
func commonRegion(units []*graph.Unit, municipality string) string {
	region := ""
	for _, u := range units {
		if u.Municipality == municipality && u.Region != "" {
			if region != "" && region != u.Region {
				return ""
			}
			region = u.Region
		}
	}
	return region
}
