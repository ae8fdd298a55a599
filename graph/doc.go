// Package graph is samkart's network model: units (nodes) with their agency
// (the horizontal grouping) and level (the vertical position), the contacts
// and multi-party meetings read from a dataset, and the Network built from
// them.
//
// Tie conventions (see SPEC.md):
//
//   - The undirected network is the symmetrised graph. A tie's weight is the
//     sum of the weights of the contacts between its two units, in either
//     direction, plus the projected weights of the meetings both attended.
//   - A meeting of k units is a hyperedge. It is projected to the k(k−1)/2
//     unit pairs, each with weight 1/(k−1) (Newman 2001, "Scientific
//     collaboration networks II", Phys. Rev. E 64, 016132) or 1 per pair
//     (ProjectOne).
//   - Unweighted measures use the simple graph: a tie where weight > 0.
//     Weighted shortest paths use distance = 1/weight.
//   - A tie is horizontal when both ends are at the same level and vertical
//     otherwise; it is also within or across agency and municipality.
//   - The initiative graph is directed: an arc from → to for every pair
//     where from contacted to at least once.
//
// Node IDs in a Network are dense, 0..n−1, in the order of the units' keys;
// a unit's identity across networks and subgraphs is its Key.
package graph
