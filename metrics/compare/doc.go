// Package compare compares the municipalities of a network, and their
// Husbanken regions, on one set of measures (Municipalities): the
// cohesion, E-I and key-player measures of package metrics on each
// municipality's subgraph, and the gap counts and contact shares of
// package gaps; each measure is ranked within the region and set against
// the region's median.
//
// ExpectedRelation turns the expected ties of package gaps into a
// relation for QAP, and PlanPractice tests, municipality by municipality,
// whether the ties follow it.
//
// It stands above metrics and gaps, which it calls, and like them it never
// prints and holds no words: a Comparison holds numbers indexed by
// Measures, whose keys the presentation layer names and defines.
package compare
