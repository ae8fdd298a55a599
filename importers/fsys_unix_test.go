//go:build unix

package importers

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestPipe checks that a named pipe nobody writes to gives up with a
// message, and that one a program writes to is read.
func TestPipe(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "units.csv"), []byte("id\nA\nB\n"), 0o644)
	pipe := filepath.Join(dir, "contacts.csv")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	defer func(d time.Duration) { pipeTimeout = d }(pipeTimeout)
	pipeTimeout = 50 * time.Millisecond
	_, err := Load(dir)
	if !errors.Is(err, ErrPipeTimeout) || !strings.Contains(err.Error(), "contacts.csv: is a named pipe (FIFO) that no program wrote to within 0 seconds") {
		t.Errorf("got %v; want ErrPipeTimeout", err)
	}
	// The open given up is still waiting; a writer lets it go.
	if w, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
		w.Close()
	}
	// A pipe of its own for the second read: the open given up closes
	// its end when it likes, and a writer meeting that end would lose
	// the rows to it.
	if err := os.Remove(pipe); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	pipeTimeout = time.Minute
	done := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		_, err = w.WriteString("from,to\nA,B\n")
		w.Close()
		done <- err
	}()
	ds, err := Load(dir)
	if werr := <-done; werr != nil {
		t.Fatal(werr)
	}
	if err != nil || len(ds.Contacts) != 1 {
		t.Fatalf("reading a pipe with a writer: %v", err)
	}
}
