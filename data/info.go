package data

import (
	"context"
	"database/sql"
	"fmt"

	"parley/app"
)

// SchemaVersion reads the file's schema version (PRAGMA user_version). After
// Open it is LatestSchemaVersion.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	v, err := userVersion(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("library %s: reading its schema version: %w", s.path, err)
	}
	return v, nil
}

// Info describes the library: one read transaction, counts from indexes.
func (s *Store) Info(ctx context.Context) (app.LibraryInfo, error) {
	info := app.LibraryInfo{Path: s.path}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return info, fmt.Errorf("library %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var last sql.NullString
	err = tx.QueryRowContext(ctx, `SELECT
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM articles WHERE latest = 1),
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM teasers),
		(SELECT count(*) FROM captions),
		(SELECT max(imported_at) FROM articles)`).Scan(&info.SchemaVersion, &info.Articles,
		&info.Versions, &info.Teasers, &info.Captions, &last)
	if err != nil {
		return info, fmt.Errorf("library %s: reading its counts: %w", s.path, err)
	}
	if last.Valid {
		if info.LastImport, err = parseTime(last.String); err != nil {
			return info, fmt.Errorf("library %s: last import: %w", s.path, err)
		}
	}
	return info, nil
}

// Optimize merges the full-text index segments that many small imports leave
// behind into one, which makes later searches faster. It is worth calling
// after a bulk import (a folder of thousands of files), not after each file:
// it rewrites the whole index.
func (s *Store) Optimize(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `
		INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
		INSERT INTO teasers_fts (teasers_fts) VALUES ('optimize');
		PRAGMA optimize;`)
	if err != nil {
		return fmt.Errorf("library %s: optimizing: %w", s.path, err)
	}
	return nil
}
