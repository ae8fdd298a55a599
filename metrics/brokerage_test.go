package metrics

import (
	"testing"
)

func TestBrokerageRoles(t *testing.T) {
	units := []unitSpec{
		{key: "a1", agency: "a"}, {key: "a2", agency: "a"}, {key: "a3", agency: "a"},
		{key: "b1", agency: "b"}, {key: "b2", agency: "b"},
		{key: "c1", agency: "c"},
		{key: "x1"}, {key: "x2"}, {key: "x3"}, // no agency: one class of their own
	}
	tests := []struct {
		name string
		arcs []arcSpec
		want map[string]BrokerRoles // units not listed broker nothing
	}{
		{"coordinator", []arcSpec{{"a1", "a2", 0}, {"a2", "a3", 0}}, map[string]BrokerRoles{"a2": {Coordinator: 1}}},
		{"itinerant", []arcSpec{{"a1", "b1", 0}, {"b1", "a2", 0}}, map[string]BrokerRoles{"b1": {Itinerant: 1}}},
		{"representative", []arcSpec{{"a1", "a2", 0}, {"a2", "b1", 0}}, map[string]BrokerRoles{"a2": {Representative: 1}}},
		{"gatekeeper", []arcSpec{{"a1", "b1", 0}, {"b1", "b2", 0}}, map[string]BrokerRoles{"b1": {Gatekeeper: 1}}},
		{"liaison", []arcSpec{{"a1", "b1", 0}, {"b1", "c1", 0}}, map[string]BrokerRoles{"b1": {Liaison: 1}}},
		{"no agency is a class", []arcSpec{{"x1", "x2", 0}, {"x2", "x3", 0}}, map[string]BrokerRoles{"x2": {Coordinator: 1}}},
		{"no agency vs agency", []arcSpec{{"x1", "x2", 0}, {"x2", "a1", 0}}, map[string]BrokerRoles{"x2": {Representative: 1}}},
		{"closed by i→j", []arcSpec{{"a1", "b1", 0}, {"b1", "c1", 0}, {"a1", "c1", 0}}, map[string]BrokerRoles{"b1": {}}},
		{"j→i does not close: a cycle", []arcSpec{{"a1", "b1", 0}, {"b1", "c1", 0}, {"c1", "a1", 0}},
			map[string]BrokerRoles{"a1": {Liaison: 1}, "b1": {Liaison: 1}, "c1": {Liaison: 1}}},
		{"both directions", []arcSpec{{"a1", "b1", 0}, {"b1", "a1", 0}, {"b1", "b2", 0}, {"b2", "b1", 0}}, map[string]BrokerRoles{"b1": {Gatekeeper: 1, Representative: 1}}},
		{"repeated contacts count once", []arcSpec{{"a1", "b1", 0}, {"a1", "b1", 3}, {"b1", "c1", 0}}, map[string]BrokerRoles{"b1": {Liaison: 1}}},
		{"star through hub", []arcSpec{{"a1", "b1", 0}, {"a2", "b1", 0}, {"b1", "c1", 0}, {"b1", "a3", 0}}, map[string]BrokerRoles{"b1": {Liaison: 2, Itinerant: 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := literalNet(t, units, tt.arcs)
			roles := Brokerage(n)
			for i, u := range n.Units() {
				if want := tt.want[u.Key]; roles[i] != want {
					t.Errorf("%s: %+v, want %+v", u.Key, roles[i], want)
				}
			}
		})
	}
}

func TestBrokerageEdgeCases(t *testing.T) {
	if got := Brokerage(literalNet(t, nil, nil)); len(got) != 0 {
		t.Errorf("empty network: %v", got)
	}
	n := literalNet(t, []unitSpec{{key: "a"}}, nil)
	if got := Brokerage(n); len(got) != 1 || got[0] != (BrokerRoles{}) {
		t.Errorf("single unit: %v", got)
	}
}

// BenchmarkBrokerage counts the roles on a generated network of about the
// national size (26 000 units).
func BenchmarkBrokerage(b *testing.B) {
	n := planted(26000, 80, 16, 4, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Brokerage(n)
	}
}
