// Package enctest holds what the exchange formats' tests share: the table
// of the formats (Formats) with the golden, round-trip, decoding and fuzz
// tests that run over it, small networks with Norwegian text, a loader for
// the CSV test data, and a comparison of networks. It is imported only by
// tests.
package enctest

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/samkart/samkart/graph"
)

func date(s string) graph.Date {
	for _, l := range []string{"2006-01-02", "2006-01-02T15:04"} {
		if t, err := time.Parse(l, s); err == nil {
			return graph.DateOf(t)
		}
	}
	if s == "" {
		return graph.NoDate
	}
	panic("enctest: bad date " + s)
}

// Small returns a small municipal network with æ, ø, å, quotes, '&' and
// '<' in names and attributes, dated contacts, a multi-party meeting, an
// isolate, a unit without agency or level, and extra columns that are
// integer, decimal and text.
func Small() *graph.Network {
	return build(SmallDataset())
}

// SmallDataset returns the dataset of Small.
func SmallDataset() *graph.Dataset {
	d := graph.NewDataset("bodø")
	add := func(key, name, agency, label string, level graph.Level, mun, region, parent string, attrs ...string) int32 {
		u := graph.Unit{Key: key, Name: name, Agency: agency, AgencyLabel: label, Level: level,
			Municipality: mun, Region: region, Parent: parent}
		for i := 0; i+1 < len(attrs); i += 2 {
			if attrs[i+1] != "" {
				u.Attrs = append(u.Attrs, graph.Attr{Name: attrs[i], Value: attrs[i+1]})
			}
		}
		i, ok := d.AddUnit(u)
		if !ok {
			panic("enctest: duplicate " + key)
		}
		return i
	}
	nav := add("nav-bodø", "NAV Bodø", "nav", "NAV-kontoret", graph.LevelUnit, "Bodø", "nord", "rådmann-bodø",
		"ansatte", "85", "andel", "0.5")
	bol := add("bolig-bodø", "Boligkontoret i Bodø", "bolig", "Boligkontoret", graph.LevelUnit, "Bodø", "nord", "rådmann-bodø",
		"ansatte", "12", "andel", "0.25", "merknad", `Sier "hei" & <takk>`)
	fly := add("flyktning-bodø", "Flyktningtjenesten", "flyktning", "Flyktningtjenesten", graph.LevelUnit, "Bodø", "nord", "rådmann-bodø",
		"ansatte", "4", "andel", "1.5")
	hel := add("helse-bodø", "Helse og omsorg", "helse", "helse og omsorg", graph.LevelUnit, "Bodø", "nord", "rådmann-bodø",
		"ansatte", "250", "merknad", "Tåler æ, ø og å – og ÆØÅ")
	rad := add("rådmann-bodø", "Rådmannen i Bodø", "ledelse", "rådmannen", graph.LevelLeadership, "Bodø", "nord", "",
		"ansatte", "3")
	hus := add("husbanken-nord", "Husbanken region nord", "husbanken", "Husbanken", graph.LevelRegional, "", "nord", "",
		"ansatte", "40", "andel", "0.125")
	add("brukerråd", "Brukerrådet «Øya»", "bruker", "brukerorganisasjon", graph.LevelUser, "Bodø", "nord", "")
	ukj := add("ukjent", "Ukjent enhet & co", "", "", graph.LevelUnknown, "", "", "")

	contact := func(from, to int32, day string, kind string, w float64) {
		k := d.Kind(kind)
		d.Contacts = append(d.Contacts, graph.Contact{From: from, To: to, Date: date(day), Kind: k,
			Formal: graph.FormalByDefault(d.KindName(k)), Weight: w})
	}
	contact(nav, bol, "2011-09-14", "møte", 1)
	contact(bol, nav, "2011-09-15", "telefon", 1)
	contact(nav, bol, "2011-09-16", "epost", 0.5)
	contact(nav, bol, "2011-10-03", "epost", 0.5)
	contact(hel, nav, "2011-09-14T13:00", "møte", 2)
	contact(hus, rad, "2011-11-01", "besøk", 1)
	contact(rad, hus, "2011-11-02", "telefon", 1)
	contact(ukj, fly, "", "", 3)
	d.Meetings = append(d.Meetings,
		graph.Meeting{Key: "boligforum", Units: sorted(nav, bol, fly, hel), Date: date("2011-09-20"), Kind: d.Kind("møte"), Formal: true},
		graph.Meeting{Key: "lunsj", Units: sorted(nav, rad), Date: date("2011-09-21"), Kind: d.Kind("uformell")},
	)
	return d
}

// Tiny returns NAV and the housing office of Bodø with two contacts, for
// the examples.
func Tiny() *graph.Network {
	d := graph.NewDataset("bodø")
	nav, _ := d.AddUnit(graph.Unit{Key: "nav", Name: "NAV Bodø", Agency: "nav", Level: graph.LevelUnit, Municipality: "Bodø"})
	bol, _ := d.AddUnit(graph.Unit{Key: "bolig", Name: "Boligkontoret", Agency: "bolig", Level: graph.LevelUnit, Municipality: "Bodø"})
	day := date("2011-09-14")
	d.Contacts = append(d.Contacts,
		graph.Contact{From: nav, To: bol, Weight: 2, Date: day, Formal: true},
		graph.Contact{From: bol, To: nav, Weight: 0.5, Date: day + 24*60})
	return build(d)
}

func sorted(u ...int32) []int32 {
	sort.Slice(u, func(i, j int) bool { return u[i] < u[j] })
	return u
}

func build(d *graph.Dataset) *graph.Network {
	n, err := graph.Build(d, graph.BuildOptions{})
	if err != nil {
		panic(err)
	}
	return n
}

// Root returns the folder graph/encoding, where the shared test data is.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Lazega returns the lazega-advice dataset copied into
// graph/encoding/testdata (71 lawyers, 892 advice arcs, 717 ties).
func Lazega() (*graph.Dataset, error) {
	return LoadCSV(filepath.Join(Root(), "testdata", "lazega-advice"))
}

// LoadCSV reads units.csv and contacts.csv of a dataset folder with the
// English column names (UTF-8, comma-separated): a small test loader, not
// the importers package, which graph/encoding may not import.
func LoadCSV(dir string) (*graph.Dataset, error) {
	d := graph.NewDataset(filepath.Base(dir))
	err := readCSV(filepath.Join(dir, "units.csv"), func(rec map[string]string, extra []graph.Attr) error {
		u := graph.Unit{Key: rec["id"], Name: rec["name"], AgencyLabel: rec["agency"],
			Agency: graph.NormalizeAgency(rec["agency"]), Municipality: rec["municipality"],
			Region: rec["region"], Parent: rec["parent"], Attrs: extra}
		if u.Name == "" {
			u.Name = u.Key
		}
		l, err := graph.ParseLevelString(rec["level"])
		if err != nil {
			return fmt.Errorf("level %q: %w", rec["level"], err)
		}
		u.Level = l
		if _, ok := d.AddUnit(u); !ok {
			return fmt.Errorf("duplicate unit %q", u.Key)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readCSV(filepath.Join(dir, "contacts.csv"), func(rec map[string]string, _ []graph.Attr) error {
		from, ok1 := d.Lookup(rec["from"])
		to, ok2 := d.Lookup(rec["to"])
		if !ok1 || !ok2 {
			return fmt.Errorf("unknown unit in %v", rec)
		}
		c := graph.Contact{From: from, To: to}
		var err error
		if c.Weight, err = graph.ParseWeightString(rec["weight"], false); err != nil {
			return fmt.Errorf("weight %q: %w", rec["weight"], err)
		}
		if c.Date, err = graph.ParseDateString(rec["date"]); err != nil {
			return fmt.Errorf("date %q: %w", rec["date"], err)
		}
		d.Contacts = append(d.Contacts, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

var known = map[string]bool{"id": true, "name": true, "agency": true, "level": true, "municipality": true,
	"region": true, "parent": true, "from": true, "to": true, "weight": true, "date": true}

func readCSV(path string, row func(map[string]string, []graph.Attr) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		m := make(map[string]string)
		var extra []graph.Attr
		for i, h := range head {
			h = strings.ToLower(strings.TrimSpace(h))
			m[h] = rec[i]
			if !known[h] && rec[i] != "" {
				extra = append(extra, graph.Attr{Name: h, Value: rec[i]})
			}
		}
		if err := row(m, extra); err != nil {
			line, _ := r.FieldPos(0)
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
}

// Check says what Same compares besides the unit keys, ties and weights.
type Check struct {
	Attributes bool // every unit field and extra column
	Dates      bool // each tie's first date
}

// Same reports how got differs from want: in the units' keys (and, with
// c.Attributes, their fields and extra columns), in the ties and their
// weights, and with c.Dates in the ties' first dates. It returns nil when
// they agree.
func Same(want, got *graph.Network, c Check) error {
	var diffs []string
	wu, gu := want.Units(), got.Units()
	if len(wu) != len(gu) {
		diffs = append(diffs, fmt.Sprintf("%d units, want %d", len(gu), len(wu)))
	}
	for i := 0; i < len(wu) && i < len(gu); i++ {
		w, g := wu[i], gu[i]
		if w.Key != g.Key {
			diffs = append(diffs, fmt.Sprintf("unit %d: key %q, want %q", i, g.Key, w.Key))
			continue
		}
		if !c.Attributes {
			continue
		}
		if w.Name != g.Name || w.Agency != g.Agency || w.AgencyLabel != g.AgencyLabel || w.Level != g.Level ||
			w.Municipality != g.Municipality || w.Region != g.Region || w.Parent != g.Parent {
			diffs = append(diffs, fmt.Sprintf("unit %q:\n\tgot  %+v\n\twant %+v", w.Key, fields(g), fields(w)))
		}
		if a, b := attrs(g), attrs(w); a != b {
			diffs = append(diffs, fmt.Sprintf("unit %q: attrs %s, want %s", w.Key, a, b))
		}
	}
	wt, gt := want.Ties(), got.Ties()
	if len(wt) != len(gt) {
		diffs = append(diffs, fmt.Sprintf("%d ties, want %d", len(gt), len(wt)))
	}
	for i := 0; i < len(wt) && i < len(gt); i++ {
		w, g := wt[i], gt[i]
		if w.A != g.A || w.B != g.B {
			diffs = append(diffs, fmt.Sprintf("tie %d: %s–%s, want %s–%s", i, gu[g.A].Key, gu[g.B].Key, wu[w.A].Key, wu[w.B].Key))
			break
		}
		if w.Weight != g.Weight && math.Abs(w.Weight-g.Weight) > 1e-12*math.Abs(w.Weight) {
			diffs = append(diffs, fmt.Sprintf("tie %s–%s: weight %v, want %v", wu[w.A].Key, wu[w.B].Key, g.Weight, w.Weight))
		}
		if c.Dates && w.First != g.First {
			diffs = append(diffs, fmt.Sprintf("tie %s–%s: first %v, want %v", wu[w.A].Key, wu[w.B].Key, g.First, w.First))
		}
	}
	if len(diffs) > 0 {
		if len(diffs) > 20 {
			diffs = append(diffs[:20], fmt.Sprintf("… and %d more", len(diffs)-20))
		}
		return fmt.Errorf("%s", strings.Join(diffs, "\n"))
	}
	return nil
}

func fields(u *graph.Unit) string {
	return fmt.Sprintf("{Name:%q Agency:%q AgencyLabel:%q Level:%d Municipality:%q Region:%q Parent:%q}",
		u.Name, u.Agency, u.AgencyLabel, u.Level, u.Municipality, u.Region, u.Parent)
}

func attrs(u *graph.Unit) string {
	var s []string
	for _, a := range u.Attrs {
		s = append(s, a.Name+"="+a.Value)
	}
	sort.Strings(s)
	return strings.Join(s, "; ")
}

// Keys returns the unit keys of n, comma-separated, for table tests.
func Keys(n *graph.Network) string {
	var s []string
	for _, u := range n.Units() {
		s = append(s, u.Key)
	}
	return strings.Join(s, ",")
}

// Ties returns the ties of n as A-B:WEIGHT, comma-separated, for table
// tests.
func Ties(n *graph.Network) string {
	var s []string
	us := n.Units()
	for _, t := range n.Ties() {
		s = append(s, fmt.Sprintf("%s-%s:%v", us[t.A].Key, us[t.B].Key, t.Weight))
	}
	return strings.Join(s, ",")
}
