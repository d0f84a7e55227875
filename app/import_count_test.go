package app

import (
	"os"
	"path/filepath"
	"testing"

	"parley/app/apptest"
)

func TestCountFilesCountsWhatImportReports(t *testing.T) {
	dir := apptest.TempDir(t)
	for _, name := range []string{"a.txt", "b.html", "notes.docx", "sub/c.csv", "sub/deeper/d.txt"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "a.txt")
	missing := filepath.Join(dir, "missing.txt")
	// 5 files in the folder (the unsupported one is reported as skipped,
	// the symlink is not followed), one file named alone, one missing path.
	if n := CountFiles([]string{dir, one, missing}); n != 7 {
		t.Errorf("CountFiles = %d, want 7", n)
	}
}
