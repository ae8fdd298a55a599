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
	Name:  "render",
	Args:  "[flags] [DATASET]",
	Short: "draw a diagram: network, levels, agencies, gaps, ego or compare (SVG, PNG, DOT)",
	Long: `Render draws one diagram of a dataset for a slide or a report, in bokmål or
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
at a unit or tie shows its name and measures.`,
	Setup: func(fs *pflag.FlagSet) func(context.Context, *env, []string) error {
		var in inputFlags
		in.add(fs)
		view := newEnum("network", "network", "levels", "agencies", "gaps", "ego", "compare")
		fs.Var(&view, "view", "the `VIEW`: network, levels, agencies, gaps, ego or compare")
		format := newEnum("svg", "svg", "png", "dot")
		fs.VarP(&format, "format", "f", "output `format`: svg, png or dot (default from --out's extension, else svg)")
		lang := newEnum("", "nb", "en")
		fs.Var(&lang, "lang", "language of labels: nb or en (default from the locale)")
		out := fs.StringP("out", "o", "", "write to `FILE` instead of standard output")
		size := newEnum("betweenness", "betweenness", "degree", "strength")
		fs.Var(&size, "size", "what sets a unit's size: betweenness, degree or strength")
		agg := newEnum("auto", "auto", "none", "agency", "municipality", "agency-all")
		fs.Var(&agg, "aggregate", "group units: auto, none, agency (per municipality), municipality or agency-all")
		by := newEnum("agency", "agency", "level")
		fs.Var(&by, "by", "agencies view: groups of the heat map, agency or level")
		unit := fs.String("unit", "", "ego view: the unit's `ID`")
		radius := fs.Int("radius", 1, "ego view: neighbours to 1 or 2 steps")
		return func(ctx context.Context, e *env, args []string) error {
			f, err := renderFormat(fs, format.value, *out)
			if err != nil {
				return err
			}
			if view.value == "compare" {
				for _, name := range []string{"unit", "radius", "by", "size", "aggregate"} {
					if fs.Changed(name) {
						return usagef("--%s hører ikke sammen med --view compare", "--%s does not go with --view compare", name)
					}
				}
				if err := refusePNGTerminal(e, f, *out); err != nil {
					return err
				}
				net, err := in.build(e, args)
				if err != nil {
					return err
				}
				l := localeLang(e.getenv)
				if lang.value != "" {
					l, _ = graph.ParseLang(lang.value)
				}
				return renderCompare(ctx, e, net, l, f, *out)
			}
			v, err := views.ParseView(view.value)
			if err != nil {
				return usagef("%v", "%v", err)
			}
			switch {
			case v == views.ViewAgencies && f == draw.FormatDOT:
				return usagef("etatsvisningen er et varmekart som tegnes direkte: bruk --format svg eller png", "the agencies view is a heat map drawn directly: use --format svg or png")
			case v != views.ViewEgo && (fs.Changed("unit") || fs.Changed("radius")):
				return usagef("--unit og --radius hører sammen med --view ego", "--unit and --radius go with --view ego")
			case v == views.ViewEgo && strings.TrimSpace(*unit) == "":
				return usagef("--view ego trenger --unit ID", "--view ego needs --unit ID")
			case *radius != 1 && *radius != 2:
				return usagef("--radius %d: forventet 1 eller 2", "--radius %d: want 1 or 2", *radius)
			case v != views.ViewAgencies && fs.Changed("by"):
				return usagef("--by hører sammen med --view agencies", "--by goes with --view agencies")
			}
			if err := refusePNGTerminal(e, f, *out); err != nil {
				return err
			}
			net, err := in.build(e, args)
			if err != nil {
				return err
			}
			s := views.Style{Unit: strings.TrimSpace(*unit), Radius: *radius, Renderer: e.renderer}
			s.Lang = localeLang(e.getenv)
			if lang.value != "" {
				s.Lang, _ = graph.ParseLang(lang.value)
			}
			s.Size, _ = views.ParseMeasure(size.value)
			s.Aggregate, _ = views.ParseAggregation(agg.value)
			if by.value == "level" {
				s.By = metrics.ByLevel
			}
			if view.value == "compare" {
				return renderCompare(ctx, e, net, s.Lang, f, *out)
			}
			if v == views.ViewEgo {
				if _, ok := net.Lookup(s.Unit); !ok {
					var keys []string
					for _, u := range net.Units() {
						keys = append(keys, u.Key)
					}
					if near := importers.Suggest(s.Unit, keys); near != "" {
						return usagef("--unit %q: enheten finnes ikke; mente du %s?", "--unit %q: no such unit; did you mean %s?", s.Unit, near)
					}
					if in.scope != "" {
						return usagef("--unit %q: enheten finnes ikke i %s", "--unit %q: no such unit in %s", s.Unit, in.scope)
					}
					return usagef("--unit %q: enheten finnes ikke", "--unit %q: no such unit", s.Unit)
				}
			}
			if s.Aggregate == views.AggregateAuto {
				s.Aggregate = views.AutoAggregation(net, v, s)
				if s.Aggregate != views.AggregateNone {
					d := s.Aggregate.Describe()
					fmt.Fprintf(e.stderr, "samkart: %s\n", graph.T(
						fmt.Sprintf("%d enheter er for mange til å tegnes hver for seg: tegner %s (--aggregate none tegner alle enhetene)", net.Len(), d.NB),
						fmt.Sprintf("%d units are too many to draw one by one: drawing %s (--aggregate none draws every unit)", net.Len(), d.EN)).In(e.lang))
				}
			}
			var b bytes.Buffer
			if err := views.Draw(ctx, net, v, s, f, &b); err != nil {
				return err
			}
			return writeOutput(e, *out, net.Data, b.Bytes())
		}
	},
}

// renderFormat returns --format, or when it is not given the format the
// extension of --out names.
func renderFormat(fs *pflag.FlagSet, format, out string) (draw.Format, error) {
	if !fs.Changed("format") && out != "" && out != "-" {
		switch ext := strings.ToLower(filepath.Ext(out)); ext {
		case ".svg", ".png", ".dot", ".gv":
			return draw.ParseFormat(ext[1:])
		}
	}
	f, err := draw.ParseFormat(format)
	if err != nil {
		return 0, usagef("%v", "%v", err)
	}
	return f, nil
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
