package apptest

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

// TempDir is t.TempDir, but on Windows the folder is removed file by file
// at the end. Go 1.26's os.RemoveAll deletes through an NT call
// (FileDispositionInformationEx) that Wine 8 answers "Invalid function",
// which fails every test using t.TempDir when the suite runs under Wine
// (make test-windows); os.Remove works there. A file still open at the end
// (a library not closed) is logged and left, not a failure.
func TempDir(tb testing.TB) string {
	tb.Helper()
	if runtime.GOOS != "windows" {
		return tb.TempDir()
	}
	dir, err := os.MkdirTemp("", "parley-test-")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := removeTree(dir); err != nil {
			tb.Logf("leaving %s: %v", dir, err)
		}
	})
	return dir
}

// removeTree removes dir and everything below it with os.Remove, deepest
// paths first.
func removeTree(dir string) error {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
		if err == nil {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Slice(paths, func(i, j int) bool { return len(paths[i]) > len(paths[j]) })
	var first error
	for _, p := range paths {
		if err := os.Remove(p); err != nil && first == nil {
			first = err
		}
	}
	return first
}
