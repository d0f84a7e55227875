package data

import (
	"os"
	"runtime"
	"testing"

	"parley/app/apptest"
)

// chmodFolder makes a folder read-only with chmod (not for root, whom
// chmod does not stop).
func chmodFolder(t *testing.T) (string, func() (unlock func())) {
	t.Helper()
	if os.Geteuid() == 0 {
		t.Skip("running as root, chmod does not stop writes, and this system gives no read-only mount")
	}
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no read-only folders (the attribute only stops deleting it)")
	}
	dir := apptest.TempDir(t)
	return dir, func() func() {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			os.Chmod(dir+string(os.PathSeparator)+e.Name(), 0o444)
		}
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		unlock := func() {
			os.Chmod(dir, 0o755)
			for _, e := range entries {
				os.Chmod(dir+string(os.PathSeparator)+e.Name(), 0o644)
			}
		}
		t.Cleanup(unlock) // so that TempDir can remove it
		return unlock
	}
}

// chmodFile makes a file read-only with chmod.
func chmodFile(t *testing.T, path string) (unlock func()) {
	t.Helper()
	if os.Geteuid() == 0 {
		t.Skip("running as root, chmod does not stop writes, and this system gives no read-only mount")
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	unlock = func() { os.Chmod(path, 0o644) }
	t.Cleanup(unlock)
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		t.Skip("this system lets a read-only file be opened for writing (Wine ignores the attribute)")
	}
	return unlock
}
