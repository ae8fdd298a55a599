package netio

import (
	"math"
	"strconv"
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

// columnNumber parses a value of a unit's extra column as a number, to
// type the column: an optional minus sign, digits without a leading zero,
// and an optional fraction after '.' or ',' and exponent. "0301" (a
// municipality number) and "+47" are not numbers, so their columns stay
// text.
func columnNumber(s string) (float64, bool) {
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
