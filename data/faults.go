package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"parley/app"

	"modernc.org/sqlite"
)

// Primary SQLite result codes of a write the disk refused (the extended
// codes keep them in their low byte).
const (
	sqliteReadOnly = 8  // SQLITE_READONLY: the file or its folder is read-only
	sqliteFull     = 13 // SQLITE_FULL: no room on the disk, or max_page_count
	sqliteCantOpen = 14 // SQLITE_CANTOPEN
)

// writeError is a write of the library refused by its disk. It says so in
// words, with what it means for the data (done), and matches
// app.ErrLibraryFull or app.ErrLibraryReadOnly.
type writeError struct {
	path   string
	kind   error  // app.ErrLibraryFull or app.ErrLibraryReadOnly
	done   string // what became of the write, for the analyst
	sqlite string // SQLite's own words
	err    error
}

func (e *writeError) Error() string {
	return fmt.Sprintf("library %s: %v; %s (SQLite: %s)", e.path, e.kind, e.done, e.sqlite)
}

func (e *writeError) Unwrap() []error { return []error{e.kind, e.err} }

// writeFault wraps err as a *writeError when SQLite failed because the
// library's disk is full or read-only; other errors pass through. done says
// what became of the write ("nothing of this file was stored").
func writeFault(path, done string, err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	var kind error
	switch se.Code() & 0xff {
	case sqliteFull:
		kind = app.ErrLibraryFull
	case sqliteReadOnly:
		kind = app.ErrLibraryReadOnly
	default:
		return err
	}
	return &writeError{path: path, kind: kind, done: done, sqlite: se.Error(), err: err}
}

// cannotOpen explains an Open that failed because the library's folder is
// read-only: a library in WAL mode needs to create its -wal and -shm files
// beside it, so SQLite can only say it cannot open the file.
func cannotOpen(path string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code()&0xff != sqliteCantOpen {
		return writeFault(path, "not opened", err)
	}
	probe, perr := os.CreateTemp(filepath.Dir(path), ".parley-write-test-*")
	if perr == nil {
		probe.Close()
		os.Remove(probe.Name())
		return err
	}
	return &writeError{path: path, kind: app.ErrLibraryReadOnly, sqlite: se.Error(), err: err,
		done: "not opened: a library needs to write its journal files (-wal, -shm) beside it"}
}
