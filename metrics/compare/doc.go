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
// Each measure has a direction, fixed once in Describe: higher is better
// (density, E-I by agency, the share of meetings of three or more
// units), lower is better (fragmentation, distance fragmentation, gaps,
// fragmentation without the key player), or neither (units, ties, degree
// centralization, E-I by level, the informal share). Ranks read 1 = best
// where there is a direction; a value above the median is better or
// worse by it (Direction.Better); and each measure has the fixed range
// its values can take (0..1, −1..+1, counts from 0), so charts of it
// share one scale.
//
// From the directions come the verdicts (Row.Verdicts), in a region of at
// least three municipalities: a value is clearly better or worse than the
// median when it differs by at least 5 % of the measure's range (one for
// counts); a municipality clearly better on at least two more measures
// than it is clearly worse on is mostly better, and the one with the
// highest such balance the most coordinated (the lowest: the least);
// the single highest distance fragmentation, number of gaps (at least
// twice the median and two more) and fragmentation without the key
// player, and the single lowest negative E-I index by agency, each
// clearly worse than the median, make the most fragmented, the most
// gaps, the most dependent on one unit and the most siloed. A tie for a
// superlative gives it to nobody, and a municipality with fewer than half
// of the judged measures defined gets no verdict.
//
// It stands above metrics and gaps, which it calls, and like them it never
// prints and holds no words: a Comparison holds numbers and enumerations
// indexed by Measures, whose keys the presentation layer names and
// defines.
package compare
