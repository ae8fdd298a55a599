package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
	"github.com/samkart/samkart/metrics/gaps"
)

var cmdRender = &command{
	Name: "render",
	Args: "[flags] [DATASET...]",
	Short: graph.T("tegn et diagram: nettverk, nivåer, etater, hull, ego eller sammenligning (SVG, PNG, DOT)",
		"draw a diagram: network, levels, agencies, gaps, ego or compare (SVG, PNG, DOT)"),
	Long: graph.T(`samkart render tegner ett diagram av et datasett til lysbilder eller en rapport, på
bokmål eller engelsk, med forklaring og en tittel som nevner datasett,
avgrensning og datoer.

Visningene (--view):

  network   enhetene farget etter etat, formet etter nivå, store etter
            --size-by; bånd så brede som vekten, stiplet når kontakten
            mest var uformell; kommunene som navngitte klynger
  levels    ett felt per nivå, staten øverst og brukerne nederst, én kolonne
            per etat: horisontale bånd (innen et nivå) og vertikale bånd
            (mellom nivåer) i to farger
  agencies  blokktetthetene etat × etat som varmekart, med antall bånd i
            hver celle (--by level for nivå × nivå); bare SVG eller PNG
  gaps      nettverket med de manglende forventede båndene som nummererte
            røde stiplede linjer, ukoordinerte parallelle kontakter i rødt og
            bånd som svekkes prikket i grått
  ego       én enhet (--unit ID) og naboene til --radius 1 eller 2, med
            målene i bildeteksten
  compare   kommunene side om side: ett lite nettverk hver, i samme
            målestokk, over et punktdiagram per mål (se samkart compare)
  ratings   varmekartets andre visning, for data fra en undersøkelse:
            gjennomsnittlig vurdering (--rating quality, trust eller value;
            trust som standard) som enhetene i én etat ga en annens
            (--by level for nivåer); bare SVG eller PNG

Over noen hundre enheter grupperer grafvisningene enhetene selv (én node per
etat per kommune, ellers per kommune, ellers per etat) og sier fra på standard
feilutdata; --aggregate velger grupperingen, og --aggregate none tegner hver
enhet uansett hvor lang tid det tar.

--size a4, a4-landscape eller slide tegner diagrammet for en A4-side (med
plass til en bildetekst) eller et lysbilde i 16:9: tekstene gjøres store nok
til å leses der når bildet er krympet til å passe (målet er 7 punkter på
papir og 10 punkter på et lysbilde, og den sier fra når de blir under 6 eller
8 punkter), lange navn brytes eller forkortes i stedet for å krympes (hele
navnet vises når pekeren står over enheten), og SVG-en får størrelsen til
siden eller lysbildet. Uten --size får diagrammet den størrelsen oppsettet
trenger.

--title sier hva diagrammet viser, etter visningens egen tittel; uten den
nevner tittelen kommunen (med --scope, eller datasettets eneste kommune) eller
regionen.

Formatet er --format, eller filendelsen i --out (.svg, .png, .dot eller .gv),
ellers SVG. Uten --out går diagrammet til standard utdata, men et bilde (SVG
eller PNG) skrives ikke til en terminal, der det ville fylle skjermen med
kode: gi -o FIL, eller -o - for å skrive det til terminalen likevel. DOT,
diagrammets tekstkilde, kan gå til en terminal. Filer skrives hele eller
ikke i det hele tatt. I SVG-en viser pekeren over en enhet eller et bånd navn
og mål.`,
		`Render draws one diagram of a dataset for a slide or a report, in bokmål or
English, with a legend and a title naming the dataset, scope and dates.

The views (--view):

  network   units coloured by agency, shaped by level, sized by --size-by;
            ties as wide as their weight, dashed when mostly informal;
            municipalities as named clusters
  levels    one band per level, the state at the top and users at the
            bottom, one column per agency: horizontal ties (within a level)
            and vertical ties (between levels) in two colours
  agencies  the agency × agency block densities as a heat map, with the
            number of ties in each cell (--by level for level × level);
            SVG or PNG only
  gaps      the network with the missing expected ties as numbered red
            dashed lines, uncoordinated parallel contacts in red and fading
            ties dotted grey
  ego       one unit (--unit ID) and its neighbours to --radius 1 or 2,
            with its measures in the caption
  compare   the municipalities side by side: one small network each, on
            one scale, above a dot chart per measure (see samkart compare)
  ratings   the heat map's second view, for survey data: the mean rating
            (--rating quality, trust or value; trust by default) that one
            agency's units gave another's (--by level for levels); SVG or
            PNG only

Above a few hundred units the graph views group units automatically (one
node per agency per municipality, else per municipality, else per agency)
and say so on standard error; --aggregate chooses the grouping, and
--aggregate none draws every unit however long that takes.

--size a4, a4-landscape or slide draws the diagram for an A4 page (with
room for a caption) or a 16:9 slide: its texts are made large enough to
read there once the picture is shrunk to fit (aiming at 7 pt on paper and
10 pt on a slide, and saying so when they stay under 6 or 8 pt), long
names are wrapped or shortened rather than shrunk (the full name shows when
pointing at the unit), and the SVG is sized for the page or slide.
Without --size the diagram has the size its layout needs.

--title names what the diagram shows, after the view's own title; without
it the title names the municipality (with --scope, or the dataset's only
one) or the region.

The format is --format, or the extension of --out (.svg, .png, .dot or .gv),
else SVG. Without --out the diagram goes to standard output, but an image
(SVG or PNG) is not written to a terminal, where it would fill the screen
with code: give -o FILE, or -o - to write it to the terminal all the same.
DOT, the diagram's text source, may go to a terminal. Files are written
whole or not at all. In the SVG, pointing at a unit or tie shows its name
and measures.`),
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var r renderFlags
		r.add(fs)
		return func(ctx context.Context, e *env, args []string) error {
			return r.run(ctx, e, fs, args)
		}
	},
}

// renderFlags are the flags of samkart render.
type renderFlags struct {
	in     inputFlags
	view   views.View
	format draw.Format
	out    string
	style  views.Style // Size, Aggregate and Title from the flags
	size   renderSize
	by     heatmapGroup
	unit   string
	radius int
	until  untilFlag
	rating optional[graph.Rating, *graph.Rating]
	sup    suppressFlag
}

func (r *renderFlags) add(fs *pflag.FlagSet) {
	r.in.add(fs)
	textVar(fs, &r.view, "view", "", views.ViewNetwork, "the `VIEW`: "+oneOf(views.Views()))
	textVar(fs, &r.format, "format", "f", draw.FormatSVG,
		"output `format`: "+oneOf(draw.Formats())+" (default from --out's extension, else "+draw.FormatSVG.String()+")")
	addLang(fs, "labels")
	fs.StringVarP(&r.out, "out", "o", "", "write to `FILE` instead of standard output")
	textVar(fs, &r.size, "size", "", r.size, "draw for a `MEDIUM`: "+oneOf(views.Media())+" (16:9)")
	textVar(fs, &r.style.Size, "size-by", "", views.SizeBetweenness, "what sets a unit's size: "+oneOf(views.Measures()))
	fs.StringVar(&r.style.Title, "title", "", "what the diagram shows, after the view's title (default: the municipality or region)")
	textVar(fs, &r.style.Aggregate, "aggregate", "", views.AggregateAuto, "group units: "+aggregations())
	textVar(fs, &r.by, "by", "", heatmapGroups()[0], "agencies view: groups of the heat map, "+oneOf(heatmapGroups()))
	fs.StringVar(&r.unit, "unit", "", "ego view: the unit's `ID`")
	fs.IntVar(&r.radius, "radius", 1, "ego view: neighbours to 1 or 2 steps")
	r.until.add(fs, "gaps view: ")
	textVar(fs, &r.rating, "rating", "", r.rating, "ratings view: the `rating` shown, "+oneOf(graph.Ratings())+" (default trust, when rated)")
	r.sup.add(fs)
}

// aggregations lists --aggregate's values for help.
func aggregations() string {
	var names []string
	for _, a := range views.Aggregations() {
		s := a.String()
		if a == views.AggregateAgency {
			s += " (per municipality)" // unlike agency-all
		}
		names = append(names, s)
	}
	return orList(names)
}

func (r *renderFlags) run(ctx context.Context, e *env, fs *pflag.FlagSet, args []string) error {
	f := r.outputFormat(fs)
	if err := r.check(fs, f); err != nil {
		return err
	}
	if err := refuseImageTerminal(e, f, r.out); err != nil {
		return err
	}
	if err := r.sizeBy(e, fs); err != nil {
		return err
	}
	net, err := r.in.build(e, args)
	if err != nil {
		return err
	}
	if r.view == views.ViewCompare {
		return renderCompare(ctx, e, net, f, r.out)
	}
	s := r.style
	s.Lang, s.Renderer, s.Medium = e.lang, e.renderer, r.size.medium
	s.Title = strings.TrimSpace(s.Title)
	s.Unit, s.Radius, s.By = strings.TrimSpace(r.unit), r.radius, metrics.Attribute(r.by)
	s.Suppress = r.sup.of(&r.in)
	if r.rating.set {
		s.Rating = &r.rating.value
	}
	if r.view == views.ViewEgo {
		if err := r.checkUnit(net, s.Unit); err != nil {
			return err
		}
	}
	if r.view == views.ViewGaps && net.Data != nil {
		// Judged on the network without its scope, as the view does.
		whole, err := net.Unscoped()
		if err != nil {
			return err
		}
		s.Gaps = gaps.Compute(whole, gaps.Options{Scope: net.Options.Filter.Scope, AsOf: r.until.at(whole)})
	}
	if s.Aggregate == views.AggregateAuto {
		s.Aggregate = views.AutoAggregation(net, r.view, s)
		if s.Aggregate != views.AggregateNone {
			d := s.Aggregate.Describe()
			fmt.Fprintf(e.stderr, "samkart: %s\n", graph.Textf(
				"%s enheter er for mange til å tegnes hver for seg: tegner %s (--aggregate none tegner alle enhetene)",
				"%s units are too many to draw one by one: drawing %s (--aggregate none draws every unit)", graph.Count(net.Len()), d).In(e.lang))
		}
	}
	s, err = r.fit(ctx, e, net, s)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := views.Draw(ctx, net, r.view, s, f, &b); err != nil {
		if errors.Is(err, views.ErrNoRatings) {
			return usagef("--view ratings: %s har ingen vurderinger; den trenger en undersøkelse med kvalitet, tillit eller verdi",
				"--view ratings: %s has no ratings; it needs a survey with quality, trust or value", net.Data.Name)
		}
		return err
	}
	return writeOutput(e, r.out, net.Data, b.Bytes())
}

// fit lays the diagram out for --size's medium, and says when its
// smallest text is still below the medium's legible size.
func (r *renderFlags) fit(ctx context.Context, e *env, net *graph.Network, s views.Style) (views.Style, error) {
	s, shown, err := views.Fit(ctx, net, r.view, s)
	if err != nil || s.Medium == views.MediumScreen {
		return s, err
	}
	if shown < s.Medium.Legible() {
		pt := strconv.FormatFloat(shown, 'f', 1, 64)
		if e.lang == graph.NB {
			pt = strings.Replace(pt, ".", ",", 1)
		}
		advice := graph.T("--scope eller --aggregate gir større tekst", "--scope or --aggregate gives larger text")
		if s.Medium == views.MediumA4 {
			advice = graph.T("--size a4-landscape gir større tekst", "--size a4-landscape gives larger text")
		}
		fmt.Fprintf(e.stderr, "samkart: %s\n", graph.Textf("med %s enheter blir den minste teksten %s pt på %s; %s",
			"with %s units the smallest text is %s pt on %s; %s", graph.Count(net.Len()), pt, s.Medium.Phrase(), advice).In(e.lang))
	}
	return s, nil
}

// outputFormat returns --format, or when it is not given the format the
// extension of --out names (.gv is DOT, as Graphviz names its files).
func (r *renderFlags) outputFormat(fs *pflag.FlagSet) draw.Format {
	if fs.Changed("format") || r.out == "" || r.out == "-" {
		return r.format
	}
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(r.out), "."))
	if ext == "gv" {
		ext = draw.FormatDOT.String()
	}
	var f draw.Format
	if f.UnmarshalText([]byte(ext)) == nil && f.String() == ext {
		return f
	}
	return r.format
}

// check refuses flags that do not go with the view or the format.
func (r *renderFlags) check(fs *pflag.FlagSet, f draw.Format) error {
	v := r.view
	if v == views.ViewCompare {
		for _, name := range []string{"unit", "radius", "by", "size", "size-by", "aggregate"} {
			if fs.Changed(name) {
				return usagef("--%s hører ikke sammen med --view compare", "--%s does not go with --view compare", name)
			}
		}
		return nil
	}
	switch {
	case (v == views.ViewAgencies || v == views.ViewRatings) && f == draw.FormatDOT:
		return usagef("visningen %s er et varmekart som tegnes direkte: bruk --format svg eller png", "the %s view is a heat map drawn directly: use --format svg or png", v)
	case v != views.ViewEgo && (fs.Changed("unit") || fs.Changed("radius")):
		return usagef("--unit og --radius hører sammen med --view ego", "--unit and --radius go with --view ego")
	case v == views.ViewEgo && strings.TrimSpace(r.unit) == "":
		return usagef("--view ego trenger --unit ID", "--view ego needs --unit ID")
	case r.radius != 1 && r.radius != 2:
		return usagef("--radius %d: forventet 1 eller 2", "--radius %d: want 1 or 2", r.radius)
	case v != views.ViewAgencies && v != views.ViewRatings && fs.Changed("by"):
		return usagef("--by hører sammen med --view agencies", "--by goes with --view agencies")
	case v != views.ViewRatings && fs.Changed("rating"):
		return usagef("--rating hører sammen med --view ratings", "--rating goes with --view ratings")
	case v != views.ViewGaps && (fs.Changed("until") || fs.Changed("as-of")):
		return usagef("--until hører sammen med --view gaps", "--until goes with --view gaps")
	}
	return nil
}

// checkUnit fails when the ego view's unit is not in net, suggesting the
// nearest unit ID.
func (r *renderFlags) checkUnit(net *graph.Network, unit string) error {
	if _, ok := net.Lookup(unit); ok {
		return nil
	}
	var keys []string
	for _, u := range net.Units() {
		keys = append(keys, u.Key)
	}
	if near := importers.Suggest(unit, keys); near != "" {
		return usagef("--unit %q: enheten finnes ikke; mente du %s?", "--unit %q: no such unit; did you mean %s?", unit, near)
	}
	if r.in.scope != "" {
		return usagef("--unit %q: enheten finnes ikke i %s", "--unit %q: no such unit in %s", unit, r.in.scope)
	}
	return usagef("--unit %q: enheten finnes ikke", "--unit %q: no such unit", unit)
}

// refuseImageTerminal fails when an image (SVG or PNG) would go to a
// terminal without -o: tens of kilobytes of code in the window, as curl
// refuses binary output. -o - writes it there all the same; DOT, the
// diagram's source text, is allowed.
func refuseImageTerminal(e *env, f draw.Format, out string) error {
	if out == "" && f != draw.FormatDOT && isTerminalWriter(e.stdout) {
		return usagef("skriver ikke et bilde (%s) til terminalen: bruk -o FIL, for eksempel -o diagram.%s (eller -o - for å skrive det hit likevel)",
			"not writing an image (%s) to the terminal: use -o FILE, for example -o diagram.%s (or -o - to write it here all the same)",
			strings.ToUpper(f.String()), f.String())
	}
	return nil
}

// isTerminalWriter reports whether w is a terminal: a character device
// other than the null device.
func isTerminalWriter(w any) bool {
	f, ok := w.(*os.File)
	if !ok || !isTerminal(f) {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// renderSize is the value of --size: a medium, or for diagrams made
// before --size-by one of the size measures, which it still accepts.
type renderSize struct {
	medium  views.Medium
	measure views.Measure
	old     string // the measure's name as given; "" for a medium
}

func (r renderSize) MarshalText() ([]byte, error) {
	if r.old != "" {
		return []byte(r.old), nil
	}
	return r.medium.MarshalText()
}

func (r *renderSize) UnmarshalText(b []byte) error {
	var m views.Medium
	err := m.UnmarshalText(b)
	if err == nil {
		*r = renderSize{medium: m}
		return nil
	}
	var ms views.Measure
	if ms.UnmarshalText(b) == nil {
		*r = renderSize{measure: ms, old: ms.String()}
		return nil
	}
	return err
}

// sizeBy takes a size measure given to --size as --size-by, saying so.
func (r *renderFlags) sizeBy(e *env, fs *pflag.FlagSet) error {
	if r.size.old == "" {
		return nil
	}
	if fs.Changed("size-by") {
		return usagef("--size %s: størrelsesmålet heter nå --size-by; --size er mediet (%s)",
			"--size %s: the size measure is now --size-by; --size is the medium (%s)", r.size.old, oneOf(views.Media()))
	}
	r.style.Size = r.size.measure
	fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
		fmt.Sprintf("--size %s: størrelsesmålet heter nå --size-by (--size %s virker ennå); --size angir mediet: %s", r.size.old, r.size.old, oneOf(views.Media())),
		fmt.Sprintf("--size %s: the size measure is now --size-by (--size %s still works); --size gives the medium: %s", r.size.old, r.size.old, oneOf(views.Media()))).In(e.lang))
	return nil
}
