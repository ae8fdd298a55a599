package text

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/samkart/samkart/graph"
)

// Table is a result in rows and columns, for the text, CSV and JSON
// writers. Cells are nil (undefined: JSON null, empty in CSV and "–" in
// text), string, int, int64, float64 (NaN is written as undefined), bool
// or Word. Rows are sorted by whoever builds the table.
type Table struct {
	Name    string // machine name, e.g. "units"
	Title   graph.Text
	Columns []Column
	Rows    [][]any
}

// Column is one column of a Table.
type Column struct {
	Key   string     // machine name: the JSON key and the CSV header
	Title graph.Text // header of the text table

	// Count marks a group size or a count within or between groups,
	// which Suppression.Table hides when small; From names the columns
	// (by key) a value is computed from, hidden with any of them.
	Count bool
	From  []string
}

// Word is a table cell holding a word from a fixed set, such as the kind
// of a change or a gap: JSON and plain CSV get its Key, the text table
// and Excel CSV its Text in the output's language.
type Word struct {
	Key  string
	Text graph.Text
}

// Col is shorthand for a Column.
func Col(key, nb, en string) Column { return Column{Key: key, Title: graph.T(nb, en)} }

// Counted returns c marked as a group size or count.
func (c Column) Counted() Column { c.Count = true; return c }

// Of returns c marked as computed from the columns keyed from.
func (c Column) Of(from ...string) Column { c.From = from; return c }

// CSVOptions select the CSV dialect.
type CSVOptions struct {
	// Excel writes what Norwegian Excel opens by double-click: UTF-8 with a
	// byte order mark, ';' between cells, decimal comma and CRLF, for
	// people: the headers are the column titles in Lang, words and
	// booleans are written in Lang (ja/nei in bokmål, true/false in
	// English, which Excel reads as its own), and of the columns that come
	// in both languages only Lang's is kept. Numbers keep full precision
	// and no thousands separator, so that Excel reads them as numbers.
	Excel bool
	Lang  graph.Lang
}

// WriteText writes t as an aligned text table with headers in lang.
// Numbers are right-aligned and written as lang writes them (decimal
// comma and grouped digits in bokmål: see Decimal); undefined cells are
// shown as "–". Of columns that come in both languages (keys ending in
// _nb and _en) only lang's is shown.
func WriteText(w io.Writer, t *Table, lang graph.Lang) error {
	t = onlyLang(t, lang)
	cells := make([][]string, 0, len(t.Rows)+1)
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = c.Title.In(lang)
		if head[i] == "" {
			head[i] = c.Key
		}
	}
	cells = append(cells, head)
	numeric := make([]bool, len(t.Columns))
	for _, row := range t.Rows {
		line := make([]string, len(t.Columns))
		for i := range t.Columns {
			var v any
			if i < len(row) {
				v = row[i]
			}
			line[i] = textCell(v, lang)
			switch v.(type) {
			case int, int64, float64, Hidden:
				numeric[i] = true
			}
		}
		cells = append(cells, line)
	}
	width := make([]int, len(t.Columns))
	for _, line := range cells {
		for i, s := range line {
			width[i] = max(width[i], utf8.RuneCountInString(s))
		}
	}
	var b bytes.Buffer
	for _, line := range cells {
		for i, s := range line {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(s))
			if i > 0 {
				b.WriteString("  ")
			}
			if numeric[i] {
				b.WriteString(pad + s)
			} else if i < len(line)-1 {
				b.WriteString(s + pad)
			} else {
				b.WriteString(s)
			}
		}
		b.WriteString("\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

// onlyLang drops the columns of the other language.
func onlyLang(t *Table, lang graph.Lang) *Table {
	other := "_en"
	if lang == graph.EN {
		other = "_nb"
	}
	var keep []int
	for i, c := range t.Columns {
		if !strings.HasSuffix(c.Key, other) {
			keep = append(keep, i)
		}
	}
	if len(keep) == len(t.Columns) {
		return t
	}
	out := &Table{Name: t.Name, Title: t.Title}
	for _, i := range keep {
		out.Columns = append(out.Columns, t.Columns[i])
	}
	for _, row := range t.Rows {
		r := make([]any, len(keep))
		for j, i := range keep {
			if i < len(row) {
				r[j] = row[i]
			}
		}
		out.Rows = append(out.Rows, r)
	}
	return out
}

func textCell(v any, lang graph.Lang) string {
	switch x := v.(type) {
	case nil:
		return "–"
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return Number(x, 0, lang)
		}
		return Number(x, 4, lang)
	case int:
		return Integer(x, lang)
	case int64:
		return graph.GroupDigits(strconv.FormatInt(x, 10), lang)
	case bool:
		if x {
			return WordYes.In(lang)
		}
		return WordNo.In(lang)
	case Word:
		return x.Text.In(lang)
	}
	return Visible(fmt.Sprint(v))
}

// Visible returns s with the characters that could change what a terminal
// shows (C0 and C1 controls other than newline and tab, DEL, bytes that are
// not UTF-8, bidirectional formatting characters) written as \xNN or
// \uNNNN, so that a unit named "\x1b]0;x\x07" or "\u202eNAV" is shown as
// written in the file and cannot retitle the terminal or reverse a line.
func Visible(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r == utf8.RuneError || hiddenRune(r) }) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && hiddenRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case hiddenRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func hiddenRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// WriteCSV writes t as CSV with the column keys as the header. Numbers are
// written in full precision. Any text cell that begins with =, +, -, @, a
// tab or a carriage return, unless it is a plain number, is prefixed with
// ' so that a spreadsheet shows it as text instead of running it as a
// formula (OWASP CSV injection); number cells are never altered.
func WriteCSV(w io.Writer, t *Table, opt CSVOptions) error {
	var b bytes.Buffer
	if opt.Excel {
		b.WriteString("\uFEFF")
		t = onlyLang(t, opt.Lang)
	}
	cw := csv.NewWriter(&b)
	if opt.Excel {
		cw.Comma = ';'
		cw.UseCRLF = true
	}
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = c.Key
		if opt.Excel && c.Title.In(opt.Lang) != "" {
			head[i] = c.Title.In(opt.Lang)
		}
		head[i] = neutralise(head[i])
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	rec := make([]string, len(t.Columns))
	for _, row := range t.Rows {
		for i := range rec {
			var v any
			if i < len(row) {
				v = row[i]
			}
			rec[i] = csvCell(v, opt)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

func csvCell(v any, opt CSVOptions) string {
	var s string
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ""
		}
		s = strconv.FormatFloat(x, 'g', -1, 64)
	case int:
		s = strconv.Itoa(x)
	case int64:
		s = strconv.FormatInt(x, 10)
	case bool:
		s = strconv.FormatBool(x)
		if opt.Excel && opt.Lang == graph.NB {
			s = map[bool]string{true: "ja", false: "nei"}[x]
		}
		return s
	case Word:
		if opt.Excel {
			return neutralise(x.Text.In(opt.Lang))
		}
		return neutralise(x.Key)
	default:
		return neutralise(fmt.Sprint(v))
	}
	if opt.Excel {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// SpreadsheetText is a text cell of a CSV file made safe for spreadsheets
// as WriteCSV makes it, for the CSV files written without a Table.
func SpreadsheetText(s string) string { return neutralise(s) }

// neutralise makes a text cell safe for spreadsheets. A plain number
// written as text (-0,093, +47) is left alone: a spreadsheet reads it as
// that number, never as a formula, and an apostrophe would turn it into
// text that cannot be summed.
func neutralise(s string) string {
	if s == "" || plainNumber(s) {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// plainNumber reports whether s is an optional sign, digits and an
// optional decimal point or comma with more digits: -2, +47, -0,093.
func plainNumber(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	digits, sep := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case (c == '.' || c == ',') && !sep && digits > 0 && i < len(s)-1:
			sep = true
		default:
			return false
		}
	}
	return digits > 0
}

// WriteJSON writes t as a JSON array of objects whose keys are the column
// keys in column order, one object a line; undefined cells are null. Keys
// and cells are encoded by encoding/json, floats as graph.JSONFloat.
func WriteJSON(w io.Writer, t *Table) error {
	var b bytes.Buffer
	b.WriteString("[")
	for r, row := range t.Rows {
		if r > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for i, c := range t.Columns {
			if i > 0 {
				b.WriteString(", ")
			}
			k, _ := json.Marshal(c.Key)
			b.Write(k)
			b.WriteString(": ")
			var v any
			if i < len(row) {
				v = row[i]
			}
			if err := writeJSONValue(&b, v); err != nil {
				return err
			}
		}
		b.WriteString("}")
	}
	if len(t.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeJSONValue(b *bytes.Buffer, v any) error {
	switch x := v.(type) {
	case float64:
		v = graph.JSONFloat(x)
	case Word:
		v = x.Key
	}
	enc, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b.Write(enc)
	return nil
}
