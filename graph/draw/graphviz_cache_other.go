//go:build !unix

package draw

import (
	"io/fs"
	"runtime"
)

// checkOwner accepts every folder on Windows, where the cache is in the
// user's own profile (os.UserCacheDir: %LocalAppData%) and permission
// bits say nothing about other users; elsewhere it refuses the cache.
func checkOwner(fi fs.FileInfo, parent bool) CacheProblem {
	if runtime.GOOS == "windows" {
		return 0
	}
	return CacheForeign
}
