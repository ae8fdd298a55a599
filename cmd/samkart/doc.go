// Command samkart maps collaboration between agencies in Norwegian social
// housing work: who works with whom across services (horizontal) and up and
// down the line from state to frontline (vertical), and where the gaps are.
//
// Usage:
//
//	samkart <command> [flags] [DATASET...]
//
//	samkart FOLDER
//
// DATASET is a folder of CSV files: units.csv (required), contacts.csv,
// meetings.csv, municipalities.csv, expected.csv and survey.csv (survey
// answers: a roster questionnaire's, long or wide), in English or bokmål,
// UTF-8 or Windows-1252, with ',', ';' or tab between cells. Several
// DATASET folders, or a folder of such folders (one per municipality),
// are read as one dataset. Without a DATASET a command reads the current
// folder when it holds a dataset, and otherwise runs on the built-in
// example and says so (report and summary on the page itself); validate
// refuses instead. A folder as the only argument, as when a folder is
// dropped on samkart.exe, writes the report into FOLDER/samkart-report
// (samkart-rapport in bokmål) and, when samkart was not started from a
// terminal, opens it in the browser and waits for Enter before its window
// closes.
//
// Every command also has a bokmål name (rapport, sjekk, sammenlign, …;
// samkart help lists them). Messages follow --lang, else LC_ALL,
// LC_MESSAGES or LANG, else on Windows the user's locale. SIGINT and
// SIGTERM stop any command with exit status 130, leaving no temporary file
// and no half-replaced output. Graphviz, which draws the diagrams, is
// compiled on the first diagram a process draws and kept in the user's
// cache folder (os.UserCacheDir()/samkart).
//
// For a seminar or a publication, --pseudonymise replaces the names and
// ids of units below municipal leadership by role codes and drops names of
// persons, and --suppress N hides group sizes and counts under N, as
// statistical agencies do: the number of units of an agency, level or
// municipality, and the ties, contacts and weight within a group or
// between two groups (a cell of block densities or the heat map, a
// group's internal and external ties, a compared municipality's units and
// ties, the weight of a gap between two agencies), with what is computed
// from them (density, E-I index, shares, rank), and a mean rating between
// two groups from few answers (render --view ratings, the metrics JSON's
// survey). Zero, totals of the whole dataset, counts of contacts by kind
// and of meetings by size, and each unit's own measures are shown. Hidden
// values read "<3" in tables and CSV, "under 3" in sentences and the heat
// map, and null in JSON, whose document then has "suppressed_below": N;
// a text table, the heat map and the report explain them once.
// --pseudonymise sets --suppress 3 unless it is given (--suppress 0 turns
// it off); summary, metrics, gaps, diff, compare, render and report have
// the flag. No second value is hidden to protect the first, as agencies'
// secondary suppression would: from a total and the other values a
// hidden one can sometimes be worked out.
//
// Every CSV table, plain or for Excel (--excel), writes a text cell that
// begins with =, +, -, @, a tab or a carriage return with a leading ',
// so that a spreadsheet shows a unit named =HYPERLINK(…) or -2+3 as text;
// numbers, negative ones included, are written as they are.
//
// The commands:
//
//	validate   check a dataset and report every problem with its position
//	summary    describe what a dataset holds, and its main findings
//	init       write a template dataset to fill in
//	metrics    measure centrality, fragmentation, brokerage and groups
//	qap        test whether two relations go together (QAP correlation and regression)
//	gaps       list missing horizontal and vertical ties, uncoordinated contacts and fading ties
//	diff       show what changed between two periods or two datasets
//	render     draw a diagram: network, levels, agencies, gaps, ego or compare (SVG, PNG, DOT)
//	compare    compare municipalities side by side, ranked within their region
//	report     write the seminar report: one HTML page with every finding and diagram
//	export     write the network for Gephi, UCINET, Pajek, R or Python
//	version    print samkart's version
//
// Exit status: 0 on success, 1 on a runtime failure, 2 on a usage or input
// error (including a file that does not exist or cannot be read), 130 when
// interrupted. Errors name the file, line and column and say what was expected.
package main
