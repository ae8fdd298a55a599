package metrics

import (
	"context"
	"math"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/samkart/samkart/graph"
)

// Options configure Compute.
type Options struct {
	// Seed seeds the Louvain community search and the permutation tests
	// (and is recorded with the key players).
	Seed uint64
	// Permutations is the number of random permutations of each E-I
	// permutation test: 0 means DefaultPermutations, a negative number
	// no test.
	Permutations int
	// By names a column of units.csv to group by besides agency, level and
	// municipality (PartitionByColumn): E-I with its test, block densities
	// and the composition of every unit's contacts. "" for none; a name
	// that is one of those three adds nothing.
	By string
	// Directed adds betweenness and closeness on the initiative graph.
	Directed bool
	// Approx, when positive, samples the whole network's path measures
	// (PathsApprox): betweenness within Approx with probability
	// Confidence (0: DefaultConfidence). MaxTime is recorded with them as
	// the budget that chose sampling, when it did.
	Approx, Confidence float64
	MaxTime            time.Duration
	// Progress, when set, is told the step under way and how far it has
	// come (done of total); it may be called from several goroutines, but
	// never concurrently.
	Progress func(step string, done, total int)
}

// The progress steps of Compute, in order.
const (
	StepPaths          = "paths"          // betweenness, closeness, harmonic: the long one
	StepUnits          = "units"          // the other per-unit measures
	StepStructure      = "structure"      // cores, cliques, direction, ego networks
	StepGroups         = "groups"         // E-I, blocks, communities
	StepPermutations   = "permutations"   // the E-I permutation tests
	StepMunicipalities = "municipalities" // per-municipality measures and key players
)

// KeyPlayerSizes are the set sizes searched for in every municipality.
var KeyPlayerSizes = []int{1, 2, 3}

// UnitMeasures are the per-unit measures, each indexed by node ID.
type UnitMeasures struct {
	Degree                 []int
	Strength               []float64
	Betweenness            []float64
	BetweennessWeighted    []float64
	Closeness              []float64
	Harmonic               []float64
	Eigenvector            []float64
	PageRank               []float64
	Constraint             []float64 // NaN for isolates
	EffectiveSize          []float64 // NaN for isolates
	CutPoint               []bool
	FragmentationIfRemoved []float64 // NaN when fewer than two units would remain
	Community              []int
	Brokerage              []BrokerRoles

	Core    []int // k-core number (CoreNumber)
	Cliques []int // maximal cliques of MinCliqueSize units or more the unit is in (CliquesResult.Of)
	// Direction holds in- and out-degree and strength on the initiative
	// graph; Directed its betweenness and closeness, nil unless
	// Options.Directed.
	Direction *DirectionMeasures
	Directed  *DirectedPathMeasures
	Ego       *EgoMeasures
	// Composition is the make-up of every unit's contacts by agency, by
	// level and, with Options.By, by that column, in that order.
	Composition []*Composition
}

// EISet holds the E-I index of a network by each attribute.
type EISet struct {
	Agency, Level, Municipality EI
}

// MunicipalityResult holds the measures of one municipality's subgraph.
type MunicipalityResult struct {
	Name       string
	Network    *NetworkMeasures
	EI         EISet          // by agency and level (Municipality is left zero)
	KeyPlayers []KeyPlayerSet // for k in KeyPlayerSizes
	Structure  *StructureMeasures
	// EITests are the E-I indices by agency, level and, with Options.By,
	// that column, with their permutation tests (see Result.EITests).
	EITests []*EITest
}

// Result is the whole metrics suite of a network: what `samkart metrics`
// prints.
type Result struct {
	Network        *NetworkMeasures
	EI             EISet
	Units          *UnitMeasures
	BlocksAgency   *BlockMatrix
	BlocksLevel    *BlockMatrix
	Communities    *CommunityResult
	Municipalities []*MunicipalityResult // sorted by name
	Seed           uint64
	Survey         *SurveyResult // the survey's response and ratings; nil without a survey

	Structure *StructureMeasures
	// By is the partition by Options.By; nil without one.
	By       *Partition
	BlocksBy *BlockMatrix // block densities by By; nil without it
	// EITests are the E-I indices by agency, level, municipality and,
	// with By, that column, in that order, with their permutation tests;
	// with a negative Options.Permutations the tests are not run (their
	// Permutation summaries are empty: Permutations 0, NaN elsewhere).
	EITests      []*EITest
	Permutations int // permutations drawn in each test, 0 for none
	Directed     bool
	// PathMethod says how the whole network's path measures were
	// sampled; nil when they are exact. The municipalities' are always
	// exact.
	PathMethod *PathMethod

	net *graph.Network
}

// Net returns the network the result was computed on.
func (r *Result) Net() *graph.Network { return r.net }

// Compute runs every measure of the package on n: the per-unit measures
// on the whole network (with k-cores, cliques, the initiative graph's
// degrees and strengths, ego networks and their composition), the network
// measures on the whole network and on every municipality's subgraph
// (units with that municipality, as graph.Network.Induced), the group
// measures with the E-I permutation tests, Louvain communities and key
// players for k = 1..3 per municipality. It is deterministic for a given
// seed and uses every core for the path measures and the permutations.
func Compute(n *graph.Network, opt Options) *Result {
	progress := opt.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	var mu sync.Mutex
	report := func(step string, done, total int) {
		mu.Lock()
		progress(step, done, total)
		mu.Unlock()
	}
	r := &Result{net: n, Seed: opt.Seed, Permutations: permutationCount(opt), Directed: opt.Directed}
	r.By = byPartition(n, opt.By)
	nn := n.Len()
	u := &UnitMeasures{}
	r.Units = u

	report(StepPaths, 0, nn)
	popt := PathOptions{Weighted: true, Progress: func(done, total int) { report(StepPaths, done, total) }}
	var pm *PathMeasures
	if opt.Approx > 0 {
		// Without a context the sampling cannot fail.
		pm, r.PathMethod, _ = PathsApprox(context.Background(), n, popt, opt.Approx, opt.Confidence, opt.Seed)
		r.PathMethod.MaxTime = opt.MaxTime
	} else {
		pm = Paths(n, popt)
	}
	u.Betweenness, u.BetweennessWeighted = pm.Betweenness, pm.BetweennessWeighted
	u.Closeness, u.Harmonic = pm.Closeness, pm.Harmonic

	const unitSteps = 6
	report(StepUnits, 0, unitSteps)
	a := simpleAdjacency(n, false)
	u.Degree = Degree(n)
	u.Strength = Strength(n)
	u.Eigenvector = Eigenvector(n)
	report(StepUnits, 1, unitSteps)
	u.PageRank = PageRank(n)
	report(StepUnits, 2, unitSteps)
	u.Constraint, u.EffectiveSize = holes(n)
	report(StepUnits, 3, unitSteps)
	comp := components(a)
	cut := cutPoints(a)
	u.CutPoint, u.FragmentationIfRemoved = cut.CutPoint, cut.FragmentationIfRemoved
	report(StepUnits, 4, unitSteps)
	u.Brokerage = Brokerage(n)
	report(StepUnits, 5, unitSteps)
	r.Network = cohesion(n, a, pm, comp, cut)
	report(StepUnits, unitSteps, unitSteps)
	r.Structure = structure(n, u, opt, r.By, func(done, total int) { report(StepStructure, done, total) })

	report(StepGroups, 0, 2)
	r.EI = EISet{Agency: EIIndex(n, ByAgency), Level: EIIndex(n, ByLevel), Municipality: EIIndex(n, ByMunicipality)}
	r.BlocksAgency, r.BlocksLevel = Blocks(n, ByAgency), Blocks(n, ByLevel)
	if r.By != nil {
		r.BlocksBy = BlocksOf(n, *r.By)
	}
	report(StepGroups, 1, 2)
	r.Communities = Communities(n, opt.Seed)
	u.Community = r.Communities.Of
	report(StepGroups, 2, 2)
	r.EITests = eiTests(n, groupPartitions(n, r.By), opt, func(done, total int) { report(StepPermutations, done, total) })

	r.Municipalities = municipalities(n, opt, func(done, total int) { report(StepMunicipalities, done, total) })
	r.Survey = Survey(n)
	return r
}

// municipalities computes the measures of every municipality's subgraph,
// spreading the municipalities over the cores; the results come out in
// name order whatever the scheduling.
func municipalities(n *graph.Network, opt Options, progress func(done, total int)) []*MunicipalityResult {
	seen := map[string]bool{}
	var names []string
	for _, u := range n.Units() {
		if m := u.Municipality; m != "" && !seen[m] {
			seen[m] = true
			names = append(names, m)
		}
	}
	sort.Strings(names)
	out := make([]*MunicipalityResult, len(names))
	progress(0, len(names))
	if len(names) == 0 {
		return out
	}
	// One pass assigns every unit to its municipality's list, so the
	// subgraphs cost O(n + m) each rather than a scan of all units.
	index := make(map[string]int, len(names))
	for i, m := range names {
		index[m] = i
	}
	var next, done int
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(names))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(names) {
					return
				}
				name := names[i]
				sub := n.Induced(func(u *graph.Unit) bool { return u.Municipality == name })
				out[i] = municipality(name, sub, opt)
				mu.Lock()
				done++
				progress(done, len(names))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// municipality computes the measures of one municipality's subgraph.
func municipality(name string, sub *graph.Network, opt Options) *MunicipalityResult {
	// The municipalities run in parallel already; one goroutine each.
	pm := pathsSerial(sub)
	a := simpleAdjacency(sub, false)
	m := &MunicipalityResult{Name: name,
		Network:   cohesion(sub, a, pm, components(a), cutPoints(a)),
		EI:        EISet{Agency: EIIndex(sub, ByAgency), Level: EIIndex(sub, ByLevel)},
		Structure: subgraphStructure(sub),
	}
	for _, k := range KeyPlayerSizes {
		m.KeyPlayers = append(m.KeyPlayers, KeyPlayers(sub, k, opt.Seed))
	}
	m.EITests = eiTests(sub, municipalityPartitions(sub, opt.By), opt, func(int, int) {})
	return m
}

// pathsSerial is Paths without weighted betweenness on one goroutine.
func pathsSerial(n *graph.Network) *PathMeasures {
	nn := n.Len()
	pm := &PathMeasures{Betweenness: make([]float64, nn), Closeness: make([]float64, nn), Harmonic: make([]float64, nn)}
	if nn == 0 {
		pm.DistanceFragmentation = math.NaN()
		return pm
	}
	a := simpleAdjacency(n, false)
	sc := newPathScratch(nn, false, 0)
	for s := 0; s < nn; s++ {
		reach, tot, harm := sc.bfs(a, int32(s), pm.Betweenness)
		pm.Closeness[s] = closeness(reach, tot, nn)
		pm.Harmonic[s] = harm
	}
	if nn > 2 {
		scale := 1 / (float64(nn-1) * float64(nn-2))
		for v := range pm.Betweenness {
			pm.Betweenness[v] *= scale
		}
	}
	pm.DistanceFragmentation = distanceFragmentation(pm.Harmonic)
	return pm
}
