package pajek

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// partitionNames are the partitions' names, indexed by value.
var partitionNames = [...]string{ByAgency: "agency", ByLevel: "level"}

// Partitions returns the partitions in the order of their names in help.
func Partitions() []Partition { return []Partition{ByAgency, ByLevel} }

// String returns the partition's name: agency or level.
func (p Partition) String() string {
	if int(p) < len(partitionNames) {
		return partitionNames[p]
	}
	return "Partition(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns the partition's name.
func (p Partition) MarshalText() ([]byte, error) {
	if int(p) >= len(partitionNames) {
		return nil, fmt.Errorf("pajek: unknown partition %d", int(p))
	}
	return []byte(partitionNames[p]), nil
}

// UnmarshalText accepts a partition's name, agency or level, in any case.
func (p *Partition) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	for i, name := range partitionNames {
		if s == name {
			*p = Partition(i)
			return nil
		}
	}
	return errors.New("want one of " + strings.Join(partitionNames[:], ", "))
}
