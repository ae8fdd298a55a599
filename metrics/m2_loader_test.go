package metrics

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/samkart/samkart/graph"
)

// loadRefDatasetM2 reads a dataset folder of simple UTF-8, comma-separated
// units.csv, contacts.csv and (optionally) meetings.csv into a Network,
// for tests that must not depend on package importers. It understands the
// columns the reference datasets use: id, name, agency, level (integer or
// English name), municipality, region, parent; from, to, weight; meeting,
// unit. Dates, kinds and formality are ignored.
func loadRefDatasetM2(dir string) (*graph.Network, error) {
	ds := graph.NewDataset(filepath.Base(dir))
	err := readCSVM2(filepath.Join(dir, "units.csv"), func(get func(string) string) error {
		lvl, err := parseLevelM2(get("level"))
		if err != nil {
			return err
		}
		key := get("id")
		name := get("name")
		if name == "" {
			name = key
		}
		u := graph.Unit{Key: key, Name: name, Agency: graph.NormalizeAgency(get("agency")),
			AgencyLabel: get("agency"), Level: lvl, Municipality: get("municipality"),
			Region: get("region"), Parent: get("parent")}
		if _, ok := ds.AddUnit(u); !ok {
			return fmt.Errorf("duplicate unit %q", key)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lookup := func(key string) (int32, error) {
		i, ok := ds.Lookup(key)
		if !ok {
			return 0, fmt.Errorf("unknown unit %q", key)
		}
		return i, nil
	}
	err = readCSVM2(filepath.Join(dir, "contacts.csv"), func(get func(string) string) error {
		a, err := lookup(get("from"))
		if err != nil {
			return err
		}
		b, err := lookup(get("to"))
		if err != nil {
			return err
		}
		w := 1.0
		if s := get("weight"); s != "" {
			if w, err = strconv.ParseFloat(s, 64); err != nil {
				return err
			}
		}
		ds.Contacts = append(ds.Contacts, graph.Contact{From: a, To: b, Weight: w, Date: graph.NoDate})
		return nil
	})
	if err != nil {
		return nil, err
	}
	meetings := map[string]*graph.Meeting{}
	var order []string
	err = readCSVM2(filepath.Join(dir, "meetings.csv"), func(get func(string) string) error {
		u, err := lookup(get("unit"))
		if err != nil {
			return err
		}
		k := get("meeting")
		m := meetings[k]
		if m == nil {
			m = &graph.Meeting{Key: k, Date: graph.NoDate}
			meetings[k] = m
			order = append(order, k)
		}
		m.Units = append(m.Units, u)
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	for _, k := range order {
		m := meetings[k]
		sort.Slice(m.Units, func(i, j int) bool { return m.Units[i] < m.Units[j] })
		uniq := m.Units[:0]
		for i, u := range m.Units {
			if i == 0 || u != m.Units[i-1] {
				uniq = append(uniq, u)
			}
		}
		m.Units = uniq
		ds.Meetings = append(ds.Meetings, *m)
	}
	return graph.Build(ds, graph.BuildOptions{Window: graph.All})
}

func parseLevelM2(s string) (graph.Level, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return graph.LevelUnknown, nil
	}
	for l := graph.LevelNational; l <= graph.LevelUser; l++ {
		if l.String() == s {
			return l, nil
		}
	}
	n, err := strconv.Atoi(s)
	return graph.Level(n), err
}

// readCSVM2 calls row for each data row of the CSV file at path, with a
// getter by (lower-case) header name.
func readCSVM2(path string, row func(get func(string) string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	var rec []string
	get := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for {
		rec, err = r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := row(get); err != nil {
			line, _ := r.FieldPos(0)
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
}

// refDataM2 returns the network of a reference dataset: the MIT ones from
// testdata/data, the GPL ones from ../../shared/data, skipping the test
// when a dataset is absent.
func refDataM2(t testing.TB, name string) *graph.Network {
	t.Helper()
	for _, dir := range []string{filepath.Join("testdata", "data", name), filepath.Join("..", "..", "shared", "data", name)} {
		if _, err := os.Stat(filepath.Join(dir, "units.csv")); err != nil {
			continue
		}
		n, err := loadRefDatasetM2(dir)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	t.Skipf("dataset %s not present", name)
	return nil
}
