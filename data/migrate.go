package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// LatestSchemaVersion is the schema this build writes: the number of the
// last file in migrations/. A test keeps the two in step.
const LatestSchemaVersion = 8

//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the embedded migrations in order and checks they are
// numbered 1, 2, 3... without gaps, so a misnamed file fails every test
// instead of silently being skipped.
func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name must start with a number and '_'", e.Name())
		}
		text, err := fs.ReadFile(migrationFiles, path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(text)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	if len(ms) != LatestSchemaVersion {
		return nil, fmt.Errorf("%d migrations embedded but LatestSchemaVersion is %d", len(ms), LatestSchemaVersion)
	}
	return ms, nil
}

// migrations is the list migrate applies: the embedded files. A test swaps
// it to inject a migration that fails.
var migrations = loadMigrations

// migrate brings the library at file up to schema version target. All the
// migrations the file lacks run in one transaction that also sets
// user_version, so a failure in any of them rolls back the others too and
// leaves the file as it was, byte for byte. An existing library is first
// copied to a dated backup.
func migrate(ctx context.Context, db *sql.DB, file string, target int) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("library %s: %w", file, err)
	}
	current, err := userVersion(ctx, db)
	if err != nil {
		return fmt.Errorf("library %s: reading its schema version: %w", file, err)
	}
	if current > LatestSchemaVersion {
		// Written by a newer Parley between inspect and now.
		return &NewerSchemaError{Path: file, SchemaVersion: current, Known: LatestSchemaVersion}
	}
	if current >= target {
		return nil
	}
	saved := ""
	if current >= 1 {
		if saved, err = backup(ctx, db, file, time.Now()); err != nil {
			return fmt.Errorf("library %s: backup before upgrading from schema %d: %w (nothing was changed)", file, current, err)
		}
	}
	if err := applyAll(ctx, db, ms[:target]); err != nil {
		msg := fmt.Sprintf("library %s: upgrading from schema %d to %d: %v (rolled back: the file was not changed", file, current, target, err)
		if saved != "" {
			msg += "; a copy taken before is at " + saved
		}
		return errors.New(msg + ")")
	}
	return nil
}

// applyAll runs, in one transaction, the migrations of ms (numbered 1, 2,
// 3...) that the file does not have yet. The version is read inside the
// write transaction, because another process may have migrated the file
// since we looked.
func applyAll(ctx context.Context, db *sql.DB, ms []migration) error {
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE, see rwParams
	if err != nil {
		return err
	}
	defer tx.Rollback()
	current, err := userVersion(ctx, tx)
	if err != nil {
		return err
	}
	if current >= len(ms) {
		return nil
	}
	for _, m := range ms[current:] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if m.version == 1 {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
				return err
			}
		}
	}
	// PRAGMA takes no bound parameters; the version is an int we parsed.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", ms[len(ms)-1].version)); err != nil {
		return err
	}
	return tx.Commit()
}

func userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// backup writes a consistent copy of the library next to it, named
// <file>.backup-YYYYMMDD-HHMMSS.db (local time, which is what the analyst
// sees in a file browser). VACUUM INTO reads one snapshot, WAL included, and
// never writes to the source.
func backup(ctx context.Context, db *sql.DB, file string, now time.Time) (string, error) {
	stem := file + ".backup-" + now.Format("20060102-150405")
	name := stem + ".db"
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			break
		} else if err != nil {
			return "", err
		}
		name = fmt.Sprintf("%s-%d.db", stem, i)
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
		return "", err
	}
	return name, nil
}
