// Package importers reads a samkart dataset, a folder of CSV files, into a
// graph.Dataset, or says exactly which cell is wrong.
//
// # Files
//
// A dataset folder holds (file names in any case; .csv, .tsv or .txt):
//
//	units.csv           (enheter.csv)     required: one row per unit
//	contacts.csv        (kontakter.csv)   one row per contact between two units
//	meetings.csv        (møter.csv)       multi-party meetings, one row per participant
//	municipalities.csv  (kommuner.csv)    municipality facts for comparisons
//	expected.csv        (forventet.csv)   pairs that should collaborate
//	survey.csv          (undersøkelse.csv) survey answers: who works with whom, how often and how well
//
// A Source says where the files are: a folder (Dir), several folders read
// as one dataset (Dirs), or files named one by one (Files: the --units,
// --contacts, …, --survey flags), in the operating system's files or in an fs.FS
// (FS), such as the examples embedded in the command. A folder without a
// units file whose folders have one (a region's folder of municipality
// folders) is read as those folders. In several folders, a unit may be
// listed in each (a Husbanken regional office, a directorate): the rows
// must agree on name, agency, level, municipality, region and parent, or
// the later one is an error naming the first one's position; the same
// holds for municipalities.csv. Contacts and meetings are put together
// (a meeting id counts within its file), and expected rows found in two
// folders are read once. Its Load reads them into a graph.Dataset; its LoadNetwork reads
// the same files but aggregates the contacts into a graph.Network while
// reading (graph.Builder) instead of keeping them: what samkart summary
// and metrics use, since only the network matters to them. Load(dir) is
// short for Source{Dir: dir}.Load().
//
// # Columns
//
// Headers are matched after trimming, in any case, with spaces and hyphens
// read as underscores. English and bokmål names are accepted:
//
//	units.csv:          id (enhet_id), name (navn), agency (etat, tjeneste),
//	                    level (nivå, niva), municipality (kommune), region,
//	                    parent (overordnet), answered (svart, besvart)
//	contacts.csv:       from (fra), to (til), date (dato), kind (type),
//	                    formal (formell), weight (vekt)
//	meetings.csv:       meeting (møte), unit (enhet), date (dato), kind (type),
//	                    formal (formell)
//	municipalities.csv: municipality (kommune), region, programme (program)
//	expected.csv:       a, b, min_weight (min_vekt), scope (kommune)
//	survey.csv:         respondent (svarer), alter (samarbeidspartner,
//	                    navngitt), frequency (hyppighet, frekvens),
//	                    quality (kvalitet), trust (tillit), value (verdi,
//	                    nytte), topic (tema), round (runde, bølge)
//
// Required are id; from and to; meeting and unit; municipality; a and b;
// respondent, alter and frequency (or a wide roster, below).
// Other columns of units.csv are kept as Unit.Attrs; other columns of
// municipalities.csv as Municipality.Numbers when every value is a number
// (without leading zeros, so that municipality numbers such as 0301 stay
// text) and as Attrs otherwise. Other columns of the remaining files are
// reported in a warning and not used.
//
// # Surveys
//
// survey.csv holds the answers of a roster questionnaire (Nettskjema,
// Questback, SurveyXact), as researchers map a municipality's network by
// survey or interview: each unit's respondent says, for the units it works
// with, how often (frequency) and how well (quality, trust and value, each
// a number from 1 to 5). The long form has one row per respondent and
// unit named. A frequency is a word of graph's vocabulary (daglig/daily
// 220 contacts a year, ukentlig/weekly 46, annenhver uke/fortnightly 23,
// månedlig/monthly 11, kvartalsvis/quarterly 4, halvårlig/half-yearly 2,
// årlig/yearly and sjeldnere/rarely 1, aldri/never 0, in any case, with
// their other spellings) or a number of contacts per year; Source's
// Frequencies sets other values and adds a survey tool's own words. A
// word it does not know is an error with the nearest word suggested. A
// row with a respondent and nothing else says that the unit answered,
// naming no unit; a row whose frequency is empty names no unit either (a
// roster line left blank), and a rating without a frequency is an error.
// The same respondent, unit, round and topic twice is an error; answers
// about oneself are dropped with a warning. Rows of several topics about
// one unit in one round add their frequencies.
//
// A wide roster, as survey tools export a roster question, has one row
// per respondent and one column per unit holding the frequency, with
// ratings in columns named "UNIT [kvalitet]", "UNIT [trust]" or
// "UNIT: tillit". It is recognised by its header: a respondent column, no
// alter column, and units' ids as column names; round and topic columns
// may be there too. It reads as the long form with a row per filled cell,
// so that an export works without reshaping. A column named like a unit
// id but misspelt is an error suggesting the id; other columns (a time
// stamp, a response number) get a warning and are not used.
//
// A round is a date (ParseDate's forms), a month (2011-09) or a year
// (2011: 1 January), so that rounds are time points that a time window
// takes in; without a round column the answers form one round without a
// date. A unit is a respondent of a round when it writes a row of that
// round, or in every round when units.csv's answered column says ja/yes.
// How the answers make ties (graph.Combine) and the non-response are the
// business of package graph.
//
// # Dialects
//
// Each file's dialect is found from its first 64 KB:
//
//   - encoding: UTF-8, with or without a BOM; Windows-1252, as Norwegian
//     Excel saves CSV, when the bytes are not valid UTF-8; UTF-16 with a BOM
//     (Excel's "Unicode text"). The encoding is a property of the file,
//     judged from its first 64 KB: UTF-8 when they hold valid UTF-8
//     letters at least a quarter as many as bytes that are not, so that a
//     UTF-8 file with some Windows-1252 rows pasted in is read as UTF-8 and
//     each such row is an error (ErrMixedEncoding) at its first odd field,
//     saying that the file mixes encodings. When the first 64 KB are
//     ASCII, the rest of the file decides by the same rule; a file that
//     turns out to be Windows-1252 is read so.
//   - delimiter: comma, semicolon or tab, whichever splits the header into
//     the most fields the same way as the rows after it; an Excel "sep=;"
//     first line names it outright.
//   - line ends: LF, CRLF, or CR alone (old Mac Excel).
//   - quoting: RFC 4180. A quoted field may hold delimiters, line breaks and
//     doubled quotes; spaces around the quotes are ignored. Values are
//     trimmed of surrounding spaces and tabs. Blank rows are skipped.
//
// A file with NUL bytes or many control characters is not text and is
// rejected, naming it (with a hint when it is an Excel workbook or a PDF).
//
// # Values
//
// Values are read by the vocabulary's parsers in package graph, which the
// decoders of the exchange formats use too; its documentation has the
// rules. In short:
//
//   - Dates: 2011-09-14, 14.09.2011 (day and month may have one digit),
//     14.09.2011 13:00, and ISO 8601 with a time: 2011-09-14T13:00,
//     2011-09-14 13:00, with seconds and fractions, with Z or an offset. The
//     wall clock is kept and the zone ignored. Years run from 1900 to 5000;
//     impossible dates (31.02.2011, 31.13.2012) are errors.
//   - Yes/no: yes/no, ja/nei, true/false, 1/0, y/n, j/n in any case. An
//     empty formal takes the kind's default (graph.FormalByDefault).
//   - Weights: a number of 0 or more with a decimal point, or a decimal
//     comma in a file delimited by ";" (Norwegian Excel's CSV) or by tabs
//     (Excel's text export; unless its first 64 KB hold more numbers with
//     a decimal point than with a comma, as English Excel writes them);
//     empty is 1. Negative, NaN, infinite and non-numeric weights are
//     errors, and so are weights above graph.MaxWeight (10^15), whose sums
//     could overflow; 0 gives a warning.
//   - Levels: national/nasjonal (1), regional (2), leadership/ledelse (3),
//     unit/enhet (4), frontline/førstelinje (5), user/bruker (6) and their
//     other spellings, in any case, or a whole number from 1 up (4.0 too).
//   - Agencies: Unit.AgencyLabel keeps the user's spelling and Unit.Agency
//     its key (graph.NormalizeAgency). Kinds go through Dataset.Kind.
//   - Expected ends: a unit id, agency:NAME (etat:NAME; an agency of the
//     units) or level:N (nivå:N; a number or a level word).
//
// # Errors and warnings
//
// Every problem in the input is a *graph.InputError at FILE:LINE:COLUMN,
// the column counted in characters, saying what was found and what was
// expected, and ending with the spreadsheet column as Excel names it
// (InputError.Cell), since that is where a user of Excel looks:
//
//	contacts.csv:14:23: date "31.02.2011": day out of range; want 2011-09-14 or 14.09.2011 (column C "date")
//	contacts.csv:7:6: unknown unit "NAV-Oslo"; did you mean "NAV-OSLO"? (column B "to")
//
// All files are read and all their problems returned at once as an
// ErrorList, sorted by file, line and column (up to 1000 per file). Unknown
// unit ids get the nearest known id as a suggestion: the id of the unit of
// that name when a name was written for an id (ErrNameForID), else one
// that differs only in case, else the closest by edit distance. Parents
// must be units, not the unit itself, and not lead back to it: a cycle of
// parents is an error listing its ids (ErrParentCycle).
//
// What a user can fix about reaching the files is a *graph.InputError too,
// said in words: a missing file or folder (ErrNoSuchFile, which errors.Is
// also finds as fs.ErrNotExist), no permission to read (ErrNoPermission),
// a symbolic link that leads back to itself (ErrLinkLoop), a folder where
// a file belongs, such as a folder named units.csv (ErrIsFolder), and a
// named pipe that no program opens for writing within ten seconds
// (ErrPipeTimeout: opening a pipe waits for a writer). Other failures of
// the file system, such as a disk error, are returned as they are.
//
// What is suspicious but usable becomes a Dataset.Warning: contacts of a
// unit with itself (dropped), rows of weight 0, meetings with one unit,
// unused columns, a scope that is no known municipality, and units without
// any tie.
//
// # Plausibility
//
// Values that are valid but probably mistakes are warnings too, each at
// the FILE:LINE:COLUMN of the first record concerned (with the count of
// the others):
//
//   - isolated dates, far outside the bulk of the dates of the contacts
//     and meetings, by the rule of graph.DayCount (the graph package
//     documentation states it): a mistyped year. Such dates are also left
//     out of the period whose end fading ties are judged at
//     (graph.Network.PlausiblePeriod);
//   - weights far above the rest: more than 10 times the 99th percentile
//     of the positive weights (the weight of rank ⌊0.99 (n−1)⌋ from 0, so
//     that the largest is left out), when there are at least 20;
//   - units whose every dated contact, three or more, falls on one day, in
//     data that spans more than 30 days: a date filled down in Excel;
//   - kinds of contact and agencies the vocabulary does not know but that
//     are within two edits of a spelling it knows ("telfon" for "telefon",
//     "boligkontr" for "boligkontor"), with that spelling suggested; other
//     unknown names are taken as the user's own kinds and agencies.
//
// Each check lists at most ten warnings and counts the rest in one more.
// The columns of warnings about contacts are found by reading the file
// once more, only when there are such warnings.
//
// errors.Is tells the problems apart: graph.ErrDate, graph.ErrLevel and
// the other problems of values, and this package's ErrUnknownUnit,
// ErrFieldCount and the rest (problems.go lists them).
//
// Errors and warnings speak bokmål too, for the municipal advisers who
// read them: Error() is English, InputError.In(graph.NB) and ErrorList.In
// give the same in bokmål, and a Warning's message is a graph.Text:
//
//	contacts.csv:14:23: dato "31.02.2011": dagen finnes ikke i måneden; forventet 2011-09-14 eller 14.09.2011 (kolonne C «dato»)
//
// # Speed
//
// contacts.csv may have millions of rows. It is read in 1 MB chunks that
// end at record boundaries (found by the same rules as the parser, so
// quoted line breaks are safe), parsed on up to GOMAXPROCS goroutines and
// merged in file order, so the result does not depend on the number of
// goroutines. Parsing a row allocates nothing: fields are spans of the
// chunk, unit ids are looked up by their bytes in a table made for it
// (idTable: 8% less time on L than Go's map), and dates and numbers are
// parsed by hand. Memory is the 32-byte
// graph.Contact per row (the slice sized once from the first chunk) plus a
// few chunks; on Linux large slices are mapped in at once with huge pages
// (prefault), since page faults are slow on virtual machines. LoadNetwork
// keeps no record per row: memory is the units, the ties and a few chunks.
//
// BenchmarkLoad measures a generated 10 MB dataset; BenchmarkLoadL and
// BenchmarkLoadNetworkL the synthetic 248 MB L dataset (bench/README.md),
// found in $SAMKART_BENCH/L or ../bench/L relative to the repository root
// (skipped when absent):
//
//	go test ./importers -run XXX -bench 'L$' -benchtime 3x
//
// bench/compare.sh times the whole `samkart summary` process against
// Python's csv module reading the same files, alternately.
package importers
