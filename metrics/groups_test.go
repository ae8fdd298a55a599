package metrics

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

// groupsRef is the part of a reference file (testdata/reference/NAME.json,
// written by generate.py) that the group measures, brokerage and agency
// modularity are checked against.
type groupsRef struct {
	groupsRefPart
	Municipalities map[string]groupsRefPart `json:"municipalities"`
}

type groupsRefPart struct {
	Network struct {
		Units                      int      `json:"units"`
		AgencyModularity           *float64 `json:"agency_modularity"`
		AgencyModularityUnweighted *float64 `json:"agency_modularity_unweighted"`
	} `json:"network"`
	Units map[string]struct {
		Brokerage map[string]int `json:"brokerage"`
	} `json:"units"`
	EI     map[string]eiRef    `json:"ei_index"`
	Blocks map[string]blockRef `json:"blocks"`
}

type eiRef struct {
	Index    *float64 `json:"index"`
	Internal int      `json:"internal"`
	External int      `json:"external"`
	Groups   map[string]struct {
		Index    *float64 `json:"index"`
		Internal int      `json:"internal"`
		External int      `json:"external"`
		Units    int      `json:"units"`
	} `json:"groups"`
}

type blockRef struct {
	Sizes map[string]int `json:"sizes"`
	Cells map[string]map[string]struct {
		Ties    int      `json:"ties"`
		Weight  float64  `json:"weight"`
		Density *float64 `json:"density"`
	} `json:"cells"`
}

func TestGroupsReference(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "reference", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no reference files")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var ref groupsRef
			if err := json.Unmarshal(b, &ref); err != nil {
				t.Fatal(err)
			}
			n := referenceNetwork(t, name)
			checkGroupsRef(t, "", n, &ref.groupsRefPart)
			for m, part := range ref.Municipalities {
				part := part
				sub := n.Induced(func(u *graph.Unit) bool { return u.Municipality == m })
				checkGroupsRef(t, m+": ", sub, &part)
			}
		})
	}
}

func checkGroupsRef(t *testing.T, where string, n *graph.Network, ref *groupsRefPart) {
	t.Helper()
	if n.Len() != ref.Network.Units {
		t.Fatalf("%sunits = %d, reference %d", where, n.Len(), ref.Network.Units)
	}
	// Brokerage, from R sna.
	roles := Brokerage(n)
	for i, u := range n.Units() {
		want, ok := ref.Units[u.Key]
		if !ok {
			t.Errorf("%sunit %s missing from the reference", where, u.Key)
			continue
		}
		r := roles[i]
		got := map[string]int{"coordinator": r.Coordinator, "itinerant": r.Itinerant,
			"representative": r.Representative, "gatekeeper": r.Gatekeeper, "liaison": r.Liaison}
		for role, w := range want.Brokerage {
			if got[role] != w {
				t.Errorf("%s%s %s = %d, sna %d", where, u.Key, role, got[role], w)
			}
		}
	}

	// Agency modularity, from NetworkX; units without agency form one group.
	agency, _ := groupIndex(n, ByAgency)
	if q := Modularity(n, agency, true); !nearRef(q, ref.Network.AgencyModularity) {
		t.Errorf("%sagency modularity = %v, NetworkX %v", where, q, fmtRef(ref.Network.AgencyModularity))
	}
	if q := Modularity(n, agency, false); !nearRef(q, ref.Network.AgencyModularityUnweighted) {
		t.Errorf("%sunweighted agency modularity = %v, NetworkX %v", where, q, fmtRef(ref.Network.AgencyModularityUnweighted))
	}

	for _, by := range []Attribute{ByAgency, ByLevel, ByMunicipality} {
		want, ok := ref.EI[by.String()]
		if !ok {
			continue
		}
		got := EIIndex(n, by)
		if !nearRef(got.Index, want.Index) || got.Internal != want.Internal || got.External != want.External {
			t.Errorf("%sE-I by %v = %v (IL %d, EL %d), want %v (IL %d, EL %d)", where, by,
				got.Index, got.Internal, got.External, fmtRef(want.Index), want.Internal, want.External)
		}
		if len(got.Groups) != len(want.Groups) {
			t.Errorf("%sE-I by %v: %d groups, want %d", where, by, len(got.Groups), len(want.Groups))
		}
		for _, g := range got.Groups {
			w, ok := want.Groups[g.Group]
			if !ok {
				t.Errorf("%sE-I by %v: group %q not in the reference", where, by, g.Group)
				continue
			}
			if !nearRef(g.Index, w.Index) || g.Internal != w.Internal || g.External != w.External || g.Units != w.Units {
				t.Errorf("%sE-I by %v, group %s = %+v, want %+v", where, by, g.Group, g, w)
			}
		}
	}

	for _, by := range []Attribute{ByAgency, ByLevel} {
		want, ok := ref.Blocks[by.String()]
		if !ok {
			continue
		}
		got := Blocks(n, by)
		keys := make([]string, 0, len(want.Sizes))
		for k := range want.Sizes {
			keys = append(keys, k)
		}
		sortGroups(keys, by)
		if strings.Join(got.Groups, ",") != strings.Join(keys, ",") {
			t.Errorf("%sblocks by %v: groups %q, want %q", where, by, got.Groups, keys)
			continue
		}
		for g, gk := range got.Groups {
			if got.Units[g] != want.Sizes[gk] {
				t.Errorf("%sblocks by %v: %s has %d units, want %d", where, by, gk, got.Units[g], want.Sizes[gk])
			}
			for h, hk := range got.Groups {
				w := want.Cells[gk][hk]
				wt := w.Weight
				if got.Ties[g][h] != w.Ties || !nearRef(got.Weight[g][h], &wt) || !nearRef(got.Density[g][h], w.Density) {
					t.Errorf("%sblocks by %v [%s][%s] = %d, %v, %v; want %d, %v, %v", where, by, gk, hk,
						got.Ties[g][h], got.Weight[g][h], got.Density[g][h], w.Ties, w.Weight, fmtRef(w.Density))
				}
			}
		}
	}
}

func TestEIIndexMissingAttributes(t *testing.T) {
	units := []unitSpec{
		{key: "a", agency: "nav", level: 4, municipality: "Os"},
		{key: "b", agency: "nav", level: 5, municipality: "Os"},
		{key: "c", agency: "helse", level: 4, municipality: "Os"},
		{key: "d", level: 4}, // no agency, no municipality
		{key: "e", agency: "helse"},
	}
	n := literalNet(t, units, []arcSpec{{"a", "b", 0}, {"a", "c", 0}, {"c", "d", 0}, {"b", "d", 0}, {"c", "e", 2}})
	tests := []struct {
		by                 Attribute
		index              float64
		internal, external int
		groups             []GroupEI
	}{
		// a–b and c–e inside, a–c across; the ties to d are left out.
		{ByAgency, -1.0 / 3, 2, 1, []GroupEI{
			{Group: "helse", Index: 0, Internal: 1, External: 1, Units: 2},
			{Group: "nav", Index: 0, Internal: 1, External: 1, Units: 2}}},
		// e has no level: a–b, b–d across, a–c, c–d inside.
		{ByLevel, 0, 2, 2, []GroupEI{
			{Group: "4", Index: 0, Internal: 2, External: 2, Units: 3},
			{Group: "5", Index: 1, Internal: 0, External: 2, Units: 1}}},
		{ByMunicipality, -1, 2, 0, []GroupEI{{Group: "Os", Index: -1, Internal: 2, External: 0, Units: 3}}},
	}
	for _, tt := range tests {
		got := EIIndex(n, tt.by)
		if got.By != tt.by || got.Index != tt.index || got.Internal != tt.internal || got.External != tt.external {
			t.Errorf("by %v: %v (IL %d, EL %d), want %v (IL %d, EL %d)", tt.by, got.Index, got.Internal, got.External,
				tt.index, tt.internal, tt.external)
		}
		if len(got.Groups) != len(tt.groups) {
			t.Fatalf("by %v: groups %+v, want %+v", tt.by, got.Groups, tt.groups)
		}
		for i := range got.Groups {
			if got.Groups[i] != tt.groups[i] {
				t.Errorf("by %v: group %+v, want %+v", tt.by, got.Groups[i], tt.groups[i])
			}
		}
	}
}

func TestEIIndexUndefined(t *testing.T) {
	for _, n := range []*graph.Network{
		literalNet(t, nil, nil),
		literalNet(t, []unitSpec{{key: "a", agency: "nav"}}, nil),
		literalNet(t, []unitSpec{{key: "a"}, {key: "b"}}, []arcSpec{{"a", "b", 0}}),
	} {
		e := EIIndex(n, ByAgency)
		if !math.IsNaN(e.Index) || e.Internal != 0 || e.External != 0 {
			t.Errorf("%d units: %+v, want NaN", n.Len(), e)
		}
		for _, g := range e.Groups {
			if !math.IsNaN(g.Index) {
				t.Errorf("%d units: group %+v, want NaN", n.Len(), g)
			}
		}
	}
}

func TestBlocks(t *testing.T) {
	units := []unitSpec{
		{key: "a", agency: "nav", level: 10}, {key: "b", agency: "nav", level: 2}, {key: "c", agency: "nav", level: 2},
		{key: "d", agency: "helse", level: 2}, {key: "e"},
	}
	n := literalNet(t, units, []arcSpec{{"a", "b", 2}, {"b", "c", 0}, {"c", "d", 0.5}, {"a", "d", 0}, {"d", "e", 0}})
	b := Blocks(n, ByAgency)
	nan := math.NaN()
	want := &BlockMatrix{By: ByAgency, Groups: []string{"helse", "nav"}, Units: []int{1, 3},
		Ties: [][]int{{0, 2}, {2, 2}}, Weight: [][]float64{{0, 1.5}, {1.5, 3}},
		Density: [][]float64{{nan, 2.0 / 3}, {2.0 / 3, 2.0 / 3}}}
	if !blocksEqual(b, want) {
		t.Errorf("by agency:\n got %+v\nwant %+v", b, want)
	}
	// Levels sort numerically: 2 before 10.
	b = Blocks(n, ByLevel)
	want = &BlockMatrix{By: ByLevel, Groups: []string{"2", "10"}, Units: []int{3, 1},
		Ties: [][]int{{2, 2}, {2, 0}}, Weight: [][]float64{{1.5, 3}, {3, 0}},
		Density: [][]float64{{2.0 / 3, 2.0 / 3}, {2.0 / 3, nan}}}
	if !blocksEqual(b, want) {
		t.Errorf("by level:\n got %+v\nwant %+v", b, want)
	}
	if b := Blocks(literalNet(t, nil, nil), ByMunicipality); len(b.Groups) != 0 || len(b.Units) != 0 {
		t.Errorf("empty network: %+v", b)
	}
}

func blocksEqual(a, b *BlockMatrix) bool {
	same := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
	if a.By != b.By || strings.Join(a.Groups, ",") != strings.Join(b.Groups, ",") || len(a.Units) != len(b.Units) {
		return false
	}
	for g := range a.Groups {
		if a.Units[g] != b.Units[g] {
			return false
		}
		for h := range a.Groups {
			if a.Ties[g][h] != b.Ties[g][h] || !same(a.Weight[g][h], b.Weight[g][h]) || !same(a.Density[g][h], b.Density[g][h]) {
				return false
			}
		}
	}
	return true
}

func TestAttribute(t *testing.T) {
	u := &graph.Unit{Agency: "nav", Level: graph.LevelFrontline, Municipality: "Os"}
	var none graph.Unit
	for _, tt := range []struct {
		a    Attribute
		name string
		want string
	}{{ByAgency, "agency", "nav"}, {ByLevel, "level", "5"}, {ByMunicipality, "municipality", "Os"}} {
		if tt.a.String() != tt.name {
			t.Errorf("%d: String %q", tt.a, tt.a.String())
		}
		if g, ok := tt.a.Of(u); !ok || g != tt.want {
			t.Errorf("%v.Of = %q, %v", tt.a, g, ok)
		}
		if g, ok := tt.a.Of(&none); ok || g != "" {
			t.Errorf("%v.Of(empty) = %q, %v", tt.a, g, ok)
		}
	}
	if _, ok := Attribute(9).Of(u); ok {
		t.Error("unknown attribute has a value")
	}
}
