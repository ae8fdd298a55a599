package graph

// Level is a unit's vertical position: 1 national, 2 regional, 3 municipal
// leadership, 4 unit, 5 frontline, 6 user. Any other positive integer is
// allowed; 0 means the level is not known.
type Level int

// The named levels, from the top of the vertical line down.
const (
	LevelUnknown    Level = 0
	LevelNational   Level = 1
	LevelRegional   Level = 2
	LevelLeadership Level = 3
	LevelUnit       Level = 4
	LevelFrontline  Level = 5
	LevelUser       Level = 6
)

// Known reports whether the level is set.
func (l Level) Known() bool { return l != LevelUnknown }

// Attr is an extra column of an input row, kept as text in header order.
type Attr struct {
	Name, Value string
}

// Unit is a node: an organisational unit, a person or an office.
type Unit struct {
	Key          string // the id column: unique within a dataset
	Name         string // label for diagrams; the key when the file has none
	Agency       string // normalised agency key (NormalizeAgency); "" when unknown
	AgencyLabel  string // the agency as the user spelled it
	Level        Level
	Municipality string
	Region       string
	Parent       string // key of the unit it reports to, or ""
	Answered     Tri    // units.csv's answered: the unit answered the survey (Yes) or not
	Attrs        []Attr
	Line         int // line in the units file
}

// Attr returns the value of the extra column name, or "".
func (u *Unit) Attr(name string) string {
	for _, a := range u.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}
