//go:build unix

package draw

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// asUser makes cmd run as the user and group uid.
func asUser(cmd *exec.Cmd, uid int) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
}

// TestCacheSecondUser runs, as another user, a render whose cache is a
// folder the first user (root) made: the second user's render succeeds
// in memory, where go-graphviz's own shared cache made it panic.
func TestCacheSecondUser(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to run a child as another user")
	}
	// A copy of this test binary that the other user may run.
	bin := filepath.Join(t.TempDir(), "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	for d := bin; d != os.TempDir() && d != "/"; d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	src, err := os.Open(exe(t))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	copyExe := filepath.Join(bin, "draw.test")
	dst, err := os.OpenFile(copyExe, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	dst.Close()

	first := filepath.Join(t.TempDir(), "samkart")
	if stderr := runCacheChild(t, copyExe, first, -1); stderr != "" {
		t.Fatalf("first user: %s", stderr)
	}
	stderr := runCacheChild(t, copyExe, first, 65534)
	if !strings.Contains(stderr, "warning: problem") {
		t.Errorf("second user: no warning about the first user's cache:\n%s", stderr)
	}
}
