package text

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// The main findings are the three to seven things a mayor or a service
// leader should know first, in plain sentences: the most serious gap
// between services and between levels, the unit the collaboration hangs
// on, uncoordinated contacts, ties that have gone silent, units without
// any contact and, with several municipalities, where one stands in its
// region. They use no measure's name: each points to the section of the
// report (Anchor) where the measures behind it are shown and explained.

// Anchors of the report's sections that hold the evidence of a finding.
const (
	AnchorGaps          = "gaps"
	AnchorKeyUnits      = "keyunits"
	AnchorUncoordinated = "uncoordinated"
	AnchorFading        = "fading"
	AnchorCompare       = "compare"
	AnchorData          = "data"
)

// MainFinding is one sentence of the main findings and the section that
// holds its evidence.
type MainFinding struct {
	Topic  string // gap-horizontal, gap-vertical, dependency, uncoordinated, fading, standing, isolated, or none-…
	Text   graph.Text
	Anchor string // a report section: AnchorGaps, …
	// Command is the samkart command that shows the evidence on the
	// command line.
	Command string

	weight float64
}

// Dependency is a unit the collaboration of a network depends on: the
// unit whose loss would split it most (metrics.KeyPlayers with k = 1).
type Dependency struct {
	Key   string // the unit
	Scope string // its municipality, "" for the whole network
	Units int    // units of the network judged (the municipality's)
	// CutOff is the number of units that no longer reach the largest
	// part of the network without the unit; 0 when no single unit splits
	// it.
	CutOff int
}

// Evidence is what the main findings are chosen from, computed by the
// caller: package report computes it for the report and for samkart
// summary.
type Evidence struct {
	// Net names the units; Gaps are judged on the network without its
	// scope filter (Gaps.Net()), whose names they use.
	Net  *graph.Network
	Gaps *gaps.Report // nil: gaps, uncoordinated contacts and fading ties not computed
	// Dependencies are the units the collaboration depends on, the most
	// serious first; one per municipality, or one for the network.
	Dependencies []Dependency
	// Comparison compares the municipalities of the dataset when it has
	// two or more; Scope is the municipality the findings are about ("" for
	// all).
	Comparison *compare.Comparison
	Scope      string
	// Isolated are the keys of the units of Net without any tie.
	Isolated []string
	// Suppress hides a small weight of a gap between two groups.
	Suppress Suppression
}

// MaxMainFindings is the most main findings MainFindings returns.
const MaxMainFindings = 7

// minMainFindings is the fewest: when fewer problems are found, what
// was looked for and not found is said.
const minMainFindings = 3

// MainFindings chooses and words the main findings of ev, the weightiest
// first, at most MaxMainFindings:
//
//  1. gaps the plan (expected.csv) names, then default gaps, the
//     horizontal (between services) and the vertical (between levels)
//     most serious first, each with the number of its kind;
//  2. where the municipality stands in its region, when it is the best
//     or the worst there, else after the dependency;
//  3. the unit the collaboration depends on, heavier the more units its
//     loss cuts off;
//  4. uncoordinated parallel contacts, ties that have gone silent and
//     units without any contact.
//
// When fewer than three are found, what was looked for and not found is
// said (no gaps, no single unit the collaboration hangs on, …).
func MainFindings(ev Evidence) []MainFinding {
	var out []MainFinding
	add := func(f *MainFinding) {
		if f != nil {
			out = append(out, *f)
		}
	}
	if ev.Gaps != nil {
		add(gapMain(ev.Gaps, gaps.Horizontal, ev.Suppress))
		add(gapMain(ev.Gaps, gaps.Vertical, ev.Suppress))
		add(uncoordMain(ev.Gaps))
		add(fadingMain(ev.Gaps))
	}
	if len(ev.Dependencies) > 0 {
		add(dependencyMain(ev.Net, ev.Dependencies[0]))
	}
	add(standingMain(ev.Comparison, ev.Scope))
	add(isolatedMain(ev.Net, ev.Isolated))
	sort.SliceStable(out, func(i, j int) bool { return out[i].weight > out[j].weight })
	if len(out) < minMainFindings {
		for _, f := range absentMain(ev, out) {
			if len(out) == minMainFindings {
				break
			}
			out = append(out, f)
		}
	}
	if len(out) > MaxMainFindings {
		out = out[:MaxMainFindings]
	}
	return out
}

// gapMain words the most serious gap of type typ, with the number of gaps
// of that type.
func gapMain(r *gaps.Report, typ string, sup Suppression) *MainFinding {
	var first *gaps.Gap
	n := 0
	for i := range r.Gaps {
		if r.Gaps[i].Type != typ {
			continue
		}
		if first == nil {
			first = &r.Gaps[i]
		}
		n++
	}
	if first == nil {
		return nil
	}
	what := graph.T("hull mellom tjenestene", "gaps between services")
	one := graph.T("Hull mellom tjenestene", "A gap between services")
	topic := "gap-horizontal"
	if typ == gaps.Vertical {
		what = graph.T("hull mellom nivåene", "gaps between levels")
		one = graph.T("Hull mellom nivåene", "A gap between levels")
		topic = "gap-vertical"
	}
	lead := one
	if n > 1 {
		c := graph.Count(n)
		lead = graph.T("Størst av "+c.NB+" "+what.NB, "The largest of "+c.EN+" "+what.EN)
	}
	s := GapFindingHiding(r.Net(), first, sup)
	w := 85.0
	if first.ExpectedBy == gaps.ExpectedByPlan {
		w = 100
	}
	return &MainFinding{Topic: topic, Text: graph.T(lead.NB+": "+s.NB, lead.EN+": "+s.EN), Anchor: AnchorGaps,
		Command: "gaps", weight: w - float64(first.Rank)/1000}
}

// dependencyMain words the unit the collaboration depends on.
func dependencyMain(n *graph.Network, d Dependency) *MainFinding {
	name := unitName(n, d.Key)
	whereNB, whereEN := "", ""
	if d.Scope != "" {
		whereNB, whereEN = " i "+d.Scope, " in "+d.Scope
	}
	if d.CutOff <= 0 {
		return &MainFinding{Topic: "dependency", Anchor: AnchorKeyUnits, Command: "metrics", weight: 20,
			Text: graph.T("Ingen enkelt enhet holder samarbeidet"+whereNB+" sammen alene: alle når hverandre også om én faller bort.",
				"No single unit holds the collaboration"+whereEN+" together alone: all reach each other even if one drops out.")}
	}
	units := plural(d.CutOff, graph.T("enhet", "unit"), graph.T("enheter", "units"))
	share := float64(d.CutOff) / math.Max(1, float64(d.Units-1))
	return &MainFinding{Topic: "dependency", Anchor: AnchorKeyUnits, Command: "metrics", weight: 60 + 35*math.Min(share*2, 1),
		Text: graph.T(
			"Samarbeidet"+whereNB+" er sårbart for utskifting: uten "+name+" når "+units.NB+" ikke lenger resten av nettverket.",
			"Collaboration"+whereEN+" is vulnerable to turnover: without "+name+", "+units.EN+" can no longer reach the rest of the network.")}
}

// uncoordMain words the uncoordinated parallel contacts: how many, and
// the most striking.
func uncoordMain(r *gaps.Report) *MainFinding {
	if len(r.Uncoordinated) == 0 {
		return nil
	}
	p := &r.Uncoordinated[0]
	net := r.Net()
	office := officeName(net, p)
	target := unitName(net, p.Target)
	if p.Scope != "" && !strings.Contains(target, p.Scope) {
		target += graph.T(" i ", " in ").NB + p.Scope
	}
	targetEN := unitName(net, p.Target)
	if p.Scope != "" && !strings.Contains(targetEN, p.Scope) {
		targetEN += " in " + p.Scope
	}
	days := strconv.Itoa(p.WindowDays)
	n := len(r.Uncoordinated)
	times := plural(n, graph.T("gang", "time"), graph.T("ganger", "times"))
	times.EN += ","
	if n == 1 {
		times = graph.T("Én gang", "Once,")
	}
	example := graph.T(": "+office.NB+" overfor "+target+".", ": "+office.EN+" with "+targetEN+".")
	if n > 1 {
		example = graph.T(", for eksempel "+office.NB+" overfor "+target+".", ", for example "+office.EN+" with "+targetEN+".")
	}
	return &MainFinding{Topic: "uncoordinated", Anchor: AnchorUncoordinated, Command: "gaps", weight: 65,
		Text: capitalise(
			times.NB+" tok flere fra samme kontor kontakt med samme enhet innen "+days+" dager uten å ha kontakt seg imellom"+example.NB,
			times.EN+" several people of one office contacted the same unit within "+days+" days without being in contact with each other"+example.EN)}
}

// officeName names the office of parallel contacts: its shared parent
// unit, or the agency and place.
func officeName(n *graph.Network, p *gaps.ParallelContact) graph.Text {
	if p.OfficeParent {
		s := unitName(n, p.Office)
		return graph.T(s, s)
	}
	var agency, place string
	for _, f := range strings.Fields(p.Office) {
		k, v, _ := strings.Cut(f, ":")
		switch k {
		case "agency":
			agency = v
		case "region", "municipality":
			if v != "" {
				place = v
			}
		}
	}
	name, ok := gapAgencyPhrase[agency]
	if !ok {
		name = graph.AgencyName(agency, "")
	}
	if place != "" {
		return graph.T(name.NB+" ("+place+")", name.EN+" ("+place+")")
	}
	return name
}

// fadingMain words the ties that have gone silent: how many, and the
// first.
func fadingMain(r *gaps.Report) *MainFinding {
	if len(r.Fading) == 0 {
		return nil
	}
	f := &r.Fading[0]
	net := r.Net()
	a, b := unitName(net, f.A), unitName(net, f.B)
	every := strconv.Itoa(int(math.Max(1, math.Round(f.UsualIntervalDays))))
	silent := strconv.Itoa(f.DaysSilent)
	n := len(r.Fading)
	lead := graph.T("Et fast samarbeid har stilnet", "A regular collaboration has gone silent")
	if n > 1 {
		c := graph.Count(n)
		lead = graph.T(c.NB+" faste samarbeid har stilnet, blant dem dette", c.EN+" regular collaborations have gone silent, among them this one")
	}
	return &MainFinding{Topic: "fading", Anchor: AnchorFading, Command: "gaps", weight: 55,
		Text: graph.T(
			lead.NB+": "+a+" og "+b+" hadde kontakt om lag hver "+every+". dag, men ingen de siste "+silent+" dagene av perioden.",
			lead.EN+": "+a+" and "+b+" were in contact about every "+every+" days, but not in the last "+silent+" days of the period.")}
}

// isolatedMain words the units without any contact.
func isolatedMain(n *graph.Network, keys []string) *MainFinding {
	if len(keys) == 0 {
		return nil
	}
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = unitName(n, k)
	}
	units := plural(len(names), graph.T("enhet", "unit"), graph.T("enheter", "units"))
	list := names
	more := 0
	if len(list) > 3 {
		list, more = list[:3], len(names)-3
	}
	nb, en := joinNames(list, "og"), joinNames(list, "and")
	if more > 0 {
		c := graph.Count(more)
		nb, en = strings.Join(list, ", ")+" og "+c.NB+" til", strings.Join(list, ", ")+" and "+c.EN+" more"
	}
	verbEN := "have"
	if len(names) == 1 {
		verbEN = "has"
	}
	return &MainFinding{Topic: "isolated", Anchor: AnchorData, Command: "summary", weight: 50,
		Text: graph.T(
			units.NB+" har ingen registrert kontakt med noen andre: "+nb+".",
			units.EN+" "+verbEN+" no recorded contact with anyone: "+en+".")}
}

// absentMain words what was looked for and not found, for a short list.
func absentMain(ev Evidence, have []MainFinding) []MainFinding {
	had := make(map[string]bool)
	for _, f := range have {
		had[f.Topic] = true
	}
	var out []MainFinding
	if ev.Gaps != nil {
		if !had["gap-horizontal"] && !had["gap-vertical"] {
			out = append(out, MainFinding{Topic: "none-gaps", Anchor: AnchorGaps, Command: "gaps",
				Text: graph.T("Alt samarbeid som var forventet, finnes i dataene: ingen hull mellom tjenestene eller nivåene.",
					"All the collaboration that was expected is in the data: no gaps between services or levels.")})
		}
		if !had["uncoordinated"] {
			out = append(out, MainFinding{Topic: "none-uncoordinated", Anchor: AnchorUncoordinated, Command: "gaps",
				Text: graph.T("Ingen tegn til dobbeltarbeid: ingen ukoordinerte kontakter fra samme kontor til samme enhet.",
					"No sign of duplicated work: no uncoordinated contacts of one office with the same unit.")})
		}
		if !had["fading"] {
			out = append(out, MainFinding{Topic: "none-fading", Anchor: AnchorFading, Command: "gaps",
				Text: graph.T("Ingen faste samarbeid har stilnet mot slutten av perioden.",
					"No regular collaboration went silent towards the end of the period.")})
		}
	}
	return out
}

// plural writes "1 enhet", "3 enheter".
func plural(n int, one, many graph.Text) graph.Text {
	w := many
	if n == 1 {
		w = one
	}
	c := graph.Count(n)
	return graph.T(c.NB+" "+w.NB, c.EN+" "+w.EN)
}

// WriteMainFindings writes the main findings as a numbered list under
// the heading "Hovedfunn" / "Main findings", each with the command that
// shows its evidence.
func WriteMainFindings(w io.Writer, fs []MainFinding, lang graph.Lang) error {
	var b strings.Builder
	b.WriteString(graph.T("Hovedfunn", "Main findings").In(lang) + "\n")
	if len(fs) == 0 {
		b.WriteString(graph.T("  Ingen: dataene er for små til å si noe.\n", "  None: the data are too small to say anything.\n").In(lang))
	}
	see := graph.T("se", "see").In(lang)
	for i, f := range fs {
		fmt.Fprintf(&b, "%3d. %s", i+1, f.Text.In(lang))
		if f.Command != "" {
			fmt.Fprintf(&b, " (%s samkart %s)", see, f.Command)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMainFindingsSkipped says that the main findings were not
// computed because the input is large (size in bytes), and where to find
// them.
func WriteMainFindingsSkipped(w io.Writer, size int64, lang graph.Lang) error {
	mb := graph.GroupDigits(strconv.FormatInt((size+(1<<20)-1)>>20, 10), lang)
	_, err := io.WriteString(w, graph.T(
		"Hovedfunn: ikke beregnet, siden datasettet er stort ("+mb+" MB) og summary skal gå raskt; samkart gaps og samkart compare gir dem.\n",
		"Main findings: not computed, since the dataset is large ("+mb+" MB) and summary is meant to be quick; samkart gaps and samkart compare give them.\n").In(lang))
	return err
}
