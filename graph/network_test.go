package graph

import (
	"math"
	"reflect"
	"testing"
	"time"
	"unsafe"

	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too

	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/topo"
)

func day(s string) Date {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return DateOf(t)
}

// testDataset has five units: three in Fjordvik (one isolated) and two
// regional; contacts in both directions, a self-contact, a zero weight and
// a meeting of three.
func testDataset() *Dataset {
	d := NewDataset("test")
	for _, u := range []Unit{
		{Key: "NAV", Agency: "nav", Level: LevelUnit, Municipality: "Fjordvik"},
		{Key: "BOL", Agency: "bolig", Level: LevelUnit, Municipality: "Fjordvik"},
		{Key: "RADM", Agency: "ledelse", Level: LevelLeadership, Municipality: "Fjordvik"},
		{Key: "HB", Agency: "husbanken", Level: LevelRegional, Region: "midt-norge"},
		{Key: "ISO", Agency: "plan", Level: LevelUnit, Municipality: "Fjordvik"},
	} {
		d.AddUnit(u)
	}
	meeting := d.Kind("møte")
	phone := d.Kind("telefon")
	d.Contacts = []Contact{
		{From: 0, To: 1, Weight: 2, Date: day("2011-01-10"), Kind: meeting, Formal: true},
		{From: 1, To: 0, Weight: 1.5, Date: day("2011-03-01"), Kind: phone},
		{From: 2, To: 3, Weight: 1, Date: day("2011-02-01"), Kind: phone},
		{From: 2, To: 2, Weight: 1, Date: day("2011-02-02")}, // self-contact: no tie
		{From: 3, To: 0, Weight: 0, Date: day("2011-02-03")}, // zero weight: no tie
	}
	d.Meetings = []Meeting{{Key: "M1", Units: []int32{0, 1, 2}, Date: day("2011-04-01"), Formal: true}}
	return d
}

func TestBuild(t *testing.T) {
	n, err := Build(testDataset(), BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Node IDs follow the keys: BOL HB ISO NAV RADM.
	var keys []string
	for _, u := range n.Units() {
		keys = append(keys, u.Key)
	}
	if got, want := keys, []string{"BOL", "HB", "ISO", "NAV", "RADM"}; !equalStrings(got, want) {
		t.Fatalf("units %v, want %v", got, want)
	}
	id := func(k string) int64 { i, _ := n.Lookup(k); return i }
	for _, tc := range []struct {
		a, b             string
		weight           float64
		contacts, meets  int32
		formal, informal int32
		multi            int32
		first, last      string
	}{
		{"NAV", "BOL", 2 + 1.5 + 0.5, 2, 1, 2, 1, 1, "2011-01-10", "2011-04-01"},
		{"NAV", "RADM", 0.5, 0, 1, 1, 0, 1, "2011-04-01", "2011-04-01"},
		{"BOL", "RADM", 0.5, 0, 1, 1, 0, 1, "2011-04-01", "2011-04-01"},
		{"RADM", "HB", 1, 1, 0, 0, 1, 0, "2011-02-01", "2011-02-01"},
	} {
		tie := n.TieBetween(id(tc.a), id(tc.b))
		if tie == nil {
			t.Errorf("no tie %s–%s", tc.a, tc.b)
			continue
		}
		if tie.Weight != tc.weight || tie.Contacts != tc.contacts || tie.Meetings != tc.meets ||
			tie.Formal != tc.formal || tie.Informal != tc.informal || tie.MultiParty != tc.multi ||
			tie.First.String() != tc.first || tie.Last.String() != tc.last {
			t.Errorf("tie %s–%s = %+v", tc.a, tc.b, *tie)
		}
	}
	if got := len(n.Ties()); got != 4 {
		t.Errorf("%d ties, want 4 (self-contact and zero weight add none)", got)
	}
	if n.Degree(id("ISO")) != 0 || n.TieBetween(id("HB"), id("NAV")) != nil {
		t.Error("zero-weight contact made a tie")
	}
	// Initiative arcs: NAV→BOL, BOL→NAV, RADM→HB.
	if got := len(n.Arcs()); got != 3 {
		t.Errorf("%d arcs, want 3", got)
	}
	if !n.Initiative().HasEdgeFromTo(id("RADM"), id("HB")) || n.Initiative().HasEdgeFromTo(id("HB"), id("RADM")) {
		t.Error("initiative arc RADM→HB wrong")
	}
	nb, _ := n.Neighbors(id("NAV"))
	if len(nb) != 2 || nb[0] >= nb[1] {
		t.Errorf("neighbours of NAV %v, want two in increasing order", nb)
	}
	if !n.Horizontal(n.TieBetween(id("NAV"), id("BOL"))) || !n.Vertical(n.TieBetween(id("RADM"), id("HB"))) {
		t.Error("horizontal/vertical classification wrong")
	}
	if !n.CrossAgency(n.TieBetween(id("NAV"), id("BOL"))) {
		t.Error("NAV–BOL should cross agencies")
	}
}

func TestBuildOptions(t *testing.T) {
	d := testDataset()
	n, _ := Build(d, BuildOptions{Projection: ProjectOne})
	a, _ := n.Lookup("NAV")
	b, _ := n.Lookup("RADM")
	if w := n.TieBetween(a, b).Weight; w != 1 {
		t.Errorf("ProjectOne weight %v, want 1", w)
	}
	n, _ = Build(d, BuildOptions{Window: Window{From: day("2011-02-01"), To: day("2011-03-31")}})
	if got := len(n.Ties()); got != 2 {
		t.Errorf("window: %d ties, want 2 (BOL–NAV by phone, RADM–HB)", got)
	}
	n, _ = Build(d, BuildOptions{Filter: Filter{Scope: "fjordvik"}})
	if n.Len() != 4 || len(n.Ties()) != 3 {
		t.Errorf("scope: %d units %d ties, want 4 and 3", n.Len(), len(n.Ties()))
	}
}

func TestInduced(t *testing.T) {
	n, _ := Build(testDataset(), BuildOptions{})
	sub := n.Scope("Fjordvik")
	if sub.Len() != 4 || len(sub.Ties()) != 3 || len(sub.Arcs()) != 2 {
		t.Fatalf("Fjordvik: %d units, %d ties, %d arcs; want 4, 3, 2", sub.Len(), len(sub.Ties()), len(sub.Arcs()))
	}
	a, _ := sub.Lookup("NAV")
	b, _ := sub.Lookup("BOL")
	if w := sub.TieBetween(a, b).Weight; w != 4 {
		t.Errorf("induced tie keeps its weight: got %v, want 4", w)
	}
}

func TestGonumViews(t *testing.T) {
	n, _ := Build(testDataset(), BuildOptions{})
	if got := len(topo.ConnectedComponents(n.Simple())); got != 2 {
		t.Errorf("%d components, want 2", got)
	}
	// Distances are 1/weight: NAV–BOL 1/4, BOL–RADM 2, NAV–RADM 2, RADM–HB 1.
	paths := path.DijkstraAllFrom(n.Distances().Node(3), n.Distances())
	hb, _ := n.Lookup("HB")
	if d := paths.WeightTo(hb); math.Abs(d-3) > 1e-12 {
		t.Errorf("distance NAV→HB %v, want 3", d)
	}
}

func TestNormalizeAgency(t *testing.T) {
	for in, want := range map[string]string{
		"NAV": "nav", "NAV-kontoret": "nav", "NAV Fjordvik": "nav", "Eiendomsavdelingen": "eiendom",
		"property": "eiendom", "Helse og omsorg": "helse", "Flyktningtjenesten": "flyktning",
		"refugee service": "flyktning", "Boligkontoret": "bolig", "Husbanken": "husbanken",
		"Rus- og psykiatritjenesten": "rus", "  Kultur  og  idrett ": "kultur og idrett", "": "",
	} {
		if got := NormalizeAgency(in); got != want {
			t.Errorf("NormalizeAgency(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDate(t *testing.T) {
	d := DateOf(time.Date(2011, 9, 14, 13, 0, 0, 0, time.UTC))
	if d.String() != "2011-09-14T13:00" || day("2011-09-14").String() != "2011-09-14" {
		t.Errorf("Date strings: %s %s", d, day("2011-09-14"))
	}
	if d.Day()-day("1970-01-01").Day() != 15231 {
		t.Errorf("Day() = %d", d.Day())
	}
	if NoDate.Valid() || NoDate.String() != "" {
		t.Error("NoDate")
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestBuilderChunks checks that a Builder fed contacts in pieces builds the
// network Build builds, and counts the contacts.
func TestBuilderChunks(t *testing.T) {
	d := testDataset()
	want, err := Build(d, BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for size := 1; size <= len(d.Contacts); size++ {
		b := NewBuilder(d, BuildOptions{})
		for i := 0; i < len(d.Contacts); i += size {
			b.Add(d.Contacts[i:min(i+size, len(d.Contacts))])
		}
		got, err := b.Network()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Ties(), want.Ties()) || !reflect.DeepEqual(got.Arcs(), want.Arcs()) ||
			*got.ContactStats() != *want.ContactStats() {
			t.Errorf("pieces of %d: got ties %v arcs %v, want %v %v", size, got.Ties(), got.Arcs(), want.Ties(), want.Arcs())
		}
	}
	s := want.ContactStats()
	if s.Contacts != 5 || s.Formal != 1 || s.Informal != 4 || s.ByKind[d.Kind("telefon")] != 2 ||
		s.First != day("2011-01-10") || s.Last != day("2011-03-01") {
		t.Errorf("contact stats %+v", *s)
	}
	// A subgraph recounts from the records.
	if sub := want.Scope("Fjordvik"); sub.ContactStats().Contacts != 3 {
		t.Errorf("Fjordvik counts %d contacts, want 3 (NAV–BOL twice, RADM with itself)", sub.ContactStats().Contacts)
	}
	b := NewBuilder(d, BuildOptions{})
	b.Add([]Contact{{From: 0, To: 9, Weight: 1}})
	if _, err := b.Network(); err == nil {
		t.Error("a contact with unit 9 of 5 built a network")
	}
}

// TestTieAccSize keeps a tie accumulator in one cache line.
func TestTieAccSize(t *testing.T) {
	if s := unsafe.Sizeof(tieAcc{}); s != 64 {
		t.Errorf("tieAcc is %d bytes, want 64", s)
	}
}

// TestBuildInfiniteWeight checks that a dataset made by hand whose
// weights add up to an infinity is refused, not turned into a network.
func TestBuildInfiniteWeight(t *testing.T) {
	d := NewDataset("x")
	d.AddUnit(Unit{Key: "a"})
	d.AddUnit(Unit{Key: "b"})
	d.Contacts = []Contact{{From: 0, To: 1, Weight: 1e308, Line: 2}, {From: 1, To: 0, Weight: 1e308, Line: 3}}
	if n, err := Build(d, BuildOptions{}); err == nil {
		t.Errorf("Build gave a network with ties %+v; want an error", n.Ties())
	}
}
