package main

import (
	"context"
	"os"
	"sync"
)

// pending are the temporary files samkart is writing, to be renamed onto
// their targets when whole. When a command is interrupted, abort removes
// them and refuses every later rename, so that an interrupted samkart
// leaves neither a temporary file nor a changed target, even when it
// exits while a command is still writing.
var pending = &tempFiles{files: map[string]bool{}}

type tempFiles struct {
	mu      sync.Mutex
	files   map[string]bool
	aborted bool
}

// create is os.CreateTemp for a file that commit will rename.
func (t *tempFiles) create(dir, pattern string) (*os.File, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.aborted {
		return nil, context.Canceled
	}
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		t.files[f.Name()] = true
	}
	return f, err
}

// commit renames the temporary file tmp onto path, unless samkart was
// interrupted: then tmp is removed and commit returns context.Canceled.
func (t *tempFiles) commit(tmp, path string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.files, tmp)
	if t.aborted {
		os.Remove(tmp)
		return context.Canceled
	}
	return os.Rename(tmp, path)
}

// remove removes the temporary file tmp after a failure.
func (t *tempFiles) remove(tmp string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.files, tmp)
	os.Remove(tmp)
}

// abort removes every temporary file and refuses the renames to come.
func (t *tempFiles) abort() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.aborted = true
	for f := range t.files {
		os.Remove(f)
		delete(t.files, f)
	}
}
