package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"parley/app/apptest"
)

func TestOpenCreatesFolderAndSchema(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "nested", "deeper", "library.db")
	s := MustOpenStoreAt(t, path)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("library file not created: %v", err)
	}
	v, err := s.SchemaVersion(context.Background())
	if err != nil || v != LatestSchemaVersion {
		t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, LatestSchemaVersion)
	}
	info := mustInfo(t, s)
	if info.Path != path || info.SchemaVersion != LatestSchemaVersion || info.Articles != 0 || !info.LastImport.IsZero() {
		t.Errorf("Info of a new library = %+v", info)
	}
	if n := count(t, s, "SELECT application_id FROM pragma_application_id"); n != applicationID {
		t.Errorf("application_id = %#x, want %#x", n, applicationID)
	}
	if files := apptest.DirNames(t, filepath.Dir(path)); slices.ContainsFunc(files, isBackup) {
		t.Errorf("a new library got a backup: %v", files)
	}
}

func TestOpenPathWithURICharacters(t *testing.T) {
	// '?', '#' and '%' would be read as URI syntax if not escaped
	// (Windows refuses '?' in a name).
	folder := "dossier ?#%20 été"
	if runtime.GOOS == "windows" {
		folder = "dossier #%20 été"
	}
	path := filepath.Join(apptest.TempDir(t), folder, "bibliothèque.db")
	s := MustOpenStoreAt(t, path)
	mustSave(t, s, article("a.txt", "Titre", "Corps"))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("library not at the exact path: %v (folder holds %v)", err, apptest.DirNames(t, filepath.Dir(path)))
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	// Hold several connections at once so the pool cannot hand back the
	// same one: each must have been configured by the DSN.
	var conns []*sql.Conn
	for range 3 {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	for i, c := range conns {
		var mode string
		var fk, timeout, sync int
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
		c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout)
		c.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync)
		if mode != "wal" || fk != 1 || timeout != 5000 || sync != 1 {
			t.Errorf("connection %d: journal_mode=%s foreign_keys=%d busy_timeout=%d synchronous=%d", i, mode, fk, timeout, sync)
		}
		c.Close()
	}
}

func TestForeignKeysEnforced(t *testing.T) {
	s := MustOpenStore(t)
	_, err := s.db.Exec(`INSERT INTO teasers (article_id, text_id, position, start, "end") VALUES (999, 999, 0, 0, 0)`)
	if err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
		t.Fatalf("teaser of a missing article: err = %v, want a FOREIGN KEY failure", err)
	}
}

func TestOpenRefusesNewerSchemaUntouched(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, article("a.txt", "Titre", "Corps"))
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := mustRead(t, path)
	filesBefore := apptest.DirNames(t, filepath.Dir(path))

	_, err = Open(path)
	var newer *NewerSchemaError
	if !errors.As(err, &newer) || newer.SchemaVersion != 99 || newer.Known != LatestSchemaVersion {
		t.Fatalf("Open of a schema 99 file: err = %v, want *NewerSchemaError", err)
	}
	want := fmt.Sprintf("library %s was written by a newer Parley (schema 99, this build knows %d): not opened, not modified", path, LatestSchemaVersion)
	if err.Error() != want {
		t.Errorf("message:\n got %s\nwant %s", err, want)
	}
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("the newer library's bytes changed")
	}
	if after := apptest.DirNames(t, filepath.Dir(path)); !slices.Equal(after, filesBefore) {
		t.Errorf("folder changed: before %v, after %v", filesBefore, after)
	}
}

func TestOpenRejectsNonSQLiteFile(t *testing.T) {
	for name, content := range map[string]string{
		"notes.db": "Ceci n'est pas une base de données.\n",
		"short.db": "SQLite format 3\x00",
		"big.db":   strings.Repeat("x", 4096),
	} {
		path := filepath.Join(apptest.TempDir(t), name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(path)
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not an SQLite database") {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
		if got := string(mustRead(t, path)); got != content {
			t.Errorf("%s: file changed", name)
		}
	}
}

func TestOpenRejectsForeignSQLiteDatabase(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "other.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE recipes (name TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := mustRead(t, path)
	_, err = Open(path)
	if err == nil || !strings.Contains(err.Error(), "not a Parley library") {
		t.Fatalf("err = %v, want 'not a Parley library'", err)
	}
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("the foreign database changed")
	}
}

func TestOpenEmptyFileIsNewLibrary(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s := MustOpenStoreAt(t, path)
	if v, _ := s.SchemaVersion(context.Background()); v != LatestSchemaVersion {
		t.Errorf("version %d", v)
	}
	if files := apptest.DirNames(t, filepath.Dir(path)); slices.ContainsFunc(files, isBackup) {
		t.Errorf("an empty file got a backup: %v", files)
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, article("a.txt", "Titre", "Corps"))
	s.Close()
	s = MustOpenStoreAt(t, path)
	if info := mustInfo(t, s); info.Articles != 1 {
		t.Errorf("after reopening: %+v", info)
	}
	if files := apptest.DirNames(t, filepath.Dir(path)); slices.ContainsFunc(files, isBackup) {
		t.Errorf("reopening an up-to-date library made a backup: %v", files)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func isBackup(name string) bool { return strings.Contains(name, ".backup-") }

// While another Parley has the library open, the newest schema version may
// sit in the write-ahead log rather than in the file's header.
func TestOpenRefusesNewerSchemaInWAL(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	other := MustOpenStoreAt(t, path)
	if _, err := other.db.Exec("PRAGMA user_version = 9"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Fatalf("no WAL while open: %v", err)
	}
	var newer *NewerSchemaError
	if _, err := Open(path); !errors.As(err, &newer) || newer.SchemaVersion != 9 {
		t.Fatalf("err = %v, want *NewerSchemaError for schema 9", err)
	}
}
