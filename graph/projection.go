package graph

import (
	"fmt"
	"strconv"
	"strings"
)

// Projection chooses how a meeting of k units is projected to unit pairs.
type Projection uint8

// The projections of a multi-party meeting.
const (
	ProjectNewman Projection = iota // each pair gets 1/(k−1): a unit's meeting weight sums to 1
	ProjectOne                      // each pair gets 1
)

// projectionNames are the projections' names, indexed by value.
var projectionNames = [...]string{ProjectNewman: "newman", ProjectOne: "one"}

// Projections returns the projections in the order of their names in help.
func Projections() []Projection { return []Projection{ProjectNewman, ProjectOne} }

// String returns the projection's name: newman or one.
func (p Projection) String() string {
	if int(p) < len(projectionNames) {
		return projectionNames[p]
	}
	return "Projection(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns the projection's name.
func (p Projection) MarshalText() ([]byte, error) {
	if int(p) >= len(projectionNames) {
		return nil, fmt.Errorf("graph: unknown projection %d", int(p))
	}
	return []byte(projectionNames[p]), nil
}

// UnmarshalText accepts a projection's name, newman or one, in any case.
func (p *Projection) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, name := range projectionNames {
		if s == name {
			*p = Projection(i)
			return nil
		}
	}
	return NotOneOf(projectionNames[:]...)
}
