package report

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/compare"
	"github.com/samkart/samkart/metrics/gaps"
)

// Options tune Build.
type Options struct {
	Lang  graph.Lang
	Title string // the report's and diagrams' title; "" makes one from the municipality or region
	Date  string // printed on the page when set
	Seed  uint64 // recorded with the key players
	Gaps  gaps.Options

	// MaxUnits is the number of units above which diagrams group units
	// (views.Style.MaxUnits; 0 is the views' default).
	MaxUnits int

	// Progress, when set, is told the name of each step as it starts.
	Progress func(step string)

	// Renderer lays out the diagrams (views.Style.Renderer); nil lays
	// them out in this process.
	Renderer *draw.Renderer

	// Banner, when set, is said in a box at the very top of the page:
	// that the page shows the built-in example, not the reader's data.
	Banner graph.Text

	// Suppress hides small group sizes and counts: units by agency and
	// level, the heat map's, a compared municipality's units and ties,
	// and the weights of gaps between groups. The page says so at the top.
	Suppress text.Suppression

	// Approx, when positive, samples the path measures (metrics.PathsApprox):
	// betweenness within Approx with probability Confidence. MaxTime is
	// the budget that chose sampling, when it did; the methods say both.
	Approx, Confidence float64
	MaxTime            time.Duration
}

// List lengths on the page; the command-line tools give the full lists.
const (
	maxWarnings  = 20
	maxGaps      = 40
	maxFindings  = 25
	maxKeyUnits  = 10
	maxTurnovers = 20
)

// Build computes everything the report shows for n: the dataset summary,
// key figures, the network, levels and agency diagrams (SVG and PNG), the
// gaps analysis, the key units and, with two municipalities or more, the
// comparison and its small multiples. The measures are metrics' own; Build
// only selects, ranks and words them.
func Build(ctx context.Context, n *graph.Network, opt Options) (*Report, error) {
	if n == nil {
		return nil, fmt.Errorf("report: no network")
	}
	b := newBuilder(ctx, n, opt)
	for _, part := range []func() error{b.summary, b.analyses} {
		if err := part(); err != nil {
			return nil, err
		}
	}
	// The diagrams do not depend on one another: they are drawn side by
	// side, so that one's building, rasterising and compressing overlaps
	// another's layout (Graphviz lays out one graph at a time in this
	// process, fdp in child processes). Their results and notes are put
	// in the page's order.
	drawn := make([]drawing, len(reportViews))
	var small drawing
	var wg sync.WaitGroup
	wg.Add(len(drawn) + 1)
	go func() { defer wg.Done(); small = b.smallMultiples() }()
	for i, v := range reportViews {
		go func() { defer wg.Done(); drawn[i] = b.diagram(v.view, v.title, v.expl) }()
	}
	wg.Wait()
	for _, d := range drawn {
		if err := b.add(d); err != nil {
			return nil, err
		}
	}
	if err := b.survey(); err != nil {
		return nil, err
	}
	if err := b.add(small); err != nil {
		return nil, err
	}
	return b.r, nil
}

// drawing is a part of the report drawn on its own: its diagrams, or
// why they are not there.
type drawing struct {
	diagram *Diagram   // a diagram of the page
	small   []*Diagram // the small multiples
	notes   []graph.Text
	err     error // the context's: the report is given up
}

// add puts d in the report.
func (b *builder) add(d drawing) error {
	if d.err != nil {
		return d.err
	}
	r := b.r
	if d.diagram != nil {
		r.Diagrams = append(r.Diagrams, d.diagram)
	}
	r.SmallMultiples = append(r.SmallMultiples, d.small...)
	r.Notes = append(r.Notes, d.notes...)
	return nil
}

// builder holds a report being built, part by part.
type builder struct {
	ctx  context.Context
	n    *graph.Network
	ds   *graph.Dataset // n's, or an empty one
	opt  Options
	lang graph.Lang
	r    *Report
	gaps *gaps.Report // for the gaps view too
	mu   sync.Mutex   // one Progress call at a time
}

// newBuilder starts the report: its language, title and files.
func newBuilder(ctx context.Context, n *graph.Network, opt Options) *builder {
	lang := opt.Lang
	if lang != graph.NB {
		lang = graph.EN
	}
	ds := n.Data
	if ds == nil {
		ds = graph.NewDataset("")
	}
	r := &Report{Lang: lang, Title: opt.Title, Date: opt.Date, Dataset: ds.Name, Banner: opt.Banner, Suppress: opt.Suppress}
	if opt.Suppress.On() {
		note := opt.Suppress.Note()
		if r.Banner.NB != "" {
			note = graph.T(r.Banner.NB+" "+note.NB, r.Banner.EN+" "+note.EN)
		}
		r.Banner = note
	}
	if r.Title == "" {
		r.Title = graph.T("Samhandling", "Collaboration").In(lang)
		if place := text.PlaceName(ds, n.Options.Filter.Scope, lang); place != "" {
			r.Title += graph.T(" i ", " in ").In(lang) + place
		}
	}
	r.Files = ds.InputFiles()
	return &builder{ctx: ctx, n: n, ds: ds, opt: opt, lang: lang, r: r}
}

// step reports the step s as started and returns ctx's error.
func (b *builder) step(s string) error {
	if b.opt.Progress != nil {
		b.mu.Lock()
		b.opt.Progress(s)
		b.mu.Unlock()
	}
	return b.ctx.Err()
}

// summary summarises the dataset, with its warnings capped.
func (b *builder) summary() error {
	if err := b.step("summary"); err != nil {
		return err
	}
	r := b.r
	r.Summary = metrics.Summarize(b.n)
	r.Tallies = text.Tallies(r.Summary)
	for i, w := range r.Summary.Warnings {
		if i == maxWarnings {
			r.WarningsMore = len(r.Summary.Warnings) - maxWarnings
			break
		}
		r.Warnings = append(r.Warnings, w.In(b.lang))
	}
	return nil
}

// analyses computes the measures, the gaps and, with two municipalities or
// more, the comparison, and words the figures, findings and key units.
func (b *builder) analyses() error {
	if err := b.step("measures"); err != nil {
		return err
	}
	n, r := b.n, b.r
	var pm *metrics.PathMeasures
	var sampled *metrics.PathMethod
	if b.opt.Approx > 0 {
		var err error
		if pm, sampled, err = metrics.PathsApprox(b.ctx, n, metrics.PathOptions{}, b.opt.Approx, b.opt.Confidence, b.opt.Seed); err != nil {
			return err
		}
		sampled.MaxTime = b.opt.MaxTime
	} else {
		pm = metrics.Paths(n, metrics.PathOptions{})
	}
	coh := metrics.CohesionWith(n, pm)
	cut := metrics.CutPoints(n)
	roles := metrics.Brokerage(n)
	eiAgency := metrics.EIIndex(n, metrics.ByAgency)
	eiLevel := metrics.EIIndex(n, metrics.ByLevel)

	if err := b.step("gaps"); err != nil {
		return err
	}
	// A municipality's gaps are judged with the state and regional units
	// around it: on the network without its scope filter.
	gopt := b.opt.Gaps
	if gopt.Scope == "" {
		gopt.Scope = n.Options.Filter.Scope
	}
	whole, err := n.Unscoped()
	if err != nil {
		return err
	}
	b.gaps = gaps.Compute(whole, gopt)
	cmp, err := b.compare(whole, gopt)
	if err != nil {
		return err
	}

	gr := b.gaps
	sigA, sigL := eiSignificance(n, b.opt.Seed)
	r.Figures = figures(coh, eiAgency, eiLevel, gr, sigA, sigL)
	r.PlanPractice = planPractice(whole, gopt.Scope, b.opt.Seed)
	r.Gaps, r.GapsMore = gapFindings(gr.Net(), gr.Gaps, b.opt.Suppress)
	r.Uncoordinated, r.UncoordMore = uncoordFindings(gr.Net(), gr.Uncoordinated)
	r.Fading, r.FadingMore = fadingFindings(gr.Net(), gr.Fading)
	r.Brokers = brokers(n, pm.Betweenness, roles)
	r.CutPoints = cutPoints(n, cut, coh.Fragmentation)
	kps := keyPlayers(n, cmp, b.opt.Seed)
	r.Turnover = turnover(n, kps)
	ev := evidence(n, gr, cmp, kps)
	ev.Suppress = b.opt.Suppress
	r.MainFindings = text.MainFindings(ev)
	r.Methods = methods(len(n.Ties()))
	if sampled != nil {
		r.Methods = append([]Method{sampledMethod(sampled, b.lang)}, r.Methods...)
	}
	return nil
}

// compare compares the municipalities of the dataset when it has two or
// more, on whole, the network without the scope filter: a report on one
// municipality shows where it stands in its region. The report shows the
// comparison when it holds two or more.
func (b *builder) compare(whole *graph.Network, gopt gaps.Options) (*compare.Comparison, error) {
	if len(b.ds.MunicipalityNames()) < 2 {
		return nil, nil
	}
	if err := b.step("compare"); err != nil {
		return nil, err
	}
	cmp := comparison(whole, b.opt.Seed, gopt)
	if len(cmp.Municipalities) >= 2 {
		b.r.Comparison = cmp
	}
	return cmp, nil
}

// reportViews are the diagrams of the report, with their titles and
// captions.
var reportViews = []struct {
	view        views.View
	title, expl graph.Text
}{
	{views.ViewNetwork, graph.T("Nettverket.", "The network."),
		graph.T("Enhetene farget etter etat og formet etter nivå; jo større, jo mer ligger de mellom andre. Tykke linjer er mye kontakt, stiplede mest uformell.",
			"Units coloured by agency and shaped by level; the larger, the more they lie between others. Thick lines are much contact, dashed ones mostly informal.")},
	{views.ViewLevels, graph.T("Nivåene.", "The levels."),
		graph.T("Ett bånd per nivå, fra staten øverst til førstelinjen nederst: horisontalt samarbeid innenfor et bånd, vertikalt mellom båndene.",
			"One band per level, from the state at the top to the frontline at the bottom: horizontal collaboration within a band, vertical between bands.")},
	{views.ViewAgencies, graph.T("Etat mot etat.", "Agency by agency."),
		graph.T("Tettheten av bånd innenfor og mellom etatene: mørkere celle, tettere samarbeid; tallet er antall bånd.",
			"The density of ties within and between agencies: the darker the cell, the closer the collaboration; the figure is the number of ties.")},
}

// diagram draws view v of the page (the network, levels and agencies
// views); a view that cannot be drawn is said in the notes.
func (b *builder) diagram(v views.View, title, expl graph.Text) drawing {
	ctx, n := b.ctx, b.n
	// Each diagram is printed on a landscape page of its own, and laid out
	// to be legible there (the screen shows the same picture).
	style := views.Style{Lang: b.lang, MaxUnits: b.opt.MaxUnits, Gaps: b.gaps, Renderer: b.opt.Renderer, Title: b.opt.Title,
		Medium: views.MediumA4Landscape, Suppress: b.opt.Suppress}
	name := v.String()
	if err := b.step("diagram " + name); err != nil {
		return drawing{err: err}
	}
	d := &Diagram{Name: name, Title: title, Caption: expl}
	if agg := views.AutoAggregation(n, v, style); agg != views.AggregateNone && agg != views.AggregateAuto {
		d.Caption = graph.T(d.Caption.NB+" Tegnet med "+agg.Describe().NB+".", d.Caption.EN+" Drawn with "+agg.Describe().EN+".")
	}
	if err := drawView(ctx, n, v, style, d); err != nil {
		if ctx.Err() != nil {
			return drawing{err: ctx.Err()}
		}
		return drawing{notes: []graph.Text{graph.T("Diagrammet «"+name+"» kunne ikke lages: "+err.Error(),
			"The "+name+" diagram could not be made: "+err.Error())}}
	}
	return drawing{diagram: d}
}

// smallMultiples draws the comparison's small networks and dot charts; a
// part that cannot be drawn is said in the notes.
func (b *builder) smallMultiples() drawing {
	r := b.r
	if r.Comparison == nil {
		return drawing{}
	}
	if err := b.step("small multiples"); err != nil {
		return drawing{err: err}
	}
	var out drawing
	sm, err := views.CompareDiagrams(b.ctx, b.n, r.Comparison, views.CompareStyle{Lang: b.lang, Renderer: b.opt.Renderer})
	var tooLarge *views.CompareTooLargeError
	switch {
	case b.ctx.Err() != nil:
		return drawing{err: b.ctx.Err()}
	case errors.As(err, &tooLarge):
		out.notes = append(out.notes, tooLarge.Note())
	case err != nil:
		out.notes = append(out.notes, graph.T("Småmultiplene kunne ikke lages: "+err.Error(),
			"The small multiples could not be made: "+err.Error()))
	}
	for _, d := range sm {
		out.small = append(out.small, &Diagram{Name: d.Name, Title: d.Title, Caption: d.Caption, SVG: d.SVG, PNG: d.PNG})
	}
	return out
}

// drawView renders one view to SVG and PNG, legend included, for the
// style's medium.
func drawView(ctx context.Context, n *graph.Network, v views.View, s views.Style, d *Diagram) error {
	s, _, err := views.Fit(ctx, n, v, s)
	if err != nil {
		return err
	}
	var svg, png bytes.Buffer
	if err := views.Draw(ctx, n, v, s, draw.FormatSVG, &svg); err != nil {
		return err
	}
	if err := views.Draw(ctx, n, v, s, draw.FormatPNG, &png); err != nil {
		return err
	}
	d.SVG, d.PNG = svg.Bytes(), png.Bytes()
	return nil
}

func figures(coh *metrics.NetworkMeasures, eiA, eiL metrics.EI, gr *gaps.Report, sigA, sigL graph.Text) []Figure {
	h, v := 0, 0
	for _, g := range gr.Gaps {
		if g.Type == gaps.Horizontal {
			h++
		} else {
			v++
		}
	}
	sh := gr.Shares.Overall
	informal, multi := math.NaN(), math.NaN()
	if sh.Formal+sh.Informal > 0 {
		informal = sh.InformalShare
	}
	if sh.Contacts+sh.Meetings > 0 {
		multi = sh.MultiPartyShare
	}
	return []Figure{
		{Label: graph.T("enheter", "units"), Value: float64(coh.Units), Kind: "int",
			Note: graph.Textf("%s uten bånd", "%s without ties", graph.Count(coh.Isolates))},
		{Label: graph.T("bånd", "ties"), Value: float64(coh.Ties), Kind: "int",
			Note: graph.T("par som har hatt kontakt", "pairs that have been in contact")},
		{Label: graph.T("tetthet", "density"), Value: coh.Density, Kind: "index",
			Note: graph.T("andel av mulige bånd", "share of possible ties")},
		{Label: graph.T("fragmentering", "fragmentation"), Value: coh.Fragmentation, Kind: "index",
			Note: graph.T("andel par som ikke når hverandre", "share of pairs that cannot reach each other")},
		{Label: text.TermEIAgency, Value: eiA.Index, Kind: "index",
			Note: eiNote(sigA, graph.T("−1 siloer, +1 bare på tvers", "−1 silos, +1 only across"))},
		{Label: text.TermEILevel, Value: eiL.Index, Kind: "index",
			Note: eiNote(sigL, graph.T("+1 bare mellom nivåer", "+1 only between levels"))},
		{Label: graph.T("horisontale hull", "horizontal gaps"), Value: float64(h), Kind: "int",
			Note: graph.T("mellom tjenester på samme nivå", "between services at one level")},
		{Label: graph.T("vertikale hull", "vertical gaps"), Value: float64(v), Kind: "int",
			Note: graph.T("mellom nivåer", "between levels")},
		{Label: text.TermUncoordinated, Value: float64(len(gr.Uncoordinated)), Kind: "int",
			Note: graph.T("samme kontor, samme mottaker, samme uke", "one office, one target, one week")},
		{Label: text.TermFading, Value: float64(len(gr.Fading)), Kind: "int",
			Note: graph.T("stilnet mot egen rytme", "silent against their own rhythm")},
		{Label: text.TermInformalShare, Value: informal, Kind: "share",
			Note: graph.T("av kontakter og møter", "of contacts and meetings")},
		{Label: text.TermMultiPartyShare, Value: multi, Kind: "share",
			Note: graph.T("av kontakter og møter", "of contacts and meetings")},
	}
}

// gapFindings words the first maxGaps gaps, found on network judged, and
// returns them with the number left out; uncoordFindings and
// fadingFindings do the same for the other findings.
func gapFindings(judged *graph.Network, gs gaps.List, sup text.Suppression) ([]Finding, int) {
	var out []Finding
	for i := range gs {
		if i == maxGaps {
			return out, len(gs) - maxGaps
		}
		g := &gs[i]
		out = append(out, Finding{Rank: g.Rank, Type: g.Type, Scope: g.Scope, Text: text.GapFindingHiding(judged, g, sup)})
	}
	return out, 0
}

func uncoordFindings(judged *graph.Network, ps gaps.ParallelList) ([]Finding, int) {
	var out []Finding
	for i := range ps {
		if i == maxFindings {
			return out, len(ps) - maxFindings
		}
		p := &ps[i]
		out = append(out, Finding{Rank: i + 1, Scope: p.Scope, Text: text.ParallelFinding(judged, p), Dates: strings.Join(p.Dates, ", ")})
	}
	return out, 0
}

func fadingFindings(judged *graph.Network, fs gaps.FadingList) ([]Finding, int) {
	var out []Finding
	for i := range fs {
		if i == maxFindings {
			return out, len(fs) - maxFindings
		}
		f := &fs[i]
		out = append(out, Finding{Rank: i + 1, Scope: f.Scope, Text: text.FadingFinding(judged, f)})
	}
	return out, 0
}

func keyUnit(u *graph.Unit) KeyUnit {
	return KeyUnit{Key: u.Key, Name: u.Name, Agency: graph.AgencyName(u.Agency, u.AgencyLabel), Municipality: u.Municipality}
}

// brokers lists the units with the highest betweenness.
func brokers(n *graph.Network, btw []float64, roles []metrics.BrokerRoles) []KeyUnit {
	ids := make([]int, 0, len(btw))
	for i, b := range btw {
		if b > 0 {
			ids = append(ids, i)
		}
	}
	sort.SliceStable(ids, func(a, b int) bool { return btw[ids[a]] > btw[ids[b]] })
	if len(ids) > maxKeyUnits {
		ids = ids[:maxKeyUnits]
	}
	var out []KeyUnit
	for _, i := range ids {
		k := keyUnit(n.Unit(int64(i)))
		k.Value, k.Kind = btw[i], "index"
		ro := roles[i]
		across := ro.Itinerant + ro.Representative + ro.Gatekeeper + ro.Liaison
		k.Text = brokerText(btw[i], across, ro.Liaison)
		out = append(out, k)
	}
	return out
}

// brokerText says what a broker does: the share of the shortest paths it
// lies on (the undirected network) and how many of the recorded chains of
// contact through it (i contacted it, it contacted j, i and j had no
// contact) link different agencies; the two are different things, so a
// broker can lie on many paths and relay no chain between agencies.
func brokerText(btw float64, across, liaison int) graph.Text {
	c := text.NounContactChain
	if across == 0 {
		return graph.T(
			fmt.Sprintf("Ligger på %s av de korteste veiene mellom andre par, men ingen registrert kontaktkjede gjennom den (noen kontaktet den, og den kontaktet en tredje) forbinder ulike etater.",
				formatNumber(btw, "share", graph.NB)),
			fmt.Sprintf("Lies on %s of the shortest paths between other pairs, but no recorded chain of contact through it (someone contacted it and it contacted a third) links different agencies.",
				formatNumber(btw, "share", graph.EN)))
	}
	verbNB, verbEN := "forbinder", "link"
	if across == 1 {
		verbEN = "links"
	}
	return graph.T(
		fmt.Sprintf("Ligger på %s av de korteste veiene mellom andre par; %s gjennom den %s ulike etater, %s av dem to andre etater enn dens egen.",
			formatNumber(btw, "share", graph.NB), c.Count(across, graph.NB), verbNB, text.Integer(liaison, graph.NB)),
		fmt.Sprintf("Lies on %s of the shortest paths between other pairs; %s through it %s different agencies, %s of them two agencies other than its own.",
			formatNumber(btw, "share", graph.EN), c.Count(across, graph.EN), verbEN, text.Integer(liaison, graph.EN)))
}

// cutPoints lists the articulation points, those whose loss fragments
// the network most first.
func cutPoints(n *graph.Network, cut *metrics.CutPointsResult, f0 float64) []KeyUnit {
	var ids []int
	for i, c := range cut.CutPoint {
		if c {
			ids = append(ids, i)
		}
	}
	fir := cut.FragmentationIfRemoved
	sort.SliceStable(ids, func(a, b int) bool { return fir[ids[a]] > fir[ids[b]] })
	if len(ids) > maxKeyUnits {
		ids = ids[:maxKeyUnits]
	}
	var out []KeyUnit
	for _, i := range ids {
		k := keyUnit(n.Unit(int64(i)))
		k.Value, k.Kind = fir[i], "index"
		k.Text = graph.T(
			fmt.Sprintf("Uten denne enheten kan %s av enhetsparene ikke nå hverandre (i dag %s).",
				formatNumber(fir[i], "share", graph.NB), formatNumber(f0, "share", graph.NB)),
			fmt.Sprintf("Without this unit %s of the pairs of units cannot reach each other (today %s).",
				formatNumber(fir[i], "share", graph.EN), formatNumber(f0, "share", graph.EN)))
		out = append(out, k)
	}
	return out
}

// turnover words the key players (keyPlayers) for the key-unit list.
func turnover(n *graph.Network, kps []keyPlayer) []KeyUnit {
	var out []KeyUnit
	for _, x := range kps {
		if len(out) == maxTurnovers {
			break
		}
		id, ok := n.Lookup(x.key)
		if !ok {
			continue
		}
		k := keyUnit(n.Unit(id))
		k.Value, k.Kind = x.f, "index"
		whereNB, whereEN := "nettverket", "the network"
		if x.scope != "" {
			whereNB, whereEN = x.scope, x.scope
		}
		if x.f > 0 {
			k.Text = graph.T(
				fmt.Sprintf("Om denne enheten forsvinner, kan %s av enhetsparene i %s ikke lenger nå hverandre.", formatNumber(x.f, "share", graph.NB), whereNB),
				fmt.Sprintf("If this unit goes, %s of the pairs of units in %s can no longer reach each other.", formatNumber(x.f, "share", graph.EN), whereEN))
		} else {
			k.Text = graph.T(
				fmt.Sprintf("Ingen enkelt enhet splitter %s; denne har flest bånd og ville svekke samarbeidet mest.", whereNB),
				fmt.Sprintf("No single unit splits %s; this one has the most ties and its loss would weaken it most.", whereEN))
		}
		out = append(out, k)
	}
	return out
}
