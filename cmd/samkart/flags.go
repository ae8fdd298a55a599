package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/samkart/samkart/graph"
	"github.com/samkart/samkart/graph/encoding"
	"github.com/samkart/samkart/importers"
)

// inputFlags are the flags that choose and filter the dataset.
type inputFlags struct {
	files      graph.Files
	from       optional[encoding.Format, *encoding.Format] // unset: read a DATASET
	window     windowValue
	scope      string
	projection graph.Projection
	kinds      kindsValue
	formal     formalValue
	combine    graph.Combine    // --survey-combine
	freq       frequencyWeights // --frequency-weights
	pseudo     pseudoFlags      // --pseudonymise, --key

	// networkOnly is set by commands that need the network alone: a
	// dataset read from disk is then aggregated while it is read, and its
	// contact records are not kept (most of the memory at national scale).
	networkOnly bool

	// needData is set by commands that must not fall back on the built-in
	// example when no dataset is given (validate); example is set when
	// load read the example.
	needData, example bool
}

func (f *inputFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.files.Units, "units", "", "read units from `FILE` instead of DATASET/units.csv")
	fs.StringVar(&f.files.Contacts, "contacts", "", "read contacts from `FILE`")
	fs.StringVar(&f.files.Meetings, "meetings", "", "read multi-party meetings from `FILE`")
	fs.StringVar(&f.files.Municipalities, "municipalities", "", "read municipalities from `FILE`")
	fs.StringVar(&f.files.Expected, "expected", "", "read expected ties from `FILE`")
	addSurveyFlags(fs, f)
	f.pseudo.add(fs)
	textVar(fs, &f.from, "from", "", f.from,
		"read the network from one FILE in this `format` ("+strings.Join(names(encoding.Formats()), ", ")+") instead of a DATASET")
	fs.Var(&f.window, "window", "only contacts, meetings and survey rounds dated `FROM..TO` (2011-01-01..2011-06-30, 2011.., ..2011-06, 2011)")
	fs.StringVar(&f.scope, "scope", "", "only the units of one `MUNICIPALITY`")
	fs.Var(&f.kinds, "kind", "only contacts and meetings of these kinds (`KIND[,KIND…]`: meeting, phone, …): one relation at a time")
	fs.Var(&f.formal, "formal", "only formal (yes) or informal (no) contacts and meetings")
	textVar(fs, &f.projection, "meeting-weight", "", graph.ProjectNewman,
		fmt.Sprintf("weight of each unit pair at a meeting of k units: %s (1/(k−1)) or %s", graph.ProjectNewman, graph.ProjectOne))
}

// explicit reports whether any file was named with a flag.
func (f *inputFlags) explicit() bool { return f.files != graph.Files{} }

// load reads the dataset named by the positional argument or the file
// flags; with neither, it reads the embedded example and says so.
func (f *inputFlags) load(e *env, args []string) (*graph.Dataset, error) {
	ds, err := f.loadRaw(e, args)
	if err == nil {
		err = f.pseudo.apply(e, ds)
	}
	return ds, err
}

func (f *inputFlags) loadRaw(e *env, args []string) (*graph.Dataset, error) {
	f.formatFromName(args)
	if f.from.set {
		if len(args) != 1 || f.explicit() {
			return nil, usagef("--from %s trenger nøyaktig ett FIL-argument", "--from %s needs exactly one FILE argument", f.from.value)
		}
		return decodeFile(f.from.value, args[0])
	}
	switch {
	case len(args) > 0 && f.explicit():
		return nil, usagef("oppgi enten datamapper eller --units og de andre filflaggene, ikke begge", "give either DATASET folders or --units and the other file flags, not both")
	case len(args) > 0:
		return f.source(args).Load()
	case f.explicit():
		if f.files.Units == "" {
			return nil, usagef("--units må oppgis når filene navngis hver for seg", "--units is required when files are named one by one")
		}
		return f.source(nil).Load()
	}
	return f.loadDefault(e)
}

// formatFromName sets --from when the one argument is a file (not a
// folder) whose extension names an exchange format, as users expect when
// they give the GraphML or Pajek file another tool wrote.
func (f *inputFlags) formatFromName(args []string) {
	if f.from.set || len(args) != 1 || f.explicit() {
		return
	}
	format, ok := encoding.FormatOfName(args[0])
	if info, err := os.Stat(args[0]); ok && err == nil && info.Mode().IsRegular() {
		f.from.value, f.from.set = format, true
	}
}

// options returns the build options the flags ask for.
func (f *inputFlags) options() graph.BuildOptions {
	return graph.BuildOptions{Window: f.window.w, Filter: graph.Filter{Scope: f.scope}, Projection: f.projection,
		Relation: f.relation(), Combine: f.combine}
}

// build loads the dataset and builds its network, limited to --scope.
func (f *inputFlags) build(e *env, args []string) (*graph.Network, error) {
	return f.buildNetwork(e, args, f.options())
}

// buildWhole is build without the --scope filter (which it still checks),
// for analyses that need the ties around a municipality, such as gaps.
func (f *inputFlags) buildWhole(e *env, args []string) (*graph.Network, error) {
	opt := f.options()
	opt.Filter.Scope = ""
	return f.buildNetwork(e, args, opt)
}

func (f *inputFlags) buildNetwork(e *env, args []string, opt graph.BuildOptions) (*graph.Network, error) {
	var ds *graph.Dataset
	var net *graph.Network
	var err error
	f.formatFromName(args)
	// A folder, or files named by flags, can be aggregated as it is read;
	// the embedded example and --from files are small and read whole.
	stream := f.networkOnly && !f.from.set && !f.pseudo.on
	switch {
	case stream && len(args) > 0 && !f.explicit():
		net, err = f.source(args).LoadNetwork(opt)
	case stream && len(args) == 0 && f.files.Units != "":
		net, err = f.source(nil).LoadNetwork(opt)
	default:
		ds, err = f.load(e, args)
	}
	if err != nil {
		return nil, err
	}
	if net != nil {
		ds = net.Data
	}
	for _, w := range ds.Warnings {
		fmt.Fprintf(e.stderr, "samkart: %s: %s\n", graph.T("advarsel", "warning").In(e.lang), w.In(e.lang))
	}
	if !opt.Window.IsAll() {
		if err := checkDates(ds, "--window"); err != nil {
			return nil, err
		}
	}
	if err := f.checkRelation(ds); err != nil {
		return nil, err
	}
	f.warnRelations(e, ds)
	ds = ds.Select(opt.Relation)
	if f.scope != "" && !hasMunicipality(ds, f.scope) {
		names := ds.MunicipalityNames()
		if s := importers.Suggest(f.scope, names); s != "" {
			return nil, usagef("--scope %q: ingen enhet hører til den kommunen; mente du %s?",
				"--scope %q: no unit belongs to that municipality; did you mean %s?", f.scope, s)
		}
		list := municipalityList(names)
		return nil, &usageError{graph.T(
			fmt.Sprintf("--scope %q: ingen enhet hører til den kommunen; datasettet har %s", f.scope, list.NB),
			fmt.Sprintf("--scope %q: no unit belongs to that municipality; the dataset has %s", f.scope, list.EN))}
	}
	if net != nil {
		return net, nil
	}
	return graph.Build(ds, opt)
}

func hasMunicipality(ds *graph.Dataset, name string) bool {
	for i := range ds.Units {
		if strings.EqualFold(ds.Units[i].Municipality, name) {
			return true
		}
	}
	return false
}

// municipalityList lists up to ten municipality names in both languages.
func municipalityList(names []string) graph.Text {
	switch {
	case len(names) == 0:
		return graph.T("ingen kommuner", "no municipalities")
	case len(names) > 10:
		s := strings.Join(names[:10], ", ")
		return graph.Textf("%s og %s til", "%s and %s more", s, graph.Count(len(names)-10))
	}
	s := strings.Join(names, ", ")
	return graph.T(s, s)
}

// outputFlags choose the output format, language and file.
type outputFlags struct {
	format tableFormat
	excel  bool
	out    string
}

func (f *outputFlags) add(fs *pflag.FlagSet) {
	textVar(fs, &f.format, "format", "f", formatText, "output `format`: "+strings.Join(names(tableFormats()), ", "))
	fs.BoolVar(&f.excel, "excel", false, "with --format csv: write CSV for Norwegian Excel (BOM, ';', decimal comma; headers and words in the language of --lang)")
	addLang(fs, "labels and findings")
	fs.StringVarP(&f.out, "out", "o", "", "write to `FILE` instead of standard output")
}

// addLang declares --lang, the language of what (what a command writes):
// every command that writes words declares it here. run reads it into
// env.lang, which the commands write in.
func addLang(fs *pflag.FlagSet, what string) {
	var l langFlag // "": the locale's
	textVar(fs, &l, "lang", "", l, "language of "+what+": "+oneOf(graph.Langs())+" (default from the locale)")
}

// windowValue parses FROM..TO, or a single period. Either side may be empty. A side may be a
// day (2011-09-14 or 14.09.2011), a month (2011-09) or a year (2011); the
// window runs from the start of FROM to the end of TO.
type windowValue struct {
	w   graph.Window
	raw string
}

func (v *windowValue) String() string { return v.raw }
func (v *windowValue) Type() string   { return "window" }
func (v *windowValue) Set(s string) error {
	from, to, ok := strings.Cut(s, "..")
	if !ok { // one day, month or year
		from, to = s, s
	}
	w := graph.All
	var err error
	if from = strings.TrimSpace(from); from != "" {
		if w.From, _, err = parsePeriod(from); err != nil {
			return err
		}
	}
	if to = strings.TrimSpace(to); to != "" {
		if _, w.To, err = parsePeriod(to); err != nil {
			return err
		}
	}
	if w.IsAll() {
		return usagef("%q: gi minst én av FRA og TIL", "%q: give at least one of FROM and TO", s)
	}
	if w.From.Valid() && w.To.Valid() && w.From > w.To {
		return usagef("%q: FRA er etter TIL", "%q: FROM is after TO", s)
	}
	v.w, v.raw = w, s
	return nil
}

// parsePeriod returns the first and last minute of a day, month or year.
func parsePeriod(s string) (first, last graph.Date, err error) {
	layouts := []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"02.01.2006", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"01.2006", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	}
	for _, l := range layouts {
		if t, perr := time.Parse(l.layout, s); perr == nil {
			return graph.DateOf(t), graph.DateOf(l.next(t)) - 1, nil
		}
	}
	return 0, 0, usagef("dato %q: forventet 2011-09-14, 14.09.2011, 2011-09 eller 2011", "date %q: want 2011-09-14, 14.09.2011, 2011-09 or 2011", s)
}

// decodeFile reads a network exported by samkart or another tool.
func decodeFile(format encoding.Format, path string) (*graph.Dataset, error) {
	file, _, err := importers.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	ds, err := decoders[format](file, path) // the decoders buffer, and take the file's size for their limits
	if err != nil {
		return nil, err
	}
	if err := readPartitions(format, path, ds); err != nil {
		return nil, err
	}
	if ds.Name == "" {
		ds.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return ds, nil
}
