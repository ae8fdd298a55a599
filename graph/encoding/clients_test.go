package encoding_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/dl"
	"github.com/samkart/samkart/graph/encoding/gexf"
	"github.com/samkart/samkart/graph/encoding/graphml"
	"github.com/samkart/samkart/graph/encoding/internal/enctest"
	"github.com/samkart/samkart/graph/encoding/nodelink"
	"github.com/samkart/samkart/graph/encoding/pajek"
)

// python is Debian's interpreter, which has python3-networkx and
// python3-igraph when they are installed (.ci/run installs them).
const python = "/usr/bin/python3"

// TestClientsRead writes every format for lazega-advice and for a small
// network with æøå, undirected and directed, has NetworkX read the GraphML,
// GEXF and node-link JSON and python-igraph the GraphML, Pajek and DL
// files (testdata/clients/read.py), and checks every unit, every tie or
// arc, and their attributes against the network.
func TestClientsRead(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Python")
	}
	if err := exec.Command(python, "-c", "import networkx, igraph").Run(); err != nil {
		t.Skipf("%s with networkx and igraph is not available: %v", python, err)
	}
	lazega, err := enctest.Lazega()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	nets := map[string]*graph.Network{"lazega": enctest.Build(t, lazega), "small": enctest.Small()}
	for name, n := range nets {
		for _, directed := range []bool{false, true} {
			base := name
			if directed {
				base += "-directed"
			}
			write := func(ext string, encode func(*bytes.Buffer) error) {
				var b bytes.Buffer
				if err := encode(&b); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, base+ext), b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write(".graphml", func(b *bytes.Buffer) error { return graphml.Encode(b, n, graphml.Options{Directed: directed}) })
			write(".gexf", func(b *bytes.Buffer) error { return gexf.Encode(b, n, gexf.Options{Directed: directed}) })
			write(".json", func(b *bytes.Buffer) error { return nodelink.Encode(b, n, nodelink.Options{Directed: directed}) })
			write(".net", func(b *bytes.Buffer) error {
				return pajek.Encode(b, n, pajek.Options{Directed: directed, OneRelation: true})
			})
			write(".dl", func(b *bytes.Buffer) error { return dl.Encode(b, n, dl.Options{Directed: directed, OneRelation: true}) })
		}
	}
	cmd := exec.Command(python, filepath.Join("testdata", "clients", "read.py"), dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("read.py: %v\n%s", err, stderr.Bytes())
	}
	var read map[string]json.RawMessage
	if err := json.Unmarshal(out, &read); err != nil {
		t.Fatal(err)
	}
	t.Logf("clients: %s", read["versions"])
	delete(read, "versions")
	if len(read) != 2*2*6 {
		t.Errorf("%d files read, want %d", len(read), 2*2*6)
	}
	keys := make([]string, 0, len(read))
	for k := range read {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Run(k, func(t *testing.T) {
			var g clientGraph
			if err := json.Unmarshal(read[k], &g); err != nil {
				t.Fatal(err)
			}
			file, client, _ := strings.Cut(k, " ")
			ext := filepath.Ext(file)
			base := strings.TrimSuffix(file, ext)
			name, _, directed := strings.Cut(base, "-")
			n := nets[name]
			want := expect(n, ext, directed)
			if err := compare(want, &g); err != nil {
				t.Error(err)
			}
			if ext == ".gexf" {
				if err := checkSpells(n, &g, directed); err != nil {
					t.Error(err)
				}
			}
			t.Logf("%s read %s: %d nodes, %d edges", client, file, len(g.Nodes), len(g.Edges))
		})
	}
}

// clientGraph is what read.py prints for one file.
type clientGraph struct {
	Directed bool
	Nodes    map[string]map[string]any
	Edges    [][3]any
}

// expected is what a client must read.
type expected struct {
	directed bool
	nodes    map[string]map[string]any
	absent   map[string]map[string]bool // attributes a node must not have
	edges    map[[2]string]map[string]any
}

// expect computes, from the network's fields and not from the encoders'
// columns, what a client reading format ext must see.
func expect(n *graph.Network, ext string, directed bool) *expected {
	attributes := ext == ".graphml" || ext == ".gexf" || ext == ".json"
	e := &expected{directed: directed || ext == ".dl", nodes: map[string]map[string]any{},
		absent: map[string]map[string]bool{}, edges: map[[2]string]map[string]any{}}
	us := n.Units()
	numeric := extraNumeric(us)
	for _, u := range us {
		a := map[string]any{}
		absent := map[string]bool{}
		e.nodes[u.Key], e.absent[u.Key] = a, absent
		if !attributes {
			continue
		}
		str := func(k, v string) {
			if v != "" {
				a[k] = v
			} else {
				absent[k] = true
			}
		}
		if ext == ".graphml" {
			// igraph takes name as the vertex's identifier: the key.
			str("name", u.Key)
			str("label", u.Name)
		} else {
			str("name", u.Name)
		}
		str("agency", u.Agency)
		str("agency_label", u.AgencyLabel)
		str("municipality", u.Municipality)
		str("region", u.Region)
		str("parent", u.Parent)
		if u.Level.Known() {
			a["level"] = float64(u.Level)
		} else {
			absent["level"] = true
		}
		for _, x := range u.Attrs {
			if numeric[x.Name] {
				v, _ := strconv.ParseFloat(x.Value, 64)
				a[x.Name] = v
			} else {
				a[x.Name] = x.Value
			}
		}
	}
	if directed {
		for _, arc := range n.Arcs() {
			a := map[string]any{"weight": arc.Weight}
			if attributes {
				a["contacts"] = float64(arc.Contacts)
			}
			e.edges[[2]string{us[arc.From].Key, us[arc.To].Key}] = a
		}
		return e
	}
	for _, t := range n.Ties() {
		a := map[string]any{"weight": t.Weight}
		if attributes {
			a["contacts"] = float64(t.Contacts)
			a["meetings"] = float64(t.Meetings)
			a["formal"] = float64(t.Formal)
			a["informal"] = float64(t.Informal)
			a["multi_party_share"] = t.MultiPartyShare()
			if t.First.Valid() {
				a["first"], a["last"] = t.First.String(), t.Last.String()
			}
		}
		e.edges[[2]string{us[t.A].Key, us[t.B].Key}] = a
		if ext == ".dl" {
			// UCINET's matrix holds an undirected tie as two cells.
			e.edges[[2]string{us[t.B].Key, us[t.A].Key}] = a
		}
	}
	return e
}

// extraNumeric reports which extra columns have only numbers.
func extraNumeric(us []*graph.Unit) map[string]bool {
	numeric := map[string]bool{}
	for _, u := range us {
		for _, a := range u.Attrs {
			_, err := strconv.ParseFloat(a.Value, 64)
			if prev, seen := numeric[a.Name]; !seen || prev {
				numeric[a.Name] = err == nil
			}
		}
	}
	return numeric
}

func compare(want *expected, got *clientGraph) error {
	var diffs []string
	add := func(format string, args ...any) { diffs = append(diffs, fmt.Sprintf(format, args...)) }
	if got.Directed != want.directed {
		add("directed %v, want %v", got.Directed, want.directed)
	}
	if len(got.Nodes) != len(want.nodes) {
		add("%d nodes, want %d", len(got.Nodes), len(want.nodes))
	}
	for key, wa := range want.nodes {
		ga, ok := got.Nodes[key]
		if !ok {
			add("node %q is missing", key)
			continue
		}
		diffs = append(diffs, compareAttrs("node "+strconv.Quote(key), wa, ga)...)
		for k := range want.absent[key] {
			if v, ok := ga[k]; ok {
				add("node %q: %s = %v, want none", key, k, v)
			}
		}
	}
	if len(got.Edges) != len(want.edges) {
		add("%d edges, want %d", len(got.Edges), len(want.edges))
	}
	seen := map[[2]string]bool{}
	for _, e := range got.Edges {
		a, _ := e[0].(string)
		b, _ := e[1].(string)
		p := [2]string{a, b}
		wa, ok := want.edges[p]
		if !ok && !want.directed {
			p = [2]string{b, a}
			wa, ok = want.edges[p]
		}
		if !ok {
			add("edge %s–%s is not in the network", a, b)
			continue
		}
		if seen[p] {
			add("edge %s–%s read twice", a, b)
		}
		seen[p] = true
		ga, _ := e[2].(map[string]any)
		diffs = append(diffs, compareAttrs("edge "+a+"–"+b, wa, ga)...)
	}
	if len(diffs) > 0 {
		if len(diffs) > 15 {
			diffs = append(diffs[:15], fmt.Sprintf("… and %d more", len(diffs)-15))
		}
		return fmt.Errorf("%s", strings.Join(diffs, "\n"))
	}
	return nil
}

func compareAttrs(what string, want, got map[string]any) []string {
	var diffs []string
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			diffs = append(diffs, fmt.Sprintf("%s: %s is missing, want %v", what, k, w))
			continue
		}
		switch w := w.(type) {
		case float64:
			if g, ok := g.(float64); !ok || (g != w && math.Abs(g-w) > 1e-12*math.Abs(w)) {
				diffs = append(diffs, fmt.Sprintf("%s: %s = %#v, want %v", what, k, g, w))
			}
		default:
			if g != w {
				diffs = append(diffs, fmt.Sprintf("%s: %s = %#v, want %#v", what, k, g, w))
			}
		}
	}
	return diffs
}

// checkSpells checks that every tie with dated records has spells, the
// first starting on the tie's first day, as Gephi's timeline needs.
func checkSpells(n *graph.Network, g *clientGraph, directed bool) error {
	if directed {
		return nil
	}
	us := n.Units()
	first := map[[2]string]string{}
	for _, t := range n.Ties() {
		if t.First.Valid() {
			first[[2]string{us[t.A].Key, us[t.B].Key}] = t.First.Time().Format("2006-01-02")
		}
	}
	for _, e := range g.Edges {
		a, b := e[0].(string), e[1].(string)
		f, ok := first[[2]string{a, b}]
		if !ok {
			f, ok = first[[2]string{b, a}]
		}
		attrs := e[2].(map[string]any)
		spells, has := attrs["spells"].([]any)
		if ok != has {
			return fmt.Errorf("edge %s–%s: spells %v, want them %v", a, b, attrs["spells"], ok)
		}
		if !ok {
			continue
		}
		s0, _ := spells[0].([]any)
		if len(s0) != 2 || s0[0] != f {
			return fmt.Errorf("edge %s–%s: first spell %v, want one starting %s", a, b, spells[0], f)
		}
	}
	return nil
}
