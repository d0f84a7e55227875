//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley/app/apptest"
)

// A named pipe would block a read for ever: in a folder it is not a file
// to import, and named on the command line it is refused at once.
func TestHostileNamedPipe(t *testing.T) {
	db, before := seededLibrary(t)
	dir := apptest.TempDir(t)
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	writeFiles(t, dir, map[string][]byte{"good.txt": []byte(goodText)})
	done := make(chan struct{})
	var code int
	var out string
	go func() {
		defer close(done)
		code, out, _ = cli(t, db, "import", dir, pipe)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the import blocked on a named pipe")
	}
	if code != exitFailed || !strings.Contains(out, "rejected "+pipe+": not a regular file") ||
		!strings.Contains(out, "imported "+filepath.Join(dir, "good.txt")) {
		t.Errorf("exit %d:\n%s", code, out)
	}
	checkKept(t, db, before, 1)
}
