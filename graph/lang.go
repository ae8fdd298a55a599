package graph

import "strings"

// Lang is a language for what users read: bokmål or English.
type Lang string

// The supported languages.
const (
	NB Lang = "nb"
	EN Lang = "en"
)

// ParseLang accepts nb, nob, no, bokmål, en, eng, english (any case) and
// locale strings such as nb_NO.UTF-8; ok is false for anything else.
func ParseLang(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_.-@"); i > 0 {
		s = s[:i]
	}
	switch s {
	case "nb", "nob", "no", "nn", "bokmål", "bokmal", "norsk":
		return NB, true
	case "en", "eng", "english", "c", "posix":
		return EN, true
	}
	return EN, false
}

// Text is a phrase in both languages.
type Text struct {
	NB string `json:"nb"`
	EN string `json:"en"`
}

// In returns the text in language l.
func (t Text) In(l Lang) string {
	if l == NB {
		return t.NB
	}
	return t.EN
}

// T returns a Text; short for use in tables of phrases.
func T(nb, en string) Text { return Text{NB: nb, EN: en} }

var agencyNames = map[string]Text{
	"nav":           T("NAV", "NAV (labour and welfare)"),
	"eiendom":       T("eiendom", "property"),
	"helse":         T("helse og omsorg", "health and care"),
	"flyktning":     T("flyktningtjenesten", "refugee service"),
	"bolig":         T("boligkontoret", "housing office"),
	"husbanken":     T("Husbanken", "Husbanken (state housing bank)"),
	"rus":           T("rus og psykiatri", "substance abuse and mental health"),
	"barnevern":     T("barnevernet", "child welfare"),
	"sosial":        T("sosialtjenesten", "social services"),
	"plan":          T("plan og utvikling", "planning"),
	"ledelse":       T("ledelsen", "leadership"),
	"bruker":        T("brukerorganisasjon", "user organisation"),
	"utbygger":      T("privat utbygger", "private developer"),
	"boligbyggelag": T("boligbyggelag", "housing cooperative"),
	"departement":   T("departement", "ministry"),
	"direktorat":    T("direktorat", "directorate"),
	"imdi":          T("IMDi", "IMDi (integration directorate)"),
	"ks":            T("KS", "KS (municipal association)"),
}

// AgencyName returns the display name of an agency key in both languages:
// the known services by their usual names, others as given in label (the
// user's own spelling) or, without one, the key.
func AgencyName(key, label string) Text {
	if t, ok := agencyNames[key]; ok {
		return t
	}
	if label == "" {
		label = key
	}
	if label == "" {
		return T("(uten etat)", "(no agency)")
	}
	return T(label, label)
}

var levelTexts = [...]Text{
	T("ukjent nivå", "unknown level"),
	T("nasjonalt", "national"),
	T("regionalt", "regional"),
	T("kommuneledelse", "municipal leadership"),
	T("enhet", "unit"),
	T("førstelinje", "frontline"),
	T("bruker", "user"),
}

// Label returns the level's name in both languages; levels outside the
// named six are "nivå N" / "level N".
func (l Level) Label() Text {
	if l >= 0 && int(l) < len(levelTexts) {
		return levelTexts[l]
	}
	return T("nivå "+l.String(), "level "+l.String())
}
