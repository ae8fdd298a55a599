package graph

import (
	"strconv"
	"strings"
)

// The vocabulary: the levels, agencies and contact kinds samkart knows,
// each with its key, its label in bokmål and English, and the spellings
// that mean it. Spellings are compared folded (fold): in lower case, with
// runs of white space as one space. Adding a synonym is adding a string
// to one of the lists below.

// level is one named level of the vocabulary.
type level struct {
	key   string // the English name, Level.String
	label Text   // the name users read, Level.Label
	words []string
}

// levels are the named levels, indexed by Level.
var levels = [...]level{
	LevelUnknown:    {"", T("ukjent nivå", "unknown level"), nil},
	LevelNational:   {"national", T("nasjonalt", "national"), []string{"national", "nasjonal", "nasjonalt", "state", "stat", "statlig"}},
	LevelRegional:   {"regional", T("regionalt", "regional"), []string{"regional", "regionalt", "region"}},
	LevelLeadership: {"leadership", T("kommuneledelse", "municipal leadership"), []string{"leadership", "ledelse", "municipal leadership", "kommuneledelse"}},
	LevelUnit:       {"unit", T("enhet", "unit"), []string{"unit", "enhet"}},
	LevelFrontline:  {"frontline", T("førstelinje", "frontline"), []string{"frontline", "førstelinje", "forstelinje", "førstelinjen"}},
	LevelUser:       {"user", T("bruker", "user"), []string{"user", "users", "bruker", "brukere"}},
}

// agency is one known agency: its key, its label, the spellings that
// mean it, and the beginnings of longer names that do
// ("NAV-kontoret i Bodø"). No prefix may begin another agency's prefix,
// so that the order of the list does not matter.
type agency struct {
	key      string
	label    Text
	words    []string
	prefixes []string
}

var agencies = []agency{
	{"nav", T("NAV", "NAV (labour and welfare)"),
		[]string{"nav", "nav-kontor", "nav-kontoret", "nav kontor", "nav kontoret"},
		[]string{"nav ", "nav-"}},
	{"eiendom", T("eiendom", "property"),
		[]string{"eiendom", "property", "eiendomsavdeling", "eiendomsavdelingen", "kommunal eiendom", "eiendomsforvaltning"},
		[]string{"eiendom"}},
	{"helse", T("helse og omsorg", "health and care"),
		[]string{"helse", "health", "helse og omsorg", "health and care", "helse- og omsorg", "helse og omsorgstjenesten", "pleie og omsorg",
			"helse- og omsorgstjenesten", "helse- og omsorgstjenester", "helse og omsorgstjenester", "pleie- og omsorg", "omsorg",
			"omsorgstjenesten", "hjemmetjenesten", "hjemmetjenester", "tjenestekontoret", "tildelingskontoret"},
		[]string{"helse og omsorg", "helse og mestring", "helse- og mestring", "helse og velferd", "helse- og velferd", "helse- og omsorg"}},
	{"flyktning", T("flyktningtjenesten", "refugee service"),
		[]string{"flyktning", "refugee", "refugee service", "flyktningtjeneste", "flyktningtjenesten", "flyktningkontoret",
			"integrering", "integreringstjenesten", "integreringsenheten", "introduksjonssenteret"},
		[]string{"flyktning"}},
	{"bolig", T("boligkontoret", "housing office"),
		[]string{"bolig", "housing", "housing office", "boligkontor", "boligkontoret", "boligtjenesten"},
		[]string{"boligkontor"}},
	{"husbanken", T("Husbanken", "Husbanken (state housing bank)"),
		[]string{"husbanken", "state housing bank", "norwegian state housing bank"},
		[]string{"husbanken"}},
	{"rus", T("rus og psykiatri", "substance abuse and mental health"),
		[]string{"rus", "rus og psykiatri", "rus- og psykiatri", "rus- og psykiatritjenesten", "psykiatri", "rus og psykisk helse", "substance abuse and mental health",
			"rusomsorg", "rustjenesten"},
		[]string{"rus og psykiatri", "rus- og", "psykisk helse"}},
	{"barnevern", T("barnevernet", "child welfare"),
		[]string{"barnevern", "barneverntjenesten", "barnevernet", "child welfare", "barnevernstjenesten", "barne- og familietjenesten"},
		[]string{"barnevern"}},
	{"sosial", T("sosialtjenesten", "social services"),
		[]string{"sosial", "sosialtjenesten", "social services"}, nil},
	{"plan", T("plan og utvikling", "planning"),
		[]string{"plan", "plan og utvikling", "plan og næring", "planning"}, nil},
	{"ledelse", T("ledelsen", "leadership"),
		[]string{"administrasjon", "ledelse", "rådmann", "rådmannen", "kommunedirektør", "leadership", "administration",
			"administrasjonen", "kommuneledelse", "kommuneledelsen", "ledergruppe", "ledergruppen", "strategisk ledelse",
			"stab", "rådmannens stab", "municipal leadership", "chief executive"},
		// Rådmannens ledergruppe, kommunalsjef for helse, kommunedirektørens stab, …
		[]string{"rådmann", "kommunalsjef", "kommunaldirektør", "kommunedirektør", "assisterende rådmann"}},
	{"bruker", T("brukerorganisasjon", "user organisation"),
		[]string{"brukerorganisasjon", "brukerorganisasjoner", "user organisation", "user organization", "bruker", "user"}, nil},
	{"utbygger", T("privat utbygger", "private developer"),
		[]string{"privat utbygger", "utbygger", "private developer", "developer"}, nil},
	{"boligbyggelag", T("boligbyggelag", "housing cooperative"),
		[]string{"boligbyggelag", "housing cooperative"}, nil},
	{"departement", T("departement", "ministry"),
		[]string{"departement", "ministry", "krd", "kdd", "kmd", "kommunal- og distriktsdepartementet", "kommunal- og moderniseringsdepartementet",
			"kommunal- og regionaldepartementet"}, nil},
	{"direktorat", T("direktorat", "directorate"),
		[]string{"direktorat", "directorate", "helsedirektoratet", "arbeids- og velferdsdirektoratet", "bufdir"}, nil},
	{"imdi", T("IMDi", "IMDi (integration directorate)"), []string{"imdi", "integrerings- og mangfoldsdirektoratet", "integrerings- og mangfoldsdirektoratet (imdi)"}, nil},
	{"ks", T("KS", "KS (municipal association)"), []string{"ks"}, nil},
}

// kind is one known kind of contact or meeting: its key, its label,
// whether it is formal when a row does not say, and the spellings that
// mean it.
type kind struct {
	key    string
	label  Text
	formal bool
	words  []string
}

var kinds = []kind{
	{"meeting", T("møte", "meeting"), true, []string{"meeting", "møte", "mote", "moete"}},
	{"phone", T("telefon", "phone"), false, []string{"phone", "telefon", "tlf", "call"}},
	{"email", T("e-post", "e-mail"), false, []string{"email", "e-mail", "epost", "e-post", "mail"}},
	{"case", T("sak", "case"), true, []string{"case", "sak", "saksmøte"}},
	{"seminar", T("seminar", "seminar"), true, []string{"seminar", "konferanse", "conference", "workshop"}},
	{"visit", T("besøk", "visit"), true, []string{"visit", "besøk", "besok"}},
	{"informal", T("uformell", "informal"), false, []string{"informal", "uformell", "uformelt"}},
	{"agreement", T("avtale", "agreement"), true, []string{"agreement", "avtale", "samarbeidsavtale"}},
}

// yesNo are the words of a yes/no value, in lower case; a row may also
// leave the value empty (Unknown).
var yesNo = map[string]Tri{
	"yes": Yes, "ja": Yes, "true": Yes, "1": Yes, "y": Yes, "j": Yes, "sann": Yes,
	"no": No, "nei": No, "false": No, "0": No, "n": No, "usann": No,
}

// The lookup tables made from the lists above, keyed by folded spelling.
var (
	levelWords = wordIndex(len(levels), func(i int) []string { return levels[i].words })
	agencyAt   = wordIndex(len(agencies), func(i int) []string { return agencies[i].words })
	kindAt     = wordIndex(len(kinds), func(i int) []string { return kinds[i].words })
	agencyKeys = keyIndex(len(agencies), func(i int) string { return agencies[i].key })
	kindKeys   = keyIndex(len(kinds), func(i int) string { return kinds[i].key })
)

// wordIndex maps each word of the n lists to the index of its list. (A
// word in two lists is a mistake that the tests catch.)
func wordIndex(n int, words func(i int) []string) map[string]int {
	m := make(map[string]int)
	for i := range n {
		for _, w := range words(i) {
			m[w] = i
		}
	}
	return m
}

func keyIndex(n int, key func(i int) string) map[string]int {
	m := make(map[string]int, n)
	for i := range n {
		m[key(i)] = i
	}
	return m
}

// String returns the English name of a named level, the integer otherwise,
// and "" for LevelUnknown.
func (l Level) String() string {
	if l >= 0 && int(l) < len(levels) {
		return levels[l].key
	}
	return strconv.Itoa(int(l))
}

// Label returns the level's name in both languages; levels outside the
// named six are "nivå N" / "level N".
func (l Level) Label() Text {
	if l >= 0 && int(l) < len(levels) {
		return levels[l].label
	}
	return T("nivå "+l.String(), "level "+l.String())
}

// NormalizeAgency returns the canonical key of an agency name: a known
// service ("NAV-kontoret" → "nav", "Eiendomsavdelingen" → "eiendom",
// "helse og omsorg" → "helse") or, for names it does not know, the name in
// lower case with white space collapsed. It returns "" for an empty name.
// ParseAgency is the same for bytes, without allocating.
func NormalizeAgency(name string) string {
	s := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if k, ok := agencyKey(s); ok {
		return k
	}
	return s
}

// agencyKey returns the key of the agency a folded name means.
func agencyKey[S ~string | ~[]byte](s S) (string, bool) {
	if i, ok := agencyAt[string(s)]; ok {
		return agencies[i].key, true
	}
	for i := range agencies {
		for _, p := range agencies[i].prefixes {
			if len(s) >= len(p) && string(s[:len(p)]) == p {
				return agencies[i].key, true
			}
		}
	}
	return "", false
}

// AgencyName returns the display name of an agency key in both languages:
// the known services by their usual names, others as given in label (the
// user's own spelling) or, without one, the key.
func AgencyName(key, label string) Text {
	if i, ok := agencyKeys[key]; ok {
		return agencies[i].label
	}
	if label == "" {
		label = key
	}
	if label == "" {
		return T("(uten etat)", "(no agency)")
	}
	return T(label, label)
}

// NormalizeKind maps a kind in English or bokmål to its English key
// (møte → meeting, telefon → phone, epost → email, sak → case, besøk →
// visit, uformell → informal, avtale → agreement); other kinds are kept in
// lower case. ParseKind is the same for bytes, without allocating.
func NormalizeKind(name string) string {
	s := strings.ToLower(strings.TrimSpace(name))
	if i, ok := kindAt[s]; ok {
		return kinds[i].key
	}
	return s
}

// KindLabel returns the name of a kind key in both languages: the known
// kinds by their usual names, "(uten type)" / "(no kind)" for "", and
// others as they are.
func KindLabel(key string) Text {
	if i, ok := kindKeys[key]; ok {
		return kinds[i].label
	}
	if key == "" {
		return T("(uten type)", "(no kind)")
	}
	return T(key, key)
}

// FormalByDefault reports whether a contact of the given normalised kind is
// formal when its row does not say: meetings, seminars, cases, visits and
// agreements are; phone calls, e-mails, informal contact and unknown kinds
// are not.
func FormalByDefault(key string) bool {
	i, ok := kindKeys[key]
	return ok && kinds[i].formal
}

// KindSpellings returns every spelling of the known kinds of contact, in
// the order of the vocabulary: what a misspelt kind is compared with.
func KindSpellings() []string {
	var s []string
	for _, k := range kinds {
		s = append(s, k.words...)
	}
	return s
}

// AgencySpellings returns every spelling of the known agencies, in the
// order of the vocabulary: what a misspelt agency is compared with.
func AgencySpellings() []string {
	var s []string
	for _, a := range agencies {
		s = append(s, a.words...)
	}
	return s
}

// frequency is one answer of a survey's frequency question: its key, its
// label, the contacts per year it stands for, and the spellings that mean
// it.
type frequency struct {
	key     string
	label   Text
	perYear float64
	words   []string
}

// frequencies are the answers to "how often do you work together",
// with the contacts per year each stands for: about 220 working days, 46
// working weeks and 11 working months a year.
var frequencies = []frequency{
	{"daily", T("daglig", "daily"), 220, []string{"daglig", "daily", "hver dag", "every day", "dagleg"}},
	{"weekly", T("ukentlig", "weekly"), 46, []string{"ukentlig", "weekly", "hver uke", "every week", "vekentleg"}},
	{"fortnightly", T("annenhver uke", "fortnightly"), 23, []string{"annenhver uke", "fortnightly", "annen hver uke",
		"hver 14. dag", "hver fjortende dag", "every other week", "biweekly", "bi-weekly"}},
	{"monthly", T("månedlig", "monthly"), 11, []string{"månedlig", "monthly", "manedlig", "hver måned", "every month", "månadleg"}},
	{"quarterly", T("kvartalsvis", "quarterly"), 4, []string{"kvartalsvis", "quarterly", "hvert kvartal", "every quarter"}},
	{"half-yearly", T("halvårlig", "half-yearly"), 2, []string{"halvårlig", "half-yearly", "halvarlig", "hvert halvår",
		"halvårleg", "twice a year", "semi-annually", "semiannually", "half yearly"}},
	{"yearly", T("årlig", "yearly"), 1, []string{"årlig", "yearly", "arlig", "hvert år", "årleg", "annually", "every year"}},
	{"rarely", T("sjeldnere", "rarely"), 1, []string{"sjeldnere", "rarely", "sjelden", "less often", "seldom"}},
	{"never", T("aldri", "never"), 0, []string{"aldri", "never", "ingen kontakt", "no contact"}},
}

var frequencyAt = wordIndex(len(frequencies), func(i int) []string { return frequencies[i].words })

// FrequencySpellings returns every spelling of the survey's frequency
// words, in the order of the vocabulary: what an unknown word is
// compared with.
func FrequencySpellings() []string {
	var s []string
	for _, f := range frequencies {
		s = append(s, f.words...)
	}
	return s
}

// FrequencyWord is one word of the frequency vocabulary, for
// documentation and templates: its key, its names and the contacts per
// year it stands for.
type FrequencyWord struct {
	Key     string
	Label   Text
	PerYear float64
}

// FrequencyWords returns the frequency vocabulary from the most frequent
// down.
func FrequencyWords() []FrequencyWord {
	out := make([]FrequencyWord, len(frequencies))
	for i, f := range frequencies {
		out[i] = FrequencyWord{f.key, f.label, f.perYear}
	}
	return out
}
