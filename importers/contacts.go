package importers

import "github.com/samkart/samkart/graph"

// contactChunk is what a worker makes of one chunk of contacts.csv.
type contactChunk struct {
	row   row
	recs  []graph.Contact // Kind is an index into kinds until merged
	kinds []localKind
	kind  map[string]uint8
	errs  fileErrors

	self, selfLine int // self-contacts dropped, and the first one's line
	zero, zeroLine int // rows of weight 0, and the first one's line
}

// localKind is a kind as a chunk first spells it.
type localKind struct {
	name         string
	formal       bool // FormalByDefault of the normalised name
	line, column int  // where the chunk first has it
}

// overflowKind is the local index shared by a chunk's kinds past 254.
const overflowKind = 255

func (k *contactChunk) reset() {
	k.recs = k.recs[:0]
	k.kinds = append(k.kinds[:0], localKind{}) // 0 is the empty kind
	clear(k.kind)
	k.errs = fileErrors{file: k.errs.file}
	k.row.enc = encTally{rows: fileErrors{file: k.errs.file}}
	k.self, k.selfLine, k.zero, k.zeroLine = 0, 0, 0, 0
}

// contacts reads contacts.csv. Large files are parsed in chunks on
// several goroutines; the chunks are merged in file order, so the result
// does not depend on the number of goroutines.
func (l *loader) contacts(f *csvFile, errs *fileErrors) (bool, error) {
	c, ok := mapHeader(f, contactCols, errs)
	if !ok {
		return false, nil
	}
	l.ignored(f, c, contactCols)
	ds := l.ds
	pool := make(chan *contactChunk, maxWorkers+8)
	get := func() *contactChunk {
		select {
		case k := <-pool:
			return k
		default:
			return &contactChunk{row: row{f: f}, kind: make(map[string]uint8), errs: fileErrors{file: f.name}}
		}
	}
	var self, selfLine, zero, zeroLine int
	enc := encTally{rows: fileErrors{file: f.name}}
	var global [256]graph.Kind
	first := true
	err := f.ck.run(workersFor(f.size), f.nulCheck(errs), func(ch *chunk) {
		k := get()
		k.reset()
		l.parseContacts(f, c, ch, k)
		ch.res = k
	}, func(ch *chunk) {
		k := ch.res.(*contactChunk)
		if first && f.size > 0 && len(ch.data) > 0 && l.builder == nil {
			l.reserveContacts(f, ch)
		}
		first = false
		errs.merge(&k.errs)
		enc.add(&k.row.enc)
		l.mergeKinds(f, c.idx[3], k, &global)
		for i := range k.recs {
			if c := &k.recs[i]; c.Weight > 0 {
				l.tied[c.From], l.tied[c.To] = true, true
			}
		}
		l.plausible.contacts(k.recs, f, c.idx[2], c.idx[5])
		if l.builder != nil {
			l.builder.Add(k.recs)
		} else {
			ds.Contacts = append(ds.Contacts, k.recs...)
		}
		if k.self > 0 && self == 0 {
			selfLine = k.selfLine
		}
		self += k.self
		if k.zero > 0 && zero == 0 {
			zeroLine = k.zeroLine
		}
		zero += k.zero
		select {
		case pool <- k:
		default:
		}
	})
	if err != nil {
		return false, err
	}
	f.encodingDone(&enc, errs)
	switch {
	case self == 1:
		l.warn(f.name, selfLine, tr("en enhets kontakt med seg selv: utelatt", "a unit's contact with itself: dropped"))
	case self > 1:
		l.warn(f.name, selfLine, trf("%s kontakter mellom en enhet og seg selv (den første her): utelatt",
			"%s contacts of a unit with itself (the first here): dropped", graph.Count(self)))
	}
	switch {
	case zero == 1:
		l.warn(f.name, zeroLine, tr("vekt 0: raden gir ikke noe bånd", "weight 0: the row adds no tie"))
	case zero > 1:
		l.warn(f.name, zeroLine, trf("%s rader med vekt 0 (den første her): de gir ikke noe bånd",
			"%s rows of weight 0 (the first here): they add no tie", graph.Count(zero)))
	}
	return true, nil
}

// reserveContacts sizes Dataset.Contacts once, from the first chunk's
// lines per byte, so that millions of contacts are not copied as the
// slice grows.
func (l *loader) reserveContacts(f *csvFile, ch *chunk) {
	ds := l.ds
	est := int(float64(ch.lines+1)*float64(f.size)/float64(len(ch.data))*1.02) + 16
	if cap(ds.Contacts)-len(ds.Contacts) < est { // the contacts of other folders' files may be there
		grown := make([]graph.Contact, len(ds.Contacts), len(ds.Contacts)+est)
		prefault(grown)
		copy(grown, ds.Contacts)
		ds.Contacts = grown
	}
}

// mergeKinds turns the chunk's kinds into the Dataset's, global[i] being
// the Dataset kind of the chunk's kind i, and notes where each kind is
// first used (in column cKind).
func (l *loader) mergeKinds(f *csvFile, cKind int, k *contactChunk, global *[256]graph.Kind) {
	ds := l.ds
	same := true
	for i, lk := range k.kinds {
		global[i] = ds.Kind(lk.name)
		same = same && global[i] == graph.Kind(i)
		if i > 0 {
			l.plausible.kind(global[i], spot{file: f.name, line: lk.line, col: cKind, column: lk.column, field: f.field(cKind)})
		}
	}
	if len(k.kinds) == overflowKind {
		global[overflowKind] = ds.Kind("other")
		same = false
	}
	if !same {
		for i := range k.recs {
			k.recs[i].Kind = global[k.recs[i].Kind]
		}
	}
}

// parseContacts reads the records of one chunk into k. It runs on a
// worker goroutine: it reads the loader's unit index and nothing else of
// the loader, and allocates only for kinds it has not seen.
func (l *loader) parseContacts(f *csvFile, c columns, ch *chunk, k *contactChunk) {
	cFrom, cTo, cDate, cKind, cFormal, cWeight := c.idx[0], c.idx[1], c.idx[2], c.idx[3], c.idx[4], c.idx[5]
	comma := f.comma
	if cap(k.recs) < ch.lines+1 {
		k.recs = make([]graph.Contact, 0, ch.lines+1)
		prefault(k.recs)
	}
	r := &k.row
	r.start(ch.data, ch.line)
	errs := &k.errs
	for r.s.next() == recOK {
		if !r.shape(c.n, errs) {
			continue
		}
		bad := false
		from, ok := l.idt.get(r.text(cFrom))
		if !ok {
			errs.add(unknownUnit(r.at(cFrom, nil), string(r.text(cFrom))))
			bad = true
		}
		to, ok := l.idt.get(r.text(cTo))
		if !ok {
			errs.add(unknownUnit(r.at(cTo, nil), string(r.text(cTo))))
			bad = true
		}
		rec := graph.Contact{From: from, To: to, Line: int32(r.line())}
		var err error
		if rec.Date, err = graph.ParseDate(r.raw(cDate)); err != nil {
			errs.add(r.valueError(cDate, err))
			bad = true
		}
		rec.Kind = graph.Kind(k.kindOf(r, cKind))
		switch t, err := graph.ParseYesNo(r.raw(cFormal)); {
		case err != nil:
			errs.add(r.valueError(cFormal, err))
			bad = true
		case t == graph.Unknown:
			rec.Formal = rec.Kind != overflowKind && k.kinds[rec.Kind].formal
		default:
			rec.Formal = t == graph.Yes
		}
		if rec.Weight, err = graph.ParseWeight(r.raw(cWeight), comma); err != nil {
			errs.add(r.valueError(cWeight, err, graph.WeightExample(comma)))
			bad = true
		}
		if bad {
			continue
		}
		if from == to {
			if k.self == 0 {
				k.selfLine = int(rec.Line)
			}
			k.self++
			continue
		}
		if rec.Weight == 0 {
			if k.zero == 0 {
				k.zeroLine = int(rec.Line)
			}
			k.zero++
		}
		k.recs = append(k.recs, rec)
	}
}

// kindOf returns the chunk's index of the kind in column col of the
// row, adding it when it is new; it allocates only then.
func (k *contactChunk) kindOf(r *row, col int) uint8 {
	v := r.text(col)
	if len(v) == 0 {
		return 0
	}
	i, ok := k.kind[string(v)]
	if !ok {
		if len(k.kinds) < overflowKind {
			i = uint8(len(k.kinds))
			name := string(v)
			e := r.at(col, nil)
			k.kinds = append(k.kinds, localKind{name, graph.FormalByDefault(graph.NormalizeKind(name)), e.Line, e.Column})
		} else {
			i = overflowKind
		}
		k.kind[string(v)] = i
	}
	return i
}

// ignored warns about named columns a reader does not use (Excel often
// adds unnamed empty ones).
func (l *loader) ignored(f *csvFile, c columns, specs []colSpec) {
	for _, x := range c.extra {
		if f.header[x] == "" {
			continue
		}
		l.warn(f.name, f.hline, trf("kolonnen %s brukes ikke; kolonnene er %s", "column %s is not used; the columns are %s",
			quote(f.header[x]), specNames(specs)))
	}
}
