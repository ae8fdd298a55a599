package importers

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/samkart/samkart/graph"
)

// The plausibility checks: what is valid but probably a mistake, found
// while the files are read and reported as warnings with the position of
// the first record concerned. The package documentation states the rules.
const (
	weightFactor   = 10 // times the 99th percentile of the weights that is far above the rest
	weightRecords  = 20 // fewer positive weights are not judged
	oneDayContacts = 3  // contacts of a unit, all on one day, that make a warning
	oneDaySpan     = 30 // days the data must span for that to be odd
	weightBucket   = 40 // low bits of a weight's float64 dropped to bucket it (12 mantissa bits kept)
	maxPlausible   = 10 // warnings of one check listed before the rest are counted
	noDay          = math.MinInt32
)

// spot is where a record is: its file and line, the index of the column
// a warning is about (−1 for the whole line), and that column's position
// in characters and header name when known.
type spot struct {
	file   string
	line   int
	col    int
	column int
	field  string
}

// plausibility gathers what the checks need while the files are read.
type plausibility struct {
	days     graph.DayCount
	dayFirst map[int]datedSpot // day (dayNum) → its first record

	weights map[uint64]*weightTally // by the bucket of the weight
	lastKey uint64
	last    *weightTally
	nWeight int

	unitDay   []int       // per unit: the day of its dated contacts; noDay for none, noDay+1 for several
	unitN     []int32     // dated contacts per unit
	unitFirst []datedSpot // its first dated contact

	kindAt [256]spot // where each of Dataset.Kinds is first used
	kindN  [256]int  // contacts and meetings of each kind

	agencies []string        // unknown agency keys, in order of appearance
	agencyAt map[string]spot // where each is first used
	agencyN  map[string]int  // units of each
}

type datedSpot struct {
	date graph.Date
	at   spot
}

type weightTally struct {
	min, max float64
	n        int
	at       spot
}

// dayNum returns the day of a valid date, counted from 1900-01-01.
func dayNum(d graph.Date) int { return int(d-1) / (24 * 60) }

// unitsRead readies the tallies per unit once the units are known.
func (p *plausibility) unitsRead(n int) {
	p.unitDay = make([]int, n)
	for i := range p.unitDay {
		p.unitDay[i] = noDay
	}
	p.unitN = make([]int32, n)
	p.unitFirst = make([]datedSpot, n)
}

// date counts a record dated d at a.
func (p *plausibility) date(d graph.Date, a spot) {
	if !p.days.Add(d) {
		return
	}
	if p.dayFirst == nil {
		p.dayFirst = make(map[int]datedSpot)
	}
	p.dayFirst[dayNum(d)] = datedSpot{d, a}
}

// contact counts the contacts of a chunk of file f, whose date, weight and
// kind are in columns cDate, cWeight and cKind.
func (p *plausibility) contacts(recs []graph.Contact, f *csvFile, cDate, cWeight int) {
	for i := range recs {
		c := &recs[i]
		p.kindN[c.Kind]++
		if c.Weight > 0 {
			p.weight(c.Weight, f, int(c.Line), cWeight)
		}
		if !c.Date.Valid() {
			continue
		}
		a := spot{file: f.name, line: int(c.Line), col: cDate}
		p.date(c.Date, a)
		day := dayNum(c.Date)
		for _, u := range [2]int32{c.From, c.To} {
			switch p.unitDay[u] {
			case noDay:
				p.unitDay[u], p.unitFirst[u] = day, datedSpot{c.Date, a}
			case noDay + 1, day:
			default:
				p.unitDay[u] = noDay + 1
			}
			p.unitN[u]++
		}
	}
}

// weight counts a positive weight w at line of f, in column col.
func (p *plausibility) weight(w float64, f *csvFile, line, col int) {
	p.nWeight++
	key := math.Float64bits(w) >> weightBucket
	t := p.last
	if t == nil || key != p.lastKey {
		if t = p.weights[key]; t == nil {
			if p.weights == nil {
				p.weights = make(map[uint64]*weightTally)
			}
			t = &weightTally{min: w, max: w, at: spot{file: f.name, line: line, col: col}}
			p.weights[key] = t
		}
		p.lastKey, p.last = key, t
	}
	t.n++
	t.min, t.max = min(t.min, w), max(t.max, w)
}

// agency notes the agency of a unit read at a, when it is none the
// vocabulary knows.
func (p *plausibility) agency(u *graph.Unit, a spot) {
	if u.AgencyLabel == "" {
		return
	}
	if _, ok := graph.ParseAgency([]byte(u.AgencyLabel)); ok {
		return
	}
	if p.agencyAt == nil {
		p.agencyAt, p.agencyN = make(map[string]spot), make(map[string]int)
	}
	if _, seen := p.agencyAt[u.Agency]; !seen {
		p.agencies = append(p.agencies, u.Agency)
		p.agencyAt[u.Agency] = a
	}
	p.agencyN[u.Agency]++
}

// kind notes that Dataset kind k was used at a, the first time it is.
func (p *plausibility) kind(k graph.Kind, a spot) {
	if p.kindAt[k].file == "" {
		p.kindAt[k] = a
	}
}

// plausibleWarnings adds the warnings of the checks to the dataset, the
// columns of their records found as needed.
func (l *loader) plausibleWarnings() {
	p := &l.plausible
	l.ds.Period.First, l.ds.Period.Last = p.days.Period(p.days.Plausible())
	var ws []pending
	ws = append(ws, p.isolatedDates()...)
	ws = append(ws, p.heavyWeights()...)
	ws = append(ws, p.oneDayUnits(l.ds)...)
	ws = append(ws, p.unknownKinds(l.ds)...)
	ws = append(ws, p.unknownAgencies()...)
	l.locate(ws)
	for _, w := range ws {
		a := w.at
		gw := graph.Warning{File: a.file, Line: a.line, Column: a.column, Field: a.field, Msg: w.msg}
		if a.col >= 0 && a.line > 0 {
			gw.Cell = a.col + 1
		}
		l.ds.Warnings = append(l.ds.Warnings, gw)
	}
}

// pending is a warning whose column may still have to be found.
type pending struct {
	at  spot
	msg graph.Text
}

// capped keeps the first maxPlausible warnings of ws and sums up the rest
// in one more, at the first's file, saying more.
func capped(ws []pending, more func(n int) graph.Text) []pending {
	if len(ws) <= maxPlausible {
		return ws
	}
	rest := len(ws) - maxPlausible
	ws = ws[:maxPlausible]
	return append(ws, pending{at: spot{file: ws[0].at.file, col: -1}, msg: more(rest)})
}

// isolatedDates warns about each day of isolated dates (graph.DayCount).
func (p *plausibility) isolatedDates() []pending {
	w := p.days.Plausible()
	if w.IsAll() {
		return nil
	}
	first, last := p.days.Period(w)
	var days []datedSpot
	for _, d := range p.dayFirst {
		if !w.Contains(d.date) {
			days = append(days, d)
		}
	}
	slices.SortFunc(days, func(a, b datedSpot) int { return cmp.Compare(a.date, b.date) })
	var ws []pending
	for _, d := range days {
		day := d.date.Format("2006-01-02")
		var msg graph.Text
		if n := p.days.Count(d.date); n == 1 {
			msg = trf("datoen %s ligger langt utenfor de andre datoene (de går fra %s til %s): feil årstall? Den regnes ikke med i perioden som avgjør hvilke bånd som svekkes",
				"date %s lies far outside the other dates (they run from %s to %s): a mistyped year? It is left out of the period fading ties are judged against",
				day, first, last)
		} else {
			msg = trf("%s rader datert %s (den første her) ligger langt utenfor de andre datoene (de går fra %s til %s): feil årstall? De regnes ikke med i perioden som avgjør hvilke bånd som svekkes",
				"%s rows dated %s (the first here) lie far outside the other dates (they run from %s to %s): a mistyped year? They are left out of the period fading ties are judged against",
				graph.Count(n), day, first, last)
		}
		ws = append(ws, pending{d.at, msg})
	}
	return capped(ws, func(n int) graph.Text {
		return trf("og %s datoer til langt utenfor de andre", "and %s more dates far outside the others", graph.Count(n))
	})
}

// heavyWeights warns about weights far above the rest: more than
// weightFactor times the 99th percentile of the positive weights.
func (p *plausibility) heavyWeights() []pending {
	if p.nWeight < weightRecords {
		return nil
	}
	keys := make([]uint64, 0, len(p.weights))
	for k := range p.weights {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the order of positive float64s
	// The 99th percentile is the weight of rank ⌊0.99 (n−1)⌋ from 0, so
	// that it leaves out at least the largest weight.
	need, seen := int(0.99*float64(p.nWeight-1))+1, 0
	p99 := 0.0
	for _, k := range keys {
		if seen += p.weights[k].n; seen >= need {
			p99 = p.weights[k].max
			break
		}
	}
	limit := weightFactor * p99
	top := strconv.FormatFloat(p99, 'g', -1, 64)
	var ws []pending
	for _, k := range keys {
		t := p.weights[k]
		if t.min <= limit {
			continue
		}
		w := strconv.FormatFloat(t.min, 'g', -1, 64)
		var msg graph.Text
		wNB, topNB := strings.Replace(w, ".", ",", 1), strings.Replace(top, ".", ",", 1)
		if t.n == 1 {
			msg = graph.T(fmt.Sprintf("vekt %s er langt over de andre (99 %% av vektene er høyst %s): en skrivefeil?", wNB, topNB),
				fmt.Sprintf("weight %s is far above the rest (99%% of the weights are at most %s): a typing error?", w, top))
		} else {
			msg = trf("%s rader med vekt %s (den første her) er langt over de andre (99 %% av vektene er høyst %s): en skrivefeil?",
				"%s rows of weight %s (the first here) are far above the rest (99%% of the weights are at most %s): a typing error?",
				graph.Count(t.n), graph.T(wNB, w), graph.T(topNB, top))
		}
		ws = append(ws, pending{t.at, msg})
	}
	return capped(ws, func(n int) graph.Text {
		return trf("og %s vekter til langt over de andre", "and %s more weights far above the rest", graph.Count(n))
	})
}

// oneDayUnits warns about units with oneDayContacts or more dated
// contacts, all on one day, in data that spans more than oneDaySpan days:
// a date filled down in a spreadsheet.
func (p *plausibility) oneDayUnits(ds *graph.Dataset) []pending {
	first, last := p.days.Period(p.days.Plausible())
	if !first.Valid() || last.Day()-first.Day() <= oneDaySpan {
		return nil
	}
	var ws []pending
	for u, day := range p.unitDay {
		if day == noDay || day == noDay+1 || p.unitN[u] < oneDayContacts {
			continue
		}
		f := p.unitFirst[u]
		ws = append(ws, pending{f.at, trf("alle de %s kontaktene til %s er datert %s (den første her): ble datoen kopiert nedover?",
			"all %s contacts of %s are dated %s (the first here): was the date filled down?",
			graph.Count(int(p.unitN[u])), quote(ds.Units[u].Key), f.date.Format("2006-01-02"))})
	}
	slices.SortStableFunc(ws, func(a, b pending) int {
		return cmp.Or(cmp.Compare(a.at.file, b.at.file), cmp.Compare(a.at.line, b.at.line))
	})
	return capped(ws, func(n int) graph.Text {
		return trf("og %s enheter til med alle kontaktene på én dag", "and %s more units with every contact on one day", graph.Count(n))
	})
}

// unknownKinds warns about kinds of contact the vocabulary does not know
// but that are near a spelling it knows: probably misspelt.
func (p *plausibility) unknownKinds(ds *graph.Dataset) []pending {
	var ws []pending
	var known []string
	for k := 1; k < len(ds.Kinds); k++ {
		name := ds.Kinds[k]
		if _, ok := graph.ParseKind([]byte(name)); ok || p.kindAt[k].file == "" {
			continue
		}
		if known == nil {
			known = graph.KindSpellings()
		}
		s := misspelt(name, known)
		if s == "" {
			continue
		}
		n := p.kindN[k]
		ws = append(ws, pending{p.kindAt[k], trf(
			"typen %s er ingen kjent kontakttype og telles som en egen type (%s %s); mente du %s?",
			"kind %s is no known kind of contact and is counted as a kind of its own (%s %s); did you mean %s?",
			quote(name), graph.Count(n), graph.T(plural(n, "rad", "rader"), plural(n, "row", "rows")), quote(s))})
	}
	return capped(ws, func(n int) graph.Text {
		return trf("og %d ukjente kontakttyper til", "and %d more unknown kinds of contact", n)
	})
}

// unknownAgencies warns about agencies the vocabulary does not know but
// that are near a spelling it knows: probably misspelt.
func (p *plausibility) unknownAgencies() []pending {
	var ws []pending
	known := graph.AgencySpellings()
	for _, key := range p.agencies {
		s := misspelt(key, known)
		if s == "" {
			continue
		}
		n := p.agencyN[key]
		ws = append(ws, pending{p.agencyAt[key], trf(
			"etaten %s er ingen kjent etat og telles som en egen etat (%s %s); mente du %s?",
			"agency %s is no known agency and is counted as an agency of its own (%s %s); did you mean %s?",
			quote(key), graph.Count(n), graph.T(plural(n, "enhet", "enheter"), plural(n, "unit", "units")), quote(s))})
	}
	return capped(ws, func(n int) graph.Text {
		return trf("og %d ukjente etater til", "and %d more unknown agencies", n)
	})
}

// locate finds the columns of the warnings whose records were counted
// without them, reading each file they are in once more: only the chunks
// that hold their lines are parsed. A file that cannot be read again (a
// pipe) leaves them at their lines.
func (l *loader) locate(ws []pending) {
	byFile := make(map[string][]int)
	var files []string
	for i, w := range ws {
		if a := w.at; a.column == 0 && a.col >= 0 && a.line > 0 {
			if byFile[a.file] == nil {
				files = append(files, a.file)
			}
			byFile[a.file] = append(byFile[a.file], i)
		}
	}
	for _, name := range files {
		if l.sizes[name] <= 0 {
			continue
		}
		rc, size, err := l.open(name)
		if err != nil {
			continue
		}
		f, err := openCSV(name, rc, size)
		if err == nil {
			f.locate(ws, byFile[name])
		}
		rc.Close()
	}
}

// locate fills in the columns of the warnings ws[idx], which are in f.
func (f *csvFile) locate(ws []pending, idx []int) {
	want := make(map[int][]int) // line → warnings
	for _, i := range idx {
		want[ws[i].at.line] = append(want[ws[i].at.line], i)
	}
	var s scanner
	f.ck.run(1, nil, func(ch *chunk) {
		hit := false
		for line := range want {
			if line >= ch.line && line <= ch.line+ch.lines {
				hit = true
				break
			}
		}
		if !hit {
			return
		}
		s.reset(ch.data, ch.line, f.delim, true)
		for s.next() == recOK {
			for _, i := range want[s.recLine] {
				a := &ws[i].at
				if a.col < len(s.fields) {
					a.line = s.fields[a.col].line
					a.column = s.column(a.col, f.enc)
					a.field = f.field(a.col)
				}
			}
		}
	}, func(*chunk) {})
}
