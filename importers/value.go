package importers

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/samkart/samkart/graph"
)

// dateWant is what the date error messages say is expected.
var dateWant = tr("2011-09-14 eller 14.09.2011", "2011-09-14 or 14.09.2011")

// parseDate reads the date formats of the SPEC: 2011-09-14, 14.09.2011,
// 14.09.2011 13:00 and ISO 8601 with a time (2011-09-14T13:00, with seconds
// and fractions, with Z or an offset). A zone is ignored: the wall clock is
// kept. The day and month of the dotted form may have one digit. msg is ""
// on success and otherwise says what is wrong ("not a date", "day out of
// range", …). It does not allocate.
func parseDate(b []byte) (d graph.Date, msg string) {
	var y, m, day, hh, mm, ss, i int
	var ok bool
	n := len(b)
	switch {
	case n >= 10 && b[4] == '-':
		// 2011-09-14
		if y, ok = digits(b, 0, 4); !ok || b[7] != '-' {
			return 0, "not a date"
		}
		if m, ok = digits(b, 5, 2); !ok {
			return 0, "not a date"
		}
		if day, ok = digits(b, 8, 2); !ok {
			return 0, "not a date"
		}
		i = 10
	case n >= 8 && (b[1] == '.' || b[2] == '.'):
		// 14.09.2011 or 1.9.2011
		j := 0
		if day, j, ok = digits12(b, 0); !ok || j >= n || b[j] != '.' {
			return 0, "not a date"
		}
		if m, j, ok = digits12(b, j+1); !ok || j >= n || b[j] != '.' {
			return 0, "not a date"
		}
		if j+5 > n {
			return 0, "not a date"
		}
		if y, ok = digits(b, j+1, 4); !ok {
			return 0, "not a date"
		}
		i = j + 5
	default:
		return 0, "not a date"
	}
	if i < n {
		// A time: [T ]HH:MM[:SS[.fff]][Z|±HH[:MM]]
		if b[i] != 'T' && b[i] != 't' && b[i] != ' ' {
			return 0, "not a date"
		}
		i++
		if i+5 > n || b[i+2] != ':' {
			return 0, "not a date"
		}
		if hh, ok = digits(b, i, 2); !ok {
			return 0, "not a date"
		}
		if mm, ok = digits(b, i+3, 2); !ok {
			return 0, "not a date"
		}
		i += 5
		if i < n && b[i] == ':' {
			if ss, ok = digits(b, i+1, 2); !ok || i+3 > n {
				return 0, "not a date"
			}
			i += 3
			if i < n && (b[i] == '.' || b[i] == ',') {
				i++
				j := i
				for i < n && b[i] >= '0' && b[i] <= '9' {
					i++
				}
				if i == j {
					return 0, "not a date"
				}
			}
		}
		if i < n {
			switch b[i] {
			case 'Z', 'z':
				i++
			case '+', '-':
				i++
				if _, ok = digits(b, i, 2); !ok {
					return 0, "not a date"
				}
				i += 2
				if i < n && b[i] == ':' {
					i++
				}
				if i < n {
					if _, ok = digits(b, i, 2); !ok {
						return 0, "not a date"
					}
					i += 2
				}
			}
		}
		if i != n {
			return 0, "not a date"
		}
	}
	switch {
	case y < 1900 || y > 5000: // graph.Date holds 1900 to about 5900
		return 0, "year out of range"
	case m < 1 || m > 12:
		return 0, "month out of range"
	case day < 1 || day > daysIn(y, m):
		return 0, "day out of range"
	case hh > 23 || mm > 59 || ss > 60:
		return 0, "time out of range"
	}
	return graph.Date(date1970 + daysFromCivil(y, m, day)*24*60 + int64(hh*60+mm)), ""
}

// date1970 is the graph.Date of 1970-01-01 00:00; a Date counts minutes.
var date1970 = int64(graph.DateOf(time.Unix(0, 0).UTC()))

// digits reads n decimal digits at b[i:].
func digits(b []byte, i, n int) (int, bool) {
	if i+n > len(b) {
		return 0, false
	}
	v := 0
	for _, c := range b[i : i+n] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// digits12 reads one or two decimal digits at b[i:], returning the index
// after them.
func digits12(b []byte, i int) (v, j int, ok bool) {
	j = i
	for j < len(b) && j < i+2 && b[j] >= '0' && b[j] <= '9' {
		v = v*10 + int(b[j]-'0')
		j++
	}
	return v, j, j > i
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms").
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

// boolWant is what the yes/no error messages say is expected.
var boolWant = tr("ja/nei, yes/no, true/false eller 1/0", "yes/no, ja/nei, true/false or 1/0")

// parseBool reads yes/no, ja/nei, true/false, 1/0, y/n and j/n in any
// case. An empty value is graph.Unknown; ok is false for anything else.
func parseBool(b []byte) (t graph.Tri, ok bool) {
	if len(b) > 5 {
		return graph.Unknown, false
	}
	var low [5]byte
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	switch string(low[:len(b)]) {
	case "":
		return graph.Unknown, true
	case "yes", "ja", "true", "1", "y", "j", "sann":
		return graph.Yes, true
	case "no", "nei", "false", "0", "n", "usann":
		return graph.No, true
	}
	return graph.Unknown, false
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// parseNumber reads a decimal number: digits with an optional sign and
// fraction, decimal point or (when comma is set) decimal comma, or anything
// strconv.ParseFloat accepts. ok is false for non-numbers, and for NaN and
// infinities. The common short forms are read without allocating, exactly
// as strconv would (one correctly rounded division, Clinger's fast path).
func parseNumber(b []byte, comma bool) (v float64, ok bool) {
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

// levelWant is what the level error messages say is expected.
var levelWant = tr("nasjonal, regional, ledelse, enhet, førstelinje, bruker (eller på engelsk) eller et positivt heltall",
	"national/nasjonal, regional, leadership/ledelse, unit/enhet, frontline/førstelinje, user/bruker or a positive integer")

var levelWords = map[string]graph.Level{
	"national": graph.LevelNational, "nasjonal": graph.LevelNational, "nasjonalt": graph.LevelNational,
	"state": graph.LevelNational, "statlig": graph.LevelNational,
	"regional": graph.LevelRegional, "regionalt": graph.LevelRegional, "region": graph.LevelRegional,
	"leadership": graph.LevelLeadership, "ledelse": graph.LevelLeadership,
	"municipal leadership": graph.LevelLeadership, "kommuneledelse": graph.LevelLeadership,
	"unit": graph.LevelUnit, "enhet": graph.LevelUnit,
	"frontline": graph.LevelFrontline, "førstelinje": graph.LevelFrontline, "forstelinje": graph.LevelFrontline,
	"førstelinjen": graph.LevelFrontline,
	"user":         graph.LevelUser, "users": graph.LevelUser, "bruker": graph.LevelUser, "brukere": graph.LevelUser,
}

// parseLevel reads a level word in English or bokmål (any case) or a
// positive integer. An empty value is graph.LevelUnknown.
func parseLevel(s string) (graph.Level, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return graph.LevelUnknown, true
	}
	if l, ok := levelWords[strings.ToLower(s)]; ok {
		return l, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return graph.LevelUnknown, false
	}
	return graph.Level(n), true
}

// notBool is the error for a yes/no field that is neither.
var notBool = tr("ikke ja eller nei", "not yes or no")
