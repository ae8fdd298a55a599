package text

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
)

// compareDataset builds three municipalities in two regions:
//
//   - A1 (region a, programme, population 1000): NAV, the housing office
//     (level 4) and the leadership (level 3), all at one meeting, and one
//     informal phone call from NAV to the housing office: a triangle.
//   - A2 (region a, not in a programme, population 2000): NAV and the
//     property department (level 4), the leadership (level 3); only NAV
//     and the leadership are tied, by one formal contact.
//   - B1 (region b, programme, population 500): a lone NAV office.
func compareDataset(t testing.TB) *graph.Network {
	t.Helper()
	ds := graph.NewDataset("cmp")
	add := func(key, agency string, level graph.Level, mun string) int32 {
		i, ok := ds.AddUnit(graph.Unit{Key: key, Name: key + " name", Agency: agency, AgencyLabel: agency, Level: level, Municipality: mun})
		if !ok {
			t.Fatalf("duplicate %s", key)
		}
		return i
	}
	a1nav := add("a1-nav", "nav", 4, "A1")
	a1bol := add("a1-bol", "bolig", 4, "A1")
	a1led := add("a1-led", "ledelse", 3, "A1")
	a2nav := add("a2-nav", "nav", 4, "A2")
	add("a2-eie", "eiendom", 4, "A2")
	a2led := add("a2-led", "ledelse", 3, "A2")
	add("b1-nav", "nav", 4, "B1")
	day := graph.DateOf(time.Date(2011, 3, 1, 0, 0, 0, 0, time.UTC))
	ds.Contacts = []graph.Contact{
		{From: a1nav, To: a1bol, Weight: 1, Date: day, Kind: ds.Kind("phone"), Formal: false},
		{From: a2nav, To: a2led, Weight: 1, Date: day, Kind: ds.Kind("meeting"), Formal: true},
	}
	ds.Meetings = []graph.Meeting{{Key: "m1", Units: []int32{a1nav, a1bol, a1led}, Date: day, Kind: ds.Kind("meeting"), Formal: true}}
	ds.Municipalities = []graph.Municipality{
		{Name: "A1", Region: "a", Programme: graph.Yes, Numbers: []graph.Num{{Name: "population", Value: 1000}}},
		{Name: "A2", Region: "a", Programme: graph.No, Numbers: []graph.Num{{Name: "population", Value: 2000}}},
		{Name: "B1", Region: "b", Programme: graph.Yes, Numbers: []graph.Num{{Name: "population", Value: 500}}},
	}
	n, err := graph.Build(ds, graph.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCompareJSON(t *testing.T) {
	c := compare.Municipalities(compareDataset(t), compare.Options{})
	var b bytes.Buffer
	if err := WriteComparisonJSON(&b, c, Suppression{}); err != nil {
		t.Fatal(err)
	}
	raw := b.Bytes()
	var v struct {
		Municipalities []map[string]any `json:"municipalities"`
		Regions        []map[string]any `json:"regions"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%v\n%s", err, raw)
	}
	b1 := v.Municipalities[2]
	if b1["municipality"] != "B1" || b1["region"] != "b" || b1["programme"] != true {
		t.Errorf("B1: %v", b1)
	}
	if b1["fragmentation"] != nil || b1["units"] != 1.0 {
		t.Errorf("B1 fragmentation %v (want null), units %v", b1["fragmentation"], b1["units"])
	}
	if pop := b1["columns"].(map[string]any)["population"]; pop != 500.0 {
		t.Errorf("B1 population %v", pop)
	}
	if r := b1["rank"].(map[string]any); r["units"] != 1.0 || r["fragmentation"] != nil {
		t.Errorf("B1 ranks %v", r)
	}
	if v.Regions[0]["region"] != "a" || v.Regions[0]["municipalities"] != 2.0 {
		t.Errorf("region a: %v", v.Regions[0])
	}
	if strings.Contains(string(raw), "NaN") {
		t.Errorf("NaN in JSON: %s", raw)
	}
}

func TestCompareTable(t *testing.T) {
	c := compare.Municipalities(compareDataset(t), compare.Options{})
	tb := CompareTable(c, Suppression{})
	if len(tb.Rows) != 3 {
		t.Fatalf("%d rows", len(tb.Rows))
	}
	col := map[string]int{}
	for i, c := range tb.Columns {
		if _, dup := col[c.Key]; dup {
			t.Errorf("duplicate column %s", c.Key)
		}
		col[c.Key] = i
	}
	for _, k := range []string{"municipality", "region", "programme", "population", "density", "density_rank", "density_diff_median", "key_player"} {
		if _, ok := col[k]; !ok {
			t.Errorf("no column %s", k)
		}
	}
	row := tb.Rows[1] // A2
	if row[col["units"]] != 3 || row[col["gaps_horizontal"]] != 1 || row[col["key_player"]] != "a2-led" {
		t.Errorf("A2 row %v", row)
	}
	for _, r := range tb.Rows {
		if len(r) != len(tb.Columns) {
			t.Errorf("row of %d cells for %d columns", len(r), len(tb.Columns))
		}
	}
	if rt := CompareRegionTable(c, Suppression{}); len(rt.Rows) != 2 || len(rt.Rows[0]) != len(rt.Columns) {
		t.Errorf("region table %d rows", len(rt.Rows))
	}
}
