package graph

import (
	"strconv"
	"strings"
)

// Level is a unit's vertical position: 1 national, 2 regional, 3 municipal
// leadership, 4 unit, 5 frontline, 6 user. Any other positive integer is
// allowed; 0 means the level is not known.
type Level int

// The named levels of the SPEC, from the top of the vertical line down.
const (
	LevelUnknown    Level = 0
	LevelNational   Level = 1
	LevelRegional   Level = 2
	LevelLeadership Level = 3
	LevelUnit       Level = 4
	LevelFrontline  Level = 5
	LevelUser       Level = 6
)

var levelNames = [...]string{"", "national", "regional", "leadership", "unit", "frontline", "user"}

// String returns the English name of a named level, the integer otherwise,
// and "" for LevelUnknown.
func (l Level) String() string {
	if l >= 0 && int(l) < len(levelNames) {
		return levelNames[l]
	}
	return strconv.Itoa(int(l))
}

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

// agencyKeys maps normalised spellings (lower case, single spaces) to the
// canonical agency key. Prefix rules in NormalizeAgency catch the longer
// Norwegian forms (NAV-kontoret, eiendomsavdelingen, flyktningtjenesten).
var agencyKeys = map[string]string{
	"nav": "nav", "nav-kontor": "nav", "nav-kontoret": "nav", "nav kontor": "nav", "nav kontoret": "nav",
	"eiendom": "eiendom", "property": "eiendom", "eiendomsavdeling": "eiendom", "eiendomsavdelingen": "eiendom",
	"kommunal eiendom": "eiendom", "eiendomsforvaltning": "eiendom",
	"helse": "helse", "health": "helse", "helse og omsorg": "helse", "health and care": "helse",
	"helse- og omsorg": "helse", "helse og omsorgstjenesten": "helse", "pleie og omsorg": "helse",
	"flyktning": "flyktning", "refugee": "flyktning", "refugee service": "flyktning",
	"flyktningtjeneste": "flyktning", "flyktningtjenesten": "flyktning", "flyktningkontoret": "flyktning",
	"bolig": "bolig", "housing": "bolig", "housing office": "bolig", "boligkontor": "bolig",
	"boligkontoret": "bolig", "boligtjenesten": "bolig",
	"husbanken": "husbanken", "state housing bank": "husbanken", "norwegian state housing bank": "husbanken",
	"rus": "rus", "rus og psykiatri": "rus", "rus- og psykiatri": "rus", "rus- og psykiatritjenesten": "rus",
	"psykiatri": "rus", "rus og psykisk helse": "rus", "substance abuse and mental health": "rus",
	"barnevern": "barnevern", "barneverntjenesten": "barnevern", "barnevernet": "barnevern", "child welfare": "barnevern",
	"sosial": "sosial", "sosialtjenesten": "sosial", "social services": "sosial",
	"plan": "plan", "plan og utvikling": "plan", "plan og næring": "plan", "planning": "plan",
	"administrasjon": "ledelse", "ledelse": "ledelse", "rådmann": "ledelse", "rådmannen": "ledelse",
	"kommunedirektør": "ledelse", "leadership": "ledelse", "administration": "ledelse",
	"brukerorganisasjon": "bruker", "brukerorganisasjoner": "bruker", "user organisation": "bruker",
	"user organization": "bruker", "bruker": "bruker", "user": "bruker",
	"privat utbygger": "utbygger", "utbygger": "utbygger", "private developer": "utbygger", "developer": "utbygger",
	"boligbyggelag": "boligbyggelag", "housing cooperative": "boligbyggelag",
	"departement": "departement", "ministry": "departement", "krd": "departement",
	"direktorat": "direktorat", "directorate": "direktorat",
	"imdi": "imdi", "ks": "ks",
}

// NormalizeAgency returns the canonical key of an agency name: a known
// service ("NAV-kontoret" → "nav", "Eiendomsavdelingen" → "eiendom",
// "helse og omsorg" → "helse") or, for names it does not know, the name in
// lower case with white space collapsed. It returns "" for an empty name.
func NormalizeAgency(name string) string {
	s := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if s == "" {
		return ""
	}
	if k, ok := agencyKeys[s]; ok {
		return k
	}
	for _, p := range agencyPrefixes {
		if strings.HasPrefix(s, p.prefix) {
			return p.key
		}
	}
	return s
}

var agencyPrefixes = []struct{ prefix, key string }{
	{"nav ", "nav"}, {"nav-", "nav"},
	{"eiendom", "eiendom"},
	{"flyktning", "flyktning"},
	{"boligkontor", "bolig"},
	{"helse og omsorg", "helse"},
	{"husbanken", "husbanken"},
	{"barnevern", "barnevern"},
	{"rus og psykiatri", "rus"}, {"rus- og", "rus"},
}
