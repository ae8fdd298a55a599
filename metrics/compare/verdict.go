package compare

import (
	"math"
)

// Verdict is a judgement of a municipality within its region, made from
// its measures by the rules of judge (see Verdicts).
type Verdict uint8

// The verdicts, in the order a municipality's are listed: first its
// standing overall (one of the first five), then what stands out.
const (
	// MostCoordinated: clearly better than the median on more measures
	// with a direction (net of those it is clearly worse on) than any
	// other municipality of the region, and on at least two.
	MostCoordinated Verdict = iota + 1
	// LeastCoordinated: the opposite, with at least two net.
	LeastCoordinated
	// MostlyBetter: clearly better on at least two measures more than it
	// is clearly worse on, without being the region's most coordinated.
	MostlyBetter
	// MostlyWorse: clearly worse on at least two more.
	MostlyWorse
	// NearMedian: neither; given only when nothing stands out.
	NearMedian
	// MostFragmented: the highest distance fragmentation of the region,
	// clearly above the median.
	MostFragmented
	// MostGaps: the most collaboration gaps (horizontal and vertical
	// together), at least twice the region's median and two more.
	MostGaps
	// MostDependent: the highest fragmentation without the key player,
	// clearly above the median: the network hangs most on one unit.
	MostDependent
	// MostSiloed: the lowest E-I index by agency, below 0 (more ties
	// within agencies than across) and clearly below the median.
	MostSiloed
)

// verdictNames are the names of the verdicts in JSON.
var verdictNames = [...]string{
	MostCoordinated: "most_coordinated", LeastCoordinated: "least_coordinated",
	MostlyBetter: "mostly_better", MostlyWorse: "mostly_worse", NearMedian: "near_median",
	MostFragmented: "most_fragmented", MostGaps: "most_gaps", MostDependent: "most_dependent",
	MostSiloed: "most_siloed",
}

// String returns the verdict's name, such as most_coordinated.
func (v Verdict) String() string {
	if int(v) < len(verdictNames) && verdictNames[v] != "" {
		return verdictNames[v]
	}
	return "unknown"
}

// MarshalText returns the verdict's name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// Verdicts lists every verdict in order.
func Verdicts() []Verdict {
	var out []Verdict
	for v := MostCoordinated; v <= MostSiloed; v++ {
		out = append(out, v)
	}
	return out
}

// The thresholds of the verdicts.
const (
	// MinVerdictMunicipalities is the fewest municipalities a region
	// needs for its municipalities to be judged: with two, every
	// difference is a difference from the other.
	MinVerdictMunicipalities = 3
	// ClearShare is how far from the median a value must lie to count as
	// clearly better or worse, as a share of the measure's range (0.05
	// for shares, density and fragmentation, 0.1 for E-I indices); a
	// count must differ by at least ClearCount.
	ClearShare = 0.05
	ClearCount = 1.0
	// NetMeasures is how many more measures a municipality must be
	// clearly better (worse) on than worse (better) for the overall
	// verdicts.
	NetMeasures = 2
)

// Clear reports whether diff, a difference from the median of measure m,
// is clearly better (+1), clearly worse (−1) or neither (0).
func (m Measure) Clear(diff float64) int {
	b := m.Direction.Better(diff)
	if b == 0 {
		return 0
	}
	limit := ClearCount
	if !m.Count {
		limit = ClearShare * (m.Max - m.Min)
	}
	if math.Abs(diff) < limit-1e-12 {
		return 0
	}
	return b
}

// judge sets the verdicts of the municipalities of one region (rows
// with Values, Rank and DiffMedian filled in). A municipality is judged
// only when the region has MinVerdictMunicipalities and it has at least
// half of the measures with a direction defined; a superlative goes to
// one municipality only, never to a tie.
func judge(group []Row) {
	if len(group) < MinVerdictMunicipalities {
		return
	}
	directed := 0
	for _, m := range measureInfo {
		if m.Direction != Neither {
			directed++
		}
	}
	net := make([]float64, len(group))
	ok := make([]bool, len(group))
	for i := range group {
		defined, sum := 0, 0
		for k, m := range measureInfo {
			if m.Direction == Neither || math.IsNaN(group[i].Values[k]) {
				continue
			}
			defined++
			sum += m.Clear(group[i].DiffMedian[k])
		}
		net[i], ok[i] = float64(sum), 2*defined >= directed
	}
	overall := make([]Verdict, len(group))
	if i := extreme(net, ok, 1); i >= 0 && net[i] >= NetMeasures {
		overall[i] = MostCoordinated
	}
	if i := extreme(net, ok, -1); i >= 0 && net[i] <= -NetMeasures {
		overall[i] = LeastCoordinated
	}
	special := make([][]Verdict, len(group))
	stand := func(v Verdict, i int) {
		if i >= 0 {
			special[i] = append(special[i], v)
		}
	}
	stand(MostFragmented, clearExtreme(group, ok, iDistanceFragmentation, 1))
	stand(MostGaps, mostGaps(group, ok))
	stand(MostDependent, clearExtreme(group, ok, iKeyPlayerF, 1))
	if i := clearExtreme(group, ok, iEIAgency, -1); i >= 0 && group[i].Values[iEIAgency] < 0 {
		stand(MostSiloed, i)
	}
	for i := range group {
		if !ok[i] {
			continue
		}
		v := overall[i]
		switch {
		case v != 0:
		case net[i] >= NetMeasures:
			v = MostlyBetter
		case net[i] <= -NetMeasures:
			v = MostlyWorse
		case len(special[i]) == 0:
			v = NearMedian
		}
		if v != 0 {
			group[i].Verdicts = append(group[i].Verdicts, v)
		}
		group[i].Verdicts = append(group[i].Verdicts, special[i]...)
	}
}

// extreme returns the index of the one highest (sign 1) or lowest (−1)
// of xs among those ok, or −1 when none is or two share it.
func extreme(xs []float64, ok []bool, sign float64) int {
	best, tie := -1, false
	for i, x := range xs {
		if !ok[i] || math.IsNaN(x) {
			continue
		}
		switch {
		case best < 0 || sign*x > sign*xs[best]+1e-12:
			best, tie = i, false
		case math.Abs(x-xs[best]) <= 1e-12:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// clearExtreme returns the municipality with the one highest (sign 1) or
// lowest (−1) value of measure k, when that value is clearly worse than
// the median; else −1.
func clearExtreme(group []Row, ok []bool, k int, sign float64) int {
	xs := make([]float64, len(group))
	for i := range group {
		xs[i] = group[i].Values[k]
	}
	i := extreme(xs, ok, sign)
	if i < 0 || measureInfo[k].Clear(group[i].DiffMedian[k]) >= 0 {
		return -1
	}
	return i
}

// mostGaps returns the municipality with the one highest number of gaps,
// horizontal and vertical together, when it is at least twice the
// region's median and two more; else −1.
func mostGaps(group []Row, ok []bool) int {
	xs := make([]float64, len(group))
	var vals []float64
	for i := range group {
		xs[i] = group[i].Values[iGapsHorizontal] + group[i].Values[iGapsVertical]
		if ok[i] && !math.IsNaN(xs[i]) {
			vals = append(vals, xs[i])
		}
	}
	i := extreme(xs, ok, 1)
	if i < 0 {
		return -1
	}
	med := median(vals)
	if xs[i] < 2*med || xs[i] < med+2 {
		return -1
	}
	return i
}
