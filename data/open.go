package data

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"parley/app"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a library file. It implements app.Store; all methods are safe for
// concurrent use.
type Store struct {
	db   *sql.DB
	path string     // absolute
	save *saveStmts // prepared once, see save.go
}

var _ app.Store = (*Store)(nil)

// applicationID marks a SQLite file as a Parley library ("PRLY") in the
// database header, so Open never migrates somebody else's database.
const applicationID = 0x50524C59

// mmap_size lets SQLite read the file through memory mapping instead of a
// read call per page: listing 2,500 coded passages across 10,000 articles
// went from 43 to 29 ms (the reads were a third of the time).
//
// rwParams are the per-connection settings, applied by the driver to every
// connection of the pool. _txlock=immediate makes write transactions take the
// write lock at BEGIN: a deferred transaction that reads and then writes can
// fail with SQLITE_BUSY without waiting when another connection committed in
// between, while BEGIN IMMEDIATE waits out busy_timeout. Read-only
// transactions (sql.TxOptions{ReadOnly: true}) still begin deferred.
const rwParams = "_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)" +
	"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate&_pragma=mmap_size(268435456)"

// Open opens the library at path, creating it (and its folder) when missing
// and migrating it to LatestSchemaVersion. A file written by a newer Parley
// is refused before anything is written to it; an older library is backed up
// next to itself before its first migration.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("library %s: %w", path, err)
	}
	existing, err := inspect(abs)
	if err != nil {
		return nil, err
	}
	if !existing {
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			return nil, fmt.Errorf("library %s: creating its folder: %w", abs, err)
		}
	}
	db, err := sql.Open("sqlite", fileURI(abs, rwParams))
	if err != nil {
		return nil, fmt.Errorf("library %s: %w", abs, err)
	}
	// A search scores on several connections at once (see topMatches). Keep
	// them open between searches: database/sql keeps only two idle ones by
	// default, and a new connection starts with an empty page cache and
	// runs its pragmas again.
	db.SetMaxIdleConns(maxSearchSlices + 2)
	ctx := context.Background()
	if err := migrate(ctx, db, abs, LatestSchemaVersion); err != nil {
		db.Close()
		return nil, cannotOpen(abs, err)
	}
	save, err := prepareSave(ctx, db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("library %s: %w", abs, err)
	}
	return &Store{db: db, path: abs, save: save}, nil
}

// Close releases the file. It first lets SQLite refresh the statistics its
// query planner uses, as the SQLite documentation recommends before closing
// a long-lived connection.
func (s *Store) Close() error {
	s.save.close()
	_, optErr := s.db.Exec("PRAGMA optimize")
	if app.IsWriteFault(writeFault(s.path, "", optErr)) {
		// A library on a read-only or full disk closes without its
		// statistics refreshed: they only guide the query planner.
		optErr = nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("library %s: closing: %w", s.path, err)
	}
	if optErr != nil {
		return fmt.Errorf("library %s: closing: %w", s.path, optErr)
	}
	return nil
}

// Path is the library's absolute file name.
func (s *Store) Path() string { return s.path }

// NewerSchemaError refuses a library written by a newer Parley: opening it
// read-write could run pragmas or migrations that damage what the newer
// version wrote.
type NewerSchemaError struct {
	Path          string
	SchemaVersion int // the file's
	Known         int // LatestSchemaVersion of this build
}

func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("library %s was written by a newer Parley (schema %d, this build knows %d): not opened, not modified",
		e.Path, e.SchemaVersion, e.Known)
}

// sqliteMagic starts every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// inspect looks at an existing file without changing a byte of it: the
// header must be SQLite's, the file must be a Parley library (or have no
// tables yet), and its schema version must be one this build knows. It
// reports whether the file exists and holds anything.
func inspect(path string) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("library %s: %w", path, err)
	}
	header := make([]byte, 100)
	n, err := io.ReadFull(f, header)
	f.Close()
	if n == 0 && (err == io.EOF) {
		return false, nil // an empty file is a new library
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return false, fmt.Errorf("library %s: %w", path, err)
	}
	if n < len(header) || !bytes.Equal(header[:len(sqliteMagic)], sqliteMagic) {
		return false, fmt.Errorf("library %s is not an SQLite database (it may be another kind of file): not opened", path)
	}

	version, appID, tables := headerInt(header, 60), headerInt(header, 68), headerInt(header, 40)
	if _, err := os.Lstat(path + "-wal"); err == nil {
		// A write-ahead log may hold commits newer than the header: ask
		// SQLite, through a connection that cannot write (mode=ro, no
		// _pragma). Without a -wal file we do not, because even a
		// read-only connection to a WAL-mode file creates -wal and -shm
		// files next to it.
		if version, appID, tables, err = readOnlyHeader(path); err != nil {
			return false, fmt.Errorf("library %s: reading its schema version: %w", path, err)
		}
	}
	if (version > 0 || tables > 0) && appID != applicationID {
		return false, fmt.Errorf("library %s is an SQLite database but not a Parley library: not opened, not modified", path)
	}
	if version > LatestSchemaVersion {
		return false, &NewerSchemaError{Path: path, SchemaVersion: version, Known: LatestSchemaVersion}
	}
	return true, nil
}

// headerInt reads a 4-byte big-endian field of the database header: offset
// 40 is the schema cookie (0 until a table is created), 60 user_version, 68
// application_id.
func headerInt(header []byte, offset int) int {
	return int(int32(binary.BigEndian.Uint32(header[offset:])))
}

// readOnlyHeader reads the same three values through SQLite, WAL included.
func readOnlyHeader(path string) (version, appID, tables int, err error) {
	db, err := sql.Open("sqlite", fileURI(path, "mode=ro"))
	if err != nil {
		return 0, 0, 0, err
	}
	defer db.Close()
	err = db.QueryRow(`SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&version, &appID, &tables)
	return version, appID, tables, err
}

// fileURI builds the driver's DSN as an SQLite URI. The URI form is needed
// for mode=ro (a plain file name loses its query before reaching SQLite), and
// escaping the path keeps '?', '#' or '%' in a folder name from being read
// as URI syntax. Windows paths become file:///C:/..., which SQLite expects.
func fileURI(path, query string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	u := url.URL{Scheme: "file", Path: p, RawQuery: query}
	return u.String()
}
