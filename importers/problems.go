package importers

import (
	"io/fs"

	"github.com/samkart/samkart/graph"
)

// The problems a dataset's files can have, besides the values the
// vocabulary refuses (graph.ErrLevel, graph.ErrDate, graph.ErrYesNo,
// graph.ErrNotNumber, graph.ErrNegative and their cases): each is the
// sentinel of its errors (errors.Is) and says what is wrong, in bokmål and
// English, when the error is printed.
var (
	// The folder and its files.
	ErrNotFolder = &graph.Problem{Msg: graph.T("ikke en mappe", "not a folder"),
		Want: graph.T("en datamappe med units.csv, eller --units FIL", "a dataset folder holding units.csv, or --units FILE")}
	ErrTwoFiles = &graph.Problem{Msg: graph.T("to %s-filer: %s og %s", "two %s files: %s and %s"),
		Want: graph.T("én av dem", "one of them")}
	ErrNoUnitsFile = &graph.Problem{Msg: graph.T("ingen enhetsfil", "no units file"),
		Want: graph.T("en units.csv (--units FIL) som lister enhetene", "a units.csv (--units FILE) listing the units")}
	ErrUnitsNotFound = &graph.Problem{Msg: graph.T("filen finnes ikke", "no such file"),
		Want: graph.T("en datamappe med units.csv (eller enheter.csv) med en id-kolonne, eller en mappe med slike mapper",
			"a dataset folder holding units.csv (or enheter.csv) with an id column, or a folder of such folders"), Of: ErrNoUnitsFile}

	// Reaching the files.
	ErrNoSuchFile = &graph.Problem{Msg: graph.T("finnes ikke", "does not exist"), Like: fs.ErrNotExist,
		Want: graph.T("navnet på en fil eller mappe som finnes (sjekk stavemåten og hvilken mappe du står i)",
			"the name of a file or folder that exists (check the spelling and the current folder)")}
	ErrNoPermission = &graph.Problem{Msg: graph.T("kan ikke leses: du har ikke tilgang", "cannot be read: permission denied"),
		Like: fs.ErrPermission,
		Want: graph.T("lesetilgang for deg (spør eieren eller IT)", "read access for you (ask its owner or IT)")}
	ErrLinkLoop = &graph.Problem{Msg: graph.T("er en symbolsk lenke som fører tilbake til seg selv", "is a symbolic link that leads back to itself"),
		Want: graph.T("en lenke til en fil eller mappe som finnes", "a link to a file or folder that exists")}
	ErrIsFolder = &graph.Problem{Msg: graph.T("er en mappe, ikke en fil", "is a folder, not a file"),
		Want: graph.T("en CSV-fil med dette navnet", "a CSV file by that name")}
	ErrPipeTimeout = &graph.Problem{Msg: graph.T("er et navngitt rør (FIFO) som ingen skrev til på %d sekunder",
		"is a named pipe (FIFO) that no program wrote to within %d seconds"),
		Want: graph.T("en vanlig fil, eller et program som skriver til røret", "a regular file, or a program writing to the pipe")}

	// Files that are not CSV text.
	ErrBinary = &graph.Problem{Msg: graph.T("binære data (en NUL-byte), ikke tekst%s", "binary data (a NUL byte), not text%s"),
		Want: binaryWant}
	ErrControl = &graph.Problem{Msg: graph.T("binære data (kontrolltegn), ikke tekst%s", "binary data (control characters), not text%s"),
		Want: binaryWant, Of: ErrBinary}
	ErrMixedEncoding = &graph.Problem{Valued: true,
		Msg: graph.T("ikke gyldig UTF-8 som resten av filen; raden er trolig Windows-1252 (filen blander tegnkodinger)",
			"not valid UTF-8 like the rest of the file; the row is probably Windows-1252 (the file mixes encodings)"),
		Want: graph.T("hele filen lagret i én tegnkoding, helst UTF-8 (i Excel: Lagre som, «CSV UTF-8»)",
			"the whole file saved in one encoding, best UTF-8 (in Excel: Save As, \"CSV UTF-8\")")}
	ErrUTF16 = &graph.Problem{Msg: graph.T("kan ikke leses som UTF-16: %s", "not readable as UTF-16: %s"), Want: binaryWant}

	// Headers.
	ErrEmptyFile  = &graph.Problem{Msg: graph.T("tom fil", "empty file"), Want: headerWant}
	ErrLongHeader = &graph.Problem{Msg: graph.T("den første linjen er lengre enn %d KB", "the first line is longer than %d KB"),
		Want: headerWant}
	ErrRepeatedColumn = &graph.Problem{Msg: graph.T("kolonnen %s gjentar kolonne %d (%s)", "column %s repeats column %d (%s)"),
		Want: graph.T("hver kolonne én gang", "each column once")}
	ErrMissingColumn = &graph.Problem{Msg: graph.T("kolonnen %q mangler", "missing column %q"),
		Want: graph.T("en overskrift som kaller den %s (store eller små bokstaver)", "a header naming it %s (in any case)")}

	// The structure of records.
	ErrQuote = &graph.Problem{Msg: graph.T("feltet i anførselstegn mangler avsluttende anførselstegn", "quoted field has no closing quote"),
		Want: quoteWant}
	ErrAfterQuote = &graph.Problem{Msg: graph.T("tekst etter det avsluttende anførselstegnet i et felt",
		"text after the closing quote of a quoted field"), Want: quoteWant, Of: ErrQuote}
	ErrFieldCount = &graph.Problem{Msg: graph.T("%d %s", "%d %s"),
		Want: graph.T("%d, som i overskriftslinjen (skilletegn %s)", "%d, as in the header (delimiter %s)")}
	ErrTooMany = &graph.Problem{Msg: graph.T("for mange feil i denne filen: %d til er ikke listet",
		"too many errors in this file: %d more not listed")}

	// Units and references to them.
	ErrEmptyID = &graph.Problem{Msg: graph.T("tom enhets-id", "empty unit id"),
		Want: graph.T("en id som navngir enheten", "an id that names the unit")}
	ErrDuplicateUnit = &graph.Problem{Msg: graph.T("enhets-id %s finnes to ganger; først definert på linje %d",
		"duplicate unit id %s; first defined at line %d")}
	ErrUnknownUnit = &graph.Problem{Msg: graph.T("ukjent enhet %s", "unknown unit %s"),
		Want: graph.T("en id fra enhetsfilen", "an id from the units file")}
	ErrUnknownParent = &graph.Problem{Msg: graph.T("ukjent overordnet %s", "unknown parent %s"),
		Want: ErrUnknownUnit.Want, Of: ErrUnknownUnit}
	ErrParentCycle = &graph.Problem{Msg: graph.T("%d enheter er overordnet hverandre i ring: %s", "%d units are each other's parents in a cycle: %s"),
		Want: graph.T("en overordnet som ikke fører tilbake til enheten selv", "a parent that does not lead back to the unit itself")}
	ErrSharedUnit = &graph.Problem{Msg: graph.T("enhets-id %s er definert annerledes i %s: %s", "unit id %s is defined differently at %s: %s"),
		Want: graph.T("samme navn, etat, nivå, kommune, region og overordnet for en enhet som finnes i flere mapper",
			"the same name, agency, level, municipality, region and parent for a unit in several folders")}
	ErrNameForID = &graph.Problem{Msg: graph.T("%s er navnet på en enhet, ikke id-en", "%s is a unit's name, not its id"),
		Want: graph.T("en id fra enhetsfilen", "an id from the units file"), Of: ErrUnknownUnit}
	ErrOwnParent = &graph.Problem{Msg: graph.T("enheten %s er sin egen overordnede", "unit %s is its own parent"),
		Want: graph.T("id-en til enheten den rapporterer til, eller ingenting", "the id of the unit it reports to, or nothing")}
	ErrEmptyMeeting = &graph.Problem{Msg: graph.T("tom møte-id", "empty meeting id"),
		Want: graph.T("en id som er felles for radene i ett møte", "an id shared by the rows of one meeting")}

	// Municipalities.
	ErrEmptyMunicipality = &graph.Problem{Msg: graph.T("tomt kommunenavn", "empty municipality name"),
		Want: graph.T("kommunens navn eller nummer", "the municipality's name or number")}
	ErrSharedMunicipality = &graph.Problem{Msg: graph.T("kommunen %s er oppført annerledes i %s", "municipality %s is listed differently at %s"),
		Want: graph.T("samme region, program og tall for en kommune som står i flere mapper",
			"the same region, programme and numbers for a municipality in several folders")}
	ErrDuplicateMunicipality = &graph.Problem{Msg: graph.T("kommunen %s finnes to ganger; først oppført på linje %d",
		"duplicate municipality %s; first listed at line %d")}

	// Expected ties.
	ErrEmptyEndpoint = &graph.Problem{Msg: graph.T("kolonnen %s er tom", "column %s is empty"), Want: endpointWant}
	ErrUnknownAgency = &graph.Problem{Msg: graph.T("ukjent etat %s", "unknown agency %s"),
		Want: graph.T("en etat blant enhetene: %s", "an agency of the units: %s"), SuggestAs: graph.T("etat:%s", "agency:%s")}
	ErrEndpointLevel = &graph.Problem{Msg: graph.ErrLevel.Msg, Valued: true, Of: graph.ErrLevel,
		Want: graph.T("nivå:N, der N er "+graph.ErrLevel.Want.NB, "level:N, with N "+graph.ErrLevel.Want.EN)}
	ErrMinWeight = &graph.Problem{Msg: graph.T("ikke et tall over 0", "not a number above 0"), Valued: true,
		Want: graph.T("et tall over 0, som 1 eller 2.5", "a number above 0, such as 1 or 2.5")}
)

var (
	// binaryWant is what a binary file should have been.
	binaryWant = graph.T("en CSV-fil lagret som tekst (UTF-8 eller Windows-1252); i Excel: Lagre som, CSV",
		"a CSV file saved as text (UTF-8 or Windows-1252); in Excel use Save As, CSV")
	// headerWant is what a file without a header should have started with.
	headerWant   = graph.T("en overskriftslinje som navngir kolonnene", "a header line naming the columns")
	quoteWant    = graph.T("anførselstegn bare i slutten av et felt i anførselstegn, eller doblet (\"\") inni det", "a quote only at the end of a quoted field, or doubled (\"\") inside it")
	endpointWant = graph.T("en enhets-id, etat:NAVN eller nivå:N", "a unit id, agency:NAME or level:N")
)

// In a header, a quote problem is said without what is wanted.
var headerQuote = map[*graph.Problem]*graph.Problem{
	ErrQuote:      {Msg: ErrQuote.Msg, Of: ErrQuote},
	ErrAfterQuote: {Msg: ErrAfterQuote.Msg, Of: ErrAfterQuote},
}
