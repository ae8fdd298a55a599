// Package graph is samkart's network model: units (nodes) with their agency
// (the horizontal grouping) and level (the vertical position), the contacts
// and multi-party meetings read from a dataset, and the Network built from
// them; and the vocabulary every reader of input data shares, with the
// errors about input data.
//
// # Ties
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
//   - Survey answers (Survey) make ties too, round by round. A unit is a
//     respondent of a round when it answered in it (or units.csv says it
//     answered). Each pair of units that at least one side answered about
//     gets the frequencies, in contacts per year, that each side gave
//     (summed over topics); a tie exists where at least one side named
//     the other with a frequency above 0. Its weight is, by Combine, the
//     mean of the frequencies of the sides that answered about the pair
//     ("never" counting 0; the default), the largest, the smallest (no tie
//     when one side said never), or, with CombineConfirmed, for two
//     respondents their mean only when both named each other, and for a
//     respondent and a non-respondent the respondent's frequency. Over
//     the rounds in the window the weights add up, a round standing for a
//     year of contact, as contacts over a longer period do; and a survey
//     tie adds to the contacts and meetings of the same pair. Survey ties
//     carry no dates and no events (Tie.Contacts and Meetings count
//     records). Network.Survey keeps each round's respondents and pairs,
//     for the response and the share of ties both sides named.
//
// Node IDs in a Network are dense, 0..n−1, in the order of the units' keys;
// a unit's identity across networks and subgraphs is its Key.
//
// # Relations and dates
//
// Each kind of contact is a relation of a multiplex network:
// BuildOptions.Relation builds the network of some kinds, or of the formal
// or informal records, alone, and Dataset.Select keeps only their records.
// A dataset read from a source that cannot carry the date of each contact
// (a Pajek or DL file, a GraphML file with a tie's first date at most)
// says why in Dataset.NoDates, so that a time window is refused rather
// than empty or wrong.
//
// # Vocabulary
//
// The levels, agencies and kinds of contact samkart knows, with the
// spellings that mean each and its name in bokmål and English, are listed
// once, in vocab.go; Level.Label, AgencyName and KindLabel give the names.
// Spellings are matched in any case, without the white space around them.
//
//   - Levels: national (1): national, nasjonal, nasjonalt, state, stat,
//     statlig; regional (2): regional, regionalt, region; leadership (3):
//     leadership, ledelse, municipal leadership, kommuneledelse; unit (4):
//     unit, enhet; frontline (5): frontline, førstelinje, forstelinje,
//     førstelinjen; user (6): user, users, bruker, brukere. Runs of white
//     space inside count as one space.
//   - Agencies: NAV, eiendom (property), helse og omsorg (health), flyktning
//     (refugee service), bolig (housing), Husbanken, rus og psykiatri,
//     barnevern, sosial, plan, ledelse (rådmann, kommunedirektør), bruker
//     (user organisations), utbygger, boligbyggelag, departement,
//     direktorat, IMDi and KS, each with its usual spellings, and longer
//     names that begin like one ("NAV-kontoret i Bodø"). Other agencies are
//     kept as written, in lower case with white space collapsed.
//   - Frequencies, the answers of a survey (FrequencyWords), in contacts
//     per year: daglig/daily 220, ukentlig/weekly 46, annenhver
//     uke/fortnightly 23, månedlig/monthly 11, kvartalsvis/quarterly 4,
//     halvårlig/half-yearly 2, årlig/yearly 1, sjeldnere/rarely 1 and
//     aldri/never 0 (about 220 working days, 46 working weeks and 11
//     working months a year), with other spellings; FrequencyScale sets
//     other values and adds words.
//   - Kinds: meeting (møte), phone (telefon), email (e-post), case (sak),
//     seminar, visit (besøk), informal (uformell), agreement (avtale);
//     meetings, cases, seminars, visits and agreements are formal unless a
//     row says otherwise (FormalByDefault). Other kinds are kept in lower
//     case.
//
// # Values
//
// Every reader of input data, the CSV importer and the decoders of the
// exchange formats alike, reads values with the parsers of this package
// (ParseLevel, ParseYesNo, ParseDate, ParseNumber, ParseWeight,
// ParseAgency, ParseKind), so that a value is accepted or refused the same
// in every file. An empty value is the absent one, never an error.
//
//   - A level is a word of the vocabulary or a whole number from 1 to
//     2147483647, written in digits with an optional + and optionally a
//     point and zeros (4.0, as statistics tools write whole numbers). 0 is
//     refused, not read as "unknown": an unknown level is an empty cell.
//     Fractions (4.5), exponents (4e0), a decimal comma (4,0) and negative
//     numbers are refused.
//   - Yes/no is yes/no, ja/nei, true/false, sann/usann, y/n, j/n or 1/0, in
//     any case.
//   - A date is 2011-09-14 or 14.09.2011 (day and month may have one
//     digit), perhaps with a time after a T or spaces: 13:00 or 9:00, with
//     seconds and their fraction, and a zone (Z, +02:00, +0200, +02), which
//     is ignored: the wall clock is kept. Years run from 1900 to 5000, and
//     impossible dates (31.02.2011) are refused, saying which part is wrong.
//   - A number is what strconv.ParseFloat reads, without NaN and
//     infinities, and with a decimal comma instead of the point where the
//     file allows it: a CSV file delimited by ";" or by tabs (as the
//     importers decide for each file), and the exchange formats
//     except UCINET DL, where a comma separates values.
//   - A weight is a number from 0 up to MaxWeight (10¹⁵, so that no sum of
//     weights overflows); an empty one is 1.
//   - An agency or a kind is any text; the spellings of the vocabulary
//     become its key.
//   - A survey's frequency (ParseFrequency) is a word of the scale or a
//     number of contacts per year, as a weight; a rating (ParseRating) a
//     number from 1 to 5; a round (ParseRound) a date, a month (2011-09,
//     09.2011: its first day) or a year (2011: 1 January).
//
// # Isolated dates
//
// A mistyped year (14.10.2021 in a dataset of 2011 and 2012) must not
// stretch the period of the data. A date is isolated when it lies far
// outside the bulk of the dates of the contacts and meetings: more than
// three lengths of the central period before its first quartile or after
// its third (Tukey's "far out" fences), the central period running from
// the first quartile of the dates to the third and being at least 30
// days long; and when the records beyond that fence are at most one in a
// hundred (at least one), since a few records far from all others are a
// typing error and a tail of many is data. With fewer than 20 dated
// records no date is isolated. DayCount applies the rule, the importers
// warn about each isolated date, and Network.PlausiblePeriod leaves them
// out of the period whose end fading ties are judged at.
//
// # Errors
//
// A problem in input data is an *InputError at FILE:LINE:COLUMN. Its Err
// is a *Problem, a sentinel that errors.Is finds (ErrLevel, ErrDate and its
// cases, ErrYesNo, ErrNotNumber, ErrNegative, and the importers' and
// decoders' own), and that says in bokmål and English what is wrong and
// what is wanted; the error is put into words when it is printed, in the
// language asked for (InputError.In). In a table, the error ends with the
// column as a spreadsheet names it (InputError.Cell, ColumnLetter):
// `(column F "weight")`, `(kolonne F «weight»)`. A Warning is printed
// the same way.
package graph
