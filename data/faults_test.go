package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"parley/app"
	"parley/app/apptest"
)

// Fault tests: a library that fills up (a real SQLITE_FULL from SQLite's
// max_page_count here; a full tmpfs in faults_linux_test.go) or that cannot
// be written (faults_linux_test.go and faults_unix_test.go) must fail the
// import with a message naming the file and saying why, keep what was
// stored before, never hold half a file, and stay whole.

const faultSeed = 20260411

// pageFiles is n generated agency pages, numbered from first, as files of an
// import.
func pageFiles(first, n int) fstest.MapFS {
	files := fstest.MapFS{}
	for i := first; i < first+n; i++ {
		files[fmt.Sprintf("vna/%05d.txt", i)] = &fstest.MapFile{Data: genPageFile(genArticle(faultSeed, i))}
	}
	return files
}

// importPages imports files into the library at s and returns the reports.
func importPages(t *testing.T, s app.Store, files fstest.MapFS) ([]app.FileReport, error) {
	t.Helper()
	var reports []app.FileReport
	_, err := app.NewLibrary(s).ImportFS(context.Background(), files, "fault:", func(r app.FileReport) {
		reports = append(reports, r)
	})
	return reports, err
}

// openWithMaxPages opens the library at path as Open does, with SQLite's
// max_page_count on every connection: the file cannot grow past that many
// pages, and a write that needs more fails with SQLITE_FULL, as on a full
// disk.
func openWithMaxPages(t *testing.T, path string, pages int) *Store {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path, fmt.Sprintf("%s&_pragma=max_page_count(%d)", rwParams, pages)))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := migrate(ctx, db, path, LatestSchemaVersion); err != nil {
		t.Fatal(err)
	}
	save, err := prepareSave(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	return &Store{db: db, path: path, save: save}
}

func pageCount(t *testing.T, path string) int {
	t.Helper()
	s := MustOpenStoreAt(t, path)
	var n int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportIntoAFullLibrary(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	libraryWithPages(t, path, 20)

	// Then the library may grow by only 40 pages (160 KB), less than the
	// next import needs.
	s := openWithMaxPages(t, path, pageCount(t, path)+40)
	stored, failing := importUntilFull(t, s, path, pageFiles(20, 200))
	s.Close()
	t.Logf("library limited to 40 more pages: %d files stored, then %s failed", stored, failing)

	// The library opens normally, is whole, holds the earlier files and
	// every file the full import stored, and nothing of the file that
	// failed.
	s = MustOpenStoreAt(t, path)
	checkAfterFull(t, s, 20+stored, failing)
	// Room again: the rest imports.
	if reports, err := importPages(t, s, pageFiles(20, 200)); err != nil || rejectedCount(reports) > 0 {
		t.Errorf("import once there is room: %v, %d rejected", err, rejectedCount(reports))
	}
}

// TestImportOnAFullDisk fills a 2 MB tmpfs (Linux, root): the library, its
// write-ahead log and the index grow until the disk refuses a write.
func TestImportOnAFullDisk(t *testing.T) {
	dir := mountTmpfs(t, "2m")
	path := filepath.Join(dir, "library.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	stored, failing := importUntilFull(t, s, path, pageFiles(0, 1000))
	if err := s.Close(); err != nil {
		t.Errorf("closing the library on a full disk: %v", err)
	}
	t.Logf("2 MB disk: %d files stored, then %s failed", stored, failing)

	// Still on the full disk, the library opens, is whole and holds every
	// file reported stored, and nothing of the one that failed.
	s, err = Open(path)
	if err != nil {
		t.Fatalf("the library does not open on the full disk: %v", err)
	}
	checkAfterFull(t, s, stored, failing)
	if err := s.Close(); err != nil {
		t.Errorf("closing the library on a full disk: %v", err)
	}
	// With room again, the rest imports.
	growTmpfs(t, dir, "64m")
	s = MustOpenStoreAt(t, path)
	if reports, err := importPages(t, s, pageFiles(0, 1000)); err != nil || rejectedCount(reports) > 0 {
		t.Errorf("import once there is room: %v, %d rejected", err, rejectedCount(reports))
	}
	if info := mustInfo(t, s); info.Articles != 1000 {
		t.Errorf("%d articles once there is room, want 1000", info.Articles)
	}
}

// importUntilFull imports files into a library that fills up before the
// end. The import must stop at the first file that does not fit, with an
// error naming that file and the library and saying it is full. It returns
// how many files were stored and which failed.
func importUntilFull(t *testing.T, s app.Store, path string, files fstest.MapFS) (int, string) {
	t.Helper()
	reports, err := importPages(t, s, files)
	if err == nil {
		t.Fatalf("the import did not stop on a full library (%d files, %d rejected)", len(reports), rejectedCount(reports))
	}
	if n := rejectedCount(reports); n > 0 {
		t.Errorf("%d files rejected one by one before the import stopped", n)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names) // the order of the import
	failing := names[len(reports)]
	for _, want := range []string{path, failing, "library is full", "no room left"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error %q does not say %q", err, want)
		}
	}
	if !errors.Is(err, app.ErrLibraryFull) {
		t.Errorf("the error %q is not app.ErrLibraryFull", err)
	}
	t.Logf("error: %v", err)
	return len(reports), failing
}

// checkAfterFull checks a library that filled up: whole, with the articles
// stored before, and nothing of the file that failed.
func checkAfterFull(t *testing.T, s *Store, articles int, failing string) {
	t.Helper()
	if res := integrityCheck(t, s.db); res != "ok" {
		t.Errorf("integrity_check: %s", res)
	}
	checkFTS(t, s)
	if info := mustInfo(t, s); info.Articles != articles {
		t.Errorf("%d articles, want the %d stored before the library was full", info.Articles, articles)
	}
	if n := count(t, s, "SELECT count(*) FROM articles WHERE source_key = ?", "fault:"+failing); n != 0 {
		t.Errorf("the file that failed (%s) is in the library", failing)
	}
}

func rejectedCount(reports []app.FileReport) int {
	n := 0
	for _, r := range reports {
		if r.Outcome == app.FileRejected {
			n++
		}
	}
	return n
}

// checkFTS runs FTS5's own check of both indexes against their tables.
func checkFTS(t *testing.T, s *Store) {
	t.Helper()
	for _, table := range []string{"articles_fts", "teasers_fts"} {
		if _, err := s.db.Exec(fmt.Sprintf("INSERT INTO %[1]s (%[1]s, rank) VALUES ('integrity-check', 1)", table)); err != nil {
			t.Errorf("%s integrity-check: %v", table, err)
		}
	}
}

// fileState is a library file's bytes, as a hash, and its article count.
type fileState struct {
	sum      [32]byte
	size     int
	articles int
}

// stateOf reads the library at path while it is still writable (a
// connection to a WAL library needs its -shm file).
func stateOf(t *testing.T, path string) fileState {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	info := mustInfo(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatalf("%s-wal is left after closing the library", path)
	}
	return fileState{sum: sha256.Sum256(raw), size: len(raw), articles: info.Articles}
}

// libraryWithPages makes a library of n generated pages at path, closed.
func libraryWithPages(t *testing.T, path string, n int) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if reports, err := importPages(t, s, pageFiles(0, n)); err != nil || rejectedCount(reports) > 0 {
		t.Fatalf("import: %v %v", err, reports)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// importReadOnly tries an import into the library at path, which cannot be
// written, and returns the message the analyst gets: Open's refusal, or the
// import's.
func importReadOnly(t *testing.T, path string) string {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		return err.Error()
	}
	reports, err := importPages(t, s, pageFiles(1000, 5))
	if cerr := s.Close(); cerr != nil {
		t.Errorf("closing a read-only library: %v", cerr)
	}
	if err != nil {
		return err.Error()
	}
	if n := rejectedCount(reports); n != len(reports) {
		t.Fatalf("%d of %d files imported into a read-only library", len(reports)-n, len(reports))
	}
	return reports[0].Err.Error()
}

// checkUntouched checks the library file kept its bytes and, once writable
// again, opens with its articles.
func checkUntouched(t *testing.T, path string, before fileState) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if sha256.Sum256(raw) != before.sum {
		t.Errorf("the library file changed: %d bytes, was %d", len(raw), before.size)
	}
	// SQLite may leave an empty log beside a file it could only read; a
	// log with content would hold writes.
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() > 0 {
		t.Errorf("a write-ahead log of %d bytes was left beside the library", info.Size())
	}
}

func TestImportIntoAReadOnlyFile(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	checkReadOnlyImport(t, path, "read-only file", func() func() { return lockFile(t, path) })
}

func TestImportIntoAReadOnlyFolder(t *testing.T) {
	dir, lock := readOnlyFolder(t)
	checkReadOnlyImport(t, filepath.Join(dir, "library.db"), "read-only folder", lock)
}

// checkReadOnlyImport stores a few pages at path, makes it read-only with
// lock (which returns the undo), imports more, and checks that the import
// failed saying so and left the file as it was.
func checkReadOnlyImport(t *testing.T, path, what string, lock func() (unlock func())) {
	t.Helper()
	libraryWithPages(t, path, 5)
	before := stateOf(t, path)
	unlock := lock()

	msg := importReadOnly(t, path)
	t.Logf("%s: %s", what, msg)
	checkUntouched(t, path, before)
	unlock()
	for _, want := range []string{path, "read-only"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error %q does not say %q", msg, want)
		}
	}
	if info := mustInfo(t, MustOpenStoreAt(t, path)); info.Articles != before.articles {
		t.Errorf("%d articles after, %d before", info.Articles, before.articles)
	}
}
