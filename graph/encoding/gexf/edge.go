package gexf

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding/internal/netio"
)

// undatedWeight is the static edge attribute samkart's export gives the
// weight of a tie's undated contacts and meetings, which its dynamic
// weights, all dated, leave out.
const undatedWeight = "undated_weight"

// isDynamicWeight reports whether v is a value of the dynamic weight: an
// edge attribute titled weight, with a time or declared dynamic.
func isDynamicWeight(v value) bool {
	return strings.EqualFold(v.attr.title, "weight") && (v.attr.dynamic || v.start != "" || v.end != "")
}

// edge reads an <edge>. Its contacts are dated by, in this order:
//
//   - its dynamic weights: one contact for each value, at its start
//     (samkart's export writes one per date with contacts, and the weight
//     of undated ones as the attribute undated_weight);
//   - its spells (or start and end, timestamps, intervals): one contact
//     at the start of each, sharing the edge's weight, with a note;
//   - a date attribute, or a tie's first date (first).
//
// Times that are numbers, not dates, leave the contacts undated.
func (dec *decoder) edge(s xml.StartElement, at netio.Pos) error {
	source, _ := netio.Attr(s, "source")
	target, _ := netio.Attr(s, "target")
	if source == "" || target == "" {
		return dec.src.Errorf(at, "<edge> without a source and a target")
	}
	el, err := dec.children("edge", source+"–"+target)
	if err != nil {
		return err
	}
	fields := dec.fields("edge", el.values, at)
	weight := 1.0
	if w, ok := netio.Attr(s, "weight"); ok {
		if weight, err = graph.ParseWeightString(strings.TrimSpace(w), true); err != nil {
			return dec.src.ValueError(at, "edge "+source+"–"+target, "weight", w, err, graph.WeightExample(false))
		}
	}
	if kind, ok := netio.Attr(s, "kind"); ok && kind != "" {
		fields = append(fields, netio.Field{Name: "kind", Value: kind, At: at})
	}
	var dyn []value
	for _, v := range el.values {
		if isDynamicWeight(v) {
			dyn = append(dyn, v)
		}
	}
	spells := append(el.spells, listSpells(s, at)...)
	if len(el.spells) > 0 {
		spells = el.spells // spells win over the other time attributes
	}
	var times []netio.Timed
	switch {
	case len(dyn) > 0:
		if times, err = dec.dynamicWeights(dyn, fields, source+"–"+target); err != nil {
			return err
		}
	case len(spells) > 0:
		if times, err = dec.spellContacts(spells, weight, source+"–"+target); err != nil {
			return err
		}
	default:
		fields = append(fields, netio.Field{Name: "weight", Value: strconv.FormatFloat(weight, 'g', -1, 64), At: at})
		return dec.b.Edge(source, target, fields, at)
	}
	return dec.b.EdgeTimes(source, target, fields, times, at)
}

// dynamicWeights returns one contact for each dynamic weight value, and
// one for the undated weight when the edge has one.
func (dec *decoder) dynamicWeights(dyn []value, fields []netio.Field, subject string) ([]netio.Timed, error) {
	var times []netio.Timed
	for _, v := range dyn {
		w, err := graph.ParseWeightString(strings.TrimSpace(v.v), true)
		if err != nil {
			return nil, dec.src.ValueError(v.at, "edge "+subject, v.attr.title, v.v, err, graph.WeightExample(false))
		}
		d, err := dec.time(v.start, v.at, subject)
		if err != nil {
			return nil, err
		}
		times = append(times, netio.Timed{Date: d, Weight: w})
	}
	for _, f := range fields {
		if f.Name == undatedWeight && strings.TrimSpace(f.Value) != "" {
			w, err := graph.ParseWeightString(strings.TrimSpace(f.Value), true)
			if err != nil {
				return nil, dec.src.ValueError(f.At, "edge "+subject, f.Name, f.Value, err, graph.WeightExample(false))
			}
			times = append(times, netio.Timed{Date: graph.NoDate, Weight: w})
		}
	}
	dec.dated = true
	return times, nil
}

// spellContacts returns one contact at the start of each spell, sharing
// weight.
func (dec *decoder) spellContacts(spells []spell, weight float64, subject string) ([]netio.Timed, error) {
	times := make([]netio.Timed, 0, len(spells))
	for _, sp := range spells {
		t := sp.start
		if t == "" {
			t = sp.end
		}
		d, err := dec.time(t, sp.at, subject)
		if err != nil {
			return nil, err
		}
		times = append(times, netio.Timed{Date: d, Weight: weight / float64(len(spells))})
	}
	if len(spells) > 1 {
		dec.b.WarnOnce("spells", spells[0].at, graph.T(
			"kanter med flere perioder (spells) er lest som én kontakt ved starten av hver periode, som deler kantens vekt",
			"edges with several spells are read as one contact at the start of each spell, sharing the edge's weight"))
	}
	dec.dated = true
	return times, nil
}

// time reads a time of the file: a date or date and time, or a number,
// which leaves the contact undated.
func (dec *decoder) time(v string, at netio.Pos, subject string) (graph.Date, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return graph.NoDate, nil
	}
	if dec.timeFormat == "double" || dec.timeFormat == "integer" || dec.timeFormat == "float" {
		dec.numeric = true
		return graph.NoDate, nil
	}
	d, err := graph.ParseDateString(v)
	if err != nil {
		if _, ok := graph.ParseNumberString(v, false); ok {
			dec.numeric = true
			return graph.NoDate, nil
		}
		return graph.NoDate, dec.src.ValueError(at, "edge "+subject, "time", v, err)
	}
	return d, nil
}
