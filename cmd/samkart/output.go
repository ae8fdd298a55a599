package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/samkart/samkart/cmd/samkart/internal/text"
	"github.com/samkart/samkart/graph"
)

// result is what a table command produces: its JSON document, tables for
// CSV and, optionally, its own text form.
type result struct {
	writeJSON func(io.Writer) error
	tables    []*text.Table
	text      func(w io.Writer, lang graph.Lang) error // nil: the tables as text
	suppress  text.Suppression                         // explained below the text when on
}

// emit writes r in the chosen format to --out or standard output.
func (f *outputFlags) emit(e *env, ds *graph.Dataset, r result) error {
	if f.excel && f.format != formatCSV {
		return usagef("--excel hører sammen med --format csv", "--excel goes with --format csv")
	}
	lang := e.lang
	if f.format == formatJSON {
		return writeOutputFunc(e, f.out, ds, r.writeJSON)
	}
	var b bytes.Buffer
	switch f.format {
	case formatCSV:
		for i, t := range r.tables {
			var tb bytes.Buffer
			if err := text.WriteCSV(&tb, t, text.CSVOptions{Excel: f.excel, Lang: lang}); err != nil {
				return err
			}
			if i > 0 {
				// One byte order mark, at the start of the file.
				b.WriteString(lineEnd(f.excel))
				tb = *bytes.NewBuffer(bytes.TrimPrefix(tb.Bytes(), []byte("\uFEFF")))
			}
			b.Write(tb.Bytes())
		}
	default:
		if r.text != nil {
			if err := r.text(&b, lang); err != nil {
				return err
			}
			break
		}
		for i, t := range r.tables {
			if i > 0 {
				b.WriteString("\n")
			}
			if len(r.tables) > 1 {
				fmt.Fprintf(&b, "%s\n\n", t.Title.In(lang))
			}
			if err := text.WriteText(&b, t, lang); err != nil {
				return err
			}
		}
	}
	if f.format == formatText && r.suppress.On() {
		fmt.Fprintf(&b, "\n%s\n", r.suppress.Note().In(lang))
	}
	return writeOutput(e, f.out, ds, b.Bytes())
}

func lineEnd(excel bool) string {
	if excel {
		return "\r\n"
	}
	return "\n"
}

// writeOutput writes data to path, or to standard output when path is ""
// or "-", as writeFile does, and never over one of the dataset's input
// files.
func writeOutput(e *env, path string, ds *graph.Dataset, data []byte) error {
	return writeOutputFunc(e, path, ds, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeOutputFunc is writeOutput for output that write streams.
func writeOutputFunc(e *env, path string, ds *graph.Dataset, write func(io.Writer) error) error {
	ctx := e.context()
	if path == "" || path == "-" {
		return writeBuffered(ctxWriter{ctx, e.stdout}, write)
	}
	if err := refuseInput(path, ds); err != nil {
		return err
	}
	return writeFile(ctx, e, path, func(w io.Writer) error { return writeBuffered(w, write) })
}

// refuseInput fails when path is one of the dataset's input files.
func refuseInput(path string, ds *graph.Dataset) error {
	if ds == nil {
		return nil
	}
	out, err := os.Stat(path)
	if err != nil {
		return nil // a new file cannot be an input
	}
	for _, in := range ds.InputFiles() {
		if st, err := os.Stat(in); err == nil && os.SameFile(st, out) {
			return usagef("skriver ikke %s: den er en inndatafil i datasettet", "refusing to write %s: it is an input file of the dataset", path)
		}
	}
	return nil
}

// writeBuffered runs write through a buffer onto w.
func writeBuffered(w io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}
