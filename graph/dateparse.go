package graph

import "time"

// ParseDate reads a date: 2011-09-14, 14.09.2011 (the day and month may
// have one digit), either with a time of day (2011-09-14T13:00,
// 2011-09-14 13:00, 14.09.2011 9:00), and the time with seconds and their
// fractions and with a zone (Z, +02:00, +0200, +02), as ISO 8601 and
// spreadsheets write them. The zone is ignored: the wall clock is kept.
// Years run from 1900 to 5000. An empty value is NoDate; the problems are
// ErrDate (not a date at all) and its cases ErrYearRange, ErrMonthRange,
// ErrDayRange (31.02.2011) and ErrTimeRange.
func ParseDate(b []byte) (Date, error) {
	if len(b) == 0 {
		return NoDate, nil
	}
	y, m, day, i, ok := calendarDate(b)
	if !ok {
		return NoDate, ErrDate
	}
	var hh, mm, ss int
	if i < len(b) {
		if hh, mm, ss, ok = timeOfDay(b, i); !ok {
			return NoDate, ErrDate
		}
	}
	switch {
	case y < 1900 || y > 5000: // a Date holds 1900 to about 5900
		return NoDate, ErrYearRange
	case m < 1 || m > 12:
		return NoDate, ErrMonthRange
	case day < 1 || day > daysIn(y, m):
		return NoDate, ErrDayRange
	case hh > 23 || mm > 59 || ss > 60:
		return NoDate, ErrTimeRange
	}
	return Date(date1970 + daysFromCivil(y, m, day)*24*60 + int64(hh*60+mm)), nil
}

// ParseDateString is ParseDate for a string.
func ParseDateString(s string) (Date, error) { return ParseDate([]byte(s)) }

// date1970 is the Date of 1970-01-01 00:00; a Date counts minutes.
var date1970 = int64(DateOf(time.Unix(0, 0).UTC()))

// calendarDate reads 2011-09-14 or 14.09.2011 (or 1.9.2011) at the start
// of b, returning the index after it.
func calendarDate(b []byte) (y, m, d, i int, ok bool) {
	n := len(b)
	switch {
	case n >= 10 && b[4] == '-':
		y, ok1 := digits(b, 0, 4)
		m, ok2 := digits(b, 5, 2)
		d, ok3 := digits(b, 8, 2)
		return y, m, d, 10, ok1 && b[7] == '-' && ok2 && ok3
	case n >= 8 && (b[1] == '.' || b[2] == '.'):
		d, j, ok := digits12(b, 0)
		if !ok || j >= n || b[j] != '.' {
			return 0, 0, 0, 0, false
		}
		if m, j, ok = digits12(b, j+1); !ok || j >= n || b[j] != '.' || j+5 > n {
			return 0, 0, 0, 0, false
		}
		y, ok := digits(b, j+1, 4)
		return y, m, d, j + 5, ok
	}
	return 0, 0, 0, 0, false
}

// timeOfDay reads the rest of b from i: T or spaces, then
// H[H]:MM[:SS[.fff]][Z|±HH[[:]MM]].
func timeOfDay(b []byte, i int) (hh, mm, ss int, ok bool) {
	n := len(b)
	switch b[i] {
	case 'T', 't':
		i++
	case ' ':
		for i < n && b[i] == ' ' {
			i++
		}
	default:
		return 0, 0, 0, false
	}
	hh, i, ok = digits12(b, i)
	if !ok || i >= n || b[i] != ':' {
		return 0, 0, 0, false
	}
	if mm, ok = digits(b, i+1, 2); !ok {
		return 0, 0, 0, false
	}
	i += 3
	if i < n && b[i] == ':' {
		if ss, ok = digits(b, i+1, 2); !ok || i+3 > n {
			return 0, 0, 0, false
		}
		i += 3
		if i < n && (b[i] == '.' || b[i] == ',') {
			i++
			j := i
			for i < n && b[i] >= '0' && b[i] <= '9' {
				i++
			}
			if i == j {
				return 0, 0, 0, false
			}
		}
	}
	if i, ok = zone(b, i); !ok || i != n {
		return 0, 0, 0, false
	}
	return hh, mm, ss, true
}

// zone skips a time zone at b[i:]: Z, or ±HH with [:]MM or not.
func zone(b []byte, i int) (int, bool) {
	if i == len(b) {
		return i, true
	}
	switch b[i] {
	case 'Z', 'z':
		return i + 1, true
	case '+', '-':
		if _, ok := digits(b, i+1, 2); !ok {
			return i, false
		}
		i += 3
		if i < len(b) && b[i] == ':' {
			i++
		}
		if i < len(b) {
			if _, ok := digits(b, i, 2); !ok {
				return i, false
			}
			i += 2
		}
	}
	return i, true
}

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
