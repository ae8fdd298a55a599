package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/cmd/samkart/internal/views"
	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/draw"
	"github.com/samkart/samkart/importers"
	"github.com/samkart/samkart/metrics"
)

var cmdRender = &command{
	Name: "render",
	Args: "[flags] [DATASET]",
	Short: graph.T("tegn et diagram: nettverk, nivåer, etater, hull, ego eller sammenligning (SVG, PNG, DOT)",
		"draw a diagram: network, levels, agencies, gaps, ego or compare (SVG, PNG, DOT)"),
	Long: graph.T(`samkart render tegner ett diagram av et datasett til lysbilder eller en rapport, på
bokmål eller engelsk, med forklaring og en tittel som nevner datasett,
avgrensning og datoer.

Visningene (--view):

  network   enhetene farget etter etat, formet etter nivå, store etter --size;
            bånd så brede som vekten, stiplet når kontakten mest var
            uformell; kommunene som navngitte klynger
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

Over noen hundre enheter grupperer grafvisningene enhetene selv (én node per
etat per kommune, ellers per kommune, ellers per etat) og sier fra på standard
feilutdata; --aggregate velger grupperingen, og --aggregate none tegner hver
enhet uansett hvor lang tid det tar.

Formatet er --format, eller filendelsen i --out (.svg, .png, .dot eller .gv),
ellers SVG. Uten --out går diagrammet til standard utdata, unntatt PNG til en
terminal. Filer skrives hele eller ikke i det hele tatt. I SVG-en viser
pekeren over en enhet eller et bånd navn og mål.`,
		`Render draws one diagram of a dataset for a slide or a report, in bokmål or
English, with a legend and a title naming the dataset, scope and dates.

The views (--view):

  network   units coloured by agency, shaped by level, sized by --size;
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

Above a few hundred units the graph views group units automatically (one
node per agency per municipality, else per municipality, else per agency)
and say so on standard error; --aggregate chooses the grouping, and
--aggregate none draws every unit however long that takes.

The format is --format, or the extension of --out (.svg, .png, .dot or .gv),
else SVG. Without --out the diagram goes to standard output, except a PNG
to a terminal. Files are written whole or not at all. In the SVG, pointing
at a unit or tie shows its name and measures.`),
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
	style  views.Style // Size and Aggregate from the flags
	by     heatmapGroup
	unit   string
	radius int
}

func (r *renderFlags) add(fs *pflag.FlagSet) {
	r.in.add(fs)
	textVar(fs, &r.view, "view", "", views.ViewNetwork, "the `VIEW`: "+oneOf(views.Views()))
	textVar(fs, &r.format, "format", "f", draw.FormatSVG,
		"output `format`: "+oneOf(draw.Formats())+" (default from --out's extension, else "+draw.FormatSVG.String()+")")
	addLang(fs, "labels")
	fs.StringVarP(&r.out, "out", "o", "", "write to `FILE` instead of standard output")
	textVar(fs, &r.style.Size, "size", "", views.SizeBetweenness, "what sets a unit's size: "+oneOf(views.Measures()))
	textVar(fs, &r.style.Aggregate, "aggregate", "", views.AggregateAuto, "group units: "+aggregations())
	textVar(fs, &r.by, "by", "", heatmapGroups()[0], "agencies view: groups of the heat map, "+oneOf(heatmapGroups()))
	fs.StringVar(&r.unit, "unit", "", "ego view: the unit's `ID`")
	fs.IntVar(&r.radius, "radius", 1, "ego view: neighbours to 1 or 2 steps")
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
	if err := refusePNGTerminal(e, f, r.out); err != nil {
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
	s.Lang, s.Renderer = e.lang, e.renderer
	s.Unit, s.Radius, s.By = strings.TrimSpace(r.unit), r.radius, metrics.Attribute(r.by)
	if r.view == views.ViewEgo {
		if err := r.checkUnit(net, s.Unit); err != nil {
			return err
		}
	}
	if s.Aggregate == views.AggregateAuto {
		s.Aggregate = views.AutoAggregation(net, r.view, s)
		if s.Aggregate != views.AggregateNone {
			d := s.Aggregate.Describe()
			fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
				fmt.Sprintf("%d enheter er for mange til å tegnes hver for seg: tegner %s (--aggregate none tegner alle enhetene)", net.Len(), d.NB),
				fmt.Sprintf("%d units are too many to draw one by one: drawing %s (--aggregate none draws every unit)", net.Len(), d.EN)).In(e.lang))
		}
	}
	var b bytes.Buffer
	if err := views.Draw(ctx, net, r.view, s, f, &b); err != nil {
		return err
	}
	return writeOutput(e, r.out, net.Data, b.Bytes())
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
		for _, name := range []string{"unit", "radius", "by", "size", "aggregate"} {
			if fs.Changed(name) {
				return usagef("--%s hører ikke sammen med --view compare", "--%s does not go with --view compare", name)
			}
		}
		return nil
	}
	switch {
	case v == views.ViewAgencies && f == draw.FormatDOT:
		return usagef("etatsvisningen er et varmekart som tegnes direkte: bruk --format svg eller png", "the agencies view is a heat map drawn directly: use --format svg or png")
	case v != views.ViewEgo && (fs.Changed("unit") || fs.Changed("radius")):
		return usagef("--unit og --radius hører sammen med --view ego", "--unit and --radius go with --view ego")
	case v == views.ViewEgo && strings.TrimSpace(r.unit) == "":
		return usagef("--view ego trenger --unit ID", "--view ego needs --unit ID")
	case r.radius != 1 && r.radius != 2:
		return usagef("--radius %d: forventet 1 eller 2", "--radius %d: want 1 or 2", r.radius)
	case v != views.ViewAgencies && fs.Changed("by"):
		return usagef("--by hører sammen med --view agencies", "--by goes with --view agencies")
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

// refusePNGTerminal fails when a PNG would go to a terminal.
func refusePNGTerminal(e *env, f draw.Format, out string) error {
	if (out == "" || out == "-") && f == draw.FormatPNG && isTerminalWriter(e.stdout) {
		return usagef("skriver ikke PNG til terminalen: oppgi --out FIL eller send standard ut til en fil", "not writing a PNG to the terminal: give --out FILE or redirect standard output")
	}
	return nil
}

// isTerminalWriter reports whether w is a terminal.
func isTerminalWriter(w any) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}
