//go:build !unix

package draw

import "os/exec"

// asUser is not supported: the tests that need it run on Unix only.
func asUser(cmd *exec.Cmd, uid int) {}
