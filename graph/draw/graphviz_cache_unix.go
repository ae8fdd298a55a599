//go:build unix

package draw

import (
	"io/fs"
	"os"
	"syscall"
)

// checkOwner checks a folder of the cache (parent false) or the folder
// holding it (parent true): its owner and who may write into it.
func checkOwner(fi fs.FileInfo, parent bool) CacheProblem {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return CacheForeign
	}
	me := uint32(os.Geteuid())
	switch {
	case st.Uid != me && !(parent && st.Uid == 0):
		return CacheForeign
	case fi.Mode().Perm()&0o022 == 0:
		return 0
	case parent && fi.Mode()&fs.ModeSticky != 0:
		return 0
	}
	return CacheWritableByOthers
}
