package compare

import (
	"errors"
	"math"
)

// Direction says which way a measure of the comparison is better for a
// municipality's collaboration. It is a property of the measure, fixed
// here once (Describe), and decides the ranks (1 = best) and whether a
// value above the region's median is better or worse.
type Direction int8

// The directions of a measure.
const (
	// Neither: a higher value is neither better nor worse. Size (units,
	// ties), centralization (a hub coordinates but is a single point of
	// failure), E-I by level (vertical ties are wanted, but not instead of
	// horizontal ones) and the informal share (informal contact carries
	// much of the work, but leaves no trace) are described, not judged.
	Neither Direction = iota
	// HigherBetter: more is better (density, E-I by agency: ties across
	// agencies rather than silos; meetings of three or more units, where
	// the work needs more than two parties).
	HigherBetter
	// LowerBetter: less is better (fragmentation, distance
	// fragmentation, gaps, fragmentation without the key player).
	LowerBetter
)

// directionNames are the names of the directions in JSON.
var directionNames = [...]string{Neither: "neither", HigherBetter: "higher_is_better", LowerBetter: "lower_is_better"}

// String returns the direction's name: neither, higher_is_better or
// lower_is_better.
func (d Direction) String() string {
	if d < 0 || int(d) >= len(directionNames) {
		return "neither"
	}
	return directionNames[d]
}

// MarshalText returns the direction's name.
func (d Direction) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a direction's name.
func (d *Direction) UnmarshalText(b []byte) error {
	for i, name := range directionNames {
		if string(b) == name {
			*d = Direction(i)
			return nil
		}
	}
	return errors.New("compare: unknown direction " + string(b))
}

// Better reports whether a value diff above (diff > 0) or below the
// median is better (+1), worse (−1) or neither (0) in direction d.
// Differences within 1e-12 of zero count as equal to the median.
func (d Direction) Better(diff float64) int {
	if math.IsNaN(diff) || math.Abs(diff) <= 1e-12 {
		return 0
	}
	s := 1
	if diff < 0 {
		s = -1
	}
	switch d {
	case HigherBetter:
		return s
	case LowerBetter:
		return -s
	}
	return 0
}

// Measure describes one measure of the comparison.
type Measure struct {
	Key       string
	Direction Direction
	// Min and Max are the range the measure's values can take, fixed by
	// its definition, so that charts of it share one scale: 0..1 for
	// shares and fragmentation, −1..+1 for E-I indices; Max is +Inf for
	// counts, which start at 0.
	Min, Max float64
	// Count is set for measures that count something (integers).
	Count bool
}

// measureInfo describes each measure, indexed like Measures.
var measureInfo = [measureCount]Measure{
	iUnits:                 {Key: "units", Direction: Neither, Min: 0, Max: math.Inf(1), Count: true},
	iTies:                  {Key: "ties", Direction: Neither, Min: 0, Max: math.Inf(1), Count: true},
	iDensity:               {Key: "density", Direction: HigherBetter, Min: 0, Max: 1},
	iFragmentation:         {Key: "fragmentation", Direction: LowerBetter, Min: 0, Max: 1},
	iDistanceFragmentation: {Key: "distance_fragmentation", Direction: LowerBetter, Min: 0, Max: 1},
	iDegreeCentralization:  {Key: "degree_centralization", Direction: Neither, Min: 0, Max: 1},
	iEIAgency:              {Key: "ei_agency", Direction: HigherBetter, Min: -1, Max: 1},
	iEILevel:               {Key: "ei_level", Direction: Neither, Min: -1, Max: 1},
	iGapsHorizontal:        {Key: "gaps_horizontal", Direction: LowerBetter, Min: 0, Max: math.Inf(1), Count: true},
	iGapsVertical:          {Key: "gaps_vertical", Direction: LowerBetter, Min: 0, Max: math.Inf(1), Count: true},
	iInformal:              {Key: "informal_share", Direction: Neither, Min: 0, Max: 1},
	iMultiParty:            {Key: "multi_party_share", Direction: HigherBetter, Min: 0, Max: 1},
	iKeyPlayerF:            {Key: "key_player_fragmentation", Direction: LowerBetter, Min: 0, Max: 1},
}

func measureKeys() []string {
	keys := make([]string, len(measureInfo))
	for i, m := range measureInfo {
		keys[i] = m.Key
	}
	return keys
}

// Describe returns the description of the measure key; ok is false for a
// key that is not one of Measures.
func Describe(key string) (m Measure, ok bool) {
	for _, m := range measureInfo {
		if m.Key == key {
			return m, true
		}
	}
	return Measure{Key: key, Min: math.NaN(), Max: math.NaN()}, false
}

// DirectionOf returns the direction of the measure key (Neither for an
// unknown key).
func DirectionOf(key string) Direction {
	m, _ := Describe(key)
	return m.Direction
}
