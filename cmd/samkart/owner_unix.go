//go:build unix

package main

import (
	"io/fs"
	"syscall"
)

// fileOwner is a file's owner and group.
type fileOwner struct{ uid, gid int }

// ownerOf returns fi's owner and group.
func ownerOf(fi fs.FileInfo) *fileOwner {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	return &fileOwner{int(st.Uid), int(st.Gid)}
}
