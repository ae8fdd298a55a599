package metrics

import (
	"math"
	"reflect"
	"testing"

	"github.com/samkart/samkart/graph"
)

// teamNetwork is a small dataset with an extra units.csv column (team),
// contact kinds and a meeting:
//
//	a → b phone (weight 2), b → a phone, a → c email, c → d phone (formal),
//	meeting of a, b and d (kind meeting, formal by default).
func teamNetwork(t *testing.T) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("teams")
	for _, u := range []struct{ key, team, parent string }{{"a", "red", ""}, {"b", "red", "a"}, {"c", "", "a"}, {"d", "blue", "c"}} {
		unit := graph.Unit{Key: u.key, Parent: u.parent}
		if u.team != "" {
			unit.Attrs = []graph.Attr{{Name: "Team", Value: u.team}}
		}
		ds.AddUnit(unit)
	}
	phone, email, meeting := ds.Kind("telefon"), ds.Kind("e-post"), ds.Kind("møte")
	ds.Contacts = []graph.Contact{
		{From: 0, To: 1, Weight: 2, Kind: phone, Date: graph.NoDate},
		{From: 1, To: 0, Weight: 1, Kind: phone, Date: graph.NoDate},
		{From: 0, To: 2, Weight: 1, Kind: email, Date: graph.NoDate},
		{From: 2, To: 3, Weight: 1, Kind: phone, Formal: true, Date: graph.NoDate},
	}
	ds.Meetings = []graph.Meeting{{Key: "m", Units: []int32{0, 1, 3}, Kind: meeting, Formal: true, Date: graph.NoDate}}
	n, err := graph.Build(ds, graph.BuildOptions{Window: graph.All})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPartitionByColumn(t *testing.T) {
	n := teamNetwork(t)
	for _, c := range []struct {
		column string
		want   Partition
	}{
		{"team", Partition{Name: "team", Groups: []string{"blue", "red"}, Of: []int32{1, 1, -1, 0}}},
		{"TEAM", Partition{Name: "TEAM", Groups: []string{"blue", "red"}, Of: []int32{1, 1, -1, 0}}},
		{"parent", Partition{Name: "parent", Groups: []string{"a", "c"}, Of: []int32{-1, 0, 0, 1}}},
		{"overordnet", Partition{Name: "parent", Groups: []string{"a", "c"}, Of: []int32{-1, 0, 0, 1}}},
		{"nosuch", Partition{Name: "nosuch", Of: []int32{-1, -1, -1, -1}}},
		{"etat", Partition{Name: "agency", Of: []int32{-1, -1, -1, -1}}},
	} {
		if got := PartitionByColumn(n, c.column); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %+v, want %+v", c.column, got, c.want)
		}
	}
	keys := []string{"10", "9", "010", "x"}
	sortGroupKeys(keys)
	if want := []string{"010", "10", "9", "x"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("mixed keys sort as text: %v, want %v", keys, want)
	}
	keys = []string{"10", "9", "010", "-1"}
	sortGroupKeys(keys)
	if want := []string{"-1", "9", "010", "10"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("integer keys: %v, want %v", keys, want)
	}
}

func TestRelationNamed(t *testing.T) {
	n := teamNetwork(t)
	third := 1.0 / 2 // meeting of three: 1/(k−1) per pair
	for _, c := range []struct {
		name string
		want [][]float64 // over a, b, c, d
	}{
		{"ties", [][]float64{{0, 3 + third, 1, third}, {3 + third, 0, 0, third}, {1, 0, 0, 1}, {third, third, 1, 0}}},
		{"ties-binary", [][]float64{{0, 1, 1, 1}, {1, 0, 0, 1}, {1, 0, 0, 1}, {1, 1, 1, 0}}},
		{"arcs", [][]float64{{0, 2, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}}},
		{"arcs-binary", [][]float64{{0, 1, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}}},
		{"formal", [][]float64{{0, 1, 0, 1}, {1, 0, 0, 1}, {0, 0, 0, 1}, {1, 1, 1, 0}}},
		{"informal", [][]float64{{0, 2, 1, 0}, {2, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 0}}},
		{"kind:phone", [][]float64{{0, 3, 0, 0}, {3, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}}},
		{"kind:Telefon-binary", [][]float64{{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}}},
		{"kind:meeting", [][]float64{{0, third, 0, third}, {third, 0, 0, third}, {0, 0, 0, 0}, {third, third, 0, 0}}},
		{"kind:visit", [][]float64{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}},
		{"same-team", [][]float64{{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}},
		{"same-parent", [][]float64{{0, 0, 0, 0}, {0, 0, 1, 0}, {0, 1, 0, 0}, {0, 0, 0, 0}}},
	} {
		r, err := RelationNamed(n, c.name)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := denseOf(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
		if sym := c.name != "arcs" && c.name != "arcs-binary"; r.Symmetric != sym {
			t.Errorf("%s: Symmetric = %v", c.name, r.Symmetric)
		}
	}
}

// TestKindRelationWithoutRecords checks that a network whose contact
// records were not kept cannot give a kind relation.
func TestKindRelationWithoutRecords(t *testing.T) {
	n := teamNetwork(t)
	n.Data.Contacts = nil
	if _, err := KindRelation(n, "phone", false); err == nil {
		t.Error("no error without contact records")
	}
}

func TestEgoComposition(t *testing.T) {
	n := teamNetwork(t)
	c := EgoComposition(n, PartitionByColumn(n, "team"))
	// a's contacts b (red), c (none), d (blue): known 2, Blau 1 − ½ = ½.
	if c.Known[0] != 2 || !reflect.DeepEqual(c.Counts[0], []GroupCount{{0, 1}, {1, 1}}) || c.Blau[0] != 0.5 {
		t.Errorf("a: known %d, counts %v, Blau %v", c.Known[0], c.Counts[0], c.Blau[0])
	}
	if c.Share(0, 1) != 0.5 || c.Share(1, 0) != 0.5 {
		t.Errorf("shares %v %v", c.Share(0, 1), c.Share(1, 0))
	}
	// c's contacts a (red) and d (blue).
	if c.Known[2] != 2 || c.Blau[2] != 0.5 {
		t.Errorf("c: known %d, Blau %v", c.Known[2], c.Blau[2])
	}
	n = literalNet(t, []unitSpec{{key: "x"}, {key: "y", agency: "nav"}}, nil)
	c = EgoComposition(n, PartitionBy(n, ByAgency))
	if c.Known[0] != 0 || !math.IsNaN(c.Blau[0]) || !math.IsNaN(c.Share(0, 0)) {
		t.Errorf("isolate: known %d, Blau %v", c.Known[0], c.Blau[0])
	}
}
