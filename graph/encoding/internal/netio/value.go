package netio

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/samkart/samkart/graph"
)

// FormatFloat formats v in the shortest form that reads back as v:
// plain decimals for ordinary magnitudes ("0.5", "1234"), exponent form
// only for very large or small ones ("1e-07"), which every client's number
// syntax accepts.
func FormatFloat(v float64) string {
	if a := math.Abs(v); a == 0 || (a >= 1e-4 && a < 1e15) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// ParseNumber parses a decimal number as written in data files and
// Norwegian spreadsheets: an optional minus sign, digits without a leading
// zero, and an optional fraction after '.' or ',' and exponent. "0301"
// (a municipality number) and "+47" are not numbers, so they stay text.
func ParseNumber(s string) (float64, bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start || (s[start] == '0' && i-start > 1) {
		return 0, false
	}
	dec := -1
	if i < len(s) && (s[i] == '.' || s[i] == ',') {
		dec = i
		i++
		fs := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == fs {
			return 0, false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		es := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == es {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	if dec >= 0 && s[dec] == ',' {
		s = s[:dec] + "." + s[dec+1:]
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// ParseFloat parses a number in any syntax strconv accepts, and the decimal
// comma; it refuses NaN and infinities. Decoders use it for weights, where
// "1.0", ".5" and "1E3" all occur.
func ParseFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
			v, err = strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
		}
		if err != nil {
			return 0, false
		}
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

var dateLayouts = []string{
	"2006-01-02",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	time.RFC3339Nano,
	"2006-01-02 15:04",
	"2006-01-02 15:04:05",
	"02.01.2006",
	"02.01.2006 15:04",
	"2.1.2006",
}

// ParseDate parses the date forms of the SPEC (2011-09-14, 14.09.2011,
// 14.09.2011 13:00, ISO 8601 with time) and GEXF's date and dateTime.
func ParseDate(s string) (graph.Date, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2100 {
				return graph.NoDate, false // outside what a Date holds
			}
			return graph.DateOf(t), true
		}
	}
	return graph.NoDate, false
}

// DateWant is what ParseDate accepts, for error messages.
const DateWant = "2011-09-14, 2011-09-14T13:00 or 14.09.2011"

var levelWords = map[string]graph.Level{
	"national": graph.LevelNational, "nasjonal": graph.LevelNational, "nasjonalt": graph.LevelNational,
	"state": graph.LevelNational, "stat": graph.LevelNational, "statlig": graph.LevelNational,
	"regional": graph.LevelRegional, "regionalt": graph.LevelRegional,
	"leadership": graph.LevelLeadership, "ledelse": graph.LevelLeadership, "kommuneledelse": graph.LevelLeadership,
	"municipal leadership": graph.LevelLeadership, "unit": graph.LevelUnit, "enhet": graph.LevelUnit,
	"frontline": graph.LevelFrontline, "førstelinje": graph.LevelFrontline, "forstelinje": graph.LevelFrontline,
	"user": graph.LevelUser, "bruker": graph.LevelUser,
}

// ParseLevel parses a level as a non-negative whole number or one of the named
// levels in English or bokmål (national/nasjonal … user/bruker).
func ParseLevel(s string) (graph.Level, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if l, ok := levelWords[s]; ok {
		return l, true
	}
	v, err := strconv.ParseFloat(s, 64) // igraph writes levels as doubles: "4.0"
	if err != nil || v < 0 || v > 1000 || v != math.Trunc(v) {
		return 0, false
	}
	return graph.Level(v), true
}

// LevelWant is what ParseLevel accepts, for error messages.
const LevelWant = "an integer or national, regional, leadership, unit, frontline, user"

// ParseBool parses yes/no in English and bokmål and true/false, 1/0.
func ParseBool(s string) (v, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "ja", "1", "y", "j", "sann":
		return true, true
	case "false", "no", "nei", "0", "n", "usann":
		return false, true
	}
	return false, false
}
