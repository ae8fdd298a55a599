// Command samkart maps collaboration between agencies in Norwegian social
// housing work: who works with whom across services (horizontal) and up and
// down the line from state to frontline (vertical), and where the gaps are.
//
// Usage:
//
//	samkart <command> [flags] [DATASET...]
//
// DATASET is a folder of CSV files: units.csv (required), contacts.csv,
// meetings.csv, municipalities.csv, expected.csv and survey.csv (survey
// answers: a roster questionnaire's, long or wide), in English or bokmål,
// UTF-8 or Windows-1252, with ',', ';' or tab between cells. Several
// DATASET folders, or a folder of such folders (one per municipality),
// are read as one dataset. Without a DATASET every command runs on the
// built-in example and says so.
//
// The commands:
//
//	validate   check a dataset and report every problem with its position
//	summary    describe what a dataset holds
//	init       write a template dataset to fill in
//	metrics    measure centrality, fragmentation, brokerage and groups
//	gaps       list missing horizontal and vertical ties, uncoordinated contacts and fading ties
//	diff       show what changed between two periods or two datasets
//	render     draw a diagram: network, levels, agencies, gaps, ego or compare (SVG, PNG, DOT)
//	compare    compare municipalities side by side, ranked within their region
//	report     write the seminar report: one HTML page with every finding and diagram
//	export     write the network for Gephi, UCINET, Pajek, R or Python
//	version    print samkart's version
//
// Exit status: 0 on success, 1 on a runtime failure, 2 on a usage or input
// error. Errors name the file, line and column and say what was expected.
package main
