package graph

import (
	"encoding/json"
	"math"
	"strconv"
)

// JSONFloat is a float64 that encodes as encoding/json encodes a float64,
// except that NaN and the infinities, which JSON cannot hold, are null:
// samkart's measures are NaN where they are undefined (the density of a
// single unit), and every JSON output writes those as null. Decoding reads
// null back as NaN.
//
// The digits are encoding/json's: the shortest decimal that reads back as
// the same float64, in exponent form below 1e-6 and from 1e21, as
// ECMAScript's Number.prototype.toString writes them (ECMA-262,
// Number::toString).
type JSONFloat float64

// MarshalJSON returns f as a JSON number, or null when f is not finite.
func (f JSONFloat) MarshalJSON() ([]byte, error) {
	return f.AppendJSON(make([]byte, 0, 24)), nil
}

// AppendJSON appends the JSON of f to b, for writers that build their
// output by hand.
func (f JSONFloat) AppendJSON(b []byte) []byte {
	x := float64(f)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return append(b, "null"...)
	}
	abs := math.Abs(x)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, x, format, -1, 64)
	if format == 'e' {
		// A two-digit negative exponent loses its leading zero: e-07 → e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// UnmarshalJSON reads a JSON number, or null as NaN.
func (f *JSONFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = JSONFloat(math.NaN())
		return nil
	}
	var x float64
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*f = JSONFloat(x)
	return nil
}
