package graph

// Tie is an undirected tie between nodes A < B of a Network: the sum of
// the contacts in both directions and the meetings both units attended.
type Tie struct {
	A, B       int32   // node IDs, A < B
	Weight     float64 // contact weights plus projected meeting weights
	Contacts   int32   // contact rows
	Meetings   int32   // meetings attended together
	MultiParty int32   // of those, meetings of three or more units
	Formal     int32   // formal contacts and meetings
	Informal   int32   // informal contacts and meetings
	First      Date    // earliest dated contact or meeting, or NoDate
	Last       Date    // latest dated contact or meeting, or NoDate
}

// Events returns the number of contacts and meetings behind the tie.
func (t *Tie) Events() int32 { return t.Contacts + t.Meetings }

// InformalShare returns the share of the tie's contacts and meetings that
// were informal.
func (t *Tie) InformalShare() float64 {
	if t.Formal+t.Informal == 0 {
		return 0
	}
	return float64(t.Informal) / float64(t.Formal+t.Informal)
}

// MultiPartyShare returns the share of the tie's contacts and meetings that
// were meetings of three or more units.
func (t *Tie) MultiPartyShare() float64 {
	if t.Events() == 0 {
		return 0
	}
	return float64(t.MultiParty) / float64(t.Events())
}

func (t *Tie) see(d Date) { widen(&t.First, &t.Last, d) }

// widen extends the date range first..last to take in d; NoDate ends are
// unset, and an undated d changes nothing.
func widen(first, last *Date, d Date) {
	if !d.Valid() {
		return
	}
	if !first.Valid() || d < *first {
		*first = d
	}
	if !last.Valid() || d > *last {
		*last = d
	}
}

// Arc is a directed tie of the initiative graph: From contacted To.
type Arc struct {
	From, To int32 // node IDs
	Contacts int32
	Weight   float64
}

// Horizontal reports whether both ends of t are at the same known level.
func (n *Network) Horizontal(t *Tie) bool {
	a, b := n.units[t.A], n.units[t.B]
	return a.Level.Known() && a.Level == b.Level
}

// Vertical reports whether the ends of t are at different known levels.
func (n *Network) Vertical(t *Tie) bool {
	a, b := n.units[t.A], n.units[t.B]
	return a.Level.Known() && b.Level.Known() && a.Level != b.Level
}

// CrossAgency reports whether the ends of t belong to different known agencies.
func (n *Network) CrossAgency(t *Tie) bool {
	a, b := n.units[t.A], n.units[t.B]
	return a.Agency != "" && b.Agency != "" && a.Agency != b.Agency
}

// CrossMunicipality reports whether the ends of t belong to different known
// municipalities.
func (n *Network) CrossMunicipality(t *Tie) bool {
	a, b := n.units[t.A], n.units[t.B]
	return a.Municipality != "" && b.Municipality != "" && a.Municipality != b.Municipality
}
