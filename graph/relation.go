package graph

// Relation selects contacts and meetings by kind and formality, so that
// one relation of a multiplex network (advice, friendship; meetings,
// phone calls) can be analysed at a time. The zero Relation keeps every
// record.
type Relation struct {
	Kinds  []string // keep records of these kinds (normalised keys, NormalizeKind); "" is no kind
	Formal Tri      // Yes: only formal records; No: only informal ones
}

// IsAll reports whether r keeps every record.
func (r Relation) IsAll() bool { return len(r.Kinds) == 0 && r.Formal == Unknown }

// kindSet returns which of d's kinds r keeps, or nil for all.
func (r Relation) kindSet(d *Dataset) *[256]bool {
	if len(r.Kinds) == 0 {
		return nil
	}
	var keep [256]bool
	for k, name := range d.Kinds {
		if k < len(keep) && containsString(r.Kinds, name) {
			keep[k] = true
		}
	}
	return &keep
}

// keeps reports whether a record of kind k and formality formal passes,
// given kinds from kindSet.
func (r Relation) keeps(kinds *[256]bool, k Kind, formal bool) bool {
	if kinds != nil && !kinds[k] {
		return false
	}
	return r.Formal == Unknown || (r.Formal == Yes) == formal
}

// Keeps returns a test of whether a contact or meeting of d passes r.
func (r Relation) Keeps(d *Dataset) func(k Kind, formal bool) bool {
	kinds := r.kindSet(d)
	return func(k Kind, formal bool) bool { return r.keeps(kinds, k, formal) }
}

// Select returns a copy of d with only the contacts and meetings r keeps,
// sharing everything else with d; d itself when r keeps every record.
// Analyses that read the records of a network's dataset (fading ties,
// uncoordinated contacts) see only the relation then.
func (d *Dataset) Select(r Relation) *Dataset {
	if r.IsAll() {
		return d
	}
	keep := r.Keeps(d)
	c := *d
	c.Contacts = nil
	for i := range d.Contacts {
		if x := &d.Contacts[i]; keep(x.Kind, x.Formal) {
			c.Contacts = append(c.Contacts, *x)
		}
	}
	c.Meetings = nil
	for i := range d.Meetings {
		if m := &d.Meetings[i]; keep(m.Kind, m.Formal) {
			c.Meetings = append(c.Meetings, *m)
		}
	}
	return &c
}

// KindsUsed returns the names of the kinds of d's contacts and meetings,
// in the order of Kinds.
func (d *Dataset) KindsUsed() []string {
	var used [256]bool
	for i := range d.Contacts {
		used[d.Contacts[i].Kind] = true
	}
	for i := range d.Meetings {
		used[d.Meetings[i].Kind] = true
	}
	var names []string
	for k, name := range d.Kinds {
		if k < len(used) && used[k] {
			names = append(names, name)
		}
	}
	return names
}
