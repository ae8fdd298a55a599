package importers

import (
	"cmp"
	"slices"

	"github.com/samkart/samkart/graph"
)

// The problems of a survey file, besides those of its values
// (graph.ErrFrequency, graph.ErrRating, graph.ErrRound).
var (
	ErrEmptyRespondent = &graph.Problem{Msg: graph.T("tom respondent", "empty respondent"),
		Want: graph.T("id-en til enheten som svarte", "the id of the unit that answered")}
	ErrNoAlter = &graph.Problem{Msg: graph.T("svar uten navngitt enhet", "an answer without a named unit"),
		Want: graph.T("id-en til enheten svaret gjelder i kolonnen alter", "the id of the unit the answer is about in the alter column")}
	ErrNoFrequency = &graph.Problem{Msg: graph.T("vurdering uten hyppighet", "a rating without a frequency"),
		Want: graph.T("hvor ofte enhetene samarbeider (daglig, ukentlig, …, aldri) i samme rad", "how often the units work together (daily, weekly, …, never) in the same row")}
	ErrDuplicateAnswer = &graph.Problem{Msg: graph.T("%s svarer om %s to ganger%s; først på linje %d", "%s answers about %s twice%s; first at line %d"),
		Want: graph.T("ett svar per respondent, enhet, runde og tema", "one answer per respondent, unit, round and topic")}
	ErrDuplicateRespondent = &graph.Problem{Msg: graph.T("%s svarer to ganger%s; først på linje %d", "%s answers twice%s; first at line %d"),
		Want: graph.T("én rad per respondent, runde og tema", "one row per respondent, round and topic")}
	ErrWideColumn = &graph.Problem{Msg: graph.T("kolonnen %s i et bredt skjema (én kolonne per enhet)", "column %s in a wide roster (one column per unit)"),
		Want: graph.T("enhetenes id-er som kolonnenavn, med hyppigheten i cellene; eller et langt skjema med kolonnene respondent, alter og hyppighet",
			"the units' ids as column names, with the frequency in the cells; or a long form with the columns respondent, alter and frequency")}
	ErrNoAlterColumn = &graph.Problem{Msg: graph.T("kolonnen %q mangler, og ingen kolonne er en enhets-id", "missing column %q, and no column is a unit id"),
		Want: graph.T("en kolonne alter (samarbeidspartner) med enhets-id-er, eller enhetenes id-er som kolonnenavn (et bredt skjema)",
			"an alter column (samarbeidspartner) of unit ids, or the units' ids as column names (a wide roster)")}
)

// Column indices into surveyCols.
const (
	sRespondent = iota
	sAlter
	sFrequency
	sQuality
	sTrust
	sValue
	sTopic
	sRound
)

// surveyRead is what the reading of the survey files keeps between rows
// and files.
type surveyRead struct {
	s       *graph.Survey
	round   map[graph.Date]int32
	topic   map[string]int32
	answer  map[answerKey]int // first line of each answer
	row     map[answerKey]int // wide rosters: first line of each respondent, round and topic
	freqSug *suggester
}

type answerKey struct{ resp, alter, round, topic int32 }

// surveyState returns the survey being read, starting it.
func (l *loader) surveyState() *surveyRead {
	if l.surv == nil {
		l.surv = &surveyRead{s: &graph.Survey{Topics: []string{""}},
			round: map[graph.Date]int32{}, topic: map[string]int32{"": 0},
			answer: map[answerKey]int{}, row: map[answerKey]int{}}
		l.ds.Survey = l.surv.s
		words := append(graph.FrequencySpellings(), l.freq.Words()...)
		l.surv.freqSug = newSuggester(words)
	}
	return l.surv
}

// roundOf returns the round of a row's round cell, adding it; an
// unreadable one is an error, and the row is then in no round (−1).
func (sr *surveyRead) roundOf(r *row, col int, errs *fileErrors) int32 {
	d, _, err := graph.ParseRound(r.text(col))
	if err != nil {
		errs.add(r.valueError(col, err))
		return -1
	}
	i, ok := sr.round[d]
	if !ok {
		i = int32(len(sr.s.Rounds))
		sr.round[d] = i
		sr.s.Rounds = append(sr.s.Rounds, graph.Round{Label: r.str(col), Date: d})
	}
	return i
}

func (sr *surveyRead) topicOf(r *row, col int) int32 {
	name := r.str(col)
	i, ok := sr.topic[name]
	if !ok {
		i = int32(len(sr.s.Topics))
		sr.topic[name] = i
		sr.s.Topics = append(sr.s.Topics, name)
	}
	return i
}

// frequency reads a frequency cell: ok is false when it is empty or
// wrong (an error, with the nearest word of the scale suggested).
func (l *loader) frequency(r *row, col int, errs *fileErrors) (float64, bool) {
	v, given, err := graph.ParseFrequency(r.text(col), r.f.comma, l.freq)
	if err != nil {
		e := r.valueError(col, err)
		if err == graph.ErrFrequency {
			e.Suggestion = l.surv.freqSug.suggest(e.Value)
		} else {
			e.WantArgs = []any{graph.WeightExample(r.f.comma)}
		}
		errs.add(e)
		return 0, false
	}
	return v, given
}

// ratings reads the rating cells cols (−1 for none) into a; any reports
// whether one was given.
func ratings(r *row, cols [graph.NumRatings]int, a *[graph.NumRatings]float64, errs *fileErrors) (any, bad bool) {
	for k, col := range cols {
		v, given, err := graph.ParseRating(r.text(col), r.f.comma)
		switch {
		case err != nil:
			errs.add(r.valueError(col, err, graph.RatingExample(r.f.comma)))
			bad = true
		case given:
			a[k] = v
			any = true
		}
	}
	return any, bad
}

// survey reads a survey file: the long form, one row per respondent and
// unit named (columns respondent, alter, frequency and optionally
// quality, trust, value, topic and round), or a wide roster, recognised
// by its header: a respondent column and units' ids as column names
// (surveyWide).
func (l *loader) survey(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, surveyCols, errs)
	if !ok {
		return false, nil
	}
	sr := l.surveyState()
	if c.idx[sAlter] < 0 {
		return l.surveyWide(f, c, errs)
	}
	if c.idx[sFrequency] < 0 {
		sp := surveyCols[sFrequency]
		errs.add(&graph.InputError{File: f.name, Line: f.hline, Field: sp.name, Err: ErrMissingColumn,
			Args: []any{sp.name}, WantArgs: []any{graph.T(orList(sp.aliases, "eller"), orList(sp.aliases, "or"))}})
		return false, nil
	}
	l.ignored(f, c, surveyCols)
	cols := [graph.NumRatings]int{c.idx[sQuality], c.idx[sTrust], c.idx[sValue]}
	self, selfLine := 0, 0
	err := f.rows(c, errs, func(r *row) {
		a, ok := l.surveyRespondent(r, c.idx[sRespondent], c.idx[sRound], c.idx[sTopic], errs)
		if !ok {
			return
		}
		rated, bad := ratings(r, cols, &a.Ratings, errs)
		freq, given := l.frequency(r, c.idx[sFrequency], errs)
		cAlter := c.idx[sAlter]
		if len(r.text(cAlter)) == 0 {
			if given || rated {
				errs.add(r.at(cAlter, ErrNoAlter))
				return
			}
			a.Alter = -1 // the respondent answered, naming no one
			sr.s.Answers = append(sr.s.Answers, a)
			return
		}
		alter, known := l.idt.get(r.text(cAlter))
		if !known {
			errs.add(unknownUnit(r.at(cAlter, nil), r.str(cAlter)))
			return
		}
		switch {
		case bad || len(r.text(c.idx[sFrequency])) > 0 && !given:
			return // an error is added
		case !given && rated:
			errs.add(r.at(max(c.idx[sFrequency], cAlter), ErrNoFrequency))
			return
		case alter == a.Respondent:
			if self == 0 {
				selfLine = r.line()
			}
			self++
			a.Alter = -1
		case !given:
			a.Alter = -1 // a unit of the roster left blank: not named
		default:
			a.Alter, a.Frequency = alter, freq
		}
		l.addAnswer(r, cAlter, a, errs)
	})
	if err != nil {
		return false, err
	}
	l.selfAnswers(f.name, self, selfLine)
	return true, nil
}

// surveyRespondent starts the answer of a row: its respondent, round and
// topic; ok is false when the respondent is not a unit.
func (l *loader) surveyRespondent(r *row, cResp, cRound, cTopic int, errs *fileErrors) (graph.Answer, bool) {
	sr := l.surv
	a := graph.Answer{Line: int32(r.line())}
	id := r.text(cResp)
	if len(id) == 0 {
		errs.add(r.at(cResp, ErrEmptyRespondent))
		return a, false
	}
	resp, ok := l.idt.get(id)
	if !ok {
		errs.add(unknownUnit(r.at(cResp, nil), string(id)))
		return a, false
	}
	a.Respondent = resp
	if a.Round = sr.roundOf(r, cRound, errs); a.Round < 0 {
		return a, false
	}
	a.Topic = sr.topicOf(r, cTopic)
	return a, true
}

// addAnswer adds answer a of row r, whose named unit is in column col;
// the same respondent, unit, round and topic twice is an error.
func (l *loader) addAnswer(r *row, col int, a graph.Answer, errs *fileErrors) {
	sr := l.surv
	if a.Alter >= 0 {
		k := answerKey{a.Respondent, a.Alter, a.Round, a.Topic}
		if first, dup := sr.answer[k]; dup {
			errs.add(r.at(col, ErrDuplicateAnswer, quote(l.ds.Units[a.Respondent].Key), quote(l.ds.Units[a.Alter].Key),
				sr.roundTopic(a), first))
			return
		}
		sr.answer[k] = r.line()
		if a.Frequency > 0 {
			l.tied[a.Respondent], l.tied[a.Alter] = true, true
		}
	}
	sr.s.Answers = append(sr.s.Answers, a)
}

// roundTopic names the round and topic of an answer in a message: ""
// when it has neither.
func (sr *surveyRead) roundTopic(a graph.Answer) graph.Text {
	var nb, en string
	if lbl := sr.s.Rounds[a.Round].Label; lbl != "" {
		nb, en = " i runde "+quote(lbl), " in round "+quote(lbl)
	}
	if t := sr.s.Topics[a.Topic]; t != "" {
		nb, en = nb+" om "+quote(t), en+" on "+quote(t)
	}
	return graph.T(nb, en)
}

// selfAnswers warns about answers of a respondent about itself.
func (l *loader) selfAnswers(file string, n, line int) {
	switch {
	case n == 1:
		l.warn(file, line, tr("en respondent svarer om seg selv: utelatt", "a respondent answers about itself: dropped"))
	case n > 1:
		l.warn(file, line, trf("%d svar fra en respondent om seg selv (det første her): utelatt",
			"%d answers of a respondent about itself (the first here): dropped", n))
	}
}

// surveyDone orders the rounds by date, once every survey file is read,
// and warns about respondents that units.csv says did not answer.
func (l *loader) surveyDone() {
	sr := l.surv
	if sr == nil {
		return
	}
	s := sr.s
	if len(s.Rounds) == 0 {
		s.Rounds = []graph.Round{{}}
	}
	order := make([]int32, len(s.Rounds))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(s.Rounds[a].Date, s.Rounds[b].Date) })
	to := make([]int32, len(order))
	rounds := make([]graph.Round, len(order))
	for i, o := range order {
		to[o] = int32(i)
		rounds[i] = s.Rounds[o]
	}
	s.Rounds = rounds
	warned := map[int32]bool{}
	for i := range s.Answers {
		a := &s.Answers[i]
		a.Round = to[a.Round]
		if a.Alter < 0 {
			l.tied[a.Respondent] = true // it answered, and named no one: not a unit missing from the data
		}
		if u := &l.ds.Units[a.Respondent]; u.Answered == graph.No && !warned[a.Respondent] {
			warned[a.Respondent] = true
			l.warn(l.ds.Files.Survey, int(a.Line), trf("%s svarer, men units.csv sier at enheten ikke svarte: regnet som svart",
				"%s answers, but units.csv says the unit did not answer: counted as answered", quote(u.Key)))
		}
	}
}
