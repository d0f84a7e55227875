package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"parley/app/apptest"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWriteFileNew(t *testing.T) {
	dir := apptest.TempDir(t)
	path := filepath.Join(dir, "counts.csv")
	if err := WriteFile(path, writeString("a,b\n")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "a,b\n" {
		t.Fatalf("read %q, %v", b, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Windows keeps only a read-only bit, which the export leaves off.
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o644 {
		t.Errorf("new export has mode %v, want 0644 like any document", info.Mode().Perm())
	}
	if names := apptest.DirNames(t, dir); !slices.Equal(names, []string{"counts.csv"}) {
		t.Errorf("folder holds %q", names)
	}
}

// TestWriteFileReplaces: while the export is written the old file is still
// whole under the final name; afterwards the new one is, with the old
// file's mode.
func TestWriteFileReplaces(t *testing.T) {
	dir := apptest.TempDir(t)
	path := filepath.Join(dir, "meetings.csv")
	if err := os.WriteFile(path, []byte("old export\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, func(w io.Writer) error {
		if _, err := io.WriteString(w, "new "); err != nil {
			return err
		}
		if b, _ := os.ReadFile(path); string(b) != "old export\n" {
			t.Errorf("during the export the final name holds %q", b)
		}
		_, err := io.WriteString(w, "export\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new export\n" {
		t.Errorf("after the export: %q", b)
	}
	if info, _ := os.Stat(path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want the replaced file's 0640", info.Mode().Perm())
	}
	if names := apptest.DirNames(t, dir); !slices.Equal(names, []string{"meetings.csv"}) {
		t.Errorf("folder holds %q", names)
	}
}

func TestWriteFileFailsHalfway(t *testing.T) {
	dir := apptest.TempDir(t)
	path := filepath.Join(dir, "articles.csv")
	old := []byte("id,title\n1,ancien\n")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("library closed")
	err := WriteFile(path, func(w io.Writer) error {
		if _, err := io.WriteString(w, strings.Repeat("id,title\n2,half\n", 1000)); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v: want the callback's error, naming %s", err, path)
	}
	if b, _ := os.ReadFile(path); string(b) != string(old) {
		t.Errorf("existing file changed to %q", b)
	}
	if names := apptest.DirNames(t, dir); !slices.Equal(names, []string{"articles.csv"}) {
		t.Errorf("folder holds %q, want only the existing file", names)
	}
}

func TestWriteFilePanics(t *testing.T) {
	dir := apptest.TempDir(t)
	path := filepath.Join(dir, "teasers.csv")
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic was swallowed")
			}
		}()
		WriteFile(path, func(w io.Writer) error {
			io.WriteString(w, "half")
			panic("bug in an exporter")
		})
	}()
	if names := apptest.DirNames(t, dir); len(names) != 0 {
		t.Errorf("folder holds %q after a panic", names)
	}
}

func TestWriteFileMissingFolder(t *testing.T) {
	dir := filepath.Join(apptest.TempDir(t), "no-such-folder")
	path := filepath.Join(dir, "counts.csv")
	called := false
	err := WriteFile(path, func(io.Writer) error { called = true; return nil })
	if err == nil {
		t.Fatal("no error")
	}
	if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, "does not exist") {
		t.Errorf("error %q should name %s and say the folder does not exist", msg, path)
	}
	t.Log(err)
	if called {
		t.Error("the export ran with nowhere to go")
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("folder was created: %v", err)
	}
}

func TestWriteFileReadOnlyFolder(t *testing.T) {
	dir := apptest.TempDir(t)
	path := filepath.Join(dir, "counts.csv")
	old := []byte("partner,period,count\n")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	// Give t.TempDir its folder back to remove.
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	// Root (and some file systems) write into a 0555 folder anyway: find out
	// by trying rather than by asking who we are.
	if f, err := os.CreateTemp(dir, "probe"); err == nil {
		f.Close()
		os.Remove(f.Name())
		t.Skip("this folder stays writable after chmod 0555 (running as root?)")
	}
	err := WriteFile(path, writeString("new\n"))
	if err == nil {
		t.Fatal("no error")
	}
	if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, "permission") {
		t.Errorf("error %q should name %s and the missing permission", msg, path)
	}
	t.Log(err)
	if b, _ := os.ReadFile(path); string(b) != string(old) {
		t.Errorf("existing file changed to %q", b)
	}
	if names := apptest.DirNames(t, dir); !slices.Equal(names, []string{"counts.csv"}) {
		t.Errorf("folder holds %q", names)
	}
}

func TestWriteFileOntoFolder(t *testing.T) {
	dir := apptest.TempDir(t)
	err := WriteFile(dir, writeString("x"))
	if err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("writing onto a folder: %v", err)
	}
	if err := WriteFile(dir+string(filepath.Separator), writeString("x")); err == nil {
		t.Error("a path without a file name was accepted")
	}
	if names := apptest.DirNames(t, dir); len(names) != 0 {
		t.Errorf("folder holds %q", names)
	}
}
