package graph

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parsers of the values of the vocabulary, one for each kind of value,
// used by every reader of input data: the CSV importer and the decoders of
// the exchange formats, so that a value means the same in every file. Each
// takes bytes and does not allocate, for the CSV reader's millions of rows,
// and has a ...String wrapper. The rules are those of the package
// documentation. An empty value is the absent one (LevelUnknown, Unknown,
// NoDate, weight 1), never an error.

// maxFold is the longest spelling that fold keeps: longer than any word of
// the vocabulary and any prefix of one.
const maxFold = 64

// fold writes b into buf as the vocabulary compares spellings: in lower
// case, without white space at the ends, and with each run of white space
// inside as one space when collapse is set. It keeps at most maxFold
// bytes; a longer spelling is no word of the vocabulary.
func fold(buf *[maxFold]byte, b []byte, collapse bool) []byte {
	b = bytes.TrimFunc(b, unicode.IsSpace)
	out := buf[:0]
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		i += n
		switch {
		case collapse && unicode.IsSpace(r):
			if out[len(out)-1] == ' ' {
				continue
			}
			r = ' '
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf:
			r = unicode.ToLower(r)
		}
		if len(out)+utf8.RuneLen(r) > maxFold {
			break
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// ParseLevel reads a level: a word of the vocabulary in English or bokmål
// (nasjonal, regionalt, ledelse, enhet, førstelinje, brukere, …, in any
// case) or a whole number from 1 up, written in digits, perhaps with a
// fraction of zeros (4.0, as statistics tools write whole numbers). An
// empty value is LevelUnknown; anything else is ErrLevel.
func ParseLevel(b []byte) (Level, error) {
	var buf [maxFold]byte
	w := fold(&buf, b, true)
	if len(w) == 0 {
		return LevelUnknown, nil
	}
	if l, ok := levelWords[string(w)]; ok {
		return Level(l), nil
	}
	if n, ok := wholeNumber(w); ok && n > 0 {
		return Level(n), nil
	}
	return LevelUnknown, ErrLevel
}

// ParseLevelString is ParseLevel for a string.
func ParseLevelString(s string) (Level, error) { return ParseLevel([]byte(s)) }

// wholeNumber reads [+]DIGITS[.ZEROS] up to math.MaxInt32.
func wholeNumber(b []byte) (int, bool) {
	i := 0
	if i < len(b) && b[i] == '+' {
		i++
	}
	start := i
	n := 0
	for ; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		if n = n*10 + int(b[i]-'0'); n > math.MaxInt32 {
			return 0, false
		}
	}
	if i == start {
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		zeros := i
		for i < len(b) && b[i] == '0' {
			i++
		}
		if i == zeros {
			return 0, false
		}
	}
	return n, i == len(b)
}

// ParseYesNo reads yes/no, ja/nei, true/false, sann/usann, 1/0, y/n and
// j/n in any case. An empty value is Unknown; anything else is ErrYesNo.
func ParseYesNo(b []byte) (Tri, error) {
	if len(b) > 5 {
		return Unknown, ErrYesNo
	}
	var low [5]byte
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	if len(b) == 0 {
		return Unknown, nil
	}
	if t, ok := yesNo[string(low[:len(b)])]; ok {
		return t, nil
	}
	return Unknown, ErrYesNo
}

// ParseYesNoString is ParseYesNo for a string.
func ParseYesNoString(s string) (Tri, error) { return ParseYesNo([]byte(s)) }

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// ParseNumber reads a number as strconv.ParseFloat does, and with a
// decimal comma instead of the point when comma is set (for files where
// the comma separates nothing else). ok is false for anything else, and
// for NaN and infinities. The common short forms are read without
// allocating, exactly as strconv would (one correctly rounded division,
// Clinger's fast path).
func ParseNumber(b []byte, comma bool) (v float64, ok bool) {
	n := len(b)
	if n == 0 {
		return 0, false
	}
	i := 0
	neg := false
	if b[0] == '-' || b[0] == '+' {
		neg = b[0] == '-'
		i++
	}
	var mant uint64
	nd, frac := 0, 0
	dot := false
	start := i
	for ; i < n; i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + uint64(c-'0')
			nd++
			if dot {
				frac++
			}
		case (c == '.' || (c == ',' && comma)) && !dot:
			dot = true
		default:
			return slowNumber(b, comma)
		}
	}
	if nd == 0 || nd > 15 || i == start {
		return slowNumber(b, comma)
	}
	v = float64(mant) / pow10[frac]
	if neg {
		v = -v
	}
	return v, true
}

// ParseNumberString is ParseNumber for a string.
func ParseNumberString(s string, comma bool) (float64, bool) { return ParseNumber([]byte(s), comma) }

func slowNumber(b []byte, comma bool) (float64, bool) {
	s := string(b)
	if comma {
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// MaxWeight is the largest weight of a contact, a tie or a matrix cell
// that the readers accept. Weights are sums and the measures sum and
// multiply them again: with at most 2³¹ rows of at most 10¹⁵, no sum,
// strength, square or product of them overflows to an infinity, so that no
// output holds Inf or NaN, and whole weights stay exact.
const MaxWeight = 1e15

// ParseWeight reads the weight of a contact, a tie or a matrix cell: a
// number (ParseNumber) from 0 up to MaxWeight. An empty value is 1; a
// value that is no number is ErrNotNumber, a negative one ErrNegative, a
// larger one ErrTooLarge.
func ParseWeight(b []byte, comma bool) (float64, error) {
	if len(b) == 0 {
		return 1, nil
	}
	w, ok := ParseNumber(b, comma)
	switch {
	case !ok:
		return 0, ErrNotNumber
	case w < 0:
		return w, ErrNegative
	case w > MaxWeight:
		return w, ErrTooLarge
	}
	return w, nil
}

// ParseWeightString is ParseWeight for a string.
func ParseWeightString(s string, comma bool) (float64, error) { return ParseWeight([]byte(s), comma) }

// ParseAgency returns the key of the agency a name means, when it is one
// of the vocabulary (NormalizeAgency without allocating): ok is false for
// other names, whose key is the name itself, folded.
func ParseAgency(b []byte) (key string, ok bool) {
	var buf [maxFold]byte
	return agencyKey(fold(&buf, b, true))
}

// ParseKind returns the key of the kind a name means, when it is one of
// the vocabulary (NormalizeKind without allocating): ok is false for other
// names, whose key is the name itself in lower case.
func ParseKind(b []byte) (key string, ok bool) {
	var buf [maxFold]byte
	if i, ok := kindAt[string(fold(&buf, b, false))]; ok {
		return kinds[i].key, true
	}
	return "", false
}

// FrequencyScale maps the answers to a survey's frequency question to
// contacts per year: the vocabulary's words (daglig 220, ukentlig 46,
// annenhver uke 23, månedlig 11, kvartalsvis 4, halvårlig 2, årlig and
// sjeldnere 1, aldri 0, each with its English and other spellings), as
// Set overrides them. The zero FrequencyScale is the vocabulary's; a nil
// *FrequencyScale is too.
type FrequencyScale struct {
	byKey map[string]float64 // the vocabulary's frequencies set anew, by key
	own   map[string]float64 // words of the user's own, folded
}

// Set makes word mean perYear contacts per year: a word of the
// vocabulary sets its frequency in all its spellings (daglig=200 sets
// daily too); another word is added, for a survey tool's own scale
// ("flere ganger i uka"). perYear must be a weight (0 up to MaxWeight).
func (s *FrequencyScale) Set(word string, perYear float64) error {
	var buf [maxFold]byte
	w := fold(&buf, []byte(word), true)
	switch {
	case len(w) == 0:
		return &InputError{Err: errFrequencyWord}
	case math.IsNaN(perYear) || perYear < 0 || perYear > MaxWeight:
		return &InputError{Err: errFrequencyRange, Args: []any{word, strconv.FormatFloat(perYear, 'g', -1, 64)}}
	}
	if i, ok := frequencyAt[string(w)]; ok {
		if s.byKey == nil {
			s.byKey = make(map[string]float64)
		}
		s.byKey[frequencies[i].key] = perYear
		return nil
	}
	if s.own == nil {
		s.own = make(map[string]float64)
	}
	s.own[string(w)] = perYear
	return nil
}

// Words returns the words of the scale that are not the vocabulary's,
// sorted: what an unknown answer is compared with besides
// FrequencySpellings.
func (s *FrequencyScale) Words() []string {
	if s == nil {
		return nil
	}
	out := make([]string, 0, len(s.own))
	for w := range s.own {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// PerYear returns the contacts per year of the frequency with the given
// key (daily, weekly, …) on the scale.
func (s *FrequencyScale) PerYear(key string) float64 {
	if s != nil {
		if v, ok := s.byKey[key]; ok {
			return v
		}
	}
	for _, f := range frequencies {
		if f.key == key {
			return f.perYear
		}
	}
	return math.NaN()
}

// The problems of a --frequency-weights value.
var (
	errFrequencyPair   = &Problem{Msg: T("%q: forventet ORD=N, som daglig=200", "%q: want WORD=N, such as daglig=200")}
	errFrequencyNumber = &Problem{Msg: T("%q: %q er ikke et antall kontakter per år", "%q: %q is not a number of contacts per year")}
	errFrequencyWord   = &Problem{Msg: T("et tomt ord for hyppighet", "an empty frequency word")}
	errFrequencyRange  = &Problem{Msg: T("%s=%s: forventet et antall kontakter per år fra 0 til 10^15", "%s=%s: want a number of contacts per year from 0 up to 10^15")}
)

// ParseFrequencyScale reads the value of --frequency-weights: WORD=N
// pairs separated by commas (daglig=200,ukentlig=40), N a number of
// contacts per year with a decimal point.
func ParseFrequencyScale(spec string) (*FrequencyScale, error) {
	s := &FrequencyScale{}
	for _, part := range strings.Split(spec, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		word, num, ok := strings.Cut(part, "=")
		if !ok {
			return nil, &InputError{Err: errFrequencyPair, Args: []any{strings.TrimSpace(part)}}
		}
		v, ok := ParseNumberString(strings.TrimSpace(num), false)
		if !ok {
			return nil, &InputError{Err: errFrequencyNumber, Args: []any{strings.TrimSpace(part), strings.TrimSpace(num)}}
		}
		if err := s.Set(word, v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// ParseFrequency reads an answer to the frequency question as contacts
// per year: a word of the scale s (nil for the vocabulary's), in any
// case, or a number of contacts per year (a weight, with a decimal comma
// where comma allows it). ok is false for an empty value; a word the
// scale does not know is ErrFrequency, a negative number ErrNegative and
// one above MaxWeight ErrTooLarge.
func ParseFrequency(b []byte, comma bool, s *FrequencyScale) (perYear float64, ok bool, err error) {
	b = bytes.TrimFunc(b, unicode.IsSpace)
	if len(b) == 0 {
		return 0, false, nil
	}
	if v, isNum := ParseNumber(b, comma); isNum {
		switch {
		case v < 0:
			return v, true, ErrNegative
		case v > MaxWeight:
			return v, true, ErrTooLarge
		}
		return v, true, nil
	}
	var buf [maxFold]byte
	w := fold(&buf, b, true)
	if i, found := frequencyAt[string(w)]; found {
		return s.PerYear(frequencies[i].key), true, nil
	}
	if s != nil {
		if v, found := s.own[string(w)]; found {
			return v, true, nil
		}
	}
	return 0, true, ErrFrequency
}

// ParseRating reads a rating of quality, trust or value: a number from 1
// to 5 (decimals allowed, as means are; a decimal comma where comma
// allows it). ok is false for an empty value; anything else is
// ErrRating.
func ParseRating(b []byte, comma bool) (r float64, ok bool, err error) {
	b = bytes.TrimFunc(b, unicode.IsSpace)
	if len(b) == 0 {
		return 0, false, nil
	}
	v, isNum := ParseNumber(b, comma)
	if !isNum || v < 1 || v > 5 {
		return 0, true, ErrRating
	}
	return v, true, nil
}

// ParseRound reads the round of a survey answer: a date (as ParseDate),
// a month (2011-09 or 09.2011: its first day) or a year (2011: 1
// January), so that --window 2011 takes in the round labelled 2011. ok
// is false for an empty value; a value that looks like a date but is
// none keeps ParseDate's error (ErrDayRange, …), anything else is
// ErrRound.
func ParseRound(b []byte) (d Date, ok bool, err error) {
	b = bytes.TrimFunc(b, unicode.IsSpace)
	if len(b) == 0 {
		return NoDate, false, nil
	}
	d, err = ParseDate(b)
	if err == nil {
		return d, true, nil
	}
	if err != ErrDate {
		return NoDate, true, err
	}
	var y, m int
	switch {
	case len(b) == 4:
		y, ok = digits(b, 0, 4)
		m = 1
	case len(b) == 7 && b[4] == '-':
		var ok1, ok2 bool
		y, ok1 = digits(b, 0, 4)
		m, ok2 = digits(b, 5, 2)
		ok = ok1 && ok2
	case len(b) == 7 && b[2] == '.':
		var ok1, ok2 bool
		m, ok1 = digits(b, 0, 2)
		y, ok2 = digits(b, 3, 4)
		ok = ok1 && ok2
	}
	switch {
	case !ok:
		return NoDate, true, ErrRound
	case y < 1900 || y > 5000:
		return NoDate, true, ErrYearRange
	case m < 1 || m > 12:
		return NoDate, true, ErrMonthRange
	}
	return Date(date1970 + daysFromCivil(y, m, 1)*24*60), true, nil
}
