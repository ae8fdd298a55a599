// Package gaps judges collaboration against what is expected and against
// itself over time: the expected ties a network lacks or has too weak
// (Find, from expected.csv or four default rules), uncoordinated parallel
// contacts (Uncoordinated), ties that were maintained and then stopped
// (Fading), the shares of informal and multi-party contact (Shares), all
// four at once (Compute), and what changed between two networks (Diff).
//
// It needs only package graph: the network and, for the expectations,
// contacts and meetings, the dataset it was built from (Network.Data); it
// judges a network as it is (see Find on networks built with a scope
// filter). Like metrics it never prints and holds no words: findings
// carry unit keys, dates, numbers and enumerations (Horizontal, Vertical,
// the rules, ExpectedByPlan), and remember the network they were made on
// (Report.Net, DiffReport.Networks) so that the presentation layer can
// name their units. The sentences, tables and JSON are the command's
// (cmd/samkart/internal/text).
package gaps
