package examples

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/samkart/samkart/graph"
)

// These tests read the embedded files with encoding/csv only, so that they
// check the data independently of the importers package.

var files = []string{"units.csv", "contacts.csv", "meetings.csv", "municipalities.csv", "expected.csv"}

// aliases maps a header (lower case) to its English name, per file, as
// package importers reads the headers.
var aliases = map[string]map[string]string{
	"units.csv": {"id": "id", "enhet_id": "id", "name": "name", "navn": "name", "agency": "agency", "etat": "agency",
		"level": "level", "nivå": "level", "municipality": "municipality", "kommune": "municipality",
		"region": "region", "parent": "parent", "overordnet": "parent"},
	"contacts.csv": {"from": "from", "fra": "from", "to": "to", "til": "to", "date": "date", "dato": "date",
		"kind": "kind", "type": "kind", "formal": "formal", "formell": "formal", "weight": "weight", "vekt": "weight"},
	"meetings.csv": {"meeting": "meeting", "møte": "meeting", "unit": "unit", "enhet": "unit", "date": "date",
		"dato": "date", "kind": "kind", "type": "kind", "formal": "formal", "formell": "formal"},
	"municipalities.csv": {"municipality": "municipality", "kommune": "municipality", "region": "region",
		"programme": "programme", "program": "programme", "population": "population", "folketall": "population"},
	"expected.csv": {"a": "a", "b": "b", "min_weight": "min_weight", "min_vekt": "min_weight",
		"scope": "scope", "kommune": "scope"},
	"survey.csv": {"respondent": "respondent", "alter": "alter", "frequency": "frequency", "hyppighet": "frequency",
		"quality": "quality", "kvalitet": "quality", "trust": "trust", "tillit": "trust", "value": "value", "verdi": "value",
		"round": "round", "runde": "round"},
}

// required lists the columns each file must have.
var required = map[string][]string{
	"units.csv":          {"id"},
	"contacts.csv":       {"from", "to"},
	"meetings.csv":       {"meeting", "unit"},
	"municipalities.csv": {"municipality"},
	"expected.csv":       {"a", "b"},
	"survey.csv":         {"respondent", "alter", "frequency"},
}

// table is one CSV file with its header mapped to English names.
type table struct {
	file   string
	header []string // English names, in file order
	col    map[string]int
	rows   [][]string
	line   []int
	comma  rune
}

func (t *table) get(r int, name string) string {
	if i, ok := t.col[name]; ok {
		return t.rows[r][i]
	}
	return ""
}

func (t *table) pos(r int) string { return fmt.Sprintf("%s:%d", t.file, t.line[r]) }

// readTable reads one file of a dataset: Windows-1252 when it is not UTF-8,
// ';' when the header has one, ',' otherwise.
func readTable(t *testing.T, dataset, name string) *table {
	t.Helper()
	b, err := fs.ReadFile(FS, path.Join(dataset, name))
	if err != nil {
		return nil
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		if b, err = charmap.Windows1252.NewDecoder().Bytes(b); err != nil {
			t.Fatalf("%s/%s: %v", dataset, name, err)
		}
	}
	first, _, _ := bytes.Cut(b, []byte("\n"))
	comma := ','
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		comma = ';'
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comma = comma
	tb := &table{file: dataset + "/" + name, col: map[string]int{}, comma: comma}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", tb.file, err)
		}
		line, _ := cr.FieldPos(0)
		if tb.header == nil {
			for i, h := range rec {
				h = strings.ToLower(strings.TrimSpace(h))
				if a, ok := aliases[name][h]; ok {
					h = a
				}
				if _, dup := tb.col[h]; dup {
					t.Errorf("%s: column %q twice", tb.file, h)
				}
				tb.col[h] = i
				tb.header = append(tb.header, h)
			}
			continue
		}
		tb.rows = append(tb.rows, rec)
		tb.line = append(tb.line, line)
	}
	for _, c := range required[name] {
		if _, ok := tb.col[c]; !ok {
			t.Errorf("%s: no %q column", tb.file, c)
		}
	}
	return tb
}

var dateLayouts = []string{"2006-01-02", "2006-01-02T15:04", "02.01.2006", "02.01.2006 15:04"}

func parseDate(s string) (time.Time, error) {
	for _, l := range dateLayouts {
		if d, err := time.Parse(l, s); err == nil {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want 2011-09-14, 2011-09-14T13:00, 14.09.2011 or 14.09.2011 13:00", s)
}

func parseNumber(s string, comma rune) (float64, error) {
	if comma == ';' {
		s = strings.Replace(s, ",", ".", 1)
	}
	return strconv.ParseFloat(s, 64)
}

var yesNo = map[string]string{"": "", "yes": "yes", "no": "no", "ja": "yes", "nei": "no", "true": "yes", "false": "no"}

var levelWords = map[string]string{
	"nasjonal": "1", "national": "1", "regional": "2", "ledelse": "3", "leadership": "3",
	"enhet": "4", "unit": "4", "førstelinje": "5", "frontline": "5", "bruker": "6", "user": "6",
}

func parseLevel(s string) (int, error) {
	if w, ok := levelWords[strings.ToLower(s)]; ok {
		s = w
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 6 {
		return 0, fmt.Errorf("level %q: want 1-6 or nasjonal, regional, ledelse, enhet, førstelinje, bruker", s)
	}
	return n, nil
}

var knownKinds = map[string]bool{"meeting": true, "phone": true, "email": true, "case": true,
	"informal": true, "visit": true, "seminar": true, "agreement": true}

func TestNames(t *testing.T) {
	want := []string{"excel", "kommune", "krackhardt", "region", "survey"}
	if got := Names(); !reflect.DeepEqual(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	found := false
	for _, n := range Names() {
		found = found || n == Default
	}
	if !found {
		t.Errorf("Default %q is not among Names()", Default)
	}
	for _, n := range append(Names(), ".") {
		if _, err := fs.Stat(FS, path.Join(n, "README.md")); err != nil {
			t.Errorf("%s: no README.md", n)
		}
	}
}

// TestDatasets checks every file of every example: it parses, its
// references resolve, and its values are valid.
func TestDatasets(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			checkDataset(t, name)
		})
	}
}

func checkDataset(t *testing.T, name string) {
	units := readTable(t, name, "units.csv")
	if units == nil || len(units.rows) == 0 {
		t.Fatalf("%s: no units", name)
	}
	ids := map[string]int{}
	agencies := map[string]bool{}
	levels := map[int]bool{}
	munis := map[string]bool{}
	for r := range units.rows {
		id := units.get(r, "id")
		if id == "" {
			t.Errorf("%s: empty id", units.pos(r))
		}
		if prev, dup := ids[id]; dup {
			t.Errorf("%s: id %q also on line %d", units.pos(r), id, units.line[prev])
		}
		ids[id] = r
		agencies[graph.NormalizeAgency(units.get(r, "agency"))] = true
		if l := units.get(r, "level"); l != "" {
			n, err := parseLevel(l)
			if err != nil {
				t.Errorf("%s: %v", units.pos(r), err)
			}
			levels[n] = true
		}
		if m := units.get(r, "municipality"); m != "" {
			munis[m] = true
		}
	}
	for r := range units.rows {
		if p := units.get(r, "parent"); p != "" {
			if _, ok := ids[p]; !ok {
				t.Errorf("%s: parent %q is not a unit", units.pos(r), p)
			}
			if p == units.get(r, "id") {
				t.Errorf("%s: unit is its own parent", units.pos(r))
			}
		}
	}
	unit := func(tb *table, r int, col string) {
		if v := tb.get(r, col); v == "" {
			t.Errorf("%s: empty %s", tb.pos(r), col)
		} else if _, ok := ids[v]; !ok {
			t.Errorf("%s: %s %q is not a unit", tb.pos(r), col, v)
		}
	}
	record := func(tb *table, r int) {
		if v := tb.get(r, "date"); v != "" {
			if _, err := parseDate(v); err != nil {
				t.Errorf("%s: %v", tb.pos(r), err)
			}
		}
		if v := tb.get(r, "kind"); v != "" && !knownKinds[graph.NormalizeKind(v)] {
			t.Errorf("%s: kind %q is not a known kind", tb.pos(r), v)
		}
		if _, ok := yesNo[strings.ToLower(tb.get(r, "formal"))]; !ok {
			t.Errorf("%s: formal %q: want yes/no or ja/nei", tb.pos(r), tb.get(r, "formal"))
		}
	}
	if c := readTable(t, name, "contacts.csv"); c != nil {
		for r := range c.rows {
			unit(c, r, "from")
			unit(c, r, "to")
			record(c, r)
			if c.get(r, "from") == c.get(r, "to") {
				t.Errorf("%s: self-contact", c.pos(r))
			}
			if v := c.get(r, "weight"); v != "" {
				if w, err := parseNumber(v, c.comma); err != nil || !(w > 0) {
					t.Errorf("%s: weight %q: want a positive number", c.pos(r), v)
				}
			}
		}
	}
	if m := readTable(t, name, "meetings.csv"); m != nil {
		date := map[string]string{}
		seen := map[[2]string]bool{}
		for r := range m.rows {
			unit(m, r, "unit")
			record(m, r)
			id := m.get(r, "meeting")
			if d, ok := date[id]; ok && d != m.get(r, "date") {
				t.Errorf("%s: meeting %s on %s and %s", m.pos(r), id, d, m.get(r, "date"))
			}
			date[id] = m.get(r, "date")
			k := [2]string{id, m.get(r, "unit")}
			if seen[k] {
				t.Errorf("%s: %s twice at meeting %s", m.pos(r), k[1], id)
			}
			seen[k] = true
		}
	}
	if m := readTable(t, name, "municipalities.csv"); m != nil {
		for r := range m.rows {
			if !munis[m.get(r, "municipality")] {
				t.Errorf("%s: municipality %q has no units", m.pos(r), m.get(r, "municipality"))
			}
			if _, ok := yesNo[strings.ToLower(m.get(r, "programme"))]; !ok {
				t.Errorf("%s: programme %q: want yes/no or ja/nei", m.pos(r), m.get(r, "programme"))
			}
			for _, h := range m.header {
				if h == "municipality" || h == "region" || h == "programme" {
					continue
				}
				if _, err := parseNumber(m.get(r, h), m.comma); err != nil {
					t.Errorf("%s: %s %q is not a number", m.pos(r), h, m.get(r, h))
				}
			}
		}
	}
	if e := readTable(t, name, "expected.csv"); e != nil {
		for r := range e.rows {
			for _, col := range []string{"a", "b"} {
				v := e.get(r, col)
				switch {
				case strings.HasPrefix(v, "agency:"):
					if !agencies[graph.NormalizeAgency(v[len("agency:"):])] {
						t.Errorf("%s: %s %q: no unit of that agency", e.pos(r), col, v)
					}
				case strings.HasPrefix(v, "level:"):
					n, err := parseLevel(v[len("level:"):])
					if err != nil || !levels[n] {
						t.Errorf("%s: %s %q: no unit at that level", e.pos(r), col, v)
					}
				default:
					unit(e, r, col)
				}
			}
			if v := e.get(r, "min_weight"); v != "" {
				if w, err := parseNumber(v, e.comma); err != nil || !(w > 0) {
					t.Errorf("%s: min_weight %q: want a positive number", e.pos(r), v)
				}
			}
			if s := e.get(r, "scope"); s != "" && !munis[s] {
				t.Errorf("%s: scope %q is not a municipality of the units", e.pos(r), s)
			}
		}
	}
	checkSurvey(t, name, ids)
}

// fromExcel maps a value of the excel copy back to the form kommune uses.
func fromExcel(col, v string) string {
	switch col {
	case "date":
		if d, err := parseDate(v); err == nil {
			if strings.Contains(v, ":") {
				return d.Format("2006-01-02T15:04")
			}
			return d.Format("2006-01-02")
		}
	case "kind":
		return graph.NormalizeKind(v)
	case "formal", "programme":
		return yesNo[v]
	case "weight", "min_weight":
		return strings.Replace(v, ",", ".", 1)
	case "level":
		if n, ok := levelWords[v]; ok {
			return n
		}
	}
	return v
}

// TestExcelMatchesKommune checks that excel/ holds exactly the rows of
// kommune/, as Norwegian Excel writes them.
func TestExcelMatchesKommune(t *testing.T) {
	for _, f := range files {
		k, x := readTable(t, "kommune", f), readTable(t, "excel", f)
		if (k == nil) != (x == nil) {
			t.Errorf("%s: in kommune %v, in excel %v", f, k != nil, x != nil)
			continue
		}
		if k == nil {
			continue
		}
		if x.comma != ';' {
			t.Errorf("excel/%s: delimiter %q, want ';'", f, x.comma)
		}
		raw, _ := fs.ReadFile(FS, "excel/"+f)
		if n := bytes.Count(raw, []byte("\n")); bytes.Count(raw, []byte("\r\n")) != n {
			t.Errorf("excel/%s: not every line ends in CRLF", f)
		}
		if !reflect.DeepEqual(k.header, x.header) {
			t.Errorf("%s: headers %v and %v", f, k.header, x.header)
			continue
		}
		if len(k.rows) != len(x.rows) {
			t.Errorf("%s: %d rows in kommune, %d in excel", f, len(k.rows), len(x.rows))
			continue
		}
		for r := range k.rows {
			for i, col := range k.header {
				if got, want := fromExcel(col, x.rows[r][i]), k.rows[r][i]; got != want {
					t.Errorf("%s: %s %q reads as %q, kommune has %q", x.pos(r), col, x.rows[r][i], got, want)
				}
			}
		}
	}
	// The Windows-1252 bytes of æ, ø and å must be there, not UTF-8.
	raw, _ := fs.ReadFile(FS, "excel/units.csv")
	if !bytes.Contains(raw, []byte("niv\xe5")) || bytes.Contains(raw, []byte("Ø")) {
		t.Errorf("excel/units.csv is not Windows-1252")
	}
}

// pairs holds, for each unordered pair of units, the days they were in
// contact (contacts and meetings) and the tie weight with the 1/(k−1)
// projection of meetings.
type pairs struct {
	days   map[[2]string][]int
	weight map[[2]string]float64
	last   int
}

func key(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func day(s string) int {
	d, err := parseDate(s)
	if err != nil {
		panic(err)
	}
	return int(d.Unix() / 86400)
}

func iso(n int) string { return time.Unix(int64(n)*86400, 0).UTC().Format("2006-01-02") }

func loadPairs(t *testing.T, name string) *pairs {
	p := &pairs{days: map[[2]string][]int{}, weight: map[[2]string]float64{}}
	c := readTable(t, name, "contacts.csv")
	for r := range c.rows {
		k := key(c.get(r, "from"), c.get(r, "to"))
		w, _ := parseNumber(c.get(r, "weight"), c.comma)
		p.weight[k] += w
		p.days[k] = append(p.days[k], day(c.get(r, "date")))
	}
	m := readTable(t, name, "meetings.csv")
	at := map[string][]string{}
	when := map[string]int{}
	var order []string
	for r := range m.rows {
		id := m.get(r, "meeting")
		if _, ok := at[id]; !ok {
			order = append(order, id)
		}
		at[id] = append(at[id], m.get(r, "unit"))
		when[id] = day(m.get(r, "date"))
	}
	for _, id := range order {
		us := at[id]
		for i := range us {
			for j := i + 1; j < len(us); j++ {
				k := key(us[i], us[j])
				p.weight[k] += 1 / float64(len(us)-1)
				p.days[k] = append(p.days[k], when[id])
			}
		}
	}
	for k, ds := range p.days {
		sort.Ints(ds)
		p.days[k] = ds
		if ds[len(ds)-1] > p.last {
			p.last = ds[len(ds)-1]
		}
	}
	return p
}

// between returns the contact days of a and b in [from, to].
func (p *pairs) between(a, b, from, to string) []string {
	var out []string
	for _, d := range p.days[key(a, b)] {
		if d >= day(from) && d <= day(to) {
			out = append(out, iso(d))
		}
	}
	return out
}

func median(xs []int) float64 {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func intervals(ds []int) []int {
	var out []int
	for i := 1; i < len(ds); i++ {
		if ds[i] != ds[i-1] {
			out = append(out, ds[i]-ds[i-1])
		}
	}
	return out
}

// TestKommunePlanted checks the raw facts behind the findings planted in
// kommune (see kommune/README.md), independently of the gaps analysis.
func TestKommunePlanted(t *testing.T) {
	for _, name := range []string{"kommune", "excel"} {
		t.Run(name, func(t *testing.T) { checkKommunePlanted(t, name) })
	}
}

func checkKommunePlanted(t *testing.T, name string) {
	p := loadPairs(t, name)
	units := readTable(t, name, "units.csv")
	agency := map[string]string{}
	level := map[string]int{}
	for r := range units.rows {
		agency[units.get(r, "id")] = graph.NormalizeAgency(units.get(r, "agency"))
		level[units.get(r, "id")], _ = parseLevel(units.get(r, "level"))
	}
	if got := iso(p.last); got != "2011-06-30" {
		t.Errorf("last date %s, want 2011-06-30", got)
	}
	for k := range p.days {
		a, b := agency[k[0]], agency[k[1]]
		// (a) NAV and flyktningtjenesten: no tie at all.
		if a == "nav" && b == "flyktning" || a == "flyktning" && b == "nav" {
			t.Errorf("(a) %s and %s are tied", k[0], k[1])
		}
		// (c) rus og psykiatri has no tie to any leadership unit.
		if k[0] == "FJV-RUS" && level[k[1]] == 3 || k[1] == "FJV-RUS" && level[k[0]] == 3 {
			t.Errorf("(c) %s and %s are tied", k[0], k[1])
		}
	}
	// (b) flyktningtjenesten–boligkontoret: weight 5 against min_weight 12.
	if w := p.weight[key("FJV-FLY", "FJV-BOL")]; w != 5 {
		t.Errorf("(b) FJV-FLY–FJV-BOL weight %g, want 5", w)
	}
	// (d) both advisers at boligkontoret in one week, apart from each other.
	if got := p.between("HB-MIDT-R01", "FJV-BOL", "2011-02-24", "2011-03-24"); !reflect.DeepEqual(got, []string{"2011-03-08"}) {
		t.Errorf("(d) R01 at FJV-BOL: %v", got)
	}
	if got := p.between("HB-MIDT-R02", "FJV-BOL", "2011-02-24", "2011-03-24"); !reflect.DeepEqual(got, []string{"2011-03-10"}) {
		t.Errorf("(d) R02 at FJV-BOL: %v", got)
	}
	if got := p.between("HB-MIDT-R01", "HB-MIDT-R02", "2011-02-28", "2011-03-18"); got != nil {
		t.Errorf("(d) R01 and R02 in contact on %v", got)
	}
	// Near misses: the same pattern, but the two talked in between.
	for _, nm := range []struct{ a, b, target, d1, mid, d2 string }{
		{"FJV-NAV-V1", "FJV-NAV-V2", "FJV-BOL-S1", "2011-05-03", "2011-05-04", "2011-05-05"},
		{"HB-MIDT-R01", "HB-MIDT-R02", "FJV-EIE", "2010-11-09", "2010-11-10", "2010-11-11"},
	} {
		if p.between(nm.a, nm.target, nm.d1, nm.d1) == nil || p.between(nm.b, nm.target, nm.d2, nm.d2) == nil ||
			p.between(nm.a, nm.b, nm.mid, nm.mid) == nil {
			t.Errorf("near miss %s/%s -> %s is not in the data", nm.a, nm.b, nm.target)
		}
	}
	// (e) flyktningtjenesten–eiendom: fortnightly, then silent from 09.02.2011.
	fe := p.days[key("FJV-FLY", "FJV-EIE")]
	if got := iso(fe[len(fe)-1]); got != "2011-02-09" || median(intervals(fe)) != 14 {
		t.Errorf("(e) FJV-FLY–FJV-EIE: last %s, median interval %g", got, median(intervals(fe)))
	}
	// Near misses: fortnightly to the end, weekly to the last day, yearly.
	if nb := p.days[key("FJV-NAV", "FJV-BOL")]; median(intervals(nb)) > 14 || p.last-nb[len(nb)-1] > 14 {
		t.Errorf("FJV-NAV–FJV-BOL: median interval %g, silent %d days", median(intervals(nb)), p.last-nb[len(nb)-1])
	}
	if be := p.days[key("FJV-BOL", "FJV-EIE")]; be[len(be)-1] != p.last {
		t.Errorf("FJV-BOL–FJV-EIE: last contact %s, want the last date", iso(be[len(be)-1]))
	}
	if got := intervals(p.days[key("IMDI", "FJV-FLY")]); !reflect.DeepEqual(got, []int{364}) {
		t.Errorf("IMDI–FJV-FLY: intervals %v, want one year", got)
	}
	for k := range p.days {
		if (k[0] == "IMDI" || k[1] == "IMDI") && k != key("IMDI", "FJV-FLY") {
			t.Errorf("IMDI tied to %v", k)
		}
	}
}

// TestRegionPlanted checks the raw facts behind region/README.md.
func TestRegionPlanted(t *testing.T) {
	p := loadPairs(t, "region")
	for k, ds := range p.days {
		for _, d := range ds {
			if (k[0] == "HAV-NAV-V1" || k[1] == "HAV-NAV-V1") && d > day("2010-12-17") {
				t.Errorf("HAV-NAV-V1 in contact with %v on %s, after leaving", k, iso(d))
			}
			if (k[0] == "HAV-NAV-V3" || k[1] == "HAV-NAV-V3") && d < day("2011-02-01") {
				t.Errorf("HAV-NAV-V3 in contact with %v on %s, before starting", k, iso(d))
			}
		}
		if (k[0] == "MYR-RAD" && strings.HasPrefix(k[1], "HB")) || (k[1] == "MYR-RAD" && strings.HasPrefix(k[0], "HB")) {
			t.Errorf("Myrstad's rådmann is tied to %v", k)
		}
	}
	if got := p.between("HB-MIDT-R03", "LYS-BOL", "2010-10-04", "2010-11-05"); !reflect.DeepEqual(got, []string{"2010-10-19"}) {
		t.Errorf("R03 at LYS-BOL: %v", got)
	}
	if got := p.between("HB-MIDT-R04", "LYS-BOL", "2010-10-04", "2010-11-05"); !reflect.DeepEqual(got, []string{"2010-10-21"}) {
		t.Errorf("R04 at LYS-BOL: %v", got)
	}
	if got := p.between("HB-MIDT-R03", "HB-MIDT-R04", "2010-10-11", "2010-10-29"); got != nil {
		t.Errorf("R03 and R04 in contact on %v", got)
	}
	if _, ok := p.days[key("HAV-NAV-V1", "HAV-NAV-V3")]; ok {
		t.Errorf("HAV-NAV-V1 and her successor V3 are tied")
	}
}
