package graph

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Date is a point in time to the minute, in the local time of the data (no
// zone), compact enough to keep one per contact row. Its zero value is
// NoDate, so zero-valued records and windows are undated and open. Dates
// from 1900 up to about 5900 can be represented.
type Date int32

// NoDate is the Date of a row whose date column is empty or absent.
const NoDate Date = 0

// dateEpoch is the Unix time of 1900-01-01 00:00, the minute before Date 1.
const dateEpoch = -2208988800

// DateOf returns the Date of t's wall-clock time, ignoring its zone, or
// NoDate when t is before 1900 or too far in the future.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	u := time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, time.UTC).Unix()
	min := (u - dateEpoch) / 60
	if u < dateEpoch || min+1 > math.MaxInt32 {
		return NoDate
	}
	return Date(min + 1)
}

// Valid reports whether d is a date rather than NoDate.
func (d Date) Valid() bool { return d != NoDate }

// Time returns d as a UTC time.Time; the zero Time for NoDate.
func (d Date) Time() time.Time {
	if !d.Valid() {
		return time.Time{}
	}
	return time.Unix(dateEpoch+int64(d-1)*60, 0).UTC()
}

// Day returns the number of whole days since 1970-01-01 (negative before).
func (d Date) Day() int {
	return int(math.Floor(float64(dateEpoch/60+int64(d-1)) / (24 * 60)))
}

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return d + Date(n*24*60) }

// Format formats d with a time.Time layout; "" for NoDate.
func (d Date) Format(layout string) string {
	if !d.Valid() {
		return ""
	}
	return d.Time().Format(layout)
}

// String formats d as 2006-01-02, with the time of day when it is not
// midnight, and "" for NoDate.
func (d Date) String() string {
	if !d.Valid() {
		return ""
	}
	t := d.Time()
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04")
}

// Kind is the kind of a contact or meeting, an index into Dataset.Kinds.
// Kinds are free text; the known ones are normalised (NormalizeKind).
type Kind uint8

// Contact is one row of contacts.csv: From took the initiative to contact To.
// From and To index Dataset.Units. The record is kept small because a
// national dataset has millions of them.
type Contact struct {
	Weight   float64
	From, To int32
	Date     Date
	Line     int32 // line in the contacts file
	Kind     Kind
	Formal   bool
}

// Meeting is one multi-party meeting from meetings.csv: a hyperedge over
// Units (indices into Dataset.Units, sorted, without repeats).
type Meeting struct {
	Key    string
	Units  []int32
	Date   Date
	Kind   Kind
	Formal bool
	Line   int // first line of the meeting in the meetings file
}

// Size returns the number of units at the meeting.
func (m *Meeting) Size() int { return len(m.Units) }

// Municipality is one row of municipalities.csv.
type Municipality struct {
	Name      string
	Region    string
	Programme Tri   // member of a Husbanken programme (utviklingsprogram, partnerskap)
	Numbers   []Num // numeric columns such as population, in header order
	Attrs     []Attr
	Line      int
}

// Num is a named numeric column of municipalities.csv.
type Num struct {
	Name  string
	Value float64
}

// Tri is a yes/no value that may be unknown.
type Tri int8

// The values of a Tri.
const (
	Unknown Tri = iota
	Yes
	No
)

// EndpointKind tells what an Endpoint of an expectation names.
type EndpointKind uint8

// The kinds of Endpoint: one unit, every unit of an agency, every unit at a level.
const (
	EndUnit EndpointKind = iota
	EndAgency
	EndLevel
)

// Endpoint is one end of an expected tie: a unit key, `agency:NAME` or
// `level:N`.
type Endpoint struct {
	Kind   EndpointKind
	Unit   string // unit key for EndUnit
	Agency string // normalised agency key for EndAgency
	Level  Level  // for EndLevel
}

// String returns the endpoint as written in expected.csv and in gap output:
// the unit key, agency:KEY or level:N.
func (e Endpoint) String() string {
	switch e.Kind {
	case EndAgency:
		return "agency:" + e.Agency
	case EndLevel:
		return "level:" + strconv.Itoa(int(e.Level))
	}
	return e.Unit
}

// Expectation is one row of expected.csv: A and B should be tied with at
// least MinWeight, within Scope (a municipality) when it is set.
type Expectation struct {
	A, B      Endpoint
	MinWeight float64
	Scope     string
	Line      int
}

// Warning is something suspicious but usable in the input, such as a
// self-contact that was dropped. Line is 0 for a warning about a whole
// file, Column 0 for one about a whole line; Cell and Field name the
// spreadsheet column, as in InputError.
type Warning struct {
	File   string
	Line   int
	Column int
	Cell   int
	Field  string
	Msg    Text
}

// String formats w in English as FILE:LINE:COLUMN: MSG (column F "FIELD").
func (w Warning) String() string { return w.In(EN) }

// In formats w in language l as FILE:LINE:COLUMN: MSG (column F "FIELD"),
// leaving out the parts that are zero or empty.
func (w Warning) In(l Lang) string {
	var b strings.Builder
	position(&b, w.File, w.Line, w.Column)
	b.WriteString(w.Msg.In(l))
	cell(&b, w.Cell, w.Field, l)
	return b.String()
}
